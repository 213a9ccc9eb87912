import { DEFAULT_DATABASE_LIMITS, databaseFromEnv, type DatabaseLimits, type DbConfig, type ServiceName } from '@marketgraph/db';
import { DEFAULT_SHUTDOWN_GRACE_MS, onShutdown } from './http';

/** Reads configuration from the environment, collecting every problem with the variable's name. */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  get production(): boolean {
    return this.env['NODE_ENV'] === 'production';
  }

  string(name: string, fallback?: string): string {
    const value = this.env[name];
    if (value !== undefined && value !== '') return value;
    if (fallback !== undefined) return fallback;
    this.problems.push(`${name} is required`);
    return '';
  }

  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  /**
   * A signing or encryption secret: required in production, at least 32 characters; outside
   * production a fixed development value is used when unset.
   */
  secret(name: string, developmentValue: string): string {
    const value = this.env[name];
    if (value === undefined || value === '') {
      if (this.production) this.problems.push(`${name} is required when NODE_ENV=production`);
      return developmentValue;
    }
    if (value.length < 32) this.problems.push(`${name} must be at least 32 characters`);
    return value;
  }

  problem(message: string): void {
    this.problems.push(message);
  }

  check(name: string, ok: boolean, message: string): void {
    if (!ok) this.problems.push(`${name} ${message}`);
  }

  /** Throws one error listing every bad variable. */
  done(): void {
    if (this.problems.length > 0) {
      throw new Error(`Invalid configuration:\n  - ${this.problems.join('\n  - ')}`);
    }
  }
}

export const DEV_SECRETS = {
  actorContext: 'dev-only-actor-context-secret-change-me-0001',
  accessToken: 'dev-only-access-token-secret-change-me-00002',
  embedToken: 'dev-only-embed-token-secret-change-me-000003',
  credentials: 'dev-only-credentials-key-change-me-000000004',
} as const;

export interface SubgraphServiceConfig {
  port: number;
  host: string;
  production: boolean;
  database: DbConfig;
  /** Pool size, waits and statement time limits of the database (X11). */
  databaseLimits: DatabaseLimits;
  /** How long the process takes, at most, to stop on SIGTERM (X11). */
  shutdownGraceMs: number;
  actorContextSecret: string;
}

/** `SHUTDOWN_GRACE_MS`: how long a process may take to stop on SIGTERM before it exits anyway. */
export function shutdownGraceMs(read: EnvReader): number {
  return read.int('SHUTDOWN_GRACE_MS', DEFAULT_SHUTDOWN_GRACE_MS, 1000, 600_000);
}

/** `DATABASE_POOL_SIZE`, `DATABASE_ACQUIRE_TIMEOUT_MS`, `DATABASE_QUEUE_LIMIT`, `DATABASE_STATEMENT_TIMEOUT_MS`. */
export function databaseLimits(read: EnvReader): DatabaseLimits {
  const d = DEFAULT_DATABASE_LIMITS;
  return {
    poolSize: read.int('DATABASE_POOL_SIZE', d.poolSize, 1, 1000),
    acquireTimeoutMs: read.int('DATABASE_ACQUIRE_TIMEOUT_MS', d.acquireTimeoutMs, 100, 600_000),
    queueLimit: read.int('DATABASE_QUEUE_LIMIT', d.queueLimit, 1, 1_000_000),
    statementTimeoutMs: read.int('DATABASE_STATEMENT_TIMEOUT_MS', d.statementTimeoutMs, 1000, 3_600_000),
  };
}

const DEFAULT_PORTS: Record<ServiceName, number> = { identity: 4001, catalog: 4002, tenancy: 4003 };

/** What every subgraph reads: `<SERVICE>_PORT`, `HOST`, its database and the actor-context secret. */
export function subgraphServiceConfig(read: EnvReader, service: ServiceName, env: NodeJS.ProcessEnv = process.env): SubgraphServiceConfig {
  let database: DbConfig = { type: 'sqlite', file: '' };
  try {
    database = databaseFromEnv(service, env);
  } catch (err) {
    read.problem(err instanceof Error ? err.message : String(err));
  }
  return {
    port: read.int(`${service.toUpperCase()}_PORT`, DEFAULT_PORTS[service], 0, 65535),
    host: read.string('HOST', '127.0.0.1'),
    production: read.production,
    database,
    databaseLimits: databaseLimits(read),
    shutdownGraceMs: shutdownGraceMs(read),
    actorContextSecret: read.secret('ACTOR_CONTEXT_SECRET', DEV_SECRETS.actorContext),
  };
}

export interface RunningService {
  url: string;
  /** The most the process takes to stop on SIGTERM. */
  shutdownGraceMs: number;
  /** Stops accepting, lets requests in flight finish within `graceMs`, then closes the pool. */
  close(graceMs: number): Promise<void>;
}

/**
 * Starts a service process: configuration errors and start failures end it with a clear
 * message; SIGTERM stops it within its grace period, most of which requests in flight get.
 */
export function runService(name: string, start: () => Promise<RunningService>): void {
  start()
    .then((running) => {
      process.stdout.write(`${name} ready at ${running.url}\n`);
      onShutdown(name, () => running.close(Math.floor(running.shutdownGraceMs * 0.8)), running.shutdownGraceMs);
    })
    .catch((err: unknown) => {
      process.stderr.write(`${name} failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
