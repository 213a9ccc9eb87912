import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createConnection, type Connection } from 'mysql2/promise';
import { parse, parseAllDocuments } from 'yaml';
import { databaseFromEnv, parseDatabaseUrl, type ServiceName } from '@marketgraph/db';
import { EnvReader, databaseLimits, generateKeyEnvironment, shutdownGraceMs, unreadyDelayMs } from '@marketgraph/graphql';
import { OPERATOR, TEST_REDIS_URL, marketplaceFixture, ok, testDatabaseKind, type TestGraph } from '@marketgraph/testing';
import { identityConfig } from '../services/identity/src/config';
import { catalogConfig } from '../services/catalog/src/config';
import { tenancyConfig } from '../services/tenancy/src/config';
import { gatewayConfig } from '../gateway/src/config';

/**
 * Least privilege: each process holds only the variables it reads and reaches only its own
 * database, with only the rights it needs; the migration user alone changes schemas.
 * The deployment files (docker-compose.yml, deploy/) are checked against each service's own
 * configuration, and the services run, as production runs them, on users with only those rights.
 */

const root = path.resolve(__dirname, '..');
const SUBGRAPHS = ['identity', 'catalog', 'tenancy'] as const;
const SERVICES = [...SUBGRAPHS, 'gateway'] as const;
type Service = (typeof SERVICES)[number];
const MAIN: Record<Service, string> = {
  identity: 'services/identity/dist/main.js',
  catalog: 'services/catalog/dist/main.js',
  tenancy: 'services/tenancy/dist/main.js',
  gateway: 'gateway/dist/main.js',
};
const PORT_VARIABLE: Record<Service, string> = { identity: 'IDENTITY_PORT', catalog: 'CATALOG_PORT', tenancy: 'TENANCY_PORT', gateway: 'GATEWAY_PORT' };

/** Variables a process reads outside its configuration: the runtime's own (NODE_OPTIONS: Node's V8 flags), logs, traces. */
const PROCESS_VARIABLES = new Set(['NODE_ENV', 'NODE_OPTIONS', 'APOLLO_TELEMETRY_DISABLED', 'SQL_LOG', 'LOG_LEVEL', 'LOG_FORMAT']);
const processVariable = (name: string): boolean => PROCESS_VARIABLES.has(name) || name.startsWith('OTEL_');

type Env = Record<string, string>;

/** The variables `read` asks `env` for, whatever their values. */
function recorder(env: Env): { env: NodeJS.ProcessEnv; read: Set<string> } {
  const read = new Set<string>();
  const proxy = new Proxy(env, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return Reflect.get(target, name) as unknown;
    },
    has(target, name) {
      if (typeof name === 'string') read.add(name);
      return Reflect.has(target, name);
    },
  });
  return { env: proxy, read };
}

/** Runs `service`'s configuration on `env` (production): the variables it reads; throws as the service would refuse to start. */
function readsOf(service: Service | 'migrate', env: Env): Set<string> {
  const { env: watched, read } = recorder({ NODE_ENV: 'production', ...env });
  if (service === 'identity') identityConfig(watched);
  else if (service === 'catalog') catalogConfig(watched);
  else if (service === 'tenancy') tenancyConfig(watched);
  else if (service === 'gateway') {
    gatewayConfig(watched);
    const reader = new EnvReader(watched);
    shutdownGraceMs(reader);
    unreadyDelayMs(reader);
    reader.done();
  } else {
    // scripts/migrate.js: the limits, then each subgraph's database.
    const reader = new EnvReader(watched);
    databaseLimits(reader);
    reader.done();
    for (const subgraph of SUBGRAPHS) databaseFromEnv(subgraph, watched);
  }
  return read;
}

/** Values for every variable docker-compose.yml interpolates, as an operator's .env holds them. */
function deploymentValues(passwords: Record<ServiceName | 'migrate', string>): Env {
  const keys = generateKeyEnvironment();
  const secret = (): string => crypto.randomBytes(32).toString('hex');
  return {
    ...keys.common,
    ACTOR_CONTEXT_PRIVATE_KEY: keys.own.gateway['ACTOR_CONTEXT_PRIVATE_KEY'] as string,
    ...Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_SERVICE_PRIVATE_KEY`, keys.own[s]['SERVICE_PRIVATE_KEY'] as string])),
    ACCESS_TOKEN_SECRET: secret(),
    EMBED_TOKEN_SECRET: secret(),
    CREDENTIALS_KEY: crypto.randomBytes(32).toString('base64'),
    PLATFORM_OPERATOR_EMAIL: OPERATOR.email,
    PLATFORM_OPERATOR_PASSWORD: OPERATOR.password,
    MYSQL_ROOT_PASSWORD: secret(),
    IDENTITY_DATABASE_PASSWORD: passwords.identity,
    CATALOG_DATABASE_PASSWORD: passwords.catalog,
    TENANCY_DATABASE_PASSWORD: passwords.tenancy,
    MIGRATE_DATABASE_PASSWORD: passwords.migrate,
  };
}

/** Compose's interpolation: `${NAME}`, `${NAME:-default}`, `${NAME:?message}` and `$$`. */
function interpolate(value: string, values: Env): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-?])([^}]*))?\}/g, (whole, name: string | undefined, kind: string | undefined, rest: string | undefined) => {
    if (whole === '$$') return '$';
    const found = values[name as string];
    if (found !== undefined && found !== '') return found;
    if (kind === '-') return rest ?? '';
    if (kind === '?') throw new Error(`docker-compose.yml: ${rest ?? `${name} is required`}`);
    return '';
  });
}

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string | number>;
  volumes?: string[];
  user?: string;
}
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };

function composeEnvironment(name: string, values: Env): Env {
  const environment = compose.services[name]?.environment ?? {};
  return Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, interpolate(String(value), values)]));
}

const samplePasswords = { identity: 'identity-password', catalog: 'catalog-password', tenancy: 'tenancy-password', migrate: 'migrate-password' };

describe('docker-compose.yml', () => {
  const values = deploymentValues(samplePasswords);

  it.each(SERVICES)('X12: %s gets exactly the variables it reads, enough to start in production', (service) => {
    const env = composeEnvironment(service, values);
    const read = readsOf(service, env);
    expect(Object.keys(env).filter((name) => !read.has(name) && !processVariable(name))).toEqual([]);
  });

  it.each(SUBGRAPHS)('X12: %s reaches its own database as its own user', (service) => {
    const env = composeEnvironment(service, values);
    const database = databaseFromEnv(service, env);
    expect(database).toMatchObject({ type: 'mysql', user: service, database: service, password: values[`${service.toUpperCase()}_DATABASE_PASSWORD`] });
    expect(Object.keys(env).filter((name) => /DATABASE_URL|MYSQL_URL/.test(name))).toEqual([`${service.toUpperCase()}_DATABASE_URL`]);
  });

  it('X12: the gateway holds no database and no secret of a subgraph', () => {
    const env = composeEnvironment('gateway', values);
    expect(Object.keys(env).filter((name) => /DATABASE|MYSQL|EMBED|CREDENTIALS|OPERATOR/.test(name))).toEqual([]);
  });

  it('X12: the migration runs as the migration user, on every database, with nothing else', () => {
    const env = composeEnvironment('migrate', values);
    const read = readsOf('migrate', env);
    expect(Object.keys(env).filter((name) => !read.has(name) && !processVariable(name))).toEqual([]);
    for (const service of SUBGRAPHS) expect(databaseFromEnv(service, env)).toMatchObject({ user: 'migrate', database: service, password: samplePasswords.migrate });
    expect(compose.services['migrate']?.command).toEqual(['node', 'scripts/migrate.js']);
  });

  it('X12: only the mysql service knows the root password, and its init script creates the users', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      const text = JSON.stringify(service);
      if (name !== 'mysql') expect([name, /MYSQL_ROOT_PASSWORD|mysql:\/\/root[:@]/.test(text)]).toEqual([name, false]);
    }
    const mysql = compose.services['mysql'] as ComposeService;
    expect(mysql.volumes).toContain('./deploy/mysql/01-users.sh:/docker-entrypoint-initdb.d/01-users.sh:ro');
    // The image sources a script that is not executable, with the helper that speaks to the server.
    expect(fs.statSync(path.join(root, 'deploy/mysql/01-users.sh')).mode & 0o111).toBe(0);
    const script = fs.readFileSync(path.join(root, 'deploy/mysql/01-users.sh'), 'utf8');
    const wanted = [...new Set(script.match(/[A-Z]+_DATABASE_PASSWORD/g))].sort();
    expect(wanted).toEqual(['CATALOG_DATABASE_PASSWORD', 'IDENTITY_DATABASE_PASSWORD', 'MIGRATE_DATABASE_PASSWORD', 'TENANCY_DATABASE_PASSWORD']);
    expect(Object.keys(mysql.environment ?? {}).sort()).toEqual([...wanted, 'MYSQL_ROOT_PASSWORD'].sort());
  });
});

interface K8sContainer {
  command?: string[];
  envFrom?: { configMapRef?: { name: string } }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } } }[];
}
interface K8sDoc {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  spec?: { template?: { spec?: { containers?: K8sContainer[] } } };
}
const kubernetes: K8sDoc[] = fs
  .readdirSync(path.join(root, 'deploy/kubernetes'))
  .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
  .flatMap((file) => parseAllDocuments(fs.readFileSync(path.join(root, 'deploy/kubernetes', file), 'utf8')).map((d) => d.toJS() as K8sDoc));

/** What a Secret key holds, as the operator fills it from the same values as compose's .env. */
function secretValue(service: Service | 'migrate', key: string, values: Env): string | undefined {
  if (key === 'SERVICE_PRIVATE_KEY') return values[`${service.toUpperCase()}_SERVICE_PRIVATE_KEY`];
  const database = /^(IDENTITY|CATALOG|TENANCY)_DATABASE_URL$/.exec(key)?.[1]?.toLowerCase();
  if (database) return `mysql://${service === 'migrate' ? 'migrate' : database}:${values[`${service === 'migrate' ? 'MIGRATE' : database.toUpperCase()}_DATABASE_PASSWORD`]}@mysql:3306/${database}`;
  if (key === 'REDIS_URL') return 'redis://redis:6379';
  return values[key];
}

/** A workload's environment: its ConfigMaps' data, its values, its Secrets' keys; and the Secrets it names. */
function kubernetesEnvironment(service: Service | 'migrate', container: K8sContainer, values: Env): { env: Env; secrets: Set<string> } {
  const env: Env = {};
  const secrets = new Set<string>();
  for (const source of container.envFrom ?? []) {
    const map = kubernetes.find((d) => d.kind === 'ConfigMap' && d.metadata.name === source.configMapRef?.name);
    Object.assign(env, map?.data ?? {});
  }
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) env[variable.name] = variable.value;
    const ref = variable.valueFrom?.secretKeyRef;
    if (!ref) continue;
    secrets.add(ref.name);
    const value = secretValue(service, ref.key, values);
    if (value !== undefined) env[variable.name] = value;
    else if (!ref.optional) throw new Error(`no value for ${ref.name}/${ref.key}`);
  }
  return { env, secrets };
}

describe('deploy/kubernetes', () => {
  const values = deploymentValues(samplePasswords);
  const containerOf = (kind: string, name: string): K8sContainer => {
    const doc = kubernetes.find((d) => d.kind === kind && d.metadata.name === name);
    const container = doc?.spec?.template?.spec?.containers?.[0];
    if (!container) throw new Error(`no ${kind} ${name}`);
    return container;
  };

  it.each(SERVICES)("X12: %s gets exactly the variables it reads, enough to start in production, and only its own Secret's", (service) => {
    const container = containerOf('Deployment', service);
    expect(container.command).toEqual(['node', MAIN[service]]);
    const { env, secrets } = kubernetesEnvironment(service, container, values);
    const read = readsOf(service, env);
    expect(Object.keys(env).filter((name) => !read.has(name) && !processVariable(name))).toEqual([]);
    expect([...secrets]).toEqual([`${service}-secrets`]);
  });

  it('X12: the migration Job runs as the migration user, from its own Secret, with nothing else', () => {
    const container = containerOf('Job', 'migrate');
    const { env, secrets } = kubernetesEnvironment('migrate', container, values);
    const read = readsOf('migrate', env);
    expect(Object.keys(env).filter((name) => !read.has(name) && !processVariable(name))).toEqual([]);
    expect([...secrets]).toEqual(['migrate-secrets']);
    for (const service of SUBGRAPHS) expect(databaseFromEnv(service, env)).toMatchObject({ user: 'migrate', database: service });
  });
});

// The services as production runs them, each on a MySQL user with only the rights it needs.
const onMysql = testDatabaseKind() === 'mysql';
const server = parseDatabaseUrl('MYSQL_URL', `${(process.env['MYSQL_URL'] || 'mysql://root@127.0.0.1:3306').replace(/\/[^/:@]*$/, '')}/unused`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const listener = net.createServer();
    listener.once('error', reject);
    listener.listen(0, '127.0.0.1', () => {
      const address = listener.address();
      listener.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
}

function start(args: string[], env: Env): Running {
  const child = spawn(process.execPath, args, { cwd: root, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

function exited(running: Running): Promise<number | null> {
  if (running.child.exitCode !== null) return Promise.resolve(running.child.exitCode);
  return new Promise((resolve) => running.child.once('exit', (code) => resolve(code)));
}

async function ready(url: string, running: Running, name: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`${name} exited (${running.child.exitCode}): ${running.output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not answer ${url}: ${running.output()}`);
}

/** A test graph over HTTP to the gateway process, for the fixtures. */
function remoteGraph(url: string): TestGraph {
  const unsupported = (): never => {
    throw new Error('not available on processes started apart');
  };
  const graph: TestGraph = {
    url,
    metricsUrl: null,
    subgraphUrls: { identity: '', catalog: '', tenancy: '' },
    get databases(): never {
      return unsupported();
    },
    async gql(query, variables = {}, options = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: never };
      return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
    },
    async login(email, password) {
      const data = await ok<{ login: { accessToken: string } }>(graph, 'mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { message } } }', { input: { email, password } });
      return data.login.accessToken;
    },
    subgraph: unsupported,
    startGateway: unsupported,
    stopSubgraph: unsupported,
    stop: async () => undefined,
  };
  return graph;
}

(onMysql ? describe : describe.skip)('the services on least-privileged MySQL users', () => {
  const prefix = `lp${process.pid}_`;
  const passwords = {
    identity: crypto.randomBytes(16).toString('hex'),
    catalog: crypto.randomBytes(16).toString('hex'),
    tenancy: crypto.randomBytes(16).toString('hex'),
    migrate: crypto.randomBytes(16).toString('hex'),
  };
  const values = deploymentValues(passwords);
  const users = [...SUBGRAPHS, 'migrate'].map((name) => `${prefix}${name}`);
  const processes: Running[] = [];
  let admin: Connection;
  let ports: Record<Service, number>;

  const connectAs = (user: string, password: string): Promise<Connection> => createConnection({ host: server.type === 'mysql' ? server.host : '', port: server.type === 'mysql' ? server.port : 3306, user, password });

  /** Compose's environment of `name`, on this machine: the test server, prefixed names, free ports. */
  function localEnvironment(name: Service | 'migrate'): Env {
    const env = composeEnvironment(name, values);
    for (const [key, value] of Object.entries(env)) {
      if (key.endsWith('_DATABASE_URL') && server.type === 'mysql') {
        const url = new URL(value);
        url.hostname = server.host;
        url.port = String(server.port);
        url.username = `${prefix}${url.username}`;
        url.pathname = `/${prefix}${url.pathname.slice(1)}`;
        env[key] = url.toString();
      }
      const subgraph = /^(IDENTITY|CATALOG|TENANCY)_URL$/.exec(key)?.[1]?.toLowerCase() as ServiceName | undefined;
      if (subgraph) env[key] = `http://127.0.0.1:${ports[subgraph]}/graphql`;
    }
    if (env['HOST']) env['HOST'] = '127.0.0.1';
    if (env['REDIS_URL']) env['REDIS_URL'] = TEST_REDIS_URL;
    if (env['METRICS_PORT']) env['METRICS_PORT'] = '0';
    // As the image sets them.
    env['APOLLO_TELEMETRY_DISABLED'] = '1';
    if (name !== 'migrate') env[PORT_VARIABLE[name]] = String(ports[name]);
    return env;
  }

  beforeAll(async () => {
    if (server.type !== 'mysql') throw new Error('MYSQL_URL is not MySQL');
    admin = await createConnection({ host: server.host, port: server.port, user: server.user, password: server.password, multipleStatements: true });
    const sql = execFileSync('sh', [path.join(root, 'deploy/mysql/01-users.sh')], {
      env: { PATH: process.env['PATH'] ?? '', DATABASE_PREFIX: prefix, ...Object.fromEntries(Object.entries(values).filter(([key]) => key.endsWith('_DATABASE_PASSWORD'))) },
      encoding: 'utf8',
    });
    await admin.query(sql);
    ports = { identity: await freePort(), catalog: await freePort(), tenancy: await freePort(), gateway: await freePort() };
  });

  afterAll(async () => {
    await Promise.all(
      processes.map(async (running) => {
        running.child.kill('SIGTERM');
        await exited(running);
      }),
    );
    if (!admin) return;
    for (const service of SUBGRAPHS) await admin.query(`DROP DATABASE IF EXISTS \`${prefix}${service}\``);
    for (const user of users) await admin.query(`DROP USER IF EXISTS '${user}'@'%'`);
    await admin.end();
  });

  it('X12: the migration user migrates every database; each service then starts in production on its own user and serves writes in every subgraph', async () => {
    const migrate = start([path.join(root, 'scripts/migrate.js')], localEnvironment('migrate'));
    expect([await exited(migrate), migrate.output()]).toEqual([0, expect.stringMatching(/identity: applied[\s\S]*catalog: applied[\s\S]*tenancy: applied/)]);

    for (const service of SERVICES) {
      const running = start([path.join(root, MAIN[service])], localEnvironment(service));
      processes.push(running);
      await ready(`http://127.0.0.1:${ports[service]}/ready`, running, service);
    }

    const graph = remoteGraph(`http://127.0.0.1:${ports.gateway}/graphql`);
    // Identity: a marketplace, companies, invitations, users and sessions.
    const m = await marketplaceFixture(graph, 'lp');
    // Catalog: a product; tenancy: an end customer (each asks identity for the company).
    const product = await ok<{ createProduct: { product: { id: string } } }>(
      graph,
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }',
      { input: { vendorCompanyId: m.companies.developer, name: 'Least privilege' } },
      m.people.developer.token,
    );
    const customer = await ok<{ createEndCustomer: { endCustomer: { id: string } } }>(
      graph,
      'mutation($input: CreateEndCustomerInput!) { createEndCustomer(input: $input) { endCustomer { id } userErrors { message } } }',
      { input: { partnerCompanyId: m.companies.developer, name: 'Least privilege customer', externalId: 'lp-1' } },
      m.people.developer.token,
    );
    expect([product.createProduct.product.id, customer.createEndCustomer.endCustomer.id]).toEqual([expect.any(String), expect.any(String)]);
    // Migrating, starting four processes and a marketplace of sign-ups (each a password hash) take a while on a busy machine.
  }, 240_000);

  it("X12: a service's user cannot read another service's database", async () => {
    const catalog = await connectAs(`${prefix}catalog`, passwords.catalog);
    try {
      await expect(catalog.query(`SELECT id FROM \`${prefix}identity\`.user LIMIT 1`)).rejects.toMatchObject({ code: expect.stringMatching(/ACCESS_DENIED/) });
      await expect(catalog.query(`SELECT id FROM \`${prefix}tenancy\`.end_customer LIMIT 1`)).rejects.toMatchObject({ code: expect.stringMatching(/ACCESS_DENIED/) });
      // Its own database answers.
      await expect(catalog.query(`SELECT COUNT(*) AS n FROM \`${prefix}catalog\`.product`)).resolves.toBeDefined();
    } finally {
      await catalog.end();
    }
  });

  it("X12: a service's user cannot change a schema; the migration user can", async () => {
    const identity = await connectAs(`${prefix}identity`, passwords.identity);
    const migrator = await connectAs(`${prefix}migrate`, passwords.migrate);
    const db = `\`${prefix}identity\``;
    try {
      await expect(identity.query(`CREATE TABLE ${db}.intruder (id INT)`)).rejects.toMatchObject({ code: expect.stringMatching(/ACCESS_DENIED/) });
      await expect(identity.query(`ALTER TABLE ${db}.user ADD COLUMN intruder INT`)).rejects.toMatchObject({ code: expect.stringMatching(/ACCESS_DENIED/) });
      await expect(identity.query(`DROP TABLE ${db}.audit_entry`)).rejects.toMatchObject({ code: expect.stringMatching(/ACCESS_DENIED/) });
      await migrator.query(`CREATE TABLE ${db}.scratch (id INT)`);
      await migrator.query(`DROP TABLE ${db}.scratch`);
    } finally {
      await identity.end();
      await migrator.end();
    }
  });
});
