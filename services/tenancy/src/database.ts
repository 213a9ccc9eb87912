import { serviceLogger } from '@marketgraph/graphql';
import { Database, uniqueKey, type DatabaseLimits, type DbConfig } from '@marketgraph/db';
import { App, CustomerApp, ENTITIES, EndCustomer, Installation, Keyset, KeysetAssignment, Theme } from './entities';
import * as mysql from './migrations/mysql';
import * as sqlite from './migrations/sqlite';

/** What each unique key means to a caller who collides with it: a CONFLICT on the input field it concerns (X3, X7). */
export const UNIQUE_KEYS = [
  uniqueKey(EndCustomer, ['partnerCompanyId', 'nameKey'], { field: 'name', message: 'The partner already has a customer with this name', rule: 'T2' }),
  uniqueKey(EndCustomer, ['partnerCompanyId', 'externalIdKey'], {
    field: 'externalId',
    message: 'The partner already has a customer with this external ID',
    rule: 'T2',
  }),
  uniqueKey(App, ['partnerCompanyId', 'nameKey'], { field: 'name', message: 'The partner already has an app with this name', rule: 'T3' }),
  uniqueKey(CustomerApp, ['endCustomerId', 'appId'], { field: 'appId', message: 'The customer already holds this app', rule: 'T3' }),
  uniqueKey(KeysetAssignment, ['keysetId'], { field: 'keysetId', message: 'The keyset is already assigned to a customer', rule: 'T4' }),
  uniqueKey(Installation, ['endCustomerId', 'appId'], {
    field: 'appId',
    message: 'The customer has already installed this app; change its version instead',
    rule: 'T8',
  }),
  uniqueKey(Theme, ['companyId'], { field: 'companyId', message: 'The theme was changed at the same time; try again', rule: 'T7' }),
  // Random keys: a collision is as good as impossible, and a retry draws new ones.
  uniqueKey(Keyset, ['publishKey'], { field: 'appId', message: 'Generated keys collided; try again' }),
  uniqueKey(Keyset, ['subscribeKey'], { field: 'appId', message: 'Generated keys collided; try again' }),
  uniqueKey(Keyset, ['secretHash'], { field: 'appId', message: 'Generated keys collided; try again' }),
];

export function createDatabase(config: DbConfig, limits?: Partial<DatabaseLimits>): Database {
  return new Database({
    service: 'tenancy',
    config,
    log: serviceLogger('tenancy'),
    entities: ENTITIES,
    migrations: { mysql: Object.values(mysql), sqlite: Object.values(sqlite) },
    ...(limits ? { limits } : {}),
    uniqueKeys: UNIQUE_KEYS,
  });
}
