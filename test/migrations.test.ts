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
