import { DEV_SECRETS, EnvReader, identityLink, subgraphServiceConfig, type IdentityLink, type SubgraphServiceConfig } from '@marketgraph/graphql';

/** Identity's internal routes answer which marketplace a partner company belongs to (I1, T1). */
export interface TenancyConfig extends SubgraphServiceConfig, IdentityLink {
  /** Signs embed tokens (T6); only tenancy verifies them. */
  embedTokenSecret: string;
  /** Catalog's GraphQL URL; its internal routes answer product and version facts (T3, T8). */
  catalogUrl: string;
  /** How long a call to catalog may take; default 5000 ms. */
  catalogTimeoutMs?: number;
  /**
   * Keys that encrypt installation credentials (T8): the first encrypts, every one decrypts.
   * Default: the development key.
   */
  credentialsKeys?: string[];
}

export function tenancyConfig(env: NodeJS.ProcessEnv = process.env): TenancyConfig {
  const read = new EnvReader(env);
  const current = read.secret('CREDENTIALS_KEY', DEV_SECRETS.credentials);
  // Rotation: the new key goes to CREDENTIALS_KEY, the old ones stay here until re-encrypted.
  const previous = (read.optional('CREDENTIALS_PREVIOUS_KEYS') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
  for (const key of previous) read.check('CREDENTIALS_PREVIOUS_KEYS', key.length >= 32, 'entries must be at least 32 characters');
  const config: TenancyConfig = {
    ...subgraphServiceConfig(read, 'tenancy', env),
    ...identityLink(read),
    embedTokenSecret: read.secret('EMBED_TOKEN_SECRET', DEV_SECRETS.embedToken),
    catalogUrl: read.string('CATALOG_URL', 'http://127.0.0.1:4002/graphql'),
    catalogTimeoutMs: read.int('CATALOG_TIMEOUT_MS', 5000, 100, 60_000),
    credentialsKeys: [current, ...previous],
  };
  read.done();
  return config;
}
