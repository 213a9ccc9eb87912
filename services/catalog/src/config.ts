import { EnvReader, subgraphServiceConfig, type SubgraphServiceConfig } from '@marketgraph/graphql';

export interface CatalogConfig extends SubgraphServiceConfig {
  /** Identity's GraphQL URL; its internal routes answer company and membership facts (C7, C8, C9). */
  identityUrl: string;
  /** How long a call to identity may take; default 5000 ms. */
  identityTimeoutMs?: number;
}

export function catalogConfig(env: NodeJS.ProcessEnv = process.env): CatalogConfig {
  const read = new EnvReader(env);
  const identityUrl = read.string('IDENTITY_URL', 'http://127.0.0.1:4001/graphql');
  read.check('IDENTITY_URL', /^https?:\/\/[^/]+/.test(identityUrl), `must be an http(s) URL, got "${identityUrl}"`);
  const config: CatalogConfig = {
    ...subgraphServiceConfig(read, 'catalog', env),
    identityUrl,
    identityTimeoutMs: read.int('IDENTITY_TIMEOUT_MS', 5000, 100, 60_000),
  };
  read.done();
  return config;
}
