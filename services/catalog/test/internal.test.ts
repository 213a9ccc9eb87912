import { callInternal, type InternalTarget } from '@marketgraph/graphql';
import { marketplaceFixture, ok, serviceCredential, startGraph, type TestGraph } from '@marketgraph/testing';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

const target = (): InternalTarget => ({
  url: graph.subgraphUrls.catalog,
  service: 'catalog',
  credential: serviceCredential('tenancy'),
  timeoutMs: 5000,
});

it('X2: internal product route answers services only, with the facts tenancy needs', async () => {
  const m = await marketplaceFixture(graph);
  const created = await ok<{ createProduct: { product: { id: string } } }>(
    graph,
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }',
    { input: { vendorCompanyId: m.companies.developer, name: 'Sync' } },
    m.people.developer.token,
  );
  const id = created.createProduct.product.id;
  await expect(callInternal(target(), 'product', { productId: id })).resolves.toEqual({
    id,
    vendorCompanyId: m.companies.developer,
    marketplaceId: m.marketplaceId,
    state: 'DRAFT',
  });
  await expect(callInternal(target(), 'product', { productId: '00000000-0000-0000-0000-000000000000' })).resolves.toBeNull();
  await expect(callInternal(target(), 'product-version', { versionId: '00000000-0000-0000-0000-000000000000' })).resolves.toBeNull();
  const base = graph.subgraphUrls.catalog.replace(/\/graphql$/, '');
  const anonymous = await fetch(`${base}/internal/product`, { method: 'POST', body: JSON.stringify({ productId: id }) });
  expect(anonymous.status).toBe(401);
});
