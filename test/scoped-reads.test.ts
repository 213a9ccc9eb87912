import { TenantScope, newId } from '@marketgraph/db';
import { invite, marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { Company, Membership, ResellerCustomer } from '../services/identity/src/entities';
import { Product, ProductTransition } from '../services/catalog/src/entities';
import { ActivityEvent, App, CustomerApp, EndCustomer, Keyset, KeysetAssignment, Theme } from '../services/tenancy/src/entities';
import { REPORT, SET_THEME, activeCustomer, createProduct } from '../services/tenancy/test/helpers';

const LINK_RESELLER = `mutation($r: ID!, $c: ID!) { addResellerCustomer(resellerCompanyId: $r, customerCompanyId: $c) { company { id } userErrors { field code message } } }`;

let graph: TestGraph;
let a: MarketplaceFixture;
let b: MarketplaceFixture;

beforeAll(async () => {
  graph = await startGraph();
  a = await marketplaceFixture(graph, 'a');
  b = await marketplaceFixture(graph, 'b');
  for (const m of [a, b]) {
    const productId = await createProduct(graph, m, `Linked ${m.slug}`);
    const linked = await activeCustomer(graph, m, `linked-${m.slug}`, productId);
    await activeCustomer(graph, m, `plain-${m.slug}`);
    await ok(graph, REPORT, { input: { secretKey: linked.secretKey, status: 'FAILED', message: 'token expired' } });
    const resellerManager = await invite(graph, m.people.owner.token, m.companies.owner, `reseller-manager@${m.slug}.test`, ['RESELLER_MANAGER']);
    await ok(graph, LINK_RESELLER, { r: m.companies.reseller, c: m.companies.customer }, resellerManager.token);
    await ok(graph, SET_THEME, { input: { companyId: m.companies.owner, name: 'Market', primaryColor: '#112233', accentColor: '#445566' } }, m.people.owner.token);
    await ok(
      graph,
      SET_THEME,
      { input: { companyId: m.companies.developer, name: 'Partner', logoUrl: 'https://cdn.example/logo.svg', primaryColor: '#AABBCC', accentColor: '#000000' } },
      m.people.devAdmin.token,
    );
  }
});
afterAll(() => graph?.stop());

type Service = 'identity' | 'catalog' | 'tenancy';
const managerOf = (service: Service): EntityManager => graph.databases[service].dataSource.manager;
const manager = (): EntityManager => managerOf('tenancy');

type Target = new () => ObjectLiteral;

/** Every row of a table, unscoped, as the query builder reads it: the reference the fast path must match. */
async function everyRow(entity: Target, service: Service = 'tenancy'): Promise<ObjectLiteral[]> {
  return managerOf(service).createQueryBuilder(entity, 'r').getMany();
}

/** Rows in one order whatever their keys and however they were built (an entity instance holds its unloaded relations as undefined). */
const canonical = (rows: ObjectLiteral[]): string[] =>
  rows
    .map((row) =>
      JSON.stringify(
        Object.keys(row)
          .filter((k) => row[k] !== undefined)
          .sort()
          .map((k) => [k, row[k] as unknown]),
      ),
    )
    .sort();

describe('reads by key through the tenant scope', () => {
  const tables: [string, string, Service, Target][] = [
    ['Company', 'id', 'identity', Company],
    ['Membership', 'userId', 'identity', Membership],
    ['ResellerCustomer', 'customerCompanyId', 'identity', ResellerCustomer],
    ['Product', 'id', 'catalog', Product],
    ['ProductTransition', 'productId', 'catalog', ProductTransition],
    ['EndCustomer', 'id', 'tenancy', EndCustomer],
    ['App', 'id', 'tenancy', App],
    ['App', 'productId', 'tenancy', App],
    ['CustomerApp', 'endCustomerId', 'tenancy', CustomerApp],
    ['Keyset', 'appId', 'tenancy', Keyset],
    ['KeysetAssignment', 'keysetId', 'tenancy', KeysetAssignment],
    ['ActivityEvent', 'endCustomerId', 'tenancy', ActivityEvent],
    ['Theme', 'companyId', 'tenancy', Theme],
  ];

  it.each(tables)('I1 X8: %s by %s (%s) answers what the query builder answers, narrowed to the scope, converted alike', async (_name, key, service, entity) => {
    const manager = (): EntityManager => managerOf(service);
    const rows = await everyRow(entity, service);
    const keys = [...new Set(rows.map((r) => r[key] as string | null).filter((k): k is string => k !== null))];
    expect(keys.length).toBeGreaterThan(1);
    for (const marketplaceIds of [null, [a.marketplaceId], [b.marketplaceId], [a.marketplaceId, b.marketplaceId], []]) {
      const scope = new TenantScope(marketplaceIds);
      const fast = await scope.rowsWhereIn<ObjectLiteral>(manager(), entity, key, keys);
      const reference = await scope.select<ObjectLiteral>(manager(), entity, 'r').andWhere(`r.${key} IN (:...keys)`, { keys }).getMany();
      expect(fast.length).toBe(reference.length);
      expect(canonical(fast)).toEqual(canonical(reference));
      // Another marketplace's rows never come back.
      for (const row of fast) expect(marketplaceIds === null || marketplaceIds.includes(row['marketplaceId'] as string)).toBe(true);
    }
    // Dates stay dates and booleans booleans, as the entity declares them.
    const [first] = await TenantScope.global().rowsWhereIn<ObjectLiteral>(manager(), entity, key, [keys[0]]);
    const same = rows.find((r) => canonical([r])[0] === canonical([first ?? {}])[0]);
    expect(same).toBeDefined();
    for (const [property, value] of Object.entries(first ?? {})) {
      const expected = (same ?? {})[property] as unknown;
      expect([property, typeof value, value instanceof Date, Array.isArray(value)]).toEqual([property, typeof expected, expected instanceof Date, Array.isArray(expected)]);
    }
  });

  it('X8: rows come in the order asked for, and a further condition narrows them', async () => {
    const scope = new TenantScope([a.marketplaceId]);
    const customers = (await everyRow(EndCustomer)).filter((c) => c['marketplaceId'] === a.marketplaceId).map((c) => c['id'] as string);
    const held = await scope.rowsWhereIn(manager(), CustomerApp, 'endCustomerId', customers, { orderBy: 'appId' });
    expect(held.map((r) => r.appId)).toEqual([...held.map((r) => r.appId)].sort());
    const defaults = await scope.rowsWhereIn(manager(), Theme, 'marketplaceId', [a.marketplaceId], { and: [{ property: 'marketplaceDefault', value: true }] });
    expect(defaults.map((t) => [t.companyId, t.marketplaceDefault])).toEqual([[a.companies.owner, true]]);
  });

  it('I1: hostile keys are values, never SQL; an empty scope or an empty list reads nothing', async () => {
    const scope = TenantScope.global();
    for (const hostile of ["x' OR '1'='1", '?', '%', "'); DROP TABLE end_customer; --", 'a'.repeat(10_000)]) {
      expect(await scope.rowsWhereIn(manager(), EndCustomer, 'id', [hostile])).toEqual([]);
    }
    const anyId = ((await everyRow(EndCustomer))[0]?.['id'] ?? '') as string;
    expect(await new TenantScope([]).rowsWhereIn(manager(), EndCustomer, 'id', [anyId])).toEqual([]);
    expect(await scope.rowsWhereIn(manager(), EndCustomer, 'id', [])).toEqual([]);
    expect(await scope.rowsWhereIn(manager(), EndCustomer, 'id', [anyId])).toHaveLength(1);
  });

  it('X11: inside a transaction the read goes through it: it sees the transaction\'s own row, the pool does not yet', async () => {
    const scope = new TenantScope([a.marketplaceId]);
    const id = newId();
    await graph.databases.tenancy.dataSource.transaction(async (tx) => {
      await tx.insert(EndCustomer, {
        id,
        marketplaceId: a.marketplaceId,
        partnerCompanyId: a.companies.developer,
        name: 'In flight',
        nameKey: 'in flight',
        externalId: 'in-flight',
        externalIdKey: 'in-flight',
        createdAt: new Date(),
      });
      expect((await scope.rowsWhereIn(tx, EndCustomer, 'id', [id])).map((c) => c.name)).toEqual(['In flight']);
      expect(await scope.rowsWhereIn(manager(), EndCustomer, 'id', [id])).toEqual([]);
      throw new Error('roll back');
    }).catch((err: unknown) => {
      if (!(err instanceof Error) || err.message !== 'roll back') throw err;
    });
    expect(await scope.rowsWhereIn(manager(), EndCustomer, 'id', [id])).toEqual([]);
  });

  it('I1: a property that is no column of the entity is refused before any SQL', async () => {
    await expect(TenantScope.global().rowsWhereIn<ObjectLiteral>(manager(), EndCustomer, 'nope', ['x'])).rejects.toThrow('no column for nope');
  });
});
