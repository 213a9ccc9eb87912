import { createCompany, invite, marketplaceFixture, ok, person, startGraph, type GqlResponse, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { Product } from '../../catalog/src/entities';

/**
 * A company reached through another subgraph's object (a listed product's vendor, an embed
 * token's partner) shows its name, never its people, keys or invitations (X1, T6).
 */
let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let productId: string;

const PEOPLE = `members { edges { node { user { email } roles } } } apiKeys { edges { node { name prefix } } }
  invitations { edges { node { email } } } managedCustomers { totalCount } resellers { name }`;

function codesOf(res: GqlResponse<unknown>): string[] {
  return [...new Set((res.errors ?? []).map((e) => String((e.extensions as { code?: string } | undefined)?.code)))].sort();
}

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'nh');
  other = await marketplaceFixture(graph, 'ni');
  const created = await ok<{ createProduct: { product: { id: string } } }>(
    graph,
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }',
    { input: { vendorCompanyId: m.companies.developer, name: 'People Finder' } },
    m.people.developer.token,
  );
  productId = created.createProduct.product.id;
  await graph.databases.catalog.manager.update(Product, { id: productId }, { state: 'PUBLISHED', publishedAt: new Date() });
  await ok(
    graph,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { message } } }',
    { input: { companyId: m.companies.developer, name: 'secret-runner-key', roles: ['COMPANY_ADMIN'] } },
    m.people.devAdmin.token,
  );
});
afterAll(() => graph?.stop());

describe('a company reached through a nested field', () => {
  it('X1: its people, keys and invitations answer no one outside it, whatever path reached it', async () => {
    const rivalCompany = await createCompany(graph, m.people.owner.token, m.marketplaceId, 'nh Rival', ['DEVELOPER'], 'rival@nh.test');
    const rival = await person(graph, 'rival@nh.test', rivalCompany);
    const outsider = await invite(graph, other.people.owner.token, other.companies.owner, 'support@ni.test', ['CUSTOMER_SUPPORT']);
    const query = `query($p: ID!) { product(id: $p) { name vendor { name ${PEOPLE} } } }`;
    for (const [who, options] of [
      ['anonymous on the storefront', { headers: { 'x-marketplace': m.slug } }],
      ['admin of another partner', { token: rival.token }],
      ['support staff of another marketplace', { token: outsider.token }],
    ] as const) {
      const res = await graph.gql(query, { p: productId }, options);
      const text = JSON.stringify(res.data);
      expect([who, text.includes('@nh.test'), text.includes('secret-runner-key')]).toEqual([who, false, false]);
      expect([who, codesOf(res).every((c) => ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(c))]).toEqual([who, true]);
    }
    // The vendor's own admin reads its people through the same path.
    const own = await graph.gql(query, { p: productId }, { token: m.people.devAdmin.token });
    expect(JSON.stringify(own.data)).toContain('dev@nh.test');
  });

  it('T6, X1: an embed token reads its partner\'s name, and nothing about the partner\'s people', async () => {
    const dev = m.people.developer.token;
    const customer = await ok<{ createEndCustomer: { endCustomer: { id: string } } }>(
      graph,
      'mutation($input: CreateEndCustomerInput!) { createEndCustomer(input: $input) { endCustomer { id } userErrors { message } } }',
      { input: { partnerCompanyId: m.companies.developer, name: 'Embedded One', externalId: 'embedded-one' } },
      dev,
    );
    const customerId = customer.createEndCustomer.endCustomer.id;
    const app = await ok<{ createApp: { app: { id: string } } }>(
      graph,
      'mutation($input: CreateAppInput!) { createApp(input: $input) { app { id } userErrors { message } } }',
      { input: { partnerCompanyId: m.companies.developer, name: 'Embedded App' } },
      dev,
    );
    await ok(graph, 'mutation($input: AppAssignmentInput!) { assignApp(input: $input) { app { id } userErrors { message } } }', { input: { endCustomerId: customerId, appId: app.createApp.app.id } }, dev);
    const keyset = await ok<{ createKeyset: { keyset: { id: string } } }>(
      graph,
      'mutation($input: CreateKeysetInput!) { createKeyset(input: $input) { keyset { id } userErrors { message } } }',
      { input: { appId: app.createApp.app.id, name: 'k' } },
      dev,
    );
    await ok(graph, 'mutation($input: AssignKeysetInput!) { assignKeyset(input: $input) { keyset { id } userErrors { message } } }', { input: { keysetId: keyset.createKeyset.keyset.id, endCustomerId: customerId } }, dev);
    const minted = await ok<{ mintEmbedToken: { token: string } }>(
      graph,
      'mutation($input: MintEmbedTokenInput!) { mintEmbedToken(input: $input) { token userErrors { message } } }',
      { input: { endCustomerId: customerId } },
      dev,
    );
    const embed = minted.mintEmbedToken.token;
    // T6: the embed view carries the partner's theme; the partner's company itself answers FORBIDDEN.
    for (const field of ['name', 'members { totalCount }', 'apiKeys { totalCount }', 'invitations { totalCount }', 'managedCustomers { totalCount }', 'resellers { id }']) {
      const res = await graph.gql(`{ embedSession { endCustomer { partner { ${field} } } } }`, {}, { token: embed });
      expect([field, codesOf(res)]).toEqual([field, ['FORBIDDEN']]);
    }
    const viaProduct = await graph.gql(`query($p: ID!) { product(id: $p) { vendor { ${PEOPLE} } } }`, { p: productId }, { token: embed });
    expect(JSON.stringify(viaProduct.data)).not.toContain('@nh.test');
  });
});
