import { KeyFormatError, generateSigningKeyPair, parsePrivateKey, parsePublicKeys, publicKeysOf, type SigningKey, type VerifyingKeys } from '@marketgraph/authz';
import { DEFAULT_DATABASE_LIMITS, databaseFromEnv, type DatabaseLimits, type DbConfig, type ServiceName } from '@marketgraph/db';
import { DEFAULT_SHUTDOWN_GRACE_MS, onShutdown } from './http';
import { callersOf, isCaller, type ServiceCaller } from './internal-call';
import { logSettings, logStartFailure, serviceLogger, type LogSettings } from './log';

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

  /** `true` or `false`; unset means `fallback`. */
  bool(name: string, fallback: boolean): boolean {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    this.problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
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

  /**
   * A private signing key (PEM or JWK): required in production, where a development key is
   * refused; outside production the development key is used when unset.
   */
  privateKey(name: string, developmentValue: string): SigningKey {
    const value = this.env[name];
    if ((value === undefined || value === '') && this.production) this.problems.push(`${name} is required when NODE_ENV=production`);
    const dev = parsePrivateKey(developmentValue);
    if (value === undefined || value === '') return dev;
    try {
      const key = parsePrivateKey(value);
      if (this.production && key.kid === dev.kid) this.problems.push(`${name} is the development key; generate one for production`);
      return key;
    } catch (err) {
      this.problems.push(`${name} ${err instanceof KeyFormatError ? err.message : String(err)}`);
      return dev;
    }
  }

  /**
   * Public keys (PEM blocks, a JWK or a JWK set; several while rotating) that verify what the
   * holder of `developmentPrivateKey` signs; the same rules as `privateKey`.
   */
  publicKeys(name: string, developmentPrivateKey: string): VerifyingKeys {
    const value = this.env[name];
    if ((value === undefined || value === '') && this.production) this.problems.push(`${name} is required when NODE_ENV=production`);
    const dev = publicKeysOf(parsePrivateKey(developmentPrivateKey));
    if (value === undefined || value === '') return dev;
    try {
      const keys = parsePublicKeys(value);
      if (this.production && [...keys.keys()].some((kid) => dev.has(kid))) this.problems.push(`${name} holds the development key; generate one for production`);
      return keys;
    } catch (err) {
      this.problems.push(`${name} ${err instanceof KeyFormatError ? err.message : String(err)}`);
      return dev;
    }
  }

  /** `LOG_LEVEL` and `LOG_FORMAT`, checked with the rest of the configuration. */
  logging(): LogSettings {
    const { settings, problems } = logSettings(this.env);
    for (const problem of problems) this.problems.push(problem);
    return settings;
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
  accessToken: 'dev-only-access-token-secret-change-me-00002',
  embedToken: 'dev-only-embed-token-secret-change-me-000003',
  credentials: 'dev-only-credentials-key-change-me-000000004',
} as const;

/**
 * Development-only Ed25519 keys (JWK), used when a key variable is unset outside production;
 * production refuses them. `npm start` and the tests generate their own.
 */
export const DEV_KEYS: { actorContext: string; services: Record<ServiceCaller, string> } = {
  actorContext: '{"crv":"Ed25519","d":"iW9ovKaDah03Ily_V72BeZ_vvHTaSwV3fSpSBfV3uzw","x":"cNQibj3z7ymccpvQR6M1vbvl_CUsKJ_h8GEOpmcoP-U","kty":"OKP"}',
  services: {
    gateway: '{"crv":"Ed25519","d":"8HlKwnYElCBdbROMR8Q-e246QwfgQBLZ4fDqoSJEadA","x":"do9sB3GFpSgocnKK02SLTWzmzla0byUcCk-wlcO71qY","kty":"OKP"}',
    catalog: '{"crv":"Ed25519","d":"t7vFdrMKW7pZ50xQAHHI6aLXm2WMEMA6dRSUMg91tn0","x":"Xkoij4U8ICE4HMJ82KLotQc2jmIquQefL4GiGMI12dI","kty":"OKP"}',
    tenancy: '{"crv":"Ed25519","d":"dQzVJKnQyj3SBHmZ-Vk40Bgyvhl_uibgtlGdeSErM1U","x":"YWJvl3BKOq6zGhNRZAWaVKKymxlyfwdiB2QnTDup9IY","kty":"OKP"}',
    identity: '{"crv":"Ed25519","d":"h30CR80MgOnVq18sYuhAM6icCH-4wWMUWktKzGK5vro","x":"uGuY27PFaPnB0wZM6342hPn3m3HeCMVBn1DcMN9IAgM","kty":"OKP"}',
  },
};

/** The variable holding the public key(s) of a calling service, e.g. `CATALOG_SERVICE_PUBLIC_KEY`. */
export const servicePublicKeyVariable = (caller: ServiceCaller): string => `${caller.toUpperCase()}_SERVICE_PUBLIC_KEY`;

/** The keys a service holds: the public key of actor contexts, its callers' public keys, its own private key. */
export interface ServiceKeys {
  /** Verifies actor contexts; only the gateway holds the private key (X2). */
  actorContextKeys: VerifyingKeys;
  /** Verifies the service tokens of each service that may call this one's internal routes. */
  callerKeys: Partial<Record<ServiceCaller, VerifyingKeys>>;
  /** Signs this service's calls to others (`SERVICE_PRIVATE_KEY`); null for a service that calls none. */
  serviceKey: SigningKey | null;
}

export interface SubgraphServiceConfig extends ServiceKeys {
  port: number;
  host: string;
  production: boolean;
  database: DbConfig;
  /** Pool size, waits and statement time limits of the database (X11). */
  databaseLimits: DatabaseLimits;
  /** How long the process takes, at most, to stop on SIGTERM (X11). */
  shutdownGraceMs: number;
  /**
   * `MIGRATE_ON_START`: apply pending migrations at boot (under the migration lock), the default
   * outside production; when false the service only checks that none is pending and refuses to
   * start otherwise, leaving migrations to `npm run migrate`. Unset in a hand-made config means true.
   */
  migrateOnStart?: boolean;
  /** How long `/ready` answers 503 on SIGTERM before the process stops accepting (X14). */
  unreadyDelayMs: number;
}

/**
 * Fresh key pairs for every process of one deployment, as the variables each reads: `common`
 * for all (the public keys), `own` for each service (its private key). `npm start` and the
 * benchmark use it; production generates and stores its keys once (see docs/security.md).
 */
export function generateKeyEnvironment(): { common: Record<string, string>; own: Record<ServiceCaller, Record<string, string>> } {
  const actorContext = generateSigningKeyPair();
  const common: Record<string, string> = { ACTOR_CONTEXT_PUBLIC_KEY: actorContext.publicKey };
  const own: Record<ServiceCaller, Record<string, string>> = { gateway: {}, identity: {}, catalog: {}, tenancy: {} };
  for (const service of Object.keys(own) as ServiceCaller[]) {
    if (!isCaller(service)) continue;
    const pair = generateSigningKeyPair();
    common[servicePublicKeyVariable(service)] = pair.publicKey;
    own[service]['SERVICE_PRIVATE_KEY'] = pair.privateKey;
  }
  own.gateway['ACTOR_CONTEXT_PRIVATE_KEY'] = actorContext.privateKey;
  return { common, own };
}

/** Reads the keys of `service`: ACTOR_CONTEXT_PUBLIC_KEY, `<CALLER>_SERVICE_PUBLIC_KEY` of each caller, SERVICE_PRIVATE_KEY. */
export function serviceKeys(read: EnvReader, service: ServiceName): ServiceKeys {
  const callerKeys: Partial<Record<ServiceCaller, VerifyingKeys>> = {};
  for (const caller of callersOf(service)) callerKeys[caller] = read.publicKeys(servicePublicKeyVariable(caller), DEV_KEYS.services[caller]);
  return {
    actorContextKeys: read.publicKeys('ACTOR_CONTEXT_PUBLIC_KEY', DEV_KEYS.actorContext),
    callerKeys,
    serviceKey: isCaller(service) ? read.privateKey('SERVICE_PRIVATE_KEY', DEV_KEYS.services[service]) : null,
  };
}

/** `SHUTDOWN_GRACE_MS`: how long a process may take to stop on SIGTERM before it exits anyway. */
export function shutdownGraceMs(read: EnvReader): number {
  return read.int('SHUTDOWN_GRACE_MS', DEFAULT_SHUTDOWN_GRACE_MS, 1000, 600_000);
}

/**
 * `SHUTDOWN_READY_DELAY_MS`: on SIGTERM, how long a process keeps serving with `/ready` at 503
 * before it stops accepting, so that a load balancer takes it out first; at most half the grace period.
 */
export function unreadyDelayMs(read: EnvReader): number {
  return read.int('SHUTDOWN_READY_DELAY_MS', 1000, 0, 300_000);
}

/**
 * `DATABASE_POOL_SIZE`, `DATABASE_ACQUIRE_TIMEOUT_MS`, `DATABASE_QUEUE_LIMIT`, `DATABASE_STATEMENT_TIMEOUT_MS`,
 * `MIGRATION_LOCK_TIMEOUT_SECONDS`.
 */
export function databaseLimits(read: EnvReader): DatabaseLimits {
  const d = DEFAULT_DATABASE_LIMITS;
  return {
    poolSize: read.int('DATABASE_POOL_SIZE', d.poolSize, 1, 1000),
    acquireTimeoutMs: read.int('DATABASE_ACQUIRE_TIMEOUT_MS', d.acquireTimeoutMs, 100, 600_000),
    queueLimit: read.int('DATABASE_QUEUE_LIMIT', d.queueLimit, 1, 1_000_000),
    statementTimeoutMs: read.int('DATABASE_STATEMENT_TIMEOUT_MS', d.statementTimeoutMs, 1000, 3_600_000),
    migrationLockTimeoutSeconds: read.int('MIGRATION_LOCK_TIMEOUT_SECONDS', d.migrationLockTimeoutSeconds, 1, 86_400),
  };
}

const DEFAULT_PORTS: Record<ServiceName, number> = { identity: 4001, catalog: 4002, tenancy: 4003 };

/** What every subgraph reads: `<SERVICE>_PORT`, `HOST`, its database and its keys. */
export function subgraphServiceConfig(read: EnvReader, service: ServiceName, env: NodeJS.ProcessEnv = process.env): SubgraphServiceConfig {
  let database: DbConfig = { type: 'sqlite', file: '' };
  try {
    database = databaseFromEnv(service, env);
  } catch (err) {
    read.problem(err instanceof Error ? err.message : String(err));
  }
  read.logging();
  return {
    port: read.int(`${service.toUpperCase()}_PORT`, DEFAULT_PORTS[service], 0, 65535),
    host: read.string('HOST', '127.0.0.1'),
    production: read.production,
    database,
    databaseLimits: databaseLimits(read),
    shutdownGraceMs: shutdownGraceMs(read),
    migrateOnStart: read.bool('MIGRATE_ON_START', !read.production),
    unreadyDelayMs: unreadyDelayMs(read),
    ...serviceKeys(read, service),
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
      serviceLogger(name).info({ url: running.url }, `${name} ready at ${running.url}`);
      onShutdown(name, () => running.close(Math.floor(running.shutdownGraceMs * 0.8)), running.shutdownGraceMs);
    })
    .catch((err: unknown) => {
      logStartFailure(name, err);
      process.exit(1);
    });
}
