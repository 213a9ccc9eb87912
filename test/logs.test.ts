import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import {
  DEV_KEYS,
  DEV_SECRETS,
  generateKeyEnvironment,
  logSettings,
  parseTraceparent,
  postToService,
  runWithRequest,
  type RequestContext,
} from '@marketgraph/graphql';
import { marketplaceFixture, ok, OPERATOR, PASSWORD, startGraph, type MarketplaceFixture, type TestGraph } from '@marketgraph/testing';

const root = path.resolve(__dirname, '..');

/** Every line the graph's four services log, as written. */
const written: string[] = [];
const destination = {
  write(chunk: string): void {
    for (const line of chunk.split('\n')) if (line !== '') written.push(line);
  },
};

interface Line {
  level: string;
  time: string;
  service: string;
  msg: string;
  requestId?: string;
  traceId?: string;
  subgraph?: string;
  method?: string;
  path?: string;
  status?: number;
  durationMs?: number;
  operationName?: string | null;
  actorKind?: string | null;
  outcome?: string;
  correlationId?: string;
  err?: { type: string; message: string; stack?: string };
}

/** Every captured line, each parsed as JSON (a line that is not fails the test). */
function lines(): Line[] {
  return written.map((line) => {
    try {
      return JSON.parse(line) as Line;
    } catch {
      throw new Error(`not a JSON log line: ${line}`);
    }
  });
}

const isAccess = (line: Line): boolean => typeof line.method === 'string' && typeof line.status === 'number' && typeof line.path === 'string';

/** The access lines of one request, in every process. */
function accessLinesOf(requestId: string): Line[] {
  return lines().filter((line) => isAccess(line) && line.requestId === requestId);
}

/** Waits until the access line of `requestId` in `service` is written: processes log once their answer is sent. */
async function accessLine(requestId: string, service: string, pathname = '/graphql'): Promise<Line> {
  for (let i = 0; i < 200; i++) {
    const found = accessLinesOf(requestId).find((line) => line.service === service && line.path === pathname);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no access line of ${requestId} in ${service} ${pathname}`);
}

let graph: TestGraph;
let m: MarketplaceFixture;
beforeAll(async () => {
  graph = await startGraph({ logs: { destination, level: 'debug' } });
  m = await marketplaceFixture(graph, 'lg');
}, 120_000);
afterAll(() => graph?.stop());

const VIEWER = 'query Viewer { viewer { user { email } memberships { company { name products { totalCount } endCustomers { totalCount } } } } }';

describe('access lines', () => {
  it('X14: one client request gives an access line in the gateway and in each subgraph it reached, all with its request ID and trace ID', async () => {
    const res = await graph.gql(VIEWER, {}, { token: m.people.devAdmin.token, headers: { 'x-correlation-id': 'client-ref-1' } });
    expect(res.errors).toBeUndefined();
    const requestId = res.headers.get('x-request-id') as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    const gateway = await accessLine(requestId, 'gateway');
    expect(gateway).toMatchObject({
      level: 'info',
      service: 'gateway',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'Viewer',
      actorKind: 'user',
      outcome: 'ok',
      correlationId: 'client-ref-1',
    });
    expect(new Date(gateway.time).toISOString()).toBe(gateway.time);
    expect(gateway.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(gateway.durationMs).toBeGreaterThan(0);

    for (const service of ['identity', 'catalog', 'tenancy']) {
      const line = await accessLine(requestId, service);
      expect(line).toMatchObject({ level: 'info', service, method: 'POST', status: 200, actorKind: 'user', outcome: 'ok', requestId, traceId: gateway.traceId, correlationId: 'client-ref-1' });
      // The gateway names each subgraph operation after the client's.
      expect(line.operationName).toMatch(/^Viewer__/);
      expect(line.durationMs).toBeGreaterThan(0);
      // The gateway's line of its fetch names the subgraph.
      expect(lines().some((l) => l.service === 'gateway' && l.subgraph === service && l.requestId === requestId && l.traceId === gateway.traceId)).toBe(true);
    }
    // Identity's internal route the gateway asked who the caller is: the same request and trace.
    const actor = await accessLine(requestId, 'identity', '/internal/actor');
    expect(actor).toMatchObject({ traceId: gateway.traceId, actorKind: 'service', outcome: 'ok', status: 200 });
  });

  it('X14: refusals and errors carry their codes as the outcome; probes are debug lines', async () => {
    const refused = await graph.gql(VIEWER, {}, { token: 'not-a-token' });
    expect(refused.status).toBe(401);
    const line = await accessLine(refused.headers.get('x-request-id') as string, 'gateway');
    expect(line).toMatchObject({ status: 401, outcome: 'UNAUTHENTICATED', actorKind: null, operationName: null });

    const missing = await graph.gql('query Missing($id: ID!) { company(id: $id) { name } }', { id: '01890000-0000-7000-8000-000000000000' }, { token: m.people.owner.token });
    const notFound = await accessLine(missing.headers.get('x-request-id') as string, 'gateway');
    expect(notFound).toMatchObject({ level: 'info', status: 200, operationName: 'Missing', outcome: 'NOT_FOUND' });

    await fetch(graph.url.replace(/\/graphql$/, '/health'));
    await fetch(graph.subgraphUrls.catalog.replace(/\/graphql$/, '/ready'));
    for (let i = 0; i < 100 && !lines().some((l) => l.service === 'catalog' && l.path === '/ready'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const probes = lines().filter((l) => isAccess(l) && (l.path === '/health' || l.path === '/ready'));
    expect(probes.map((l) => [l.service, l.path, l.level])).toEqual(expect.arrayContaining([
      ['gateway', '/health', 'debug'],
      ['catalog', '/ready', 'debug'],
    ]));
  });
});

describe('request ID and trace context on every call', () => {
  /** A stand-in service that records the headers of each call it receives. */
  async function recorder(): Promise<{ url: string; received: http.IncomingHttpHeaders[]; close(): Promise<void> }> {
    const received: http.IncomingHttpHeaders[] = [];
    const server = http.createServer((req, res) => {
      received.push(req.headers);
      req.resume();
      req.on('end', () => res.end('{}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      received,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  const context = (traceId: string): RequestContext => ({
    requestId: 'req-1234',
    traceId,
    traceFlags: '01',
    correlationId: 'client-ref-2',
    operationName: null,
    actorKind: null,
    codes: new Set(),
    stats: { sql: 0 },
  });

  it('X14: a call made for a request carries x-request-id and a traceparent of its trace with a new span ID', async () => {
    const stand = await recorder();
    try {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      await runWithRequest(context(traceId), async () => {
        await postToService(stand.url, '{}', { 'content-type': 'application/json' }, 5000);
        await postToService(stand.url, '{}', { 'content-type': 'application/json' }, 5000);
      });
      await postToService(stand.url, '{}', {}, 5000);
      const [first, second, outside] = stand.received;
      expect(first?.['x-request-id']).toBe('req-1234');
      expect(first?.['x-correlation-id']).toBe('client-ref-2');
      const a = parseTraceparent(first?.['traceparent']);
      const b = parseTraceparent(second?.['traceparent']);
      expect(a).toMatchObject({ traceId, traceFlags: '01' });
      expect(b).toMatchObject({ traceId });
      expect(a?.parentId).not.toBe(b?.parentId);
      // Outside any request, nothing is made up.
      expect(outside?.['x-request-id']).toBeUndefined();
      expect(outside?.['traceparent']).toBeUndefined();
    } finally {
      await stand.close();
    }
  });

  it('X14: a valid incoming traceparent keeps its trace ID through the gateway and every subgraph; an invalid one starts a new trace', async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    // A new session, so that the gateway asks identity for its actor rather than its actor cache.
    const fresh = await graph.login(m.people.devAdmin.email, PASSWORD);
    const res = await graph.gql(VIEWER, {}, { token: fresh, headers: { traceparent: `00-${traceId}-b7ad6b7169203331-01` } });
    const requestId = res.headers.get('x-request-id') as string;
    for (const service of ['gateway', 'identity', 'catalog', 'tenancy']) expect((await accessLine(requestId, service)).traceId).toBe(traceId);
    // The subgraph learnt the request ID from the header the call carried (internal routes have no actor context).
    expect((await accessLine(requestId, 'identity', '/internal/actor')).traceId).toBe(traceId);

    for (const invalid of [`00-${'0'.repeat(32)}-b7ad6b7169203331-01`, `ff-${traceId}-b7ad6b7169203331-01`, `00-${traceId}-${'0'.repeat(16)}-01`, 'garbage']) {
      const fresh = await graph.gql(VIEWER, {}, { token: m.people.devAdmin.token, headers: { traceparent: invalid } });
      const id = fresh.headers.get('x-request-id') as string;
      const gateway = await accessLine(id, 'gateway');
      expect(gateway.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(gateway.traceId).not.toBe(traceId);
      expect(gateway.traceId).not.toBe('0'.repeat(32));
      expect((await accessLine(id, 'catalog')).traceId).toBe(gateway.traceId);
    }
  });

  it('X14: a subgraph logs the request ID of the signed actor context, not one a header claims', async () => {
    const res = await graph.gql(VIEWER, {}, { token: m.people.devAdmin.token, headers: { 'x-request-id': 'client-chosen' } });
    const requestId = res.headers.get('x-request-id') as string;
    expect(requestId).not.toBe('client-chosen');
    expect(res.headers.get('x-correlation-id')).toBe('client-chosen');
    expect((await accessLine(requestId, 'tenancy')).correlationId).toBe('client-chosen');
    expect(lines().filter((l) => l.requestId === 'client-chosen')).toEqual([]);
  });
});

describe('secrets', () => {
  const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken refreshToken userErrors { code } } }';

  it('X14: no password, token, key or secret appears in any log line, also when they fail and when an unexpected error is logged', async () => {
    const secrets: string[] = [PASSWORD, OPERATOR.password, DEV_SECRETS.accessToken, DEV_SECRETS.embedToken, DEV_SECRETS.credentials];
    for (const key of [DEV_KEYS.actorContext, ...Object.values(DEV_KEYS.services)]) secrets.push((JSON.parse(key) as { d: string }).d);
    const start = written.length;

    // Logins, right and wrong, and their refresh tokens, fresh, spent and made up.
    const login = await ok<{ login: { accessToken: string; refreshToken: string } }>(graph, LOGIN, { input: { email: m.people.owner.email, password: PASSWORD } });
    secrets.push(login.login.accessToken, login.login.refreshToken);
    const wrongPassword = 'wrong-horse-battery-staple';
    secrets.push(wrongPassword);
    await graph.gql(LOGIN, { input: { email: m.people.owner.email, password: wrongPassword } });
    await graph.gql(`mutation { login(input: { email: "${m.people.owner.email}", password: "${wrongPassword}" }) { accessToken } }`);
    const refreshed = await ok<{ refreshSession: { accessToken: string; refreshToken: string } }>(
      graph,
      'mutation Refresh($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken userErrors { code } } }',
      { t: login.login.refreshToken },
    );
    secrets.push(refreshed.refreshSession.accessToken, refreshed.refreshSession.refreshToken);
    await graph.gql('mutation Refresh($t: String!) { refreshSession(refreshToken: $t) { accessToken userErrors { code } } }', { t: login.login.refreshToken });
    const madeUp = 'rt_made-up-refresh-token-0123456789';
    secrets.push(madeUp);
    await graph.gql('mutation Refresh($t: String!) { refreshSession(refreshToken: $t) { accessToken userErrors { code } } }', { t: madeUp });

    // Bearer tokens: every request of the fixture used one; a forged one.
    for (const who of Object.values(m.people)) secrets.push(who.token);
    const forged = `${login.login.accessToken.slice(0, -6)}AAAAAA`;
    secrets.push(forged);
    expect((await graph.gql(VIEWER, {}, { token: forged })).status).toBe(401);

    // An API key, used, and a made-up one.
    const created = await ok<{ createApiKey: { key: string } }>(
      graph,
      'mutation Key($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code } } }',
      { input: { companyId: m.companies.developer, name: 'logs', roles: ['DEVELOPER'] } },
      m.people.developer.token,
    );
    const apiKey = created.createApiKey.key;
    secrets.push(apiKey);
    const byKey = await graph.gql(VIEWER, {}, { headers: { authorization: `ApiKey ${apiKey}` } });
    expect(byKey.status).toBe(200);
    const madeUpKey = 'mgk_madeUpKeyThatIsNotThere0123456789abcdef';
    secrets.push(madeUpKey);
    expect((await graph.gql(VIEWER, {}, { headers: { authorization: `ApiKey ${madeUpKey}` } })).status).toBe(401);
    await graph.gql(
      'mutation Key($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code } } }',
      { input: { companyId: m.companies.developer, name: 'too much', roles: ['RESELLER'] } },
      { token: m.people.developer.token },
    );

    // A keyset's secret, and an embed token, used and made up.
    const token = m.people.developer.token;
    const customer = await ok<{ createEndCustomer: { endCustomer: { id: string } } }>(
      graph,
      'mutation($input: CreateEndCustomerInput!) { createEndCustomer(input: $input) { endCustomer { id } userErrors { code } } }',
      { input: { partnerCompanyId: m.companies.developer, name: 'Logged Customer', externalId: 'logs-1' } },
      token,
    );
    const app = await ok<{ createApp: { app: { id: string } } }>(
      graph,
      'mutation($input: CreateAppInput!) { createApp(input: $input) { app { id } userErrors { code } } }',
      { input: { partnerCompanyId: m.companies.developer, name: 'Logged App' } },
      token,
    );
    const endCustomerId = customer.createEndCustomer.endCustomer.id;
    await ok(graph, 'mutation($input: AppAssignmentInput!) { assignApp(input: $input) { app { id } userErrors { code } } }', { input: { endCustomerId, appId: app.createApp.app.id } }, token);
    const keyset = await ok<{ createKeyset: { keyset: { id: string }; secretKey: string } }>(
      graph,
      'mutation($input: CreateKeysetInput!) { createKeyset(input: $input) { keyset { id } secretKey userErrors { code } } }',
      { input: { appId: app.createApp.app.id, name: 'Logged Keyset' } },
      token,
    );
    secrets.push(keyset.createKeyset.secretKey);
    await ok(
      graph,
      'mutation($input: AssignKeysetInput!) { assignKeyset(input: $input) { keyset { id } userErrors { code } } }',
      { input: { keysetId: keyset.createKeyset.keyset.id, endCustomerId } },
      token,
    );
    const minted = await ok<{ mintEmbedToken: { token: string } }>(
      graph,
      'mutation Mint($input: MintEmbedTokenInput!) { mintEmbedToken(input: $input) { token userErrors { code } } }',
      { input: { endCustomerId, permissions: ['READ'] } },
      token,
    );
    const embed = minted.mintEmbedToken.token;
    secrets.push(embed);
    expect((await graph.gql('{ embedSession { endCustomer { id } } }', {}, { token: embed })).status).toBe(200);
    const madeUpEmbed = `${embed.slice(0, -8)}AAAAAAAA`;
    secrets.push(madeUpEmbed);
    await graph.gql('{ embedSession { endCustomer { id } } }', {}, { token: madeUpEmbed });

    // An invitation's token and the new user's password.
    const invited = await ok<{ inviteUser: { token: string } }>(
      graph,
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { token userErrors { code } } }',
      { input: { companyId: m.companies.customer, email: 'logged@lg.test', roles: [] } },
      m.people.customerAdmin.token,
    );
    const newPassword = 'a-brand-new-password-for-logs';
    secrets.push(invited.inviteUser.token, newPassword);
    await ok(graph, 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken userErrors { code } } }', {
      input: { token: invited.inviteUser.token, name: 'Logged', password: newPassword },
    });

    // Unexpected errors: a sign-in, its password in the document, while identity's throttle table is gone.
    const rename = (from: string, to: string): Promise<unknown> =>
      graph.databases.identity.dataSource.query(`RENAME TABLE ${from} TO ${to}`).catch(() => graph.databases.identity.dataSource.query(`ALTER TABLE ${from} RENAME TO ${to}`));
    await rename('password_throttle', 'password_throttle_gone');
    try {
      const broken = await graph.gql(`mutation Broken { login(input: { email: "${m.people.owner.email}", password: "${PASSWORD}" }) { accessToken } }`);
      expect(broken.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      const requestId = broken.headers.get('x-request-id') as string;
      await accessLine(requestId, 'gateway');
      const failure = lines().find((l) => l.service === 'identity' && l.requestId === requestId && l.err);
      expect(failure).toMatchObject({ level: 'error', traceId: expect.stringMatching(/^[0-9a-f]{32}$/) });
      // One JSON line, the stack inside it.
      expect(failure?.err?.stack).toMatch(/\n\s+at /);
      expect(await accessLine(requestId, 'gateway')).toMatchObject({ level: 'error', outcome: 'INTERNAL_SERVER_ERROR', operationName: 'Broken' });
    } finally {
      await rename('password_throttle_gone', 'password_throttle');
    }

    const logged = written.slice(start);
    expect(logged.filter((line) => isAccess(JSON.parse(line) as Line)).length).toBeGreaterThan(20);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(12);
      expect(written.filter((line) => line.includes(secret))).toEqual([]);
    }
    // Nor any signed token (access tokens, actor contexts, service tokens are JWTs), nor a credential header.
    expect(written.filter((line) => /eyJ[\w-]+\.eyJ[\w-]+\./.test(line) || /Bearer |ApiKey |x-actor-context|x-service-token/i.test(line))).toEqual([]);
  });
});

describe('format', () => {
  it('X14: JSON in production and whenever output is not a terminal; pretty on a terminal; LOG_FORMAT and LOG_LEVEL when set', () => {
    expect(logSettings({ NODE_ENV: 'production' }, true).settings).toEqual({ level: 'info', format: 'json' });
    expect(logSettings({}, false).settings.format).toBe('json');
    expect(logSettings({}, true).settings.format).toBe('pretty');
    expect(logSettings({ LOG_FORMAT: 'json' }, true).settings.format).toBe('json');
    expect(logSettings({ LOG_FORMAT: 'pretty', LOG_LEVEL: 'warn' }, false).settings).toEqual({ level: 'warn', format: 'pretty' });
    expect(logSettings({ LOG_LEVEL: 'loud', LOG_FORMAT: 'xml' }, false).problems).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      'LOG_FORMAT must be json or pretty, got "xml"',
    ]);
  });

  it('X14: npm start gives its services pretty logs, JSON with NODE_ENV=production, as LOG_FORMAT says when set', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { serviceEnvironment } = require('../scripts/start.js') as { serviceEnvironment(given: NodeJS.ProcessEnv, terminal: boolean): NodeJS.ProcessEnv };
    expect(serviceEnvironment({}, false)['LOG_FORMAT']).toBe('pretty');
    expect(serviceEnvironment({ NODE_ENV: 'production' }, false)['LOG_FORMAT']).toBe('json');
    expect(serviceEnvironment({ LOG_FORMAT: 'json' }, false)['LOG_FORMAT']).toBe('json');
  });

  it('X14: a built service logs pretty lines when npm start asks, and JSON lines in production, "ready at" readable in both', async () => {
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
    expect(build.status).toBe(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marketgraph-logs-'));
    const keys = generateKeyEnvironment();
    /** Starts identity on its own SQLite file, and stops it once it says it is ready; answers what it wrote. */
    const run = (env: NodeJS.ProcessEnv): Promise<string> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [path.join(root, 'services/identity/dist/main.js')], {
          env: { PATH: process.env['PATH'], APOLLO_TELEMETRY_DISABLED: '1', DATA_DIR: dir, IDENTITY_PORT: '0', MIGRATE_ON_START: 'true', SHUTDOWN_READY_DELAY_MS: '0', ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (/ready at/.test(out)) child.kill('SIGTERM');
        });
        child.once('exit', () => (/ready at/.test(out) ? resolve(out) : reject(new Error(`identity did not start: ${err}`))));
      });
    try {
      const pretty = await run({ LOG_FORMAT: 'pretty' });
      const ready = pretty.split('\n').find((line) => line.includes('ready at')) as string;
      expect(ready).toMatch(/INFO.*: identity ready at http:\/\/127\.0\.0\.1:\d+\/graphql/);
      expect(() => JSON.parse(ready)).toThrow();

      const production = await run({ NODE_ENV: 'production', ACCESS_TOKEN_SECRET: `access-${'x'.repeat(40)}`, ...keys.common, ...keys.own.identity });
      const json = production.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Line);
      expect(json[0]).toMatchObject({ level: 'info', service: 'identity', msg: expect.stringMatching(/^identity ready at http:\/\/127\.0\.0\.1:\d+\/graphql$/) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
