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
    endCustomer: loaderBy((keys) => scope.select(manager(), EndCustomer, 'ec').andWhere('ec.id IN (:...ids)', ids(keys)).getMany(), (c) => c.id),
    app: loaderBy((keys) => scope.select(manager(), App, 'a').andWhere('a.id IN (:...ids)', ids(keys)).getMany(), (a) => a.id),
    keyset: loaderBy((keys) => scope.select(manager(), Keyset, 'k').andWhere('k.id IN (:...ids)', ids(keys)).getMany(), (k) => k.id),
    customerAppsOfCustomer: groupLoaderBy(
      (keys) => scope.select(manager(), CustomerApp, 'ca').andWhere('ca.endCustomerId IN (:...ids)', ids(keys)).orderBy('ca.appId').getMany(),
      (ca) => ca.endCustomerId,
    ),
    customerAppsOfApp: groupLoaderBy(
      (keys) => scope.select(manager(), CustomerApp, 'ca').andWhere('ca.appId IN (:...ids)', ids(keys)).orderBy('ca.endCustomerId').getMany(),
      (ca) => ca.appId,
    ),
    keysetsOfApp: groupLoaderBy(
      (keys) => scope.select(manager(), Keyset, 'k').andWhere('k.appId IN (:...ids)', ids(keys)).orderBy('k.id').getMany(),
      (k) => k.appId,
    ),
    assignmentOfKeyset: loaderBy(
      (keys) => scope.select(manager(), KeysetAssignment, 'ka').andWhere('ka.keysetId IN (:...ids)', ids(keys)).getMany(),
      (ka) => ka.keysetId,
    ),
    assignmentsOfCustomer: groupLoaderBy(
      (keys) => scope.select(manager(), KeysetAssignment, 'ka').andWhere('ka.endCustomerId IN (:...ids)', ids(keys)).orderBy('ka.keysetId').getMany(),
      (ka) => ka.endCustomerId,
    ),
    installationsOfCustomer: groupLoaderBy(
      (keys) => scope.select(manager(), Installation, 'i').andWhere('i.endCustomerId IN (:...ids)', ids(keys)).orderBy('i.id').getMany(),
      (i) => i.endCustomerId,
    ),
    appsOfProduct: groupLoaderBy(
      (keys) => scope.select(manager(), App, 'a').andWhere('a.productId IN (:...ids)', ids(keys)).orderBy('a.id').getMany(),
      (a) => a.productId ?? '',
    ),
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
    themeOfCompany: loaderBy((keys) => scope.select(manager(), Theme, 't').andWhere('t.companyId IN (:...ids)', ids(keys)).getMany(), (t) => t.companyId),
    marketplaceTheme: loaderBy(
      (keys) =>
        scope
          .select(manager(), Theme, 't')
          .andWhere('t.marketplaceId IN (:...ids) AND t.marketplaceDefault = :yes', { ...ids(keys), yes: true })
          .getMany(),
      (t) => t.marketplaceId,
    ),
  };
}

export function createTenancyContext(base: SubgraphContext, db: Database, config: TenancyConfig): TenancyContext {
  const requestDb = new RequestDatabase(db);
  return { ...base, db: requestDb, config, identity: identityFacts(config, 'tenancy'), loaders: createLoaders(base, requestDb), pages: new PageLoaders() };
}
