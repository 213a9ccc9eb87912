import type DataLoader from 'dataloader';
import type { Database } from '@marketgraph/db';
import { loaderBy, type SubgraphContext } from '@marketgraph/graphql';
import { EndCustomer } from './entities';
import type { TenancyConfig } from './config';

export interface TenancyLoaders {
  endCustomer: DataLoader<string, EndCustomer | null>;
}

export interface TenancyContext extends SubgraphContext {
  db: Database;
  config: TenancyConfig;
  loaders: TenancyLoaders;
}

export function createTenancyContext(base: SubgraphContext, db: Database, config: TenancyConfig): TenancyContext {
  const manager = db.manager;
  return {
    ...base,
    db,
    config,
    loaders: {
      endCustomer: loaderBy(
        (ids) => base.scope.select(manager, EndCustomer, 'ec').andWhere('ec.id IN (:...ids)', { ids }).getMany(),
        (c) => c.id,
      ),
    },
  };
}
