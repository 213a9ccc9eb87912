import type { Database, DbConfig } from '@marketgraph/db';
import { databaseOnServer } from '@marketgraph/db';
import os from 'node:os';
import path from 'node:path';
import { createDatabase as identityDatabase } from '../services/identity/src/database';
import { createDatabase as catalogDatabase } from '../services/catalog/src/database';
import { createDatabase as tenancyDatabase } from '../services/tenancy/src/database';
import { testDatabaseKind } from '@marketgraph/testing';

function config(service: string): DbConfig {
  const tag = `mig${process.pid}_${service}`;
  if (testDatabaseKind() === 'sqlite') return { type: 'sqlite', file: path.join(os.tmpdir(), 'marketgraph-tests', `${tag}.sqlite`) };
  return databaseOnServer('MYSQL_URL', process.env['MYSQL_URL'] || 'mysql://root@127.0.0.1:3306', tag);
}

describe.each([
  ['identity', identityDatabase],
  ['catalog', catalogDatabase],
  ['tenancy', tenancyDatabase],
] as const)('%s migrations', (service, create) => {
  let db: Database;
  afterAll(() => db?.drop());

  it('X7: the checked-in migrations build exactly the schema the entities declare, constraints included', async () => {
    db = create(config(service));
    await db.open();
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    expect(db.dataSource.options.synchronize).toBe(false);
  });
});
