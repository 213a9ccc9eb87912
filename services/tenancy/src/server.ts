import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { serveSubgraph, subgraphTypeDefs, type RunningSubgraph, type SubgraphDefinition } from '@marketgraph/graphql';
import type { Database } from '@marketgraph/db';
import type { TenancyConfig } from './config';
import { createTenancyContext, type TenancyContext } from './context';
import { embedActorOf } from './domain/embed-tokens';
import { TENANCY_NODE_TYPES } from './domain/nodes';
import { policies } from './graphql/policies';
import { resolvers } from './graphql/resolvers';

export const typeDefs = subgraphTypeDefs('tenancy');

export function tenancyDefinition(db: Database, config: TenancyConfig): SubgraphDefinition<TenancyContext> {
  return {
    name: 'tenancy',
    typeDefs,
    resolvers: resolvers as GraphQLResolverMap<TenancyContext>,
    policies,
    database: db,
    createContext: (base) => createTenancyContext(base, db, config),
    nodeTypes: TENANCY_NODE_TYPES,
    internalRoutes: {
      // The gateway asks on every request that carries an embed token (T5, T6).
      'embed-actor': (body) => {
        const token = (body as { token?: unknown } | null)?.token;
        return typeof token === 'string' && token.length <= 4096 ? embedActorOf(db, config, token) : Promise.resolve(null);
      },
    },
  };
}

export async function startTenancy(db: Database, config: TenancyConfig): Promise<RunningSubgraph> {
  await db.open({ migrations: config.migrateOnStart === false ? 'verify' : 'run' });
  return serveSubgraph(tenancyDefinition(db, config), config);
}
