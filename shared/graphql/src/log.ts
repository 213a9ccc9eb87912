import { createRequire } from 'node:module';
import { types } from 'node:util';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import pino, { type DestinationStream, type Level, type Logger, type LoggerOptions } from 'pino';
import { activeSpanContext, currentRequest, loggableOperationName, noteErrorCodes } from './request-context';

export type { Logger } from 'pino';

/** `json`: one JSON object a line, for machines (production). `pretty`: one readable line each, for people (`npm start`). */
export type LogFormat = 'json' | 'pretty';
export type LogLevel = Level | 'silent';

export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty'];

export interface LogSettings {
  level: LogLevel;
  format: LogFormat;
}

/**
 * `LOG_LEVEL` (default `info`) and `LOG_FORMAT`: `json` in production (`NODE_ENV=production`) and
 * whenever output does not go to a terminal, `pretty` on a terminal (`npm start` asks for it).
 * A bad value is named in `problems`, and the default used meanwhile.
 */
export function logSettings(env: NodeJS.ProcessEnv = process.env, terminal = process.stdout.isTTY === true): { settings: LogSettings; problems: string[] } {
  const problems: string[] = [];
  const level = env['LOG_LEVEL'] || 'info';
  const format = env['LOG_FORMAT'] || (env['NODE_ENV'] !== 'production' && terminal ? 'pretty' : 'json');
  if (!LOG_LEVELS.includes(level as LogLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  if (!LOG_FORMATS.includes(format as LogFormat)) problems.push(`LOG_FORMAT must be json or pretty, got "${format}"`);
  return {
    settings: {
      level: LOG_LEVELS.includes(level as LogLevel) ? (level as LogLevel) : 'info',
      format: LOG_FORMATS.includes(format as LogFormat) ? (format as LogFormat) : 'json',
    },
    problems,
  };
}

/**
 * Where secrets could sit in a logged object: they are replaced, whatever a log call passes.
 * Log calls never pass request headers or variables; this is the second line of defence.
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'apiKey',
  'key',
  'variables',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["x-actor-context"]',
  'headers["x-service-token"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-actor-context"]',
  'req.headers["x-service-token"]',
  '*.authorization',
  '*.cookie',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  '*.apiKey',
  '*.variables',
];

interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  code?: string | number;
  /** The GraphQL path of the field that failed. */
  path?: readonly (string | number)[];
  cause?: SerializedError;
  errors?: SerializedError[];
}

/**
 * An error as one JSON object, its stack inside: type, message, stack, code, the GraphQL path
 * and its cause (a GraphQL error's original error). Nothing else of it: a GraphQL error holds the
 * operation's source text, a database error the statement's values, and either may hold secrets.
 */
export function serializeError(err: unknown, depth = 0): SerializedError {
  if (!(err instanceof Error) && !types.isNativeError(err)) {
    const message = (err as { message?: unknown } | null)?.message;
    return { type: err === null ? 'null' : typeof err, message: typeof message === 'string' ? message : typeof err === 'object' ? 'not an Error' : String(err) };
  }
  const out: SerializedError = { type: err.constructor?.name || err.name, message: err.message };
  if (err.stack) out.stack = err.stack;
  const fields = err as { code?: unknown; path?: unknown; extensions?: { code?: unknown }; originalError?: unknown; cause?: unknown; errors?: unknown };
  const code = fields.code ?? fields.extensions?.code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (Array.isArray(fields.path) && fields.path.every((p) => typeof p === 'string' || typeof p === 'number')) out.path = fields.path as (string | number)[];
  if (depth < 4) {
    const cause = fields.originalError ?? fields.cause;
    if (cause !== undefined && cause !== null && cause !== err) out.cause = serializeError(cause, depth + 1);
    if (Array.isArray(fields.errors)) out.errors = fields.errors.slice(0, 5).map((e) => serializeError(e, depth + 1));
  }
  return out;
}

/** Every line of a request carries its request ID and trace ID, so that lines join across processes and with traces. */
function requestFields(): Record<string, string> {
  const request = currentRequest();
  const span = activeSpanContext();
  if (!request && !span) return {};
  const fields: Record<string, string> = {};
  if (request) fields['requestId'] = request.requestId;
  const traceId = span?.traceId ?? request?.traceId;
  if (traceId) fields['traceId'] = traceId;
  if (span) fields['spanId'] = span.spanId;
  return fields;
}

export interface LoggingOptions {
  level?: LogLevel;
  format?: LogFormat;
  /** Where JSON lines go instead of stdout and stderr (tests capture a graph's lines). */
  destination?: DestinationStream;
}

function rootLogger(options: LoggingOptions): Logger {
  const { settings } = logSettings();
  const level = options.level ?? settings.level;
  const format = options.destination ? 'json' : (options.format ?? settings.format);
  const common: LoggerOptions = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError, error: serializeError },
    mixin: requestFields,
  };
  if (format === 'pretty') {
    const out = prettyStream(1);
    const err = prettyStream(2);
    if (out && err) return pino(common, pino.multistream([{ level: 'trace', stream: out }, { level: 'error', stream: err }], { dedupe: true }));
    const fallback = jsonLogger(common);
    fallback.warn('LOG_FORMAT=pretty needs pino-pretty, which this installation lacks: logging JSON');
    return fallback;
  }
  return jsonLogger(common, options.destination);
}

/** What a readable line leaves out: the message says it already (the access line's method, path, status and duration). */
const PRETTY_OMITS = 'pid,hostname,service,url,method,path,status,durationMs';

type PrettyFactory = (options: Record<string, unknown>) => DestinationStream;

/**
 * Readable lines on `fd`, written at once (no worker thread, so that nothing is held back when
 * the reader goes away). pino-pretty is a development dependency: it is loaded only when pretty
 * output is asked for, and a production install, which lacks it, falls back to JSON.
 */
function prettyStream(fd: 1 | 2): DestinationStream | null {
  let pretty: PrettyFactory;
  try {
    pretty = createRequire(__filename)('pino-pretty') as PrettyFactory;
  } catch {
    return null;
  }
  return pretty({ destination: fd, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: PRETTY_OMITS, singleLine: true, errorLikeObjectKeys: ['err', 'error'] });
}

/** JSON lines: up to warn on stdout, error and fatal on stderr (or all to `destination`). */
function jsonLogger(common: LoggerOptions, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    ...common,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return pino(
    options,
    destination ??
      pino.multistream(
        [
          { level: 'trace', stream: pino.destination({ dest: 1, sync: true }) },
          { level: 'error', stream: pino.destination({ dest: 2, sync: true }) },
        ],
        { dedupe: true },
      ),
  );
}

let root: Logger | null = null;
const services = new Map<string, Logger>();

/**
 * Sets how this process logs, replacing what `LOG_LEVEL` and `LOG_FORMAT` say; loggers taken
 * afterwards write there. A graph started in one process (the tests) logs through one root.
 */
export function configureLogging(options: LoggingOptions = {}): void {
  root = rootLogger(options);
  services.clear();
}

/** The logger of one service: every line names it. */
export function serviceLogger(service: string): Logger {
  let logger = services.get(service);
  if (!logger) {
    root ??= rootLogger({});
    logger = root.child({ service });
    services.set(service, logger);
  }
  return logger;
}

/** Milliseconds since `begun` (a `process.hrtime.bigint()`), to 0.01 ms. */
export function msSince(begun: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - begun) / 1e4) / 100;
}

/** Logs a start failure, error included, as the last line of a process that is about to exit. */
export function logStartFailure(service: string, err: unknown): void {
  serviceLogger(service).fatal({ err }, `${service} failed to start: ${err instanceof Error ? err.message : String(err)}`);
}

/** Notes each GraphQL operation's name and the error codes of its answer, for the request's access line. */
export function requestLogPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, request }) {
          const context = currentRequest();
          if (context) context.operationName = loggableOperationName(operationName ?? request.operationName);
        },
        async willSendResponse({ operationName, request, response }) {
          const context = currentRequest();
          if (!context) return;
          context.operationName ??= loggableOperationName(operationName ?? request.operationName);
          noteErrorCodes({ errors: response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors });
        },
      };
    },
  };
}
