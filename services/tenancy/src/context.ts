import type DataLoader from 'dataloader';
import { RequestDatabase, type Database } from '@marketgraph/db';
import { groupLoaderBy, identityFacts, loaderBy, type IdentityFacts, type SubgraphContext, PageLoaders } from '@marketgraph/graphql';
import { ActivityEvent, App, CustomerApp, EndCustomer, Installation, Keyset, KeysetAssignment, Theme } from './entities';
import type { TenancyConfig } from './config';

export interface TenancyLoaders {
  endCustomer: DataLoader<string, EndCustomer | null>;
  app: DataLoader<string, App | null>;
  keyset: DataLoader<string, Keyset | null>;
  customerAppsOfCustomer: DataLoader<string, CustomerApp[]>;
  customerAppsOfApp: DataLoader<string, CustomerApp[]>;
  keysetsOfApp: DataLoader<string, Keyset[]>;
  assignmentOfKeyset: DataLoader<string, KeysetAssignment | null>;
  assignmentsOfCustomer: DataLoader<string, KeysetAssignment[]>;
  installationsOfCustomer: DataLoader<string, Installation[]>;
  appsOfProduct: DataLoader<string, App[]>;
  lastActivityOfCustomer: DataLoader<string, ActivityEvent | null>;
  themeOfCompany: DataLoader<string, Theme | null>;
  marketplaceTheme: DataLoader<string, Theme | null>;
}

export interface TenancyContext extends SubgraphContext {
  /** The request's database: inside `ctx.db.transaction`, every read of the request uses the transaction (X11). */
  db: RequestDatabase;
  config: TenancyConfig;
  /** Companies and memberships as identity, their owner, answers them (I1). */
  identity: IdentityFacts;
  loaders: TenancyLoaders;
  /** Pages of nested lists (a customer's activity), one batch per list and arguments. */
  pages: PageLoaders;
}

/** Request-scoped loaders; each reads through the caller's tenant scope (I1) in one statement per batch (X8). */
function createLoaders(base: SubgraphContext, db: RequestDatabase): TenancyLoaders {
  const { scope } = base;
  // Taken at each batch, so that a batch inside a transaction reads through it.
  const manager = () => db.manager;
  const ids = (keys: readonly string[]): { ids: string[] } => ({ ids: [...keys] });
  return {
    endCustomer: loaderBy((keys) => scope.rowsWhereIn(manager(), EndCustomer, 'id', keys), (c) => c.id),
    app: loaderBy((keys) => scope.rowsWhereIn(manager(), App, 'id', keys), (a) => a.id),
    keyset: loaderBy((keys) => scope.rowsWhereIn(manager(), Keyset, 'id', keys), (k) => k.id),
    customerAppsOfCustomer: groupLoaderBy((keys) => scope.rowsWhereIn(manager(), CustomerApp, 'endCustomerId', keys, { orderBy: 'appId' }), (ca) => ca.endCustomerId),
    customerAppsOfApp: groupLoaderBy((keys) => scope.rowsWhereIn(manager(), CustomerApp, 'appId', keys, { orderBy: 'endCustomerId' }), (ca) => ca.appId),
    keysetsOfApp: groupLoaderBy((keys) => scope.rowsWhereIn(manager(), Keyset, 'appId', keys, { orderBy: 'id' }), (k) => k.appId),
    assignmentOfKeyset: loaderBy((keys) => scope.rowsWhereIn(manager(), KeysetAssignment, 'keysetId', keys), (ka) => ka.keysetId),
    assignmentsOfCustomer: groupLoaderBy(
      (keys) => scope.rowsWhereIn(manager(), KeysetAssignment, 'endCustomerId', keys, { orderBy: 'keysetId' }),
      (ka) => ka.endCustomerId,
    ),
    installationsOfCustomer: groupLoaderBy((keys) => scope.rowsWhereIn(manager(), Installation, 'endCustomerId', keys, { orderBy: 'id' }), (i) => i.endCustomerId),
    appsOfProduct: groupLoaderBy((keys) => scope.rowsWhereIn(manager(), App, 'productId', keys, { orderBy: 'id' }), (a) => a.productId ?? ''),
    // IDs are time-ordered: the greatest ID per customer is its latest report.
    lastActivityOfCustomer: loaderBy(
      (keys) =>
        scope
          .select(manager(), ActivityEvent, 'ae')
          .andWhere(
            (qb) =>
              'ae.id IN ' +
              qb
                .subQuery()
                .select('MAX(latest.id)')
                .from(ActivityEvent, 'latest')
                .where('latest.endCustomerId IN (:...ids)')
                .groupBy('latest.endCustomerId')
                .getQuery(),
            ids(keys),
          )
          .getMany(),
      (ae) => ae.endCustomerId,
    ),
    themeOfCompany: loaderBy((keys) => scope.rowsWhereIn(manager(), Theme, 'companyId', keys), (t) => t.companyId),
    marketplaceTheme: loaderBy(
      (keys) => scope.rowsWhereIn(manager(), Theme, 'marketplaceId', keys, { and: [{ property: 'marketplaceDefault', value: true }] }),
      (t) => t.marketplaceId,
    ),
  };
}

export function createTenancyContext(base: SubgraphContext, db: Database, config: TenancyConfig): TenancyContext {
  const requestDb = new RequestDatabase(db);
  return { ...base, db: requestDb, config, identity: identityFacts(config, 'tenancy'), loaders: createLoaders(base, requestDb), pages: new PageLoaders() };
}
