import { Database, type DbConfig } from '@marketgraph/db';
import { ENTITIES } from './entities';
import * as mysql from './migrations/mysql';
import * as sqlite from './migrations/sqlite';

export function createDatabase(config: DbConfig): Database {
  return new Database({
    service: 'tenancy',
    config,
    entities: ENTITIES,
    migrations: { mysql: Object.values(mysql), sqlite: Object.values(sqlite) },
  });
}
