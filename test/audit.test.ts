import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, print, type DefinitionNode } from 'graphql';
import {
  invite,
  joinCompany,
  marketplaceFixture,
  ok,
  PASSWORD,
  startGraph,
  type GqlResponse,
  type MarketplaceFixture,
  type Person,
  type TestGraph,
} from '@marketgraph/testing';
import { activeCustomer, mint } from '../services/tenancy/test/helpers';

let graph: TestGraph;
let a: MarketplaceFixture;
let b: MarketplaceFixture;
/** A plain USER of A's customer company and of B's customer company. */
let both: Person;
/** CUSTOMER_SUPPORT of marketplace A. */
let support: Person;

const SERVICES = ['identity', 'catalog', 'tenancy'] as const;
type Service = (typeof SERVICES)[number];
const LOG_FIELD: Record<Service, string> = { identity: 'identityAuditEvents', catalog: 'catalogAuditEvents', tenancy: 'tenancyAuditEvents' };

const EVENT = `id action actorKind actorId actor { id } targetType targetId marketplaceId marketplace { id } companyId company { id } details requestId createdAt`;
const logQuery = (service: Service, selection = `totalCount edges { cursor node { ${EVENT} } } pageInfo { hasNextPage endCursor }`) =>
  `query($c: ID, $m: ID, $filter: AuditEventFilter, $first: Int, $after: String) {
     log: ${LOG_FIELD[service]}(companyId: $c, marketplaceId: $m, filter: $filter, first: $first, after: $after) { ${selection} } }`;
const HISTORY = `query($id: ID!, $filter: AuditEventFilter, $first: Int) {
  user(id: $id) { id loginHistory(filter: $filter, first: $first) { totalCount edges { node { ${EVENT} } } } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken userErrors { code } } }`;

interface Event {
  id: string;
  action: string;
  actorKind: string;
  actorId: string | null;
  actor: { id: string } | null;
  targetType: string;
  targetId: string | null;
  marketplaceId: string | null;
  marketplace: { id: string } | null;
  companyId: string | null;
  company: { id: string } | null;
  details: unknown;
  requestId: string;
  createdAt: string;
}
interface Log {
  totalCount: number;
  edges: { node: Event }[];
}

const codes = (res: GqlResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
/** Refused without data: FORBIDDEN where the caller sees the company, NOT_FOUND where it has no relation with it (X3). */
function expectRefused(res: GqlResponse): void {
  expect(res.data?.['log'] ?? null).toBeNull();
  expect(codes(res)).toHaveLength(1);
  expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codes(res)[0]);
}

async function log(service: Service, by: { c?: string; m?: string }, token: string, filter?: Record<string, unknown>): Promise<Event[]> {
  const data = await ok<{ log: Log }>(graph, logQuery(service), { ...by, filter, first: 100 }, token);
  return data.log.edges.map((e) => e.node);
}

async function history(userId: string, token: string, filter?: Record<string, unknown>): Promise<Event[]> {
  const data = await ok<{ user: { loginHistory: Log } }>(graph, HISTORY, { id: userId, filter, first: 100 }, token);
  return data.user.loginHistory.edges.map((e) => e.node);
}

async function login(email: string, password = PASSWORD): Promise<{ accessToken: string | null; refreshToken: string | null }> {
  const data = await graph.gql<{ login: { accessToken: string | null; refreshToken: string | null } }>(LOGIN, { input: { email, password } });
  if (!data.data) throw new Error(JSON.stringify(data.errors));
  return data.data.login;
}

async function apiKey(token: string, companyId: string, roles: string[]): Promise<string> {
  const data = await ok<{ createApiKey: { key: string } }>(
    graph,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { message } } }',
    { input: { companyId, name: `key ${roles.join(' ')}`, roles } },
    token,
  );
  return data.createApiKey.key;
}

beforeAll(async () => {
  graph = await startGraph();
  a = await marketplaceFixture(graph, 'aud-a');
  b = await marketplaceFixture(graph, 'aud-b');
  both = await invite(graph, a.people.customerAdmin.token, a.companies.customer, 'both@aud.test', []);
  await joinCompany(graph, b.people.customerAdmin.token, b.companies.customer, both);
  support = await invite(graph, a.people.owner.token, a.companies.owner, 'support@aud-a.test', ['CUSTOMER_SUPPORT']);
  // One change in each subgraph, by users of A.
  await ok(graph, 'mutation($input: RenameCompanyInput!) { renameCompany(input: $input) { company { id } userErrors { message } } }', { input: { companyId: a.companies.customer, name: 'aud-a Customer Renamed' } }, a.people.customerAdmin.token);
  await ok(
    graph,
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }',
    { input: { vendorCompanyId: a.companies.developer, name: 'Audited product' } },
    a.people.developer.token,
  );
  await ok(
    graph,
    'mutation($input: CreateEndCustomerInput!) { createEndCustomer(input: $input) { endCustomer { id } userErrors { message } } }',
    { input: { partnerCompanyId: a.companies.developer, name: 'Audited customer', externalId: 'audited-1' } },
    a.people.developer.token,
  );
});
afterAll(() => graph?.stop());

describe('one audit event shape', () => {
  it('X5, X13: AuditEvent, its connection, its filter and ActorKind are declared identically in the three subgraphs', () => {
    const shared = ['ActorKind', 'AuditEvent', 'AuditEventConnection', 'AuditEventEdge', 'AuditEventFilter'];
    const printed = SERVICES.map((service) => {
      const document = parse(readFileSync(path.join(__dirname, '..', 'schema', `${service}.graphql`), 'utf8'));
      const named = (d: DefinitionNode): d is DefinitionNode & { name: { value: string } } => 'name' in d && d.name !== undefined;
      return shared.map((name) => {
        const found = document.definitions.filter(named).find((d) => d.name.value === name);
        return found ? print(found) : `missing ${name} in ${service}`;
      });
    });
    expect(printed[1]).toEqual(printed[0]);
    expect(printed[2]).toEqual(printed[0]);
    expect(printed[0].join('\n')).toMatch(/details: JSON/);
  });

  it('X5: every subgraph answers its audit as AuditEvent: ActorKind enum, details as JSON, createdAt, actor, company and marketplace', async () => {
    const expectations: Record<Service, { company: string; actor: Person }> = {
      identity: { company: a.companies.customer, actor: a.people.customerAdmin },
      catalog: { company: a.companies.developer, actor: a.people.developer },
      tenancy: { company: a.companies.developer, actor: a.people.developer },
    };
    for (const service of SERVICES) {
      const { company, actor } = expectations[service];
      const events = await log(service, { c: company }, a.people.owner.token);
      expect(events.length).toBeGreaterThan(0);
      const mine = events.find((e) => e.actorId === actor.userId);
      expect(mine).toMatchObject({
        actorKind: 'USER',
        actor: { id: actor.userId },
        marketplaceId: a.marketplaceId,
        marketplace: { id: a.marketplaceId },
        companyId: company,
        company: { id: company },
      });
      expect(mine?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(mine?.requestId).toMatch(/\S/);
      // Newest first.
      const times = events.map((e) => Date.parse(e.createdAt));
      expect([...times].sort((x, y) => y - x)).toEqual(times);
      for (const e of events) expect(e.details === null || (typeof e.details === 'object' && !Array.isArray(e.details))).toBe(true);
    }
    // Details are a JSON object, not a string holding one.
    const created = await log('catalog', { c: a.companies.developer }, a.people.devAdmin.token, { actions: ['product.created'] });
    expect(created.map((e) => e.details)).toEqual([{ name: 'Audited product' }]);
  });

  it('X13: the deprecated audit fields still answer the same records in their old shapes', async () => {
    const old = await ok<{ auditLog: { totalCount: number; edges: { node: { actorKind: string; details: string | null } }[] } }>(
      graph,
      'query($c: ID) { auditLog(companyId: $c, first: 100) { totalCount edges { node { actorKind details } } } }',
      { c: a.companies.customer },
      a.people.customerAdmin.token,
    );
    const current = await ok<{ log: Log }>(graph, logQuery('identity', 'totalCount'), { c: a.companies.customer }, a.people.customerAdmin.token);
    expect(old.auditLog.totalCount).toBe(current.log.totalCount);
    expect(old.auditLog.edges.some((e) => e.node.actorKind === 'user')).toBe(true);
    for (const [service, field] of [
      ['identity', 'auditLog'],
      ['catalog', 'catalogAuditLog'],
      ['tenancy', 'tenancyAuditLog'],
    ] as const) {
      const sdl = readFileSync(path.join(__dirname, '..', 'schema', `${service}.graphql`), 'utf8');
      expect(sdl).toMatch(new RegExp(`\\n  ${field}\\((?:(?!\\n  \\w)[\\s\\S])*?\\n  \\): \\w+!\\s+@deprecated\\(reason: "Use ${service}AuditEvents`));
    }
  });
});

describe('sign-in events', () => {
  beforeAll(async () => {
    const session = await login(both.email);
    expect(session.refreshToken).toBeTruthy();
    const refreshed = await ok<{ refreshSession: { refreshToken: string } }>(
      graph,
      'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken userErrors { code } } }',
      { t: session.refreshToken },
    );
    await ok(graph, 'mutation($t: String!) { logout(refreshToken: $t) { loggedOut userErrors { code } } }', { t: refreshed.refreshSession.refreshToken });
    expect((await login(both.email, 'not-the-password')).accessToken).toBeNull();
  });

  const SIGN_IN = ['user.login', 'session.refreshed', 'session.logout', 'user.login_failed'];

  it("X5: a user's login, refresh, logout and failed login are read by the staff of each of its marketplaces, each its own", async () => {
    for (const [market, company] of [
      [a, a.companies.customer],
      [b, b.companies.customer],
    ] as const) {
      const events = await log('identity', { m: market.marketplaceId }, market.people.owner.token, { targetType: 'User', targetId: both.userId });
      expect(new Set(events.map((e) => e.action))).toEqual(new Set([...SIGN_IN]));
      for (const e of events) expect(e).toMatchObject({ marketplaceId: market.marketplaceId, companyId: company, targetId: both.userId });
      expect(events.find((e) => e.action === 'user.login')).toMatchObject({ actorKind: 'USER', actorId: both.userId });
      expect(events.find((e) => e.action === 'user.login_failed')).toMatchObject({ actorKind: 'ANONYMOUS', actorId: null });
      // The company's admin reads its member's sign-in events too.
      const admin = await log('identity', { c: company }, market.people.customerAdmin.token, { targetId: both.userId });
      expect(new Set(admin.map((e) => e.action))).toEqual(new Set([...SIGN_IN]));
    }
  });

  it("X5, I1: staff of one marketplace never read the sign-in events written for the other's", async () => {
    const res = await graph.gql(logQuery('identity'), { m: a.marketplaceId }, { token: b.people.owner.token });
    expect(codes(res)).toEqual(['NOT_FOUND']);
    const byCompany = await graph.gql(logQuery('identity'), { c: a.companies.customer }, { token: b.people.owner.token });
    expect(codes(byCompany)).toEqual(['NOT_FOUND']);
    // Naming its own marketplace and the other's company finds nothing of the other's.
    const mixed = await log('identity', { m: b.marketplaceId, c: a.companies.customer }, b.people.owner.token).catch(() => []);
    expect(mixed.filter((e) => e.marketplaceId !== b.marketplaceId)).toEqual([]);
  });

  it('X5: a user reads its own login history, each event once, with filters', async () => {
    const mine = await history(both.userId, both.token);
    expect(mine.filter((e) => e.action === 'session.logout')).toHaveLength(1);
    expect(mine.filter((e) => e.action === 'session.refreshed')).toHaveLength(1);
    expect(mine.filter((e) => e.action === 'user.login_failed')).toHaveLength(1);
    expect(new Set(mine.map((e) => e.targetId))).toEqual(new Set([both.userId]));
    const failures = await history(both.userId, both.token, { actions: ['user.login_failed'] });
    expect(failures.map((e) => e.action)).toEqual(['user.login_failed']);
    // A date range: from is inclusive, to exclusive (times are stored to the second).
    const failed = failures[0] as Event;
    const since = await history(both.userId, both.token, { from: failed.createdAt });
    expect(since.map((e) => e.id)).toContain(failed.id);
    expect(since.every((e) => e.createdAt >= failed.createdAt)).toBe(true);
    const before = await history(both.userId, both.token, { to: failed.createdAt });
    expect(before.map((e) => e.id)).not.toContain(failed.id);
    expect(before.every((e) => e.createdAt < failed.createdAt)).toBe(true);
    // Through the viewer as well.
    const viewer = await ok<{ viewer: { user: { loginHistory: { totalCount: number } } } }>(graph, '{ viewer { user { loginHistory { totalCount } } } }', {}, both.token);
    expect(viewer.viewer.user.loginHistory.totalCount).toBe(mine.length);
  });

  it("X5, I1: staff read the login history of a user of their marketplace, only their marketplace's events", async () => {
    for (const market of [a, b]) {
      const seen = await history(both.userId, market.people.owner.token);
      expect(new Set(seen.map((e) => e.action))).toEqual(new Set([...SIGN_IN, 'user.login', ...seen.map((e) => e.action)]));
      expect(seen.length).toBeGreaterThanOrEqual(SIGN_IN.length);
      for (const e of seen) expect(e.marketplaceId).toBe(market.marketplaceId);
    }
    const bySupport = await history(both.userId, support.token);
    expect(bySupport.length).toBeGreaterThan(0);
    for (const e of bySupport) expect(e.marketplaceId).toBe(a.marketplaceId);
  });

  it("X5, I1: another marketplace's staff, another company's admin and a plain member never read a user's login history", async () => {
    const onlyA = a.people.customerUser;
    await login(onlyA.email);
    for (const token of [b.people.owner.token, a.people.devAdmin.token, both.token]) {
      const res = await graph.gql<{ user: { loginHistory: Log | null } | null }>(HISTORY, { id: onlyA.userId }, { token });
      expect(res.data?.user?.loginHistory ?? null).toBeNull();
      expect(codes(res).length).toBeGreaterThan(0);
      expect(codes(res).every((c) => c === 'NOT_FOUND' || c === 'FORBIDDEN')).toBe(true);
    }
  });

  it('X5: disabling and enabling a user are written with its marketplace and company, read by its admin and by itself', async () => {
    const target = await invite(graph, a.people.customerAdmin.token, a.companies.customer, 'toggled@aud-a.test', []);
    for (const mutation of ['disableUser', 'enableUser']) {
      await ok(graph, `mutation($u: ID!) { ${mutation}(userId: $u) { user { id } userErrors { message } } }`, { u: target.userId }, a.people.owner.token);
    }
    const events = await log('identity', { c: a.companies.customer }, a.people.customerAdmin.token, { targetId: target.userId, actions: ['user.disabled', 'user.enabled'] });
    expect(events.map((e) => e.action)).toEqual(['user.enabled', 'user.disabled']);
    for (const e of events) expect(e).toMatchObject({ marketplaceId: a.marketplaceId, companyId: a.companies.customer, actorId: a.people.owner.userId });
    const token = (await login(target.email)).accessToken as string;
    const own = await history(target.userId, token, { actions: ['user.disabled', 'user.enabled'] });
    expect(own.map((e) => e.action)).toEqual(['user.enabled', 'user.disabled']);
  });

  it('X5, I15: a throttled sign-in attempt is written for the account it names', async () => {
    const target = await invite(graph, a.people.customerAdmin.token, a.companies.customer, 'throttled@aud-a.test', []);
    for (let i = 0; i < 7; i += 1) await login(target.email, `wrong-${i}`);
    const events = await log('identity', { c: a.companies.customer }, a.people.customerAdmin.token, { targetId: target.userId, actions: ['user.login_throttled'] });
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]?.details).toEqual({ retryAfterSeconds: expect.any(Number) });
  });
});

describe('who reads the audit', () => {
  let embedToken: string;
  let adminKey: string;
  let plainKey: string;

  beforeAll(async () => {
    const setup = await activeCustomer(graph, a, 'aud');
    embedToken = await mint(graph, a.people.developer.token, setup.customerId, ['READ']);
    adminKey = await apiKey(a.people.customerAdmin.token, a.companies.customer, ['COMPANY_ADMIN']);
    plainKey = await apiKey(a.people.customerAdmin.token, a.companies.customer, ['BILLING_ADMIN']);
  });

  it('X5, X1: anonymous callers and embed tokens read no audit log of any subgraph', async () => {
    for (const service of SERVICES) {
      for (const by of [{ c: a.companies.developer }, { m: a.marketplaceId }]) {
        const anonymous = await graph.gql(logQuery(service), by);
        expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
        expect(anonymous.data?.['log'] ?? null).toBeNull();
        const embed = await graph.gql(logQuery(service), by, { token: embedToken });
        expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(codes(embed)[0]);
        expect(embed.data?.['log'] ?? null).toBeNull();
      }
    }
  });

  it("X5: an API key reads its company's audit only with COMPANY_ADMIN, and never the marketplace's", async () => {
    for (const service of SERVICES) {
      const withRole = await graph.gql<{ log: Log }>(logQuery(service, 'totalCount'), { c: a.companies.customer }, { headers: { authorization: `ApiKey ${adminKey}` } });
      expect(withRole.errors).toBeUndefined();
      const without = await graph.gql(logQuery(service, 'totalCount'), { c: a.companies.customer }, { headers: { authorization: `ApiKey ${plainKey}` } });
      expect(codes(without)).toEqual(['FORBIDDEN']);
      expectRefused(await graph.gql(logQuery(service, 'totalCount'), { m: a.marketplaceId }, { headers: { authorization: `ApiKey ${adminKey}` } }));
    }
  });

  it("X5, I1: another marketplace's staff get NOT_FOUND; another company's admin and a user in two marketplaces are refused, in every subgraph", async () => {
    for (const service of SERVICES) {
      for (const by of [{ c: a.companies.customer }, { m: a.marketplaceId }]) {
        expect(codes(await graph.gql(logQuery(service, 'totalCount'), by, { token: b.people.owner.token }))).toEqual(['NOT_FOUND']);
      }
      expectRefused(await graph.gql(logQuery(service, 'totalCount'), { c: a.companies.customer }, { token: a.people.devAdmin.token }));
      expectRefused(await graph.gql(logQuery(service, 'totalCount'), { m: a.marketplaceId }, { token: a.people.devAdmin.token }));
      for (const by of [{ c: a.companies.customer }, { c: b.companies.customer }, { m: a.marketplaceId }, { m: b.marketplaceId }]) {
        expectRefused(await graph.gql(logQuery(service, 'totalCount'), by, { token: both.token }));
      }
    }
  });

  it("X5: CUSTOMER_SUPPORT reads every company's audit of its marketplace in every subgraph, not the marketplace-wide log", async () => {
    for (const service of SERVICES) {
      const res = await graph.gql<{ log: Log }>(logQuery(service, 'totalCount'), { c: a.companies.developer }, { token: support.token });
      expect(res.errors).toBeUndefined();
      expect(codes(await graph.gql(logQuery(service, 'totalCount'), { m: a.marketplaceId }, { token: support.token }))).toEqual(['FORBIDDEN']);
    }
    const viewer = await ok<{ viewer: { memberships: { permissions: string[] }[] } }>(graph, '{ viewer { memberships { permissions } } }', {}, support.token);
    expect(viewer.viewer.memberships[0]?.permissions).toContain('READ_AUDIT');
  });
});

describe('audit filters', () => {
  it('X5: events are filtered by action, actor, target and date range, and paged', async () => {
    const all = await log('identity', { m: a.marketplaceId }, a.people.owner.token);
    const renamed = await log('identity', { m: a.marketplaceId }, a.people.owner.token, { actions: ['company.renamed'] });
    expect(renamed.length).toBeGreaterThan(0);
    expect(renamed.every((e) => e.action === 'company.renamed')).toBe(true);
    const byActor = await log('identity', { m: a.marketplaceId }, a.people.owner.token, { actorId: a.people.customerAdmin.userId, actorKind: 'USER' });
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e) => e.actorId === a.people.customerAdmin.userId)).toBe(true);
    const byTarget = await log('identity', { m: a.marketplaceId }, a.people.owner.token, { targetType: 'Company', targetId: a.companies.customer });
    expect(byTarget.length).toBeGreaterThan(0);
    expect(byTarget.every((e) => e.targetType === 'Company' && e.targetId === a.companies.customer)).toBe(true);
    const newest = all[0] as Event;
    const oldest = all.at(-1) as Event;
    const window = await log('identity', { m: a.marketplaceId }, a.people.owner.token, { from: oldest.createdAt, to: newest.createdAt });
    expect(window.every((e) => e.createdAt >= oldest.createdAt && e.createdAt < newest.createdAt)).toBe(true);
    expect(window.map((e) => e.id)).toEqual(all.filter((e) => e.createdAt < newest.createdAt).map((e) => e.id));
    expect(await log('identity', { m: a.marketplaceId }, a.people.owner.token, { from: new Date(Date.now() + 3_600_000).toISOString() })).toEqual([]);
    const page = await ok<{ log: Log & { pageInfo: { hasNextPage: boolean; endCursor: string } } }>(graph, logQuery('identity'), { m: a.marketplaceId, first: 2 }, a.people.owner.token);
    expect(page.log.edges).toHaveLength(2);
    expect(page.log.pageInfo.hasNextPage).toBe(true);
    const next = await ok<{ log: Log }>(graph, logQuery('identity'), { m: a.marketplaceId, first: 2, after: page.log.pageInfo.endCursor }, a.people.owner.token);
    expect(next.log.edges.map((e) => e.node.id)).toEqual(all.slice(2, 4).map((e) => e.id));
    for (const service of ['catalog', 'tenancy'] as const) {
      const filtered = await log(service, { m: a.marketplaceId }, a.people.owner.token, { actorId: a.people.developer.userId });
      expect(filtered.length).toBeGreaterThan(0);
      expect(filtered.every((e) => e.actorId === a.people.developer.userId)).toBe(true);
    }
  });

  it('X5, X3: a malformed or reversed date range answers BAD_USER_INPUT naming the field, in every subgraph and in the login history', async () => {
    const now = new Date();
    const earlier = new Date(now.getTime() - 60_000).toISOString();
    for (const service of SERVICES) {
      const reversed = await graph.gql(logQuery(service, 'totalCount'), { m: a.marketplaceId, filter: { from: now.toISOString(), to: earlier } }, { token: a.people.owner.token });
      expect(codes(reversed)).toEqual(['BAD_USER_INPUT']);
      expect(reversed.errors?.[0]?.extensions?.['field']).toBe('filter.to');
      expect(reversed.errors?.[0]?.message).toMatch(/filter\.to/);
      for (const field of ['from', 'to']) {
        const malformed = await graph.gql(logQuery(service, 'totalCount'), { m: a.marketplaceId, filter: { [field]: 'yesterday-ish' } }, { token: a.people.owner.token });
        expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
        expect(malformed.errors?.[0]?.message).toContain(`filter.${field}`);
      }
    }
    const reversed = await graph.gql(HISTORY, { id: both.userId, filter: { from: now.toISOString(), to: earlier } }, { token: both.token });
    expect(codes(reversed)).toEqual(['BAD_USER_INPUT']);
    expect(reversed.errors?.[0]?.extensions?.['field']).toBe('filter.to');
  });
});
