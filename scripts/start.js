#!/usr/bin/env node
// npm start: the three subgraphs and the gateway, on embedded SQLite unless configured
// otherwise, with a demo marketplace seeded once. Ctrl-C stops every process.
'use strict';
const path = require('node:path');
const { spawn } = require('node:child_process');
const { seed, DEMO_LOGINS } = require('./demo/seed');
const { generateKeyEnvironment } = require('@marketgraph/graphql');
const { withServiceNodeOptions } = require('./node-options');

const root = path.resolve(__dirname, '..');

/**
 * What every service started here gets, before its own keys: `given` (the launcher's environment)
 * over the demo settings. Logs are readable lines for people (`LOG_FORMAT=pretty`, in colour
 * when `terminal`), JSON when NODE_ENV=production, unless LOG_FORMAT says otherwise.
 */
function serviceEnvironment(given, terminal) {
  return {
    APOLLO_TELEMETRY_DISABLED: '1',
    DATA_DIR: path.join(root, 'data'),
    PLATFORM_OPERATOR_EMAIL: 'operator@marketgraph.local',
    PLATFORM_OPERATOR_PASSWORD: 'operator-demo-password',
    // Each service applies its pending migrations as it starts (under the migration lock), also with NODE_ENV=production.
    MIGRATE_ON_START: 'true',
    LOG_FORMAT: given.NODE_ENV === 'production' ? 'json' : 'pretty',
    ...(terminal && given.NO_COLOR === undefined ? { FORCE_COLOR: '1' } : {}),
    ...given,
  };
}
module.exports = { serviceEnvironment };

const env = serviceEnvironment(process.env, process.stdout.isTTY === true);
// Fresh signing keys for this run, unless configured: only the gateway gets the actor-context private key.
const keys = env.ACTOR_CONTEXT_PRIVATE_KEY ? null : generateKeyEnvironment();
if (keys) Object.assign(env, keys.common);
const gatewayPort = env.GATEWAY_PORT || '4000';
const services = [
  { name: 'identity', entry: 'services/identity/dist/main.js', port: env.IDENTITY_PORT || '4001' },
  { name: 'catalog', entry: 'services/catalog/dist/main.js', port: env.CATALOG_PORT || '4002' },
  { name: 'tenancy', entry: 'services/tenancy/dist/main.js', port: env.TENANCY_PORT || '4003' },
];
const children = [];
let stopping = false;
/** While the demo is seeded: how many access lines were left out. */
let seeding = null;
const ACCESS_LINE = /^\S+ INFO: (GET|POST) \//;
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

// How long each service may take to stop (SHUTDOWN_GRACE_MS of the services); after it and a
// little more, whatever still runs is killed, so that Ctrl-C never leaves a process behind.
const graceMs = Number(env.SHUTDOWN_GRACE_MS) || 10_000;

function run(name, entry) {
  const own = keys ? keys.own[name] : {};
  // Each service runs in its own process group, so a terminal's Ctrl-C reaches only this
  // launcher, which stops them in order; the IPC channel ends each one should the launcher die.
  const child = spawn(process.execPath, [path.join(root, entry)], { env: withServiceNodeOptions({ ...env, ...own }, name), stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true });
  const prefix = (stream, out) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        // The demo seeding's few hundred requests would bury the banner: their access lines are
        // counted, not shown (warnings and errors always are).
        if (seeding && ACCESS_LINE.test(line.replace(ANSI, ''))) {
          seeding.hidden++;
          continue;
        }
        out.write(`[${name}] ${line}\n`);
      }
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${name}] exited (${signal ?? code}); stopping the rest`);
      stop(1);
    }
  });
  children.push(child);
}

async function waitFor(url, name) {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not become healthy at ${url}`);
}

const running = (child) => child.exitCode === null && child.signalCode === null;

function killAll(signal) {
  for (const child of children) if (running(child)) child.kill(signal);
}

/** Asks every service to stop, waits for each to exit, and kills what is left after the grace period. */
function stop(code) {
  if (stopping) {
    // A second Ctrl-C: stop now.
    killAll('SIGKILL');
    process.exit(code || 1);
  }
  stopping = true;
  killAll('SIGTERM');
  const deadline = setTimeout(() => {
    console.error(`services still running after ${graceMs} ms: killing them`);
    killAll('SIGKILL');
    process.exit(1);
  }, graceMs + 2000);
  deadline.unref();
  Promise.all(children.map((c) => (running(c) ? new Promise((r) => c.once('exit', r)) : null))).then(() => process.exit(code));
}


async function main() {
  const host = env.HOST || '127.0.0.1';
  for (const s of services) {
    env[`${s.name.toUpperCase()}_PORT`] = s.port;
    env[`${s.name.toUpperCase()}_URL`] = env[`${s.name.toUpperCase()}_URL`] || `http://${host}:${s.port}/graphql`;
  }
  for (const s of services) run(s.name, s.entry);
  await Promise.all(services.map((s) => waitFor(`http://${host}:${s.port}/health`, s.name)));
  env.GATEWAY_PORT = gatewayPort;
  run('gateway', 'gateway/dist/main.js');
  const url = `http://${host}:${gatewayPort}/graphql`;
  await waitFor(`http://${host}:${gatewayPort}/health`, 'gateway');
  seeding = { hidden: 0 };
  const seeded = await seed(url, { email: env.PLATFORM_OPERATOR_EMAIL, password: env.PLATFORM_OPERATOR_PASSWORD });
  // Lines still in the pipes arrive a moment later.
  await new Promise((r) => setTimeout(r, 300));
  const hidden = seeding.hidden;
  seeding = null;
  console.log(`
  The graph is ready at ${url}
  ${seeded ? 'Seeded the demo marketplace "demo".' : 'The demo marketplace was already there.'}${hidden ? ` (Its ${hidden} access log lines are not shown; every request from now on is logged.)` : ''}

  Demo logins (password for all: ${DEMO_LOGINS.password}):
${DEMO_LOGINS.users.map((u) => `    ${u.email.padEnd(34)} ${u.what}`).join('\n')}
    ${env.PLATFORM_OPERATOR_EMAIL.padEnd(34)} platform operator (password: ${env.PLATFORM_OPERATOR_PASSWORD})

  Try:  curl -s ${url} -H 'content-type: application/json' \\
          -d '{"query":"mutation { login(input: {email: \\"${DEMO_LOGINS.users[0].email}\\", password: \\"${DEMO_LOGINS.password}\\"}) { accessToken } }"}'

  Ctrl-C stops everything.
`);
}

if (require.main === module) {
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.on('SIGHUP', () => stop(0));
  main().catch((err) => {
    // Ctrl-C while the demo is seeded makes the seed fail: the stop asked for goes on, graceful.
    if (stopping) return;
    console.error(`npm start failed: ${err.message}`);
    stop(1);
  });
}
