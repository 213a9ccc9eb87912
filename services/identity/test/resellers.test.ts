import { invite, marketplaceFixture, startGraph, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { CREATE_COMPANY, GRANT, codes, payloadOf } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let resellerManager: Person;
let reseller: Person;

const LINK = `mutation($r: ID!, $c: ID!) { addResellerCustomer(resellerCompanyId: $r, customerCompanyId: $c) { company { id } userErrors { field code message rule } } }`;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph);
  resellerManager = await invite(graph, m.people.owner.token, m.companies.owner, 'rm@m.test', ['RESELLER_MANAGER']);
  reseller = await invite(graph, m.people.resellerAdmin.token, m.companies.reseller, 'seller@m.test', ['RESELLER']);
});
afterAll(() => graph?.stop());

describe('reseller customers', () => {
  it('I12: a RESELLER_MANAGER links a reseller to a customer company; others may not', async () => {
    const refused = await graph.gql(LINK, { r: m.companies.reseller, c: m.companies.customer }, { token: m.people.resellerAdmin.token });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const notReseller = await graph.gql(LINK, { r: m.companies.developer, c: m.companies.customer }, { token: resellerManager.token });
    expect(payloadOf(notReseller.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'I12' }]);
    const linked = await graph.gql(LINK, { r: m.companies.reseller, c: m.companies.customer }, { token: resellerManager.token });
    expect(payloadOf(linked.data).userErrors).toEqual([]);
    const twice = await graph.gql(LINK, { r: m.companies.reseller, c: m.companies.customer }, { token: resellerManager.token });
    expect(payloadOf(twice.data).userErrors).toMatchObject([{ code: 'CONFLICT' }]);
  });

  it('I12: the reseller sees and manages the companies it manages, and nothing else', async () => {
    const token = reseller.token;
    const managed = await graph.gql<{ company: { managedCustomers: { edges: { node: { id: string; name: string } }[] } } }>(
      'query($id: ID!) { company(id: $id) { managedCustomers { edges { node { id name } } } } }',
      { id: m.companies.reseller },
      { token },
    );
    expect(managed.data?.company.managedCustomers.edges.map((e) => e.node.id)).toEqual([m.companies.customer]);
    const customer = await graph.gql('query($id: ID!) { company(id: $id) { name resellers { id } } }', { id: m.companies.customer }, { token });
    expect(customer.data).toEqual({ company: { name: 'm Customer', resellers: [{ id: m.companies.reseller }] } });
    const unrelated = await graph.gql('query($id: ID!) { company(id: $id) { name } }', { id: m.companies.developer }, { token });
    expect(codes(unrelated)).toEqual(['NOT_FOUND']);
  });

  it('I12: a reseller creates customer companies, which it then manages; only plain ACCOUNT ones', async () => {
    const token = reseller.token;
    const input = (name: string, accessTypes: string[]) => ({
      input: { marketplaceId: m.marketplaceId, name, accessTypes, resellerCompanyId: m.companies.reseller, firstAdmin: { email: `${name.replace(/\W/g, '')}@c.test`, name } },
    });
    const created = await graph.gql(CREATE_COMPANY, input('Resold Co', []), { token });
    const company = payloadOf<{ company: { id: string } }>(created.data).company;
    expect(company).toEqual(expect.objectContaining({ id: expect.any(String) }));
    const developer = await graph.gql(CREATE_COMPANY, input('Resold Dev', ['DEVELOPER']), { token });
    expect(payloadOf(developer.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', field: 'accessTypes' }]);
    const other = await graph.gql(CREATE_COMPANY, { input: { ...input('Stolen', []).input, resellerCompanyId: m.companies.developer } }, { token });
    expect(codes(other)).toEqual(['FORBIDDEN']);
    const visible = await graph.gql('query($id: ID!) { company(id: $id) { name } }', { id: company.id }, { token });
    expect(visible.data).toEqual({ company: { name: 'Resold Co' } });
  });

  it('I12: a RESELLER_MANAGER sees every reseller and referral company of the marketplace', async () => {
    const res = await graph.gql<{ companies: { edges: { node: { id: string } }[] } }>(
      'query($m: ID!) { companies(marketplaceId: $m, accessType: RESELLER) { edges { node { id } } } }',
      { m: m.marketplaceId },
      { token: resellerManager.token },
    );
    expect(res.data?.companies.edges.map((e) => e.node.id)).toEqual([m.companies.reseller]);
    const resellers = await graph.gql('query($id: ID!) { company(id: $id) { members { totalCount } } }', { id: m.companies.reseller }, { token: resellerManager.token });
    expect(resellers.data).toEqual({ company: { members: { totalCount: 2 } } });
  });
});

describe('viewer', () => {
  it('I13: viewer returns the caller, its memberships and the permissions each grants', async () => {
    const res = await graph.gql<{ viewer: Record<string, unknown> }>(
      `{ viewer { kind isPlatformOperator user { email } memberships { roles permissions company { id } } } }`,
      {},
      { token: m.people.owner.token },
    );
    expect(res.data?.viewer).toEqual({
      kind: 'USER',
      isPlatformOperator: false,
      user: { email: 'owner@m.test' },
      memberships: [
        {
          roles: ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN', 'MARKETPLACE_MANAGER'],
          permissions: expect.arrayContaining(['MANAGE_MEMBERS', 'REVIEW_PRODUCTS', 'READ_REPORTS', 'MANAGE_COMPANIES', 'BUY_PRODUCTS']),
          company: { id: m.companies.owner },
        },
      ],
    });
    const plain = await graph.gql<{ viewer: { memberships: { permissions: string[] }[] } }>('{ viewer { memberships { permissions } } }', {}, { token: m.people.customerUser.token });
    expect(plain.data?.viewer.memberships).toEqual([{ permissions: ['VIEW_COMPANY', 'REQUEST_PURCHASE'] }]);
  });

  it('I13: permissions follow role changes on the next request', async () => {
    await graph.gql(GRANT, { input: { membershipId: m.people.customerUser.membershipId, roles: ['BILLING_ADMIN'] } }, { token: m.people.customerAdmin.token });
    const after = await graph.gql<{ viewer: { memberships: { permissions: string[] }[] } }>('{ viewer { memberships { permissions } } }', {}, { token: m.people.customerUser.token });
    expect(after.data?.viewer.memberships[0]?.permissions).toEqual(['VIEW_COMPANY', 'MANAGE_BILLING', 'BUY_PRODUCTS', 'REQUEST_PURCHASE']);
  });

  it('I13: the platform operator is told so, and an anonymous caller must sign in', async () => {
    const op = await graph.gql('{ viewer { isPlatformOperator memberships { id } } }', {}, { token: m.operatorToken });
    expect(op.data).toEqual({ viewer: { isPlatformOperator: true, memberships: [] } });
    const anonymous = await graph.gql('{ viewer { kind } }');
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
