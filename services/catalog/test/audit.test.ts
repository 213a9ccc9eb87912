import { AuditEntry } from '@marketgraph/db';
import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { ASSIGN, CANCEL, SUBSCRIBE, codes, outcome, payloadOf, publishedProduct } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'audit');
});
afterAll(() => graph?.stop());

const LOG = `query($c: ID, $m: ID) { catalogAuditLog(companyId: $c, marketplaceId: $m, first: 100) {
  totalCount edges { node { action targetType targetId company { id } actorKind actor { id } requestId details at } } } }`;
type Entry = { action: string; targetId: string; company: { id: string } | null; actorKind: string; actor: { id: string } | null; requestId: string; details: unknown };

it('X5: every catalog mutation writes an audit record in its transaction; admins and staff read what they administer', async () => {
  const { productId, editionId } = await publishedProduct(graph, m);
  const bought = payloadOf<{ subscription: { id: string } }>(
    await graph.gql(SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, { token: m.people.customerAdmin.token }),
  );
  const subscriptionId = bought.subscription.id;
  await ok(graph, ASSIGN, { input: { subscriptionId, userId: m.people.customerUser.userId } }, m.people.customerAdmin.token);
  // A refused purchase (CONFLICT) rolls back and leaves no record.
  expect(outcome(await graph.gql(SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, { token: m.people.customerAdmin.token }))).toBe('CONFLICT');
  await ok(graph, CANCEL, { id: subscriptionId }, m.people.customerAdmin.token);

  const customerLog = await ok<{ catalogAuditLog: { edges: { node: Entry }[] } }>(graph, LOG, { c: m.companies.customer }, m.people.customerAdmin.token);
  const actions = customerLog.catalogAuditLog.edges.map((e) => e.node.action);
  expect(actions).toEqual(['subscription.cancelled', 'assignment.created', 'subscription.created']);
  const created = customerLog.catalogAuditLog.edges.find((e) => e.node.action === 'subscription.created')?.node;
  expect(created).toMatchObject({ targetId: subscriptionId, company: { id: m.companies.customer }, actorKind: 'user', actor: { id: m.people.customerAdmin.userId } });
  expect(created?.requestId).toMatch(/\S/);
  expect(created?.details).toMatchObject({ editionId, channel: 'DIRECT' });

  const vendorLog = await ok<{ catalogAuditLog: { edges: { node: Entry }[] } }>(graph, LOG, { c: m.companies.developer }, m.people.devAdmin.token);
  expect(vendorLog.catalogAuditLog.edges.filter((e) => e.node.targetId === productId).map((e) => e.node.action)).toEqual([
    'product.approved',
    'product.submitted',
    'product.created',
  ]);
  const marketplaceLog = await ok<{ catalogAuditLog: { totalCount: number } }>(graph, LOG, { m: m.marketplaceId }, m.people.owner.token);
  expect(marketplaceLog.catalogAuditLog.totalCount).toBe(await graph.databases.catalog.manager.count(AuditEntry, { where: { marketplaceId: m.marketplaceId } }));

  // A plain user, a developer and another company's admin read nothing of it.
  expect(codes(await graph.gql(LOG, { c: m.companies.customer }, { token: m.people.customerUser.token }))).toEqual(['FORBIDDEN']);
  expect(codes(await graph.gql(LOG, { c: m.companies.developer }, { token: m.people.developer.token }))).toEqual(['FORBIDDEN']);
  expect(codes(await graph.gql(LOG, { c: m.companies.customer }, { token: m.people.devAdmin.token }))).toEqual(['NOT_FOUND']);
  expect(codes(await graph.gql(LOG, { m: m.marketplaceId }, { token: m.people.customerAdmin.token }))[0]).toMatch(/FORBIDDEN|NOT_FOUND/);
});
