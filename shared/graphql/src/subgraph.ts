import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { parse, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import {
  ACTOR_CONTEXT_HEADER,
  SERVICE_TOKEN_HEADER,
  verifyActorContext,
  verifyServiceToken,
  visibleMarketplaceIds,
  type Actor,
  type PolicyContext,
  type PolicyTable,
} from '@marketgraph/authz';
import { AUDIT_ACTOR_KIND_OF, TenantScope, type AuditWho, type Database, type RequestStats, type ServiceName } from '@marketgraph/db';
import { maskError } from './errors';
import { executeApollo, graphqlErrorBody, HttpError, listen, parseJson, readBody, Readiness, routeRequests, sendJson, type Listening, type Route } from './http';
import { secureSchema } from './secure-schema';
import type { ServiceKeys, SubgraphServiceConfig } from './env';
import { INTERNAL_ROUTE_CALLERS } from './internal-call';
import { nodesRequestOf, visibleNodes, type NodeTypes } from './node';
import { ServiceMetrics } from './metrics';
import { requestLogPlugin, serviceLogger } from './log';
import { currentRequest, wellFormedId } from './request-context';

/** What every resolver of every subgraph receives. */
export interface SubgraphContext extends PolicyContext {
  actor: Actor;
  requestId: string;
  /** The client's network address as the gateway saw it, when the request came through the gateway. */
  clientAddress: string | null;
  /** The caller's marketplaces: every read of a tenant-owned table goes through it. */
  scope: TenantScope;
  audit: AuditWho;
}

export type InternalRoute = (body: unknown) => Promise<unknown>;

export interface SubgraphDefinition<C extends SubgraphContext> {
  name: ServiceName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<C>;
  policies: PolicyTable<C>;
  database: Database;
  createContext(base: SubgraphContext): C;
  /** Routes other services call under /internal/<name>, each open to the callers INTERNAL_ROUTE_CALLERS names. */
  internalRoutes?: Record<string, InternalRoute>;
  /**
   * The Node types this subgraph owns (X13). When set, the `nodes` internal route tells identity,
   * which answers `node(id:)`, which of some IDs a caller may read and their types.
   */
  nodeTypes?: NodeTypes;
}

export interface SubgraphOptions {
  port: number;
  host: string;
  keys: Pick<ServiceKeys, 'actorContextKeys' | 'callerKeys'>;
  production: boolean;
  bodyLimitBytes?: number;
  /** On close, how long `/ready` answers 503 before the listener stops accepting (X14). */
  unreadyDelayMs?: number;
}

/** How long `/ready` waits for the database before it answers 503 (X11). */
export const HEALTH_TIMEOUT_MS = 1000;

export interface RunningSubgraph {
  name: ServiceName;
  url: string;
  port: number;
  /** Stops accepting and lets requests in flight finish, closing what is left after `graceMs`. */
  close(graceMs?: number): Promise<void>;
}

export const SQL_COUNT_HEADER = 'x-sql-statements';

/** The SQL counter of the request being served (counted from here on); a fresh one outside a request. */
function requestStats(): RequestStats {
  const stats = currentRequest()?.stats;
  if (!stats) return { sql: 0 };
  stats.sql = 0;
  return stats;
}

export function actorIdOf(actor: Actor): string | null {
  switch (actor.kind) {
    case 'user':
      return actor.userId;
    case 'apiKey':
      return actor.apiKeyId;
    case 'endCustomer':
      return actor.endCustomerId;
    case 'anonymous':
      return null;
  }
}

export function baseContext(actor: Actor, requestId: string, clientAddress: string | null = null): SubgraphContext {
  return {
    actor,
    requestId,
    clientAddress,
    scope: new TenantScope(visibleMarketplaceIds(actor)),
    audit: { actorKind: AUDIT_ACTOR_KIND_OF[actor.kind], actorId: actorIdOf(actor), requestId },
  };
}

/** True when a request asks for nothing but `_service` (composition tooling reads the SDL). */
function onlyServiceSdl(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return false;
  try {
    const document = parse(query);
    return document.definitions.every(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION &&
        (d as OperationDefinitionNode).operation === 'query' &&
        d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === '_service'),
    );
  } catch {
    return false;
  }
}

export async function startSubgraph<C extends SubgraphContext>(
  definition: SubgraphDefinition<C>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const { name, database } = definition;
  const schema = secureSchema(definition.typeDefs, definition.resolvers, definition.policies, {
    contextFor: (ctx, actor) => definition.createContext(baseContext(actor, ctx.requestId, ctx.clientAddress)),
  });
  const routes: Record<string, InternalRoute> = { ...definition.internalRoutes };
  const nodeTypes = definition.nodeTypes;
  if (nodeTypes && INTERNAL_ROUTE_CALLERS[name]['nodes']) {
    // Identity asks for the caller it serves (it answers its own types in-process): each ID is
    // read as that caller reads it by ID (X13).
    routes['nodes'] = (body) => {
      const request = nodesRequestOf(body);
      const ctx = definition.createContext(baseContext(request.actor, request.requestId, request.clientAddress));
      return visibleNodes(schema, database.manager, nodeTypes, ctx, request.ids);
    };
  }
  const unlisted = Object.keys(routes).filter((route) => !INTERNAL_ROUTE_CALLERS[name][route]);
  if (unlisted.length > 0) throw new Error(`${name}: internal routes without callers in INTERNAL_ROUTE_CALLERS: ${unlisted.join(', ')}`);
  const log = serviceLogger(name);
  const logError = (err: unknown): void => log.error({ err }, 'unexpected error');
  const metrics = new ServiceMetrics(name);
  metrics.gauge('db_pool_connections_in_use', 'Pooled database connections lent out', () => database.poolStats()?.inUse ?? null);
  metrics.gauge('db_pool_waiting', 'Statements waiting for a pooled database connection', () => database.poolStats()?.waiting ?? null);
  metrics.gauge('db_pool_size', 'Connections the database pool holds at most', () => database.poolStats()?.size ?? null);
  const apollo = new ApolloServer<C>({
    schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // The process owns its signals (onShutdown): one stop, in order, within a grace period.
    stopOnTerminationSignals: false,
    // No per-field instrumentation nobody reads: no federated traces, and no cache hints (the
    // subgraphs set none; every answer is per caller and never cached by HTTP).
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), metrics.plugin<C>(), requestLogPlugin<C>()],
    formatError: (formatted, error) => maskError(formatted, error, logError),
  });
  await apollo.start();
  const bodyLimit = options.bodyLimitBytes ?? 1_000_000;

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = req.method === 'POST' ? parseJson(await readBody(req, bodyLimit)) : undefined;
    const header = req.headers[ACTOR_CONTEXT_HEADER];
    let context: C | null = null;
    if (typeof header === 'string') {
      let verified: Awaited<ReturnType<typeof verifyActorContext>> | null = null;
      try {
        verified = await verifyActorContext(header, name, options.keys.actorContextKeys);
      } catch (err) {
        // Why a context was refused (expired, wrong audience, unknown key...), never the token itself.
        log.warn({ reason: err instanceof Error ? err.message : String(err) }, 'actor context refused');
      }
      if (verified) {
        const { actor, requestId, clientAddress, correlationId } = verified;
        context = definition.createContext(baseContext(actor, requestId, clientAddress ?? null));
        // The signed request ID is the request's, whatever a header said (X14).
        const request = currentRequest();
        if (request) {
          if (wellFormedId(requestId)) request.requestId = requestId;
          request.actorKind = actor.kind;
          if (wellFormedId(correlationId)) request.correlationId = correlationId;
        }
      }
    }
    if (!context) {
      // X2: only the gateway's signed context opens a subgraph.
      if (!onlyServiceSdl(body)) {
        if (typeof header !== 'string') log.warn({ reason: 'no actor context header' }, 'actor context refused');
        sendJson(res, 401, graphqlErrorBody('A valid actor context from the gateway is required', 'UNAUTHENTICATED'));
        return;
      }
      context = definition.createContext(baseContext({ kind: 'anonymous', marketplaceId: null }, currentRequest()?.requestId ?? randomUUID()));
    }
    const stats = requestStats();
    const ready = context;
    await executeApollo(apollo, req, res, body, async () => ready, () => ({ [SQL_COUNT_HEADER]: String(stats.sql) }));
  }

  async function internal(route: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const handler = Object.hasOwn(routes, route) ? routes[route] : undefined;
    if (!handler || req.method !== 'POST') throw new HttpError(404, 'Not found', 'NOT_FOUND');
    const token = req.headers[SERVICE_TOKEN_HEADER];
    const callers = INTERNAL_ROUTE_CALLERS[name][route] ?? [];
    if (typeof token !== 'string' || !(await verifyServiceToken(token, name, route, callers, options.keys.callerKeys))) {
      throw new HttpError(401, 'A valid service token is required', 'UNAUTHENTICATED');
    }
    const request = currentRequest();
    if (request) request.actorKind = 'service';
    const body = parseJson(await readBody(req, bodyLimit));
    const stats = requestStats();
    const result = await handler(body);
    sendJson(res, 200, result ?? null, { [SQL_COUNT_HEADER]: String(stats.sql) });
  }

  const readiness = new Readiness();
  // Liveness: the process runs and answers, whatever its database does (X14).
  const health: Route = async (_req, res) => sendJson(res, 200, { service: name, status: 'ok' });
  // Readiness: not stopping, and the database answers within a bound (X11, X14).
  const ready: Route = async (_req, res) => {
    if (!readiness.ready) return sendJson(res, 503, { service: name, status: 'stopping' });
    const ok = await database.ping(HEALTH_TIMEOUT_MS);
    sendJson(res, ok ? 200 : 503, { service: name, status: ok ? 'ok' : 'database unreachable or busy' });
  };
  const handler = routeRequests(
    (path) =>
      path === '/graphql'
        ? graphql
        : path === '/health'
          ? health
          : path === '/ready'
            ? ready
            : path === '/metrics'
              ? (_req, res) => metrics.answer(res)
          : path.startsWith('/internal/')
            ? (req, res) => internal(path.slice('/internal/'.length), req, res)
            : undefined,
    { log, acceptRequestId: true },
  );

  const listening: Listening = await listen(handler, options.port, options.host);
  return {
    name,
    url: `${listening.url}/graphql`,
    port: listening.port,
    async close(graceMs = 10_000) {
      await readiness.stop(listening, graceMs, options.unreadyDelayMs ?? 0);
      await apollo.stop();
    },
  };
}

/** A subgraph's hand-written contract, `schema/<name>.graphql`. */
export function subgraphTypeDefs(name: ServiceName): DocumentNode {
  return parse(fs.readFileSync(path.resolve(__dirname, '../../../schema', `${name}.graphql`), 'utf8'));
}

/** Starts a subgraph with the settings every subgraph reads from its configuration. */
export function serveSubgraph<C extends SubgraphContext>(definition: SubgraphDefinition<C>, config: SubgraphServiceConfig): Promise<RunningSubgraph> {
  return startSubgraph(definition, {
    port: config.port,
    host: config.host,
    keys: config,
    production: config.production,
    unreadyDelayMs: config.unreadyDelayMs,
  });
}
