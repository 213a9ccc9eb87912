import type { SelectQueryBuilder } from 'typeorm';
import { companyOwnerFromActor, isPlatformOperator, isStaffOf, hasRoleIn } from '@marketgraph/authz';
import { newId, recordAudit } from '@marketgraph/db';
import { fail, notFound } from '@marketgraph/graphql';
import { Product } from '../entities';
import type { CatalogContext } from '../context';

/** Drafts and review history are seen by the vendor's members and the reviewers only (C4). */
export function maySeeUnpublished(ctx: CatalogContext, product: Pick<Product, 'vendorCompanyId' | 'marketplaceId'>): boolean {
  return (
    isPlatformOperator(ctx.actor) ||
    hasRoleIn(ctx.actor, product.vendorCompanyId, ['USER']) ||
    isStaffOf(ctx.actor, product.marketplaceId, ['MARKETPLACE_MANAGER', 'PRODUCT_SUPPORT'])
  );
}

export async function visibleProduct(ctx: CatalogContext, id: string): Promise<Product | null> {
  const product = await ctx.loaders.product.load(id);
  if (!product) return null;
  return product.state === 'PUBLISHED' || maySeeUnpublished(ctx, product) ? product : null;
}

/** Products of one vendor as far as the caller may see them. */
export function vendorProducts(ctx: CatalogContext, vendorCompanyId: string): SelectQueryBuilder<Product> {
  const qb = ctx.scope.select(ctx.db.manager, Product, 'p').andWhere('p.vendorCompanyId = :vendorCompanyId', { vendorCompanyId });
  const owner = companyOwnerFromActor(ctx.actor, vendorCompanyId);
  if (!owner || !maySeeUnpublished(ctx, { vendorCompanyId, marketplaceId: owner.marketplaceId })) {
    qb.andWhere("p.state = 'PUBLISHED'");
  }
  return qb;
}

/** A DEVELOPER of the vendor creates a product in the staging catalog as DRAFT (C1). */
export async function createProduct(ctx: CatalogContext, input: { vendorCompanyId: string; name: string }): Promise<Product> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) fail('INVALID', 'name', 'name must be 1 to 200 characters');
  const owner = companyOwnerFromActor(ctx.actor, input.vendorCompanyId);
  if (!owner) throw notFound('Company');
  const grant = ctx.actor.kind === 'user' || ctx.actor.kind === 'apiKey' ? ctx.actor.grants.find((g) => g.companyId === input.vendorCompanyId) : undefined;
  if (grant && !grant.accessTypes.includes('DEVELOPER') && !grant.accessTypes.includes('MARKETPLACE')) {
    fail('RULE_VIOLATION', 'vendorCompanyId', 'A vendor needs DEVELOPER access, or must be the marketplace owner', 'C1');
  }
  const product: Product = {
    id: newId(),
    marketplaceId: owner.marketplaceId,
    vendorCompanyId: input.vendorCompanyId,
    name,
    state: 'DRAFT',
    createdAt: new Date(),
  };
  await ctx.db.transaction(async (manager) => {
    await manager.insert(Product, product);
    await recordAudit(manager, ctx.audit, {
      action: 'product.created',
      targetType: 'Product',
      targetId: product.id,
      marketplaceId: product.marketplaceId,
      companyId: product.vendorCompanyId,
    });
  });
  return product;
}
