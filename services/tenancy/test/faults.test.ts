import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { App } from '../src/entities';
import { CREATE_APP, CREATE_CUSTOMER, activeCustomer, codes, createProduct, mint, payloadOf } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'x9');
});
afterAll(() => graph?.stop());

it('X9: with catalog down, tenancy answers what it owns; only what needs catalog fails, and nothing is half-written', async () => {
  const token = m.people.developer.token;
  const productId = await createProduct(graph, m, 'Needs Catalog');
  const setup = await activeCustomer(graph, m, 'x9', productId);
  const embed = await mint(graph, token, setup.customerId, ['READ']);
  await graph.stopSubgraph('catalog');

  const linked = await graph.gql(CREATE_APP, { input: { partnerCompanyId: m.companies.developer, name: 'Linked while down', productId } }, { token });
  expect(codes(linked)).toEqual(['INTERNAL_SERVER_ERROR']);
  expect(JSON.stringify(linked.errors)).not.toMatch(/ECONNREFUSED|fetch failed|stack/i);
  expect(await graph.databases.tenancy.manager.count(App, { where: { name: 'Linked while down' } })).toBe(0);

  const plain = await graph.gql(CREATE_APP, { input: { partnerCompanyId: m.companies.developer, name: 'Plain while down' } }, { token });
  expect(payloadOf(plain.data).userErrors).toEqual([]);
  const customer = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId: m.companies.developer, name: 'New while down', externalId: 'down-1' } }, { token });
  expect(payloadOf(customer.data).userErrors).toEqual([]);

  // Partial data: the app is there, its product (owned by catalog) errors.
  const res = await graph.gql<{ app: { name: string; product: unknown } }>('query($id: ID!) { app(id: $id) { name product { name } } }', { id: setup.appId }, { token });
  expect(res.data?.app.name).toBe('App x9');
  expect(res.errors?.length).toBeGreaterThan(0);
  const session = await ok<{ embedSession: { endCustomer: { id: string } } }>(graph, '{ embedSession { endCustomer { id } } }', {}, embed);
  expect(session.embedSession.endCustomer.id).toBe(setup.customerId);
});

it('T1: the marketplace owner company is a partner too', async () => {
  const res = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId: m.companies.owner, name: 'Direct customer', externalId: 'direct-1' } }, { token: m.people.owner.token });
  expect(payloadOf(res.data).userErrors).toEqual([]);
});
