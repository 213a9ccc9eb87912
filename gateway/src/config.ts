import path from 'node:path';
import type { SigningKey } from '@marketgraph/authz';
import { DEV_KEYS, DEV_SECRETS, EnvReader } from '@marketgraph/graphql';
import { trustedProxies } from './rate-limit';
import { loadManifests, ManifestError, TRUSTED_DOCUMENTS_MODES, TRUSTED_DOCUMENTS_OFF, type TrustedDocuments, type TrustedDocumentsMode } from './trusted-documents';

export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  bodyLimitBytes: number;
  /** Requests each actor may make per minute (X10). */
  ratePerMinute: number;
  /** Requests each client address may send per minute, before authentication (X10). */
  ratePerAddressPerMinute: number;
  /** Failed authentications per client address and minute; past it, its credentials are not checked. */
  authFailuresPerMinute: number;
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  supergraphPath: string;
  subgraphs: { identity: string; catalog: string; tenancy: string };
  /** Signs actor contexts (ACTOR_CONTEXT_PRIVATE_KEY); subgraphs hold only its public key (X2). */
  actorContextKey: SigningKey;
  /** Signs the gateway's calls to internal routes (SERVICE_PRIVATE_KEY). */
  serviceKey: SigningKey;
  accessTokenSecret: string;
  subgraphTimeoutMs: number;
  limits: Limits;
  /** Where rate-limit counters are shared by every gateway replica; null counts in this process. */
  redis: { url: string | null; keyPrefix: string };
  /**
   * ACTOR_CACHE_MAX_AGE_SECONDS: how long an actor identity described is reused at most, with
   * REDIS_URL set (no mutation answered since, I10); 0 asks identity on every request.
   */
  actorCacheMaxAgeMs: number;
  /** Proxies whose X-Forwarded-For is believed: IP addresses, CIDR ranges, `loopback`, `linklocal`, `uniquelocal`. */
  trustedProxies: string[];
  /**
   * Origins whose browser pages may call the graph (X13): exact origins (`https://partner.example`),
   * an origin with any port (`http://localhost:*`), or `*` alone for every origin. Empty: none.
   */
  corsOrigins: string[];
  /** Trusted documents (TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_MANIFEST): which operations may run. */
  trustedDocuments: TrustedDocuments;
  /** Automatic persisted queries (APQ): on outside production unless configured; never with TRUSTED_DOCUMENTS=required. */
  apq: boolean;
  /** GraphiQL at / and on GET /graphql from a browser, from the gateway's own assets: on outside production unless configured. */
  graphiql: boolean;
  /**
   * METRICS_PORT: where `/metrics` is served apart from the client port (0 picks a free port).
   * Unset: on the client port outside production, nowhere in production (X14).
   */
  metricsPort: number | null;
}

/** The origins `npm start` allows when CORS_ORIGINS is unset outside production: a frontend served locally. */
export const LOCAL_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

const ORIGIN = /^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(?:\d{1,5}|\*))?$/;

function corsOrigins(read: EnvReader): string[] {
  const value = read.optional('CORS_ORIGINS');
  if (value === undefined) return read.production ? [] : LOCAL_ORIGINS;
  const list = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  for (const entry of list) {
    if (entry === '*') read.check('CORS_ORIGINS', list.length === 1, '`*` allows every origin and must stand alone');
    else read.check('CORS_ORIGINS', ORIGIN.test(entry), `"${entry}" is not an origin: scheme://host[:port], lower case, no path or trailing slash`);
  }
  return list;
}

function redisUrl(read: EnvReader): string | null {
  const value = read.optional('REDIS_URL');
  if (value === undefined) return null;
  read.check('REDIS_URL', /^rediss?:\/\/[^/]+/.test(value), `must be a redis:// or rediss:// URL, got "${value}"`);
  return value;
}

function trusted(read: EnvReader): string[] {
  const list = (read.optional('TRUSTED_PROXIES') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  try {
    trustedProxies(list);
  } catch (err) {
    read.problem(`TRUSTED_PROXIES ${err instanceof Error ? err.message : String(err)}`);
  }
  return list;
}

/** An on/off switch; unset, its default. */
function onOff(read: EnvReader, name: string, fallback: boolean): boolean {
  const value = read.optional(name);
  if (value === undefined) return fallback;
  read.check(name, value === 'on' || value === 'off', `must be on or off, got "${value}"`);
  return value === 'on';
}

function trustedDocuments(read: EnvReader): TrustedDocuments {
  const value = read.optional('TRUSTED_DOCUMENTS') ?? 'off';
  if (!(TRUSTED_DOCUMENTS_MODES as readonly string[]).includes(value)) {
    read.problem(`TRUSTED_DOCUMENTS must be one of ${TRUSTED_DOCUMENTS_MODES.join(', ')}, got "${value}"`);
    return TRUSTED_DOCUMENTS_OFF;
  }
  const mode = value as TrustedDocumentsMode;
  const allowIntrospection = onOff(read, 'TRUSTED_DOCUMENTS_INTROSPECTION', false);
  if (mode === 'off') return { ...TRUSTED_DOCUMENTS_OFF, allowIntrospection };
  const manifests = (read.optional('TRUSTED_DOCUMENTS_MANIFEST') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => path.resolve(entry));
  if (manifests.length === 0) {
    read.problem(`TRUSTED_DOCUMENTS_MANIFEST must name one or more manifest files (comma-separated) when TRUSTED_DOCUMENTS=${mode}`);
    return TRUSTED_DOCUMENTS_OFF;
  }
  try {
    return { mode, manifests, operations: loadManifests(manifests), allowIntrospection };
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    read.problem(`TRUSTED_DOCUMENTS_MANIFEST ${err.message}`);
    return TRUSTED_DOCUMENTS_OFF;
  }
}

function apq(read: EnvReader, documents: TrustedDocuments): boolean {
  const required = documents.mode === 'required';
  const on = onOff(read, 'APQ', !read.production && !required);
  // APQ registers any operation a client sends: that is what `required` refuses.
  if (on && required) read.problem('APQ=on registers any operation a client sends, which TRUSTED_DOCUMENTS=required refuses: set APQ=off or leave it unset');
  return on && !required;
}

export function gatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const read = new EnvReader(env);
  const url = (name: string, fallback: string): string => {
    const value = read.string(name, fallback);
    read.check(name, /^https?:\/\/[^/]+/.test(value), `must be an http(s) URL, got "${value}"`);
    return value;
  };
  const config: GatewayConfig = {
    port: read.int('GATEWAY_PORT', 4000, 0, 65535),
    host: read.string('HOST', '127.0.0.1'),
    production: read.production,
    supergraphPath: path.resolve(read.string('SUPERGRAPH_PATH', path.resolve(__dirname, '../../schema/supergraph.graphql'))),
    subgraphs: {
      identity: url('IDENTITY_URL', 'http://127.0.0.1:4001/graphql'),
      catalog: url('CATALOG_URL', 'http://127.0.0.1:4002/graphql'),
      tenancy: url('TENANCY_URL', 'http://127.0.0.1:4003/graphql'),
    },
    actorContextKey: read.privateKey('ACTOR_CONTEXT_PRIVATE_KEY', DEV_KEYS.actorContext),
    serviceKey: read.privateKey('SERVICE_PRIVATE_KEY', DEV_KEYS.services.gateway),
    accessTokenSecret: read.secret('ACCESS_TOKEN_SECRET', DEV_SECRETS.accessToken),
    subgraphTimeoutMs: read.int('SUBGRAPH_TIMEOUT_MS', 10_000, 100, 120_000),
    limits: {
      maxDepth: read.int('MAX_QUERY_DEPTH', 12, 2, 100),
      maxCost: read.int('MAX_QUERY_COST', 20_000, 100, 10_000_000),
      maxAliases: read.int('MAX_QUERY_ALIASES', 30, 1, 1000),
      bodyLimitBytes: read.int('MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
      ratePerMinute: read.int('RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
      ratePerAddressPerMinute: read.int('RATE_LIMIT_PER_ADDRESS_PER_MINUTE', 1200, 1, 1_000_000),
      authFailuresPerMinute: read.int('AUTH_FAILURES_PER_ADDRESS_PER_MINUTE', 30, 1, 1_000_000),
    },
    redis: { url: redisUrl(read), keyPrefix: read.string('REDIS_KEY_PREFIX', 'mg:rl') },
    actorCacheMaxAgeMs: read.int('ACTOR_CACHE_MAX_AGE_SECONDS', 60, 0, 3600) * 1000,
    trustedProxies: trusted(read),
    corsOrigins: corsOrigins(read),
    trustedDocuments: TRUSTED_DOCUMENTS_OFF,
    apq: false,
    graphiql: onOff(read, 'GRAPHIQL', !read.production),
    metricsPort: read.optional('METRICS_PORT') === undefined ? null : read.int('METRICS_PORT', 9464, 0, 65535),
  };
  config.trustedDocuments = trustedDocuments(read);
  config.apq = apq(read, config.trustedDocuments);
  read.logging();
  read.done();
  return config;
}
