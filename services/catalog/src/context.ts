import type DataLoader from 'dataloader';
import type { Database } from '@marketgraph/db';
import { loaderBy, type SubgraphContext } from '@marketgraph/graphql';
import { Product } from './entities';
import type { CatalogConfig } from './config';

export interface CatalogLoaders {
  product: DataLoader<string, Product | null>;
}

export interface CatalogContext extends SubgraphContext {
  db: Database;
  config: CatalogConfig;
  loaders: CatalogLoaders;
}

export function createCatalogContext(base: SubgraphContext, db: Database, config: CatalogConfig): CatalogContext {
  const manager = db.manager;
  return {
    ...base,
    db,
    config,
    loaders: {
      product: loaderBy(
        (ids) => base.scope.select(manager, Product, 'p').andWhere('p.id IN (:...ids)', { ids }).getMany(),
        (p) => p.id,
      ),
    },
  };
}
