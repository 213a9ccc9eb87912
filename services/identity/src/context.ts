import { In } from 'typeorm';
import type DataLoader from 'dataloader';
import { RequestDatabase, type Database } from '@marketgraph/db';
import { groupLoaderBy, loaderBy, type SubgraphContext } from '@marketgraph/graphql';
import { Company, Marketplace, Membership, MembershipRole, ResellerCustomer, type User } from './entities';
import type { IdentityConfig } from './config';
import { visibleUsers } from './domain/scope';

export interface IdentityLoaders {
  company: DataLoader<string, Company | null>;
  marketplace: DataLoader<string, Marketplace | null>;
  user: DataLoader<string, User | null>;
  rolesOfMembership: DataLoader<string, MembershipRole[]>;
  membershipsOfUser: DataLoader<string, Membership[]>;
  resellersOfCompany: DataLoader<string, ResellerCustomer[]>;
}

export interface IdentityContext extends SubgraphContext {
  /** The request's database: inside `ctx.db.transaction`, every read of the request uses the transaction (X11). */
  db: RequestDatabase;
  config: IdentityConfig;
  loaders: IdentityLoaders;
}

/** Request-scoped loaders; each reads through the caller's tenant scope (I1, X8). */
function createLoaders(base: SubgraphContext, db: RequestDatabase): IdentityLoaders {
  const { scope } = base;
  // Taken at each batch, so that a batch inside a transaction reads through it.
  const manager = () => db.manager;
  return {
    company: loaderBy((ids) => scope.rowsWhereIn(manager(), Company, 'id', ids), (c) => c.id),
    marketplace: loaderBy(
      (ids) => {
        const qb = manager().createQueryBuilder(Marketplace, 'm').where('m.id IN (:...ids)', { ids });
        if (scope.marketplaceIds !== null) qb.andWhere('m.id IN (:...visible)', { visible: ['', ...scope.marketplaceIds] });
        return qb.getMany();
      },
      (m) => m.id,
    ),
    user: loaderBy((ids) => visibleUsers(manager(), scope).andWhere('u.id IN (:...ids)', { ids }).getMany(), (u) => u.id),
    rolesOfMembership: groupLoaderBy(
      (ids) => manager().find(MembershipRole, { where: { membershipId: In([...ids]) } }),
      (r) => r.membershipId,
    ),
    membershipsOfUser: groupLoaderBy(
      (ids) => scope.rowsWhereIn(manager(), Membership, 'userId', ids, { orderBy: 'id' }),
      (m) => m.userId,
    ),
    resellersOfCompany: groupLoaderBy(
      (ids) => scope.rowsWhereIn(manager(), ResellerCustomer, 'customerCompanyId', ids),
      (r) => r.customerCompanyId,
    ),
  };
}

export function createIdentityContext(base: SubgraphContext, db: Database, config: IdentityConfig): IdentityContext {
  const requestDb = new RequestDatabase(db);
  return { ...base, db: requestDb, config, loaders: createLoaders(base, requestDb) };
}
