import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { BUSY_MESSAGE, isOverloaded } from './errors';
import { msSince, serviceLogger, type Logger } from './log';
import { incomingRequestContext, noteErrorCodes, runWithRequest, type RequestContext } from './request-context';
import { shutdownTracing } from './tracing';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Reads a request body up to `limit` bytes; a larger body is refused before it is buffered whole. */
export async function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `Request body exceeds ${limit} bytes`, 'PAYLOAD_TOO_LARGE');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `Request body exceeds ${limit} bytes`, 'PAYLOAD_TOO_LARGE');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** How deep a request body may nest arrays and objects; deeper input could exhaust the stack of whatever walks it (X11). */
export const MAX_BODY_DEPTH = 64;

/** The deepest nesting of arrays and objects in a JSON text, counted without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export function parseJson(text: string, maxDepth = MAX_BODY_DEPTH): unknown {
  if (text === '') return undefined;
  if (jsonDepth(text) > maxDepth) {
    throw new HttpError(400, `Request body nests arrays and objects deeper than ${maxDepth} levels`, 'BAD_USER_INPUT');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON', 'BAD_REQUEST');
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  noteErrorCodes(body);
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function graphqlErrorBody(message: string, code: string): unknown {
  return { errors: [{ message, extensions: { code } }] };
}

/** Hands one HTTP request to Apollo Server with a context already built, and writes its answer. */
export async function executeApollo<C extends BaseContext>(
  apollo: ApolloServer<C>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: unknown,
  context: () => Promise<C>,
  extraHeaders: () => Record<string, string> = () => ({}),
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context,
  });
  const outHeaders: Record<string, string> = {};
  for (const [key, value] of response.headers) outHeaders[key] = value;
  if (response.body.kind === 'complete') {
    res.writeHead(response.status ?? 200, { ...outHeaders, ...extraHeaders() });
    res.end(response.body.string);
    return;
  }
  res.writeHead(response.status ?? 200, outHeaders);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Handles one request by path; a route that is missing answers 404. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse, path: string) => Promise<void>;

export interface RequestLogging {
  log: Logger;
  /**
   * True in a subgraph: the request ID its caller sends in `x-request-id` is the request's (a
   * signed actor context confirms it). False in the gateway, which gives every request its own.
   */
  acceptRequestId: boolean;
}

/** Probes and scrapes come every few seconds: their access lines are debug lines. */
const PROBES: ReadonlySet<string> = new Set(['/health', '/ready', '/metrics']);

/** The access line of one answered request (X14): what was asked, how it ended, how long it took. */
function logAccess(log: Logger, req: http.IncomingMessage, res: http.ServerResponse, path: string, context: RequestContext, begun: bigint): void {
  const status = res.statusCode;
  const finished = res.writableFinished;
  const codes = [...context.codes];
  const outcome = !finished ? 'ABORTED' : codes.length > 0 ? codes.join(',') : status >= 400 ? `HTTP_${status}` : 'ok';
  const level = PROBES.has(path)
    ? 'debug'
    : (status >= 500 && status !== 503) || context.codes.has('INTERNAL_SERVER_ERROR')
      ? 'error'
      : status === 503 || status === 429 || !finished || context.codes.has('SERVICE_UNAVAILABLE')
        ? 'warn'
        : 'info';
  if (!log.isLevelEnabled(level)) return;
  const durationMs = msSince(begun);
  log[level](
    {
      requestId: context.requestId,
      traceId: context.traceId,
      ...(context.correlationId ? { correlationId: context.correlationId } : {}),
      method: req.method,
      path,
      status,
      durationMs,
      operationName: context.operationName,
      actorKind: context.actorKind,
      outcome,
    },
    `${req.method ?? '-'} ${path} ${status} ${durationMs} ms`,
  );
}

/**
 * Dispatches requests to routes and turns failures into JSON errors: HTTP errors keep their
 * status, anything else is logged and answered as a masked 500. Each request runs in its own
 * request context (request ID, trace) and gets one access line once answered (X14).
 */
export function routeRequests(route: (path: string) => Route | undefined, logging: RequestLogging): http.RequestListener {
  const { log } = logging;
  return (req, res) => {
    const begun = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const context = incomingRequestContext(req, logging.acceptRequestId);
    res.once('close', () => runWithRequest(context, () => logAccess(log, req, res, path, context, begun)));
    runWithRequest(context, () => {
      const handler = route(path);
      const work = handler ? handler(req, res, path) : Promise.reject(new HttpError(404, 'Not found; the graph is at /graphql', 'NOT_FOUND'));
      work.catch((err: unknown) => {
        if (res.headersSent) {
          log.error({ err }, 'request failed after its answer began');
          res.destroy();
          return;
        }
        if (err instanceof HttpError) sendJson(res, err.status, graphqlErrorBody(err.message, err.code));
        else if (isOverloaded(err)) sendJson(res, 503, graphqlErrorBody(BUSY_MESSAGE, 'SERVICE_UNAVAILABLE'), { 'retry-after': '1' });
        else {
          log.error({ err }, 'unexpected error');
          sendJson(res, 500, graphqlErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
        }
      });
    });
  };
}

export interface Listening {
  server: http.Server;
  port: number;
  url: string;
  /** Stops accepting, lets requests in flight finish (up to `graceMs`), then closes the rest. */
  close(graceMs?: number): Promise<void>;
}

export async function listen(handler: http.RequestListener, port: number, host: string): Promise<Listening> {
  let closing = false;
  const server = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
    // Once closing, every answer ends its connection, so kept-alive clients move elsewhere.
    if (closing) res.shouldKeepAlive = false;
    handler(req, res);
  });
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  // A launcher that started this process (npm start, npm run replicas) learns that the port is
  // this process's own, not another's that answered first while this one was still starting.
  if (process.connected) process.send?.({ listening: actual });
  let closed: Promise<void> | null = null;
  return {
    server,
    port: actual,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}`,
    close: (graceMs = 10_000) =>
      (closed ??= new Promise<void>((resolve) => {
        closing = true;
        // Connections fall idle as their last request is answered; close each as it does.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      })),
  };
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/**
 * A process's readiness (X14): ready until it begins to stop. On stop, `/ready` answers 503 for
 * `unreadyMs` (at most half the grace period) while everything is still served, then the
 * listener stops accepting and drains what is in flight within the rest of `graceMs`.
 */
export class Readiness {
  private stopping = false;

  get ready(): boolean {
    return !this.stopping;
  }

  async stop(listening: Listening, graceMs: number, unreadyMs: number): Promise<void> {
    this.stopping = true;
    const wait = Math.max(0, Math.min(unreadyMs, Math.floor(graceMs / 2)));
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await listening.close(graceMs - wait);
  }
}

/**
 * On SIGTERM or SIGINT, runs `stop` once (stop accepting, let requests in flight finish, close
 * the pool, export the spans still buffered) and exits. A process that has not stopped within `graceMs` exits anyway, and a
 * second signal ends it at once (X11). A process started by a launcher over IPC also stops when
 * its launcher goes away, so that none is left behind.
 */
export function onShutdown(name: string, stop: () => Promise<void>, graceMs = DEFAULT_SHUTDOWN_GRACE_MS, log: Logger = serviceLogger(name)): void {
  let stopping = false;
  const handle = (reason: string): void => {
    if (stopping) {
      log.warn(`${reason} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    log.info(`${reason}: finishing requests in flight (at most ${graceMs} ms)`);
    const deadline = setTimeout(() => {
      log.error(`still stopping after ${graceMs} ms: exiting`);
      process.exit(1);
    }, graceMs);
    deadline.unref();
    stop()
      // The spans of the last requests leave before the process does.
      .then(() => shutdownTracing().catch((err: unknown) => log.warn({ err }, 'spans not exported')))
      .then(() => {
        log.info('stopped');
        process.exit(0);
      })
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
  if (process.send) process.on('disconnect', () => handle('launcher gone'));
}
