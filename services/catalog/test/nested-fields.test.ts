import { invite, marketplaceFixture, ok, startGraph, type GqlResponse, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { ASSIGN, publishedProduct } from './helpers';

/**
 * A purchase request or an assignment that a plain member may read does not open the
 * subscription behind it: who else holds the product is for its billing and company admins (X1, C7, C8).
 */
let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let colleague: Person;
let subscriptionId: string;

const REQUEST = `mutation($input: RequestPurchaseInput!) { requestPurchase(input: $input) { purchaseRequest { id } userErrors { message } } }`;
const APPROVE = `mutation($id: ID!) { approvePurchaseRequest(requestId: $id) { purchaseRequest { subscription { id } } userErrors { message } } }`;
const THROUGH_REQUESTS = `query($c: ID!) { purchaseRequests(companyId: $c) { edges { node { state
  subscription { id state assignments { totalCount edges { node { user { id } } } } buyer { id } edition { name } } } } } }`;
const THROUGH_MY_APPS = `query($u: ID!) { user(id: $u) { myApps { edges { node { product { name }
  subscription { state assignments { totalCount edges { node { user { id } } } } buyer { id } } } } } } }`;

function codesOf(res: GqlResponse<unknown>): string[] {
  return [...new Set((res.errors ?? []).map((e) => String((e.extensions as { code?: string } | undefined)?.code)))].sort();
}

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'nj');
  other = await marketplaceFixture(graph, 'nk');
  colleague = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'colleague@nj.test', []);
  const { editionId } = await publishedProduct(graph, m, { edition: { allowsMultipleSubscriptions: true } });
  const requested = await ok<{ requestPurchase: { purchaseRequest: { id: string } } }>(
    graph,
    REQUEST,
    { input: { editionId, companyId: m.companies.customer, note: 'For the team' } },
    m.people.customerUser.token,
  );
  const approved = await ok<{ approvePurchaseRequest: { purchaseRequest: { subscription: { id: string } } } }>(
    graph,
    APPROVE,
    { id: requested.requestPurchase.purchaseRequest.id },
    m.people.customerAdmin.token,
  );
  subscriptionId = approved.approvePurchaseRequest.purchaseRequest.subscription.id;
  for (const userId of [m.people.customerAdmin.userId, colleague.userId]) await ok(graph, ASSIGN, { input: { subscriptionId, userId } }, m.people.customerAdmin.token);
});
afterAll(() => graph?.stop());

describe('the subscription behind a request or an assignment', () => {
  it('X1, C7: the requester sees its request decided, not who holds the product nor who bought it', async () => {
    const res = await graph.gql(THROUGH_REQUESTS, { c: m.companies.customer }, { token: m.people.customerUser.token });
    const text = JSON.stringify(res.data);
    expect(text).not.toContain(colleague.userId);
    expect(text).not.toContain(m.people.customerAdmin.userId);
    expect(codesOf(res)).toEqual(['FORBIDDEN']);
    // Its billing and company admins read all of it through the same path.
    const admin = await graph.gql(THROUGH_REQUESTS, { c: m.companies.customer }, { token: m.people.customerAdmin.token });
    expect(admin.errors).toBeUndefined();
    expect(JSON.stringify(admin.data)).toContain(colleague.userId);
  });

  it('X1, C8: a user assigned the product sees its own apps, not who else was assigned', async () => {
    const res = await graph.gql(THROUGH_MY_APPS, { u: colleague.userId }, { token: colleague.token });
    const text = JSON.stringify(res.data);
    expect(text).not.toContain(m.people.customerAdmin.userId);
    expect(codesOf(res)).toEqual(['FORBIDDEN']);
    const own = await graph.gql<{ user: { myApps: { edges: { node: { subscription: { state: string } } }[] } } }>(
      `query($u: ID!) { user(id: $u) { myApps { edges { node { product { name } subscription { state } } } } } }`,
      { u: colleague.userId },
      { token: colleague.token },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.user.myApps.edges.map((e) => e.node.subscription.state)).toEqual(['ACTIVE']);
  });

  it('X1: another company, another marketplace and an anonymous caller reach none of it', async () => {
    for (const [who, options] of [
      ['admin of another company', { token: m.people.devAdmin.token }],
      ['staff of another marketplace', { token: other.people.owner.token }],
      ['anonymous', { headers: { 'x-marketplace': m.slug } }],
    ] as const) {
      for (const [query, variables] of [
        [THROUGH_REQUESTS, { c: m.companies.customer }],
        [THROUGH_MY_APPS, { u: colleague.userId }],
        ['query($s: ID!) { subscription(id: $s) { assignments { totalCount } } }', { s: subscriptionId }],
      ] as const) {
        const res = await graph.gql(query, variables, options);
        expect([who, JSON.stringify(res.data).includes(colleague.userId)]).toEqual([who, false]);
        expect([who, codesOf(res).every((c) => ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(c))]).toEqual([who, true]);
      }
    }
  });
});
