import type { Role } from '@marketgraph/authz';
import {
  OPERATOR,
  PASSWORD,
  invite,
  marketplaceFixture,
  ok,
  startGraph,
  type GqlResponse,
  type MarketplaceFixture,
  type Person,
  type RequestOptions,
  type TestGraph,
} from '@marketgraph/testing';
import { GRANT, REVOKE, payloadOf } from './helpers';

// I14 from the attacker's side: every path that changes who holds which access, tried by each
// kind of lesser actor (and by an API key of each), beside the MARKETPLACE_MANAGER and the
// operator who may.

const REVOKE_MEMBERSHIP = `mutation($id: ID!) { revokeMembership(membershipId: $id) { membership { active } userErrors { field code message rule } } }`;
const DISABLE = `mutation($id: ID!) { disableUser(userId: $id) { user { disabled } userErrors { field code message rule } } }`;
const ENABLE = `mutation($id: ID!) { enableUser(userId: $id) { user { disabled } userErrors { field code message rule } } }`;
const INVITE = `mutation($input: InviteUserInput!) {
  inviteUser(input: $input) { token invitation { id } userErrors { field code message rule } }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken userErrors { field code message rule } }
}`;
const REVOKE_INVITATION = `mutation($id: ID!) { revokeInvitation(invitationId: $id) { invitation { revokedAt } userErrors { field code message rule } } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id roles } userErrors { field code message rule } } }`;

let graph: TestGraph;
let m: MarketplaceFixture;
let b: MarketplaceFixture;
let operator: string;

/** Someone who calls the graph: a signed-in person or an API key, and whose access it acts with. */
interface Caller {
  name: string;
  opts: RequestOptions;
  /** The person, or the creator of the key. */
  person: Person | null;
  key: boolean;
  /** The person's membership in m's owner company, when it has one. */
  ownerMembershipId: string | null;
}

const byUser = (name: string, person: Person, ownerMembershipId: string | null): Caller => ({
  name,
  opts: { token: person.token },
  person,
  key: false,
  ownerMembershipId,
});

let staff: Record<'sales' | 'support' | 'product' | 'resellerManager' | 'ownerAdmin', Person>;
/** MARKETPLACE_MANAGER of marketplace b and a plain USER of m's customer company. */
let cross: Person;
let attackers: Caller[];
let seq = 0;

function outcome(res: GqlResponse): string {
  const code = res.errors?.[0]?.extensions?.code;
  if (code) return code;
  const error = payloadOf(res.data).userErrors[0];
  return error ? (error.rule ?? error.code) : 'ok';
}

async function db<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
  return (await graph.databases.identity.dataSource.query(sql, params)) as T[];
}

async function rolesOf(membershipId: string): Promise<string[]> {
  const rows = await db<{ role: string }>('SELECT role FROM membership_role WHERE membership_id = ? ORDER BY role', [membershipId]);
  return rows.map((r) => r.role);
}

async function isActive(membershipId: string): Promise<boolean> {
  const rows = await db<{ status: string }>('SELECT status FROM membership WHERE id = ?', [membershipId]);
  return rows[0]?.status === 'ACTIVE';
}

async function isDisabled(userId: string): Promise<boolean> {
  const rows = await db<{ disabled_at: Date | null }>('SELECT disabled_at FROM `user` WHERE id = ?', [userId]);
  return rows[0]?.disabled_at !== null;
}

/** A fresh member of a company, invited by `by` and accepted as a new user. */
function fresh(by: string, companyId: string, roles: Role[], tag = 'p'): Promise<Person> {
  return invite(graph, by, companyId, `${tag}${++seq}@m.test`, roles);
}

/** A fresh member of m's owner company, invited by its MARKETPLACE_MANAGER. */
const staffer = (roles: Role[], tag = 's'): Promise<Person> => fresh(m.people.owner.token, m.companies.owner, roles, tag);

/** Brings an existing user into another company: invited by `by`, accepted while signed in. */
async function join(by: string, companyId: string, who: Person, roles: Role[], password = PASSWORD): Promise<string> {
  const invited = await ok<{ inviteUser: { token: string } }>(graph, INVITE, { input: { companyId, email: who.email, roles } }, by);
  await ok(graph, ACCEPT, { input: { token: invited.inviteUser.token, password } }, who.token);
  const data = await ok<{ viewer: { memberships: { id: string; company: { id: string } }[] } }>(
    graph,
    '{ viewer { memberships { id company { id } } } }',
    {},
    who.token,
  );
  const membership = data.viewer.memberships.find((x) => x.company.id === companyId);
  if (!membership) throw new Error(`${who.email} did not join ${companyId}`);
  return membership.id;
}

async function apiKey(owner: Person, companyId: string, roles: Role[]): Promise<string> {
  const data = await ok<{ createApiKey: { key: string } }>(graph, CREATE_KEY, { input: { companyId, name: `key of ${owner.email}`, roles } }, owner.token);
  return data.createApiKey.key;
}

const keyCaller = (name: string, key: string, person: Person, ownerMembershipId: string | null): Caller => ({
  name,
  opts: { headers: { authorization: `ApiKey ${key}` } },
  person,
  key: true,
  ownerMembershipId,
});

const call = (caller: Caller | string, query: string, variables: Record<string, unknown>) =>
  graph.gql(query, variables, typeof caller === 'string' ? { token: caller } : caller.opts);

beforeAll(async () => {
  graph = await startGraph();
  m = await marketplaceFixture(graph);
  b = await marketplaceFixture(graph, 'b');
  operator = await graph.login(OPERATOR.email, OPERATOR.password);
  staff = {
    sales: await staffer(['SALES_SUPPORT'], 'sales'),
    support: await staffer(['CUSTOMER_SUPPORT'], 'support'),
    product: await staffer(['PRODUCT_SUPPORT'], 'product'),
    resellerManager: await staffer(['RESELLER_MANAGER'], 'rm'),
    ownerAdmin: await staffer(['COMPANY_ADMIN'], 'oadmin'),
  };
  cross = await fresh(m.people.customerAdmin.token, m.companies.customer, [], 'cross');
  const crossOwnerB = await join(b.people.owner.token, b.companies.owner, cross, ['COMPANY_ADMIN', 'MARKETPLACE_MANAGER']);
  expect(await rolesOf(crossOwnerB)).toContain('MARKETPLACE_MANAGER');

  const users: Caller[] = [
    byUser('SALES_SUPPORT', staff.sales, staff.sales.membershipId),
    byUser('CUSTOMER_SUPPORT', staff.support, staff.support.membershipId),
    byUser('PRODUCT_SUPPORT', staff.product, staff.product.membershipId),
    byUser('RESELLER_MANAGER', staff.resellerManager, staff.resellerManager.membershipId),
    byUser('COMPANY_ADMIN of the owner company', staff.ownerAdmin, staff.ownerAdmin.membershipId),
    byUser('COMPANY_ADMIN of a customer', m.people.customerAdmin, null),
    byUser('MARKETPLACE_MANAGER of b, USER in m', cross, null),
  ];
  // Only a company's COMPANY_ADMIN creates its keys, so each staff key is cut by an admin who
  // also holds that staff role, and carries the staff role alone.
  const keys: Caller[] = [];
  for (const role of ['SALES_SUPPORT', 'CUSTOMER_SUPPORT', 'PRODUCT_SUPPORT', 'RESELLER_MANAGER'] as const) {
    const maker = await staffer(['COMPANY_ADMIN', role], 'keymaker');
    keys.push(keyCaller(`key of ${role}`, await apiKey(maker, m.companies.owner, [role]), maker, maker.membershipId));
  }
  keys.push(
    keyCaller(
      'key of the owner company COMPANY_ADMIN',
      await apiKey(staff.ownerAdmin, m.companies.owner, ['COMPANY_ADMIN', 'BILLING_ADMIN']),
      staff.ownerAdmin,
      staff.ownerAdmin.membershipId,
    ),
    keyCaller(
      'key of a customer COMPANY_ADMIN',
      await apiKey(m.people.customerAdmin, m.companies.customer, ['COMPANY_ADMIN', 'BILLING_ADMIN']),
      m.people.customerAdmin,
      null,
    ),
    keyCaller('key of the MARKETPLACE_MANAGER of b', await apiKey(cross, b.companies.owner, ['COMPANY_ADMIN', 'MARKETPLACE_MANAGER']), cross, null),
  );
  const anonymous: Caller = { name: 'anonymous', opts: {}, person: null, key: false, ownerMembershipId: null };
  attackers = [...users, ...keys, anonymous];
});
afterAll(() => graph?.stop());

const attacker = (name: string): Caller => {
  const found = attackers.find((a) => a.name === name);
  if (!found) throw new Error(`no attacker ${name}`);
  return found;
};

/** Runs each attack and returns what each answered, keyed by who tried it. */
async function tryAll(attempts: { caller: Caller; label: string; query: string; variables: Record<string, unknown> }[]): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  for (const a of attempts) answers[`${a.caller.name}: ${a.label}`] = outcome(await call(a.caller, a.query, a.variables));
  return answers;
}

/** Every answer is a refusal: UNAUTHENTICATED, FORBIDDEN or NOT_FOUND from the policy, or a userError of the rule. */
function expectRefused(answers: Record<string, string>, rules: string[] = ['I14']): void {
  const allowed = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', ...rules]);
  const through = Object.entries(answers).filter(([, answer]) => !allowed.has(answer));
  expect(through).toEqual([]);
}

describe('grantRoles', () => {
  it('I14: nobody grants itself a role, staff roles or an owner-company membership, and no API key grants anything', async () => {
    const victim = await staffer([], 'victim');
    const attempts = attackers.flatMap((caller) => [
      ...(caller.ownerMembershipId
        ? [
            { caller, label: 'itself COMPANY_ADMIN', query: GRANT, variables: { input: { membershipId: caller.ownerMembershipId, roles: ['COMPANY_ADMIN'] } } },
            { caller, label: 'itself MARKETPLACE_MANAGER', query: GRANT, variables: { input: { membershipId: caller.ownerMembershipId, roles: ['MARKETPLACE_MANAGER'] } } },
          ]
        : []),
      { caller, label: 'a staff member SALES_SUPPORT', query: GRANT, variables: { input: { membershipId: victim.membershipId, roles: ['SALES_SUPPORT'] } } },
      { caller, label: 'an owner member COMPANY_ADMIN', query: GRANT, variables: { input: { membershipId: victim.membershipId, roles: ['COMPANY_ADMIN'] } } },
      ...(caller.key || caller.person === cross
        ? [
            { caller, label: 'a customer COMPANY_ADMIN', query: GRANT, variables: { input: { membershipId: m.people.customerUser.membershipId, roles: ['COMPANY_ADMIN'] } } },
            { caller, label: 'its USER membership in m COMPANY_ADMIN', query: GRANT, variables: { input: { membershipId: cross.membershipId, roles: ['COMPANY_ADMIN'] } } },
          ]
        : []),
    ]);
    const answers = await tryAll(attempts);
    expectRefused(answers);
    // The attacks that reached the domain were refused there, by I14.
    expect(answers['SALES_SUPPORT: itself COMPANY_ADMIN']).toBe('I14');
    expect(answers['CUSTOMER_SUPPORT: itself MARKETPLACE_MANAGER']).toBe('I14');
    expect(answers['COMPANY_ADMIN of the owner company: itself MARKETPLACE_MANAGER']).toBe('I14');
    expect(answers['key of a customer COMPANY_ADMIN: a customer COMPANY_ADMIN']).toBe('I14');
    for (const caller of attackers.filter((c) => c.ownerMembershipId)) {
      expect(await rolesOf(caller.ownerMembershipId ?? '')).not.toContain('MARKETPLACE_MANAGER');
    }
    expect(await rolesOf(staff.sales.membershipId)).toEqual(['SALES_SUPPORT', 'USER']);
    expect(await rolesOf(victim.membershipId)).toEqual(['USER']);
    expect(await rolesOf(m.people.customerUser.membershipId)).toEqual(['USER']);
    expect(await rolesOf(cross.membershipId)).toEqual(['USER']);
  });

  it('I14: a MARKETPLACE_MANAGER grants staff roles and the operator any, but neither grants itself one', async () => {
    const victim = await staffer([], 'victim');
    const manager = await call(m.people.owner.token, GRANT, { input: { membershipId: victim.membershipId, roles: ['SALES_SUPPORT'] } });
    expect(payloadOf(manager.data).userErrors).toEqual([]);
    const op = await call(operator, GRANT, { input: { membershipId: victim.membershipId, roles: ['MARKETPLACE_MANAGER'] } });
    expect(payloadOf(op.data).userErrors).toEqual([]);
    expect(await rolesOf(victim.membershipId)).toEqual(['MARKETPLACE_MANAGER', 'SALES_SUPPORT', 'USER']);
    const self = await call(m.people.owner.token, GRANT, { input: { membershipId: m.people.owner.membershipId, roles: ['PRODUCT_SUPPORT'] } });
    expect(payloadOf(self.data).userErrors).toEqual([
      { field: 'roles', code: 'RULE_VIOLATION', rule: 'I14', message: 'Nobody grants a role to itself' },
    ]);
    // Staff still manage customer companies' members, as I9 says.
    const support = await call(staff.support.token, GRANT, { input: { membershipId: m.people.customerUser.membershipId, roles: ['BILLING_ADMIN'] } });
    expect(payloadOf(support.data).userErrors).toEqual([]);
    await ok(graph, REVOKE, { input: { membershipId: m.people.customerUser.membershipId, roles: ['BILLING_ADMIN'] } }, m.people.customerAdmin.token);
  });
});

describe('revokeRoles and revokeMembership', () => {
  it('I14: nobody removes a role of, or revokes, a MARKETPLACE_MANAGER or other staff unless a MARKETPLACE_MANAGER', async () => {
    const manager = await staffer(['MARKETPLACE_MANAGER'], 'mm');
    const peer = await staffer(['SALES_SUPPORT'], 'peer');
    const attempts = attackers.flatMap((caller) => [
      { caller, label: 'removes MARKETPLACE_MANAGER', query: REVOKE, variables: { input: { membershipId: manager.membershipId, roles: ['MARKETPLACE_MANAGER'] } } },
      { caller, label: 'removes SALES_SUPPORT', query: REVOKE, variables: { input: { membershipId: peer.membershipId, roles: ['SALES_SUPPORT'] } } },
      { caller, label: 'revokes a MARKETPLACE_MANAGER', query: REVOKE_MEMBERSHIP, variables: { id: manager.membershipId } },
      { caller, label: 'revokes a SALES_SUPPORT', query: REVOKE_MEMBERSHIP, variables: { id: peer.membershipId } },
    ]);
    const answers = await tryAll(attempts);
    expectRefused(answers);
    expect(answers['SALES_SUPPORT: revokes a MARKETPLACE_MANAGER']).toBe('I14');
    expect(answers['CUSTOMER_SUPPORT: removes SALES_SUPPORT']).toBe('I14');
    expect(answers['key of SALES_SUPPORT: revokes a MARKETPLACE_MANAGER']).toBe('I14');
    expect(await rolesOf(manager.membershipId)).toEqual(['MARKETPLACE_MANAGER', 'USER']);
    expect(await rolesOf(peer.membershipId)).toEqual(['SALES_SUPPORT', 'USER']);
    expect(await isActive(manager.membershipId)).toBe(true);
    expect(await isActive(peer.membershipId)).toBe(true);
  });

  it('I14: a company admin cannot demote or remove a member more privileged than itself', async () => {
    const manager = await staffer(['MARKETPLACE_MANAGER'], 'mm');
    const inCustomer = await join(m.people.customerAdmin.token, m.companies.customer, manager, ['COMPANY_ADMIN']);
    const admin = attacker('COMPANY_ADMIN of a customer');
    const answers = await tryAll([
      { caller: admin, label: 'demotes', query: REVOKE, variables: { input: { membershipId: inCustomer, roles: ['COMPANY_ADMIN'] } } },
      { caller: admin, label: 'revokes', query: REVOKE_MEMBERSHIP, variables: { id: inCustomer } },
      { caller: attacker('key of a customer COMPANY_ADMIN'), label: 'revokes', query: REVOKE_MEMBERSHIP, variables: { id: inCustomer } },
    ]);
    expect(answers).toEqual({
      'COMPANY_ADMIN of a customer: demotes': 'I14',
      'COMPANY_ADMIN of a customer: revokes': 'I14',
      'key of a customer COMPANY_ADMIN: revokes': 'I14',
    });
    expect(await rolesOf(inCustomer)).toEqual(['BILLING_ADMIN', 'COMPANY_ADMIN', 'USER']);
    // The manager may step down by itself.
    const self = await call(manager.token, REVOKE_MEMBERSHIP, { id: inCustomer });
    expect(payloadOf(self.data).userErrors).toEqual([]);
  });

  it('I14: a MARKETPLACE_MANAGER and the operator demote and revoke staff', async () => {
    const a = await staffer(['MARKETPLACE_MANAGER'], 'mm');
    const c = await staffer(['SALES_SUPPORT', 'CUSTOMER_SUPPORT'], 'st');
    const byManager = await call(m.people.owner.token, REVOKE, { input: { membershipId: c.membershipId, roles: ['SALES_SUPPORT'] } });
    expect(payloadOf(byManager.data).userErrors).toEqual([]);
    const byOperator = await call(operator, REVOKE, { input: { membershipId: a.membershipId, roles: ['MARKETPLACE_MANAGER'] } });
    expect(payloadOf(byOperator.data).userErrors).toEqual([]);
    expect(outcome(await call(m.people.owner.token, REVOKE_MEMBERSHIP, { id: c.membershipId }))).toBe('ok');
    expect(outcome(await call(operator, REVOKE_MEMBERSHIP, { id: a.membershipId }))).toBe('ok');
    expect(await isActive(a.membershipId)).toBe(false);
    expect(await isActive(c.membershipId)).toBe(false);
  });
});

describe('inviteUser and revokeInvitation', () => {
  it('I14: only a MARKETPLACE_MANAGER invites into the owner company or with staff roles; nobody invites itself; keys invite no roles', async () => {
    const attempts = attackers.flatMap((caller) => {
      const email = `inv${++seq}@m.test`;
      return [
        { caller, label: 'into the owner company', query: INVITE, variables: { input: { companyId: m.companies.owner, email, roles: [] } } },
        { caller, label: 'as SALES_SUPPORT', query: INVITE, variables: { input: { companyId: m.companies.owner, email, roles: ['SALES_SUPPORT'] } } },
        {
          caller,
          label: 'itself as customer COMPANY_ADMIN',
          query: INVITE,
          variables: { input: { companyId: m.companies.customer, email: caller.person?.email ?? 'anonymous@m.test', roles: ['COMPANY_ADMIN'] } },
        },
        ...(caller.key
          ? [{ caller, label: 'a customer BILLING_ADMIN', query: INVITE, variables: { input: { companyId: m.companies.customer, email, roles: ['BILLING_ADMIN'] } } }]
          : []),
      ];
    });
    const answers = await tryAll(attempts);
    expectRefused(answers, ['I14', 'CONFLICT']);
    expect(answers['SALES_SUPPORT: into the owner company']).toBe('I14');
    expect(answers['CUSTOMER_SUPPORT: as SALES_SUPPORT']).toBe('I14');
    expect(answers['COMPANY_ADMIN of the owner company: as SALES_SUPPORT']).toBe('I14');
    expect(answers['SALES_SUPPORT: itself as customer COMPANY_ADMIN']).toBe('I14');
    expect(answers['key of a customer COMPANY_ADMIN: a customer BILLING_ADMIN']).toBe('I14');
    const emails = ['anonymous@m.test', ...attackers.map((a) => a.person?.email ?? '')];
    const rows = await db<{ n: number }>(
      `SELECT COUNT(*) AS n FROM invitation WHERE accepted_at IS NULL AND (email LIKE 'inv%' OR email IN (${emails.map(() => '?').join(', ')}))`,
      emails,
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('I14: a MARKETPLACE_MANAGER and the operator invite staff; a key invites a plain user', async () => {
    const manager = await call(m.people.owner.token, INVITE, { input: { companyId: m.companies.owner, email: 'newstaff@m.test', roles: ['SALES_SUPPORT'] } });
    expect(payloadOf(manager.data).userErrors).toEqual([]);
    const op = await call(operator, INVITE, { input: { companyId: m.companies.owner, email: 'newmm@m.test', roles: ['MARKETPLACE_MANAGER'] } });
    expect(payloadOf(op.data).userErrors).toEqual([]);
    expect(outcome(await call(attacker('key of a customer COMPANY_ADMIN'), INVITE, { input: { companyId: m.companies.customer, email: 'plain@m.test', roles: [] } }))).toBe('ok');
  });

  it('I14: only a MARKETPLACE_MANAGER revokes a staff invitation; staff still revoke customer invitations', async () => {
    const staffInvitation = payloadOf<{ invitation: { id: string } }>(
      (await call(m.people.owner.token, INVITE, { input: { companyId: m.companies.owner, email: 'pending@m.test', roles: ['CUSTOMER_SUPPORT'] } })).data,
    ).invitation.id;
    const answers = await tryAll(attackers.map((caller) => ({ caller, label: 'revokes', query: REVOKE_INVITATION, variables: { id: staffInvitation } })));
    expectRefused(answers);
    expect(answers['SALES_SUPPORT: revokes']).toBe('I14');
    expect(answers['COMPANY_ADMIN of the owner company: revokes']).toBe('I14');
    const rows = await db<{ revoked_at: Date | null }>('SELECT revoked_at FROM invitation WHERE id = ?', [staffInvitation]);
    expect(rows[0]?.revoked_at).toBeNull();
    expect(outcome(await call(m.people.owner.token, REVOKE_INVITATION, { id: staffInvitation }))).toBe('ok');

    const customerInvitation = payloadOf<{ invitation: { id: string } }>(
      (await call(m.people.customerAdmin.token, INVITE, { input: { companyId: m.companies.customer, email: 'maybe@m.test', roles: ['BILLING_ADMIN'] } })).data,
    ).invitation.id;
    expect(outcome(await call(staff.sales.token, REVOKE_INVITATION, { id: customerInvitation }))).toBe('ok');
  });
});

describe('acceptInvitation', () => {
  async function issue(by: string | Caller, companyId: string, roles: Role[]): Promise<{ token: string; email: string }> {
    const email = `accept${++seq}@m.test`;
    const res = await call(by, INVITE, { input: { companyId, email, roles } });
    const p = payloadOf<{ token: string }>(res.data);
    expect(p.userErrors).toEqual([]);
    return { token: p.token, email };
  }
  const accept = (token: string) => graph.gql(ACCEPT, { input: { token, name: 'Invitee', password: PASSWORD } });
  async function users(email: string): Promise<number> {
    const rows = await db<{ n: number }>('SELECT COUNT(*) AS n FROM `user` WHERE email = ?', [email]);
    return Number(rows[0]?.n);
  }

  it('I14: an invitation whose issuer lost the right before acceptance confers nothing', async () => {
    // A MARKETPLACE_MANAGER invites staff, then is demoted.
    const demoted = await staffer(['MARKETPLACE_MANAGER'], 'mm');
    const staffInvite = await issue(demoted.token, m.companies.owner, ['SALES_SUPPORT']);
    await ok(graph, REVOKE, { input: { membershipId: demoted.membershipId, roles: ['MARKETPLACE_MANAGER'] } }, m.people.owner.token);
    // A MARKETPLACE_MANAGER invites, then is disabled.
    const disabled = await staffer(['MARKETPLACE_MANAGER'], 'mm');
    const managerInvite = await issue(disabled.token, m.companies.owner, ['MARKETPLACE_MANAGER']);
    await ok(graph, DISABLE, { id: disabled.userId }, m.people.owner.token);
    // A customer admin invites an admin, then is demoted by another admin.
    const admin = await fresh(m.people.customerAdmin.token, m.companies.customer, ['COMPANY_ADMIN'], 'cadmin');
    const adminInvite = await issue(admin.token, m.companies.customer, ['COMPANY_ADMIN']);
    await ok(graph, REVOKE, { input: { membershipId: admin.membershipId, roles: ['COMPANY_ADMIN', 'BILLING_ADMIN'] } }, m.people.customerAdmin.token);
    // A key invites, then is revoked.
    const keyOwner = await fresh(m.people.customerAdmin.token, m.companies.customer, ['COMPANY_ADMIN'], 'kadmin');
    const created = await ok<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      graph,
      CREATE_KEY,
      { input: { companyId: m.companies.customer, name: 'provisioning', roles: ['COMPANY_ADMIN'] } },
      keyOwner.token,
    );
    const keyInvite = await issue(keyCaller('key', created.createApiKey.key, keyOwner, null), m.companies.customer, []);
    await ok(graph, 'mutation($id: ID!) { revokeApiKey(apiKeyId: $id) { userErrors { message } } }', { id: created.createApiKey.apiKey.id }, keyOwner.token);

    for (const invitation of [staffInvite, managerInvite, adminInvite, keyInvite]) {
      const res = await accept(invitation.token);
      expect(payloadOf(res.data).userErrors).toMatchObject([{ field: 'token', code: 'RULE_VIOLATION', rule: 'I14' }]);
      expect(await users(invitation.email)).toBe(0);
    }
  });

  it('I14: invitations of a MARKETPLACE_MANAGER and of the operator are accepted with their roles', async () => {
    const fromManager = await issue(m.people.owner.token, m.companies.owner, ['CUSTOMER_SUPPORT']);
    const fromOperator = await issue(operator, m.companies.owner, ['MARKETPLACE_MANAGER']);
    for (const invitation of [fromManager, fromOperator]) expect(payloadOf((await accept(invitation.token)).data).userErrors).toEqual([]);
    const rows = await db<{ role: string }>(
      'SELECT r.role FROM membership_role r JOIN membership m ON m.id = r.membership_id JOIN `user` u ON u.id = m.user_id WHERE u.email IN (?, ?) ORDER BY r.role',
      [fromManager.email, fromOperator.email],
    );
    expect(rows.map((r) => r.role)).toEqual(['CUSTOMER_SUPPORT', 'MARKETPLACE_MANAGER', 'USER', 'USER']);
  });
});

describe('createApiKey', () => {
  it('I14: a key carries at most its creator\'s roles, never mints a key, and loses what its creator loses', async () => {
    const beyond = await call(staff.ownerAdmin.token, CREATE_KEY, { input: { companyId: m.companies.owner, name: 'k', roles: ['MARKETPLACE_MANAGER'] } });
    expect(payloadOf(beyond.data).userErrors).toMatchObject([{ field: 'roles', code: 'RULE_VIOLATION', rule: 'I11' }]);
    const answers = await tryAll(
      attackers
        .filter((a) => a.key)
        .map((caller) => ({ caller, label: 'mints a key', query: CREATE_KEY, variables: { input: { companyId: m.companies.owner, name: 'k', roles: [] } } })),
    );
    expectRefused(answers, ['I11']);
    expect(answers['key of the owner company COMPANY_ADMIN: mints a key']).toBe('I11');

    // A customer admin's key stops managing members once its creator is no longer admin.
    const admin = await fresh(m.people.customerAdmin.token, m.companies.customer, ['COMPANY_ADMIN'], 'kadmin');
    const key = await apiKey(admin, m.companies.customer, ['COMPANY_ADMIN', 'BILLING_ADMIN']);
    const member = await fresh(m.people.customerAdmin.token, m.companies.customer, ['BILLING_ADMIN'], 'member');
    await ok(graph, REVOKE, { input: { membershipId: admin.membershipId, roles: ['COMPANY_ADMIN', 'BILLING_ADMIN'] } }, m.people.customerAdmin.token);
    const res = await graph.gql(REVOKE_MEMBERSHIP, { id: member.membershipId }, { headers: { authorization: `ApiKey ${key}` } });
    // The gateway already cuts the key down to its creator's roles (FORBIDDEN); the rule refuses it too (I14).
    expect(['FORBIDDEN', 'I14']).toContain(outcome(res));
    expect(await isActive(member.membershipId)).toBe(true);
  });

  it('I14: a MARKETPLACE_MANAGER\'s key removes staff roles, as its creator may', async () => {
    const key = await apiKey(m.people.owner, m.companies.owner, ['MARKETPLACE_MANAGER']);
    const target = await staffer(['SALES_SUPPORT'], 'st');
    const res = await graph.gql(REVOKE, { input: { membershipId: target.membershipId, roles: ['SALES_SUPPORT'] } }, { headers: { authorization: `ApiKey ${key}` } });
    expect(payloadOf(res.data).userErrors).toEqual([]);
  });
});

describe('disableUser and enableUser', () => {
  it('I14: CUSTOMER_SUPPORT cannot disable or enable a MARKETPLACE_MANAGER, other staff or the operator', async () => {
    const manager = await staffer(['MARKETPLACE_MANAGER'], 'mm');
    const peer = await staffer(['SALES_SUPPORT'], 'peer');
    const operatorPerson: Person = { email: OPERATOR.email, token: operator, userId: '', membershipId: '' };
    await join(m.people.customerAdmin.token, m.companies.customer, operatorPerson, [], OPERATOR.password);
    const operatorId = (await db<{ id: string }>('SELECT id FROM `user` WHERE email = ?', [OPERATOR.email]))[0]?.id;
    const targets = { 'a MARKETPLACE_MANAGER': manager.userId, 'a SALES_SUPPORT': peer.userId, 'the operator': operatorId, 'the owner': m.people.owner.userId };
    const answers = await tryAll(
      attackers.flatMap((caller) => Object.entries(targets).map(([label, id]) => ({ caller, label: `disables ${label}`, query: DISABLE, variables: { id } }))),
    );
    expectRefused(answers, ['I14', 'RULE_VIOLATION']);
    expect(answers['CUSTOMER_SUPPORT: disables a MARKETPLACE_MANAGER']).toBe('I14');
    expect(answers['CUSTOMER_SUPPORT: disables a SALES_SUPPORT']).toBe('I14');
    expect(answers['CUSTOMER_SUPPORT: disables the operator']).toBe('I14');
    expect(answers['key of CUSTOMER_SUPPORT: disables the owner']).toBe('I14');
    for (const id of Object.values(targets)) expect(await isDisabled(id ?? '')).toBe(false);

    await ok(graph, DISABLE, { id: peer.userId }, m.people.owner.token);
    expect(outcome(await call(staff.support.token, ENABLE, { id: peer.userId }))).toBe('I14');
    expect(await isDisabled(peer.userId)).toBe(true);
  });

  it('I14: CUSTOMER_SUPPORT disables customers; a MARKETPLACE_MANAGER and the operator disable and enable staff', async () => {
    const customer = await fresh(m.people.customerAdmin.token, m.companies.customer, [], 'cust');
    expect(outcome(await call(staff.support.token, DISABLE, { id: customer.userId }))).toBe('ok');
    expect(outcome(await call(staff.support.token, ENABLE, { id: customer.userId }))).toBe('ok');
    const peer = await staffer(['SALES_SUPPORT'], 'peer');
    const manager = await staffer(['MARKETPLACE_MANAGER'], 'mm');
    expect(outcome(await call(m.people.owner.token, DISABLE, { id: peer.userId }))).toBe('ok');
    expect(outcome(await call(m.people.owner.token, ENABLE, { id: peer.userId }))).toBe('ok');
    expect(outcome(await call(operator, DISABLE, { id: manager.userId }))).toBe('ok');
    expect(outcome(await call(operator, ENABLE, { id: manager.userId }))).toBe('ok');
    expect(await isDisabled(manager.userId)).toBe(false);
  });
});

describe('races', () => {
  const REFUSED = ['I14', 'FORBIDDEN', 'UNAUTHENTICATED'];

  it('I14: two MARKETPLACE_MANAGERs demoting, revoking or disabling each other at once: exactly one wins', async () => {
    const forms: [string, (target: Person) => [string, Record<string, unknown>]][] = [
      ['demote', (t) => [REVOKE, { input: { membershipId: t.membershipId, roles: ['MARKETPLACE_MANAGER'] } }]],
      ['revoke', (t) => [REVOKE_MEMBERSHIP, { id: t.membershipId }]],
      ['disable', (t) => [DISABLE, { id: t.userId }]],
    ];
    for (const [name, form] of forms) {
      for (let round = 0; round < 3; round++) {
        const x = await staffer(['MARKETPLACE_MANAGER'], 'x');
        const y = await staffer(['MARKETPLACE_MANAGER'], 'y');
        const [qx, vx] = form(y);
        const [qy, vy] = form(x);
        const answers = (await Promise.all([call(x.token, qx, vx), call(y.token, qy, vy)])).map(outcome);
        // The loser is refused by I14 under the lock, or already at the gateway when it read the
        // caller after the winner committed.
        expect({ name, wins: answers.filter((a) => a === 'ok').length }).toEqual({ name, wins: 1 });
        expect(REFUSED).toContain(answers.find((a) => a !== 'ok'));
      }
    }
  });

  it('I14: a ring of twelve MARKETPLACE_MANAGERs each revoking the next at once leaves a serial outcome', async () => {
    const ring: Person[] = [];
    for (let i = 0; i < 12; i++) ring.push(await staffer(['MARKETPLACE_MANAGER'], 'ring'));
    const answers = (
      await Promise.all(ring.map((p, i) => call(p.token, REVOKE_MEMBERSHIP, { id: (ring[(i + 1) % ring.length] as Person).membershipId })))
    ).map(outcome);
    expect(answers.filter((a) => a !== 'ok' && !REFUSED.includes(a))).toEqual([]);
    // Serial outcomes only: a manager was refused only because the one before it in the ring
    // had already revoked it, and not every revocation won (stale authority would let all win).
    ring.forEach((_, i) => {
      if (answers[i] !== 'ok') expect(answers[(i + ring.length - 1) % ring.length]).toBe('ok');
    });
    expect(answers.filter((a) => a === 'ok').length).toBeLessThan(ring.length);
    const active = await Promise.all(ring.map((p) => isActive(p.membershipId)));
    ring.forEach((_, i) => expect(active[(i + 1) % ring.length]).toBe(answers[i] !== 'ok'));
  });
});
