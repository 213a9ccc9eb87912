import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';

let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'story');
});
afterAll(() => graph?.stop());

const PRODUCT_FIELDS = 'product { id state rejectionReason } userErrors { field code message rule }';

it('C1-C8: a product goes from draft through review to a buyer and into the user\'s apps; the storefront shows it', async () => {
  const { developer, owner, customerAdmin, customerUser } = m.people;

  // C1: a developer of the vendor creates a draft.
  const created = await ok<{ createProduct: { product: { id: string; state: string } } }>(
    graph,
    `mutation($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT_FIELDS} } }`,
    { input: { vendorCompanyId: m.companies.developer, name: 'Ledger Sync', tagline: 'Books in sync', categories: ['Finance'] } },
    developer.token,
  );
  const productId = created.createProduct.product.id;
  expect(created.createProduct.product.state).toBe('DRAFT');

  // C6, C5: an edition and a released version.
  const edition = await ok<{ createEdition: { edition: { id: string; price: { amountMinor: number; currency: string } } } }>(
    graph,
    `mutation($input: CreateEditionInput!) { createEdition(input: $input) { edition { id price { amountMinor currency } } userErrors { field message } } }`,
    { input: { productId, name: 'Standard', priceMinor: 4900, currency: 'EUR', billingPeriod: 'MONTHLY' } },
    developer.token,
  );
  const editionId = edition.createEdition.edition.id;
  expect(edition.createEdition.edition.price).toEqual({ amountMinor: 4900, currency: 'EUR' });
  const version = await ok<{ createVersion: { version: { id: string } } }>(
    graph,
    `mutation($input: CreateVersionInput!) { createVersion(input: $input) { version { id state } userErrors { field message } } }`,
    {
      input: {
        productId,
        version: '1.0.0',
        changelog: 'First release',
        configSchema: { type: 'object', properties: { ledgerUrl: { type: 'string' } }, required: ['ledgerUrl'] },
      },
    },
    developer.token,
  );
  await ok(graph, 'mutation($id: ID!) { releaseVersion(versionId: $id) { version { state } userErrors { message } } }', { id: version.createVersion.version.id }, developer.token);

  // C2: submit, reject with a reason, fix, resubmit, approve.
  const submit = `mutation($id: ID!) { submitProduct(productId: $id) { ${PRODUCT_FIELDS} } }`;
  await ok(graph, submit, { id: productId }, developer.token);
  const rejected = await ok<{ rejectProduct: { product: { state: string; rejectionReason: string } } }>(
    graph,
    `mutation($id: ID!, $reason: String!) { rejectProduct(productId: $id, reason: $reason) { ${PRODUCT_FIELDS} } }`,
    { id: productId, reason: 'Add a description' },
    owner.token,
  );
  expect(rejected.rejectProduct.product).toMatchObject({ state: 'DRAFT', rejectionReason: 'Add a description' });
  await ok(
    graph,
    `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { ${PRODUCT_FIELDS} } }`,
    { input: { productId, description: 'Keeps your ledger and invoices in sync.' } },
    developer.token,
  );
  await ok(graph, submit, { id: productId }, developer.token);
  const approved = await ok<{ approveProduct: { product: { state: string; rejectionReason: string | null } } }>(
    graph,
    `mutation($id: ID!) { approveProduct(productId: $id) { ${PRODUCT_FIELDS} } }`,
    { id: productId },
    owner.token,
  );
  expect(approved.approveProduct.product).toEqual(expect.objectContaining({ state: 'PUBLISHED', rejectionReason: null }));

  const history = await ok<{ product: { history: { edges: { node: { from: string | null; to: string; reason: string | null; actor: { email: string } | null } }[] } } }>(
    graph,
    '{ product(id: "' + productId + '") { history { edges { node { from to reason actor { email } } } } } }',
    {},
    developer.token,
  );
  expect(history.product.history.edges.map((e) => e.node)).toEqual([
    { from: null, to: 'DRAFT', reason: null, actor: { email: developer.email } },
    { from: 'DRAFT', to: 'IN_REVIEW', reason: null, actor: { email: developer.email } },
    { from: 'IN_REVIEW', to: 'DRAFT', reason: 'Add a description', actor: { email: owner.email } },
    { from: 'DRAFT', to: 'IN_REVIEW', reason: null, actor: { email: developer.email } },
    { from: 'IN_REVIEW', to: 'PUBLISHED', reason: null, actor: { email: owner.email } },
  ]);

  // C7: the customer's admin buys; C8: assigns it to a user, who finds it in its apps.
  const bought = await ok<{ subscribe: { subscription: { id: string; channel: string; buyer: { email: string }; company: { name: string } } } }>(
    graph,
    `mutation($input: SubscribeInput!) { subscribe(input: $input) { subscription { id channel buyer { email } company { name } } userErrors { field message } } }`,
    { input: { editionId, companyId: m.companies.customer } },
    customerAdmin.token,
  );
  expect(bought.subscribe.subscription).toMatchObject({ channel: 'DIRECT', buyer: { email: customerAdmin.email }, company: { name: 'story Customer' } });
  await ok(
    graph,
    `mutation($input: AssignProductInput!) { assignProduct(input: $input) { assignment { id active } userErrors { field message } } }`,
    { input: { subscriptionId: bought.subscribe.subscription.id, userId: customerUser.userId } },
    customerAdmin.token,
  );
  const apps = await ok<{ viewer: { user: { myApps: { totalCount: number; edges: { node: { product: { name: string; vendor: { name: string } } } }[] } } } }>(
    graph,
    '{ viewer { user { myApps { totalCount edges { node { product { name vendor { name } } } } } } } }',
    {},
    customerUser.token,
  );
  expect(apps.viewer.user.myApps.totalCount).toBe(1);
  expect(apps.viewer.user.myApps.edges[0]?.node.product).toEqual({ name: 'Ledger Sync', vendor: { name: 'story Devs' } });

  // C4: the storefront of the marketplace shows it without a token.
  const shop = await graph.gql<{ storefront: { edges: { node: { name: string; description: string; editions: { edges: { node: { name: string } }[] } } }[] } }>(
    '{ storefront { edges { node { name description editions { edges { node { name } } } } } } }',
    {},
    { headers: { 'x-marketplace': m.slug } },
  );
  expect(shop.errors).toBeUndefined();
  expect(shop.data?.storefront.edges.map((e) => e.node)).toEqual([
    { name: 'Ledger Sync', description: 'Keeps your ledger and invoices in sync.', editions: { edges: [{ node: { name: 'Standard' } }] } },
  ]);
});
