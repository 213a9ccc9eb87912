import { serviceLogger } from '@marketgraph/graphql';
import { Database, uniqueKey, type DatabaseLimits, type DbConfig } from '@marketgraph/db';
import {
  ApiKey,
  Company,
  ENTITIES,
  Invitation,
  Marketplace,
  Membership,
  MembershipRole,
  PasswordThrottle,
  RefreshSession,
  ResellerCustomer,
  User,
} from './entities';
import * as mysql from './migrations/mysql';
import * as sqlite from './migrations/sqlite';

/**
 * What each unique key means to a caller who collides with it and was not told more precisely
 * by the operation itself: a CONFLICT on the input field it concerns (X3, X7).
 */
export const UNIQUE_KEYS = [
  uniqueKey(Marketplace, ['slug'], { field: 'slug', message: 'A marketplace with this slug already exists' }),
  uniqueKey(Company, ['marketplaceId', 'nameKey'], { field: 'name', message: 'A company with this name already exists in this marketplace', rule: 'I2' }),
  uniqueKey(User, ['email'], { field: 'email', message: 'A user with this email was created at the same time; try again' }),
  uniqueKey(Membership, ['userId', 'companyId'], { field: 'email', message: 'The user was added to this company at the same time; try again' }),
  uniqueKey(MembershipRole, ['membershipId', 'role'], { field: 'roles', message: 'The roles were changed at the same time; try again' }),
  uniqueKey(ResellerCustomer, ['resellerCompanyId', 'customerCompanyId'], {
    field: 'customerCompanyId',
    message: 'The reseller already manages this company',
    rule: 'I12',
  }),
  // Counters are created by an upsert; a collision means two first attempts at once, and a retry counts both.
  uniqueKey(PasswordThrottle, ['throttleKey'], { field: 'email', message: 'Too many sign-in attempts at once; try again' }),
  // Generated IDs and random tokens: a collision is as good as impossible, and a retry draws new ones.
  uniqueKey(Marketplace, ['ownerCompanyId'], { field: 'ownerCompanyName', message: 'Generated IDs collided; try again' }),
  uniqueKey(Invitation, ['tokenHash'], { field: 'email', message: 'Generated tokens collided; try again' }),
  uniqueKey(ApiKey, ['secretHash'], { field: 'name', message: 'Generated keys collided; try again' }),
  uniqueKey(RefreshSession, ['tokenHash'], { field: 'refreshToken', message: 'Generated tokens collided; try again' }),
];

export function createDatabase(config: DbConfig, limits?: Partial<DatabaseLimits>): Database {
  return new Database({
    service: 'identity',
    config,
    log: serviceLogger('identity'),
    entities: ENTITIES,
    migrations: { mysql: Object.values(mysql), sqlite: Object.values(sqlite) },
    ...(limits ? { limits } : {}),
    uniqueKeys: UNIQUE_KEYS,
  });
}
