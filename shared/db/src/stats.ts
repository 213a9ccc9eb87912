import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';

/** Per-request counters: the SQL statements a request caused (X8, the benchmark). */
export interface RequestStats {
  sql: number;
}

const storage = new AsyncLocalStorage<RequestStats>();

export function runWithStats<T>(stats: RequestStats, fn: () => T): T {
  return storage.run(stats, fn);
}

export function currentStats(): RequestStats | undefined {
  return storage.getStore();
}

/** Counts statements into the current request's stats and reports failures and slow queries. */
export class CountingLogger implements Logger {
  constructor(
    private readonly service: string,
    private readonly verbose = process.env['SQL_LOG'] === '1',
  ) {}

  logQuery(query: string): void {
    const stats = storage.getStore();
    if (stats) stats.sql += 1;
    if (this.verbose) process.stderr.write(`[${this.service}] ${query}\n`);
  }

  logQueryError(error: string | Error, query: string): void {
    if (this.verbose) process.stderr.write(`[${this.service}] failed: ${String(error)} in ${query}\n`);
  }

  logQuerySlow(time: number, query: string): void {
    process.stderr.write(`[${this.service}] slow query (${time} ms): ${query.slice(0, 200)}\n`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    if (this.verbose) process.stderr.write(`[${this.service}] ${message}\n`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') process.stderr.write(`[${this.service}] ${String(message)}\n`);
  }
}
