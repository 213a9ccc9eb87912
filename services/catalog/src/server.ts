import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { serveSubgraph, subgraphTypeDefs, type RunningSubgraph, type SubgraphDefinition } from '@marketgraph/graphql';
import type { Database } from '@marketgraph/db';
import type { CatalogConfig } from './config';
import { createCatalogContext, type CatalogContext } from './context';
import { catalogInternalRoutes } from './domain/internal';
import { CATALOG_NODE_TYPES } from './domain/nodes';
import { policies } from './graphql/policies';
import { resolvers } from './graphql/resolvers';

export const typeDefs = subgraphTypeDefs('catalog');

export function catalogDefinition(db: Database, config: CatalogConfig): SubgraphDefinition<CatalogContext> {
  return {
    name: 'catalog',
    typeDefs,
    resolvers: resolvers as GraphQLResolverMap<CatalogContext>,
    policies,
    database: db,
    createContext: (base) => createCatalogContext(base, db, config),
    internalRoutes: catalogInternalRoutes(() => db.manager),
    nodeTypes: CATALOG_NODE_TYPES,
  };
}

export async function startCatalog(db: Database, config: CatalogConfig): Promise<RunningSubgraph> {
  await db.open({ migrations: config.migrateOnStart === false ? 'verify' : 'run' });
  return serveSubgraph(catalogDefinition(db, config), config);
}
