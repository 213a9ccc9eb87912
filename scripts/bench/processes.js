'use strict';
// The processes of a benchmark run: each subgraph and each gateway its own Node process,
// built JavaScript, NODE_ENV=production, loopback only. Peak memory is the kernel's high-water
// mark of each process's resident set (VmHWM).
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { setTimeout: sleep } = require('node:timers/promises');
const { nodeOptionsOf } = require('../node-options');

const root = path.resolve(__dirname, '..', '..');

/** Secrets of the run: production refuses the development ones. */
const SECRETS = {
  ACCESS_TOKEN_SECRET: 'bench-access-token-secret-0123456789abcdefgh',
  EMBED_TOKEN_SECRET: 'bench-embed-token-secret-0123456789abcdefghi',
  CREDENTIALS_KEY: 'bench-credentials-key-0123456789abcdefghijkl',
};

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Peak resident set of a process in MiB, from /proc (Linux); null elsewhere. */
function peakRssMiB(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function waitFor(url, name, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before it was healthy:\n${child.log.join('')}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${name} did not become healthy at ${url}`);
}

class Processes {
  /** @param {{ mysqlUrl: string, prefix: string, cpuProf?: string | null, altRoot?: string | null, redisUrl?: string | null }} options */
  constructor(options) {
    this.options = options;
    /** @type {Map<string, import('node:child_process').ChildProcess & { log: string[] }>} */
    this.children = new Map();
    this.peaks = {};
    this.env = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      APOLLO_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      MYSQL_URL: options.mysqlUrl,
      DATABASE_PREFIX: options.prefix,
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      // The bench sends thousands of requests a minute per actor; the limiter still runs.
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
      // Every process logs as in production (an access line per request), unless the shell says otherwise.
      ...(process.env.LOG_LEVEL ? { LOG_LEVEL: process.env.LOG_LEVEL } : {}),
      ...SECRETS,
    };
    // Signing keys of the run (built shared/graphql): each process gets its own private key.
    this.keys = require(path.join(root, 'shared', 'graphql', 'dist', 'env.js')).generateKeyEnvironment();
    Object.assign(this.env, this.keys.common);
    this.urls = {};
  }

  /**
   * @param {string} name
   * @param {string} entry
   * @param {Record<string, string>} env
   */
  spawn(name, entry, env) {
    const args = [];
    const file = path.isAbsolute(entry) ? entry : path.join(root, entry);
    if (this.options.cpuProf) args.push('--cpu-prof', `--cpu-prof-dir=${this.options.cpuProf}`, `--cpu-prof-name=${name}.cpuprofile`);
    // The other build's processes (`-alt`) may get V8 flags of their own: an A/B of a flag on one tree.
    const alt = name.endsWith('-alt') && process.env.BENCH_ALT_NODE_OPTIONS !== undefined ? { NODE_OPTIONS: process.env.BENCH_ALT_NODE_OPTIONS } : {};
    // Each service's V8 flags, as the image and its manifest set them (a gateway, ours or a
    // peer's, gets the default); BENCH_NODE_OPTIONS replaces them for every process of the run.
    const flags = { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? nodeOptionsOf(name.replace(/-alt$/, '')) };
    const child = /** @type {any} */ (spawn(process.execPath, [...args, file], { env: { ...this.env, ...flags, ...env, ...alt }, stdio: ['ignore', 'pipe', 'pipe'] }));
    child.log = [];
    child.warnings = [];
    let partial = '';
    const keep = (chunk) => {
      const text = chunk.toString();
      child.log.push(text);
      if (child.log.length > 200) child.log.shift();
      // Warnings and errors are kept apart (the first 500), so that a long run's output does not push them out.
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (child.warnings.length < 500 && /"level":"(warn|error|fatal)"/.test(line)) child.warnings.push(line.slice(0, 600));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    this.children.set(name, child);
    return child;
  }

  /**
   * Starts identity, catalog and tenancy; with `alt`, a second set as built in the other work
   * tree (`--alt-root`), named `identity-alt` and so on, for the `ours-alt` gateway.
   * @param {{ alt?: boolean }} [which]
   */
  async startSubgraphs(which = {}) {
    const suffix = which.alt ? '-alt' : '';
    const base = which.alt ? path.resolve(this.options.altRoot ?? root) : root;
    const ports = {};
    for (const s of ['identity', 'catalog', 'tenancy']) {
      ports[s] = await freePort();
      this.urls[s + suffix] = `http://127.0.0.1:${ports[s]}/graphql`;
    }
    const urls = { IDENTITY_URL: this.urls[`identity${suffix}`], CATALOG_URL: this.urls[`catalog${suffix}`], TENANCY_URL: this.urls[`tenancy${suffix}`] };
    for (const s of ['identity', 'catalog', 'tenancy']) {
      this.spawn(s + suffix, path.join(base, `services/${s}/dist/main.js`), { ...urls, ...this.keys.own[s], [`${s.toUpperCase()}_PORT`]: String(ports[s]) });
    }
    await Promise.all(['identity', 'catalog', 'tenancy'].map((s) => waitFor(`http://127.0.0.1:${ports[s]}/health`, s + suffix, this.children.get(s + suffix))));
  }

  /** The subgraph URLs a gateway of `kind` is put in front of. */
  subgraphsFor(kind) {
    const suffix = kind === 'ours-alt' && this.urls['identity-alt'] ? '-alt' : '';
    return { identity: this.urls[`identity${suffix}`], catalog: this.urls[`catalog${suffix}`], tenancy: this.urls[`tenancy${suffix}`] };
  }

  /**
   * Starts a gateway in front of `subgraphs` (default: the real ones).
   * @param {string} name
   * @param {'ours' | 'ours-alt' | 'hive' | 'hive-router'} kind  ours-alt: our gateway built in another work tree (--alt-gateway)
   * @param {Record<string, string>} [subgraphs]
   */
  async startGateway(name, kind, subgraphs = this.subgraphsFor(kind)) {
    const port = await freePort();
    const env = { GATEWAY_PORT: String(port), IDENTITY_URL: subgraphs.identity, CATALOG_URL: subgraphs.catalog, TENANCY_URL: subgraphs.tenancy, ...this.keys.own.gateway };
    // Each gateway of the run keeps its own keys in the shared Redis, as a separate deployment would.
    if (this.options.redisUrl) Object.assign(env, { REDIS_URL: this.options.redisUrl, REDIS_KEY_PREFIX: `mg:bench:${this.options.prefix}:${name}` });
    const ours = kind === 'ours' || kind === 'ours-alt';
    const child =
      kind === 'ours'
        ? this.spawn(name, 'gateway/dist/main.js', env)
        : kind === 'ours-alt'
          ? this.spawn(name, path.resolve(this.options.altRoot ?? root, 'gateway/dist/main.js'), env)
          : this.spawn(name, 'scripts/bench/hive-gateway.js', { ...env, HIVE_RUNTIME: kind === 'hive-router' ? 'router' : 'plain' });
    await waitFor(`http://127.0.0.1:${port}/${ours ? 'health' : 'healthcheck'}`, name, child);
    const url = `http://127.0.0.1:${port}/graphql`;
    this.urls[name] = url;
    return url;
  }

  /** Records each live process's peak RSS so far. */
  samplePeaks() {
    for (const [name, child] of this.children) {
      if (child.exitCode !== null) continue;
      const peak = peakRssMiB(child.pid);
      if (peak !== null) this.peaks[name] = Math.max(this.peaks[name] ?? 0, peak);
    }
  }

  /** Any process that died: the run cannot go on. */
  deaths() {
    return [...this.children].filter(([, c]) => c.exitCode !== null && !c.stopped).map(([name, c]) => `${name} exited (${c.exitCode}):\n${c.log.slice(-20).join('')}`);
  }

  async stop(name) {
    const child = this.children.get(name);
    if (!child || child.exitCode !== null) return;
    this.samplePeaks();
    child.stopped = true;
    child.kill('SIGTERM');
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(12_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }

  async stopAll() {
    this.samplePeaks();
    await Promise.all([...this.children.keys()].map((name) => this.stop(name)));
  }

  /** Warnings and errors each process logged (its last lines), for a run that counted errors. */
  warnings() {
    const lines = [];
    for (const [name, child] of this.children) for (const line of child.warnings) lines.push(`${name}: ${line}`);
    return lines;
  }
}

module.exports = { Processes, SECRETS, freePort };
