import type { Database, DbConfig } from '@marketgraph/db';
import { databaseOnServer } from '@marketgraph/db';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { generateKeyEnvironment } from '@marketgraph/graphql';
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

describe.each([
  ['identity', identityDatabase],
  ['catalog', catalogDatabase],
  ['tenancy', tenancyDatabase],
] as const)('%s audit rows', (service, create) => {
  let db: Database;
  afterAll(() => db?.drop());

  it('X5: existing audit rows are migrated to the one shape: ActorKind names, sign-in events of a one-company user in its company', async () => {
    db = create(config(`${service}_audit`));
    await db.open();
    const ds = db.dataSource;
    const executed = async () => ((await ds.query('SELECT name FROM migrations')) as { name: string }[]).map((r) => r.name);
    while ((await executed()).some((name) => name.startsWith('AuditEvents'))) await ds.undoLastMigration({ transaction: 'each' });
    const at = '2026-01-01 00:00:00';
    const row = (id: string, kind: string, action: string, targetType: string, targetId: string | null) =>
      ds.query(
        'INSERT INTO audit_entry (id, marketplace_id, company_id, actor_kind, actor_id, action, target_type, target_id, details, request_id, created_at) VALUES (?, NULL, NULL, ?, NULL, ?, ?, ?, NULL, ?, ?)',
        [id, kind, action, targetType, targetId, `r-${id}`, at],
      );
    const kinds = ['user', 'apiKey', 'endCustomer', 'anonymous', 'keyset', 'system'];
    for (const [i, kind] of kinds.entries()) await row(`00000000-0000-7000-8000-00000000000${i}`, kind, 'thing.done', 'Thing', null);
    if (service === 'identity') {
      const id = (n: number) => `00000000-0000-7000-8000-0000000002${String(n).padStart(2, '0')}`;
      const [market, company, one, two, other] = [id(1), id(2), id(3), id(4), id(5)] as [string, string, string, string, string];
      await ds.query('INSERT INTO marketplace (id, name, slug, owner_company_id, created_at) VALUES (?, ?, ?, ?, ?)', [market, 'M', 'mig-m', company, at]);
      for (const [id, name] of [
        [company, 'C'],
        [other, 'D'],
      ]) {
        await ds.query('INSERT INTO company (id, marketplace_id, name, name_key, access_types, created_at) VALUES (?, ?, ?, ?, ?, ?)', [id, market, name, name.toLowerCase(), 'ACCOUNT', at]);
      }
      for (const user of [one, two]) {
        await ds.query('INSERT INTO user (id, email, name, created_at) VALUES (?, ?, ?, ?)', [user, `${user}@mig.test`, 'U', at]);
      }
      let n = 0;
      for (const [user, c] of [
        [one, company],
        [two, company],
        [two, other],
      ]) {
        n += 1;
        await ds.query('INSERT INTO membership (id, user_id, company_id, marketplace_id, status, created_at) VALUES (?, ?, ?, ?, ?, ?)', [`0000000${n}-0000-7000-8000-000000000000`, user, c, market, 'ACTIVE', at]);
      }
      await row('00000000-0000-7000-8000-000000000101', 'user', 'user.login', 'User', one);
      await row('00000000-0000-7000-8000-000000000102', 'user', 'user.login', 'User', two);
    }
    await ds.runMigrations({ transaction: 'each' });
    const stored = (await ds.query("SELECT actor_kind AS kind FROM audit_entry WHERE action = 'thing.done' ORDER BY id")) as { kind: string }[];
    expect(stored.map((r) => r.kind)).toEqual(['USER', 'API_KEY', 'END_CUSTOMER', 'ANONYMOUS', 'KEYSET', 'SYSTEM']);
    if (service === 'identity') {
      const id = (n: number) => `00000000-0000-7000-8000-0000000002${String(n).padStart(2, '0')}`;
      const [market, company, one, two] = [id(1), id(2), id(3), id(4)];
      const logins = (await ds.query("SELECT target_id AS target, marketplace_id AS market, company_id AS company FROM audit_entry WHERE action = 'user.login' ORDER BY id")) as Record<string, string | null>[];
      // One membership: the event is its company's. Several: it stays the user's own (and the operator's).
      expect(logins).toEqual([
        { target: one, market, company },
        { target: two, market: null, company: null },
      ]);
    }
  });
});

// The migration command and the services' start, as production runs them: built output, own processes.
const root = path.resolve(__dirname, '..');
const mysqlServer = (process.env['MYSQL_URL'] || 'mysql://root@127.0.0.1:3306').replace(/\/[^/:@]*$/, '');
const onMysql = testDatabaseKind() === 'mysql';
const SERVICES = ['identity', 'catalog', 'tenancy'] as const;
const shipped = {
  identity: identityDatabase,
  catalog: catalogDatabase,
  tenancy: tenancyDatabase,
};

function commandEnv(prefix: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { MYSQL_URL: _mysql, DATABASE_PREFIX: _prefix, DATA_DIR: _dir, NODE_ENV: _node, MIGRATE_ON_START: _migrate, ...rest } = process.env;
  return {
    ...rest,
    ...(onMysql ? { MYSQL_URL: mysqlServer, DATABASE_PREFIX: prefix } : { DATA_DIR: path.join(os.tmpdir(), 'marketgraph-tests', prefix) }),
    APOLLO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built entry point to its end, or until `until` matches its output (then stops it). */
function run(args: string[], env: NodeJS.ProcessEnv, until?: RegExp): Promise<Run> {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (until?.test(stdout)) child.kill('SIGTERM');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

const migrate = (prefix: string, ...services: string[]): Promise<Run> => run([path.join(root, 'scripts/migrate.js'), ...services], commandEnv(prefix));

async function admin() {
  const url = new URL(`${mysqlServer}/x`);
  return createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username) || 'root', password: decodeURIComponent(url.password) });
}

async function dropAll(prefix: string): Promise<void> {
  if (!onMysql) return;
  const connection = await admin();
  try {
    for (const service of SERVICES) await connection.query(`DROP DATABASE IF EXISTS \`${prefix}${service}\``);
  } finally {
    await connection.end();
  }
}

async function appliedNames(prefix: string, service: string): Promise<string[]> {
  const connection = await admin();
  try {
    const [rows] = await connection.query(`SELECT name FROM \`${prefix}${service}\`.migrations ORDER BY id`);
    return (rows as { name: string }[]).map((r) => r.name);
  } finally {
    await connection.end();
  }
}

function shippedNames(service: (typeof SERVICES)[number]): string[] {
  return shipped[service](config('names')).migrationNames();
}

(onMysql ? describe : describe.skip)('npm run migrate', () => {
  const prefixes: string[] = [];
  const fresh = (label: string): string => {
    const prefix = `mg${process.pid}_${label}_`;
    prefixes.push(prefix);
    return prefix;
  };
  afterAll(async () => {
    for (const prefix of prefixes) await dropAll(prefix);
  });

  it('X7: two migration runs started at once both succeed, and each migration of each service is applied exactly once', async () => {
    const prefix = fresh('race');
    const [one, two] = await Promise.all([migrate(prefix), migrate(prefix)]);
    expect([one.code, two.code, one.stderr, two.stderr]).toEqual([0, 0, '', '']);
    for (const service of SERVICES) expect(await appliedNames(prefix, service)).toEqual(shippedNames(service));
  });

  it('X7: a run waits while another holds the database migration lock, then migrates', async () => {
    const prefix = fresh('held');
    const holder = await admin();
    try {
      const lock = `${prefix}identity.migrations`;
      await holder.query('SELECT GET_LOCK(?, 10)', [lock]);
      let finished = false;
      const running = migrate(prefix, 'identity').then((result) => {
        finished = true;
        return result;
      });
      // It has created the database and now waits for the lock, having applied nothing.
      while (!finished) {
        const [waiting] = await holder.query("SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT GET_LOCK(%' AND ID <> CONNECTION_ID()");
        if ((waiting as unknown[]).length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(finished).toBe(false);
      const [tables] = await holder.query('SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?', [`${prefix}identity`]);
      expect(tables).toEqual([]);
      await holder.query('SELECT RELEASE_LOCK(?)', [lock]);
      const done = await running;
      expect(done.code).toBe(0);
      expect(await appliedNames(prefix, 'identity')).toEqual(shippedNames('identity'));
    } finally {
      await holder.end();
    }
  });

  it('X7: `npm run migrate -- identity` migrates identity only', async () => {
    const prefix = fresh('one');
    const done = await migrate(prefix, 'identity');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('identity: applied');
    expect(await appliedNames(prefix, 'identity')).toEqual(shippedNames('identity'));
    const connection = await admin();
    try {
      const [found] = await connection.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (?, ?)', [`${prefix}catalog`, `${prefix}tenancy`]);
      expect(found).toEqual([]);
    } finally {
      await connection.end();
    }
    expect((await migrate(prefix, 'identity')).stdout).toContain('identity: up to date');
  });
});

describe('a service in production and its migrations', () => {
  const prefix = `mp${process.pid}_`;
  afterAll(() => dropAll(prefix));
  const keys = generateKeyEnvironment();
  const production = (extra: Record<string, string> = {}, databasePrefix = prefix): NodeJS.ProcessEnv =>
    commandEnv(databasePrefix, {
      NODE_ENV: 'production',
      IDENTITY_PORT: '0',
      ACCESS_TOKEN_SECRET: `access-${'x'.repeat(40)}`,
      ...keys.common,
      ...keys.own.identity,
      ...extra,
    });
  const identity = path.join(root, 'services/identity/dist/main.js');

  it('X7: identity started with NODE_ENV=production on an unmigrated database exits 1, naming itself, each pending migration and `npm run migrate`', async () => {
    const refused = await run([identity], production(), / ready at /);
    expect(refused.code).toBe(1);
    expect(refused.stdout).not.toMatch(/ ready at /);
    expect(refused.stderr).toContain('identity');
    for (const name of shippedNames('identity')) expect(refused.stderr).toContain(name);
    expect(refused.stderr).toContain('npm run migrate');
  });

  it('X7: after `npm run migrate` the same service starts in production', async () => {
    expect((await migrate(prefix, 'identity')).code).toBe(0);
    const started = await run([identity], production(), / ready at /);
    expect(started.stdout).toMatch(/identity ready at /);
  });

  it('X7: MIGRATE_ON_START=true makes a production service migrate at boot', async () => {
    const own = `${prefix}own_`;
    try {
      const started = await run([identity], production({ MIGRATE_ON_START: 'true' }, own), / ready at /);
      expect(started.stdout).toMatch(/identity ready at /);
    } finally {
      await dropAll(own);
    }
  });
});
