import { databaseFromEnv, type DbConfig, type ServiceName } from '@marketgraph/db';
import { onShutdown } from './http';

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
  actorContextSecret: string;
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
    actorContextSecret: read.secret('ACTOR_CONTEXT_SECRET', DEV_SECRETS.actorContext),
  };
}

/** Starts a subgraph process: configuration errors and start failures end it with a clear message. */
export function runService(name: string, start: () => Promise<{ url: string; close(): Promise<void> }>): void {
  start()
    .then((running) => {
      process.stdout.write(`${name} ready at ${running.url}\n`);
      onShutdown(name, () => running.close());
    })
    .catch((err: unknown) => {
      process.stderr.write(`${name} failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
