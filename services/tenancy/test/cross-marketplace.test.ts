import type { UserActor } from '@marketgraph/authz';
import { marketplaceFixture, ok, spanningStaff, startGraph, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { App, EndCustomer, Theme } from '../src/entities';
import {
  ASSIGN_APP,
  ASSIGN_KEYSET,
  CREATE_APP,
  CREATE_CUSTOMER,
  MINT,
  REPORT,
  SET_THEME,
  activeCustomer,
  codes,
  createApp,
  createCustomer,
  createKeyset,
  createProduct,
  payloadOf,
  type PartnerSetup,
} from './helpers';

// A user who is staff of marketplace B and a plain USER of a company of marketplace A asks
// tenancy about A's partners: tenancy keeps no companies, so identity places each one (I1, T1).
let graph: TestGraph;
let a: MarketplaceFixture;
let b: MarketplaceFixture;
let span: Person;
const setups = {} as Record<'a' | 'b', PartnerSetup & { productId: string; publishKey: string }>;
beforeAll(async () => {
  graph = await startGraph();
  a = await marketplaceFixture(graph, 'xtena');
  b = await marketplaceFixture(graph, 'xtenb');
  span = await spanningStaff(graph, b, a, 'span@xten.test');
  for (const [key, m] of [['a', a], ['b', b]] as const) {
    // A published integration of the partner, a customer holding its app and keyset, a run, a theme.
    const productId = await createProduct(graph, m, `Sync ${key}`);
    await ok(
      graph,
      'mutation($input: CreateEditionInput!) { createEdition(input: $input) { edition { id } userErrors { message } } }',
      { input: { productId, name: 'Standard', priceMinor: 500, currency: 'EUR', billingPeriod: 'MONTHLY' } },
      m.people.developer.token,
    );
    await ok(graph, 'mutation($id: ID!) { submitProduct(productId: $id) { product { id } userErrors { message } } }', { id: productId }, m.people.developer.token);
    await ok(graph, 'mutation($id: ID!) { approveProduct(productId: $id) { product { id } userErrors { message } } }', { id: productId }, m.people.owner.token);
    const setup = await activeCustomer(graph, m, key, productId);
    await ok(graph, REPORT, { input: { secretKey: setup.secretKey, status: 'SUCCEEDED', recordsProcessed: 7 } });
    await ok(graph, SET_THEME, { input: { companyId: m.companies.developer, name: `Theme ${key}`, primaryColor: '#112233', accentColor: '#445566' } }, m.people.devAdmin.token);
    const keyset = await ok<{ keyset: { publishKey: string } }>(graph, 'query($id: ID!) { keyset(id: $id) { publishKey } }', { id: setup.keysetId }, m.people.developer.token);
    setups[key] = { ...setup, productId, publishKey: keyset.keyset.publishKey };
  }
});
afterAll(() => graph?.stop());

const NOBODY = '00000000-0000-4000-8000-000000000000';
const ask = (query: string, variables: Record<string, unknown>, token = span.token) => graph.gql<Record<string, unknown>>(query, variables, { token });

describe('I1: staff of marketplace B who is a USER in marketplace A', () => {
  it("T1, I1: an end customer of A's partner, named by partner and external ID, is NOT_FOUND; B's is found", async () => {
    const CUSTOMER = 'query($p: ID, $x: String) { endCustomer(partnerCompanyId: $p, externalId: $x) { id name keysets { edges { node { publishKey } } } } }';
    const foreign = await ask(CUSTOMER, { p: a.companies.developer, x: 'cust-a' });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(foreign)).not.toContain(setups.a.publishKey);
    expect(codes(await ask(CUSTOMER, { p: NOBODY, x: 'cust-a' }))).toEqual(['NOT_FOUND']);
    const own = await ask(CUSTOMER, { p: b.companies.developer, x: 'cust-b' });
    expect(own.errors).toBeUndefined();
    expect(own.data?.['endCustomer']).toMatchObject({ id: setups.b.customerId, keysets: { edges: [{ node: { publishKey: setups.b.publishKey } }] } });
  });

  it("T9, I1: activity of A's partner is NOT_FOUND, of marketplace A FORBIDDEN; B's partner's and marketplace's are listed", async () => {
    const ACTIVITY = 'query($f: ActivityFilter) { activity(filter: $f) { totalCount edges { node { recordsProcessed endCustomer { name } } } } }';
    const foreign = await ask(ACTIVITY, { f: { partnerCompanyId: a.companies.developer } });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(foreign)).not.toContain('Customer a');
    expect(codes(await ask(ACTIVITY, { f: { marketplaceId: a.marketplaceId } }))).toEqual(['FORBIDDEN']);
    // A filter cannot widen what a named scope allows.
    expect(codes(await ask(ACTIVITY, { f: { partnerCompanyId: a.companies.developer, marketplaceId: b.marketplaceId } }))).toEqual(['NOT_FOUND']);
    for (const f of [{ partnerCompanyId: b.companies.developer }, { marketplaceId: b.marketplaceId }]) {
      expect(await ask(ACTIVITY, { f })).toMatchObject({ data: { activity: { totalCount: 1, edges: [{ node: { endCustomer: { name: 'Customer b' } } }] } } });
    }
  });

  it("T1, I1: the partners of marketplace A are FORBIDDEN; B's are listed", async () => {
    const PARTNERS = 'query($m: ID!) { partners(marketplaceId: $m) { totalCount edges { node { company { id } endCustomerCount } } } }';
    expect(codes(await ask(PARTNERS, { m: a.marketplaceId }))).toEqual(['FORBIDDEN']);
    const own = await ask(PARTNERS, { m: b.marketplaceId });
    expect(own.errors).toBeUndefined();
    expect(JSON.stringify(own.data)).toContain(b.companies.developer);
  });

  it("X5, I1: tenancy's audit of A's partner is NOT_FOUND, of marketplace A and of its own company in A FORBIDDEN; B's are listed", async () => {
    const LOG = 'query($c: ID, $m: ID) { tenancyAuditLog(companyId: $c, marketplaceId: $m) { totalCount edges { node { action } } } }';
    expect(codes(await ask(LOG, { c: a.companies.developer }))).toEqual(['NOT_FOUND']);
    expect(codes(await ask(LOG, { c: NOBODY }))).toEqual(['NOT_FOUND']);
    expect(codes(await ask(LOG, { m: a.marketplaceId }))).toEqual(['FORBIDDEN']);
    expect(codes(await ask(LOG, { c: a.companies.customer }))).toEqual(['FORBIDDEN']);
    for (const variables of [{ c: b.companies.developer }, { m: b.marketplaceId }]) {
      const res = await ask(LOG, variables);
      expect(res.errors).toBeUndefined();
      expect((res.data?.['tenancyAuditLog'] as { totalCount: number }).totalCount).toBeGreaterThan(0);
    }
  });

  it("T2, T3, I1: an end customer or an app for A's partner is NOT_FOUND and nothing is written; for its own partner company in B both are created", async () => {
    const customer = (partnerCompanyId: string) => ask(CREATE_CUSTOMER, { input: { partnerCompanyId, name: 'Planted', externalId: 'planted' } });
    const app = (partnerCompanyId: string) => ask(CREATE_APP, { input: { partnerCompanyId, name: 'Planted app' } });
    expect(codes(await customer(a.companies.developer))).toEqual(['NOT_FOUND']);
    expect(codes(await app(a.companies.developer))).toEqual(['NOT_FOUND']);
    // Its own company in A is no partner it manages.
    expect(codes(await customer(a.companies.customer))).toEqual(['FORBIDDEN']);
    expect(await graph.databases.tenancy.manager.count(EndCustomer, { where: { marketplaceId: a.marketplaceId, name: 'Planted' } })).toBe(0);
    expect(await graph.databases.tenancy.manager.count(App, { where: { marketplaceId: a.marketplaceId, name: 'Planted app' } })).toBe(0);
    expect(payloadOf((await customer(b.companies.owner)).data).userErrors).toEqual([]);
    expect(payloadOf((await app(b.companies.owner)).data).userErrors).toEqual([]);
    expect(await graph.databases.tenancy.manager.count(EndCustomer, { where: { marketplaceId: b.marketplaceId, partnerCompanyId: b.companies.owner } })).toBe(1);
  });

  it("T6, I1: a token for A's customer, named by partner and external ID, is NOT_FOUND; for its own customer in B one is minted", async () => {
    const mintFor = (partnerCompanyId: string, externalId: string) => ask(MINT, { input: { partnerCompanyId, externalId, permissions: ['READ'] } });
    const foreign = await mintFor(a.companies.developer, 'cust-a');
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(foreign)).not.toMatch(/"token":"ey/);
    // The marketplace owner is a partner too (T1): its customer holds an app with an enabled keyset.
    const customerId = await createCustomer(graph, span.token, b.companies.owner, 'Direct', 'direct');
    const appId = await createApp(graph, span.token, b.companies.owner, 'Direct app');
    await ok(graph, ASSIGN_APP, { input: { endCustomerId: customerId, appId } }, span.token);
    const keyset = await createKeyset(graph, span.token, appId, 'Direct keyset');
    await ok(graph, ASSIGN_KEYSET, { input: { keysetId: keyset.id, endCustomerId: customerId } }, span.token);
    expect(payloadOf<{ token: string }>((await mintFor(b.companies.owner, 'direct')).data).token).toEqual(expect.any(String));
  });

  it("T7, I1: A's partner's theme is NOT_FOUND, its own company's in A FORBIDDEN; its own partner company's in B is set", async () => {
    const theme = (companyId: string) => ask(SET_THEME, { input: { companyId, name: 'Planted', primaryColor: '#000000', accentColor: '#ffffff' } });
    expect(codes(await theme(a.companies.developer))).toEqual(['NOT_FOUND']);
    expect(codes(await theme(a.companies.customer))).toEqual(['FORBIDDEN']);
    expect(await graph.databases.tenancy.manager.count(Theme, { where: { name: 'Planted', marketplaceId: a.marketplaceId } })).toBe(0);
    expect(payloadOf((await theme(b.companies.owner)).data).userErrors).toEqual([]);
  });

  it("T1, I1: through a published product of A, its vendor's end customers, keys, installations, apps and theme stay hidden; B's are shown", async () => {
    const VENDOR = `query($id: ID!) { product(id: $id) { vendor { id
      endCustomers { totalCount edges { node { name externalId keysets { edges { node { publishKey subscribeKey } } } installations { totalCount } } } }
      apps { totalCount } theme { name } } } }`;
    const foreign = await ask(VENDOR, { id: setups.a.productId });
    expect(foreign.data?.['product']).toMatchObject({ vendor: { id: a.companies.developer } });
    const leaked = JSON.stringify(foreign.data);
    for (const secret of ['Customer a', 'cust-a', setups.a.publishKey, 'Theme a']) expect(leaked).not.toContain(secret);
    // Each nested field is refused where it resolves; the vendor itself stays readable (X1).
    expect(foreign.data?.['product']).toMatchObject({ vendor: { endCustomers: null, apps: null, theme: null } });
    expect(codes(foreign).length).toBeGreaterThan(0);
    expect(codes(foreign).every((code) => code === 'NOT_FOUND' || code === 'FORBIDDEN')).toBe(true);

    const own = await ask(VENDOR, { id: setups.b.productId });
    expect(own.errors).toBeUndefined();
    expect(own.data?.['product']).toMatchObject({
      vendor: {
        endCustomers: { totalCount: 1, edges: [{ node: { name: 'Customer b', keysets: { edges: [{ node: { publishKey: setups.b.publishKey } }] } } }] },
        apps: { totalCount: 1 },
        theme: { name: 'Theme b' },
      },
    });
  });
});

it('I1, X8: 40 concurrent lookups of A\'s and B\'s partners by the same caller each get their own answer', async () => {
  const ACTIVITY = 'query($p: ID!) { activity(filter: { partnerCompanyId: $p }) { totalCount } }';
  const partners = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a.companies.developer : b.companies.developer));
  const answers = await Promise.all(partners.map((p) => ask(ACTIVITY, { p })));
  expect(answers.map((res) => (res.errors ? codes(res)[0] : (res.data?.['activity'] as { totalCount: number }).totalCount))).toEqual(
    partners.map((p) => (p === a.companies.developer ? 'NOT_FOUND' : 1)),
  );
});

// Last: it stops identity for the rest of this file.
it('X9, I1: with identity down, what needs a company placed fails with a clear error; the caller\'s own companies still work', async () => {
  const spanActor: UserActor = {
    kind: 'user',
    userId: span.userId,
    email: span.email,
    platformOperator: false,
    grants: [
      {
        membershipId: span.membershipId,
        companyId: b.companies.owner,
        marketplaceId: b.marketplaceId,
        accessTypes: ['ACCOUNT', 'MARKETPLACE'],
        roles: ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN', 'MARKETPLACE_MANAGER', 'SALES_SUPPORT', 'CUSTOMER_SUPPORT'],
        managedCompanyIds: [],
      },
      { membershipId: null, companyId: a.companies.customer, marketplaceId: a.marketplaceId, accessTypes: ['ACCOUNT'], roles: ['USER'], managedCompanyIds: [] },
    ],
  };
  await graph.stopSubgraph('identity');
  // The gateway needs identity to authenticate, so the signed actor context is sent to tenancy as the gateway would.
  const activity = await graph.subgraph('tenancy', 'query($p: ID!) { activity(filter: { partnerCompanyId: $p }) { totalCount } }', { p: b.companies.developer }, spanActor);
  expect(codes(activity)).toEqual(['INTERNAL_SERVER_ERROR']);
  expect(JSON.stringify(activity.errors)).not.toMatch(/ECONNREFUSED|fetch failed|stack|127\.0\.0\.1/i);
  const planted = await graph.subgraph('tenancy', CREATE_CUSTOMER, { input: { partnerCompanyId: a.companies.developer, name: 'While down', externalId: 'down' } }, spanActor);
  expect(codes(planted)).toEqual(['INTERNAL_SERVER_ERROR']);
  expect(await graph.databases.tenancy.manager.count(EndCustomer, { where: { name: 'While down' } })).toBe(0);

  // Its own partner company is placed by its own membership, which the gateway loaded: no call to identity.
  const own = await graph.subgraph('tenancy', CREATE_CUSTOMER, { input: { partnerCompanyId: b.companies.owner, name: 'Still works', externalId: 'still' } }, spanActor);
  expect(payloadOf(own.data).userErrors).toEqual([]);
  const byRow = await graph.subgraph('tenancy', 'query($id: ID) { endCustomer(id: $id) { name } }', { id: setups.b.customerId }, spanActor);
  expect(byRow.data).toEqual({ endCustomer: { name: 'Customer b' } });
});
