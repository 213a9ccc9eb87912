import { EnvReader, subgraphServiceConfig, type SubgraphServiceConfig } from '@marketgraph/graphql';

export type CatalogConfig = SubgraphServiceConfig;

export function catalogConfig(env: NodeJS.ProcessEnv = process.env): CatalogConfig {
  const read = new EnvReader(env);
  const config = subgraphServiceConfig(read, 'catalog', env);
  read.done();
  return config;
}
