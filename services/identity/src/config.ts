import { EnvReader, DEV_SECRETS, subgraphServiceConfig, type SubgraphServiceConfig } from '@marketgraph/graphql';

export interface IdentityConfig extends SubgraphServiceConfig {
  accessTokenSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  operator: { email: string; password: string } | null;
  /**
   * Catalog's and tenancy's GraphQL URLs: their `nodes` internal routes tell `node(id:)` which of
   * their objects a caller may read (X13).
   */
  catalogUrl: string;
  tenancyUrl: string;
  /** How long `node(id:)` waits for catalog or tenancy; default 5000 ms. */
  nodeLookupTimeoutMs?: number;
}

export function identityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const read = new EnvReader(env);
  const operatorEmail = read.optional('PLATFORM_OPERATOR_EMAIL');
  const operatorPassword = read.optional('PLATFORM_OPERATOR_PASSWORD');
  read.check('PLATFORM_OPERATOR_PASSWORD', !operatorEmail || !!operatorPassword, 'is required when PLATFORM_OPERATOR_EMAIL is set');
  const config: IdentityConfig = {
    ...subgraphServiceConfig(read, 'identity', env),
    accessTokenSecret: read.secret('ACCESS_TOKEN_SECRET', DEV_SECRETS.accessToken),
    accessTokenTtlSeconds: read.int('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
    refreshTokenTtlDays: read.int('REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    operator: operatorEmail && operatorPassword ? { email: operatorEmail, password: operatorPassword } : null,
    catalogUrl: read.string('CATALOG_URL', 'http://127.0.0.1:4002/graphql'),
    tenancyUrl: read.string('TENANCY_URL', 'http://127.0.0.1:4003/graphql'),
    nodeLookupTimeoutMs: read.int('NODE_LOOKUP_TIMEOUT_MS', 5000, 100, 60_000),
  };
  read.done();
  return config;
}
