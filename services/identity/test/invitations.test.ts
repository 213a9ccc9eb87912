import { invite, marketplaceFixture, startGraph, PASSWORD, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { codes, payloadOf } from './helpers';

let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph);
  other = await marketplaceFixture(graph, 'o');
});
afterAll(() => graph?.stop());

const INVITE = `mutation($input: InviteUserInput!) {
  inviteUser(input: $input) { token invitation { id email roles expiresAt } userErrors { field code message rule } }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken user { email } userErrors { field code message rule } }
}`;

async function inviteToken(companyId: string, email: string, token: string, roles: string[] = []): Promise<{ token: string; id: string }> {
  const res = await graph.gql(INVITE, { input: { companyId, email, roles } }, { token });
  const p = payloadOf<{ token: string; invitation: { id: string } }>(res.data);
  expect(p.userErrors).toEqual([]);
  return { token: p.token, id: p.invitation.id };
}

it('I9: a company admin invites into its own company only; staff invite into any company of their marketplace', async () => {
  const own = await graph.gql(INVITE, { input: { companyId: m.companies.customer, email: 'new1@m.test', roles: [] } }, { token: m.people.customerAdmin.token });
  expect(payloadOf(own.data).userErrors).toEqual([]);
  const foreign = await graph.gql(INVITE, { input: { companyId: m.companies.developer, email: 'new2@m.test', roles: [] } }, { token: m.people.customerAdmin.token });
  expect(codes(foreign)).toEqual(['NOT_FOUND']);
  const plainUser = await graph.gql(INVITE, { input: { companyId: m.companies.customer, email: 'new3@m.test', roles: [] } }, { token: m.people.customerUser.token });
  expect(codes(plainUser)).toEqual(['FORBIDDEN']);
  const staff = await graph.gql(INVITE, { input: { companyId: m.companies.developer, email: 'new4@m.test', roles: ['DEVELOPER'] } }, { token: m.people.owner.token });
  expect(payloadOf(staff.data).userErrors).toEqual([]);
  const otherMarketplace = await graph.gql(INVITE, { input: { companyId: other.companies.customer, email: 'new5@m.test', roles: [] } }, { token: m.people.owner.token });
  expect(codes(otherMarketplace)).toEqual(['NOT_FOUND']);
});

it('I9: invitation roles are checked like grants, and expire after 7 days by default', async () => {
  const bad = await graph.gql(INVITE, { input: { companyId: m.companies.customer, email: 'dev@x.test', roles: ['DEVELOPER'] } }, { token: m.people.customerAdmin.token });
  expect(payloadOf(bad.data).userErrors).toMatchObject([{ code: 'RULE_VIOLATION', rule: 'I6' }]);
  const good = await graph.gql(INVITE, { input: { companyId: m.companies.customer, email: 'week@m.test', roles: ['BILLING_ADMIN'] } }, { token: m.people.customerAdmin.token });
  const invitation = payloadOf<{ invitation: { expiresAt: string; roles: string[] } }>(good.data).invitation;
  expect(invitation.roles).toEqual(['USER', 'BILLING_ADMIN']);
  const days = (new Date(invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(6.99);
  expect(days).toBeLessThanOrEqual(7);
  const badEmail = await graph.gql(INVITE, { input: { companyId: m.companies.customer, email: 'nope', roles: [] } }, { token: m.people.customerAdmin.token });
  expect(payloadOf(badEmail.data).userErrors).toMatchObject([{ field: 'email', code: 'INVALID' }]);
});

it('I9: the token is stored hashed, is single-use, and accepting creates user and membership together', async () => {
  const { token, id } = await inviteToken(m.companies.customer, 'once@m.test', m.people.customerAdmin.token, ['BILLING_ADMIN']);
  const rows = await graph.databases.identity.dataSource.query('SELECT token_hash FROM invitation WHERE id = ?', [id]);
  expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  expect(rows[0].token_hash).not.toContain(token);

  const preview = await graph.gql('query($t: String!) { invitation(token: $t) { email companyName roles } }', { t: token });
  expect(preview.data).toEqual({ invitation: { email: 'once@m.test', companyName: 'm Customer', roles: ['USER', 'BILLING_ADMIN'] } });

  const first = await graph.gql(ACCEPT, { input: { token, name: 'Once', password: PASSWORD } });
  expect(payloadOf(first.data).userErrors).toEqual([]);
  expect(payloadOf<{ accessToken: string }>(first.data).accessToken).toEqual(expect.any(String));
  const second = await graph.gql(ACCEPT, { input: { token, name: 'Twice', password: PASSWORD } });
  expect(payloadOf(second.data).userErrors).toEqual([{ field: 'token', code: 'INVALID', rule: 'I9', message: 'The invitation was already used' }]);
});

it('I9: two concurrent acceptances of one invitation create one user', async () => {
  const { token } = await inviteToken(m.companies.customer, 'racer@m.test', m.people.customerAdmin.token);
  const results = await Promise.all([1, 2, 3].map(() => graph.gql(ACCEPT, { input: { token, name: 'Racer', password: PASSWORD } })));
  expect(results.filter((r) => payloadOf(r.data).userErrors.length === 0)).toHaveLength(1);
  const rows = await graph.databases.identity.dataSource.query("SELECT COUNT(*) AS n FROM `user` WHERE email = 'racer@m.test'");
  expect(Number(rows[0].n)).toBe(1);
});

it('I9: expired and revoked invitations are refused, and nothing is written', async () => {
  const expired = await inviteToken(m.companies.customer, 'late@m.test', m.people.customerAdmin.token);
  await graph.databases.identity.dataSource.query('UPDATE invitation SET expires_at = ? WHERE id = ?', [new Date(Date.now() - 1000), expired.id]);
  const late = await graph.gql(ACCEPT, { input: { token: expired.token, name: 'Late', password: PASSWORD } });
  expect(payloadOf(late.data).userErrors).toEqual([{ field: 'token', code: 'EXPIRED', rule: 'I9', message: 'The invitation has expired' }]);

  const revoked = await inviteToken(m.companies.customer, 'gone@m.test', m.people.customerAdmin.token);
  const REVOKE_INVITATION = 'mutation($id: ID!) { revokeInvitation(invitationId: $id) { invitation { revokedAt } userErrors { code } } }';
  const r = await graph.gql(REVOKE_INVITATION, { id: revoked.id }, { token: m.people.customerAdmin.token });
  expect(payloadOf(r.data).userErrors).toEqual([]);
  const again = await graph.gql(REVOKE_INVITATION, { id: revoked.id }, { token: m.people.customerAdmin.token });
  expect(payloadOf(again.data).userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
  const gone = await graph.gql(ACCEPT, { input: { token: revoked.token, name: 'Gone', password: PASSWORD } });
  expect(payloadOf(gone.data).userErrors).toMatchObject([{ code: 'INVALID', rule: 'I9' }]);
  const wrong = await graph.gql(ACCEPT, { input: { token: 'inv_made-up', name: 'X', password: PASSWORD } });
  expect(payloadOf(wrong.data).userErrors).toMatchObject([{ code: 'INVALID', field: 'token' }]);

  const rows = await graph.databases.identity.dataSource.query("SELECT COUNT(*) AS n FROM `user` WHERE email IN ('late@m.test', 'gone@m.test')");
  expect(Number(rows[0].n)).toBe(0);
});

it('I9, I15: an existing user accepts signed in, with no password, and joins with the invited roles', async () => {
  const { token } = await inviteToken(m.companies.developer, 'user@m.test', m.people.devAdmin.token, ['DEVELOPER']);
  const signedOut = await graph.gql(ACCEPT, { input: { token, name: 'Someone', password: PASSWORD } });
  expect(payloadOf(signedOut.data).userErrors).toEqual([
    { field: 'token', code: 'RULE_VIOLATION', rule: 'I15', message: 'Sign in as user@m.test to accept this invitation' },
  ]);
  const right = await graph.gql(ACCEPT, { input: { token } }, { token: m.people.customerUser.token });
  expect(payloadOf<{ user: { email: string } }>(right.data).user.email).toBe('user@m.test');
  const rows = await graph.databases.identity.dataSource.query("SELECT COUNT(*) AS n FROM `user` WHERE email = 'user@m.test'");
  expect(Number(rows[0].n)).toBe(1);
});

it('I9: inviting an active member again is a CONFLICT; a newer invitation replaces a pending one', async () => {
  const member = await graph.gql(INVITE, { input: { companyId: m.companies.customer, email: 'USER@m.test', roles: [] } }, { token: m.people.customerAdmin.token });
  expect(payloadOf(member.data).userErrors).toMatchObject([{ field: 'email', code: 'CONFLICT' }]);
  const first = await inviteToken(m.companies.customer, 'twice@m.test', m.people.customerAdmin.token);
  await inviteToken(m.companies.customer, 'twice@m.test', m.people.customerAdmin.token);
  const stale = await graph.gql(ACCEPT, { input: { token: first.token, name: 'T', password: PASSWORD } });
  expect(payloadOf(stale.data).userErrors).toMatchObject([{ code: 'INVALID', message: 'The invitation was revoked' }]);
  await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'fine@m.test', []);
});
