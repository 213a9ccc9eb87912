import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, randomUUID } from 'node:crypto';
import type http from 'node:http';
import { isSpanContextValid, trace, type SpanContext } from '@opentelemetry/api';
import { CORRELATION_ID_HEADER, REQUEST_ID_HEADER } from '@marketgraph/authz';
import { countStatementsIn, type RequestStats } from '@marketgraph/db';

/** The W3C Trace Context header: `00-<trace id>-<parent span id>-<flags>`. */
export const TRACEPARENT_HEADER = 'traceparent';

/**
 * What every log line of one request carries, in the process handling it (X14): its request ID
 * (the gateway's; a subgraph takes the one it is given), its trace ID, and what the access line
 * reports once it is answered.
 */
export interface RequestContext {
  requestId: string;
  /** 32 lowercase hex digits: the trace the request belongs to, across every process. */
  traceId: string;
  /** The trace flags received (`01`: sampled), passed on to the calls this request makes. */
  traceFlags: string;
  /** The client's own ID of the request, when it sent one. */
  correlationId: string | null;
  operationName: string | null;
  /** `user`, `apiKey`, `endCustomer`, `anonymous`; `service` on internal routes. */
  actorKind: string | null;
  /** The error codes the answer carried (GraphQL `extensions.code`, or the refusal's). */
  readonly codes: Set<string>;
  /** The SQL statements the request caused in this process (the `x-sql-statements` header). */
  readonly stats: RequestStats;
}

const storage = new AsyncLocalStorage<RequestContext>();
countStatementsIn(() => storage.getStore()?.stats);

/** The request this code runs for, if any. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

export function runWithRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** Request, correlation and similar IDs a caller may send: short, and only characters safe in a log line. */
const ID = /^[\w.:-]{1,64}$/;

export function wellFormedId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

export interface TraceParent {
  traceId: string;
  parentId: string;
  traceFlags: string;
}

/** A `traceparent` header as W3C Trace Context defines it; null when it is missing or invalid. */
export function parseTraceparent(value: unknown): TraceParent | null {
  if (typeof value !== 'string') return null;
  const match = TRACEPARENT.exec(value.trim());
  if (!match) return null;
  const [, version, traceId, parentId, traceFlags, rest] = match as unknown as [string, string, string, string, string, string | undefined];
  if (version === 'ff' || (version === '00' && rest !== undefined)) return null;
  if (traceId === ZERO_TRACE || parentId === ZERO_SPAN) return null;
  return { traceId, parentId, traceFlags };
}

export const newTraceId = (): string => randomBytes(16).toString('hex');
export const newSpanId = (): string => randomBytes(8).toString('hex');

/** The span OpenTelemetry has active here, when its SDK runs and one is; otherwise undefined. */
export function activeSpanContext(): SpanContext | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? context : undefined;
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * The context of a request just received. A gateway gives it a new request ID (`acceptRequestId`
 * false: what a client sends in `x-request-id` is only its correlation ID); a subgraph takes the
 * ID its caller sends, which a signed actor context later confirms. The trace is the active
 * OpenTelemetry span's when there is one, else the one of a valid incoming `traceparent`, else a new one.
 */
export function incomingRequestContext(req: http.IncomingMessage, acceptRequestId: boolean): RequestContext {
  const sentId = first(req.headers[REQUEST_ID_HEADER]);
  const span = activeSpanContext();
  const parent = span ? null : parseTraceparent(first(req.headers[TRACEPARENT_HEADER]));
  const correlation = first(req.headers[CORRELATION_ID_HEADER]) ?? (acceptRequestId ? undefined : sentId);
  return {
    requestId: acceptRequestId && wellFormedId(sentId) ? sentId : randomUUID(),
    traceId: span?.traceId ?? parent?.traceId ?? newTraceId(),
    traceFlags: span ? span.traceFlags.toString(16).padStart(2, '0') : (parent?.traceFlags ?? '01'),
    correlationId: wellFormedId(correlation) ? correlation : null,
    operationName: null,
    actorKind: null,
    codes: new Set(),
    stats: { sql: 0 },
  };
}

/**
 * The headers a call to another service carries for the request it is made for: `x-request-id`,
 * the client's `x-correlation-id`, and a `traceparent` in the request's trace with a new span ID,
 * unless OpenTelemetry is active (its instrumentation of the call sets `traceparent` itself).
 * Headers already set are kept.
 */
export function outboundHeaders(headers: Record<string, string>): Record<string, string> {
  const context = currentRequest();
  if (!context) return headers;
  const has = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const added: Record<string, string> = {};
  if (!has.has(REQUEST_ID_HEADER)) added[REQUEST_ID_HEADER] = context.requestId;
  if (context.correlationId && !has.has(CORRELATION_ID_HEADER)) added[CORRELATION_ID_HEADER] = context.correlationId;
  if (!has.has(TRACEPARENT_HEADER) && !activeSpanContext()) added[TRACEPARENT_HEADER] = `00-${context.traceId}-${newSpanId()}-${context.traceFlags}`;
  return { ...headers, ...added };
}

/** A GraphQL operation name as logs may show it: the name, or null for none or anything else a client sent. */
export function loggableOperationName(name: unknown): string | null {
  return typeof name === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,127}$/.test(name) ? name : null;
}

/** Notes the error codes of an answer's body (`{ errors: [{ extensions: { code } }] }`) for the access line. */
export function noteErrorCodes(body: unknown): void {
  const context = currentRequest();
  if (!context || body === null || typeof body !== 'object') return;
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return;
  for (const error of errors) {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    context.codes.add(typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR');
  }
}
