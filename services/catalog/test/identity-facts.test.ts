import type { UserActor } from '@marketgraph/authz';
import { invite, marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { Lead, ProductAssignment, PurchaseRequest, Subscription } from '../src/entities';
import { ASSIGN, SUBSCRIBE, codes, makeReseller, outcome, payloadOf, publishedProduct, staffOf, type Staff } from './helpers';

// Catalog keeps no companies or users: the IDs a mutation names are confirmed with identity.
let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let staff: Staff;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'facts');
  other = await marketplaceFixture(graph, 'otherfacts');
  staff = await staffOf(graph, m);
  await makeReseller(graph, m);
});
afterAll(() => graph?.stop());

const NOBODY = '00000000-0000-4000-8000-000000000000';
const REQUEST = `mutation($input: RequestPurchaseInput!) { requestPurchase(input: $input) { purchaseRequest { id } userErrors { code message } } }`;
const CREATE_LEAD = `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id state } userErrors { code message } } }`;
const ASSIGN_LEAD = `mutation($id: ID!, $r: ID!) { assignLead(leadId: $id, resellerCompanyId: $r) { lead { id state assignedTo { id } } userErrors { field code message rule } } }`;
const REVOKE_MEMBERSHIP = 'mutation($id: ID!) { revokeMembership(membershipId: $id) { membership { id } userErrors { message } } }';

const subscriptionsOf = (companyId: string) => graph.databases.catalog.manager.count(Subscription, { where: { companyId } });

async function resellerLead(name: string): Promise<string> {
  const res = await ok<{ createLead: { lead: { id: string } } }>(
    graph,
    CREATE_LEAD,
    { input: { companyId: m.companies.reseller, prospectCompanyName: name, contactEmail: 'buyer@prospect.test' } },
    m.people.resellerAdmin.token,
  );
  return res.createLead.lead.id;
}

describe('company and user IDs are confirmed with identity', () => {
  it('C7: SALES_SUPPORT buying for a company of another marketplace, or for none, gets NOT_FOUND and writes nothing', async () => {
    const { editionId } = await publishedProduct(graph, m, { edition: { allowsMultipleSubscriptions: true } });
    const buy = (token: string, companyId: string) => graph.gql(SUBSCRIBE, { input: { editionId, companyId } }, { token });

    const foreign = await buy(staff.salesSupport.token, other.companies.customer);
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(foreign.data?.['subscribe']).toBeFalsy();
    expect(await subscriptionsOf(other.companies.customer)).toBe(0);
    expect(codes(await buy(staff.salesSupport.token, NOBODY))).toEqual(['NOT_FOUND']);
    expect(await subscriptionsOf(NOBODY)).toBe(0);
    // The same answer as for any other tenant's data: the message does not tell which it was.
    expect(foreign.errors?.[0]?.message).toBe((await buy(staff.salesSupport.token, NOBODY)).errors?.[0]?.message);

    // The platform operator crosses marketplaces, but a product is bought only within its own.
    expect(codes(await buy(m.operatorToken, other.companies.customer))).toEqual(['NOT_FOUND']);
    expect(await subscriptionsOf(other.companies.customer)).toBe(0);
    expect(codes(await buy(m.operatorToken, NOBODY))).toEqual(['NOT_FOUND']);
    const byOperator = payloadOf<{ subscription: { channel: string; company: { id: string } } }>(await buy(m.operatorToken, m.companies.customer));
    expect(byOperator.subscription).toMatchObject({ channel: 'SALES_SUPPORT', company: { id: m.companies.customer } });

    // A company of its own marketplace is still bought for, and members keep buying for their own.
    expect(outcome(await buy(staff.salesSupport.token, m.companies.developer))).toBe('OK');
    expect(outcome(await buy(m.people.customerAdmin.token, m.companies.customer))).toBe('OK');
    expect(outcome(await buy(m.people.resellerAdmin.token, m.companies.customer))).toBe('OK');

    // A purchase request for a company of another marketplace is refused the same way.
    const request = await graph.gql(REQUEST, { input: { editionId, companyId: other.companies.customer } }, { token: m.operatorToken });
    expect(codes(request)).toEqual(['NOT_FOUND']);
    expect(await graph.databases.catalog.manager.count(PurchaseRequest, { where: { companyId: other.companies.customer } })).toBe(0);
  });

  it('C8: a product is assigned only to active members of the subscribing company', async () => {
    const { editionId } = await publishedProduct(graph, m);
    const bought = payloadOf<{ subscription: { id: string } }>(
      await graph.gql(SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, { token: m.people.customerAdmin.token }),
    );
    const subscriptionId = bought.subscription.id;
    const assign = (userId: string) => graph.gql(ASSIGN, { input: { subscriptionId, userId } }, { token: m.people.customerAdmin.token });
    const refusal = { field: 'userId', code: 'RULE_VIOLATION', rule: 'C8' };

    // A member of another company, of another marketplace, or nobody at all.
    for (const userId of [m.people.devAdmin.userId, other.people.customerUser.userId, NOBODY, 'not-a-user']) {
      expect(payloadOf(await assign(userId)).userErrors).toEqual([expect.objectContaining(refusal)]);
    }
    // A former member whose membership was revoked.
    const leaver = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'leaver@facts.test', []);
    await ok(graph, REVOKE_MEMBERSHIP, { id: leaver.membershipId }, m.people.customerAdmin.token);
    expect(payloadOf(await assign(leaver.userId)).userErrors).toEqual([expect.objectContaining(refusal)]);
    expect(await graph.databases.catalog.manager.count(ProductAssignment, { where: { subscriptionId } })).toBe(0);

    // An active member is assigned.
    expect(outcome(await assign(m.people.customerUser.userId))).toBe('OK');
    expect(await graph.databases.catalog.manager.count(ProductAssignment, { where: { subscriptionId } })).toBe(1);
  });

  it('C9: a lead is assigned only to a company with RESELLER access of the lead\'s marketplace', async () => {
    const leadId = await resellerLead('Acme');
    const assign = (companyId: string) => graph.gql(ASSIGN_LEAD, { id: leadId, r: companyId }, { token: staff.resellerManager.token });

    for (const companyId of [m.companies.customer, m.companies.developer]) {
      expect(payloadOf(await assign(companyId)).userErrors).toEqual([
        expect.objectContaining({ field: 'resellerCompanyId', code: 'RULE_VIOLATION', rule: 'C9', message: expect.stringContaining('RESELLER') }),
      ]);
    }
    // A reseller of another marketplace, or no company at all, is another tenant's business.
    expect(codes(await assign(other.companies.reseller))).toEqual(['NOT_FOUND']);
    expect(codes(await assign(NOBODY))).toEqual(['NOT_FOUND']);
    const unchanged = await graph.databases.catalog.manager.findOneByOrFail(Lead, { id: leadId });
    expect(unchanged.assignedCompanyId).toBe(m.companies.reseller);

    const reassigned = payloadOf<{ lead: { state: string; assignedTo: { id: string } } }>(await assign(m.companies.reseller));
    expect(reassigned.lead).toMatchObject({ state: 'ASSIGNED', assignedTo: { id: m.companies.reseller } });
  });

  // Last: it stops identity for the rest of this file.
  it('C7: when identity cannot be reached, a purchase, an assignment or a lead hand-over fails and writes nothing', async () => {
    const { editionId } = await publishedProduct(graph, m, { edition: { allowsMultipleSubscriptions: true } });
    const bought = payloadOf<{ subscription: { id: string } }>(
      await graph.gql(SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, { token: m.people.customerAdmin.token }),
    );
    const leadId = await resellerLead('Outage Inc');
    const before = { subscriptions: await subscriptionsOf(m.companies.developer), assignments: await graph.databases.catalog.manager.count(ProductAssignment) };
    await graph.stopSubgraph('identity');

    // The gateway needs identity to authenticate, so the signed actor context is sent to catalog as the gateway would.
    const grant = (companyId: string, roles: UserActor['grants'][number]['roles'], accessTypes: UserActor['grants'][number]['accessTypes']) => ({
      membershipId: null,
      companyId,
      marketplaceId: m.marketplaceId,
      accessTypes,
      roles,
      managedCompanyIds: [],
    });
    const sales: UserActor = {
      kind: 'user',
      userId: staff.salesSupport.userId,
      email: staff.salesSupport.email,
      platformOperator: false,
      grants: [grant(m.companies.owner, ['USER', 'SALES_SUPPORT', 'RESELLER_MANAGER'], ['ACCOUNT', 'MARKETPLACE'])],
    };
    const admin: UserActor = {
      kind: 'user',
      userId: m.people.customerAdmin.userId,
      email: m.people.customerAdmin.email,
      platformOperator: false,
      grants: [grant(m.companies.customer, ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN'], ['ACCOUNT'])],
    };
    const subscribe = await graph.subgraph('catalog', SUBSCRIBE, { input: { editionId, companyId: m.companies.developer } }, sales);
    expect(codes(subscribe)).toEqual(['INTERNAL_SERVER_ERROR']);
    const assign = await graph.subgraph('catalog', ASSIGN, { input: { subscriptionId: bought.subscription.id, userId: m.people.customerUser.userId } }, admin);
    expect(codes(assign)).toEqual(['INTERNAL_SERVER_ERROR']);
    const lead = await graph.subgraph('catalog', ASSIGN_LEAD, { id: leadId, r: m.companies.reseller }, sales);
    expect(codes(lead)).toEqual(['INTERNAL_SERVER_ERROR']);

    expect(await subscriptionsOf(m.companies.developer)).toBe(before.subscriptions);
    expect(await graph.databases.catalog.manager.count(ProductAssignment)).toBe(before.assignments);
    const untouched = await graph.databases.catalog.manager.findOneByOrFail(Lead, { id: leadId });
    expect(untouched.updatedAt.getTime()).toBe(untouched.createdAt.getTime());
  });
});
