#!/usr/bin/env node
/**
 * Applies the pending migrations of identity, catalog and tenancy (or of those named), each to
 * the database its service uses (`<SERVICE>_DATABASE_URL`, `MYSQL_URL` with `DATABASE_PREFIX`,
 * or SQLite under `DATA_DIR`), from the services' built output. On MySQL each database is
 * migrated under the lock `GET_LOCK('<database>.migrations')`, held on a connection of its own
 * for the whole run: a second run started at once waits, then finds nothing to do. Needs only
 * production dependencies, so that the image runs it as a one-shot job before the services.
 *
 *   npm run migrate                 every service
 *   npm run migrate -- identity     one service
 *
 * Exits 1, naming the service, when a migration fails or the lock is not had within
 * MIGRATION_LOCK_TIMEOUT_SECONDS.
 */
'use strict';
const path = require('node:path');
const { databaseFromEnv } = require('@marketgraph/db');
const { EnvReader, databaseLimits } = require('@marketgraph/graphql');

const root = path.resolve(__dirname, '..');
const SERVICES = ['identity', 'catalog', 'tenancy'];

async function main() {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = wanted.filter((name) => !SERVICES.includes(name));
  if (unknown.length > 0) throw new Error(`unknown service ${unknown.join(', ')}; expected ${SERVICES.join(', ')}`);
  const read = new EnvReader(process.env);
  const limits = databaseLimits(read);
  read.done();
  for (const service of wanted.length > 0 ? wanted : SERVICES) {
    const { createDatabase } = require(path.join(root, 'services', service, 'dist', 'database.js'));
    const db = createDatabase(databaseFromEnv(service), { ...limits, poolSize: 2 });
    try {
      const applied = await db.open({ migrations: 'run' });
      console.log(applied.length > 0 ? `migrate: ${service}: applied ${applied.join(', ')}` : `migrate: ${service}: up to date`);
    } catch (err) {
      throw new Error(`${service}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      await db.close();
    }
  }
}

main().catch((err) => {
  console.error(`migrate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
