#!/usr/bin/env node
/**
 * Boots every service as the container image holds it (X12): builds, copies what the Dockerfile
 * copies into a temporary folder, installs production dependencies only from the lockfile
 * (`npm ci --omit=dev`), runs `npm run migrate` from there (the services refuse an unmigrated
 * database in production), starts identity, catalog, tenancy and the gateway from there on MySQL,
 * and checks that each answers /ready and the image's health check, that the gateway answers a
 * real query and that each exports its spans (OTLP/HTTP) as it stops. The Dockerfile is checked
 * first (scripts/dockerfile-check.js). A package
 * that imports a dependency it does not declare crashes here, as it would in the image.
 *
 *   node scripts/production-boot.js            (MYSQL_URL defaults to mysql://root@127.0.0.1:3306)
 */
const { execFileSync, spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { IMAGE_FILES, dockerfileProblems } = require('./dockerfile-check');
const { withServiceNodeOptions } = require('./node-options');

const root = path.resolve(__dirname, '..');
const mysqlUrl = process.env.MYSQL_URL || 'mysql://root@127.0.0.1:3306';
const SERVICES = [
  { name: 'identity', main: 'services/identity/dist/main.js', portVar: 'IDENTITY_PORT' },
  { name: 'catalog', main: 'services/catalog/dist/main.js', portVar: 'CATALOG_PORT' },
  { name: 'tenancy', main: 'services/tenancy/dist/main.js', portVar: 'TENANCY_PORT' },
  { name: 'gateway', main: 'gateway/dist/main.js', portVar: 'GATEWAY_PORT' },
];
const OPERATOR = { email: 'operator@production-boot.test', password: 'production-boot-password-1' };

const log = (line) => console.log(`[production-boot] ${line}`);

/** Workspace folders, as the root package.json lists them. */
function workspaces() {
  const patterns = require(path.join(root, 'package.json')).workspaces;
  return patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return fs
      .readdirSync(path.join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, parent, entry.name, 'package.json')))
      .map((entry) => `${parent}/${entry.name}`);
  });
}

function copy(from, to) {
  fs.mkdirSync(path.dirname(path.join(to, from)), { recursive: true });
  fs.cpSync(path.join(root, from), path.join(to, from), { recursive: true });
}

/** The Dockerfile is as scripts/dockerfile-check.js requires, and copies what stage() copies. */
function checkDockerfile() {
  const built = workspaces().filter((workspace) => fs.existsSync(path.join(root, workspace, 'dist')));
  const problems = dockerfileProblems(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8'), { workspaces: workspaces(), built });
  if (problems.length > 0) throw new Error(`the Dockerfile:\n  - ${problems.join('\n  - ')}`);
}

/** What the image holds: manifests and lockfile, each workspace's built output, the contracts. */
function stage(dir) {
  checkDockerfile();
  for (const file of ['package.json', 'package-lock.json', '.npmrc']) copy(file, dir);
  for (const workspace of workspaces()) {
    copy(`${workspace}/package.json`, dir);
    if (fs.existsSync(path.join(root, workspace, 'dist'))) copy(`${workspace}/dist`, dir);
  }
  for (const file of IMAGE_FILES) copy(file, dir);
  copy('schema', dir);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child, name, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before answering ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function graphql(url, query, variables, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await res.json();
  if (!res.ok || body.errors) throw new Error(`gateway answered ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** The GraphiQL page and every script and stylesheet it names answer 200 from the gateway. */
async function checkGraphiql(pageUrl) {
  const page = await fetch(pageUrl, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(10_000) });
  if (!page.ok) throw new Error(`GraphiQL page answered ${page.status}`);
  const html = await page.text();
  const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1], pageUrl));
  if (assets.length === 0) throw new Error('the GraphiQL page names no asset');
  for (const asset of assets) {
    if (asset.origin !== new URL(pageUrl).origin) throw new Error(`GraphiQL loads ${asset.href} from another host`);
    const res = await fetch(asset, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`GraphiQL asset ${asset.pathname} answered ${res.status}`);
  }
}

/** An OTLP/HTTP receiver standing in for a collector: keeps the body of every export of traces. */
async function traceReceiver() {
  const bodies = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') bodies.push(Buffer.concat(chunks));
      res.writeHead(200).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${server.address().port}`, bodies, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function dropDatabases(prefix) {
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection(mysqlUrl);
  try {
    for (const service of ['identity', 'catalog', 'tenancy']) await connection.query(`DROP DATABASE IF EXISTS \`${prefix}${service}\``);
  } finally {
    await connection.end();
  }
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function main() {
  log('building');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marketgraph-production-'));
  const prefix = `prodboot_${crypto.randomBytes(4).toString('hex')}_`;
  const children = [];
  const traces = await traceReceiver();
  let failed = false;
  try {
    stage(dir);
    log(`installing production dependencies in ${dir}`);
    execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });

    const ports = {};
    for (const service of SERVICES) ports[service.name] = await freePort();
    const secret = (label) => `${label}-${crypto.randomBytes(24).toString('hex')}`;
    const env = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      APOLLO_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      MYSQL_URL: mysqlUrl,
      DATABASE_PREFIX: prefix,
      ACCESS_TOKEN_SECRET: secret('access'),
      EMBED_TOKEN_SECRET: secret('embed'),
      CREDENTIALS_KEY: crypto.randomBytes(32).toString('base64'),
      PLATFORM_OPERATOR_EMAIL: OPERATOR.email,
      PLATFORM_OPERATOR_PASSWORD: OPERATOR.password,
      IDENTITY_URL: `http://127.0.0.1:${ports.identity}/graphql`,
      CATALOG_URL: `http://127.0.0.1:${ports.catalog}/graphql`,
      TENANCY_URL: `http://127.0.0.1:${ports.tenancy}/graphql`,
      // Traces on, in the default protocol (OTLP/HTTP, protobuf): the SDK must load from the production install.
      OTEL_EXPORTER_OTLP_ENDPOINT: traces.endpoint,
    };
    for (const service of SERVICES) env[service.portVar] = String(ports[service.name]);
    // Production refuses the development keys: a fresh pair per deployment, each private key only to its holder.
    const { generateKeyEnvironment } = require(path.join(root, 'shared/graphql'));
    const keys = generateKeyEnvironment();
    Object.assign(env, keys.common);

    log('npm run migrate');
    execFileSync('npm', ['run', 'migrate'], { cwd: dir, env, stdio: 'inherit' });

    // The health check fails while nothing answers on the service's port.
    const before = spawnSync(process.execPath, ['scripts/healthcheck.js'], { cwd: dir, env: { ...env, HEALTHCHECK_COMMAND: 'node gateway/dist/main.js' } });
    if (before.status === 0) throw new Error('scripts/healthcheck.js passed with no gateway running');

    for (const service of SERVICES) {
      // GraphiQL is off in production unless enabled: enabled here, its assets must come from the production install.
      const own = { ...env, ...keys.own[service.name], OTEL_SERVICE_NAME: `production-boot-${service.name}`, ...(service.name === 'gateway' ? { GRAPHIQL: 'on' } : {}) };
      // As the image's ENV NODE_OPTIONS sets them.
      const child = spawn(process.execPath, [service.main], { cwd: dir, env: withServiceNodeOptions(own, service.name), stdio: ['ignore', 'inherit', 'inherit'] });
      children.push(child);
      await waitFor(`http://127.0.0.1:${ports[service.name]}/ready`, child, service.name);
      log(`${service.name} answers /ready`);
      // The image's HEALTHCHECK finds the service's port from the container's command and its variables.
      for (const probe of [[], ['ready']]) {
        const check = { ...own, HEALTHCHECK_COMMAND: `node ${service.main}` };
        execFileSync(process.execPath, ['scripts/healthcheck.js', ...probe], { cwd: dir, env: check, stdio: 'inherit' });
      }
      log(`${service.name} passes scripts/healthcheck.js`);
    }

    const gateway = `http://127.0.0.1:${ports.gateway}/graphql`;
    const login = await graphql(
      gateway,
      'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken userErrors { message } } }',
      OPERATOR,
    );
    const token = login.login.accessToken;
    if (!token) throw new Error(`login refused: ${JSON.stringify(login.login.userErrors)}`);
    const viewer = await graphql(gateway, '{ viewer { user { email } } }', {}, { authorization: `Bearer ${token}` });
    if (viewer.viewer?.user?.email !== OPERATOR.email) throw new Error(`viewer answered ${JSON.stringify(viewer)}`);
    log('the gateway signs in the operator and answers viewer');
    await checkGraphiql(`http://127.0.0.1:${ports.gateway}/`);
    log('the gateway serves GraphiQL and each of its assets from the production install');
    // Each process exports its spans as it stops.
    await Promise.all([...children].reverse().map(stop));
    const silent = SERVICES.filter((service) => !traces.bodies.some((body) => body.includes(`production-boot-${service.name}`)));
    if (silent.length > 0) throw new Error(`no spans arrived from ${silent.map((service) => service.name).join(', ')}`);
    log('every service exported its spans');
  } catch (err) {
    failed = true;
    console.error(`[production-boot] FAILED: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await Promise.all(children.reverse().map(stop));
    await traces.close();
    await dropDatabases(prefix).catch((err) => console.error(`[production-boot] could not drop databases: ${err.message}`));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
  log('every service starts from a production-only install');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
