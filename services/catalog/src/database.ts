import { serviceLogger } from '@marketgraph/graphql';
import { Database, uniqueKey, type DatabaseLimits, type DbConfig } from '@marketgraph/db';
import { ENTITIES, Edition, ProductAssignment, ProductRevision, ProductVersion, Subscription } from './entities';
import * as mysql from './migrations/mysql';
import * as sqlite from './migrations/sqlite';

/** What each unique key means to a caller who collides with it: a CONFLICT on the input field it concerns (X3, X7). */
export const UNIQUE_KEYS = [
  uniqueKey(ProductRevision, ['pendingProductId'], { field: 'productId', message: 'Another edit of this product is pending; try again', rule: 'C3' }),
  uniqueKey(ProductVersion, ['productId', 'version'], { field: 'version', message: 'This version already exists for the product', rule: 'C5' }),
  uniqueKey(Edition, ['productId', 'name'], { field: 'name', message: 'An edition with this name already exists for the product', rule: 'C6' }),
  uniqueKey(Subscription, ['exclusiveKey'], {
    field: 'editionId',
    message: 'The company already holds an active subscription to this edition',
    rule: 'C7',
  }),
  uniqueKey(ProductAssignment, ['activeKey'], { field: 'userId', message: 'The user is assigned this subscription already', rule: 'C8' }),
];

export function createDatabase(config: DbConfig, limits?: Partial<DatabaseLimits>): Database {
  return new Database({
    service: 'catalog',
    config,
    log: serviceLogger('catalog'),
    entities: ENTITIES,
    migrations: { mysql: Object.values(mysql), sqlite: Object.values(sqlite) },
    ...(limits ? { limits } : {}),
    uniqueKeys: UNIQUE_KEYS,
  });
}
