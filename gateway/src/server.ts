import fs from 'node:fs';
import http from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { Counter, Histogram } from 'prom-client';
import type { GraphQLError, GraphQLFormattedError, ValidationContext } from 'graphql';
import { ACTOR_CONTEXT_HEADER, CORRELATION_ID_HEADER, REQUEST_ID_HEADER, signActorContext, type Actor, type SigningKey } from '@marketgraph/authz';
import {
  currentRequest,
  executeApollo,
  graphqlErrorBody,
  HttpError,
  listen,
  maskError,
  msSince,
  operationResolutionPlugin,
  parseJson,
  postToService,
  readBody,
  Readiness,
  requestLogPlugin,
  ServiceMetrics,
  routeRequests,
  sendJson,
  serviceLogger,
  ServiceUnavailableError,
  type Listening,
  type Logger,
  type Route,
} from '@marketgraph/graphql';
import { authenticate, AuthenticationError } from './authenticate';
import type { GatewayConfig } from './config';
import { actorRateKey, clientAddressOf, closeRedis, connectRedis, RateLimits, trustedProxies } from './rate-limit';
import { ActorCache, actorChangingMutations, changesActors } from './actor-cache';
import { costLimitPlugin } from './cost';
import { corsHandler } from './cors';
import { GRAPHIQL_ASSET_PREFIX, graphiqlPages } from './graphiql';
import { deduplicateRepresentations, expandEntities, type Deduplicated } from './representations';
import { trustedDocumentsGate, type GraphQLRequestParts, type Refusal } from './trusted-documents';

export interface GatewayContext extends BaseContext {
  actor: Actor;
  /** The gateway's own ID of the request. */
  requestId: string;
  /** The ID the client gave its request (X-Correlation-ID, or an X-Request-ID it sent), if any. */
  correlationId: string | null;
  /** The client's network address (trusted-proxy rule), which throttles and rate limits key on. */
  clientAddress: string | null;
  /** Actor contexts signed for this request, one per subgraph audience. */
  signed: Map<string, Promise<string>>;
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * The subgraph fetch of the query plan, over the kept-alive connections of `postToService`:
 * the answer as the little of a fetch Response that RemoteGraphQLDataSource reads.
 */
function subgraphFetcher(subgraph: string, timeoutMs: number, metrics: GatewayMetrics, log: Logger): Fetcher {
  return async (url, init) => {
    const begun = process.hrtime.bigint();
    const labels = { subgraph };
    const answer = await postToService(url, String(init?.body ?? ''), (init?.headers ?? {}) as Record<string, string>, timeoutMs).catch((err: unknown) => {
      metrics.subgraphErrors.inc(labels);
      log.warn({ subgraph, err, durationMs: msSince(begun), outcome: 'UNREACHABLE' }, `subgraph ${subgraph} did not answer`);
      throw err;
    });
    metrics.subgraphRequests.inc(labels);
    const codes = errorCodesOf(answer.body);
    if (answer.status >= 400 || codes.length > 0) metrics.subgraphErrors.inc(labels);
    metrics.subgraphDuration.observe(labels, Number(process.hrtime.bigint() - begun) / 1e9);
    // One line per subgraph fetch (debug; a failed status is a warning): the subgraph's access line has the rest.
    const level = answer.status >= 500 ? 'warn' : 'debug';
    if (log.isLevelEnabled(level)) {
      const outcome = codes.length > 0 ? [...new Set(codes)].join(',') : answer.status >= 400 ? `HTTP_${answer.status}` : 'ok';
      const durationMs = msSince(begun);
      log[level]({ subgraph, status: answer.status, durationMs, outcome }, `subgraph ${subgraph} answered ${answer.status} in ${durationMs} ms`);
    }
    // A balancer's 502/503/504 with no GraphQL body: no replica of the subgraph could take the fetch.
    if (answer.status >= 502 && answer.status <= 504 && codes.length === 0) throw new ServiceUnavailableError(`subgraph ${subgraph} answered ${answer.status}`);
    const header = (name: string): string | null => {
      const value = answer.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    };
    // A subgraph's 400 carries GraphQL errors about the client's input (a bad variable, a
    // malformed literal): they reach the client as they are, not masked into a 500 (X3).
    const status = answer.status === 400 && codes.length > 0 ? 200 : answer.status;
    const response = {
      url,
      status,
      statusText: http.STATUS_CODES[status] ?? '',
      ok: status >= 200 && status < 300,
      redirected: false,
      bodyUsed: false,
      headers: { get: header, has: (name: string) => header(name) !== null },
      text: async () => answer.body,
      json: async () => JSON.parse(answer.body) as unknown,
    };
    return response as unknown as FetcherResponse;
  };
}

/**
 * The codes of the GraphQL errors an answer carries (INTERNAL_SERVER_ERROR for one without); none
 * when it carries none. An answer whose text has no `"errors"` key carries none: inside a JSON
 * string the quotes would be escaped, so the search finds every key and, at worst, a value that
 * reads "errors", and only then is the answer parsed here (Apollo Gateway parses it anyway).
 */
export function errorCodesOf(body: string): string[] {
  if (!body.includes('"errors"')) return [];
  try {
    const errors = (JSON.parse(body) as { errors?: unknown } | null)?.errors;
    if (!Array.isArray(errors)) return [];
    return errors.map((e: unknown) => {
      const code = (e as { extensions?: { code?: unknown } } | null)?.extensions?.code;
      return typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
    });
  } catch {
    return [];
  }
}

type SubgraphAnswer = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];
type SubgraphResponse = SubgraphAnswer['response'];

/** Forwards the signed actor context to each subgraph (X2), over kept-alive connections. */
class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly signing: SigningKey,
    timeoutMs: number,
    metrics: GatewayMetrics,
    log: Logger,
  ) {
    super({ url, fetcher: subgraphFetcher(subgraph, timeoutMs, metrics, log) });
  }

  /** The representations deduplicated for a fetch, by the fetch's variables. */
  private readonly deduplicated = new WeakMap<object, Deduplicated>();

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const variables = request.variables;
    const representations: unknown = variables?.['representations'];
    if (variables && Array.isArray(representations) && representations.length > 1) {
      const deduplicated = deduplicateRepresentations(representations);
      if (deduplicated) {
        variables['representations'] = deduplicated.unique;
        this.deduplicated.set(variables, deduplicated);
      }
    }
    const headers = request.http?.headers;
    if (!headers || !('actor' in context)) return;
    let token = context.signed.get(this.subgraph);
    if (!token) {
      token = signActorContext(
        { actor: context.actor, requestId: context.requestId, clientAddress: context.clientAddress, correlationId: context.correlationId },
        this.subgraph,
        this.signing,
      );
      context.signed.set(this.subgraph, token);
    }
    headers.set(ACTOR_CONTEXT_HEADER, await token);
    headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.correlationId) headers.set(CORRELATION_ID_HEADER, context.correlationId);
  }

  override didReceiveResponse({ response, request }: SubgraphAnswer): SubgraphResponse {
    const deduplicated = request.variables && this.deduplicated.get(request.variables);
    return deduplicated ? expandEntities(response, deduplicated) : response;
  }
}

/** The gateway's metrics (X14): its operations, its calls to each subgraph, its rate-limit refusals. */
class GatewayMetrics extends ServiceMetrics {
  readonly subgraphRequests = new Counter({ name: 'gateway_subgraph_requests_total', help: 'Requests the gateway sent to each subgraph', labelNames: ['subgraph'], registers: [this.registry] });
  readonly subgraphErrors = new Counter({
    name: 'gateway_subgraph_errors_total',
    help: 'Subgraph requests that failed, answered an error status or carried GraphQL errors',
    labelNames: ['subgraph'],
    registers: [this.registry],
  });
  readonly subgraphDuration = new Histogram({
    name: 'gateway_subgraph_request_duration_seconds',
    help: 'Time each subgraph took to answer the gateway',
    labelNames: ['subgraph'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({ name: 'gateway_rate_limit_refusals_total', help: 'Requests refused by a rate limit, by limit', labelNames: ['limit'], registers: [this.registry] });
  readonly actorLookups = new Counter({
    name: 'gateway_actor_lookups_total',
    help: 'Users and API keys authenticated, by whether the actor cache held them (hit), identity was asked (miss) or the cache was not in use (bypass)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
}

/**
 * After a mutation that may change actors is answered and before the answer goes out, the actors
 * every replica holds are out of date (I10): the next request asks identity again.
 */
function actorCachePlugin<C extends BaseContext>(cache: ActorCache, changing: ReadonlySet<string>): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, document }) {
          if (operation && document && changesActors(document, operation, changing)) await cache.bump();
        },
      };
    },
  };
}

const SUGGESTION = / ?Did you mean .+\?$/;

/** Limits (X6) refuse an operation as a validation error, before any subgraph is asked. */
const asValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export interface RunningGateway {
  url: string;
  port: number;
  /** Where `/metrics` is scraped; null when it is not served (production without METRICS_PORT). */
  metricsUrl: string | null;
  /**
   * Answers 503 at `/ready` for `unreadyMs` (X14), then stops accepting and lets requests in
   * flight finish, closing what is left after `graceMs`.
   */
  close(graceMs?: number, unreadyMs?: number): Promise<void>;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const supergraphSdl = fs.readFileSync(config.supergraphPath, 'utf8');
  const urls: Record<string, string> = config.subgraphs;
  const metrics = new GatewayMetrics('gateway');
  const log = serviceLogger('gateway');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const url = urls[name];
      if (!url) throw new Error(`No URL configured for subgraph ${name}`);
      return new SubgraphSource(name, url, config.actorContextKey, config.subgraphTimeoutMs, metrics, log);
    },
  });
  const logError = (err: unknown): void => {
    // A subgraph's internal error was logged, stack and all, by the subgraph under the same request ID.
    const subgraph = (err as GraphQLError | null)?.extensions?.['serviceName'];
    if (typeof subgraph === 'string') log.warn({ subgraph, outcome: 'INTERNAL_SERVER_ERROR' }, `subgraph ${subgraph} answered an internal error`);
    else log.error({ err }, 'unexpected error');
  };
  const redis = await connectRedis(config.redis, (message) => log.warn(message));
  const limits = RateLimits.create(
    {
      perAddressPerMinute: config.limits.ratePerAddressPerMinute,
      authFailuresPerMinute: config.limits.authFailuresPerMinute,
      perActorPerMinute: config.limits.ratePerMinute,
    },
    redis,
    config.redis.keyPrefix,
  );
  const actorCache = new ActorCache({
    redis,
    key: `${config.redis.keyPrefix}:actor-generation`,
    maxAgeMs: config.actorCacheMaxAgeMs,
    onBumpFailure: (err) => log.error({ err }, 'a mutation was answered but Redis could not be told; other replicas may use the actors they hold until ACTOR_CACHE_MAX_AGE_SECONDS pass'),
  });
  const actorLookup = { cache: actorCache, report: (outcome: 'hit' | 'miss' | 'bypass') => metrics.actorLookups.inc({ outcome }) };
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    // The process owns its signals (onShutdown): one stop, in order, within a grace period.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // Automatic persisted queries: a client may register any operation by its hash (APQ).
    persistedQueries: config.apq ? {} : false,
    // Apollo's own landing page loads Sandbox from a CDN; GraphiQL is served below instead.
    plugins: [ApolloServerPluginLandingPageDisabled(), operationResolutionPlugin(), costLimitPlugin<GatewayContext>(config.limits.maxCost), requestLogPlugin<GatewayContext>(), metrics.plugin<GatewayContext>(), actorCachePlugin<GatewayContext>(actorCache, actorChangingMutations(supergraphSdl))],
    validationRules: [
      maxDepthRule({ n: config.limits.maxDepth, ...asValidationError }),
      maxAliasesRule({ n: config.limits.maxAliases, ...asValidationError }),
    ],
    formatError: (formatted, error): GraphQLFormattedError => {
      const masked = maskError(formatted, error, logError);
      // Field suggestions reveal the schema; production keeps it to itself (X6).
      return config.production ? { ...masked, message: masked.message.replace(SUGGESTION, '') } : masked;
    },
  });
  await apollo.start();
  const trust = trustedProxies(config.trustedProxies);
  const applyCors = corsHandler(config.corsOrigins);
  const graphiql = config.graphiql ? graphiqlPages() : null;
  const trustedDocuments = trustedDocumentsGate(config.trustedDocuments, (message) => log.warn(message));

  /**
   * Trusted documents, before any credential is checked: an operation sent by manifest ID gets
   * its text, one that TRUSTED_DOCUMENTS=required does not list is refused. A GET's operation is
   * in its query string, which is rewritten the same way.
   */
  function admitDocument(req: http.IncomingMessage, body: unknown): { body: unknown } | { refused: Refusal } {
    if (config.trustedDocuments.mode === 'off') return { body };
    if (req.method === 'POST') {
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return config.trustedDocuments.mode === 'required' ? { refused: { status: 400, code: 'BAD_REQUEST', message: 'The request body must be one GraphQL request object' } } : { body };
      }
      const verdict = trustedDocuments(body as GraphQLRequestParts);
      return 'refused' in verdict ? verdict : { body: verdict.request };
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const params = url.searchParams;
    let extensions: unknown;
    try {
      extensions = params.has('extensions') ? JSON.parse(params.get('extensions') ?? '') : undefined;
    } catch {
      // Apollo Server answers the malformed parameter itself.
      return { body };
    }
    const verdict = trustedDocuments({ query: params.get('query') ?? undefined, extensions, operationName: params.get('operationName') ?? undefined });
    if ('refused' in verdict) return verdict;
    const { query, extensions: rest } = verdict.request;
    if (typeof query === 'string') params.set('query', query);
    if (rest === undefined) params.delete('extensions');
    else params.set('extensions', JSON.stringify(rest));
    // executeApollo reads the operation of a GET from the request's URL.
    req.url = `${url.pathname}${url.search}`;
    return { body };
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // X13: first, so that every answer below, refusals and errors included, carries the CORS headers.
    if (await applyCors(req, res)) return;
    if (graphiql?.wantsPage(req)) return graphiql.page(res);
    // The gateway's own ID for the audit and the logs (routeRequests gave the request a new one);
    // the client's ID is kept beside it, never instead.
    const request = currentRequest();
    if (!request) throw new Error('the gateway serves requests in a request context');
    const { requestId, correlationId } = request;
    const clientAddress = clientAddressOf(req, trust);
    const ids: Record<string, string> = { [REQUEST_ID_HEADER]: requestId, ...(correlationId ? { [CORRELATION_ID_HEADER]: correlationId } : {}) };
    const refuseForNow = (wait: number, limit: 'address' | 'authFailures' | 'actor'): void => (
      metrics.rateLimited.inc({ limit }),
      sendJson(res, 429, { errors: [{ message: `Rate limit exceeded; retry in ${wait} s`, extensions: { code: 'RATE_LIMITED', requestId, retryAfter: wait } }] }, {
        ...ids,
        'retry-after': String(wait),
      })
    );
    // X10: the address is counted before any credential is checked, so a flood costs identity nothing.
    // Both counters at once: with Redis they travel in one write (auto-pipelining).
    const [addressWait, authWait] = await Promise.all([
      limits.takeAddress(clientAddress),
      req.headers.authorization !== undefined ? limits.authFailureWait(clientAddress) : 0,
    ]);
    if (addressWait > 0) return refuseForNow(addressWait, 'address');
    if (authWait > 0) return refuseForNow(authWait, 'authFailures');
    const parsed = req.method === 'POST' ? parseJson(await readBody(req, config.limits.bodyLimitBytes)) : undefined;
    const admitted = admitDocument(req, parsed);
    if ('refused' in admitted) {
      const { status, code, message } = admitted.refused;
      // Never cached: a manifest deployed later must be able to answer the same request.
      sendJson(res, status, graphqlErrorBody(message, code), { ...ids, 'cache-control': 'private, no-cache, must-revalidate' });
      return;
    }
    const body = admitted.body;
    let actor: Actor;
    try {
      actor = await authenticate(config, req, actorLookup);
    } catch (err) {
      if (err instanceof AuthenticationError) {
        await limits.recordAuthFailure(clientAddress);
        sendJson(res, 401, graphqlErrorBody(err.message, 'UNAUTHENTICATED'), ids);
        return;
      }
      throw err;
    }
    request.actorKind = actor.kind;
    const actorWait = await limits.takeActor(actorRateKey(actor, clientAddress));
    if (actorWait > 0) return refuseForNow(actorWait, 'actor');
    const context: GatewayContext = { actor, requestId, correlationId, clientAddress, signed: new Map() };
    await executeApollo(apollo, req, res, body, async () => context, () => ids);
  }

  const readiness = new Readiness();
  /**
   * Readiness (X14): not stopping, and at least one subgraph ready. With some subgraphs down the
   * gateway still answers what the others hold (X9: partial data with errors), so it stays in
   * rotation and says `degraded`; taking every gateway out because one subgraph is down would
   * turn a partial outage into a whole one.
   */
  async function ready(res: http.ServerResponse): Promise<void> {
    if (!readiness.ready) return sendJson(res, 503, { status: 'stopping' });
    const checks = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        const ok = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2000) })
          .then((r) => r.ok)
          .catch(() => false);
        return [name, ok ? 'ok' : 'unreachable'] as const;
      }),
    );
    const up = checks.filter(([, status]) => status === 'ok').length;
    const status = up === checks.length ? 'ok' : up > 0 ? 'degraded' : 'unavailable';
    sendJson(res, up > 0 ? 200 : 503, { status, subgraphs: Object.fromEntries(checks) });
  }

  const routes: Record<string, Route> = {
    '/graphql': graphql,
    ...(graphiql ? { '/': async (_req: http.IncomingMessage, res: http.ServerResponse) => graphiql.page(res) } : {}),
    // Liveness: the process runs and answers, whatever its subgraphs do (X14).
    '/health': async (_req, res) => sendJson(res, 200, { status: 'ok' }),
    '/ready': async (_req, res) => ready(res),
    // Metrics on the client port only outside production, unless METRICS_PORT serves them apart (X14).
    ...(config.metricsPort === null && !config.production ? { '/metrics': async (_req: http.IncomingMessage, res: http.ServerResponse) => metrics.answer(res) } : {}),
  };
  const asset: Route = async (_req, res, path) => {
    if (!graphiql?.asset(path.slice(GRAPHIQL_ASSET_PREFIX.length), res)) throw new HttpError(404, 'Not found; the graph is at /graphql', 'NOT_FOUND');
  };
  const logging = { log, acceptRequestId: false };
  const handler = routeRequests((path) => routes[path] ?? (graphiql && path.startsWith(GRAPHIQL_ASSET_PREFIX) ? asset : undefined), logging);
  const listening: Listening = await listen(handler, config.port, config.host);
  const metricsListening =
    config.metricsPort === null
      ? null
      : await listen(
          routeRequests((path) => (path === '/metrics' ? (_req, res) => metrics.answer(res) : undefined), logging),
          config.metricsPort,
          config.host,
        );
  return {
    url: `${listening.url}/graphql`,
    port: listening.port,
    metricsUrl: metricsListening ? `${metricsListening.url}/metrics` : config.production ? null : `${listening.url}/metrics`,
    async close(graceMs = 10_000, unreadyMs = 0) {
      await readiness.stop(listening, graceMs, unreadyMs);
      await metricsListening?.close(1000);
      await apollo.stop();
      await closeRedis(redis);
    },
  };
}
