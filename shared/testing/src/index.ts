import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { DEFAULT_DATABASE_LIMITS, parseDatabaseUrl, type Database, type DbConfig, type ServiceName } from '@marketgraph/db';
import { DEFAULT_SHUTDOWN_GRACE_MS, DEV_SECRETS } from '@marketgraph/graphql';
import { signActorContext, ACTOR_CONTEXT_HEADER, type Actor } from '@marketgraph/authz';
import { createDatabase as identityDatabase } from '../../../services/identity/src/database';
import { startIdentity } from '../../../services/identity/src/server';
import { createDatabase as catalogDatabase } from '../../../services/catalog/src/database';
import { startCatalog } from '../../../services/catalog/src/server';
import { createDatabase as tenancyDatabase } from '../../../services/tenancy/src/database';
import { startTenancy } from '../../../services/tenancy/src/server';
import { startGateway } from '../../../gateway/src/server';
import type { GatewayConfig } from '../../../gateway/src/config';

process.env['APOLLO_TELEMETRY_DISABLED'] = '1';

export const OPERATOR = { email: 'operator@platform.test', password: 'operator-password-1' };

/** The database every test graph uses: MySQL unless the test runner chose the embedded SQLite. */
export function testDatabaseKind(): 'mysql' | 'sqlite' {
  return process.env['TEST_DB'] === 'sqlite' ? 'sqlite' : 'mysql';
}

let graphs = 0;

function databaseFor(service: ServiceName, tag: string): DbConfig {
  if (testDatabaseKind() === 'sqlite') {
    return { type: 'sqlite', file: path.join(os.tmpdir(), 'marketgraph-tests', tag, `${service}.sqlite`) };
  }
  const server = (process.env['MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306').replace(/\/[^/]*$/, '').replace(/\/$/, '');
  const base = server.startsWith('mysql://') ? server : 'mysql://root@127.0.0.1:3306';
  return parseDatabaseUrl('MYSQL_URL', `${base}/${tag}_${service}`);
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
  subgraphUrls: Record<ServiceName, string>;
  databases: Record<ServiceName, Database>;
  /** Sends one GraphQL request through the gateway. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GqlResponse<T>>;
  /** Sends one request straight to a subgraph, signed as the gateway would sign `actor`. */
  subgraph<T = Record<string, unknown>>(service: ServiceName, query: string, variables: Record<string, unknown>, actor: Actor | null): Promise<GqlResponse<T>>;
  login(email: string, password: string): Promise<string>;
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

export interface GraphOptions {
  gateway?: Partial<Pick<GatewayConfig, 'production'>> & { limits?: Partial<GatewayConfig['limits']> };
}

/**
 * Starts the whole graph in this process on free ports, each subgraph on its own fresh
 * database, and the real gateway in front, spoken to over HTTP.
 */
export async function startGraph(options: GraphOptions = {}): Promise<TestGraph> {
  const tag = `t${process.pid}_${++graphs}_${Date.now().toString(36)}`;
  if (testDatabaseKind() === 'sqlite') fs.mkdirSync(path.join(os.tmpdir(), 'marketgraph-tests', tag), { recursive: true });
  const common = {
    port: 0,
    host: '127.0.0.1',
    production: false,
    actorContextSecret: DEV_SECRETS.actorContext,
    databaseLimits: DEFAULT_DATABASE_LIMITS,
    shutdownGraceMs: DEFAULT_SHUTDOWN_GRACE_MS,
  };
  const databases = {
    identity: identityDatabase(databaseFor('identity', tag)),
    catalog: catalogDatabase(databaseFor('catalog', tag)),
    tenancy: tenancyDatabase(databaseFor('tenancy', tag)),
  };
  const identity = await startIdentity(databases.identity, {
    ...common,
    database: databases.identity.options.config,
    accessTokenSecret: DEV_SECRETS.accessToken,
    accessTokenTtlSeconds: 900,
    refreshTokenTtlDays: 30,
    operator: OPERATOR,
  });
  const catalog = await startCatalog(databases.catalog, { ...common, database: databases.catalog.options.config, identityUrl: identity.url });
  const tenancy = await startTenancy(databases.tenancy, {
    ...common,
    database: databases.tenancy.options.config,
    embedTokenSecret: DEV_SECRETS.embedToken,
    catalogUrl: catalog.url,
  });
  const subgraphUrls = { identity: identity.url, catalog: catalog.url, tenancy: tenancy.url };
  const running = { identity, catalog, tenancy };
  const stopped = new Set<ServiceName>();
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    production: options.gateway?.production ?? false,
    supergraphPath: path.resolve(__dirname, '../../../schema/supergraph.graphql'),
    subgraphs: subgraphUrls,
    actorContextSecret: DEV_SECRETS.actorContext,
    accessTokenSecret: DEV_SECRETS.accessToken,
    subgraphTimeoutMs: 10_000,
    limits: { maxDepth: 12, maxCost: 20_000, maxAliases: 30, bodyLimitBytes: 100_000, ratePerMinute: 100_000, ...options.gateway?.limits },
  });

  const graph: TestGraph = {
    url: gateway.url,
    subgraphUrls,
    databases,
    gql: (query, variables = {}, opts = {}) =>
      post(gateway.url, { query, variables }, { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers }),
    subgraph: async (service, query, variables, actor) =>
      post(
        subgraphUrls[service],
        { query, variables },
        actor ? { [ACTOR_CONTEXT_HEADER]: await signActorContext({ actor, requestId: 'test' }, service, DEV_SECRETS.actorContext) } : {},
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
    async stopSubgraph(service) {
      stopped.add(service);
      await running[service].close();
    },
    async stop() {
      await gateway.close();
      await Promise.all(Object.entries(running).filter(([name]) => !stopped.has(name as ServiceName)).map(([, s]) => s.close()));
      await Promise.all(Object.values(databases).map((db) => db.drop()));
    },
  };
  return graph;
}

export * from './fixtures';
