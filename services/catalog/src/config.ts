import { EnvReader, identityLink, subgraphServiceConfig, type IdentityLink, type SubgraphServiceConfig } from '@marketgraph/graphql';

/** Identity's internal routes answer company and membership facts (I1, C7, C8, C9). */
export interface CatalogConfig extends SubgraphServiceConfig, IdentityLink {}

export function catalogConfig(env: NodeJS.ProcessEnv = process.env): CatalogConfig {
  const read = new EnvReader(env);
  const config: CatalogConfig = {
    ...subgraphServiceConfig(read, 'catalog', env),
    ...identityLink(read),
  };
  read.done();
  return config;
}
