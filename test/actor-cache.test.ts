import { Redis } from 'ioredis';
import {
  invite,
  marketplaceFixture,
  ok,
  PASSWORD,
  redisReachable,
  startGraph,
  TEST_REDIS_URL,
  type ExtraGateway,
  type GqlResponse,
  type MarketplaceFixture,
  type TestGraph,
} from '@marketgraph/testing';

// The gateway's actor cache (I10): identity is asked once per session or key, and any mutation
// that may change an actor makes every replica ask again before its answer reaches the client.
// Two replicas share one Redis; the revoking mutation goes through one, the next request through
// the other, which held the actor.

let graph: TestGraph;
let m: MarketplaceFixture;
let a: ExtraGateway;
let b: ExtraGateway;
let redis: Redis;
const redisRequired = process.env['CI'] === 'true' || process.env['TEST_REQUIRE_REDIS'] === '1';
let redisUp = false;
const PREFIX = `mg:test:actor-cache:${process.pid}:${Date.now().toString(36)}`;
const GENERATION = `${PREFIX}:actor-generation`;

beforeAll(async () => {
  redisUp = await redisReachable();
  if (!redisUp && redisRequired) throw new Error(`Redis does not answer at ${TEST_REDIS_URL}, and CI requires it`);
  graph = await startGraph({ gateway: { rateLimitPrefix: PREFIX } });
  m = await marketplaceFixture(graph, 'ac');
  a = await graph.startGateway();
  b = await graph.startGateway();
  redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  if (redisUp) await redis.connect();
});

afterAll(async () => {
  if (redisUp) await redis.del(GENERATION);
  redis.disconnect();
  await graph?.stop();
});

const codes = (res: GqlResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
const VIEWER = '{ viewer { kind } }';
const KEYS = 'query($id: ID!) { company(id: $id) { apiKeys { totalCount } } }';

/** The gateway's actor lookups so far, by outcome, from its `/metrics`. */
async function lookups(gateway: ExtraGateway): Promise<Record<string, number>> {
  const text = await (await fetch(gateway.metricsUrl as string)).text();
  const counts: Record<string, number> = { hit: 0, miss: 0, bypass: 0 };
  for (const match of text.matchAll(/^gateway_actor_lookups_total\{outcome="(\w+)"[^}]*\} (\d+)/gm)) counts[match[1] as string] = Number(match[2]);
  return counts;
}

const onlyWithRedis = (name: string, fn: () => Promise<void>): void =>
  it(name, async () => {
    if (!redisUp) return void process.stderr.write(`Redis does not answer at ${TEST_REDIS_URL}: skipped: ${name}\n`);
    await fn();
  });

describe('actor cache', () => {
  onlyWithRedis('I10: identity is asked once for a session; catalog and tenancy mutations and logins keep the entry', async () => {
    const p = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'cached@ac.test', []);
    const before = await lookups(b);
    for (let i = 0; i < 3; i++) expect((await b.gql(VIEWER, {}, { token: p.token })).data).toEqual({ viewer: { kind: 'USER' } });
    const after = await lookups(b);
    expect(after['miss']! - before['miss']!).toBe(1);
    expect(after['hit']! - before['hit']!).toBe(2);
    // A product created (catalog) and a login (a new session nobody holds) change no actor.
    await ok(
      graph,
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { field message } } }',
      { input: { vendorCompanyId: m.companies.developer, name: 'Cached' } },
      m.people.developer.token,
    );
    await graph.login('cached@ac.test', PASSWORD);
    await b.gql(VIEWER, {}, { token: p.token });
    expect((await lookups(b))['hit']! - after['hit']!).toBe(1);
  });

  onlyWithRedis('I10: a membership revoked through one replica is refused at once through another that held the actor', async () => {
    const p = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'revoked@ac.test', []);
    await b.gql(VIEWER, {}, { token: p.token });
    expect((await b.gql('query($id: ID!) { company(id: $id) { name } }', { id: m.companies.customer }, { token: p.token })).data).toEqual({ company: { name: 'ac Customer' } });
    const res = await a.gql('mutation($id: ID!) { revokeMembership(membershipId: $id) { userErrors { code } } }', { id: p.membershipId }, { token: m.people.customerAdmin.token });
    expect(res.errors).toBeUndefined();
    // Its only membership: the user is disabled too, and its token is refused outright.
    const next = await b.gql('query($id: ID!) { company(id: $id) { name } }', { id: m.companies.customer }, { token: p.token });
    expect([next.status, codes(next)]).toEqual([401, ['UNAUTHENTICATED']]);
  });

  onlyWithRedis('I10: a role granted through one replica is used at once through another; revoked again, it is gone at once', async () => {
    const p = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'promoted@ac.test', []);
    const refused = await b.gql(KEYS, { id: m.companies.customer }, { token: p.token });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const change = (verb: 'grantRoles' | 'revokeRoles') =>
      a.gql(`mutation($input: ChangeRolesInput!) { ${verb}(input: $input) { userErrors { code } } }`, { input: { membershipId: p.membershipId, roles: ['COMPANY_ADMIN'] } }, { token: m.people.customerAdmin.token });
    expect((await change('grantRoles')).errors).toBeUndefined();
    const granted = await b.gql(KEYS, { id: m.companies.customer }, { token: p.token });
    expect([codes(granted), granted.data]).toEqual([[], { company: { apiKeys: { totalCount: 0 } } }]);
    // Now cached with the role: taking it back through the other replica ends it on the next request.
    expect((await b.gql(KEYS, { id: m.companies.customer }, { token: p.token })).errors).toBeUndefined();
    expect((await change('revokeRoles')).errors).toBeUndefined();
    expect(codes(await b.gql(KEYS, { id: m.companies.customer }, { token: p.token }))).toEqual(['FORBIDDEN']);
  });

  onlyWithRedis('I10: a logout and a revoked API key end at once on the other replica', async () => {
    const session = await ok<{ login: { accessToken: string; refreshToken: string } }>(
      graph,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken userErrors { message } } }',
      { input: { email: 'user@ac.test', password: PASSWORD } },
    );
    const token = session.login.accessToken;
    expect((await b.gql(VIEWER, {}, { token })).data).toEqual({ viewer: { kind: 'USER' } });
    await a.gql('mutation($t: String!) { logout(refreshToken: $t) { loggedOut } }', { t: session.login.refreshToken });
    expect((await b.gql(VIEWER, {}, { token })).status).toBe(401);

    const created = await ok<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      graph,
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } userErrors { message } } }',
      { input: { companyId: m.companies.developer, name: 'cached', roles: [] } },
      m.people.devAdmin.token,
    );
    const asKey = { headers: { authorization: `ApiKey ${created.createApiKey.key}` } };
    expect((await b.gql(VIEWER, {}, asKey)).data).toEqual({ viewer: { kind: 'API_KEY' } });
    expect((await b.gql(VIEWER, {}, asKey)).data).toEqual({ viewer: { kind: 'API_KEY' } });
    await a.gql('mutation($id: ID!) { revokeApiKey(apiKeyId: $id) { userErrors { code } } }', { id: created.createApiKey.apiKey.id }, { token: m.people.devAdmin.token });
    expect((await b.gql(VIEWER, {}, asKey)).status).toBe(401);
  });

  onlyWithRedis('I10: concurrent readers through both replicas never outlive the revoking mutation', async () => {
    const people = await Promise.all([0, 1, 2, 3].map((i) => invite(graph, m.people.customerAdmin.token, m.companies.customer, `crowd${i}@ac.test`, [])));
    const read = (gateway: ExtraGateway, token: string) => gateway.gql('query($id: ID!) { company(id: $id) { name } }', { id: m.companies.customer }, { token });
    for (const victim of people) {
      // Four times the gateway's pool of readers keep the victim's actor warm while it is revoked.
      let stop = false;
      const readers = Array.from({ length: 8 }, (_, i) =>
        (async () => {
          while (!stop) await read(i % 2 ? a : b, victim.token);
        })(),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      await a.gql('mutation($id: ID!) { revokeMembership(membershipId: $id) { userErrors { code } } }', { id: victim.membershipId }, { token: m.people.customerAdmin.token });
      const [viaA, viaB] = await Promise.all([read(a, victim.token), read(b, victim.token)]);
      stop = true;
      await Promise.all(readers);
      expect([viaA.status, viaB.status]).toEqual([401, 401]);
    }
  });

  onlyWithRedis('I10: an emptied Redis holds no generation, so nothing cached before is used', async () => {
    const p = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'emptied@ac.test', []);
    await b.gql(VIEWER, {}, { token: p.token });
    await b.gql(VIEWER, {}, { token: p.token });
    // Redis loses its data, and the user is disabled behind the gateways' backs.
    await redis.del(GENERATION);
    await graph.databases.identity.dataSource.query('UPDATE `user` SET disabled_at = CURRENT_TIMESTAMP WHERE id = ?', [p.userId]);
    expect((await b.gql(VIEWER, {}, { token: p.token })).status).toBe(401);
  });

  it('I10: without a Redis that answers, every request asks identity', async () => {
    const alone = await graph.startGateway({ redisUrl: 'redis://127.0.0.1:1', rateLimitPrefix: `${PREFIX}:alone` });
    try {
      const p = await invite(graph, m.people.customerAdmin.token, m.companies.customer, 'alone@ac.test', []);
      for (let i = 0; i < 2; i++) expect((await alone.gql(VIEWER, {}, { token: p.token })).data).toEqual({ viewer: { kind: 'USER' } });
      expect(await lookups(alone)).toEqual({ hit: 0, miss: 0, bypass: 2 });
      await graph.databases.identity.dataSource.query('UPDATE `user` SET disabled_at = CURRENT_TIMESTAMP WHERE id = ?', [p.userId]);
      expect((await alone.gql(VIEWER, {}, { token: p.token })).status).toBe(401);
    } finally {
      await alone.close();
    }
  });
});
