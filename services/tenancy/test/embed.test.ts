import { SignJWT } from 'jose';
import { DEV_SECRETS } from '@marketgraph/graphql';
import { marketplaceFixture, ok, startGraph, type GqlResponse, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { Installation } from '../src/entities';
import { CredentialsVault } from '../src/domain/credentials';
import {
  ASSIGN_APP,
  ASSIGN_KEYSET,
  CHANGE_VERSION,
  CONFIGURE,
  CREATE_CUSTOMER,
  DISABLE_KEYSET,
  INSTALL,
  MINT,
  SET_THEME,
  activeCustomer,
  codes,
  createApp,
  createCustomer,
  createKeyset,
  createProduct,
  mint,
  payloadOf,
  productVersion,
} from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'e');
  other = await marketplaceFixture(graph, 'f');
});
afterAll(() => graph?.stop());

const SESSION = `{ embedSession {
  permissions
  endCustomer { id name apps { edges { node { id name } } } keysets { edges { node { id enabled publishKey } } } installations { totalCount } }
  theme { name primaryColor accentColor marketplaceDefault }
} }`;

async function signEmbed(claims: Record<string, unknown>, expiresAt: number, secret: string = DEV_SECRETS.embedToken): Promise<string> {
  return new SignJWT({ typ: 'embed', perm: ['READ'], ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('marketgraph-tenancy')
    .setAudience('marketgraph-embed')
    .setJti('00000000-0000-7000-8000-000000000000')
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
}

describe('embed tokens', () => {
  it('T6: a partner mints a token by customer ID or external ID, one hour by default and at most a day', async () => {
    const setup = await activeCustomer(graph, m, 'mint');
    const token = m.people.developer.token;
    const byId = await ok<{ mintEmbedToken: { expiresAt: string; permissions: string[] } }>(graph, MINT, { input: { endCustomerId: setup.customerId } }, token);
    const seconds = (Date.parse(byId.mintEmbedToken.expiresAt) - Date.now()) / 1000;
    expect(seconds).toBeGreaterThan(3500);
    expect(seconds).toBeLessThanOrEqual(3600);
    expect(byId.mintEmbedToken.permissions).toEqual(['READ']);
    const byExternal = await ok<{ mintEmbedToken: { endCustomer: { id: string }; permissions: string[] } }>(
      graph,
      MINT,
      { input: { partnerCompanyId: m.companies.developer, externalId: 'CUST-MINT', permissions: ['CONFIGURE'], expiresInSeconds: 86_400 } },
      token,
    );
    expect(byExternal.mintEmbedToken).toMatchObject({ endCustomer: { id: setup.customerId }, permissions: ['READ', 'CONFIGURE'] });
    const tooLong = await graph.gql(MINT, { input: { endCustomerId: setup.customerId, expiresInSeconds: 86_401 } }, { token });
    expect(payloadOf(tooLong.data).userErrors).toMatchObject([{ field: 'expiresInSeconds', code: 'INVALID', rule: 'T6' }]);
    // The partner's backend mints with an API key of the partner.
    const key = await ok<{ createApiKey: { key: string } }>(
      graph,
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { message } } }',
      { input: { companyId: m.companies.developer, name: 'portal backend', roles: ['DEVELOPER'] } },
      token,
    );
    const byApiKey = await graph.gql(MINT, { input: { endCustomerId: setup.customerId } }, { headers: { authorization: `ApiKey ${key.createApiKey.key}` } });
    expect(payloadOf(byApiKey.data).userErrors).toEqual([]);
    // Another partner cannot mint for this customer.
    const foreign = await graph.gql(MINT, { input: { endCustomerId: setup.customerId } }, { token: other.people.developer.token });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
  });

  it('T6: the bearer sees only its own apps, enabled keysets and installations; every other field is FORBIDDEN', async () => {
    const setup = await activeCustomer(graph, m, 'sees');
    const devToken = m.people.developer.token;
    const disabled = await createKeyset(graph, devToken, setup.appId, 'Disabled one');
    await ok(graph, ASSIGN_KEYSET, { input: { keysetId: disabled.id, endCustomerId: setup.customerId } }, devToken);
    await ok(graph, DISABLE_KEYSET, { input: { keysetId: disabled.id } }, devToken);
    const neighbour = await activeCustomer(graph, m, 'neighbour');
    const embed = await mint(graph, devToken, setup.customerId, ['READ']);

    const session = await graph.gql(SESSION, {}, { token: embed });
    expect(session.errors).toBeUndefined();
    expect(session.data).toMatchObject({
      embedSession: {
        permissions: ['READ'],
        endCustomer: {
          id: setup.customerId,
          apps: { edges: [{ node: { id: setup.appId } }] },
          keysets: { edges: [{ node: { id: setup.keysetId, enabled: true } }] },
          installations: { totalCount: 0 },
        },
      },
    });

    const refused: [string, Record<string, unknown>][] = [
      ['query($id: ID) { endCustomer(id: $id) { id } }', { id: neighbour.customerId }],
      ['query($id: ID) { endCustomer(id: $id) { id } }', { id: setup.customerId }],
      ['query($id: ID!) { app(id: $id) { id } }', { id: setup.appId }],
      ['query($id: ID!) { keyset(id: $id) { id } }', { id: setup.keysetId }],
      ['query($id: ID!) { partners(marketplaceId: $id) { totalCount } }', { id: m.marketplaceId }],
      ['query($id: ID!) { activity(filter: { endCustomerId: $id }) { totalCount } }', { id: neighbour.customerId }],
      ['query($id: ID!) { company(id: $id) { name } }', { id: m.companies.developer }],
      ['{ embedSession { endCustomer { apps { edges { node { keysets { totalCount } } } } } } }', {}],
      ['{ embedSession { endCustomer { apps { edges { node { endCustomers { totalCount } } } } } } }', {}],
      [CREATE_CUSTOMER, { input: { partnerCompanyId: m.companies.developer, name: 'Sneaky', externalId: 'sneaky' } }],
      [ASSIGN_APP, { input: { endCustomerId: setup.customerId, appId: neighbour.appId } }],
      [MINT, { input: { endCustomerId: setup.customerId } }],
    ];
    for (const [query, variables] of refused) {
      const res = await graph.gql(query, variables, { token: embed });
      expect([query, codes(res)]).toEqual([query, ['FORBIDDEN']]);
    }
    // The same fields answer the partner.
    const partner = await graph.gql('query($id: ID!) { app(id: $id) { keysets { totalCount } } }', { id: setup.appId }, { token: devToken });
    expect(partner.data).toEqual({ app: { keysets: { totalCount: 2 } } });
  });

  it('T6: an expired, tampered or foreign-partner token answers UNAUTHENTICATED', async () => {
    const setup = await activeCustomer(graph, m, 'bad-tokens');
    const good = await mint(graph, m.people.developer.token, setup.customerId, ['READ']);
    const claims = { sub: setup.customerId, mkt: m.marketplaceId, ptn: m.companies.developer };
    const now = Math.floor(Date.now() / 1000);
    const expired = await signEmbed(claims, now - 10);
    const forged = await signEmbed(claims, now + 600, 'a-different-secret-of-at-least-32-chars!!');
    const foreignPartner = await signEmbed({ ...claims, ptn: other.companies.developer }, now + 600);
    const [head, body, signature] = good.split('.');
    const tamperedBody = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body ?? '', 'base64url').toString()), sub: 'someone-else' })).toString('base64url');
    const tampered = [head, tamperedBody, signature].join('.');
    for (const token of [expired, forged, foreignPartner, tampered]) {
      const res = await graph.gql('{ embedSession { permissions } }', {}, { token });
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
    expect(codes(await graph.gql('{ embedSession { permissions } }', {}, { token: good }))).toEqual([]);
  });

  it('T5: disabling the last enabled keyset shuts the token out on its very next request; none is minted then', async () => {
    const setup = await activeCustomer(graph, m, 'shut');
    const devToken = m.people.developer.token;
    const embed = await mint(graph, devToken, setup.customerId, ['READ']);
    expect(codes(await graph.gql('{ embedSession { permissions } }', {}, { token: embed }))).toEqual([]);
    await ok(graph, DISABLE_KEYSET, { input: { keysetId: setup.keysetId } }, devToken);
    const refused = await graph.gql('{ embedSession { permissions } }', {}, { token: embed });
    expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    const mintAgain = await graph.gql(MINT, { input: { endCustomerId: setup.customerId } }, { token: devToken });
    expect(payloadOf(mintAgain.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'T5' }]);
  });
});

describe('themes', () => {
  it('T7: the partner\'s theme, else the marketplace owner\'s, reaches the embed view', async () => {
    const setup = await activeCustomer(graph, m, 'theme');
    const embed = await mint(graph, m.people.developer.token, setup.customerId, ['READ']);
    const theme = async (): Promise<unknown> => (await graph.gql('{ embedSession { theme { name primaryColor marketplaceDefault } } }', {}, { token: embed })).data;
    expect(await theme()).toEqual({ embedSession: { theme: null } });
    await ok(graph, SET_THEME, { input: { companyId: m.companies.owner, name: 'Market', primaryColor: '#112233', accentColor: '#445566' } }, m.people.owner.token);
    expect(await theme()).toEqual({ embedSession: { theme: { name: 'Market', primaryColor: '#112233', marketplaceDefault: true } } });
    await ok(
      graph,
      SET_THEME,
      { input: { companyId: m.companies.developer, name: 'Partner', logoUrl: 'https://cdn.example/logo.svg', primaryColor: '#AABBCC', accentColor: '#000000' } },
      m.people.devAdmin.token,
    );
    expect(await theme()).toEqual({ embedSession: { theme: { name: 'Partner', primaryColor: '#aabbcc', marketplaceDefault: false } } });
    const bad = await graph.gql(SET_THEME, { input: { companyId: m.companies.developer, name: 'X', logoUrl: 'javascript:alert(1)', primaryColor: 'red', accentColor: '#000' } }, { token: m.people.devAdmin.token });
    expect(payloadOf(bad.data).userErrors.map((e) => e.field)).toEqual(['logoUrl', 'primaryColor', 'accentColor']);
    const outsider = await graph.gql(SET_THEME, { input: { companyId: m.companies.developer, name: 'X', primaryColor: '#000000', accentColor: '#000000' } }, { token: m.people.customerAdmin.token });
    expect(codes(outsider)).toEqual(['NOT_FOUND']);
  });
});

describe('installations', () => {
  const v1Schema = {
    type: 'object',
    required: ['endpoint'],
    additionalProperties: false,
    properties: { endpoint: { type: 'string', format: 'uri' }, batchSize: { type: 'integer', minimum: 1, maximum: 1000 }, apiToken: { type: 'string', minLength: 8 } },
  };
  const v2Schema = {
    type: 'object',
    required: ['endpoint', 'region'],
    properties: { endpoint: { type: 'string', format: 'uri' }, region: { enum: ['eu', 'us'] }, batchSize: { type: 'integer' } },
  };

  it('T8: a RELEASED version installs with configuration validated field by field; credentials are encrypted and never returned', async () => {
    const productId = await createProduct(graph, m, 'CRM Connector');
    const v1 = await productVersion(graph, m, productId, '1.0.0', v1Schema);
    const v2 = await productVersion(graph, m, productId, '2.0.0', v2Schema);
    const draft = await productVersion(graph, m, productId, '3.0.0-beta', v2Schema, 'DRAFT');
    const otherProduct = await createProduct(graph, m, 'Unrelated');
    const unrelated = await productVersion(graph, m, otherProduct, '1.0.0', {});
    const setup = await activeCustomer(graph, m, 'install', productId);
    const embed = await mint(graph, m.people.developer.token, setup.customerId, ['READ', 'CONFIGURE']);
    const install = (input: Record<string, unknown>, token = embed): Promise<GqlResponse> => graph.gql(INSTALL, { input: { appId: setup.appId, ...input } }, { token });

    const invalid = await install({ versionId: v1, configuration: { batchSize: 0, colour: 'red' } });
    expect(payloadOf(invalid.data).userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'configuration.endpoint', code: 'INVALID', rule: 'T8' }),
        expect.objectContaining({ field: 'configuration.batchSize', code: 'INVALID', rule: 'T8' }),
        expect.objectContaining({ field: 'configuration.colour', code: 'INVALID', rule: 'T8' }),
      ]),
    );
    // The schema covers secrets too: a credential that fails it is named under credentials.
    const badSecret = await install({ versionId: v1, configuration: { endpoint: 'https://crm.example' }, credentials: { apiToken: 'short' } });
    expect(payloadOf(badSecret.data).userErrors).toMatchObject([{ field: 'credentials.apiToken', code: 'INVALID', rule: 'T8' }]);
    expect(payloadOf((await install({ versionId: draft, configuration: { endpoint: 'https://crm.example' } })).data).userErrors).toMatchObject([
      { field: 'versionId', code: 'RULE_VIOLATION', rule: 'T8' },
    ]);
    expect(payloadOf((await install({ versionId: unrelated, configuration: {} })).data).userErrors).toMatchObject([{ field: 'versionId', code: 'NOT_FOUND' }]);
    const readOnly = await mint(graph, m.people.developer.token, setup.customerId, ['READ']);
    expect(codes(await install({ versionId: v1, configuration: { endpoint: 'https://crm.example' } }, readOnly))).toEqual(['FORBIDDEN']);
    expect(await graph.databases.tenancy.manager.count(Installation)).toBe(0);

    const installed = payloadOf<{ installation: { id: string; version: string; configuration: unknown; credentialsSet: boolean } }>(
      (await install({ versionId: v1, configuration: { endpoint: 'https://crm.example', batchSize: 50 }, credentials: { apiToken: 'crm-s3cret-token' } })).data,
    );
    expect(installed.userErrors).toEqual([]);
    expect(installed.installation).toMatchObject({ version: '1.0.0', configuration: { endpoint: 'https://crm.example', batchSize: 50 }, credentialsSet: true });
    const id = installed.installation.id;
    const row = await graph.databases.tenancy.manager.findOneByOrFail(Installation, { id });
    expect(JSON.stringify(row)).not.toContain('crm-s3cret-token');
    expect(row.credentialsCiphertext && row.credentialsKeyId).toBeTruthy();
    expect(new CredentialsVault([DEV_SECRETS.credentials]).decrypt(row.credentialsCiphertext ?? '', row.credentialsKeyId ?? '', id)).toBe('{"apiToken":"crm-s3cret-token"}');
    const fields = await graph.gql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Installation") { fields { name } } }', {}, { token: m.people.developer.token });
    expect(fields.data?.__type.fields.map((f) => f.name).filter((n) => /credential/i.test(n))).toEqual(['credentialsSet']);

    // Configuration changes are validated too; the embed view reads its installation back.
    const badConfig = await graph.gql(CONFIGURE, { input: { installationId: id, configuration: { endpoint: 'not a uri' } } }, { token: embed });
    expect(payloadOf(badConfig.data).userErrors).toMatchObject([{ field: 'configuration.endpoint', code: 'INVALID' }]);
    const session = await graph.gql('{ embedSession { endCustomer { installations { edges { node { id version configuration credentialsSet } } } } } }', {}, { token: readOnly });
    expect(session.data).toEqual({
      embedSession: { endCustomer: { installations: { edges: [{ node: { id, version: '1.0.0', configuration: { endpoint: 'https://crm.example', batchSize: 50 }, credentialsSet: true } }] } } },
    });

    // Moving to another version validates the configuration against the new schema.
    const missingRegion = await graph.gql(CHANGE_VERSION, { input: { installationId: id, versionId: v2 } }, { token: embed });
    expect(payloadOf(missingRegion.data).userErrors).toMatchObject([{ field: 'configuration.region', code: 'INVALID', rule: 'T8' }]);
    const moved = await ok<{ changeInstallationVersion: { installation: { version: string; configuration: unknown } } }>(
      graph,
      CHANGE_VERSION,
      { input: { installationId: id, versionId: v2, configuration: { endpoint: 'https://crm.example', region: 'eu' } } },
      embed,
    );
    expect(moved.changeInstallationVersion.installation).toEqual({ id, version: '2.0.0', versionId: v2, configuration: { endpoint: 'https://crm.example', region: 'eu' } });
  });

  it("T6: an embed token changes only its own customer's installation", async () => {
    const productId = await createProduct(graph, m, 'Ledger Sync');
    const v1 = await productVersion(graph, m, productId, '1.0.0', { type: 'object' });
    const mine = await activeCustomer(graph, m, 'mine', productId);
    const theirs = await activeCustomer(graph, m, 'theirs');
    await ok(graph, ASSIGN_APP, { input: { endCustomerId: theirs.customerId, appId: mine.appId } }, m.people.developer.token);
    const theirsToken = await mint(graph, m.people.developer.token, theirs.customerId, ['READ', 'CONFIGURE']);
    const installed = await ok<{ installApp: { installation: { id: string } } }>(graph, INSTALL, { input: { appId: mine.appId, versionId: v1, configuration: {} } }, theirsToken);
    // The partner may install for its customer too, naming it.
    const byPartner = await graph.gql(INSTALL, { input: { endCustomerId: mine.customerId, appId: mine.appId, versionId: v1, configuration: {} } }, { token: m.people.developer.token });
    expect(payloadOf(byPartner.data).userErrors).toEqual([]);
    const twice = await graph.gql(INSTALL, { input: { endCustomerId: mine.customerId, appId: mine.appId, versionId: v1, configuration: {} } }, { token: m.people.developer.token });
    expect(payloadOf(twice.data).userErrors).toMatchObject([{ field: 'appId', code: 'CONFLICT', rule: 'T8' }]);
    const mineToken = await mint(graph, m.people.developer.token, mine.customerId, ['READ', 'CONFIGURE']);
    const res = await graph.gql(CONFIGURE, { input: { installationId: installed.installApp.installation.id, configuration: { x: 1 } } }, { token: mineToken });
    expect(codes(res)).toEqual(['NOT_FOUND']);
    const forOther = await graph.gql(INSTALL, { input: { endCustomerId: theirs.customerId, appId: mine.appId, versionId: v1, configuration: {} } }, { token: mineToken });
    expect(codes(forOther)).toEqual(['NOT_FOUND']);
  });

  it('T8: credentials keys rotate: a ciphertext names its key, and earlier keys still decrypt', () => {
    const oldKey = 'old-credentials-key-with-at-least-32-chars';
    const newKey = 'new-credentials-key-with-at-least-32-chars';
    const sealed = new CredentialsVault([oldKey]).encrypt('{"token":"t"}', 'row-1');
    const rotated = new CredentialsVault([newKey, oldKey]);
    expect(rotated.decrypt(sealed.ciphertext, sealed.keyId, 'row-1')).toBe('{"token":"t"}');
    expect(rotated.encrypt('x', 'row-1').keyId).not.toBe(sealed.keyId);
    expect(() => new CredentialsVault([newKey]).decrypt(sealed.ciphertext, sealed.keyId, 'row-1')).toThrow();
    // Authenticated encryption: a ciphertext moved to another row does not decrypt.
    expect(() => rotated.decrypt(sealed.ciphertext, sealed.keyId, 'row-2')).toThrow();
  });
});

describe('across marketplaces', () => {
  it('T6: a customer of another marketplace cannot be named by partner and external ID', async () => {
    const id = await createCustomer(graph, other.people.developer.token, other.companies.developer, 'Far', 'far-1');
    const appId = await createApp(graph, other.people.developer.token, other.companies.developer, 'Far App');
    await ok(graph, ASSIGN_APP, { input: { endCustomerId: id, appId } }, other.people.developer.token);
    const res = await graph.gql(MINT, { input: { partnerCompanyId: other.companies.developer, externalId: 'far-1' } }, { token: m.people.developer.token });
    expect(codes(res)).toEqual(['NOT_FOUND']);
  });
});
