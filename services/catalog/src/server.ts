import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@marketgraph/graphql';
import type { Database } from '@marketgraph/db';
import type { CatalogConfig } from './config';
import { createCatalogContext, type CatalogContext } from './context';
import { catalogInternalRoutes } from './domain/internal';
import { policies } from './graphql/policies';
import { resolvers } from './graphql/resolvers';

export const typeDefs = parse(fs.readFileSync(path.resolve(__dirname, '../../../schema/catalog.graphql'), 'utf8'));

export function catalogDefinition(db: Database, config: CatalogConfig): SubgraphDefinition<CatalogContext> {
  return {
    name: 'catalog',
    typeDefs,
    resolvers: resolvers as GraphQLResolverMap<CatalogContext>,
    policies,
    database: db,
    createContext: (base) => createCatalogContext(base, db, config),
    internalRoutes: catalogInternalRoutes(() => db.manager),
  };
}

export async function startCatalog(db: Database, config: CatalogConfig): Promise<RunningSubgraph> {
  await db.open();
  return startSubgraph(catalogDefinition(db, config), {
    port: config.port,
    host: config.host,
    actorSecret: config.actorContextSecret,
    production: config.production,
  });
}
