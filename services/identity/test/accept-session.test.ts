import { invite, marketplaceFixture, ok, PASSWORD, startGraph, type MarketplaceFixture, type Person, type TestGraph } from '@marketgraph/testing';
import { Invitation, User } from '../src/entities';
import { codes } from './helpers';

/**
 * Accepting an invitation answers with the user the new session acts as, and its memberships, as
 * that user (I15, X13): never as the anonymous caller, and never anything beyond that user's view.
 */
let graph: TestGraph;
let m: MarketplaceFixture;
let other: MarketplaceFixture;
let bystander: Person;

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { token userErrors { field code message rule } } }`;
const ACCEPT_AND_WALK = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken
    user {
      email
      memberships {
        roles
        company {
          name
          members { edges { node { user { email memberships { company { name } } } } } }
          invitations { edges { node { email } } }
          apiKeys { edges { node { name } } }
        }
      }
    }
    userErrors { field code message rule }
  }
}`;

interface Accepted {
  acceptInvitation: {
    accessToken: string | null;
    user: { email: string; memberships: { roles: string[]; company: { name: string; members: unknown; invitations: unknown; apiKeys: unknown } }[] } | null;
    userErrors: { code: string; rule: string | null }[];
  };
}

async function inviteToken(adminToken: string, companyId: string, email: string, roles: string[] = []): Promise<string> {
  return (await ok<{ inviteUser: { token: string } }>(graph, INVITE, { input: { companyId, email, roles } }, adminToken)).inviteUser.token;
}

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph, 'as');
  other = await marketplaceFixture(graph, 'at');
  // Someone with memberships in both marketplaces, whose data no invitee may reach.
  bystander = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'bystander@as.test', ['COMPANY_ADMIN']);
  await ok(
    graph,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { message } } }',
    { input: { companyId: m.companies.customer, name: 'bystander-runner', roles: ['USER'] } },
    bystander.token,
  );
});
afterAll(() => graph?.stop());

describe('acceptInvitation answers as the session it issues', () => {
  it('I15, X13: signing up by accepting returns the new user with its new membership and company', async () => {
    const token = await inviteToken(m.people.customerAdmin.token, m.companies.customer, 'newbie@as.test');
    const res = await graph.gql<Accepted>(
      `mutation($input: AcceptInvitationInput!) {
        acceptInvitation(input: $input) { accessToken user { email memberships { roles active company { name } } } userErrors { code } }
      }`,
      { input: { token, name: 'New Bie', password: PASSWORD } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.acceptInvitation).toEqual({
      accessToken: expect.any(String),
      user: { email: 'newbie@as.test', memberships: [{ roles: ['USER'], active: true, company: { name: 'as Customer' } }] },
      userErrors: [],
    });
  });

  it('I15, X1: the payload shows only what the new user may see: its own memberships, never another invitee or a key', async () => {
    // Two invitations to the same company: the second invitee's address must never be reachable.
    const token = await inviteToken(m.people.customerAdmin.token, m.companies.customer, 'first-invitee@as.test');
    await inviteToken(m.people.customerAdmin.token, m.companies.customer, 'second-invitee@as.test');
    await inviteToken(other.people.customerAdmin.token, other.companies.customer, 'first-invitee@as.test');
    const res = await graph.gql<Accepted>(ACCEPT_AND_WALK, { input: { token, name: 'First Invitee', password: PASSWORD } });
    const accepted = res.data?.acceptInvitation;
    expect(accepted?.userErrors).toEqual([]);
    expect(accepted?.user?.email).toBe('first-invitee@as.test');
    // Its one membership: the invitation in the other marketplace is not accepted, so it is not there.
    expect(accepted?.user?.memberships.map((ms) => [ms.roles, ms.company.name])).toEqual([[['USER'], 'as Customer']]);
    const text = JSON.stringify(res.data);
    expect(text).not.toContain('second-invitee@as.test');
    expect(text).not.toContain('bystander-runner');
    // The members of its company it may see as a member; their other companies only where it may see them.
    expect(text).toContain('bystander@as.test');
    expect(text).not.toContain('at Customer');
    // A plain member reads no invitations or keys: each is null with its own error.
    expect(accepted?.user?.memberships[0]?.company).toMatchObject({ invitations: null, apiKeys: null });
    expect(codes(res)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(res.errors?.map((e) => (e as { path?: unknown[] }).path?.slice(-1)[0]).sort()).toEqual(['apiKeys', 'invitations']);
  });

  it('I15: a signed-in user accepting an invitation for another email gets nothing, and nothing changes', async () => {
    const token = await inviteToken(other.people.customerAdmin.token, other.companies.customer, 'someone-else@at.test', ['COMPANY_ADMIN']);
    const res = await graph.gql<Accepted>(ACCEPT_AND_WALK, { input: { token } }, { token: bystander.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.acceptInvitation).toEqual({
      accessToken: null,
      user: null,
      userErrors: [expect.objectContaining({ code: 'RULE_VIOLATION', rule: 'I15' })],
    });
    expect(JSON.stringify(res.data)).not.toContain('at Customer');
    // The invitation is still there for its own invitee.
    const rightful = await graph.gql<Accepted>(ACCEPT_AND_WALK, { input: { token, name: 'Someone Else', password: PASSWORD } });
    expect(rightful.data?.acceptInvitation.user?.memberships.map((ms) => ms.company.name)).toEqual(['at Customer']);
  });

  it('I15: a signed-in user accepting its own invitation reads the membership it has just gained beside the others', async () => {
    const token = await inviteToken(other.people.customerAdmin.token, other.companies.customer, bystander.email);
    const res = await graph.gql<Accepted>(ACCEPT_AND_WALK, { input: { token } }, { token: bystander.token });
    expect(res.data?.acceptInvitation.userErrors).toEqual([]);
    expect(res.data?.acceptInvitation.user?.memberships.map((ms) => [ms.company.name, ms.roles]).sort()).toEqual([
      ['as Customer', ['USER', 'BILLING_ADMIN', 'COMPANY_ADMIN']],
      ['at Customer', ['USER']],
    ]);
    // As a plain member of the new company it still reads none of that company's invitations.
    expect(res.data?.acceptInvitation.user?.memberships.find((ms) => ms.company.name === 'at Customer')?.company.invitations).toBeNull();
  });

  it('I15, X1: the session answers only its own payload: the mutations beside it run as the caller that sent them', async () => {
    const token = await inviteToken(m.people.customerAdmin.token, m.companies.customer, 'sibling@as.test', ['COMPANY_ADMIN']);
    const res = await graph.gql(
      `mutation($input: AcceptInvitationInput!, $invite: InviteUserInput!) {
        acceptInvitation(input: $input) { user { email } userErrors { code } }
        inviteUser(input: $invite) { token userErrors { code } }
      }`,
      { input: { token, name: 'Sibling', password: PASSWORD }, invite: { companyId: m.companies.customer, email: 'smuggled@as.test', roles: ['COMPANY_ADMIN'] } },
    );
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors?.[0]?.path).toEqual(['inviteUser']);
    // The accept itself went through; the invitation beside it was never written.
    expect(await graph.databases.identity.manager.count(User, { where: { email: 'sibling@as.test' } })).toBe(1);
    expect(await graph.databases.identity.manager.count(Invitation, { where: { email: 'smuggled@as.test' } })).toBe(0);
  });

  it('I11, X13: logging in answers with the user and its memberships as the session it opens', async () => {
    const res = await graph.gql<{ login: { user: { email: string; memberships: { company: { name: string } }[] } } }>(
      'mutation($input: LoginInput!) { login(input: $input) { user { email memberships { company { name } } } userErrors { code } } }',
      { input: { email: bystander.email, password: PASSWORD } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user.memberships.map((ms) => ms.company.name).sort()).toEqual(['as Customer', 'at Customer']);
  });

  it('I15: a refused accept opens no session and shows no user', async () => {
    const token = await inviteToken(m.people.customerAdmin.token, m.companies.customer, 'short-password@as.test');
    const res = await graph.gql<Accepted>(ACCEPT_AND_WALK, { input: { token, name: 'Short', password: 'x' } });
    expect(res.data?.acceptInvitation).toMatchObject({ accessToken: null, user: null });
    expect(res.errors).toBeUndefined();
  });
});
