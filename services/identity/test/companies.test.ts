import { createCompany, invite, inviteExisting, marketplaceFixture, startGraph, type MarketplaceFixture, type TestGraph, PASSWORD } from '@marketgraph/testing';
import { CREATE_COMPANY, GRANT, REVOKE, codes, payloadOf } from './helpers';

let graph: TestGraph;
let a: MarketplaceFixture;
let b: MarketplaceFixture;

beforeAll(async () => {
  graph = await startGraph();
  a = await marketplaceFixture(graph, 'a');
  b = await marketplaceFixture(graph, 'b');
});
afterAll(() => graph?.stop());

const newCompany = (marketplaceId: string, name: string, accessTypes: string[], email: string) => ({
  input: { marketplaceId, name, accessTypes, firstAdmin: { email } },
});

describe('marketplaces', () => {
  it('I1: members of one marketplace see nothing of another; the operator sees every marketplace', async () => {
    const foreign = await graph.gql('query($id: ID!) { company(id: $id) { name } }', { id: b.companies.developer }, { token: a.people.owner.token });
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(foreign.data?.['company']).toBeNull();

    const list = await graph.gql<{ marketplaces: { edges: { node: { slug: string } }[] } }>(
      '{ marketplaces { edges { node { slug } } } }',
      {},
      { token: a.people.owner.token },
    );
    expect(list.data?.marketplaces.edges.map((e) => e.node.slug)).toEqual(['a-market']);

    const companies = await graph.gql('query($m: ID!) { companies(marketplaceId: $m) { totalCount } }', { m: b.marketplaceId }, { token: a.people.owner.token });
    expect(codes(companies)).toEqual(['NOT_FOUND']);

    const all = await graph.gql<{ marketplaces: { totalCount: number } }>('{ marketplaces { totalCount } }', {}, { token: a.operatorToken });
    expect(all.data?.marketplaces.totalCount).toBe(2);
  });

  it('I1: a marketplace has exactly one owner company, the only one with MARKETPLACE access', async () => {
    const res = await graph.gql<{ companies: { edges: { node: { id: string; isOwner: boolean; accessTypes: string[] } }[] } }>(
      'query($m: ID!) { companies(marketplaceId: $m, accessType: MARKETPLACE) { edges { node { id isOwner accessTypes } } } }',
      { m: a.marketplaceId },
      { token: a.people.owner.token },
    );
    expect(res.data?.companies.edges.map((e) => e.node)).toEqual([{ id: a.companies.owner, isOwner: true, accessTypes: ['ACCOUNT', 'MARKETPLACE'] }]);
    const duplicateSlug = await graph.gql(
      `mutation($input: CreateMarketplaceInput!) { createMarketplace(input: $input) { marketplace { id } userErrors { field code } } }`,
      { input: { name: 'Again', slug: 'a-market', ownerCompanyName: 'X', ownerAdmin: { email: 'x@x.test' } } },
      { token: a.operatorToken },
    );
    expect(payloadOf(duplicateSlug.data).userErrors).toEqual([{ field: 'slug', code: 'CONFLICT' }]);
  });

  it('I1: only the platform operator creates marketplaces', async () => {
    const res = await graph.gql(
      `mutation($input: CreateMarketplaceInput!) { createMarketplace(input: $input) { marketplace { id } } }`,
      { input: { name: 'Mine', slug: 'mine', ownerCompanyName: 'Mine', ownerAdmin: { email: 'm@m.test', name: 'M', password: PASSWORD } } },
      { token: a.people.owner.token },
    );
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });
});

describe('company access and names', () => {
  it('I2: ACCOUNT is always held; MARKETPLACE is the owner\'s only; RESELLER and REFERRAL exclude each other', async () => {
    const plain = await graph.gql(CREATE_COMPANY, newCompany(a.marketplaceId, 'Plain Co', [], 'plain@a.test'), { token: a.people.owner.token });
    expect(payloadOf<{ company: { accessTypes: string[] } }>(plain.data).company.accessTypes).toEqual(['ACCOUNT']);

    const both = await graph.gql(CREATE_COMPANY, newCompany(a.marketplaceId, 'Both Co', ['RESELLER', 'REFERRAL'], 'both@a.test'), {
      token: a.people.owner.token,
    });
    expect(payloadOf(both.data).userErrors).toEqual([
      { field: 'accessTypes', code: 'RULE_VIOLATION', rule: 'I2', message: 'Access types RESELLER and REFERRAL cannot be combined' },
    ]);
    const market = await graph.gql(CREATE_COMPANY, newCompany(a.marketplaceId, 'Market Co', ['MARKETPLACE'], 'mk@a.test'), {
      token: a.people.owner.token,
    });
    expect(payloadOf(market.data).userErrors[0]).toMatchObject({ field: 'accessTypes', code: 'RULE_VIOLATION', rule: 'I2' });
  });

  it('I2: company names are unique within a marketplace in any letter case, and free across marketplaces', async () => {
    const dup = await graph.gql(CREATE_COMPANY, newCompany(a.marketplaceId, '  A   DEVS ', [], 'dup@a.test'), { token: a.people.owner.token });
    expect(payloadOf(dup.data).userErrors).toEqual([
      { field: 'name', code: 'CONFLICT', rule: 'I2', message: 'A company named "A DEVS" already exists in this marketplace' },
    ]);
    // Nothing half-written: no invitation for the would-be admin either.
    const rows = await graph.databases.identity.dataSource.query('SELECT COUNT(*) AS n FROM invitation WHERE email = ?', ['dup@a.test']);
    expect(Number(rows[0].n)).toBe(0);
    const elsewhere = await graph.gql(CREATE_COMPANY, newCompany(b.marketplaceId, 'a devs', [], 'dup2@b.test'), { token: b.people.owner.token });
    expect(payloadOf(elsewhere.data).userErrors).toEqual([]);
  });

  it('I2: two concurrent creations of one name end with one company and one CONFLICT', async () => {
    const results = await Promise.all(
      [1, 2, 3].map((i) => graph.gql(CREATE_COMPANY, newCompany(a.marketplaceId, 'Racing Co', [], `race${i}@a.test`), { token: a.people.owner.token })),
    );
    const errors = results.map((r) => payloadOf(r.data).userErrors.map((e) => e.code));
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(errors.filter((e) => e[0] === 'CONFLICT')).toHaveLength(2);
  });
});

describe('company creation', () => {
  it('I3: creating a company makes its first user COMPANY_ADMIN with BILLING_ADMIN and USER, in one transaction', async () => {
    const id = await createCompany(graph, a.people.owner.token, a.marketplaceId, 'Fresh Co', ['DEVELOPER'], 'fresh@a.test');
    const token = await graph.login('fresh@a.test', PASSWORD);
    const viewer = await graph.gql<{ viewer: { memberships: { roles: string[]; company: { id: string } }[] } }>(
      '{ viewer { memberships { roles company { id } } } }',
      {},
      { token },
    );
    expect(viewer.data?.viewer.memberships).toEqual([{ roles: ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN'], company: { id } }]);

    const broken = await graph.gql(
      CREATE_COMPANY,
      { input: { marketplaceId: a.marketplaceId, name: 'Half Co', accessTypes: [], firstAdmin: { email: 'not-an-email', name: 'X' } } },
      { token: a.people.owner.token },
    );
    expect(payloadOf(broken.data).userErrors).toEqual([
      { field: 'firstAdmin.email', code: 'INVALID', rule: null, message: '"not-an-email" is not a valid email address' },
    ]);
    const rows = await graph.databases.identity.dataSource.query('SELECT COUNT(*) AS n FROM company WHERE name_key = ?', ['half co']);
    expect(Number(rows[0].n)).toBe(0);
  });

  it('I3: company admins and plain users may not create companies; sales support may', async () => {
    const refused = await graph.gql(CREATE_COMPANY, newCompany(a.marketplaceId, 'Nope Co', [], 'nope@a.test'), {
      token: a.people.customerAdmin.token,
    });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const sales = await invite(graph, a.people.owner.token, a.companies.owner, 'sales@a.test', ['SALES_SUPPORT']);
    const created = await graph.gql(CREATE_COMPANY, newCompany(a.marketplaceId, 'Sold Co', [], 'sold@a.test'), { token: sales.token });
    expect(payloadOf(created.data).userErrors).toEqual([]);
  });

  it('I3, I15: an existing user becomes the first admin of a new company by accepting signed in, without a second account', async () => {
    const created = await graph.gql<{ createCompany: { company: { id: string }; token: string } }>(
      'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } token userErrors { field code message rule } } }',
      newCompany(a.marketplaceId, 'Second Home', [], 'USER@A.TEST'),
      { token: a.people.owner.token },
    );
    expect(payloadOf(created.data).userErrors).toEqual([]);
    const { company, token } = created.data?.createCompany as { company: { id: string }; token: string };
    const accepted = await graph.gql(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken user { email } userErrors { code } } }',
      { input: { token } },
      { token: a.people.customerUser.token },
    );
    expect(payloadOf(accepted.data)).toEqual({ accessToken: null, user: { email: 'user@a.test' }, userErrors: [] });
    const rows = await graph.databases.identity.dataSource.query('SELECT COUNT(*) AS n FROM `user` WHERE email = ?', ['user@a.test']);
    expect(Number(rows[0].n)).toBe(1);
    const viewer = await graph.gql<{ viewer: { memberships: { roles: string[]; company: { id: string } }[] } }>(
      '{ viewer { memberships { roles company { id } } } }',
      {},
      { token: a.people.customerUser.token },
    );
    expect(viewer.data?.viewer.memberships.find((m) => m.company.id === company.id)?.roles).toEqual(['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN']);
  });
});

describe('users and roles', () => {
  it('I4: one email is one user in any letter case, with different roles in each company', async () => {
    const again = await inviteExisting(graph, a.people.devAdmin.token, a.companies.developer, 'User@A.test', ['DEVELOPER']).catch((e: Error) => e);
    // The invitee already exists: it accepts signed in.
    expect(again).not.toBeInstanceOf(Error);
    const token = await graph.login('USER@a.test', PASSWORD);
    const viewer = await graph.gql<{ viewer: { memberships: { roles: string[]; company: { id: string } }[] } }>(
      '{ viewer { memberships { roles company { id } } } }',
      {},
      { token },
    );
    const byCompany = Object.fromEntries((viewer.data?.viewer.memberships ?? []).map((m) => [m.company.id, m.roles]));
    expect(byCompany[a.companies.customer]).toEqual(['USER']);
    expect(byCompany[a.companies.developer]).toEqual(['USER', 'DEVELOPER']);
  });

  it('I4: the graph offers no way to create a user without a company', async () => {
    const res = await graph.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>('{ __schema { mutationType { fields { name } } } }');
    const names = res.data?.__schema.mutationType.fields.map((f) => f.name) ?? [];
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => /^(create|add|register)User/i.test(n) || n === 'signUp')).toEqual([]);
  });

  it('I5: USER cannot be removed; COMPANY_ADMIN brings BILLING_ADMIN, which stays while COMPANY_ADMIN is held', async () => {
    const p = await invite(graph, a.people.customerAdmin.token, a.companies.customer, 'i5@a.test', []);
    const token = a.people.customerAdmin.token;
    const user = await graph.gql(REVOKE, { input: { membershipId: p.membershipId, roles: ['USER'] } }, { token });
    expect(payloadOf(user.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'I5', field: 'roles' }]);

    const granted = await graph.gql(GRANT, { input: { membershipId: p.membershipId, roles: ['COMPANY_ADMIN'] } }, { token });
    expect(payloadOf<{ membership: { roles: string[] } }>(granted.data).membership.roles).toEqual(['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN']);

    const billing = await graph.gql(REVOKE, { input: { membershipId: p.membershipId, roles: ['BILLING_ADMIN'] } }, { token });
    expect(payloadOf(billing.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'I5' }]);

    const both = await graph.gql(REVOKE, { input: { membershipId: p.membershipId, roles: ['COMPANY_ADMIN', 'BILLING_ADMIN'] } }, { token });
    expect(payloadOf<{ membership: { roles: string[] } }>(both.data).membership.roles).toEqual(['USER']);
  });

  it('I6: a role the company\'s access does not offer is refused, naming the missing access type', async () => {
    const res = await graph.gql(
      GRANT,
      { input: { membershipId: a.people.customerUser.membershipId, roles: ['DEVELOPER'] } },
      { token: a.people.customerAdmin.token },
    );
    expect(payloadOf(res.data).userErrors).toEqual([
      { field: 'roles', code: 'RULE_VIOLATION', rule: 'I6', message: 'Role DEVELOPER needs the company to have DEVELOPER access, which it does not have' },
    ]);
  });

  it('I6: removing an access type is refused while members hold roles that need it', async () => {
    const SET = `mutation($input: SetCompanyAccessInput!) { setCompanyAccess(input: $input) { company { accessTypes } userErrors { field code message rule } } }`;
    const refused = await graph.gql(SET, { input: { companyId: a.companies.developer, accessTypes: [] } }, { token: a.people.owner.token });
    expect(payloadOf(refused.data).userErrors).toMatchObject([{ field: 'accessTypes', code: 'RULE_VIOLATION', rule: 'I6' }]);
    expect(payloadOf(refused.data).userErrors[0]?.message).toContain('DEVELOPER');
    const added = await graph.gql(SET, { input: { companyId: a.companies.customer, accessTypes: ['REFERRAL'] } }, { token: a.people.owner.token });
    expect(payloadOf<{ company: { accessTypes: string[] } }>(added.data).company.accessTypes).toEqual(['ACCOUNT', 'REFERRAL']);
    const removed = await graph.gql(SET, { input: { companyId: a.companies.customer, accessTypes: [] } }, { token: a.people.owner.token });
    expect(payloadOf<{ company: { accessTypes: string[] } }>(removed.data).company.accessTypes).toEqual(['ACCOUNT']);
  });

  it('I7: incompatible roles are refused, naming the conflict', async () => {
    const p = await invite(graph, a.people.owner.token, a.companies.owner, 'i7@a.test', ['MARKETPLACE_MANAGER']);
    const res = await graph.gql(GRANT, { input: { membershipId: p.membershipId, roles: ['REPORTS_MARKETPLACE_MANAGER'] } }, { token: a.people.owner.token });
    expect(payloadOf(res.data).userErrors).toEqual([
      {
        field: 'roles',
        code: 'RULE_VIOLATION',
        rule: 'I7',
        message: 'Roles MARKETPLACE_MANAGER and REPORTS_MARKETPLACE_MANAGER cannot be combined in one membership',
      },
    ]);
    const invited = await graph.gql(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { token userErrors { code rule } } }',
      { input: { companyId: a.companies.owner, email: 'i7b@a.test', roles: ['MARKETPLACE_MANAGER', 'REPORTS_MARKETPLACE_MANAGER'] } },
      { token: a.people.owner.token },
    );
    expect(payloadOf(invited.data)).toEqual({ token: null, userErrors: [{ code: 'RULE_VIOLATION', rule: 'I7' }] });
  });

  it('I6: staff roles are granted only by those who run the marketplace', async () => {
    const support = await invite(graph, a.people.owner.token, a.companies.owner, 'cs@a.test', ['CUSTOMER_SUPPORT']);
    const target = await invite(graph, a.people.owner.token, a.companies.owner, 'target@a.test', []);
    const res = await graph.gql(GRANT, { input: { membershipId: target.membershipId, roles: ['MARKETPLACE_MANAGER'] } }, { token: support.token });
    expect(payloadOf(res.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', field: 'roles' }]);
  });
});
