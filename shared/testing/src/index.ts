import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { DEFAULT_DATABASE_LIMITS, databaseOnServer, type Database, type DbConfig, type ServiceName } from '@marketgraph/db';
import {
  acceptsConnections,
  configureLogging,
  DEFAULT_SHUTDOWN_GRACE_MS,
  DEV_SECRETS,
  EnvReader,
  logSettings,
  serviceKeys,
  servicePublicKeyVariable,
  type LoggingOptions,
  type ServiceCaller,
  type ServiceCredential,
  type ServiceKeys,
} from '@marketgraph/graphql';
import { generateSigningKeyPair, parsePrivateKey, signActorContext, ACTOR_CONTEXT_HEADER, type Actor, type SigningKey } from '@marketgraph/authz';
import { createDatabase as identityDatabase } from '../../../services/identity/src/database';
import { startIdentity } from '../../../services/identity/src/server';
import { createDatabase as catalogDatabase } from '../../../services/catalog/src/database';
import { startCatalog } from '../../../services/catalog/src/server';
import { createDatabase as tenancyDatabase } from '../../../services/tenancy/src/database';
import { startTenancy } from '../../../services/tenancy/src/server';
import { startGateway } from '../../../gateway/src/server';
import type { GatewayConfig } from '../../../gateway/src/config';
import type { IdentityConfig } from '../../../services/identity/src/config';
import { TRUSTED_DOCUMENTS_OFF } from '../../../gateway/src/trusted-documents';

process.env['APOLLO_TELEMETRY_DISABLED'] = '1';
// The graphs of a test process log warnings and errors only, as JSON, unless LOG_LEVEL or LOG_FORMAT say otherwise.
configureLogging(logSettings({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] || 'warn', LOG_FORMAT: process.env['LOG_FORMAT'] || 'json' }).settings);

export const OPERATOR = { email: 'operator@platform.test', password: 'operator-password-1' };

/** The database every test graph uses: MySQL unless the test runner chose the embedded SQLite. */
export function testDatabaseKind(): 'mysql' | 'sqlite' {
  return process.env['TEST_DB'] === 'sqlite' ? 'sqlite' : 'mysql';
}

let graphs = 0;

/** Key pairs generated for this test process: the gateway's actor-context key and each calling service's own key. */
const keyPairs = {
  actorContext: generateSigningKeyPair(),
  services: { gateway: generateSigningKeyPair(), catalog: generateSigningKeyPair(), tenancy: generateSigningKeyPair(), identity: generateSigningKeyPair() },
};

/** The private keys of this test process's graphs, for tests that sign as the gateway or a service would. */
export const TEST_KEYS: { actorContext: SigningKey; services: Record<ServiceCaller, SigningKey> } = {
  actorContext: parsePrivateKey(keyPairs.actorContext.privateKey),
  services: {
    gateway: parsePrivateKey(keyPairs.services.gateway.privateKey),
    catalog: parsePrivateKey(keyPairs.services.catalog.privateKey),
    tenancy: parsePrivateKey(keyPairs.services.tenancy.privateKey),
    identity: parsePrivateKey(keyPairs.services.identity.privateKey),
  },
};

/** How `caller` signs its calls to internal routes in the test graphs. */
export function serviceCredential(caller: ServiceCaller): ServiceCredential {
  return { caller, key: TEST_KEYS.services[caller] };
}

/** The keys of one subgraph, read from the variables a deployment would set. */
function testServiceKeys(service: ServiceName): ServiceKeys {
  const env: NodeJS.ProcessEnv = {
    ACTOR_CONTEXT_PUBLIC_KEY: keyPairs.actorContext.publicKey,
    SERVICE_PRIVATE_KEY: keyPairs.services[service].privateKey,
  };
  for (const caller of ['gateway', 'catalog', 'tenancy', 'identity'] as const) env[servicePublicKeyVariable(caller)] = keyPairs.services[caller].publicKey;
  const read = new EnvReader(env);
  const keys = serviceKeys(read, service);
  read.done();
  return keys;
}

function databaseFor(service: ServiceName, tag: string): DbConfig {
  if (testDatabaseKind() === 'sqlite') {
    return { type: 'sqlite', file: path.join(os.tmpdir(), 'marketgraph-tests', tag, `${service}.sqlite`) };
  }
  return databaseOnServer('MYSQL_URL', process.env['MYSQL_URL'] || 'mysql://root@127.0.0.1:3306', `${tag}_${service}`);
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[] | undefined;
  headers: Headers;
}

export interface RequestOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

export interface TestGraph {
  url: string;
  /** Where the gateway's `/metrics` is scraped, when it serves them. */
  metricsUrl: string | null;
  subgraphUrls: Record<ServiceName, string>;
  databases: Record<ServiceName, Database>;
  /** Sends one GraphQL request through the gateway. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GqlResponse<T>>;
  /** Sends one request straight to a subgraph, signed as the gateway would sign `actor`. */
  subgraph<T = Record<string, unknown>>(service: ServiceName, query: string, variables: Record<string, unknown>, actor: Actor | null): Promise<GqlResponse<T>>;
  login(email: string, password: string): Promise<string>;
  /** Starts another gateway replica on the same subgraphs, sharing the rate-limit counters of this graph's gateway. */
  startGateway(options?: GatewayOptions): Promise<ExtraGateway>;
  /** Stops one subgraph, as if its host went down. */
  stopSubgraph(service: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

async function post<T>(url: string, body: unknown, headers: Record<string, string>): Promise<GqlResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json: { data?: T | null; errors?: GqlResponse<T>['errors'] };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    throw new Error(`Non-JSON answer ${response.status} from ${url}: ${text.slice(0, 300)}`);
  }
  return { status: response.status, data: json.data ?? null, errors: json.errors, headers: response.headers };
}

export type GatewayOptions = Partial<Pick<GatewayConfig, 'subgraphs' | 'production' | 'trustedProxies' | 'corsOrigins' | 'trustedDocuments' | 'apq' | 'graphiql' | 'metricsPort' | 'actorCacheMaxAgeMs'>> & {
  limits?: Partial<GatewayConfig['limits']>;
  /** Where rate limits are counted: Redis (`REDIS_URL`, else 127.0.0.1:6379; in memory while it does not answer), or null for memory only. */
  redisUrl?: string | null;
  /** The rate-limit counters' key prefix; gateways with the same prefix share their counts (default: one per graph). */
  rateLimitPrefix?: string;
};

export interface GraphOptions {
  gateway?: GatewayOptions;
  /** How the graph's processes log (every graph of the test process, from then on): a test captures the lines with a destination. */
  logs?: LoggingOptions;
}

/** Another gateway in front of the same subgraphs, as a second replica behind a load balancer. */
export interface ExtraGateway {
  url: string;
  /** Where the replica's `/metrics` is scraped, when it serves them. */
  metricsUrl: string | null;
  gql: TestGraph['gql'];
  close(): Promise<void>;
}

/** The Redis the tests use, unless a test says otherwise. */
export const TEST_REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

/** Whether the Redis at `url` accepts a connection within a second (tests that need it skip or fail otherwise). */
export function redisReachable(url: string = TEST_REDIS_URL): Promise<boolean> {
  return acceptsConnections(url, 6379);
}

/**
 * Starts the whole graph in this process on free ports, each subgraph on its own fresh
 * database, and the real gateway in front, spoken to over HTTP.
 */
export async function startGraph(options: GraphOptions = {}): Promise<TestGraph> {
  const tag = `t${process.pid}_${++graphs}_${Date.now().toString(36)}`;
  if (options.logs) configureLogging(options.logs);
  if (testDatabaseKind() === 'sqlite') fs.mkdirSync(path.join(os.tmpdir(), 'marketgraph-tests', tag), { recursive: true });
  const common = {
    port: 0,
    host: '127.0.0.1',
    production: false,
    databaseLimits: DEFAULT_DATABASE_LIMITS,
    shutdownGraceMs: DEFAULT_SHUTDOWN_GRACE_MS,
    unreadyDelayMs: 0,
  };
  const databases = {
    identity: identityDatabase(databaseFor('identity', tag)),
    catalog: catalogDatabase(databaseFor('catalog', tag)),
    tenancy: tenancyDatabase(databaseFor('tenancy', tag)),
  };
  // Identity asks catalog and tenancy for node(id:) (X13): their URLs are known once they listen.
  const identityConfig: IdentityConfig = {
    ...common,
    ...testServiceKeys('identity'),
    database: databases.identity.options.config,
    accessTokenSecret: DEV_SECRETS.accessToken,
    accessTokenTtlSeconds: 900,
    refreshTokenTtlDays: 30,
    operator: OPERATOR,
    catalogUrl: '',
    tenancyUrl: '',
  };
  const identity = await startIdentity(databases.identity, identityConfig);
  const catalog = await startCatalog(databases.catalog, { ...common, ...testServiceKeys('catalog'), database: databases.catalog.options.config, identityUrl: identity.url });
  const tenancy = await startTenancy(databases.tenancy, {
    ...common,
    ...testServiceKeys('tenancy'),
    database: databases.tenancy.options.config,
    embedTokenSecret: DEV_SECRETS.embedToken,
    identityUrl: identity.url,
    catalogUrl: catalog.url,
  });
  identityConfig.catalogUrl = catalog.url;
  identityConfig.tenancyUrl = tenancy.url;
  const subgraphUrls = { identity: identity.url, catalog: catalog.url, tenancy: tenancy.url };
  const running = { identity, catalog, tenancy };
  const stopped = new Set<ServiceName>();
  const gatewayConfig = (own: GatewayOptions = {}): GatewayConfig => ({
    port: 0,
    host: '127.0.0.1',
    production: own.production ?? false,
    supergraphPath: path.resolve(__dirname, '../../../schema/supergraph.graphql'),
    // A test may put something (a recording proxy) between a gateway and a subgraph.
    subgraphs: own.subgraphs ?? subgraphUrls,
    actorContextKey: TEST_KEYS.actorContext,
    serviceKey: TEST_KEYS.services.gateway,
    accessTokenSecret: DEV_SECRETS.accessToken,
    subgraphTimeoutMs: 10_000,
    limits: {
      maxDepth: 12,
      maxCost: 20_000,
      maxAliases: 30,
      bodyLimitBytes: 100_000,
      ratePerMinute: 100_000,
      ratePerAddressPerMinute: 100_000,
      authFailuresPerMinute: 100_000,
      ...own.limits,
    },
    // Each graph counts under its own prefix, so that test files sharing a Redis stay apart.
    redis: { url: own.redisUrl === undefined ? TEST_REDIS_URL : own.redisUrl, keyPrefix: own.rateLimitPrefix ?? `mg:test:${tag}` },
    actorCacheMaxAgeMs: own.actorCacheMaxAgeMs ?? 60_000,
    trustedProxies: own.trustedProxies ?? [],
    corsOrigins: own.corsOrigins ?? [],
    trustedDocuments: own.trustedDocuments ?? TRUSTED_DOCUMENTS_OFF,
    // As gatewayConfig defaults them: on outside production.
    apq: own.apq ?? !(own.production ?? false),
    graphiql: own.graphiql ?? !(own.production ?? false),
    metricsPort: own.metricsPort ?? null,
  });
  const extraGateways = new Set<ExtraGateway>();
  const gateway = await startGateway(gatewayConfig(options.gateway));
  const gqlAt =
    (url: string): TestGraph['gql'] =>
    (query, variables = {}, opts = {}) =>
      post(url, { query, variables }, { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers });

  const graph: TestGraph = {
    url: gateway.url,
    metricsUrl: gateway.metricsUrl,
    subgraphUrls,
    databases,
    gql: gqlAt(gateway.url),
    subgraph: async (service, query, variables, actor) =>
      post(
        subgraphUrls[service],
        { query, variables },
        actor ? { [ACTOR_CONTEXT_HEADER]: await signActorContext({ actor, requestId: 'test' }, service, TEST_KEYS.actorContext) } : {},
      ),
    async login(email, password) {
      const res = await graph.gql<{ login: { accessToken: string | null; userErrors: { message: string }[] } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { message } } }',
        { input: { email, password } },
      );
      const token = res.data?.login.accessToken;
      if (!token) throw new Error(`login of ${email} failed: ${JSON.stringify(res.errors ?? res.data)}`);
      return token;
    },
    async startGateway(own) {
      const replica = await startGateway(gatewayConfig({ ...options.gateway, ...own }));
      const extra: ExtraGateway = {
        url: replica.url,
        metricsUrl: replica.metricsUrl,
        gql: gqlAt(replica.url),
        close: async () => {
          extraGateways.delete(extra);
          await replica.close();
        },
      };
      extraGateways.add(extra);
      return extra;
    },
    async stopSubgraph(service) {
      stopped.add(service);
      await running[service].close();
    },
    async stop() {
      await Promise.all([...extraGateways].map((g) => g.close()));
      await gateway.close();
      await Promise.all(Object.entries(running).filter(([name]) => !stopped.has(name as ServiceName)).map(([, s]) => s.close()));
      await Promise.all(Object.values(databases).map((db) => db.drop()));
    },
  };
  return graph;
}

export * from './fixtures';
