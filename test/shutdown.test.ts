import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createConnection, type Connection } from 'mysql2/promise';
import { parseDatabaseUrl } from '@marketgraph/db';
import { testDatabaseKind } from '@marketgraph/testing';

// The services as production runs them: each built main.js in its own process, on MySQL.
const root = path.resolve(__dirname, '..');
const GRACE_MS = 5000;
// On SIGTERM, how long /ready answers 503 before the process stops accepting.
const READY_DELAY_MS = 1500;
const serverUrl = new URL(process.env['MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306');
serverUrl.pathname = '';
const mysqlServer = serverUrl.toString().replace(/\/$/, '');
const onMysql = testDatabaseKind() === 'mysql';

/** A direct connection to the MySQL server the services use (MYSQL_URL's user defaults to root). */
function connect(database?: string): Promise<Connection> {
  const server = parseDatabaseUrl('MYSQL_URL', `${mysqlServer}/unused`);
  if (server.type !== 'mysql') throw new Error('not MySQL');
  return createConnection({ host: server.host, port: server.port, user: server.user, password: server.password, ...(database ? { database } : {}) });
}
const prefix = `sd${process.pid}_`;
const SERVICES = ['identity', 'catalog', 'tenancy'] as const;
const OWNER = { email: 'owner@shutdown.test', password: 'correct-horse-battery' };

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...(onMysql ? { MYSQL_URL: mysqlServer, DATABASE_PREFIX: prefix } : { DATA_DIR: path.join(root, 'data', `test-${prefix}`) }),
    APOLLO_TELEMETRY_DISABLED: '1',
    SHUTDOWN_GRACE_MS: String(GRACE_MS),
    SHUTDOWN_READY_DELAY_MS: String(READY_DELAY_MS),
    PLATFORM_OPERATOR_EMAIL: 'operator@shutdown.test',
    PLATFORM_OPERATOR_PASSWORD: 'operator-password-1',
    IDENTITY_PORT: '0',
    CATALOG_PORT: '0',
    TENANCY_PORT: '0',
    GATEWAY_PORT: '0',
    ...extra,
  };
}

interface Service {
  name: string;
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: Service[] = [];
/** Processes the launcher started, killed after the tests should one survive. */
const strays: number[] = [];

/** Starts a built service and resolves once it says where it listens. */
function startService(name: string, entry: string, extra: Record<string, string> = {}): Promise<Service> {
  const child = spawn(process.execPath, [path.join(root, entry)], { env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = / ready at ([^\s"]+)/.exec(stdout)?.[1];
      if (url) {
        const service = { name, child, url, exited };
        started.push(service);
        resolve(service);
      }
    });
    void exited.then(({ code }) => reject(new Error(`${name} exited (${code}) before it was ready: ${stderr}`)));
  });
}

async function startGraph(): Promise<Record<'identity' | 'catalog' | 'tenancy' | 'gateway', Service>> {
  const identity = await startService('identity', 'services/identity/dist/main.js');
  const catalog = await startService('catalog', 'services/catalog/dist/main.js', { IDENTITY_URL: identity.url });
  const tenancy = await startService('tenancy', 'services/tenancy/dist/main.js', { IDENTITY_URL: identity.url, CATALOG_URL: catalog.url });
  const gateway = await startService('gateway', 'gateway/dist/main.js', { IDENTITY_URL: identity.url, CATALOG_URL: catalog.url, TENANCY_URL: tenancy.url });
  return { identity, catalog, tenancy, gateway };
}

/** Sends SIGTERM and measures how long the process takes to exit, bounded so that a hung process fails the test instead of the run. */
async function terminate(service: Service): Promise<{ code: number | null; ms: number }> {
  const begun = Date.now();
  service.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<{ code: null; signal: null }>((resolve) => {
    timer = setTimeout(() => resolve({ code: null, signal: null }), GRACE_MS + 3000);
  });
  const result = await Promise.race([service.exited, hung]);
  clearTimeout(timer);
  return { code: result.code, ms: Date.now() - begun };
}

/** True once nothing accepts connections on the URL's port any more. */
async function refusing(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up waiting until ${what}`);
}

/** What a service's `/ready` says. */
async function readiness(url: string): Promise<unknown> {
  return (await fetch(url.replace(/\/graphql$/, '/ready'))).json();
}

/** The status a service answers at `probe` (`/health` or `/ready`); 0 once it refuses connections. */
async function probe(url: string, path: '/health' | '/ready'): Promise<number> {
  return fetch(url.replace(/\/graphql$/, path), { headers: { connection: 'close' } }).then(
    (r) => r.status,
    () => 0,
  );
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: unknown[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

/** A marketplace whose owner may rename the owner company; returns the owner's token and the company. */
async function ownerCompany(gateway: string, tag: string): Promise<{ token: string; companyId: string }> {
  const login = async (email: string, password: string): Promise<string> =>
    (await gql<{ login: { accessToken: string } }>(gateway, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password } })).data?.login
      .accessToken ?? '';
  const operator = await login('operator@shutdown.test', 'operator-password-1');
  const created = await gql<{ createMarketplace: { marketplace: { ownerCompany: { id: string } } | null; token: string | null } }>(
    gateway,
    'mutation($i: CreateMarketplaceInput!) { createMarketplace(input: $i) { marketplace { ownerCompany { id } } token userErrors { message } } }',
    { i: { name: `Shutdown ${tag}`, slug: `shutdown-${tag}`, ownerCompanyName: `Shutdown ${tag}`, ownerAdmin: { email: `${tag}-${OWNER.email}` } } },
    operator,
  );
  const companyId = created.data?.createMarketplace.marketplace?.ownerCompany.id;
  const invitation = created.data?.createMarketplace.token;
  if (!companyId || !invitation) throw new Error(`no marketplace: ${JSON.stringify(created)}`);
  // The owner's first admin accepts its invitation and chooses its own password (I15).
  const accepted = await gql<{ acceptInvitation: { accessToken: string | null } }>(
    gateway,
    'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken userErrors { message } } }',
    { i: { token: invitation, name: 'Owner', password: OWNER.password } },
  );
  const token = accepted.data?.acceptInvitation.accessToken;
  if (!token) throw new Error(`invitation not accepted: ${JSON.stringify(accepted)}`);
  return { token, companyId };
}

const RENAME = 'mutation($i: RenameCompanyInput!) { renameCompany(input: $i) { company { name } userErrors { message } } }';

/**
 * Holds the company's row lock from outside, so that a rename sent now is in flight inside
 * identity (waiting for the lock) for as long as the test wants.
 */
async function holdCompany(companyId: string): Promise<{ release(): Promise<void>; waiting(): Promise<boolean> }> {
  const connection = await connect(`${prefix}identity`);
  await connection.query('BEGIN');
  await connection.query('SELECT id FROM company WHERE id = ? FOR UPDATE', [companyId]);
  return {
    release: async () => {
      await connection.query('COMMIT');
      await connection.end();
    },
    waiting: async () => {
      const [rows] = await connection.query(
        "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = ? AND INFO LIKE '%FOR UPDATE%' AND ID <> CONNECTION_ID()",
        [`${prefix}identity`],
      );
      return Number((rows as { n: number }[])[0]?.n) > 0;
    },
  };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
}, 300_000);

afterAll(async () => {
  for (const service of started) if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
  for (const pid of strays) if (alive(pid)) process.kill(pid, 'SIGKILL');
  if (onMysql) {
    const admin = await connect();
    for (const name of SERVICES) for (const p of [prefix, `${prefix}seed_`]) await admin.query(`DROP DATABASE IF EXISTS \`${p}${name}\``);
    await admin.end();
  } else {
    fs.rmSync(path.join(root, 'data', `test-${prefix}`), { recursive: true, force: true });
  }
});

it('X11: every service exits on SIGTERM within its grace period when idle after serving, and closes its pool', async () => {
  const graph = await startGraph();
  // Traffic first: pooled connections and kept-alive connections between the services are open.
  const { token } = await ownerCompany(graph.gateway.url, 'idle');
  const viewer = await gql<{ viewer: { memberships: unknown[] } }>(graph.gateway.url, '{ viewer { memberships { company { name products { totalCount } endCustomers { totalCount } } } } }', {}, token);
  expect(viewer.data?.viewer.memberships).toHaveLength(1);
  for (const service of [graph.gateway, graph.tenancy, graph.catalog, graph.identity]) {
    const { code, ms } = await terminate(service);
    expect({ service: service.name, code, withinGrace: ms < GRACE_MS }).toEqual({ service: service.name, code: 0, withinGrace: true });
  }
}, 120_000);

(onMysql ? it : it.skip)('X11 X14: a subgraph on SIGTERM turns unready, stops accepting, finishes the request in flight, then exits within its grace period', async () => {
  const graph = await startGraph();
  const { token, companyId } = await ownerCompany(graph.gateway.url, 'sub');
  expect([await probe(graph.identity.url, '/ready'), await probe(graph.gateway.url, '/ready')]).toEqual([200, 200]);
  const lock = await holdCompany(companyId);
  const rename = gql<{ renameCompany: { company: { name: string } } }>(graph.gateway.url, RENAME, { i: { companyId, name: 'Renamed in flight' } }, token);
  await until(lock.waiting, 'the rename waits inside identity');
  const stopping = terminate(graph.identity);
  // Readiness goes first, while the process still answers: a load balancer takes it out before it drains.
  await until(async () => (await probe(graph.identity.url, '/ready')) !== 200, 'identity turns unready');
  expect(await probe(graph.identity.url, '/ready')).toBe(503);
  expect(await probe(graph.identity.url, '/health')).toBe(200);
  // The gateway stays ready while its other subgraphs are (partial data, X9), and says it is degraded.
  expect([await probe(graph.gateway.url, '/health'), await probe(graph.gateway.url, '/ready')]).toEqual([200, 200]);
  expect(await readiness(graph.gateway.url)).toEqual({ status: 'degraded', subgraphs: { identity: 'unreachable', catalog: 'ok', tenancy: 'ok' } });
  await until(() => refusing(graph.identity.url), 'identity stops accepting');
  await lock.release();
  expect((await rename).data?.renameCompany.company.name).toBe('Renamed in flight');
  const { code, ms } = await stopping;
  expect({ code, withinGrace: ms < GRACE_MS }).toEqual({ code: 0, withinGrace: true });
  // Identity stopped: the gateway still lives, and is ready for what catalog and tenancy answer.
  expect([await probe(graph.gateway.url, '/health'), await probe(graph.gateway.url, '/ready')]).toEqual([200, 200]);
  // With no subgraph left it has nothing to answer: alive, not ready.
  for (const service of [graph.tenancy, graph.catalog]) expect((await terminate(service)).code).toBe(0);
  expect([await probe(graph.gateway.url, '/health'), await probe(graph.gateway.url, '/ready')]).toEqual([200, 503]);
  expect(await readiness(graph.gateway.url)).toEqual({ status: 'unavailable', subgraphs: { identity: 'unreachable', catalog: 'unreachable', tenancy: 'unreachable' } });
  expect((await terminate(graph.gateway)).code).toBe(0);
}, 120_000);

(onMysql ? it : it.skip)('X11 X14: the gateway on SIGTERM under load turns unready, answers every request in flight, then exits within its grace period', async () => {
  const graph = await startGraph();
  const { token, companyId } = await ownerCompany(graph.gateway.url, 'gw');
  const lock = await holdCompany(companyId);
  const renames = Array.from({ length: 5 }, (_, i) =>
    gql<{ renameCompany: { company: { name: string } | null } }>(graph.gateway.url, RENAME, { i: { companyId, name: `Load ${i}` } }, token),
  );
  await until(lock.waiting, 'the renames wait inside identity');
  const stopping = terminate(graph.gateway);
  await until(async () => (await probe(graph.gateway.url, '/ready')) !== 200, 'the gateway turns unready');
  expect([await probe(graph.gateway.url, '/ready'), await probe(graph.gateway.url, '/health')]).toEqual([503, 200]);
  await until(() => refusing(graph.gateway.url), 'the gateway stops accepting');
  await lock.release();
  const answers = await Promise.all(renames);
  expect(answers.map((a) => a.errors ?? a.data?.renameCompany.company?.name.startsWith('Load'))).toEqual([true, true, true, true, true]);
  const { code, ms } = await stopping;
  expect({ code, withinGrace: ms < GRACE_MS }).toEqual({ code: 0, withinGrace: true });
  for (const service of [graph.tenancy, graph.catalog, graph.identity]) expect((await terminate(service)).code).toBe(0);
}, 120_000);

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The process IDs of `pid`'s children. */
function childrenOf(pid: number): number[] {
  const ps = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((n) => n > 0);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `npm start`'s launcher, on free ports; resolves once its output holds `until` (by default: the graph is seeded and ready). */
async function launch(
  until = 'The graph is ready',
  extra: Record<string, string> = {},
): Promise<{ launcher: ChildProcess; services: number[]; exited: Promise<number | null>; output: () => string }> {
  const ports = { GATEWAY_PORT: await freePort(), IDENTITY_PORT: await freePort(), CATALOG_PORT: await freePort(), TENANCY_PORT: await freePort() };
  const launcher = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
    env: env({ ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
  let out = '';
  launcher.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    launcher.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(until)) resolve();
    });
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before it was ready: ${out}`)));
  });
  const services = childrenOf(launcher.pid as number);
  expect(services).toHaveLength(4);
  strays.push(...services);
  return { launcher, services, exited, output: () => out };
}

(onMysql ? it : it.skip)("X11: npm start's launcher stops every service on Ctrl-C and leaves no process behind", async () => {
  const { launcher, services, exited } = await launch();
  launcher.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(services.filter(alive)).toEqual([]);
}, 180_000);

(onMysql ? it : it.skip)('X11: Ctrl-C while npm start seeds the demo stops every service gracefully, and is no failure', async () => {
  // A database of its own: the demo is seeded from scratch, so the seed is still running at Ctrl-C.
  const { launcher, services, exited, output } = await launch('gateway ready at', { DATABASE_PREFIX: `${prefix}seed_` });
  launcher.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(services.filter(alive)).toEqual([]);
  expect(output()).not.toContain('npm start failed');
  // Each service finished on its own (it logs that it stopped), none was killed.
  expect(output().match(/\] .*INFO.*: stopped/g) ?? []).toHaveLength(4);
}, 180_000);

(onMysql ? it : it.skip)('X11: services started by npm start stop by themselves when the launcher is killed outright', async () => {
  const { launcher, services, exited } = await launch();
  launcher.kill('SIGKILL');
  await exited;
  await until(async () => services.filter(alive).length === 0, 'every service has exited');
  expect(services.filter(alive)).toEqual([]);
}, 180_000);
