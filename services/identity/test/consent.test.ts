import { invite, marketplaceFixture, startGraph, PASSWORD, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { Company, User } from '../src/entities';
import { conflictOf } from '../src/domain/conflicts';
import { codes, payloadOf, type UserErrorShape } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
/** A RESELLER of the other marketplace: the probing caller of item after item below. */
let foreignReseller: Person;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph);
  other = await marketplaceFixture(graph, 'o');
  foreignReseller = await invite(graph, other.people.resellerAdmin.token, other.companies.reseller, 'prober@o.test', ['RESELLER']);
});
afterAll(() => graph?.stop());

const CREATE = `mutation($input: CreateCompanyInput!) {
  createCompany(input: $input) {
    company { id name accessTypes }
    invitation { email roles expiresAt acceptedAt revokedAt }
    token
    userErrors { field code message rule }
  }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken user { email } userErrors { field code message rule } }
}`;
const INVITE_FIRST_ADMIN = `mutation($input: InviteFirstAdminInput!) {
  inviteFirstAdmin(input: $input) { token invitation { email roles } userErrors { field code message rule } }
}`;

interface Created {
  company: { id: string; name: string } | null;
  token: string | null;
  userErrors: UserErrorShape[];
}

function resellerCreates(name: string, email: string, extra: Record<string, unknown> = {}) {
  return graph.gql<{ createCompany: Created }>(
    CREATE,
    { input: { marketplaceId: other.marketplaceId, name, accessTypes: [], resellerCompanyId: other.companies.reseller, firstAdmin: { email, ...extra } } },
    { token: foreignReseller.token },
  );
}

async function membershipsIn(companyId: string): Promise<number> {
  const rows = await graph.databases.identity.dataSource.query('SELECT COUNT(*) AS n FROM membership WHERE company_id = ?', [companyId]);
  return Number(rows[0].n);
}

describe('consent', () => {
  it('I15: createCompany answers alike, byte for byte, for a registered email of another marketplace, a disabled one and an unknown one, and attaches nobody', async () => {
    const disabled = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'gone-quiet@m.test', []);
    await graph.gql('mutation($id: ID!) { disableUser(userId: $id) { userErrors { code } } }', { id: disabled.userId }, { token: m.people.owner.token });
    const probes = [
      ['Probe One', 'user@m.test'],
      ['Probe Two', 'gone-quiet@m.test'],
      ['Probe Three', 'never-registered@m.test'],
    ] as const;
    const answers: string[] = [];
    for (const [name, email] of probes) {
      const res = await resellerCreates(name, email);
      expect(res.errors).toBeUndefined();
      const created = res.data?.createCompany as Created;
      expect(created.userErrors).toEqual([]);
      expect(await membershipsIn(created.company?.id as string)).toBe(0);
      // What the creator reads of the new company next: who its members are.
      const after = await graph.gql(
        'query($id: ID!) { company(id: $id) { name members { totalCount edges { node { roles user { name email } } } } } }',
        { id: created.company?.id },
        { token: foreignReseller.token },
      );
      // Everything that differs by construction is masked; whatever is left must be identical.
      answers.push(
        JSON.stringify([res, after].map((r) => ({ status: r.status, data: r.data, errors: r.errors })))
          .replaceAll(created.company?.id as string, '<id>')
          .replaceAll(created.token as string, '<token>')
          .replaceAll(name, '<name>')
          .replaceAll(email, '<email>')
          .replace(/"expiresAt":"[^"]+"/, '"expiresAt":"<time>"'),
      );
    }
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe(answers[0]);
    expect(JSON.parse(answers[0] as string)[1].data.company.members).toEqual({ totalCount: 0, edges: [] });
    const attached = await graph.databases.identity.dataSource.query(
      "SELECT COUNT(*) AS n FROM membership ms JOIN `user` u ON u.id = ms.user_id WHERE u.email = 'user@m.test' AND ms.marketplace_id = ?",
      [other.marketplaceId],
    );
    expect(Number(attached[0].n)).toBe(0);
  });

  it('I15: the creator never sets the first admin\'s password; the invitation it gets makes the admin, who then signs in', async () => {
    const withPassword = await resellerCreates('Preset Co', 'preset@o.test', { password: 'chosen-by-the-reseller' });
    expect(payloadOf(withPassword.data).userErrors).toEqual([
      { field: 'firstAdmin.password', code: 'INVALID', rule: 'I15', message: 'The first admin chooses its own password when it accepts the invitation' },
    ]);
    const created = (await resellerCreates('Fresh Customer', 'fresh-admin@o.test')).data?.createCompany as Created;
    expect(await graph.gql(ACCEPT, { input: { token: created.token, name: 'Fresh Admin', password: PASSWORD } }).then((r) => payloadOf(r.data).userErrors)).toEqual([]);
    const token = await graph.login('fresh-admin@o.test', PASSWORD);
    const viewer = await graph.gql<{ viewer: { memberships: { roles: string[]; company: { id: string } }[] } }>('{ viewer { memberships { roles company { id } } } }', {}, { token });
    expect(viewer.data?.viewer.memberships).toEqual([{ roles: ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN'], company: { id: created.company?.id } }]);
  });

  it('I8, I15: until its first admin accepts, the creator re-invites it (the earlier token stops working); once accepted, it cannot', async () => {
    const created = (await resellerCreates('Typo Co', 'typo@o.tset')).data?.createCompany as Created;
    const companyId = created.company?.id as string;
    const again = await graph.gql(INVITE_FIRST_ADMIN, { input: { companyId, email: 'right@o.test' } }, { token: foreignReseller.token });
    const fresh = payloadOf<{ token: string; invitation: { email: string; roles: string[] } }>(again.data);
    expect(fresh.userErrors).toEqual([]);
    expect(fresh.invitation).toEqual({ email: 'right@o.test', roles: ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN'] });
    const stale = await graph.gql(ACCEPT, { input: { token: created.token, name: 'Typo', password: PASSWORD } });
    expect(payloadOf(stale.data).userErrors).toMatchObject([{ field: 'token', code: 'INVALID', rule: 'I9' }]);
    const accepted = await graph.gql(ACCEPT, { input: { token: fresh.token, name: 'Right', password: PASSWORD } });
    expect(payloadOf(accepted.data).userErrors).toEqual([]);
    const late = await graph.gql(INVITE_FIRST_ADMIN, { input: { companyId, email: 'intruder@o.test' } }, { token: foreignReseller.token });
    expect(payloadOf(late.data).userErrors).toMatchObject([{ field: 'companyId', code: 'RULE_VIOLATION', rule: 'I8' }]);
    // Nobody else may: a plain member of the company, or a reseller that does not manage it.
    const unrelated = await graph.gql(INVITE_FIRST_ADMIN, { input: { companyId: m.companies.customer, email: 'x@m.test' } }, { token: foreignReseller.token });
    expect(codes(unrelated)).toEqual(['NOT_FOUND']);
  });

  it('I15: an existing user is never attached by an acceptance it did not make signed in; a password sent there is not checked', async () => {
    const invited = await graph.gql<{ inviteUser: { token: string } }>(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { token userErrors { code } } }',
      { input: { companyId: other.companies.customer, email: 'User@M.test', roles: ['BILLING_ADMIN'] } },
      { token: other.people.customerAdmin.token },
    );
    const token = invited.data?.inviteUser.token as string;
    // 12 wrong guesses and the right password, aliased in one request: none is checked, none signs in.
    const guesses = Array.from({ length: 12 }, (_, i) => `g${i}: acceptInvitation(input: { token: "${token}", password: "guess-number-${i}" }) { accessToken userErrors { field code rule } }`);
    guesses.push(`right: acceptInvitation(input: { token: "${token}", name: "x", password: "${PASSWORD}" }) { accessToken userErrors { field code rule } }`);
    const res = await graph.gql<Record<string, { accessToken: string | null; userErrors: UserErrorShape[] }>>(`mutation { ${guesses.join('\n')} }`);
    const answers = Object.values(res.data ?? {});
    expect(answers).toHaveLength(13);
    for (const a of answers) expect(a.accessToken).toBeNull();
    expect(res.data?.['right']?.userErrors).toEqual([{ field: 'token', code: 'RULE_VIOLATION', rule: 'I15' }]);

    const someoneElse = await graph.gql(ACCEPT, { input: { token } }, { token: other.people.developer.token });
    expect(payloadOf(someoneElse.data).userErrors).toMatchObject([{ field: 'token', code: 'RULE_VIOLATION', rule: 'I15' }]);
    const byKey = await graph.gql<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(input: { companyId: "' + m.companies.customer + '", name: "k", roles: [] }) { key userErrors { code } } }',
      {},
      { token: m.people.customerAdmin.token },
    );
    const asKey = await graph.gql(ACCEPT, { input: { token } }, { headers: { authorization: `ApiKey ${byKey.data?.createApiKey.key}` } });
    expect(payloadOf(asKey.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'I15' }]);
    expect(await membershipsIn(other.companies.customer)).toBe(2);

    const owner = await graph.gql(ACCEPT, { input: { token } }, { token: m.people.customerUser.token });
    expect(payloadOf(owner.data)).toEqual({ accessToken: null, user: { email: 'user@m.test' }, userErrors: [] });
    expect(await membershipsIn(other.companies.customer)).toBe(3);
  });
});

describe('races on one email', () => {
  it('I4, I15: 30 companies created at once for one first admin in different letter case all succeed; 30 acceptances racing make one account and answer the rest with a userError, never a 500', async () => {
    const emails = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 'Racer@Race.test' : i % 3 === 1 ? 'racer@RACE.TEST' : 'RACER@race.test'));
    const created = await Promise.all(
      emails.map((email, i) =>
        graph.gql<{ createCompany: Created }>(
          CREATE,
          { input: { marketplaceId: m.marketplaceId, name: `Race ${i}`, accessTypes: [], firstAdmin: { email } } },
          { token: m.people.owner.token },
        ),
      ),
    );
    for (const res of created) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.createCompany.userErrors).toEqual([]);
    }
    const accepted = await Promise.all(
      created.map((res) => graph.gql(ACCEPT, { input: { token: res.data?.createCompany.token, name: 'Racer', password: PASSWORD } })),
    );
    for (const res of accepted) expect(codes(res)).toEqual([]);
    const winners = accepted.filter((res) => payloadOf<{ accessToken: string | null }>(res.data).accessToken);
    expect(winners).toHaveLength(1);
    for (const res of accepted.filter((r) => !payloadOf<{ accessToken: string | null }>(r.data).accessToken)) {
      const [error, ...more] = payloadOf(res.data).userErrors;
      expect(more).toEqual([]);
      expect(error?.field).toBe('token');
      expect(['CONFLICT', 'RULE_VIOLATION']).toContain(error?.code);
    }
    const rows = await graph.databases.identity.dataSource.query("SELECT COUNT(*) AS n FROM `user` WHERE email = 'racer@race.test'");
    expect(Number(rows[0].n)).toBe(1);
  });

  it('X7: a unique-key violation that no service expected is still a CONFLICT naming the field, in either database', async () => {
    const manager = graph.databases.identity.manager;
    const [existing] = await manager.find(User, { where: { email: 'user@m.test' } });
    const user = await manager.insert(User, { ...(existing as User), id: 'dup-user-id', email: 'user@m.test' }).catch((err: unknown) => err);
    expect(conflictOf(user)).toMatchObject({ code: 'CONFLICT', field: 'token', rule: 'I4' });
    const [company] = await manager.find(Company, { where: { id: m.companies.customer } });
    const twin = await manager.insert(Company, { ...(company as Company), id: 'dup-company-id' }).catch((err: unknown) => err);
    expect(conflictOf(twin)).toMatchObject({ code: 'CONFLICT', field: 'name', rule: 'I2' });
    expect(conflictOf(new Error('something else'))).toBeNull();
  });

  it('I2: 30 creations of one company name in different letter case end with one company and 29 CONFLICTs naming the field', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        graph.gql<{ createCompany: Created }>(
          CREATE,
          { input: { marketplaceId: m.marketplaceId, name: i % 2 ? 'Same Name Co' : 'SAME name co', accessTypes: [], firstAdmin: { email: `same${i}@m.test` } } },
          { token: m.people.owner.token },
        ),
      ),
    );
    for (const res of results) expect(codes(res)).toEqual([]);
    const errors = results.map((r) => r.data?.createCompany.userErrors ?? []);
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(errors.filter((e) => e.length === 1 && e[0]?.code === 'CONFLICT' && e[0]?.field === 'name')).toHaveLength(29);
  });
});

describe('API keys follow their creator', () => {
  const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } userErrors { field code message } } }`;
  const asKey = (key: string) => graph.gql<{ viewer: { kind: string } }>('{ viewer { kind } }', {}, { headers: { authorization: `ApiKey ${key}` } });

  async function keyOf(person: Person, companyId: string): Promise<{ key: string; id: string }> {
    const res = await graph.gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(CREATE_KEY, { input: { companyId, name: `key of ${person.email}`, roles: ['DEVELOPER'] } }, { token: person.token });
    expect(payloadOf(res.data).userErrors).toEqual([]);
    return { key: res.data?.createApiKey.key as string, id: res.data?.createApiKey.apiKey.id as string };
  }

  it('I10, I11: a key stops working on the next request when its creator leaves the company, and shows who created it', async () => {
    const maker = await invite(graph, m.people.devAdmin.token, m.companies.developer, 'keymaker@m.test', ['DEVELOPER']);
    const { key, id } = await keyOf(maker, m.companies.developer);
    expect((await asKey(key)).data?.viewer.kind).toBe('API_KEY');
    const listed = await graph.gql<{ company: { apiKeys: { edges: { node: { id: string; createdBy: { email: string } | null } }[] } } }>(
      'query($id: ID!) { company(id: $id) { apiKeys { edges { node { id createdBy { email } } } } } }',
      { id: m.companies.developer },
      { token: m.people.devAdmin.token },
    );
    expect(listed.data?.company.apiKeys.edges.map((e) => e.node).find((n) => n.id === id)).toEqual({ id, createdBy: { email: 'keymaker@m.test' } });

    const revoked = await graph.gql('mutation($id: ID!) { revokeMembership(membershipId: $id) { userErrors { code message } } }', { id: maker.membershipId }, { token: m.people.devAdmin.token });
    expect(payloadOf(revoked.data).userErrors).toEqual([]);
    const after = await asKey(key);
    expect(after.status).toBe(401);
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
  });

  it('I10: a key stops working on the next request when its creator is disabled, and works again once it is enabled', async () => {
    const maker = await invite(graph, m.people.devAdmin.token, m.companies.developer, 'keyholder@m.test', ['DEVELOPER']);
    const { key } = await keyOf(maker, m.companies.developer);
    expect((await asKey(key)).data?.viewer.kind).toBe('API_KEY');
    const USER = 'mutation($id: ID!) { %s(userId: $id) { userErrors { code message } } }';
    expect(payloadOf((await graph.gql(USER.replace('%s', 'disableUser'), { id: maker.userId }, { token: m.people.owner.token })).data).userErrors).toEqual([]);
    expect((await asKey(key)).status).toBe(401);
    expect(payloadOf((await graph.gql(USER.replace('%s', 'enableUser'), { id: maker.userId }, { token: m.people.owner.token })).data).userErrors).toEqual([]);
    expect((await asKey(key)).data?.viewer.kind).toBe('API_KEY');
  });
});
