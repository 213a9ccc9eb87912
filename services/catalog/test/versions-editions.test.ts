import type { Actor } from '@marketgraph/authz';
import { newId } from '@marketgraph/db';
import { callInternal } from '@marketgraph/graphql';
import { marketplaceFixture, ok, serviceCredential, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { Edition, ProductVersion } from '../src/entities';
import { CREATE_EDITION, CREATE_VERSION, DEPRECATE, RELEASE, codes, draftProduct, outcome, payloadOf, publishedProduct } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'ver');
});
afterAll(() => graph?.stop());

const SCHEMA = { type: 'object', properties: { apiUrl: { type: 'string', minLength: 1 } }, required: ['apiUrl'], additionalProperties: false };

describe('C5 versions', () => {
  it('C5: versions are semver, unique per product, with a changelog and a configuration schema', async () => {
    const { productId } = await draftProduct(graph, m);
    const token = m.people.developer.token;
    const created = payloadOf<{ version: { id: string; version: string; state: string; configSchema: unknown } }>(
      await graph.gql(CREATE_VERSION, { input: { productId, version: '1.2.0-beta.1', changelog: 'Beta', configSchema: SCHEMA } }, { token }),
    );
    expect(created.version).toMatchObject({ version: '1.2.0-beta.1', state: 'DRAFT', configSchema: SCHEMA });
    const duplicate = payloadOf(await graph.gql(CREATE_VERSION, { input: { productId, version: '1.2.0-beta.1', changelog: 'again', configSchema: SCHEMA } }, { token }));
    expect(duplicate.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'version', rule: 'C5' })]);
    // The same version number is fine on another product.
    const otherProduct = await draftProduct(graph, m);
    expect(outcome(await graph.gql(CREATE_VERSION, { input: { productId: otherProduct.productId, version: '1.2.0-beta.1', changelog: '', configSchema: SCHEMA } }, { token }))).toBe('OK');
    for (const bad of ['1.2', 'v1.0.0', '01.0.0', '1.0.0-', 'latest']) {
      const res = payloadOf(await graph.gql(CREATE_VERSION, { input: { productId, version: bad, changelog: '', configSchema: SCHEMA } }, { token }));
      expect(res.userErrors[0]).toMatchObject({ code: 'INVALID', field: 'version', rule: 'C5' });
    }
    expect(await graph.databases.catalog.manager.count(ProductVersion, { where: { productId } })).toBe(1);
  });

  it('C5: the configuration schema must itself be a valid JSON Schema of an object', async () => {
    const { productId } = await draftProduct(graph, m);
    const token = m.people.developer.token;
    const cases: unknown[] = [
      { type: 'object', properties: { port: { type: 'integr' } } },
      { type: 'object', required: 'apiUrl' },
      { type: 'object', propertees: {} },
      { type: 'string' },
      [1, 2],
    ];
    for (const configSchema of cases) {
      const res = payloadOf(await graph.gql(CREATE_VERSION, { input: { productId, version: '1.0.0', changelog: '', configSchema } }, { token }));
      expect(res.userErrors.length).toBeGreaterThan(0);
      expect(res.userErrors[0]).toMatchObject({ code: 'INVALID', rule: 'C5', field: expect.stringMatching(/^configSchema/) });
    }
    expect(await graph.databases.catalog.manager.count(ProductVersion, { where: { productId } })).toBe(0);
  });

  it('C5: DRAFT -> RELEASED -> DEPRECATED; drafts are the vendor\'s; tenancy reads the facts of a version', async () => {
    const { productId } = await publishedProduct(graph, m);
    const token = m.people.developer.token;
    const created = payloadOf<{ version: { id: string } }>(
      await graph.gql(CREATE_VERSION, { input: { productId, version: '2.0.0', changelog: 'Major', configSchema: SCHEMA } }, { token }),
    );
    const id = created.version.id;
    const VERSION = 'query($id: ID!) { productVersion(id: $id) { id state } product(id: "' + productId + '") { versions { totalCount } } }';
    const asBuyer = async () => (await graph.gql<{ productVersion: { state: string } | null; product: { versions: { totalCount: number } } }>(VERSION, { id }, { token: m.people.customerAdmin.token })).data;
    expect(await asBuyer()).toEqual({ productVersion: null, product: { versions: { totalCount: 0 } } });
    expect(outcome(await graph.gql(DEPRECATE, { id }, { token }))).toBe('ILLEGAL_TRANSITION');
    expect(outcome(await graph.gql(RELEASE, { id }, { token: m.people.customerAdmin.token }))).toBe('NOT_FOUND');
    expect(outcome(await graph.gql(RELEASE, { id }, { token: m.people.owner.token }))).toBe('FORBIDDEN');
    expect(outcome(await graph.gql(RELEASE, { id }, { token }))).toBe('OK');
    expect(await asBuyer()).toEqual({ productVersion: { id, state: 'RELEASED' }, product: { versions: { totalCount: 1 } } });
    const facts = await callInternal(
      { url: graph.subgraphUrls.catalog, service: 'catalog', credential: serviceCredential('tenancy'), timeoutMs: 5000 },
      'product-version',
      { versionId: id },
    );
    expect(facts).toEqual({
      id,
      productId,
      vendorCompanyId: m.companies.developer,
      marketplaceId: m.marketplaceId,
      version: '2.0.0',
      state: 'RELEASED',
      configSchema: SCHEMA,
    });
    const again = payloadOf(await graph.gql(RELEASE, { id }, { token }));
    expect(again.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('RELEASED') });
    expect(outcome(await graph.gql(DEPRECATE, { id }, { token }))).toBe('OK');
  });

  it('C5: an end customer of the vendor reads the released versions of its partner\'s integration, listed or not (T8)', async () => {
    const { productId } = await draftProduct(graph, m);
    const token = m.people.developer.token;
    const created = payloadOf<{ version: { id: string } }>(
      await graph.gql(CREATE_VERSION, { input: { productId, version: '0.9.0', changelog: 'Private', configSchema: SCHEMA } }, { token }),
    );
    const id = created.version.id;
    const tenant = (partnerCompanyId: string): Actor => ({
      kind: 'endCustomer',
      marketplaceId: m.marketplaceId,
      partnerCompanyId,
      endCustomerId: newId(),
      permissions: ['READ'],
      tokenId: newId(),
    });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVersion { version state configSchema product { id state } } } }`;
    const read = async (actor: Actor) =>
      (await graph.subgraph<{ _entities: unknown[] }>('catalog', query, { r: [{ __typename: 'ProductVersion', id }] }, actor)).data?._entities[0] ?? null;
    expect(await read(tenant(m.companies.developer))).toBeNull();
    await ok(graph, RELEASE, { id }, token);
    expect(await read(tenant(m.companies.developer))).toEqual({ version: '0.9.0', state: 'RELEASED', configSchema: SCHEMA, product: { id: productId, state: 'DRAFT' } });
    expect(await read(tenant(m.companies.customer))).toBeNull();
  });
});

describe('C6 editions', () => {
  it('C6: prices are integer minor units of an ISO 4217 currency, with a billing period', async () => {
    const { productId } = await draftProduct(graph, m);
    const token = m.people.developer.token;
    const input = { productId, name: 'Pro', priceMinor: 12_345, currency: 'jpy', billingPeriod: 'YEARLY' };
    const created = payloadOf<{ edition: { price: { amountMinor: number; currency: string }; billingPeriod: string } }>(
      await graph.gql(CREATE_EDITION, { input }, { token }),
    );
    expect(created.edition).toMatchObject({ price: { amountMinor: 12_345, currency: 'JPY' }, billingPeriod: 'YEARLY' });
    const row = await graph.databases.catalog.manager.findOneOrFail(Edition, { where: { productId, name: 'Pro' } });
    expect(row.priceMinor).toBe(12_345);
    expect(Number.isInteger(row.priceMinor)).toBe(true);

    const negative = payloadOf(await graph.gql(CREATE_EDITION, { input: { ...input, name: 'Neg', priceMinor: -1 } }, { token }));
    expect(negative.userErrors[0]).toMatchObject({ code: 'INVALID', field: 'priceMinor', rule: 'C6' });
    const unknown = payloadOf(await graph.gql(CREATE_EDITION, { input: { ...input, name: 'Fake', currency: 'XYZ' } }, { token }));
    expect(unknown.userErrors[0]).toMatchObject({ code: 'INVALID', field: 'currency', rule: 'C6' });
    // A fractional price never reaches the service: Int refuses it.
    const fractional = await graph.gql(CREATE_EDITION, { input: { ...input, name: 'Frac', priceMinor: 9.99 } }, { token });
    expect(fractional.data).toBeNull();
    expect(codes(fractional)[0]).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    const period = await graph.gql(CREATE_EDITION, { input: { ...input, name: 'Weekly', billingPeriod: 'WEEKLY' } }, { token });
    expect(period.data).toBeNull();
    const duplicate = payloadOf(await graph.gql(CREATE_EDITION, { input }, { token }));
    expect(duplicate.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: 'name' });
    // The draft's Standard edition and Pro; nothing of the refused ones.
    expect(await graph.databases.catalog.manager.count(Edition, { where: { productId } })).toBe(2);
    expect(outcome(await graph.gql(CREATE_EDITION, { input: { ...input, name: 'Other' } }, { token: m.people.customerAdmin.token }))).toBe('NOT_FOUND');
  });

  it('C6: editions appear with their product, for buyers too', async () => {
    const { productId } = await publishedProduct(graph, m, { edition: { priceMinor: 990, currency: 'USD' } });
    const res = await ok<{ product: { editions: { totalCount: number; edges: { node: { price: { amountMinor: number; currency: string }; billingPeriod: string } }[] } } }>(
      graph,
      'query($id: ID!) { product(id: $id) { editions { totalCount edges { node { price { amountMinor currency } billingPeriod } } } } }',
      { id: productId },
      m.people.customerUser.token,
    );
    expect(res.product.editions).toEqual({ totalCount: 1, edges: [{ node: { price: { amountMinor: 990, currency: 'USD' }, billingPeriod: 'MONTHLY' } }] });
  });
});
