import { DEV_SECRETS, EnvReader, subgraphServiceConfig, type SubgraphServiceConfig } from '@marketgraph/graphql';

export interface TenancyConfig extends SubgraphServiceConfig {
  embedTokenSecret: string;
}

export function tenancyConfig(env: NodeJS.ProcessEnv = process.env): TenancyConfig {
  const read = new EnvReader(env);
  const config: TenancyConfig = {
    ...subgraphServiceConfig(read, 'tenancy', env),
    embedTokenSecret: read.secret('EMBED_TOKEN_SECRET', DEV_SECRETS.embedToken),
  };
  read.done();
  return config;
}
