import { invite, inviteExisting, marketplaceFixture, startGraph, PASSWORD, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { codes, payloadOf } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph);
});
afterAll(() => graph?.stop());

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { email } userErrors { field code message rule } }
}`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken userErrors { field code message } } }`;
const VIEWER = '{ viewer { user { email } memberships { company { id } } } }';

async function login(email: string, password = PASSWORD) {
  return payloadOf<{ accessToken: string | null; refreshToken: string | null }>((await graph.gql(LOGIN, { input: { email, password } })).data);
}

describe('revocation', () => {
  it('I10: a revoked membership stops working on the very next request, with the same token', async () => {
    const p = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'leaver@m.test', []);
    const second = await inviteExisting(graph, m.people.devAdmin.token, m.companies.developer, 'leaver@m.test', []);
    const before = await graph.gql('query($id: ID!) { company(id: $id) { name } }', { id: m.companies.customer }, { token: p.token });
    expect(before.data).toEqual({ company: { name: 'm Customer' } });
    await graph.gql('mutation($id: ID!) { revokeMembership(membershipId: $id) { userErrors { code } } }', { id: p.membershipId }, { token: m.people.customerAdmin.token });
    const after = await graph.gql('query($id: ID!) { company(id: $id) { name } }', { id: m.companies.customer }, { token: p.token });
    expect(codes(after)).toEqual(['NOT_FOUND']);
    const viewer = await graph.gql<{ viewer: { memberships: { company: { id: string } }[] } }>(VIEWER, {}, { token: second.token });
    expect(viewer.data?.viewer.memberships.map((x) => x.company.id)).toEqual([m.companies.developer]);
  });

  it('I10: a user whose last membership is revoked is disabled, never deleted, and shut out at once', async () => {
    const p = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'last@m.test', []);
    const res = await graph.gql('mutation($id: ID!) { revokeMembership(membershipId: $id) { membership { active } userErrors { code } } }', { id: p.membershipId }, {
      token: m.people.customerAdmin.token,
    });
    expect(payloadOf<{ membership: { active: boolean } }>(res.data).membership.active).toBe(false);
    const shut = await graph.gql(VIEWER, {}, { token: p.token });
    expect(shut.status).toBe(401);
    expect(codes(shut)).toEqual(['UNAUTHENTICATED']);
    const rows = await graph.databases.identity.dataSource.query('SELECT disabled_at FROM `user` WHERE id = ?', [p.userId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].disabled_at).not.toBeNull();
    const audit = await graph.databases.identity.dataSource.query("SELECT COUNT(*) AS n FROM membership WHERE user_id = ? AND status = 'REVOKED'", [p.userId]);
    expect(Number(audit[0].n)).toBe(1);
    expect((await login('last@m.test')).userErrors).toMatchObject([{ code: 'INVALID' }]);
  });

  it('I10: disabling a user takes effect on its next request, whatever tokens it holds', async () => {
    const p = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'disabled@m.test', []);
    const key = await login('disabled@m.test');
    const res = await graph.gql('mutation($id: ID!) { disableUser(userId: $id) { user { disabled } userErrors { code message } } }', { id: p.userId }, { token: m.people.owner.token });
    expect(payloadOf<{ user: { disabled: boolean } }>(res.data).user.disabled).toBe(true);
    for (const token of [p.token, key.accessToken as string]) {
      expect((await graph.gql(VIEWER, {}, { token })).status).toBe(401);
    }
    const refreshed = await graph.gql(REFRESH, { t: key.refreshToken });
    expect(payloadOf(refreshed.data).userErrors).toMatchObject([{ code: 'INVALID' }]);
    const enabled = await graph.gql('mutation($id: ID!) { enableUser(userId: $id) { user { disabled } userErrors { code } } }', { id: p.userId }, { token: m.people.owner.token });
    expect(payloadOf<{ user: { disabled: boolean } }>(enabled.data).user.disabled).toBe(false);
    expect((await login('disabled@m.test')).accessToken).toEqual(expect.any(String));
  });
});

describe('authentication', () => {
  it('I11: unknown email and wrong password get the same error; passwords are stored with Argon2id and never returned', async () => {
    const unknown = await login('nobody@m.test');
    const wrong = await login('user@m.test', 'wrong-password-here');
    expect(unknown.userErrors).toEqual([{ field: null, code: 'INVALID', rule: 'I11', message: 'Email or password is incorrect' }]);
    expect(wrong.userErrors).toEqual(unknown.userErrors);
    const rows = await graph.databases.identity.dataSource.query("SELECT password_hash FROM `user` WHERE email = 'user@m.test'");
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    const schema = await graph.gql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "User") { fields { name } } }');
    expect(schema.data?.__type.fields.map((f) => f.name).filter((n) => /password/i.test(n))).toEqual([]);
  });

  it('I11: refresh tokens rotate; reusing a spent one ends every session of that login', async () => {
    const first = await login('user@m.test');
    const rotated = payloadOf<{ accessToken: string; refreshToken: string }>((await graph.gql(REFRESH, { t: first.refreshToken })).data);
    expect(rotated.refreshToken).not.toBe(first.refreshToken);
    expect((await graph.gql(VIEWER, {}, { token: rotated.accessToken })).status).toBe(200);
    const reused = await graph.gql(REFRESH, { t: first.refreshToken });
    expect(payloadOf(reused.data).userErrors).toMatchObject([{ code: 'INVALID', field: 'refreshToken' }]);
    expect(payloadOf((await graph.gql(REFRESH, { t: rotated.refreshToken })).data).userErrors).toMatchObject([{ code: 'INVALID' }]);
    expect((await graph.gql(VIEWER, {}, { token: rotated.accessToken })).status).toBe(401);
  });

  it('I11: logout revokes the refresh token and its access tokens at once', async () => {
    const session = await login('user@m.test');
    const out = await graph.gql('mutation($t: String!) { logout(refreshToken: $t) { loggedOut userErrors { code } } }', { t: session.refreshToken });
    expect(payloadOf<{ loggedOut: boolean }>(out.data).loggedOut).toBe(true);
    expect((await graph.gql(VIEWER, {}, { token: session.accessToken })).status).toBe(401);
  });

  it('I11: tampered, foreign and malformed tokens answer UNAUTHENTICATED', async () => {
    const session = await login('user@m.test');
    const token = session.accessToken as string;
    const [head, body, sig] = token.split('.');
    const tampered = `${head}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body as string, 'base64url').toString()), sub: m.people.owner.userId })).toString('base64url')}.${sig}`;
    for (const bad of [tampered, 'not-a-token', `${token}x`]) {
      const res = await graph.gql(VIEWER, {}, { token: bad });
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data).toBeNull();
    }
    const scheme = await graph.gql(VIEWER, {}, { headers: { authorization: 'Basic abc' } });
    expect(codes(scheme)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('API keys', () => {
  const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix roles } userErrors { field code message rule } } }`;

  it('I11: an API key carries a subset of its creator\'s roles, is shown once, stored hashed, records use, and can be revoked', async () => {
    const refused = await graph.gql(CREATE, { input: { companyId: m.companies.developer, name: 'ci', roles: ['RESELLER'] } }, { token: m.people.developer.token });
    expect(payloadOf(refused.data).userErrors).toMatchObject([{ field: 'roles', code: 'RULE_VIOLATION', rule: 'I11' }]);
    const created = payloadOf<{ key: string; apiKey: { id: string; prefix: string; roles: string[] } }>(
      (await graph.gql(CREATE, { input: { companyId: m.companies.developer, name: 'ci', roles: ['DEVELOPER'] } }, { token: m.people.developer.token })).data,
    );
    expect(created.apiKey.roles).toEqual(['USER', 'DEVELOPER']);
    expect(created.key.startsWith(created.apiKey.prefix)).toBe(true);
    const rows = await graph.databases.identity.dataSource.query('SELECT secret_hash, last_used_at FROM api_key WHERE id = ?', [created.apiKey.id]);
    expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].last_used_at).toBeNull();

    const asKey = await graph.gql<{ viewer: { kind: string; apiKey: { id: string } } }>('{ viewer { kind apiKey { id } } }', {}, { headers: { authorization: `ApiKey ${created.key}` } });
    expect(asKey.data?.viewer).toEqual({ kind: 'API_KEY', apiKey: { id: created.apiKey.id } });
    const used = await graph.databases.identity.dataSource.query('SELECT last_used_at FROM api_key WHERE id = ?', [created.apiKey.id]);
    expect(used[0].last_used_at).not.toBeNull();
    const listed = await graph.gql<{ company: { apiKeys: { edges: { node: Record<string, unknown> }[] } } }>(
      'query($id: ID!) { company(id: $id) { apiKeys { edges { node { id prefix name } } } } }',
      { id: m.companies.developer },
      { token: m.people.devAdmin.token },
    );
    expect(JSON.stringify(listed.data)).not.toContain(created.key);

    const revoked = await graph.gql('mutation($id: ID!) { revokeApiKey(apiKeyId: $id) { apiKey { revokedAt } userErrors { code } } }', { id: created.apiKey.id }, { token: m.people.devAdmin.token });
    expect(payloadOf(revoked.data).userErrors).toEqual([]);
    const after = await graph.gql('{ viewer { kind } }', {}, { headers: { authorization: `Bearer ${created.key}` } });
    expect(after.status).toBe(401);
  });

  it('I11: a plain user cannot create keys, and keys cannot create keys', async () => {
    const plain = await graph.gql(CREATE, { input: { companyId: m.companies.customer, name: 'x', roles: [] } }, { token: m.people.customerUser.token });
    expect(codes(plain)).toEqual(['FORBIDDEN']);
    const admin = payloadOf<{ key: string }>(
      (await graph.gql(CREATE, { input: { companyId: m.companies.customer, name: 'admin key', roles: ['COMPANY_ADMIN'] } }, { token: m.people.customerAdmin.token })).data,
    );
    const nested = await graph.gql(CREATE, { input: { companyId: m.companies.customer, name: 'y', roles: [] } }, { headers: { authorization: `ApiKey ${admin.key}` } });
    expect(payloadOf(nested.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'I11' }]);
  });
});
