import { createCompany, invite, marketplaceFixture, ok, person, startGraph, type GqlResponse, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { Product } from '../../catalog/src/entities';
import { ActivityEvent } from '../src/entities';
import { ASSIGN_APP, ASSIGN_KEYSET, INSTALL, activeCustomer, createCustomer, createKeyset, createProduct, mint, productVersion, type PartnerSetup } from './helpers';

/**
 * Attacks on nested fields: a caller that legitimately reaches one object (its own report, its
 * own customer, a published product) must not walk from it to data it may not see (X1, T6, T9).
 */
let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let x: PartnerSetup;
let y: { customerId: string; keysetId: string; name: string; externalId: string };
/** Strings that only the partner and its troubleshooting staff may ever read: Y's, and X's keys and names. */
const ySecrets: string[] = [];
const secrets: string[] = [];

const KEYSET = 'query($id: ID!) { keyset(id: $id) { publishKey subscribeKey } }';
const ACTIVITY_SCAN = `query($id: ID!) { activity(filter: { endCustomerId: $id }) { totalCount } }`;

/** The selection the reported attack used, and every sibling path into the partner's other data. */
const REPORT_AND_WALK = `mutation($input: ReportActivityInput!) {
  reportActivity(input: $input) {
    event {
      id status
      app {
        id name
        endCustomers { edges { node { id name externalId
          installations { edges { node { configuration credentialsSet } } }
          keysets { edges { node { publishKey subscribeKey } } } } } }
        keysets { edges { node { id publishKey subscribeKey endCustomer { name externalId } } } }
        partner { endCustomers { edges { node { name externalId } } } apps { edges { node { name } } } }
      }
      endCustomer { name externalId keysets { edges { node { publishKey subscribeKey } } } installations { edges { node { configuration } } } }
    }
    userErrors { field code message rule }
  }
}`;

function leaked(res: GqlResponse<unknown>): string[] {
  const text = JSON.stringify(res.data);
  return secrets.filter((s) => text.includes(s));
}

function codesOf(res: GqlResponse<unknown>): string[] {
  return [...new Set((res.errors ?? []).map((e) => String((e.extensions as { code?: string } | undefined)?.code)))].sort();
}

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'nf');
  other = await marketplaceFixture(graph, 'ng');
  const dev = m.people.developer.token;
  const productId = await createProduct(graph, m, 'Nested Sync');
  const versionId = await productVersion(graph, m, productId, '1.0.0', { type: 'object', properties: { region: { type: 'string' } } });
  await graph.databases.catalog.manager.update(Product, { id: productId }, { state: 'PUBLISHED', publishedAt: new Date() });

  // X is the attacker's foothold (its runner's secret, its embed token); Y shares X's app.
  x = await activeCustomer(graph, m, 'nested-x', productId);
  const yName = 'Customer Yolanda Hidden';
  const yExternal = 'yolanda-ext-4411';
  const yId = await createCustomer(graph, dev, m.companies.developer, yName, yExternal);
  await ok(graph, ASSIGN_APP, { input: { endCustomerId: yId, appId: x.appId } }, dev);
  const yKeyset = await createKeyset(graph, dev, x.appId, 'Yolanda keyset');
  await ok(graph, ASSIGN_KEYSET, { input: { keysetId: yKeyset.id, endCustomerId: yId } }, dev);
  await ok(graph, INSTALL, { input: { endCustomerId: yId, appId: x.appId, versionId, configuration: { region: 'yolanda-region-eu9' } } }, dev);
  await ok(graph, INSTALL, { input: { endCustomerId: x.customerId, appId: x.appId, versionId, configuration: { region: 'xavier-region' } } }, dev);
  y = { customerId: yId, keysetId: yKeyset.id, name: yName, externalId: yExternal };

  const keys = async (keysetId: string) =>
    (await ok<{ keyset: { publishKey: string; subscribeKey: string } }>(graph, KEYSET, { id: keysetId }, dev)).keyset;
  const yKeys = await keys(yKeyset.id);
  const xKeys = await keys(x.keysetId);
  ySecrets.push(yName, yExternal, 'yolanda-region-eu9', yKeys.publishKey, yKeys.subscribeKey);
  secrets.push(...ySecrets, xKeys.publishKey, xKeys.subscribeKey, 'Customer nested-x', 'cust-nested-x', 'xavier-region');
  // Activity of both customers, so that lists and lastActivity have something to walk from.
  for (const secretKey of [x.secretKey, yKeyset.secretKey]) await graph.gql(REPORT_AND_WALK, { input: { secretKey, status: 'STARTED' } });
});
afterAll(() => graph?.stop());

describe('a mutation payload opens nothing beyond itself', () => {
  it('T9, X1: anonymous with a keyset secret and X-Marketplace reads no customer, keyset or configuration through reportActivity', async () => {
    const before = await graph.databases.tenancy.manager.count(ActivityEvent, { where: { keysetId: x.keysetId } });
    const res = await graph.gql(REPORT_AND_WALK, { input: { secretKey: x.secretKey, status: 'SUCCEEDED', recordsProcessed: 3 } }, { headers: { 'x-marketplace': m.slug } });
    expect(leaked(res)).toEqual([]);
    expect(codesOf(res).length).toBeGreaterThan(0);
    expect(codesOf(res).every((c) => ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(c))).toBe(true);
    // The report itself is taken: the secret authenticates reporting, and nothing else.
    expect(await graph.databases.tenancy.manager.count(ActivityEvent, { where: { keysetId: x.keysetId } })).toBe(before + 1);
    const plain = await graph.gql<{ reportActivity: { event: { status: string } } }>(
      'mutation($input: ReportActivityInput!) { reportActivity(input: $input) { event { id status recordsProcessed } userErrors { message } } }',
      { input: { secretKey: x.secretKey, status: 'STARTED' } },
      { headers: { 'x-marketplace': m.slug } },
    );
    expect(plain.errors).toBeUndefined();
    expect(plain.data?.reportActivity.event.status).toBe('STARTED');
  });

  it('T9, X1: every other kind of caller holding the same secret reads nothing more either', async () => {
    const rivalCompany = await createCompany(graph, m.people.owner.token, m.marketplaceId, 'nf Rival Devs', ['DEVELOPER'], 'rivaladmin@nf.test');
    const rival = await person(graph, 'rivaladmin@nf.test', rivalCompany);
    const rivalKey = (
      await ok<{ createApiKey: { key: string } }>(
        graph,
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { message } } }',
        { input: { companyId: rivalCompany, name: 'rival runner', roles: ['COMPANY_ADMIN'] } },
        rival.token,
      )
    ).createApiKey.key;
    // An embed token of Y holding X's runner secret: the report is X's, so none of X's data is Y's to read.
    const embedOfY = await mint(graph, m.people.developer.token, y.customerId, ['READ']);
    const callers: [string, Record<string, string>][] = [
      ['embed token of another customer', { authorization: `Bearer ${embedOfY}` }],
      ['API key of another partner', { authorization: `ApiKey ${rivalKey}` }],
      ['admin of another partner', { authorization: `Bearer ${rival.token}` }],
      ['user of a customer company', { authorization: `Bearer ${m.people.customerUser.token}` }],
      ['staff of another marketplace', { authorization: `Bearer ${other.people.owner.token}` }],
    ];
    const outcomes: [string, string[], boolean][] = [];
    for (const [who, headers] of callers) {
      const res = await graph.gql(REPORT_AND_WALK, { input: { secretKey: x.secretKey, status: 'SUCCEEDED' } }, { headers });
      outcomes.push([who, leaked(res), codesOf(res).every((c) => ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(c))]);
    }
    expect(outcomes).toEqual(callers.map(([who]) => [who, [], true]));
  });

  it('T9: the partner reporting with its own API key reads its customer back', async () => {
    const key = (
      await ok<{ createApiKey: { key: string } }>(
        graph,
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { message } } }',
        { input: { companyId: m.companies.developer, name: 'own runner', roles: ['DEVELOPER'] } },
        m.people.developer.token,
      )
    ).createApiKey.key;
    const res = await graph.gql<{ reportActivity: { event: { app: { endCustomers: { edges: unknown[] } }; endCustomer: { name: string } } } }>(
      REPORT_AND_WALK,
      { input: { keysetId: x.keysetId, status: 'SUCCEEDED' } },
      { headers: { authorization: `ApiKey ${key}` } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.reportActivity.event.endCustomer.name).toBe('Customer nested-x');
    expect(res.data?.reportActivity.event.app.endCustomers.edges).toHaveLength(2);
  });
});

describe('an embed token walks to no other customer', () => {
  const paths = [
    '{ embedSession { endCustomer { apps { edges { node { endCustomers { edges { node { name externalId } } } } } } } } }',
    '{ embedSession { endCustomer { apps { edges { node { keysets { edges { node { publishKey endCustomer { name } } } } } } } } } }',
    '{ embedSession { endCustomer { keysets { edges { node { app { endCustomers { edges { node { name } } } keysets { edges { node { subscribeKey } } } } } } } } } }',
    '{ embedSession { endCustomer { keysets { edges { node { endCustomer { keysets { edges { node { app { endCustomers { totalCount } } } } } } } } } } } }',
    '{ embedSession { endCustomer { installations { edges { node { app { endCustomers { edges { node { name installations { totalCount } } } } } } } } } } }',
    '{ embedSession { endCustomer { installations { edges { node { endCustomer { apps { edges { node { keysets { totalCount } } } } } } } } } } }',
    '{ embedSession { endCustomer { partner { endCustomers { edges { node { name externalId } } } apps { edges { node { name } } } } } } }',
    '{ embedSession { endCustomer { apps { edges { node { partner { endCustomers { edges { node { name } } } } } } } } } }',
    '{ embedSession { endCustomer { apps { edges { node { product { apps { edges { node { endCustomers { totalCount } } } } } } } } } } }',
    '{ embedSession { endCustomer { activity { edges { node { app { endCustomers { edges { node { name } } } keysets { edges { node { publishKey } } } } } } } } } }',
    '{ embedSession { endCustomer { lastActivity { app { endCustomers { edges { node { name } } } } } } } }',
    '{ activity { edges { node { endCustomer { name } app { endCustomers { edges { node { externalId } } } } } } } }',
  ];

  it.each(paths.map((p, i) => [i, p]))('T6, X1: path %i answers FORBIDDEN and no other customer\'s data', async (_i, query) => {
    const embed = await mint(graph, m.people.developer.token, x.customerId, ['READ', 'CONFIGURE']);
    const res = await graph.gql(query, {}, { token: embed });
    const text = JSON.stringify(res.data);
    expect(ySecrets.filter((s) => text.includes(s))).toEqual([]);
    expect(text).not.toContain(y.customerId);
    expect(codesOf(res)).toEqual(['FORBIDDEN']);
  });

  it('T6: its own customer, apps, enabled keysets, installations and activity still answer', async () => {
    const embed = await mint(graph, m.people.developer.token, x.customerId, ['READ']);
    const res = await graph.gql<{ embedSession: { endCustomer: { name: string; installations: { totalCount: number } } } }>(
      `{ embedSession { endCustomer { name externalId apps { edges { node { id name product { id } } } }
          keysets { edges { node { publishKey subscribeKey enabled app { name } endCustomer { id } } } }
          installations { edges { node { configuration app { id } endCustomer { id } } } totalCount }
          activity { edges { node { status app { name } endCustomer { id } } } } lastActivity { id } } } }`,
      {},
      { token: embed },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.embedSession.endCustomer.name).toBe('Customer nested-x');
    expect(res.data?.embedSession.endCustomer.installations.totalCount).toBe(1);
  });
});

describe('partners, customers and staff of elsewhere reach no partner data through nested fields', () => {
  it('X1, T1: another partner, a customer company and another marketplace\'s staff read none of it from a published product or company', async () => {
    const rivalCompany = await createCompany(graph, m.people.owner.token, m.marketplaceId, 'nf Rival Two', ['DEVELOPER'], 'rival2@nf.test');
    const rival = await person(graph, 'rival2@nf.test', rivalCompany);
    const outsider = await invite(graph, other.people.owner.token, other.companies.owner, 'support@ng.test', ['CUSTOMER_SUPPORT']);
    const query = `query($p: ID!) {
      product(id: $p) { id apps { edges { node { name endCustomers { edges { node { name } } } keysets { edges { node { publishKey } } } } } }
        vendor { endCustomers { edges { node { name externalId } } } apps { edges { node { name keysets { edges { node { publishKey } } } } } } } } }`;
    const productId = (await graph.databases.catalog.manager.findOneByOrFail(Product, { name: 'Nested Sync' })).id;
    for (const [who, token] of [
      ['admin of another partner', rival.token],
      ['user of a customer company', m.people.customerUser.token],
      ['support staff of another marketplace', outsider.token],
      ['anonymous on the storefront', null],
    ] as const) {
      const res = await graph.gql(query, { p: productId }, token ? { token } : { headers: { 'x-marketplace': m.slug } });
      expect([who, leaked(res)]).toEqual([who, []]);
      const text = JSON.stringify(res.data);
      expect([who, text.includes('App nested-x')]).toEqual([who, false]);
    }
    // The partner itself reads all of it.
    const own = await graph.gql(query, { p: productId }, { token: m.people.developer.token });
    expect(JSON.stringify(own.data)).toContain(y.name);
    expect(await graph.gql(ACTIVITY_SCAN, { id: y.customerId }, { token: rival.token })).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });
});
