import { invite, marketplaceFixture, ok, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { KeysetAssignment } from '../src/entities';
import {
  ASSIGN_APP,
  ASSIGN_KEYSET,
  CREATE_APP,
  CREATE_CUSTOMER,
  CREATE_KEYSET,
  DISABLE_KEYSET,
  ENABLE_KEYSET,
  UNASSIGN_APP,
  UNASSIGN_KEYSET,
  UPDATE_CUSTOMER,
  activeCustomer,
  codes,
  createApp,
  createCustomer,
  createKeyset,
  createProduct,
  payloadOf,
} from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'a');
  other = await marketplaceFixture(graph, 'b');
});
afterAll(() => graph?.stop());

const CUSTOMER = `query($id: ID, $partner: ID, $ext: String) {
  endCustomer(id: $id, partnerCompanyId: $partner, externalId: $ext) { id name externalId partner { id name } }
}`;

describe('end customers', () => {
  it('T1: admins and developers of a DEVELOPER company manage customers; a plain customer company is no partner', async () => {
    const byAdmin = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId: m.companies.developer, name: 'Acme Ltd', externalId: 'acme-1' } }, { token: m.people.devAdmin.token });
    expect(payloadOf(byAdmin.data).userErrors).toEqual([]);
    const notPartner = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId: m.companies.customer, name: 'X', externalId: 'x' } }, { token: m.people.customerAdmin.token });
    expect(payloadOf(notPartner.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'T1' }]);
    // A plain USER of a partner may not manage its customers.
    const plainUser = await invite(graph, m.people.devAdmin.token, m.companies.developer, 'plain@a.test', []);
    const refused = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId: m.companies.developer, name: 'Y', externalId: 'y' } }, { token: plainUser.token });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
  });

  it('T1: MARKETPLACE_MANAGER and CUSTOMER_SUPPORT see every partner\'s tenants; other companies do not', async () => {
    const id = await createCustomer(graph, m.people.developer.token, m.companies.developer, 'Seen By Staff', 'staff-1');
    const support = await invite(graph, m.people.owner.token, m.companies.owner, 'support@a.test', ['CUSTOMER_SUPPORT']);
    for (const token of [m.people.owner.token, support.token, m.people.devAdmin.token]) {
      const res = await graph.gql(CUSTOMER, { id }, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data).toMatchObject({ endCustomer: { id, partner: { id: m.companies.developer } } });
    }
    const productSupport = await invite(graph, m.people.owner.token, m.companies.owner, 'ps@a.test', ['PRODUCT_SUPPORT']);
    expect(codes(await graph.gql(CUSTOMER, { id }, { token: productSupport.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await graph.gql(CUSTOMER, { id }, { token: m.people.customerAdmin.token }))).toEqual(['NOT_FOUND']);
    // Staff cannot write on the partner's behalf.
    const write = await graph.gql(UPDATE_CUSTOMER, { input: { endCustomerId: id, name: 'Renamed' } }, { token: m.people.owner.token });
    expect(codes(write)).toEqual(['FORBIDDEN']);
  });

  it('T2: name and external ID are unique per partner in any letter case, and external IDs are checked', async () => {
    const token = m.people.developer.token;
    const partnerCompanyId = m.companies.developer;
    await createCustomer(graph, token, partnerCompanyId, 'Globex', 'globex-001');
    const sameName = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId, name: 'GLOBEX', externalId: 'other' } }, { token });
    expect(payloadOf(sameName.data).userErrors).toMatchObject([{ field: 'name', code: 'CONFLICT', rule: 'T2' }]);
    const sameExternal = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId, name: 'Globex 2', externalId: 'GLOBEX-001' } }, { token });
    expect(payloadOf(sameExternal.data).userErrors).toMatchObject([{ field: 'externalId', code: 'CONFLICT', rule: 'T2' }]);
    for (const externalId of ['has space', 'slash/no', '', 'x'.repeat(256), 'ümlaut']) {
      const bad = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId, name: `Bad ${externalId.length}`, externalId } }, { token });
      expect(payloadOf(bad.data).userErrors).toMatchObject([{ field: 'externalId', code: 'INVALID', rule: 'T2' }]);
    }
    const longest = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId, name: 'Longest', externalId: 'a_B-9'.repeat(51) } }, { token });
    expect(payloadOf(longest.data).userErrors).toEqual([]);
    // Another partner may reuse both.
    const elsewhere = await graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId: other.companies.developer, name: 'Globex', externalId: 'globex-001' } }, { token: other.people.developer.token });
    expect(payloadOf(elsewhere.data).userErrors).toEqual([]);
    const count = await graph.databases.tenancy.manager.query('SELECT COUNT(*) AS n FROM end_customer WHERE name_key = ?', ['globex']);
    expect(Number((count as { n: number }[])[0]?.n)).toBe(2);
  });

  it('T2: the external ID cannot change once saved; the name can', async () => {
    const token = m.people.developer.token;
    const id = await createCustomer(graph, token, m.companies.developer, 'Initech', 'initech-002');
    const changed = await graph.gql(UPDATE_CUSTOMER, { input: { endCustomerId: id, name: 'Initech', externalId: 'initech-003' } }, { token });
    expect(payloadOf(changed.data).userErrors).toMatchObject([{ field: 'externalId', code: 'RULE_VIOLATION', rule: 'T2' }]);
    const renamed = await ok<{ updateEndCustomer: { endCustomer: { name: string; externalId: string } } }>(
      graph,
      UPDATE_CUSTOMER,
      { input: { endCustomerId: id, name: 'Initech Corp', externalId: 'initech-002' } },
      token,
    );
    expect(renamed.updateEndCustomer.endCustomer).toEqual({ id, name: 'Initech Corp', externalId: 'initech-002' });
  });

  it('T2: a customer is found by ID or by external ID in any case; there is no way to delete one', async () => {
    const token = m.people.developer.token;
    const id = await createCustomer(graph, token, m.companies.developer, 'Umbrella', 'Umbrella-003');
    const byExternal = await graph.gql(CUSTOMER, { partner: m.companies.developer, ext: 'umbrella-003' }, { token });
    expect(byExternal.data).toMatchObject({ endCustomer: { id, externalId: 'Umbrella-003' } });
    const mutations = await graph.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>('{ __schema { mutationType { fields { name } } } }', {}, { token });
    const names = mutations.data?.__schema.mutationType.fields.map((f) => f.name) ?? [];
    expect(names).toContain('createEndCustomer');
    expect(names.filter((n) => /delete|remove/i.test(n) && /endCustomer/i.test(n))).toEqual([]);
    // Nothing cascades a customer away: the rows hanging off it hold it in place.
    const appId = await createApp(graph, token, m.companies.developer, 'Umbrella App');
    await ok(graph, ASSIGN_APP, { input: { endCustomerId: id, appId } }, token);
    await expect(graph.databases.tenancy.manager.query('DELETE FROM end_customer WHERE id = ?', [id])).rejects.toThrow();
  });

  it("X3: a partner reaching another partner's customer answers NOT_FOUND, also by external ID", async () => {
    const id = await createCustomer(graph, m.people.developer.token, m.companies.developer, 'Private', 'private-1');
    for (const token of [other.people.developer.token, other.people.owner.token]) {
      expect(codes(await graph.gql(CUSTOMER, { id }, { token }))).toEqual(['NOT_FOUND']);
      expect(codes(await graph.gql(CUSTOMER, { partner: m.companies.developer, ext: 'private-1' }, { token }))).toEqual(['NOT_FOUND']);
      const rename = await graph.gql(UPDATE_CUSTOMER, { input: { endCustomerId: id, name: 'Stolen' } }, { token });
      expect(codes(rename)).toEqual(['NOT_FOUND']);
    }
  });
});

describe('entity references', () => {
  it("X1: _entities resolves an end customer only for callers who may see it", async () => {
    const id = await createCustomer(graph, m.people.developer.token, m.companies.developer, 'Referenced', 'referenced-1');
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on EndCustomer { id name } } }';
    const r = [{ __typename: 'EndCustomer', id }];
    const grant = (f: MarketplaceFixture, companyId: string) => ({
      membershipId: null,
      companyId,
      marketplaceId: f.marketplaceId,
      accessTypes: ['ACCOUNT' as const, 'DEVELOPER' as const],
      roles: ['USER' as const, 'DEVELOPER' as const],
      managedCompanyIds: [],
    });
    const own = await graph.subgraph('tenancy', query, { r }, { kind: 'user', userId: 'u1', email: 'dev@a.test', platformOperator: false, grants: [grant(m, m.companies.developer)] });
    expect(own.data).toEqual({ _entities: [{ id, name: 'Referenced' }] });
    const foreign = await graph.subgraph('tenancy', query, { r }, { kind: 'user', userId: 'u2', email: 'dev@b.test', platformOperator: false, grants: [grant(other, other.companies.developer)] });
    expect(foreign.data).toEqual({ _entities: [null] });
    const anonymous = await graph.subgraph('tenancy', query, { r }, { kind: 'anonymous', marketplaceId: m.marketplaceId });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const unsigned = await graph.subgraph('tenancy', query, { r }, null);
    expect(unsigned.status).toBe(401);
  });
});

describe('apps and keysets', () => {
  it('T3: an app links only to its own partner\'s product and lists the customers it is assigned to', async () => {
    const token = m.people.developer.token;
    const productId = await createProduct(graph, m, 'Sync Engine');
    const appId = await createApp(graph, token, m.companies.developer, 'Sync', productId);
    const foreignProduct = await createProduct(graph, other, 'Foreign');
    const foreign = await graph.gql(CREATE_APP, { input: { partnerCompanyId: m.companies.developer, name: 'Foreign', productId: foreignProduct } }, { token });
    expect(payloadOf(foreign.data).userErrors).toMatchObject([{ field: 'productId', code: 'NOT_FOUND' }]);
    const ownerProduct = await ok<{ createProduct: { product: { id: string } } }>(
      graph,
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }',
      { input: { vendorCompanyId: m.companies.owner, name: 'Owner Product' } },
      m.people.owner.token,
    ).catch(() => null);
    if (ownerProduct) {
      const notOwn = await graph.gql(CREATE_APP, { input: { partnerCompanyId: m.companies.developer, name: 'Not own', productId: ownerProduct.createProduct.product.id } }, { token });
      expect(payloadOf(notOwn.data).userErrors).toMatchObject([{ field: 'productId', code: 'RULE_VIOLATION', rule: 'T3' }]);
    }
    const c1 = await createCustomer(graph, token, m.companies.developer, 'Holder One', 'holder-1');
    const c2 = await createCustomer(graph, token, m.companies.developer, 'Holder Two', 'holder-2');
    for (const endCustomerId of [c1, c2]) await ok(graph, ASSIGN_APP, { input: { endCustomerId, appId } }, token);
    const again = await graph.gql(ASSIGN_APP, { input: { endCustomerId: c1, appId } }, { token });
    expect(payloadOf(again.data).userErrors).toMatchObject([{ code: 'CONFLICT' }]);
    const res = await graph.gql(
      `query($id: ID!) { app(id: $id) { name product { id name } endCustomers { totalCount edges { node { id } } } } }`,
      { id: appId },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      app: { name: 'Sync', product: { id: productId, name: 'Sync Engine' }, endCustomers: { totalCount: 2, edges: [{ node: { id: c1 } }, { node: { id: c2 } }] } },
    });
    const productApps = await graph.gql(`query($id: ID!) { product(id: $id) { apps { edges { node { id } } } } }`, { id: productId }, { token });
    expect(productApps.data).toEqual({ product: { apps: { edges: [{ node: { id: appId } }] } } });
    const companyApps = await graph.gql(`query($id: ID!) { company(id: $id) { apps { totalCount } } }`, { id: m.companies.developer }, { token });
    expect(companyApps.data).toMatchObject({ company: { apps: { totalCount: expect.any(Number) } } });
  });

  it('T4: keysets carry generated keys and a secret shown once, stored hashed', async () => {
    const token = m.people.developer.token;
    const appId = await createApp(graph, token, m.companies.developer, 'Keys App');
    const first = await ok<{ createKeyset: { keyset: { id: string; publishKey: string; subscribeKey: string; secretKeyPrefix: string }; secretKey: string } }>(
      graph,
      CREATE_KEYSET,
      { input: { appId, name: 'Production' } },
      token,
    );
    const second = await createKeyset(graph, token, appId, 'Staging');
    const k = first.createKeyset;
    expect(k.keyset.publishKey).toMatch(/^pub-c-[A-Za-z0-9_-]{32}$/);
    expect(k.keyset.subscribeKey).toMatch(/^sub-c-[A-Za-z0-9_-]{32}$/);
    expect(k.secretKey).toMatch(/^sec-c-[A-Za-z0-9_-]{32}$/);
    expect(k.secretKey.startsWith(k.keyset.secretKeyPrefix)).toBe(true);
    expect(second.secretKey).not.toBe(k.secretKey);
    const stored = JSON.stringify(await graph.databases.tenancy.manager.query('SELECT * FROM keyset WHERE id = ?', [k.keyset.id]));
    expect(stored).not.toContain(k.secretKey);
    const schema = await graph.gql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Keyset") { fields { name } } }', {}, { token });
    expect(schema.data?.__type.fields.map((f) => f.name)).not.toContain('secretKey');
  });

  it('T4: a keyset is assigned only to a customer that holds its app', async () => {
    const token = m.people.developer.token;
    const appId = await createApp(graph, token, m.companies.developer, 'Held App');
    const keyset = await createKeyset(graph, token, appId, 'K');
    const customer = await createCustomer(graph, token, m.companies.developer, 'Lacks App', 'lacks-app');
    const refused = await graph.gql(ASSIGN_KEYSET, { input: { keysetId: keyset.id, endCustomerId: customer } }, { token });
    expect(payloadOf(refused.data).userErrors).toMatchObject([{ field: 'endCustomerId', code: 'RULE_VIOLATION', rule: 'T4' }]);
    await ok(graph, ASSIGN_APP, { input: { endCustomerId: customer, appId } }, token);
    await ok(graph, ASSIGN_KEYSET, { input: { keysetId: keyset.id, endCustomerId: customer } }, token);
    // The app cannot be taken away while the keyset hangs off it.
    const unassignApp = await graph.gql(UNASSIGN_APP, { input: { endCustomerId: customer, appId } }, { token });
    expect(payloadOf(unassignApp.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'T4' }]);
    await ok(graph, UNASSIGN_KEYSET, { input: { keysetId: keyset.id } }, token);
    await ok(graph, UNASSIGN_APP, { input: { endCustomerId: customer, appId } }, token);
  });

  it('T4: concurrent assignments of one keyset: exactly one wins, the rest get CONFLICT, the database holds one', async () => {
    const token = m.people.developer.token;
    const appId = await createApp(graph, token, m.companies.developer, 'Race App');
    const keyset = await createKeyset(graph, token, appId, 'Contested');
    const customers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = await createCustomer(graph, token, m.companies.developer, `Racer ${i}`, `racer-${i}`);
      await ok(graph, ASSIGN_APP, { input: { endCustomerId: id, appId } }, token);
      customers.push(id);
    }
    const results = await Promise.all(
      customers.map((endCustomerId) => graph.gql(ASSIGN_KEYSET, { input: { keysetId: keyset.id, endCustomerId } }, { token })),
    );
    const errors = results.map((r) => payloadOf(r.data).userErrors);
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(errors.filter((e) => e.length > 0).map((e) => [e[0]?.code, e[0]?.rule])).toEqual(Array(5).fill(['CONFLICT', 'T4']));
    const rows = await graph.databases.tenancy.manager.find(KeysetAssignment, { where: { keysetId: keyset.id } });
    expect(rows).toHaveLength(1);
    const winner = customers[errors.findIndex((e) => e.length === 0)];
    expect(rows[0]?.endCustomerId).toBe(winner);
  });

  it('T4: a customer may hold many apps and keysets', async () => {
    const token = m.people.developer.token;
    const customer = await createCustomer(graph, token, m.companies.developer, 'Many', 'many-1');
    for (const name of ['Many A', 'Many B']) {
      const appId = await createApp(graph, token, m.companies.developer, name);
      await ok(graph, ASSIGN_APP, { input: { endCustomerId: customer, appId } }, token);
      for (const k of ['1', '2']) {
        const keyset = await createKeyset(graph, token, appId, `${name} ${k}`);
        await ok(graph, ASSIGN_KEYSET, { input: { keysetId: keyset.id, endCustomerId: customer } }, token);
      }
    }
    const res = await graph.gql(`query($id: ID!) { endCustomer(id: $id) { apps { totalCount } keysets { totalCount } active } }`, { id: customer }, { token });
    expect(res.data).toEqual({ endCustomer: { apps: { totalCount: 2 }, keysets: { totalCount: 4 }, active: true } });
  });

  it('T5: a customer whose keysets are all disabled has no access; enabling one restores it', async () => {
    const token = m.people.developer.token;
    const setup = await activeCustomer(graph, m, 't5');
    const second = await createKeyset(graph, token, setup.appId, 'Second');
    await ok(graph, ASSIGN_KEYSET, { input: { keysetId: second.id, endCustomerId: setup.customerId } }, token);
    const active = async (): Promise<boolean> =>
      ((await graph.gql<{ endCustomer: { active: boolean } }>(`query($id: ID!) { endCustomer(id: $id) { active } }`, { id: setup.customerId }, { token })).data
        ?.endCustomer.active ?? null) as boolean;
    await ok(graph, DISABLE_KEYSET, { input: { keysetId: setup.keysetId } }, token);
    expect(await active()).toBe(true);
    await ok(graph, DISABLE_KEYSET, { input: { keysetId: second.id } }, token);
    expect(await active()).toBe(false);
    const twice = await graph.gql(DISABLE_KEYSET, { input: { keysetId: second.id } }, { token });
    expect(payloadOf(twice.data).userErrors).toMatchObject([{ code: 'ILLEGAL_TRANSITION', rule: 'T5' }]);
    await ok(graph, ENABLE_KEYSET, { input: { keysetId: second.id } }, token);
    expect(await active()).toBe(true);
  });
});
