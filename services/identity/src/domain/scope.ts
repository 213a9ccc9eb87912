import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { TenantScope } from '@marketgraph/db';
import { Membership, User } from '../entities';

/**
 * Users have no marketplace of their own (an email is platform-wide, I4): a user is visible
 * where it holds a membership of a marketplace in scope.
 */
export function visibleUsers(manager: EntityManager, scope: TenantScope): SelectQueryBuilder<User> {
  const qb = manager.createQueryBuilder(User, 'u');
  if (scope.marketplaceIds === null) return qb;
  const ids = scope.marketplaceIds.length > 0 ? [...scope.marketplaceIds] : [''];
  return qb.where(
    (sub) =>
      'EXISTS ' +
      sub
        .subQuery()
        .select('1')
        .from(Membership, 'vm')
        .where('vm.userId = u.id')
        .andWhere('vm.marketplaceId IN (:...visibleMarketplaces)', { visibleMarketplaces: ids })
        .getQuery(),
  );
}
