import type { Logger } from 'typeorm';
import type { Database, ServiceName } from '@marketgraph/db';
import { newId } from '@marketgraph/db';
import { marketplaceFixture, ok, startGraph, testDatabaseKind, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { App, CustomerApp, EndCustomer, Keyset, KeysetAssignment } from '../services/tenancy/src/entities';
import { Product } from '../services/catalog/src/entities';
import { publishedProductRow } from '../services/catalog/test/helpers';

/**
 * The benchmark's W3 (a partner dashboard, scripts/bench/workloads.js) on MySQL: every SELECT
 * it runs in any subgraph is EXPLAINed, and a full table scan fails the test. The partner's
 * tables hold thousands of rows of other partners, so that a scan is never the cheaper plan.
 */
const W3 = `query PartnerDashboard($partner: ID!, $first: Int!) {
  company(id: $partner) {
    id
    name
    endCustomers(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          externalId
          active
          apps { edges { node { id name product { id name state vendor { id name } } } } }
          keysets { edges { node { id name enabled publishKey } } }
        }
      }
    }
  }
}`;

interface Captured {
  service: ServiceName;
  query: string;
  parameters: unknown[];
}

interface ExplainRow {
  table: string | null;
  type: string | null;
  key: string | null;
  Extra: string | null;
}

/** Notes every statement a database runs, and still hands it to the service's own logger. */
function capture(service: ServiceName, db: Database, into: Captured[]): void {
  const source = db.dataSource as unknown as { logger: Logger };
  const original = source.logger;
  source.logger = new Proxy(original, {
    get(target, property, receiver) {
      if (property === 'logQuery') {
        return (query: string, parameters?: unknown[]) => {
          into.push({ service, query, parameters: parameters ?? [] });
          return target.logQuery(query, parameters);
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

const run = testDatabaseKind() === 'mysql' ? describe : describe.skip;

run('W3 on MySQL', () => {
  let graph: TestGraph;
  let m: MarketplaceFixture;
  const statements: Captured[] = [];

  beforeAll(async () => {
    graph = await startGraph();
    m = await marketplaceFixture(graph, 'explain');
    const partner = m.companies.developer;
    const marketplaceId = m.marketplaceId;
    const now = new Date();
    // Other partners' rows first: the partner's own are a small part of each table.
    const partners = [partner, ...Array.from({ length: 39 }, () => newId())];
    const products: Product[] = [];
    const apps: App[] = [];
    const customers: EndCustomer[] = [];
    const held: CustomerApp[] = [];
    const keysets: Keyset[] = [];
    const assignments: KeysetAssignment[] = [];
    for (const [p, partnerCompanyId] of partners.entries()) {
      for (let a = 0; a < 5; a++) {
        const product = publishedProductRow(marketplaceId, partnerCompanyId, `Product ${p}-${a}`, now);
        products.push(product);
        apps.push({ id: newId(), marketplaceId, partnerCompanyId, name: `App ${a}`, nameKey: `app ${a}`, productId: product.id, createdAt: now });
      }
      const ownApps = apps.slice(-5);
      for (let c = 0; c < 60; c++) {
        const customer: EndCustomer = {
          id: newId(),
          marketplaceId,
          partnerCompanyId,
          name: `Customer ${p}-${c}`,
          nameKey: `customer ${p}-${c}`,
          externalId: `ext-${p}-${c}`,
          externalIdKey: `ext-${p}-${c}`,
          createdAt: now,
        };
        customers.push(customer);
        for (const app of [ownApps[c % 5]!, ownApps[(c + 1) % 5]!]) {
          held.push({ id: newId(), marketplaceId, partnerCompanyId, endCustomerId: customer.id, appId: app.id, createdAt: now });
          const keyset: Keyset = {
            id: newId(),
            marketplaceId,
            partnerCompanyId,
            appId: app.id,
            name: `Keyset ${p}-${c}`,
            publishKey: `pub-${newId()}`,
            subscribeKey: `sub-${newId()}`,
            secretHash: newId().replace(/-/g, '') + newId().replace(/-/g, '').slice(0, 32),
            secretKeyPrefix: 'sec-c-test',
            enabled: true,
            createdAt: now,
            updatedAt: now,
          };
          keysets.push(keyset);
          assignments.push({ keysetId: keyset.id, marketplaceId, partnerCompanyId, endCustomerId: customer.id, appId: app.id, assignedAt: now });
        }
      }
    }
    const tenancy = graph.databases.tenancy.manager;
    await graph.databases.catalog.manager.insert(Product, products);
    for (const [entity, rows] of [
      [App, apps],
      [EndCustomer, customers],
      [CustomerApp, held],
      [Keyset, keysets],
      [KeysetAssignment, assignments],
    ] as const) {
      for (let i = 0; i < rows.length; i += 500) await tenancy.insert(entity, rows.slice(i, i + 500) as never);
    }
    await tenancy.query('ANALYZE TABLE app, end_customer, customer_app, keyset, keyset_assignment');
    await graph.databases.catalog.manager.query('ANALYZE TABLE product');
    for (const service of ['identity', 'catalog', 'tenancy'] as const) capture(service, graph.databases[service], statements);
  });
  afterAll(() => graph?.stop());

  it('X8: every hot query of the partner dashboard uses an index, none scans a whole table', async () => {
    statements.length = 0;
    const data = await ok<{ company: { endCustomers: { totalCount: number; edges: unknown[] } } }>(
      graph,
      W3,
      { partner: m.companies.developer, first: 50 },
      m.people.devAdmin.token,
    );
    expect(data.company.endCustomers.totalCount).toBe(60);
    expect(data.company.endCustomers.edges).toHaveLength(50);
    const selects = statements.filter((s) => /^\s*SELECT/i.test(s.query));
    expect(new Set(selects.map((s) => s.service))).toEqual(new Set(['identity', 'catalog', 'tenancy']));
    const scans: string[] = [];
    for (const s of selects) {
      const rows = (await graph.databases[s.service].dataSource.query(`EXPLAIN ${s.query}`, s.parameters)) as ExplainRow[];
      for (const row of rows) {
        if (row.type === 'ALL') scans.push(`${s.service}: full scan of ${row.table} in ${s.query.slice(0, 160)}`);
      }
    }
    expect(scans).toEqual([]);
  });

  it('X4: pages sorted by name or external ID, forward and backward from a cursor, read through an index, never a table scan', async () => {
    type Page = { pageInfo: { endCursor: string | null; startCursor: string | null }; edges: unknown[] };
    const customers = `query($partner: ID!, $orderBy: EndCustomerOrder, $first: Int, $after: String, $last: Int, $before: String) {
      company(id: $partner) { endCustomers(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
        pageInfo { startCursor endCursor } edges { node { id name } } } } }`;
    const storefront = `query($first: Int, $after: String, $last: Int, $before: String) { storefront(orderBy: { field: NAME }, first: $first, after: $after, last: $last, before: $before) {
      pageInfo { startCursor endCursor } edges { node { id name } } } }`;
    statements.length = 0;
    for (const orderBy of [{ field: 'NAME' }, { field: 'EXTERNAL_ID', direction: 'DESC' }]) {
      const first = await ok<{ company: { endCustomers: Page } }>(graph, customers, { partner: m.companies.developer, orderBy, first: 20 }, m.people.devAdmin.token);
      const cursor = first.company.endCustomers.pageInfo.endCursor;
      await ok(graph, customers, { partner: m.companies.developer, orderBy, first: 20, after: cursor }, m.people.devAdmin.token);
      await ok(graph, customers, { partner: m.companies.developer, orderBy, last: 10, before: cursor }, m.people.devAdmin.token);
    }
    const shop = (variables: Record<string, unknown>) =>
      graph.gql<{ storefront: Page }>(storefront, variables, { headers: { 'x-marketplace': m.slug } });
    const page = await shop({ first: 20 });
    expect(page.errors).toBeUndefined();
    expect((await shop({ first: 20, after: page.data?.storefront.pageInfo.endCursor })).errors).toBeUndefined();
    expect((await shop({ last: 5, before: page.data?.storefront.pageInfo.endCursor })).errors).toBeUndefined();
    const pages = statements.filter((s) => /^\s*SELECT/i.test(s.query) && /ORDER BY/i.test(s.query) && /(end_customer|product)/.test(s.query));
    expect(pages.length).toBeGreaterThanOrEqual(9);
    const slow: string[] = [];
    for (const s of pages) {
      const rows = (await graph.databases[s.service].dataSource.query(`EXPLAIN ${s.query}`, s.parameters)) as ExplainRow[];
      for (const row of rows) {
        // A partner's few dozen rows may be read by partner and sorted; what matters is that no table is scanned.
        if (row.type === 'ALL' || row.key === null) slow.push(`${s.service}: ${row.type} ${row.Extra ?? ''} on ${row.table} in ${s.query.slice(0, 200)}`);
      }
    }
    expect(slow).toEqual([]);
  });
});
