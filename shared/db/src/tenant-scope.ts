import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The one place where reads of tenant-owned tables are narrowed to the caller's marketplaces
 * (I1). Every such table has a `marketplaceId` column; `null` means the platform operator,
 * who crosses marketplaces.
 */
export class TenantScope {
  constructor(readonly marketplaceIds: readonly string[] | null) {}

  static global(): TenantScope {
    return new TenantScope(null);
  }

  covers(marketplaceId: string): boolean {
    return this.marketplaceIds === null || this.marketplaceIds.includes(marketplaceId);
  }

  select<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, alias: string): SelectQueryBuilder<T> {
    const qb = manager.createQueryBuilder(entity, alias);
    if (this.marketplaceIds === null) return qb;
    if (this.marketplaceIds.length === 0) qb.where('1 = 0');
    else qb.where(`${alias}.marketplaceId IN (:...scopeMarketplaceIds)`, { scopeMarketplaceIds: this.marketplaceIds });
    // `where` would replace the tenant condition; on a scoped query it adds to it instead.
    qb.where = qb.andWhere.bind(qb);
    return qb;
  }
}
