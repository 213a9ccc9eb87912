import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Brackets } from 'typeorm';
import { grantIn, isPlatformOperator, isStaffOf } from '@marketgraph/authz';
import { newId } from '@marketgraph/db';
import { badInput, companyOwner, fail, failIfAny, notFound, type Connection, type PageArgs, type UserError, pagesByKey, byId, containsPattern, orderOf, searchTerm, whereContains, whereLike, type Direction, type ListOrder, type OrderByArg } from '@marketgraph/graphql';
import { Edition, Product, ProductRevision, ProductTransition, type ProductState } from '../entities';
import type { CatalogContext } from '../context';
import { REVIEWERS, actingUserId, audit, lockedRow, maySeeUnpublished, memberCompanyIds, staffMarketplaceIds } from './access';
import { EMPTY_CONTENT, applyContent, contentOf, type ContentInput } from './content';

export async function visibleProduct(ctx: CatalogContext, id: string): Promise<Product | null> {
  const product = await ctx.loaders.product.load(id);
  if (!product) return null;
  return product.state === 'PUBLISHED' || maySeeUnpublished(ctx, product) || ofOwnPartner(ctx, product) ? product : null;
}

/**
 * An end customer (embed token) sees the products of its own partner, listed or not: the
 * integrations behind the apps it holds (T3, T8).
 */
export function ofOwnPartner(ctx: CatalogContext, product: Pick<Product, 'vendorCompanyId' | 'marketplaceId'>): boolean {
  return ctx.actor.kind === 'endCustomer' && ctx.actor.partnerCompanyId === product.vendorCompanyId && ctx.actor.marketplaceId === product.marketplaceId;
}

export async function requireVisibleProduct(ctx: CatalogContext, id: string): Promise<Product> {
  const product = await visibleProduct(ctx, id);
  if (!product) throw notFound('Product');
  return product;
}

/**
 * Products the caller may see (C4): published ones of its marketplaces, plus every state of
 * its own companies' products, plus everything of marketplaces it reviews for.
 */
export function visibleProducts(ctx: CatalogContext, manager: EntityManager = ctx.db.manager): SelectQueryBuilder<Product> {
  const qb = ctx.scope.select(manager, Product, 'p');
  if (isPlatformOperator(ctx.actor)) return qb;
  const vendors = memberCompanyIds(ctx);
  const reviewed = staffMarketplaceIds(ctx, REVIEWERS);
  qb.andWhere(
    new Brackets((w) => {
      w.where("p.state = 'PUBLISHED'");
      if (vendors.length > 0) w.orWhere('p.vendorCompanyId IN (:...visibleVendors)', { visibleVendors: vendors });
      if (reviewed.length > 0) w.orWhere('p.marketplaceId IN (:...reviewedMarketplaces)', { reviewedMarketplaces: reviewed });
    }),
  );
  return qb;
}

export interface ProductSearch {
  search?: string | null;
  category?: string | null;
}

/** Narrows products to a name containing `search` and to those listed in `category`, both in any letter case. */
function searched(qb: SelectQueryBuilder<Product>, filter: ProductSearch): SelectQueryBuilder<Product> {
  whereContains(qb, 'search', filter.search, ['LOWER(p.name)']);
  const category = searchTerm('category', filter.category);
  // Categories are stored as a JSON array of strings: the quoted category matches one whole entry.
  if (category !== null) whereLike(qb, ['LOWER(p.categories)'], containsPattern(JSON.stringify(category)));
  return qb;
}

/** The order of a product list from its `orderBy` argument. */
export function productOrder(list: string, orderBy: OrderByArg<'NAME' | 'CREATED_AT'> | null | undefined, fallback: Direction): ListOrder<Product> {
  return orderOf<Product, 'NAME' | 'CREATED_AT'>(list, orderBy, { NAME: 'name', CREATED_AT: null }, fallback);
}

export function listProducts(
  ctx: CatalogContext,
  filter: { marketplaceId?: string | null; state?: ProductState | null; vendorCompanyId?: string | null } & ProductSearch,
): SelectQueryBuilder<Product> {
  const qb = visibleProducts(ctx);
  if (filter.marketplaceId) qb.andWhere('p.marketplaceId = :marketplaceId', { marketplaceId: filter.marketplaceId });
  if (filter.state) qb.andWhere('p.state = :state', { state: filter.state });
  if (filter.vendorCompanyId) qb.andWhere('p.vendorCompanyId = :vendorCompanyId', { vendorCompanyId: filter.vendorCompanyId });
  return searched(qb, filter);
}

/**
 * The storefront (C4): published products of one marketplace. An anonymous caller names it by
 * the x-marketplace header; a signed-in caller may pass one of its own marketplaces.
 */
export function storefront(ctx: CatalogContext, marketplaceId: string | null | undefined, filter: ProductSearch): SelectQueryBuilder<Product> {
  const target = marketplaceId ?? (ctx.actor.kind === 'anonymous' ? ctx.actor.marketplaceId : null);
  if (!target) throw badInput('marketplaceId', 'Name the marketplace: the x-marketplace header, or marketplaceId');
  const qb = ctx.scope.select(ctx.db.manager, Product, 'p').andWhere("p.state = 'PUBLISHED'").andWhere('p.marketplaceId = :target', { target });
  return searched(qb, filter);
}

/** Company.products for many vendors at once (X8). */
export function productsOfVendors(ctx: CatalogContext, vendorIds: readonly string[], args: PageArgs): Promise<Map<string, Connection<Product>>> {
  return pagesByKey(visibleProducts(ctx), 'vendorCompanyId', vendorIds, args, byId('Company.products'));
}

export interface CreateProductInput extends ContentInput {
  vendorCompanyId: string;
  name: string;
}

/**
 * A DEVELOPER of the vendor (or the platform operator for it) creates a product in the staging
 * catalog as DRAFT (C1). The product lives in the vendor's marketplace, as identity places it (I1).
 */
export async function createProduct(ctx: CatalogContext, input: CreateProductInput): Promise<Product> {
  const owner = await companyOwner(ctx, input.vendorCompanyId);
  if (!owner) throw notFound('Company');
  const accessTypes =
    grantIn(ctx.actor, input.vendorCompanyId)?.accessTypes ?? (await ctx.identity.company.load(input.vendorCompanyId))?.accessTypes ?? [];
  if (!accessTypes.includes('DEVELOPER') && !accessTypes.includes('MARKETPLACE')) {
    fail('RULE_VIOLATION', 'vendorCompanyId', 'A vendor needs DEVELOPER access, or must be the marketplace owner', 'C1');
  }
  const problems: UserError[] = [];
  const content = applyContent(EMPTY_CONTENT, input, problems);
  failIfAny(problems);
  const now = new Date();
  const product: Product = {
    id: newId(),
    marketplaceId: owner.marketplaceId,
    vendorCompanyId: input.vendorCompanyId,
    ...content,
    state: 'DRAFT',
    rejectionReason: null,
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
  };
  await ctx.db.transaction(async (manager) => {
    await manager.insert(Product, product);
    await recordTransition(ctx, manager, product, null, 'DRAFT', null);
    await audit(ctx, manager, 'product.created', productTarget(product), { name: product.name });
  });
  return product;
}

export function productTarget(product: Product): { type: string; id: string; marketplaceId: string; companyId: string } {
  return { type: 'Product', id: product.id, marketplaceId: product.marketplaceId, companyId: product.vendorCompanyId };
}

async function recordTransition(
  ctx: CatalogContext,
  manager: EntityManager,
  product: Product,
  from: ProductState | null,
  to: ProductState,
  reason: string | null,
): Promise<void> {
  await manager.insert(ProductTransition, {
    id: newId(),
    marketplaceId: product.marketplaceId,
    productId: product.id,
    fromState: from,
    toState: to,
    reason,
    actorKind: ctx.actor.kind,
    actorId: ctx.audit.actorId,
    createdAt: new Date(),
  });
}

/** The product as the mutation may change it: in the caller's scope, or NOT_FOUND. */
async function scopedProduct(ctx: CatalogContext, manager: EntityManager, id: string): Promise<Product> {
  const product = await ctx.scope.select(manager, Product, 'p').andWhere('p.id = :id', { id }).getOne();
  if (!product) throw notFound('Product');
  return product;
}

/** Reviewers judge other companies' products, never their own (C2). */
function assertNotOwnVendor(ctx: CatalogContext, vendorCompanyId: string): void {
  if (!isPlatformOperator(ctx.actor) && grantIn(ctx.actor, vendorCompanyId)) {
    fail('RULE_VIOLATION', 'productId', "A reviewer cannot review a product of its own company", 'C2');
  }
}

interface Move {
  verb: string;
  from: ProductState;
  to: ProductState;
  reason?: string | null;
  set?: Partial<Product>;
}

/**
 * One step of the publication workflow (C2). The state changes by a conditional update, so two
 * racing reviewers cannot both move the product; the loser is told the state it found.
 */
async function move(ctx: CatalogContext, productId: string, step: Move): Promise<Product> {
  return ctx.db.transaction(async (manager) => {
    const product = await scopedProduct(ctx, manager, productId);
    const now = new Date();
    const result = await manager
      .createQueryBuilder()
      .update(Product)
      .set({ ...step.set, state: step.to, updatedAt: now })
      .where('id = :id AND state = :from', { id: productId, from: step.from })
      .execute();
    if (!result.affected) {
      const current = await manager.findOneOrFail(Product, { where: { id: productId } });
      fail('ILLEGAL_TRANSITION', 'productId', `Product is ${current.state}; it can be ${step.verb} only when ${step.from}`, 'C2');
    }
    await recordTransition(ctx, manager, product, step.from, step.to, step.reason ?? null);
    await audit(ctx, manager, `product.${step.verb}`, productTarget(product), { from: step.from, to: step.to, reason: step.reason ?? null });
    return manager.findOneOrFail(Product, { where: { id: productId } });
  });
}

export async function submitProduct(ctx: CatalogContext, productId: string): Promise<Product> {
  const editions = await ctx.scope.select(ctx.db.manager, Edition, 'e').andWhere('e.productId = :productId', { productId }).getCount();
  if (editions === 0) fail('RULE_VIOLATION', 'productId', 'A product needs at least one edition before it is submitted', 'C6');
  return move(ctx, productId, { verb: 'submitted', from: 'DRAFT', to: 'IN_REVIEW' });
}

export async function approveProduct(ctx: CatalogContext, productId: string): Promise<Product> {
  const product = await scopedProduct(ctx, ctx.db.manager, productId);
  assertNotOwnVendor(ctx, product.vendorCompanyId);
  return move(ctx, productId, { verb: 'approved', from: 'IN_REVIEW', to: 'PUBLISHED', set: { publishedAt: new Date(), rejectionReason: null } });
}

export async function rejectProduct(ctx: CatalogContext, productId: string, reason: string): Promise<Product> {
  const why = reason.trim();
  if (why.length === 0 || why.length > 5000) fail('INVALID', 'reason', 'A rejection needs a reason of 1 to 5000 characters', 'C2');
  const product = await scopedProduct(ctx, ctx.db.manager, productId);
  assertNotOwnVendor(ctx, product.vendorCompanyId);
  return move(ctx, productId, { verb: 'rejected', from: 'IN_REVIEW', to: 'DRAFT', reason: why, set: { rejectionReason: why } });
}

export function archiveProduct(ctx: CatalogContext, productId: string): Promise<Product> {
  return move(ctx, productId, { verb: 'archived', from: 'PUBLISHED', to: 'ARCHIVED' });
}

export interface UpdateProductInput extends ContentInput {
  productId: string;
}

/**
 * Edits a product (C3). PRODUCT_SUPPORT changes any product directly. The vendor changes a
 * DRAFT directly; an edit of a PUBLISHED product becomes (or amends) its one pending revision,
 * and buyers keep seeing the published content until a reviewer approves it.
 */
export async function updateProduct(ctx: CatalogContext, input: UpdateProductInput): Promise<{ product: Product; revision: ProductRevision | null }> {
  return ctx.db.transaction(async (manager) => {
    const scoped = await scopedProduct(ctx, manager, input.productId);
    const product = (await lockedRow(ctx, manager, Product, scoped.id)) ?? scoped;
    const direct = isPlatformOperator(ctx.actor) || isStaffOf(ctx.actor, product.marketplaceId, ['PRODUCT_SUPPORT']);
    if (direct || product.state === 'DRAFT') {
      const problems: UserError[] = [];
      const content = applyContent(contentOf(product), input, problems);
      failIfAny(problems);
      await manager.update(Product, { id: product.id }, { ...content, updatedAt: new Date() });
      await audit(ctx, manager, 'product.updated', productTarget(product), { direct });
      return { product: await manager.findOneOrFail(Product, { where: { id: product.id } }), revision: null };
    }
    if (product.state !== 'PUBLISHED') {
      fail('ILLEGAL_TRANSITION', 'productId', `Product is ${product.state}; it can be edited as a DRAFT or through a revision once PUBLISHED`, 'C3');
    }
    const pending = await manager.findOne(ProductRevision, { where: { pendingProductId: product.id } });
    const problems: UserError[] = [];
    const content = applyContent(contentOf(pending ?? product), input, problems);
    failIfAny(problems);
    let revision: ProductRevision;
    if (pending) {
      await manager.update(ProductRevision, { id: pending.id }, { ...content, authorId: actingUserId(ctx) });
      revision = await manager.findOneOrFail(ProductRevision, { where: { id: pending.id } });
    } else {
      revision = {
        id: newId(),
        marketplaceId: product.marketplaceId,
        productId: product.id,
        pendingProductId: product.id,
        state: 'PENDING',
        ...content,
        authorId: actingUserId(ctx),
        reviewerId: null,
        reason: null,
        createdAt: new Date(),
        decidedAt: null,
      };
      await manager.insert(ProductRevision, revision);
    }
    await audit(ctx, manager, 'product.revision_proposed', { type: 'ProductRevision', id: revision.id, marketplaceId: product.marketplaceId, companyId: product.vendorCompanyId });
    return { product, revision };
  });
}

/** Approving applies the revision's content to the published product; rejecting keeps a reason (C3). */
export async function decideRevision(
  ctx: CatalogContext,
  revisionId: string,
  decision: { approve: true } | { approve: false; reason: string },
): Promise<ProductRevision> {
  const reason = decision.approve ? null : decision.reason.trim();
  if (reason !== null && (reason.length === 0 || reason.length > 5000)) fail('INVALID', 'reason', 'A rejection needs a reason of 1 to 5000 characters', 'C3');
  return ctx.db.transaction(async (manager) => {
    const revision = await ctx.scope.select(manager, ProductRevision, 'r').andWhere('r.id = :revisionId', { revisionId }).getOne();
    if (!revision) throw notFound('Revision');
    const product = await manager.findOneOrFail(Product, { where: { id: revision.productId } });
    assertNotOwnVendor(ctx, product.vendorCompanyId);
    const now = new Date();
    const result = await manager
      .createQueryBuilder()
      .update(ProductRevision)
      .set({ state: decision.approve ? 'APPROVED' : 'REJECTED', pendingProductId: null, reviewerId: actingUserId(ctx), reason, decidedAt: now })
      .where("id = :id AND state = 'PENDING'", { id: revision.id })
      .execute();
    if (!result.affected) {
      const current = await manager.findOneOrFail(ProductRevision, { where: { id: revision.id } });
      fail('ILLEGAL_TRANSITION', 'revisionId', `Revision is ${current.state}; only a PENDING revision can be decided`, 'C3');
    }
    if (decision.approve) await manager.update(Product, { id: product.id }, { ...contentOf(revision), updatedAt: now });
    await audit(ctx, manager, decision.approve ? 'product.revision_approved' : 'product.revision_rejected', {
      type: 'ProductRevision',
      id: revision.id,
      marketplaceId: product.marketplaceId,
      companyId: product.vendorCompanyId,
    }, reason ? { reason } : undefined);
    return manager.findOneOrFail(ProductRevision, { where: { id: revision.id } });
  });
}
