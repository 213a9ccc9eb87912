import type { Logger } from 'typeorm';

/** Per-request counters: the SQL statements a request caused (X8, the benchmark). */
export interface RequestStats {
  sql: number;
}

let source: () => RequestStats | undefined = () => undefined;

/**
 * Where the counters of the request running now are found: the service's request context, so
 * that a request carries one AsyncLocalStorage store for everything, not one per concern.
 */
export function countStatementsIn(current: () => RequestStats | undefined): void {
  source = current;
}

export function currentStats(): RequestStats | undefined {
  return source();
}

/**
 * Where a database reports: a service's structured logger (pino's `Logger` is one), given by the
 * service that owns the database. Lines logged during a request carry its request ID.
 */
export interface DatabaseLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/** How many characters of a statement a log line shows; statements carry placeholders, never the values. */
const SHOWN_SQL = 500;

/** Counts statements into the current request's stats and reports failures and slow queries. */
export class CountingLogger implements Logger {
  constructor(
    private readonly sink: DatabaseLog,
    private readonly verbose = process.env['SQL_LOG'] === '1',
  ) {}

  logQuery(query: string): void {
    const stats = source();
    if (stats) stats.sql += 1;
    if (this.verbose) this.sink.info({ sql: query.slice(0, SHOWN_SQL) }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    if (this.verbose) this.sink.info({ sql: query.slice(0, SHOWN_SQL), error: error instanceof Error ? error.message : String(error) }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.sink.warn({ durationMs: time, sql: query.slice(0, SHOWN_SQL) }, `slow query (${time} ms)`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    if (this.verbose) this.sink.info({}, message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.sink.warn({}, String(message));
  }
}
