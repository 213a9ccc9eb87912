import { marketplaceFixture, ok, spanningStaff, startGraph, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { Lead, Product, PurchaseRequest, Subscription } from '../src/entities';
import { CREATE_PRODUCT, SUBSCRIBE, codes, draftProduct, makeReseller, outcome, payloadOf, publishedProduct } from './helpers';

// A user who is staff of marketplace B and a plain USER of a company of marketplace A asks
// catalog about A's companies: catalog keeps no companies, so identity places each one (I1).
let graph: TestGraph;
let a: MarketplaceFixture;
let b: MarketplaceFixture;
let span: Person;
const published: Record<'a' | 'b', { productId: string; editionId: string }> = { a: { productId: '', editionId: '' }, b: { productId: '', editionId: '' } };
const drafts: Record<'a' | 'b', string> = { a: '', b: '' };
beforeAll(async () => {
  graph = await startGraph();
  a = await marketplaceFixture(graph, 'xcata');
  b = await marketplaceFixture(graph, 'xcatb');
  span = await spanningStaff(graph, b, a, 'span@xcat.test');
  for (const [key, m] of [['a', a], ['b', b]] as const) {
    await makeReseller(graph, m);
    published[key] = await publishedProduct(graph, m, { name: `Sold in ${key}`, edition: { allowsMultipleSubscriptions: true } });
    drafts[key] = (await draftProduct(graph, m, { name: `Draft in ${key}` })).productId;
    // Sales, audit records, a purchase request and a lead in each marketplace.
    await ok(graph, SUBSCRIBE, { input: { editionId: published[key].editionId, companyId: m.companies.customer } }, m.people.customerAdmin.token);
    await ok(graph, REQUEST, { input: { editionId: published[key].editionId, companyId: m.companies.customer } }, m.people.customerUser.token);
    await ok(graph, CREATE_LEAD, { input: { companyId: m.companies.reseller, prospectCompanyName: `Prospect ${key}`, contactEmail: 'lead@prospect.test' } }, m.people.resellerAdmin.token);
  }
});
afterAll(() => graph?.stop());

const REQUEST = `mutation($input: RequestPurchaseInput!) { requestPurchase(input: $input) { purchaseRequest { id } userErrors { code message } } }`;
const CREATE_LEAD = `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { code message } } }`;
const NOBODY = '00000000-0000-4000-8000-000000000000';

const ask = (query: string, variables: Record<string, unknown>, token = span.token) => graph.gql<Record<string, unknown>>(query, variables, { token });

describe('I1: staff of marketplace B who is a USER in marketplace A', () => {
  it("C10, I1: vendorSales of A's vendor is NOT_FOUND, of its own company in A FORBIDDEN, of B's vendor answered", async () => {
    const SALES = 'query($v: ID!) { vendorSales(vendorCompanyId: $v) { productId subscriptions revenue { amountMinor currency } } }';
    const foreign = await ask(SALES, { v: a.companies.developer });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(foreign.data)).not.toContain(published.a.productId);
    expect(codes(await ask(SALES, { v: a.companies.customer }))).toEqual(['FORBIDDEN']);
    expect(codes(await ask(SALES, { v: NOBODY }))).toEqual(['NOT_FOUND']);
    const own = await ask(SALES, { v: b.companies.developer });
    expect(own.errors).toBeUndefined();
    expect(own.data?.['vendorSales']).toEqual([expect.objectContaining({ productId: published.b.productId, subscriptions: 1 })]);
  });

  it("I1: catalogAuditLog of A's company or of marketplace A is NOT_FOUND; B's are answered", async () => {
    const LOG = 'query($c: ID, $m: ID) { catalogAuditLog(companyId: $c, marketplaceId: $m) { totalCount edges { node { action } } } }';
    for (const variables of [{ c: a.companies.developer }, { c: a.companies.reseller }, { m: a.marketplaceId }]) {
      const res = await ask(LOG, variables);
      expect([variables, codes(res)]).toEqual([variables, ['NOT_FOUND']]);
    }
    // Its own company in A: it is a plain USER there, not its admin.
    expect(codes(await ask(LOG, { c: a.companies.customer }))).toEqual(['FORBIDDEN']);
    for (const variables of [{ c: b.companies.developer }, { m: b.marketplaceId }]) {
      const res = await ask(LOG, variables);
      expect(res.errors).toBeUndefined();
      expect((res.data?.['catalogAuditLog'] as { totalCount: number }).totalCount).toBeGreaterThan(0);
    }
  });

  it("C10, I1: the marketplace report of A is NOT_FOUND, B's is answered", async () => {
    const REPORT = 'query($m: ID!) { marketplaceReport(marketplaceId: $m) { productsByState { state count } } }';
    expect(codes(await ask(REPORT, { m: a.marketplaceId }))).toEqual(['NOT_FOUND']);
    expect((await ask(REPORT, { m: b.marketplaceId })).errors).toBeUndefined();
  });

  it("C7, I1: purchase requests of A's company are NOT_FOUND, its own in A and B's are answered", async () => {
    const REQUESTS = 'query($c: ID!) { purchaseRequests(companyId: $c) { totalCount } }';
    expect(codes(await ask(REQUESTS, { c: a.companies.developer }))).toEqual(['NOT_FOUND']);
    const own = await ask(REQUESTS, { c: a.companies.customer });
    // A plain USER sees only the requests it filed itself.
    expect(own.data?.['purchaseRequests']).toEqual({ totalCount: 0 });
    expect(await ask(REQUESTS, { c: b.companies.customer })).toMatchObject({ data: { purchaseRequests: { totalCount: 1 } } });
  });

  it("C4, I1: products by A's vendor show only what A's members see (published); B's drafts show to B's reviewer", async () => {
    const PRODUCTS = 'query($v: ID) { products(vendorCompanyId: $v, first: 50) { edges { node { id state } } } }';
    const ids = async (vendor: string) =>
      ((await ask(PRODUCTS, { v: vendor })).data?.['products'] as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
    expect(await ids(a.companies.developer)).toEqual([published.a.productId]);
    expect((await ids(b.companies.developer)).sort()).toEqual([published.b.productId, drafts.b].sort());
    const draft = await ask('query($id: ID!) { product(id: $id) { id } }', { id: drafts.a });
    expect(draft.data?.['product'] ?? null).toBeNull();
  });

  it("C1, I1: creating a product for A's vendor is NOT_FOUND and writes nothing; for B's vendor it is FORBIDDEN (not a DEVELOPER)", async () => {
    const create = (vendorCompanyId: string) => ask(CREATE_PRODUCT, { input: { vendorCompanyId, name: 'Planted' } });
    expect(codes(await create(a.companies.developer))).toEqual(['NOT_FOUND']);
    expect(codes(await create(b.companies.developer))).toEqual(['FORBIDDEN']);
    expect(await graph.databases.catalog.manager.count(Product, { where: { name: 'Planted' } })).toBe(0);
  });

  it("C7, I1: buying for A's company is NOT_FOUND, for its own company in A FORBIDDEN, for B's company it is sold", async () => {
    const buy = (editionId: string, companyId: string) => ask(SUBSCRIBE, { input: { editionId, companyId } });
    const before = await graph.databases.catalog.manager.count(Subscription, { where: { marketplaceId: a.marketplaceId } });
    expect(codes(await buy(published.a.editionId, a.companies.developer))).toEqual(['NOT_FOUND']);
    expect(codes(await buy(published.a.editionId, a.companies.customer))).toEqual(['FORBIDDEN']);
    expect(await graph.databases.catalog.manager.count(Subscription, { where: { marketplaceId: a.marketplaceId } })).toBe(before);
    const sold = payloadOf<{ subscription: { channel: string; company: { id: string } } }>(await buy(published.b.editionId, b.companies.developer));
    expect(sold.subscription).toMatchObject({ channel: 'SALES_SUPPORT', company: { id: b.companies.developer } });
  });

  it("C7, I1: a purchase request for A's other company is NOT_FOUND; for its own company in A it is filed", async () => {
    const request = (companyId: string) => ask(REQUEST, { input: { editionId: published.a.editionId, companyId } });
    expect(codes(await request(a.companies.developer))).toEqual(['NOT_FOUND']);
    expect(await graph.databases.catalog.manager.count(PurchaseRequest, { where: { companyId: a.companies.developer } })).toBe(0);
    expect(outcome(await request(a.companies.customer))).toBe('OK');
  });

  it("C9, I1: a lead for A's reseller is NOT_FOUND; A's leads stay hidden, B's are listed", async () => {
    const created = await ask(CREATE_LEAD, { input: { companyId: a.companies.reseller, prospectCompanyName: 'Planted lead', contactEmail: 'x@y.test' } });
    expect(codes(created)).toEqual(['NOT_FOUND']);
    expect(await graph.databases.catalog.manager.count(Lead, { where: { prospectCompanyName: 'Planted lead' } })).toBe(0);
    const LEADS = 'query($m: ID) { leads(marketplaceId: $m) { edges { node { prospectCompanyName } } } }';
    expect(await ask(LEADS, { m: a.marketplaceId })).toMatchObject({ data: { leads: { edges: [] } } });
    expect(await ask(LEADS, { m: b.marketplaceId })).toMatchObject({ data: { leads: { edges: [{ node: { prospectCompanyName: 'Prospect b' } }] } } });
  });

  it("C7, I1: through a published product of A, its vendor's subscriptions are refused; B's vendor's are shown", async () => {
    const VENDOR = 'query($id: ID!) { product(id: $id) { name vendor { id subscriptions { totalCount edges { node { id } } } } } }';
    const foreign = await ask(VENDOR, { id: published.a.productId });
    expect(foreign.data?.['product']).toMatchObject({ name: 'Sold in a', vendor: { id: a.companies.developer } });
    // The caller has no relation to A's vendor: its subscriptions are as absent as the company (X3).
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(foreign.data)).not.toMatch(/totalCount/);
    const own = await ask(VENDOR, { id: published.b.productId });
    expect(own.errors).toBeUndefined();
    expect(own.data?.['product']).toMatchObject({ vendor: { subscriptions: { totalCount: 1 } } });
  });
});

describe('the platform operator creates products for vendors', () => {
  it("C1, I1: a product the operator creates lands in the vendor's marketplace, and the vendor sees it", async () => {
    const created = payloadOf<{ product: { id: string } }>(
      await graph.gql(CREATE_PRODUCT, { input: { vendorCompanyId: a.companies.developer, name: 'Made by the operator' } }, { token: a.operatorToken }),
    );
    const stored = await graph.databases.catalog.manager.findOneByOrFail(Product, { id: created.product.id });
    expect(stored.marketplaceId).toBe(a.marketplaceId);
    const seen = await graph.gql('query($id: ID!) { product(id: $id) { id state } }', { id: created.product.id }, { token: a.people.developer.token });
    expect(seen.data).toEqual({ product: { id: created.product.id, state: 'DRAFT' } });
    // Staff of another marketplace does not see it.
    const hidden = await graph.gql('query($id: ID!) { product(id: $id) { id } }', { id: created.product.id }, { token: b.people.owner.token });
    expect(hidden.data?.['product'] ?? null).toBeNull();
  });

  it('C1: the operator creates a product only for a company with DEVELOPER access, and not for one identity does not know', async () => {
    const create = (vendorCompanyId: string) => graph.gql(CREATE_PRODUCT, { input: { vendorCompanyId, name: 'Not a vendor' } }, { token: a.operatorToken });
    expect(payloadOf(await create(a.companies.customer)).userErrors).toEqual([expect.objectContaining({ field: 'vendorCompanyId', rule: 'C1' })]);
    expect(codes(await create(NOBODY))).toEqual(['NOT_FOUND']);
    expect(await graph.databases.catalog.manager.count(Product, { where: { name: 'Not a vendor' } })).toBe(0);
  });
});
