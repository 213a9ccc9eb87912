#!/usr/bin/env node
/**
 * npm run replicas: the graph as a deployment runs it, on this machine. From the built output,
 * in production mode on MySQL: two gateways and two replicas of each subgraph (each pair sharing
 * its database), behind HAProxy. Clients talk only to the balancer's gateway frontend; the
 * gateways, and the subgraphs' calls to each other, go through one balancer frontend per subgraph.
 * The gateways share their rate-limit counters in Redis and trust the balancer's X-Forwarded-For.
 * HAProxy checks each server's /ready, retries a request whose connection failed or that got no
 * answer on another server, and takes a replica out when its checks fail.
 *
 *   npm run replicas        (builds, migrates, seeds the demo marketplace; Ctrl-C stops everything)
 *
 * As a library (tests): `start(options)` resolves to { url, replicas, kill, balancer, servers, stop }.
 * It installs nothing: without HAProxy it says how to install it.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawn } = require('node:child_process');
const { setTimeout: sleep } = require('node:timers/promises');
const { withServiceNodeOptions } = require('./node-options');

const root = path.resolve(__dirname, '..');
const SUBGRAPHS = ['identity', 'catalog', 'tenancy'];
const ENTRIES = {
  identity: 'services/identity/dist/main.js',
  catalog: 'services/catalog/dist/main.js',
  tenancy: 'services/tenancy/dist/main.js',
  gateway: 'gateway/dist/main.js',
};
const HOST = '127.0.0.1';
const OPERATOR = { email: 'operator@replicas.local', password: 'operator-replicas-password' };

/** The HAProxy binary: HAPROXY_PATH, else the first `haproxy` on PATH or in /usr/sbin; null when none. */
function findHaproxy(env = process.env) {
  if (env.HAPROXY_PATH) return fs.existsSync(env.HAPROXY_PATH) ? env.HAPROXY_PATH : null;
  const dirs = [...(env.PATH || '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'haproxy');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** Whether nothing listens on `port` yet. */
function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

/** Where the kernel's ephemeral ports begin (32768 unless configured otherwise). */
function ephemeralStart() {
  try {
    const start = Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(start) && start > 2048 ? start : 32768;
  } catch {
    return 32768;
  }
}

/**
 * A free port below the ephemeral range. Every listen on port 0 and every outgoing connection
 * draws from that range, and the ports picked here are bound only seconds later, as each process
 * starts: taken from below it, no other program is handed one of them meanwhile.
 */
async function freePort() {
  const top = ephemeralStart();
  const bottom = Math.max(1024, top - 12_000);
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = bottom + Math.floor(Math.random() * (top - bottom));
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port between ${bottom} and ${top}`);
}

const serverName = (service, index) => `${service}-${index}`;

/**
 * HAProxy's configuration: one frontend and backend for the gateways and one per subgraph, each
 * backend round-robin over its replicas, checked on /ready.
 */
function haproxyConfig({ ports, replicas, socket }) {
  const backend = (service) => [
    `backend ${service}`,
    '  balance roundrobin',
    '  option httpchk GET /ready',
    '  http-check expect status 200',
    // Which replica answered: a client (or a test) can see the requests spread.
    '  http-response set-header x-served-by %s',
    // Gateways come into rotation once they are ready (they need the subgraphs' frontends to be).
    ...replicas[service].map((r, index) => `  server ${serverName(service, index)} ${HOST}:${r.port}${service === 'gateway' ? ' disabled' : ''}`),
    '',
  ];
  return [
    'global',
    '  maxconn 4096',
    `  stats socket ${socket} mode 600 level admin`,
    '',
    'defaults',
    '  mode http',
    '  timeout connect 500ms',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout http-request 10s',
    '  timeout queue 5s',
    '  timeout check 3s',
    // A request whose connection failed, or whose server closed without answering (a replica
    // killed outright), is tried again, on another replica (redispatch on every retry). The whole
    // request is buffered first so that it can be sent again.
    '  option http-buffer-request',
    '  retries 3',
    '  retry-on conn-failure empty-response',
    '  option redispatch 1',
    // Checked every second, every 250 ms while changing state; out after 2 failures, back after 2 successes.
    '  default-server check inter 1s fastinter 250ms downinter 1s fall 2 rise 2',
    '',
    'frontend gateway',
    `  bind ${HOST}:${ports.gateway}`,
    // The client's address, set here and never taken from the client: the gateways trust only the balancer.
    '  http-request set-header x-forwarded-for %[src]',
    '  default_backend gateway',
    '',
    ...backend('gateway'),
    ...SUBGRAPHS.flatMap((service) => [`frontend ${service}`, `  bind ${HOST}:${ports[service]}`, `  default_backend ${service}`, '', ...backend(service)]),
  ].join('\n');
}

/**
 * Runs HAProxy in the foreground under a small Node guard that stops it when the launcher goes
 * away (the IPC channel closes), also when the launcher itself is killed outright.
 */
const GUARD = `
const { spawn } = require('node:child_process');
const [bin, ...args] = process.argv.slice(1);
const child = spawn(bin, args, { stdio: 'inherit' });
const stop = () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM'); };
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGTERM' ? 0 : 1)));
`;

/** Sends one command to HAProxy's admin socket and resolves with its answer. */
function adminCommand(socket, command) {
  return new Promise((resolve, reject) => {
    const connection = net.connect(socket);
    let answer = '';
    connection.setTimeout(5000, () => connection.destroy(new Error(`HAProxy did not answer "${command}"`)));
    connection.on('connect', () => connection.end(`${command}\n`));
    connection.on('data', (chunk) => (answer += chunk.toString()));
    connection.on('end', () => resolve(answer));
    connection.on('error', reject);
  });
}

/** Each server of each backend as HAProxy's statistics show it: status (UP, DOWN, MAINT, ...) and requests sent to it. */
async function serverStats(socket) {
  const csv = await adminCommand(socket, 'show stat');
  const [header, ...rows] = csv.trim().split('\n');
  const columns = header.replace(/^# /, '').split(',');
  const at = (row, name) => row[columns.indexOf(name)];
  return rows
    .map((line) => line.split(','))
    .filter((row) => at(row, 'svname') !== 'FRONTEND' && at(row, 'svname') !== 'BACKEND')
    .map((row) => ({ backend: at(row, 'pxname'), server: at(row, 'svname'), status: at(row, 'status'), sessions: Number(at(row, 'stot')) }));
}

async function ready(url, isRunning, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning()) throw new Error(`${what} exited before it was ready`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${what} was not ready at ${url} within ${timeoutMs / 1000} s`);
}

const running = (child) => child.exitCode === null && child.signalCode === null;

/** The secrets production requires: signing access and embed tokens, encrypting installation credentials. */
function newSecrets() {
  const secret = (label) => `${label}-${crypto.randomBytes(24).toString('hex')}`;
  return { ACCESS_TOKEN_SECRET: secret('access'), EMBED_TOKEN_SECRET: secret('embed'), CREDENTIALS_KEY: crypto.randomBytes(32).toString('base64') };
}

/**
 * The script's secrets, kept beside the embedded databases (DATA_DIR) so that the next run reads
 * what this one encrypted; each one set in the environment wins.
 */
function keptSecrets() {
  const file = path.resolve(root, process.env.DATA_DIR || 'data', 'replicas-secrets.json');
  let secrets;
  try {
    secrets = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    secrets = newSecrets();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  for (const name of Object.keys(secrets)) if (process.env[name]) secrets[name] = process.env[name];
  return secrets;
}

/**
 * Starts the replicated graph. Options (all optional):
 *   replicas      how many of each service (2)
 *   mysqlUrl      MySQL server (MYSQL_URL, else mysql://root@127.0.0.1:3306)
 *   prefix        database prefix (DATABASE_PREFIX, else `replicas_`)
 *   redisUrl      Redis shared by the gateways (REDIS_URL, else redis://127.0.0.1:6379)
 *   port          the balancer's gateway port (0: a free one)
 *   env           variables for every service, over this process's own; gatewayEnv: for the gateways only
 *   secrets       ACCESS_TOKEN_SECRET, EMBED_TOKEN_SECRET, CREDENTIALS_KEY (fresh ones by default)
 *   log           receives every line the processes print (default: dropped, kept for errors)
 *   readyTimeoutMs  how long each process may take to be ready (90 s)
 */
async function start(options = {}) {
  const haproxy = findHaproxy();
  if (!haproxy) throw new Error('HAProxy is not installed: apt-get install haproxy (or set HAPROXY_PATH)');
  for (const [service, entry] of Object.entries(ENTRIES)) {
    if (!fs.existsSync(path.join(root, entry))) throw new Error(`${service} is not built (${entry} is missing): run npm run build first`);
  }
  const count = options.replicas ?? 2;
  const log = options.log ?? (() => {});
  const readyTimeoutMs = options.readyTimeoutMs ?? 90_000;
  const mysqlUrl = options.mysqlUrl ?? process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const prefix = options.prefix ?? process.env.DATABASE_PREFIX ?? 'replicas_';
  const redisUrl = options.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marketgraph-replicas-'));
  const socket = path.join(dir, 'admin.sock');
  /** Every process started, in start order: { service, index, child, port }. */
  const processes = [];
  let guard = null;
  const recent = [];
  const output = (name, stream) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        recent.push(`[${name}] ${line}`);
        if (recent.length > 200) recent.shift();
        log(`[${name}] ${line}`);
      }
    });
  };

  // Whatever happens to the caller, nothing it started outlives it.
  const killEverything = () => {
    for (const p of processes) if (running(p.child)) p.child.kill('SIGKILL');
    if (guard && running(guard)) guard.kill('SIGTERM');
  };
  process.once('exit', killEverything);

  let stopped = null;
  /** Stops the gateways, then the subgraphs (SIGTERM, SIGKILL after the grace period), then HAProxy. */
  function stop() {
    stopped ??= (async () => {
      const graceMs = Number(options.env?.SHUTDOWN_GRACE_MS ?? process.env.SHUTDOWN_GRACE_MS) || 10_000;
      const exit = (child, signal) =>
        running(child)
          ? new Promise((resolve) => {
              const timer = setTimeout(() => child.kill('SIGKILL'), graceMs + 2000);
              child.once('exit', () => (clearTimeout(timer), resolve()));
              child.kill(signal);
            })
          : Promise.resolve();
      const gateways = processes.filter((p) => p.service === 'gateway');
      await Promise.all(gateways.map((p) => exit(p.child, 'SIGTERM')));
      await Promise.all(processes.filter((p) => p.service !== 'gateway').map((p) => exit(p.child, 'SIGTERM')));
      if (guard) await exit(guard, 'SIGTERM');
      process.removeListener('exit', killEverything);
      fs.rmSync(dir, { recursive: true, force: true });
    })();
    return stopped;
  }

  try {
    const replicas = {};
    for (const service of ['gateway', ...SUBGRAPHS]) {
      replicas[service] = [];
      for (let index = 0; index < count; index++) replicas[service].push({ port: await freePort() });
    }
    const ports = { gateway: options.port || (await freePort()) };
    for (const service of SUBGRAPHS) ports[service] = await freePort();
    const balancerUrl = (service) => `http://${HOST}:${ports[service]}/graphql`;

    const config = path.join(dir, 'haproxy.cfg');
    fs.writeFileSync(config, haproxyConfig({ ports, replicas, socket }));
    try {
      execFileSync(haproxy, ['-c', '-q', '-f', config], { stdio: 'pipe' });
    } catch (err) {
      throw new Error(`HAProxy refuses its configuration: ${err.stderr?.toString() || err.message}`);
    }

    const { generateKeyEnvironment } = require('@marketgraph/graphql');
    const keys = generateKeyEnvironment();
    const env = {
      // A replica on SIGTERM answers 503 at /ready this long before it stops accepting: long enough
      // for the balancer's checks (every second, then every 250 ms, out after 2) to take it out.
      SHUTDOWN_READY_DELAY_MS: '2000',
      // What the caller configured (limits, timeouts, ...) reaches every process; what follows is the deployment's.
      ...process.env,
      NODE_ENV: 'production',
      APOLLO_TELEMETRY_DISABLED: '1',
      HOST,
      MYSQL_URL: mysqlUrl,
      DATABASE_PREFIX: prefix,
      ...(options.secrets ?? newSecrets()),
      PLATFORM_OPERATOR_EMAIL: OPERATOR.email,
      PLATFORM_OPERATOR_PASSWORD: OPERATOR.password,
      IDENTITY_URL: balancerUrl('identity'),
      CATALOG_URL: balancerUrl('catalog'),
      TENANCY_URL: balancerUrl('tenancy'),
      ...keys.common,
      ...options.env,
    };

    log(`[replicas] migrating the databases ${SUBGRAPHS.map((s) => prefix + s).join(', ')}`);
    execFileSync(process.execPath, [path.join(root, 'scripts/migrate.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });

    const launch = (service, index) => {
      const own = {
        ...env,
        ...keys.own[service],
        [`${service.toUpperCase()}_PORT`]: String(replicas[service][index].port),
        ...(service === 'gateway'
          ? {
              REDIS_URL: redisUrl,
              // The balancer connects from this address; the client's own address is in its X-Forwarded-For.
              TRUSTED_PROXIES: HOST,
              ...options.gatewayEnv,
            }
          : {}),
      };
      // Its own process group: a terminal's Ctrl-C reaches only the launcher, which stops the rest in order.
      const child = spawn(process.execPath, [path.join(root, ENTRIES[service])], { cwd: root, env: withServiceNodeOptions(own, service), stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true });
      const name = serverName(service, index);
      output(name, child.stdout);
      output(name, child.stderr);
      const { port } = replicas[service][index];
      processes.push({ service, index, child, port });
      // Only once the child itself says it listens on its port is /ready asked: a port taken
      // meanwhile by another program would otherwise answer for a child that then fails to bind.
      const listening = new Promise((resolve, reject) => {
        child.on('message', (message) => {
          if (message && typeof message === 'object' && message.listening === port) resolve(undefined);
        });
        child.once('exit', (code, signal) => reject(new Error(`${name} exited (${signal ?? code}) before it listened on port ${port}`)));
      });
      return listening.then(() => ready(`http://${HOST}:${port}/ready`, () => running(child), name, readyTimeoutMs));
    };

    // The first identity creates the platform operator; the others find it.
    await launch('identity', 0);
    const rest = [];
    for (let index = 1; index < count; index++) rest.push(launch('identity', index));
    for (const service of ['catalog', 'tenancy']) for (let index = 0; index < count; index++) rest.push(launch(service, index));
    await Promise.all(rest);

    // The balancer once the subgraphs are ready, the gateways after it: they reach the subgraphs through it.
    guard = spawn(process.execPath, ['-e', GUARD, haproxy, '-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true });
    output('haproxy', guard.stdout);
    output('haproxy', guard.stderr);
    await Promise.all(Array.from({ length: count }, (_, index) => launch('gateway', index)));
    for (let index = 0; index < count; index++) await adminCommand(socket, `set server gateway/${serverName('gateway', index)} state ready`);

    // Ready once the balancer sees every server up, so that it spreads requests over all of them.
    const deadline = Date.now() + readyTimeoutMs;
    for (;;) {
      if (!running(guard)) throw new Error('HAProxy exited');
      // Until HAProxy has opened its admin socket, nothing is up yet.
      const stats = await serverStats(socket).catch(() => []);
      const down = stats.length === 0 ? [{ server: 'every server', status: 'unknown' }] : stats.filter((s) => s.status !== 'UP');
      if (down.length === 0) break;
      if (Date.now() > deadline) throw new Error(`HAProxy does not see ${down.map((s) => `${s.server} (${s.status})`).join(', ')} up`);
      await sleep(200);
    }

    const url = `http://${HOST}:${ports.gateway}/graphql`;
    log(`[replicas] the graph answers at ${url}`);
    return {
      url,
      /** Where each subgraph's balancer frontend answers. */
      balancerUrls: { identity: balancerUrl('identity'), catalog: balancerUrl('catalog'), tenancy: balancerUrl('tenancy') },
      operator: OPERATOR,
      prefix,
      /** Each replica's own URL, by service and index, as HAProxy names them `<service>-<index>`. */
      replicas: Object.fromEntries(Object.entries(replicas).map(([service, list]) => [service, list.map((r) => `http://${HOST}:${r.port}/graphql`)])),
      /** Kills one replica outright (SIGKILL) and resolves once it is gone. */
      kill(service, index) {
        const p = processes.find((x) => x.service === service && x.index === index);
        if (!p) throw new Error(`no replica ${serverName(service, index)}`);
        if (!running(p.child)) return Promise.resolve();
        return new Promise((resolve) => {
          p.child.once('exit', () => resolve());
          p.child.kill('SIGKILL');
        });
      },
      /** Sends a command to HAProxy's admin socket (`set server gateway/gateway-1 state maint`, ...). */
      balancer: (command) => adminCommand(socket, command),
      /** HAProxy's view of every server: backend, server, status, sessions (requests sent to it). */
      servers: () => serverStats(socket),
      stop,
    };
  } catch (err) {
    await stop();
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`${message}${recent.length > 0 ? `\nlast lines:\n${recent.slice(-40).join('\n')}` : ''}`);
  }
}

async function main() {
  const quiet = process.argv.includes('--quiet');
  const port = Number(process.env.GATEWAY_PORT ?? 4000);
  console.log('[replicas] starting two gateways and two replicas of identity, catalog and tenancy behind HAProxy');
  let graph;
  let stopping = false;
  const shutdown = (code) => {
    if (stopping) return;
    stopping = true;
    console.log('[replicas] stopping every process and HAProxy');
    (graph ? graph.stop() : Promise.resolve()).then(() => process.exit(code));
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  process.on('SIGHUP', () => shutdown(0));
  graph = await start({
    port,
    log: quiet ? () => {} : (line) => console.log(line),
    env: { GRAPHIQL: process.env.GRAPHIQL || 'on' },
    secrets: keptSecrets(),
  });
  if (stopping) return graph.stop();
  const { seed, DEMO_LOGINS } = require('./demo/seed');
  const seeded = await seed(graph.url, graph.operator);
  console.log(`
  The graph is ready at ${graph.url} (HAProxy, round-robin over ${graph.replicas.gateway.length} gateways)
  Subgraphs behind the balancer: ${Object.entries(graph.balancerUrls).map(([name, url]) => `${name} ${url}`).join(', ')}
  Databases: ${SUBGRAPHS.map((s) => graph.prefix + s).join(', ')}; rate limits shared in Redis
  ${seeded ? 'Seeded the demo marketplace "demo".' : 'The demo marketplace was already there.'} Password of every demo user: ${DEMO_LOGINS.password}

  Try:  curl -si ${graph.url} -H 'content-type: application/json' \\
          -d '{"query":"mutation { login(input: {email: \\"${DEMO_LOGINS.users[0].email}\\", password: \\"${DEMO_LOGINS.password}\\"}) { accessToken } }"}'
        (x-served-by names the gateway replica that answered)

  Ctrl-C stops everything.
`);
}

module.exports = { start, findHaproxy, haproxyConfig };

if (require.main === module) {
  main().catch((err) => {
    console.error(`[replicas] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
