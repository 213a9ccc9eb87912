import { isDatabaseBusy } from '@marketgraph/db';
import { marketplaceFixture, OPERATOR, ok, PASSWORD, redisReachable, startGraph, testDatabaseKind, type GqlResponse, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';
import { createDatabase } from '../services/catalog/src/database';
import { CREATE_EDITION, CREATE_PRODUCT, SUBSCRIBE, UPDATE_PRODUCT, publishedProduct } from '../services/catalog/test/helpers';
import { ASSIGN_KEYSET, CREATE_APP, CREATE_CUSTOMER, CREATE_KEYSET, SET_THEME, createApp, createCustomer, createKeyset } from '../services/tenancy/test/helpers';

// Several times the pool size (10) of writes at once, in every write family of every subgraph.
const BURST = 40;
// The test's own bound: a graph that wedges fails here instead of hanging the run.
const WEDGED_AFTER_MS = 45_000;

let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph({ gateway: { limits: { ratePerMinute: 1_000_000 } } });
  m = await marketplaceFixture(graph, 'burst');
}, 120_000);
afterAll(() => graph?.stop());

type Call = () => Promise<GqlResponse>;

/** Fires every call at once; each must answer, with data or a clean refusal, within the bound. */
async function burst(calls: Call[]): Promise<GqlResponse[]> {
  let timer: NodeJS.Timeout | undefined;
  const wedged = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${calls.length} concurrent writes did not all answer within ${WEDGED_AFTER_MS} ms`)), WEDGED_AFTER_MS);
  });
  try {
    return await Promise.race([Promise.all(calls.map((call) => call())), wedged]);
  } finally {
    clearTimeout(timer);
  }
}

/** Codes of the GraphQL errors of each answer that is not a success or a userError. */
/** One call's outcome: its GraphQL error code, else its first userError code, else OK. */
function outcome(res: GqlResponse): string {
  const error = res.errors?.[0];
  if (error) return String(error.extensions?.code);
  if (!res.data) return `no data (${res.status})`;
  return (Object.values(res.data)[0] as { userErrors?: { code: string }[] } | null)?.userErrors?.[0]?.code ?? 'OK';
}

function failures(responses: GqlResponse[]): string[] {
  const out: string[] = [];
  for (const res of responses) {
    for (const error of res.errors ?? []) out.push(`${String(error.extensions?.code)}: ${error.message}`);
    if (!res.errors?.length && !res.data) out.push(`no data (${res.status})`);
  }
  return out;
}

/** What the service must still do afterwards: sign someone in, and read for a signed-in user. */
async function stillServes(): Promise<void> {
  const token = await graph.login(OPERATOR.email, OPERATOR.password);
  const viewer = await ok<{ viewer: { user: { email: string } } }>(graph, '{ viewer { user { email } } }', {}, token);
  expect(viewer.viewer.user.email).toBe(OPERATOR.email);
  const products = await ok<{ products: { totalCount: number } }>(
    graph,
    'query($v: ID!) { products(vendorCompanyId: $v) { totalCount } }',
    { v: m.companies.developer },
    m.people.developer.token,
  );
  expect(typeof products.products.totalCount).toBe('number');
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

it('X11: a burst of identity writes (invite, rename, grant, create company) answers every call and leaves sign-in working', async () => {
  const { owner, customerAdmin, devAdmin, customerUser } = m.people;
  const calls: Call[] = [
    ...range(BURST).map(
      (i) => () =>
        graph.gql(
          'mutation($input: InviteUserInput!) { inviteUser(input: $input) { token userErrors { code } } }',
          { input: { companyId: m.companies.customer, email: `burst${i}@invitees.test`, roles: [] } },
          { token: customerAdmin.token },
        ),
    ),
    ...range(BURST).map(
      (i) => () =>
        graph.gql(
          'mutation($input: RenameCompanyInput!) { renameCompany(input: $input) { company { name } userErrors { code } } }',
          { input: { companyId: m.companies.developer, name: `burst Devs ${i % 5}` } },
          { token: devAdmin.token },
        ),
    ),
    ...range(BURST).map(
      (i) => () =>
        graph.gql(
          'mutation($m: ID!, $roles: [Role!]!) { grantRoles(input: { membershipId: $m, roles: $roles }) { membership { id } userErrors { code } } }',
          { m: customerUser.membershipId, roles: [i % 2 ? 'BILLING_ADMIN' : 'USER'] },
          { token: customerAdmin.token },
        ),
    ),
    ...range(BURST).map(
      (i) => () =>
        graph.gql(
          'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } userErrors { code } } }',
          {
            input: {
              marketplaceId: m.marketplaceId,
              name: `Burst Co ${i % 10}`,
              accessTypes: [],
              firstAdmin: { email: `admin${i}@burstco.test`, name: 'Burst Admin', password: 'correct-horse-battery' },
            },
          },
          { token: owner.token },
        ),
    ),
  ];
  const answers = await burst(calls);
  expect(failures(answers).filter((f) => !f.startsWith('SERVICE_UNAVAILABLE'))).toEqual([]);
  await stillServes();
});

it('X11: a burst of catalog writes (create, update, edition, subscribe) answers every call; duplicates answer CONFLICT', async () => {
  const { developer, customerAdmin } = m.people;
  const { productId, editionId } = await publishedProduct(graph, m, { name: 'Burst Product' });
  const calls: Call[] = [
    ...range(BURST).map(
      (i) => () => graph.gql(CREATE_PRODUCT, { input: { vendorCompanyId: m.companies.developer, name: `Burst ${i}` } }, { token: developer.token }),
    ),
    ...range(BURST).map((i) => () => graph.gql(UPDATE_PRODUCT, { input: { productId, tagline: `Tagline ${i}` } }, { token: developer.token })),
    ...range(BURST).map(
      (i) => () =>
        graph.gql(
          CREATE_EDITION,
          { input: { productId, name: `Edition ${i % 4}`, priceMinor: 100, currency: 'EUR', billingPeriod: 'MONTHLY' } },
          { token: developer.token },
        ),
    ),
    ...range(BURST).map(() => () => graph.gql(SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, { token: customerAdmin.token })),
  ];
  const answers = await burst(calls);
  expect(failures(answers).filter((f) => !f.startsWith('SERVICE_UNAVAILABLE'))).toEqual([]);
  const subscribed = answers.slice(3 * BURST).map(outcome);
  const shed = subscribed.filter((o) => o === 'SERVICE_UNAVAILABLE').length;
  // At most one subscription wins; every other call is a CONFLICT, unless the pool shed it.
  const won = subscribed.filter((o) => o === 'OK').length;
  expect(won).toBeLessThanOrEqual(1);
  expect(won + shed).toBeGreaterThanOrEqual(1);
  expect(new Set(subscribed.filter((o) => o !== 'OK' && o !== 'SERVICE_UNAVAILABLE'))).toEqual(new Set(['CONFLICT']));
  // Whatever was shed, the company holds exactly one subscription of the edition afterwards.
  const again = outcome(await graph.gql(SUBSCRIBE, { input: { editionId, companyId: m.companies.customer } }, { token: customerAdmin.token }));
  expect(subscribed.includes('OK') ? ['CONFLICT'] : ['OK', 'CONFLICT']).toContain(again);
  await stillServes();
});

it('X11: a burst of tenancy writes (customer, app, keyset, assign, theme) answers every call and leaves reads working', async () => {
  const token = m.people.developer.token;
  const partner = m.companies.developer;
  const appId = await createApp(graph, token, partner, 'Burst App');
  const keyset = await createKeyset(graph, token, appId, 'Burst keys');
  const customers = await Promise.all(range(4).map((i) => createCustomer(graph, token, partner, `Burst holder ${i}`, `burst-holder-${i}`)));
  for (const customerId of customers) {
    await ok(graph, 'mutation($input: AppAssignmentInput!) { assignApp(input: $input) { app { id } userErrors { message } } }', { input: { appId, endCustomerId: customerId } }, token);
  }
  const calls: Call[] = [
    ...range(BURST).map(
      (i) => () => graph.gql(CREATE_CUSTOMER, { input: { partnerCompanyId: partner, name: `Burst customer ${i % 10}`, externalId: `burst-${i}` } }, { token }),
    ),
    ...range(BURST).map((i) => () => graph.gql(CREATE_APP, { input: { partnerCompanyId: partner, name: `Burst app ${i % 10}` } }, { token })),
    ...range(BURST).map((i) => () => graph.gql(CREATE_KEYSET, { input: { appId, name: `Burst keyset ${i}` } }, { token })),
    ...range(BURST).map((i) => () => graph.gql(ASSIGN_KEYSET, { input: { keysetId: keyset.id, endCustomerId: customers[i % 4] } }, { token })),
    ...range(BURST).map(
      (i) => () => graph.gql(SET_THEME, { input: { companyId: partner, name: `Theme ${i}`, primaryColor: '#112233', accentColor: '#445566' } }, { token }),
    ),
  ];
  const answers = await burst(calls);
  expect(failures(answers).filter((f) => !f.startsWith('SERVICE_UNAVAILABLE'))).toEqual([]);
  await stillServes();
  const read = await ok<{ viewer: { memberships: { company: { id: string; endCustomers: { totalCount: number } | null } }[] } }>(
    graph,
    '{ viewer { memberships { company { id endCustomers { totalCount } } } } }',
    {},
    token,
  );
  const partnerCompany = read.viewer.memberships.find((ms) => ms.company.id === partner)?.company;
  expect(partnerCompany?.endCustomers?.totalCount).toBeGreaterThanOrEqual(14);
});

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }';

(testDatabaseKind() === 'mysql' ? it : it.skip)(
  'X11 X14: with every pooled connection taken, /ready answers 503 (and /health, liveness, 200) and a request SERVICE_UNAVAILABLE instead of hanging; both recover',
  async () => {
    const db = graph.databases.identity;
    // A session the gateway has not seen yet: its actor must come from identity, not the actor cache.
    const unseen = await graph.login(m.people.owner.email, PASSWORD);
    // And one it has: the owner's, read once before the pool is taken.
    const cached = await redisReachable();
    expect((await graph.gql('{ viewer { kind } }', {}, { token: m.people.owner.token })).errors).toBeUndefined();
    const ready = graph.subgraphUrls.identity.replace(/\/graphql$/, '/ready');
    const health = graph.subgraphUrls.identity.replace(/\/graphql$/, '/health');
    const held = await Promise.all(
      range(db.limits.poolSize).map(async () => {
        const runner = db.dataSource.createQueryRunner();
        await runner.connect();
        return runner;
      }),
    );
    try {
      const exhausted = await fetch(ready);
      expect(exhausted.status).toBe(503);
      // The process itself is alive: a liveness probe must not restart it for a busy database.
      expect((await fetch(health)).status).toBe(200);
      // The gateway stays ready for what the other subgraphs answer, and says which one is not.
      const gatewayReady = await fetch(graph.url.replace(/\/graphql$/, '/ready'));
      expect([gatewayReady.status, await gatewayReady.json()]).toEqual([200, { status: 'degraded', subgraphs: { identity: 'unreachable', catalog: 'ok', tenancy: 'ok' } }]);
      expect((await fetch(graph.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
      // The metrics say why: every pooled connection is lent out (X14).
      const metrics = await (await fetch(graph.subgraphUrls.identity.replace(/\/graphql$/, '/metrics'))).text();
      expect(/^db_pool_connections_in_use\{[^}]*\} (\d+)$/m.exec(metrics)?.[1]).toBe(String(db.limits.poolSize));
      const refused = await graph.gql(LOGIN, { i: OPERATOR });
      expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['SERVICE_UNAVAILABLE', 'The service is busy; try again shortly']]);
      // A signed-in request: the gateway cannot load the caller from identity, and says so.
      const signedIn = await graph.gql('{ viewer { user { email } } }', {}, { token: unseen });
      expect([signedIn.status, signedIn.errors?.map((e) => e.extensions?.code)]).toEqual([503, ['SERVICE_UNAVAILABLE']]);
      // A caller whose actor the gateway holds (with Redis) gets as far as identity's field, which answers the same.
      const known = await graph.gql('{ viewer { user { email } } }', {}, { token: m.people.owner.token });
      expect([known.status, known.errors?.map((e) => e.extensions?.code)]).toEqual([cached ? 200 : 503, ['SERVICE_UNAVAILABLE']]);
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    expect((await fetch(ready)).status).toBe(200);
    await stillServes();
  },
);

(testDatabaseKind() === 'mysql' ? it : it.skip)('X11: a statement that runs past its time limit is stopped by the server and reported as busy', async () => {
  const limited = createDatabase(graph.databases.catalog.options.config, { statementTimeoutMs: 1000 });
  await limited.open();
  try {
    const slow = await limited.manager.query('SELECT SLEEP(5) AS slept').then(
      () => null,
      (err: unknown) => err,
    );
    expect(isDatabaseBusy(slow)).toBe(true);
  } finally {
    await limited.close();
  }
});
