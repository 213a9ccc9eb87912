import type DataLoader from 'dataloader';
import { RequestDatabase, type Database } from '@marketgraph/db';
import { groupLoaderBy, identityFacts, loaderBy, type IdentityFacts, type SubgraphContext, PageLoaders } from '@marketgraph/graphql';
import { Edition, Product, ProductAssignment, ProductRevision, ProductTransition, ProductVersion, Subscription } from './entities';
import type { CatalogConfig } from './config';

export interface CatalogLoaders {
  /** Rows by ID through the tenant scope; visibility rules apply on top (C4). */
  product: DataLoader<string, Product | null>;
  version: DataLoader<string, ProductVersion | null>;
  edition: DataLoader<string, Edition | null>;
  subscription: DataLoader<string, Subscription | null>;
  editionsOfProduct: DataLoader<string, Edition[]>;
  versionsOfProduct: DataLoader<string, ProductVersion[]>;
  historyOfProduct: DataLoader<string, ProductTransition[]>;
  revisionsOfProduct: DataLoader<string, ProductRevision[]>;
  assignmentsOfSubscription: DataLoader<string, ProductAssignment[]>;
  pages: PageLoaders;
}

export interface CatalogContext extends SubgraphContext {
  /** The request's database: inside `ctx.db.transaction`, every read of the request uses the transaction (X11). */
  db: RequestDatabase;
  config: CatalogConfig;
  /** Companies and memberships as identity, their owner, answers them (I1). */
  identity: IdentityFacts;
  loaders: CatalogLoaders;
}

/** Request-scoped loaders; each reads through the caller's tenant scope (I1, X8). */
function createLoaders(base: SubgraphContext, db: RequestDatabase): CatalogLoaders {
  const { scope } = base;
  // Taken at each batch, so that a batch inside a transaction reads through it.
  const manager = () => db.manager;
  const byId = <T extends { id: string }>(entity: new () => T) =>
    loaderBy<string, T>(
      (ids) => scope.rowsWhereIn<T>(manager(), entity, 'id', ids),
      (row) => row.id,
    );
  const ofProduct = <T extends { productId: string; marketplaceId: string }>(entity: new () => T) =>
    groupLoaderBy<string, T>(
      (ids) => scope.rowsWhereIn<T>(manager(), entity, 'productId', ids),
      (row) => row.productId,
    );
  return {
    product: byId(Product),
    version: byId(ProductVersion),
    edition: byId(Edition),
    subscription: byId(Subscription),
    editionsOfProduct: ofProduct(Edition),
    versionsOfProduct: ofProduct(ProductVersion),
    historyOfProduct: ofProduct(ProductTransition),
    revisionsOfProduct: ofProduct(ProductRevision),
    assignmentsOfSubscription: groupLoaderBy<string, ProductAssignment>(
      (ids) => scope.rowsWhereIn(manager(), ProductAssignment, 'subscriptionId', ids),
      (row) => row.subscriptionId,
    ),
    pages: new PageLoaders(),
  };
}

export function createCatalogContext(base: SubgraphContext, db: Database, config: CatalogConfig): CatalogContext {
  const requestDb = new RequestDatabase(db);
  return { ...base, db: requestDb, config, identity: identityFacts(config, 'catalog'), loaders: createLoaders(base, requestDb) };
}
