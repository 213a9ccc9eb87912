import { invite, marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { Subscription } from '../src/entities';
import { ASSIGN, CANCEL, SUBSCRIBE, draftProduct, makeReseller, outcome, payloadOf, publishedProduct, staffOf, type Staff } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let staff: Staff;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'buy');
  other = await marketplaceFixture(graph, 'otherbuy');
  staff = await staffOf(graph, m);
  await makeReseller(graph, m);
});
afterAll(() => graph?.stop());

type Sub = { id: string; channel: string; state: string; company: { id: string }; buyerCompany: { id: string }; buyer: { id: string } | null };

describe('C7 buying', () => {
  it('C7: who may buy for whom', async () => {
    const { editionId } = await publishedProduct(graph, m, { edition: { allowsMultipleSubscriptions: true } });
    const buy = (token: string, companyId: string) => graph.gql(SUBSCRIBE, { input: { editionId, companyId } }, { token });
    const { customer, developer, reseller } = m.companies;

    // The company's own COMPANY_ADMIN (and so BILLING_ADMIN) buys for it.
    const direct = payloadOf<{ subscription: Sub }>(await buy(m.people.customerAdmin.token, customer));
    expect(direct.subscription).toMatchObject({ channel: 'DIRECT', company: { id: customer }, buyerCompany: { id: customer }, buyer: { id: m.people.customerAdmin.userId } });
    // A plain USER cannot; it files a purchase request instead.
    expect(outcome(await buy(m.people.customerUser.token, customer))).toBe('FORBIDDEN');
    // SALES_SUPPORT buys for any company of its marketplace, on its behalf.
    const sales = payloadOf<{ subscription: Sub }>(await buy(staff.salesSupport.token, customer));
    expect(sales.subscription).toMatchObject({ channel: 'SALES_SUPPORT', company: { id: customer }, buyerCompany: { id: m.companies.owner }, buyer: { id: staff.salesSupport.userId } });
    expect(outcome(await buy(staff.salesSupport.token, developer))).toBe('OK');
    // A RESELLER buys for the customer companies it manages, and for no other.
    const resold = payloadOf<{ subscription: Sub }>(await buy(m.people.resellerAdmin.token, customer));
    expect(resold.subscription).toMatchObject({ channel: 'RESELLER', company: { id: customer }, buyerCompany: { id: reseller } });
    expect(outcome(await buy(m.people.resellerAdmin.token, developer))).toBe('NOT_FOUND');
    // Other staff roles, other companies' admins and other marketplaces cannot.
    expect(outcome(await buy(staff.productSupport.token, customer))).toBe('FORBIDDEN');
    expect(outcome(await buy(staff.reports.token, customer))).toBe('FORBIDDEN');
    expect(outcome(await buy(m.people.devAdmin.token, customer))).toBe('NOT_FOUND');
    expect(outcome(await buy(other.people.customerAdmin.token, customer))).toBe('NOT_FOUND');
    // Another marketplace's admin buying for itself does not reach this marketplace's edition.
    const foreign = payloadOf(await buy(other.people.customerAdmin.token, other.companies.customer));
    expect(foreign.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'editionId' });
  });

  it('C7: only a published product can be bought', async () => {
    const { editionId } = await draftProduct(graph, m);
    const res = payloadOf(await graph.gql(SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, { token: m.people.customerAdmin.token }));
    expect(res.userErrors[0]).toMatchObject({ code: 'RULE_VIOLATION', rule: 'C7', message: expect.stringContaining('DRAFT') });
    expect(await graph.databases.catalog.manager.count(Subscription, { where: { editionId } })).toBe(0);
  });

  it('C7: two concurrent purchases of an exclusive edition end with one subscription and one CONFLICT (X7)', async () => {
    const { editionId } = await publishedProduct(graph, m);
    const input = { editionId, companyId: m.companies.customer };
    const results = await Promise.all([
      graph.gql(SUBSCRIBE, { input }, { token: m.people.customerAdmin.token }),
      graph.gql(SUBSCRIBE, { input }, { token: staff.salesSupport.token }),
      graph.gql(SUBSCRIBE, { input }, { token: m.people.resellerAdmin.token }),
    ]);
    expect(results.map(outcome).sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(await graph.databases.catalog.manager.count(Subscription, { where: { editionId } })).toBe(1);
    // After a cancellation the company may subscribe again.
    const winner = results.map((r) => payloadOf<{ subscription: Sub | null }>(r).subscription).find((s) => s !== null);
    await ok(graph, CANCEL, { id: winner?.id }, m.people.customerAdmin.token);
    expect(outcome(await graph.gql(SUBSCRIBE, { input }, { token: m.people.customerAdmin.token }))).toBe('OK');
  });

  it('C7: a USER files a purchase request that its admin approves or declines', async () => {
    const { editionId } = await publishedProduct(graph, m, { edition: { allowsMultipleSubscriptions: true } });
    const REQUEST = `mutation($input: RequestPurchaseInput!) { requestPurchase(input: $input) { purchaseRequest { id state } userErrors { code message } } }`;
    const APPROVE = `mutation($id: ID!) { approvePurchaseRequest(requestId: $id) {
      purchaseRequest { state decidedBy { id } subscription { channel buyer { id } company { id } } } userErrors { code message } } }`;
    const DECLINE = `mutation($id: ID!) { declinePurchaseRequest(requestId: $id, reason: "Budget") { purchaseRequest { state reason } userErrors { code message } } }`;
    const input = { editionId, companyId: m.companies.customer, note: 'Our team needs it' };
    const first = await ok<{ requestPurchase: { purchaseRequest: { id: string; state: string } } }>(graph, REQUEST, { input }, m.people.customerUser.token);
    const second = await ok<{ requestPurchase: { purchaseRequest: { id: string } } }>(graph, REQUEST, { input }, m.people.customerUser.token);
    expect(first.requestPurchase.purchaseRequest.state).toBe('PENDING');
    // The requester cannot decide; nor can another company's admin.
    expect(outcome(await graph.gql(APPROVE, { id: first.requestPurchase.purchaseRequest.id }, { token: m.people.customerUser.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(APPROVE, { id: first.requestPurchase.purchaseRequest.id }, { token: m.people.devAdmin.token }))).toBe('NOT_FOUND');
    const approved = await ok<{ approvePurchaseRequest: { purchaseRequest: { state: string; subscription: { channel: string; buyer: { id: string }; company: { id: string } } } } }>(
      graph,
      APPROVE,
      { id: first.requestPurchase.purchaseRequest.id },
      m.people.customerAdmin.token,
    );
    expect(approved.approvePurchaseRequest.purchaseRequest).toMatchObject({
      state: 'APPROVED',
      subscription: { channel: 'PURCHASE_REQUEST', buyer: { id: m.people.customerAdmin.userId }, company: { id: m.companies.customer } },
    });
    const declined = await ok<{ declinePurchaseRequest: { purchaseRequest: { state: string; reason: string } } }>(
      graph,
      DECLINE,
      { id: second.requestPurchase.purchaseRequest.id },
      m.people.customerAdmin.token,
    );
    expect(declined.declinePurchaseRequest.purchaseRequest).toEqual({ state: 'DECLINED', reason: 'Budget' });
    const twice = payloadOf(await graph.gql(APPROVE, { id: second.requestPurchase.purchaseRequest.id }, { token: m.people.customerAdmin.token }));
    expect(twice.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('DECLINED') });
    // The user sees its own requests; its admin sees every request of the company.
    const LIST = 'query($c: ID!) { purchaseRequests(companyId: $c) { totalCount } }';
    const asAdmin = await ok<{ purchaseRequests: { totalCount: number } }>(graph, LIST, { c: m.companies.customer }, m.people.customerAdmin.token);
    expect(asAdmin.purchaseRequests.totalCount).toBeGreaterThanOrEqual(2);
    const anotherUser = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'colleague@buy.test', []);
    const asColleague = await ok<{ purchaseRequests: { totalCount: number } }>(graph, LIST, { c: m.companies.customer }, anotherUser.token);
    expect(asColleague.purchaseRequests.totalCount).toBe(0);
  });

  it('C7: subscriptions are cancelled by those who may buy for the company; a company\'s subscriptions are its own business', async () => {
    const { editionId } = await publishedProduct(graph, m);
    const bought = payloadOf<{ subscription: Sub }>(
      await graph.gql(SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, { token: m.people.resellerAdmin.token }),
    );
    const id = bought.subscription.id;
    expect(outcome(await graph.gql(CANCEL, { id }, { token: m.people.customerUser.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(CANCEL, { id }, { token: m.people.devAdmin.token }))).toBe('NOT_FOUND');
    const subs = 'query($c: ID!) { company(id: $c) { name subscriptions { totalCount edges { node { id state } } } } }';
    const asAdmin = await ok<{ company: { subscriptions: { totalCount: number } } }>(graph, subs, { c: m.companies.customer }, m.people.customerAdmin.token);
    expect(asAdmin.company.subscriptions.totalCount).toBeGreaterThan(0);
    const asUser = await graph.gql(subs, { c: m.companies.customer }, { token: m.people.customerUser.token });
    expect(asUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ONE = 'query($id: ID!) { subscription(id: $id) { id channel buyerCompany { id } } }';
    const one = async (token: string) => (await graph.gql<{ subscription: { id: string } | null }>(ONE, { id }, { token })).data?.subscription ?? null;
    expect(await one(m.people.customerAdmin.token)).toMatchObject({ id, channel: 'RESELLER', buyerCompany: { id: m.companies.reseller } });
    expect(await one(m.people.resellerAdmin.token)).toMatchObject({ id });
    expect(await one(staff.salesSupport.token)).toMatchObject({ id });
    expect(await one(m.people.customerUser.token)).toBeNull();
    expect(await one(m.people.devAdmin.token)).toBeNull();
    expect(await one(other.people.owner.token)).toBeNull();
    const cancelled = payloadOf<{ subscription: { state: string; cancelledAt: string } }>(await graph.gql(CANCEL, { id }, { token: m.people.customerAdmin.token }));
    expect(cancelled.subscription.state).toBe('CANCELLED');
    expect(outcome(await graph.gql(CANCEL, { id }, { token: m.people.customerAdmin.token }))).toBe('ILLEGAL_TRANSITION');
  });
});

describe('C8 my apps', () => {
  const MY_APPS = '{ viewer { user { myApps { totalCount edges { node { active product { id } } } } } } }';
  const myApps = async (token: string) =>
    (await ok<{ viewer: { user: { myApps: { totalCount: number; edges: { node: { product: { id: string } } }[] } } } }>(graph, MY_APPS, {}, token)).viewer.user.myApps;

  it('C8: a COMPANY_ADMIN assigns a subscribed product to its users; cancelling the subscription ends the assignments', async () => {
    const { productId, editionId } = await publishedProduct(graph, m);
    const bought = payloadOf<{ subscription: Sub }>(
      await graph.gql(SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, { token: m.people.customerAdmin.token }),
    );
    const input = { subscriptionId: bought.subscription.id, userId: m.people.customerUser.userId };
    expect(outcome(await graph.gql(ASSIGN, { input }, { token: m.people.customerUser.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(ASSIGN, { input }, { token: m.people.resellerAdmin.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(ASSIGN, { input }, { token: m.people.devAdmin.token }))).toBe('NOT_FOUND');
    const before = (await myApps(m.people.customerUser.token)).totalCount;
    expect(outcome(await graph.gql(ASSIGN, { input }, { token: m.people.customerAdmin.token }))).toBe('OK');
    expect(outcome(await graph.gql(ASSIGN, { input }, { token: m.people.customerAdmin.token }))).toBe('CONFLICT');
    const self = { ...input, userId: m.people.customerAdmin.userId };
    expect(outcome(await graph.gql(ASSIGN, { input: self }, { token: m.people.customerAdmin.token }))).toBe('OK');
    const during = await myApps(m.people.customerUser.token);
    expect(during.totalCount).toBe(before + 1);
    expect(during.edges.map((e) => e.node.product.id)).toContain(productId);

    await ok(graph, CANCEL, { id: bought.subscription.id }, m.people.customerAdmin.token);
    expect((await myApps(m.people.customerUser.token)).edges.map((e) => e.node.product.id)).not.toContain(productId);
    expect((await myApps(m.people.customerAdmin.token)).edges.map((e) => e.node.product.id)).not.toContain(productId);
    const res = payloadOf(await graph.gql(ASSIGN, { input }, { token: m.people.customerAdmin.token }));
    expect(res.userErrors[0]).toMatchObject({ code: 'RULE_VIOLATION', rule: 'C8' });
  });

  it('C8: myApps is seen by the user itself only', async () => {
    const res = await graph.gql('query($id: ID!) { user(id: $id) { email myApps { totalCount } } }', { id: m.people.customerUser.userId }, { token: m.people.customerAdmin.token });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('C8: a cancellation racing an assignment never leaves an active assignment on a cancelled subscription (X7)', async () => {
    const { editionId } = await publishedProduct(graph, m, { edition: { allowsMultipleSubscriptions: true } });
    for (let round = 0; round < 3; round++) {
      const bought = payloadOf<{ subscription: Sub }>(
        await graph.gql(SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, { token: m.people.customerAdmin.token }),
      );
      const id = bought.subscription.id;
      await Promise.all([
        graph.gql(ASSIGN, { input: { subscriptionId: id, userId: m.people.customerUser.userId } }, { token: m.people.customerAdmin.token }),
        graph.gql(CANCEL, { id }, { token: m.people.customerAdmin.token }),
      ]);
      const rows: { n: string | number }[] = await graph.databases.catalog.manager.query(
        'SELECT COUNT(*) AS n FROM product_assignment WHERE subscription_id = ? AND ended_at IS NULL',
        [id],
      );
      expect(Number(rows[0]?.n)).toBe(0);
    }
  });
});
