import path from 'node:path';
import { DEV_SECRETS, EnvReader } from '@marketgraph/graphql';

export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  bodyLimitBytes: number;
  /** Requests each actor may make per minute. */
  ratePerMinute: number;
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  supergraphPath: string;
  subgraphs: { identity: string; catalog: string; tenancy: string };
  actorContextSecret: string;
  accessTokenSecret: string;
  subgraphTimeoutMs: number;
  limits: Limits;
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
    actorContextSecret: read.secret('ACTOR_CONTEXT_SECRET', DEV_SECRETS.actorContext),
    accessTokenSecret: read.secret('ACCESS_TOKEN_SECRET', DEV_SECRETS.accessToken),
    subgraphTimeoutMs: read.int('SUBGRAPH_TIMEOUT_MS', 10_000, 100, 120_000),
    limits: {
      maxDepth: read.int('MAX_QUERY_DEPTH', 12, 2, 100),
      maxCost: read.int('MAX_QUERY_COST', 20_000, 100, 10_000_000),
      maxAliases: read.int('MAX_QUERY_ALIASES', 30, 1, 1000),
      bodyLimitBytes: read.int('MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
      ratePerMinute: read.int('RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    },
  };
  read.done();
  return config;
}
