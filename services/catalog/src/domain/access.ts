import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { STAFF_ROLES, grantsOf, isPlatformOperator, isStaffOf, type OwnerRule, type Role } from '@marketgraph/authz';
import { recordAudit } from '@marketgraph/db';
import type { CatalogContext } from '../context';

/** Who reviews products and revisions (C2, C3). */
export const REVIEWERS: Role[] = ['MARKETPLACE_MANAGER', 'PRODUCT_SUPPORT'];
/** Who sees a company's subscriptions and buys for it (C7). */
export const BUYERS = { member: ['BILLING_ADMIN', 'COMPANY_ADMIN'], staff: ['SALES_SUPPORT'], reseller: ['RESELLER'] } satisfies OwnerRule;
export const SUBSCRIPTION_READERS = {
  member: ['BILLING_ADMIN', 'COMPANY_ADMIN'],
  staff: ['MARKETPLACE_MANAGER', 'SALES_SUPPORT', 'CUSTOMER_SUPPORT'],
  reseller: ['RESELLER'],
} satisfies OwnerRule;
/**
 * Who lists the subscriptions to a vendor's products (C10): the vendor's own admins and
 * developers, and the staff of its marketplace who sell and report.
 */
export const VENDOR_SUBSCRIPTION_READERS = {
  member: ['COMPANY_ADMIN', 'DEVELOPER'],
  staff: ['MARKETPLACE_MANAGER', 'SALES_SUPPORT', 'REPORTS_MARKETPLACE_MANAGER'],
} satisfies OwnerRule;
export const ANY_STAFF: Role[] = [...STAFF_ROLES];

/** Drafts, revisions and review history are seen by the vendor's members and the reviewers only (C4). */
export function maySeeUnpublished(ctx: CatalogContext, product: { vendorCompanyId: string; marketplaceId: string }): boolean {
  return (
    isPlatformOperator(ctx.actor) ||
    grantsOf(ctx.actor).some((g) => g.companyId === product.vendorCompanyId) ||
    isStaffOf(ctx.actor, product.marketplaceId, REVIEWERS)
  );
}

/** The companies the caller is a member of, optionally only those where it holds one of `roles`. */
export function memberCompanyIds(ctx: CatalogContext, roles?: readonly Role[]): string[] {
  return grantsOf(ctx.actor)
    .filter((g) => !roles || g.roles.some((r) => roles.includes(r)))
    .map((g) => g.companyId);
}

/** Marketplaces where the caller is staff with one of `roles`. */
export function staffMarketplaceIds(ctx: CatalogContext, roles: readonly Role[]): string[] {
  return [...new Set(grantsOf(ctx.actor).filter((g) => g.accessTypes.includes('MARKETPLACE') && g.roles.some((r) => roles.includes(r))).map((g) => g.marketplaceId))];
}

/** The acting user, when the caller is one (API keys act for their company). */
export function actingUserId(ctx: CatalogContext): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : null;
}

/** The audit record of a mutation, in its transaction (X5). */
export function audit(
  ctx: CatalogContext,
  manager: EntityManager,
  action: string,
  target: { type: string; id: string; marketplaceId: string; companyId: string | null },
  details?: Readonly<Record<string, unknown>>,
): Promise<void> {
  return recordAudit(manager, ctx.audit, {
    action,
    targetType: target.type,
    targetId: target.id,
    marketplaceId: target.marketplaceId,
    companyId: target.companyId,
    ...(details ? { details } : {}),
  });
}

/**
 * Reads a row for update inside a transaction: MySQL locks it until commit; the embedded
 * SQLite runs one transaction at a time, so it needs no lock.
 */
export function lockedRow<T extends ObjectLiteral & { id: string }>(ctx: CatalogContext, manager: EntityManager, entity: EntityTarget<T>, id: string): Promise<T | null> {
  const qb = manager.createQueryBuilder(entity, 'row').where('row.id = :id', { id });
  if (ctx.db.isMysql) qb.setLock('pessimistic_write');
  return qb.getOne();
}
