import { marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { ASSIGN_APP, ASSIGN_KEYSET, CONFIGURE, CREATE_APP, CREATE_CUSTOMER, CREATE_KEYSET, DISABLE_KEYSET, INSTALL, MINT, REPORT, SET_THEME, codes, payloadOf } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'portal');
});
afterAll(() => graph?.stop());

const CONFIG_SCHEMA = {
  type: 'object',
  required: ['instanceUrl', 'syncEvery', 'refreshToken'],
  additionalProperties: false,
  properties: {
    refreshToken: { type: 'string', minLength: 8, description: 'Supplied as a credential: encrypted, never returned' },
    instanceUrl: { type: 'string', format: 'uri' },
    syncEvery: { type: 'string', enum: ['15m', '1h', '1d'] },
    objects: { type: 'array', items: { type: 'string' }, minItems: 1 },
  },
};

it('T1-T9: the partner portal, end to end through the gateway', async () => {
  const dev = m.people.developer.token;
  const partner = m.companies.developer;

  // The partner's integration in the catalog, with a released version (C5).
  const product = await ok<{ createProduct: { product: { id: string } } }>(
    graph,
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }',
    { input: { vendorCompanyId: partner, name: 'Salesforce Sync' } },
    dev,
  );
  const productId = product.createProduct.product.id;
  const version = await ok<{ createVersion: { version: { id: string } } }>(
    graph,
    'mutation($input: CreateVersionInput!) { createVersion(input: $input) { version { id } userErrors { field message } } }',
    { input: { productId, version: '1.0.0', changelog: 'First release', configSchema: CONFIG_SCHEMA } },
    dev,
  );
  const versionId = version.createVersion.version.id;
  await ok(graph, 'mutation($id: ID!) { releaseVersion(versionId: $id) { version { state } userErrors { message } } }', { id: versionId }, dev);

  // T7: the partner's white label.
  await ok(graph, SET_THEME, { input: { companyId: partner, name: 'Bright', logoUrl: 'https://bright.example/logo.png', primaryColor: '#0055ff', accentColor: '#ffaa00' } }, m.people.devAdmin.token);

  // T2, T3, T4: a customer, an app on the product, two keysets, all assigned.
  const customer = await ok<{ createEndCustomer: { endCustomer: { id: string } } }>(graph, CREATE_CUSTOMER, { input: { partnerCompanyId: partner, name: 'Globex', externalId: 'crm-4711' } }, dev);
  const customerId = customer.createEndCustomer.endCustomer.id;
  const app = await ok<{ createApp: { app: { id: string } } }>(graph, CREATE_APP, { input: { partnerCompanyId: partner, name: 'Salesforce for Globex', productId } }, dev);
  const appId = app.createApp.app.id;
  await ok(graph, ASSIGN_APP, { input: { endCustomerId: customerId, appId } }, dev);
  const keysets: { id: string; secretKey: string }[] = [];
  for (const name of ['Production', 'Sandbox']) {
    const created = await ok<{ createKeyset: { keyset: { id: string }; secretKey: string } }>(graph, CREATE_KEYSET, { input: { appId, name } }, dev);
    keysets.push({ id: created.createKeyset.keyset.id, secretKey: created.createKeyset.secretKey });
    await ok(graph, ASSIGN_KEYSET, { input: { keysetId: created.createKeyset.keyset.id, endCustomerId: customerId } }, dev);
  }

  // T6: an embed token, minted by the partner's own ID for the customer.
  const minted = await ok<{ mintEmbedToken: { token: string } }>(
    graph,
    MINT,
    { input: { partnerCompanyId: partner, externalId: 'crm-4711', permissions: ['READ', 'CONFIGURE'], expiresInSeconds: 900 } },
    dev,
  );
  const embed = minted.mintEmbedToken.token;

  // The embedded UI: its customer, apps, keysets and the partner's theme.
  const session = await graph.gql(
    `{ embedSession { permissions theme { name primaryColor logoUrl }
       endCustomer { name externalId apps { edges { node { id name } } } keysets { totalCount } } } }`,
    {},
    { token: embed },
  );
  expect(session.errors).toBeUndefined();
  expect(session.data).toEqual({
    embedSession: {
      permissions: ['READ', 'CONFIGURE'],
      theme: { name: 'Bright', primaryColor: '#0055ff', logoUrl: 'https://bright.example/logo.png' },
      endCustomer: { name: 'Globex', externalId: 'crm-4711', apps: { edges: [{ node: { id: appId, name: 'Salesforce for Globex' } }] }, keysets: { totalCount: 2 } },
    },
  });

  // T8: the embedded UI reads the released versions of its app's product, fails validation once, then installs and configures.
  const schema = await graph.gql('{ embedSession { endCustomer { apps { edges { node { product { name versions { edges { node { id state configSchema } } } } } } } } } }', {}, { token: embed });
  expect(schema.errors).toBeUndefined();
  expect(schema.data).toEqual({
    embedSession: {
      endCustomer: {
        apps: { edges: [{ node: { product: { name: 'Salesforce Sync', versions: { edges: [{ node: { id: versionId, state: 'RELEASED', configSchema: CONFIG_SCHEMA } }] } } } }] },
      },
    },
  });
  const invalid = await graph.gql(INSTALL, { input: { appId, versionId, configuration: { instanceUrl: 'globex', syncEvery: 'weekly' } } }, { token: embed });
  expect(payloadOf(invalid.data).userErrors.map((e) => e.field).sort()).toEqual(['configuration.instanceUrl', 'configuration.refreshToken', 'configuration.syncEvery']);
  const installed = await ok<{ installApp: { installation: { id: string; credentialsSet: boolean } } }>(
    graph,
    INSTALL,
    { input: { appId, versionId, configuration: { instanceUrl: 'https://globex.my.salesforce.com', syncEvery: '1h' }, credentials: { refreshToken: 'sf-refresh-secret' } } },
    embed,
  );
  expect(installed.installApp.installation.credentialsSet).toBe(true);
  const installationId = installed.installApp.installation.id;
  await ok(graph, CONFIGURE, { input: { installationId, configuration: { instanceUrl: 'https://globex.my.salesforce.com', syncEvery: '15m', objects: ['Account'] } } }, embed);

  // T9: the integration runner reports with the keyset's secret key; the customer reads its activity.
  await ok(graph, REPORT, { input: { secretKey: keysets[0]?.secretKey, status: 'STARTED', runId: 'r1' } });
  await ok(graph, REPORT, { input: { secretKey: keysets[0]?.secretKey, status: 'SUCCEEDED', runId: 'r1', recordsProcessed: 1280, message: 'Accounts synced' } });
  const activity = await graph.gql('{ embedSession { endCustomer { activity { edges { node { status recordsProcessed message } } } } } }', {}, { token: embed });
  expect(activity.data).toEqual({
    embedSession: {
      endCustomer: { activity: { edges: [{ node: { status: 'SUCCEEDED', recordsProcessed: 1280, message: 'Accounts synced' } }, { node: { status: 'STARTED', recordsProcessed: null, message: null } }] } },
    },
  });

  // The partner sees the installation and the activity of its customer, across subgraphs.
  const portal = await graph.gql(
    `query($id: ID!) { company(id: $id) { name endCustomers { edges { node { externalId active
        installations { edges { node { version configuration credentialsSet productVersion { version product { name } } } } }
        activity(first: 1) { edges { node { status } } } } } } } }`,
    { id: partner },
    { token: dev },
  );
  expect(portal.errors).toBeUndefined();
  expect(portal.data).toEqual({
    company: {
      name: 'portal Devs',
      endCustomers: {
        edges: [
          {
            node: {
              externalId: 'crm-4711',
              active: true,
              installations: {
                edges: [
                  {
                    node: {
                      version: '1.0.0',
                      configuration: { instanceUrl: 'https://globex.my.salesforce.com', syncEvery: '15m', objects: ['Account'] },
                      credentialsSet: true,
                      productVersion: { version: '1.0.0', product: { name: 'Salesforce Sync' } },
                    },
                  },
                ],
              },
              activity: { edges: [{ node: { status: 'SUCCEEDED' } }] },
            },
          },
        ],
      },
    },
  });

  // T5: the partner switches the customer off; the same token is refused on its next request.
  for (const keyset of keysets) await ok(graph, DISABLE_KEYSET, { input: { keysetId: keyset.id } }, dev);
  const refused = await graph.gql('{ embedSession { permissions } }', {}, { token: embed });
  expect(refused.status).toBe(401);
  expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
  const report = await graph.gql(REPORT, { input: { secretKey: keysets[0]?.secretKey, status: 'STARTED' } });
  expect(payloadOf(report.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'T5' }]);
});
