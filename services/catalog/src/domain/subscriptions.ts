import { IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { grantsOf, hasRoleIn, isPlatformOperator, isStaffOf, type Owner } from '@marketgraph/authz';
import { newId } from '@marketgraph/db';
import { companyOwner, fail, notFound, type Connection, type PageArgs, pagesByKey, mayAccess, byId } from '@marketgraph/graphql';
import { Edition, Product, ProductAssignment, PurchaseRequest, Subscription, type PurchaseChannel, type SubscriptionState } from '../entities';
import type { CatalogContext } from '../context';
import { SUBSCRIPTION_READERS, actingUserId, audit, lockedRow } from './access';

const target = (s: { id: string; marketplaceId: string; companyId: string }, type = 'Subscription') => ({
  type,
  id: s.id,
  marketplaceId: s.marketplaceId,
  companyId: s.companyId,
});

/** How the caller buys for `companyId`, and through which company it acts (C7). */
function purchaseChannel(ctx: CatalogContext, owner: Owner): { channel: PurchaseChannel; buyerCompanyId: string } {
  const { actor } = ctx;
  if (hasRoleIn(actor, owner.companyId, ['BILLING_ADMIN', 'COMPANY_ADMIN'])) return { channel: 'DIRECT', buyerCompanyId: owner.companyId };
  const reseller = grantsOf(actor).find((g) => g.managedCompanyIds.includes(owner.companyId) && g.roles.includes('RESELLER'));
  if (reseller) return { channel: 'RESELLER', buyerCompanyId: reseller.companyId };
  const sales = grantsOf(actor).find((g) => g.marketplaceId === owner.marketplaceId && g.accessTypes.includes('MARKETPLACE') && g.roles.includes('SALES_SUPPORT'));
  if (sales) return { channel: 'SALES_SUPPORT', buyerCompanyId: sales.companyId };
  if (isPlatformOperator(actor)) return { channel: 'SALES_SUPPORT', buyerCompanyId: owner.companyId };
  // The policy admitted the caller, so one of the above holds; this keeps the type honest.
  return fail('RULE_VIOLATION', 'companyId', 'Only the company\'s billing or company admins, sales support, or its reseller buy for it', 'C7');
}

/** The company a purchase is for (C7), placed by identity (I1). */
interface PurchaseOwner {
  owner: Owner;
  /** The caller is neither a member nor a reseller of the company (SALES_SUPPORT, operator). */
  foreign: boolean;
}

/**
 * Places the company a purchase names (C7, I1): the caller's own membership, else identity's
 * answer. A company identity does not know answers NOT_FOUND like other tenants' data (X3).
 * Asked before any transaction opens, so an unreachable identity writes nothing.
 */
async function purchaseOwner(ctx: CatalogContext, companyId: string): Promise<PurchaseOwner> {
  const owner = await companyOwner(ctx, companyId);
  if (!owner) throw notFound('Company');
  const related = grantsOf(ctx.actor).some((g) => g.companyId === companyId || g.managedCompanyIds.includes(companyId));
  return { owner, foreign: !related };
}

/** An edition of a published product in the company's marketplace, or a user error (C7). */
async function buyableEdition(ctx: CatalogContext, manager: EntityManager, editionId: string, placed: PurchaseOwner): Promise<{ edition: Edition; product: Product }> {
  const edition = await ctx.scope.select(manager, Edition, 'e').andWhere('e.id = :editionId', { editionId }).getOne();
  if (!edition) fail('NOT_FOUND', 'editionId', 'Edition not found');
  if (edition.marketplaceId !== placed.owner.marketplaceId) {
    // A company of another marketplace, named by someone outside it, looks absent (X3).
    if (placed.foreign) throw notFound('Company');
    fail('NOT_FOUND', 'editionId', 'Edition not found');
  }
  const product = await manager.findOneOrFail(Product, { where: { id: edition.productId } });
  if (product.state !== 'PUBLISHED') {
    fail('RULE_VIOLATION', 'editionId', `Product is ${product.state}; only a PUBLISHED product can be bought`, 'C7');
  }
  return { edition, product };
}

async function insertSubscription(
  ctx: CatalogContext,
  manager: EntityManager,
  found: { edition: Edition; product: Product },
  companyId: string,
  how: { channel: PurchaseChannel; buyerCompanyId: string },
): Promise<Subscription> {
  const { edition, product } = found;
  const subscription: Subscription = {
    id: newId(),
    marketplaceId: edition.marketplaceId,
    companyId,
    productId: product.id,
    vendorCompanyId: product.vendorCompanyId,
    editionId: edition.id,
    state: 'ACTIVE',
    priceMinor: edition.priceMinor,
    currency: edition.currency,
    billingPeriod: edition.billingPeriod,
    channel: how.channel,
    buyerKind: ctx.actor.kind,
    buyerId: ctx.audit.actorId,
    buyerCompanyId: how.buyerCompanyId,
    exclusiveKey: edition.allowsMultipleSubscriptions ? null : `${companyId}:${edition.id}`,
    createdAt: new Date(),
    cancelledAt: null,
    cancelledBy: null,
  };
  await manager.insert(Subscription, subscription);
  await audit(ctx, manager, 'subscription.created', target(subscription), {
    editionId: edition.id,
    channel: how.channel,
    buyerCompanyId: how.buyerCompanyId,
  });
  return subscription;
}

/**
 * Subscribes a company to an edition of a published product (C7): its BILLING_ADMIN or
 * COMPANY_ADMIN, SALES_SUPPORT of the marketplace, or a RESELLER managing it. A second active
 * subscription to an exclusive edition is refused by a unique key, also when purchases race.
 */
export async function subscribe(ctx: CatalogContext, input: { editionId: string; companyId: string }): Promise<Subscription> {
  const placed = await purchaseOwner(ctx, input.companyId);
  const how = purchaseChannel(ctx, placed.owner);
  return ctx.db.transaction(async (manager) => {
    const found = await buyableEdition(ctx, manager, input.editionId, placed);
    return insertSubscription(ctx, manager, found, input.companyId, how);
  });
}

/** Cancels a subscription and ends its assignments, in one transaction (C7, C8). */
export async function cancelSubscription(ctx: CatalogContext, subscriptionId: string): Promise<Subscription> {
  return ctx.db.transaction(async (manager) => {
    const subscription = await ctx.scope.select(manager, Subscription, 's').andWhere('s.id = :subscriptionId', { subscriptionId }).getOne();
    if (!subscription) throw notFound('Subscription');
    const now = new Date();
    const result = await manager
      .createQueryBuilder()
      .update(Subscription)
      .set({ state: 'CANCELLED', exclusiveKey: null, cancelledAt: now, cancelledBy: ctx.audit.actorId })
      .where("id = :id AND state = 'ACTIVE'", { id: subscription.id })
      .execute();
    if (!result.affected) fail('ILLEGAL_TRANSITION', 'subscriptionId', 'Subscription is CANCELLED already', 'C7');
    const ended = await manager
      .createQueryBuilder()
      .update(ProductAssignment)
      .set({ endedAt: now, activeKey: null })
      .where({ subscriptionId: subscription.id, endedAt: IsNull() })
      .execute();
    await audit(ctx, manager, 'subscription.cancelled', target(subscription), { assignmentsEnded: ended.affected ?? 0 });
    return manager.findOneOrFail(Subscription, { where: { id: subscription.id } });
  });
}

export async function visibleSubscription(ctx: CatalogContext, id: string): Promise<Subscription | null> {
  const subscription = await ctx.loaders.subscription.load(id);
  return subscription && mayAccess(ctx.actor, subscription, SUBSCRIPTION_READERS) ? subscription : null;
}

/** Company.subscriptions for many companies at once (X8); the caller's access is checked per company. */
export function subscriptionsOfCompanies(
  ctx: CatalogContext,
  companyIds: readonly string[],
  filter: { state?: SubscriptionState | null; productId?: string | null },
  args: PageArgs,
): Promise<Map<string, Connection<Subscription>>> {
  const qb = ctx.scope.select(ctx.db.manager, Subscription, 's');
  if (filter.state) qb.andWhere('s.state = :state', { state: filter.state });
  if (filter.productId) qb.andWhere('s.productId = :productId', { productId: filter.productId });
  return pagesByKey(qb, 'companyId', companyIds, args, byId('Company.subscriptions', 'DESC'));
}

/**
 * The subscriptions to a vendor company's products (C10), of one product or in one state when
 * asked; the policy admitted the caller to this vendor. Paged newest first by the caller.
 */
export function subscriptionsToVendor(
  ctx: CatalogContext,
  vendorCompanyId: string,
  filter: { productId?: string | null; state?: SubscriptionState | null; companyId?: string | null },
): SelectQueryBuilder<Subscription> {
  const qb = ctx.scope.select(ctx.db.manager, Subscription, 's').andWhere('s.vendorCompanyId = :vendorCompanyId', { vendorCompanyId });
  if (filter.productId) qb.andWhere('s.productId = :productId', { productId: filter.productId });
  if (filter.state) qb.andWhere('s.state = :state', { state: filter.state });
  if (filter.companyId) qb.andWhere('s.companyId = :companyId', { companyId: filter.companyId });
  return qb;
}

/** A USER asks its company's admins to buy an edition (C7). */
export async function requestPurchase(ctx: CatalogContext, input: { editionId: string; companyId: string; note?: string | null }): Promise<PurchaseRequest> {
  const placed = await purchaseOwner(ctx, input.companyId);
  const requesterId = actingUserId(ctx);
  if (!requesterId) fail('RULE_VIOLATION', null, 'Only a user files a purchase request', 'C7');
  const note = input.note?.trim() || null;
  if (note && note.length > 2000) fail('INVALID', 'note', 'note must be at most 2000 characters');
  return ctx.db.transaction(async (manager) => {
    const { edition, product } = await buyableEdition(ctx, manager, input.editionId, placed);
    const request: PurchaseRequest = {
      id: newId(),
      marketplaceId: edition.marketplaceId,
      companyId: input.companyId,
      productId: product.id,
      editionId: edition.id,
      requesterId,
      note,
      state: 'PENDING',
      decidedBy: null,
      reason: null,
      subscriptionId: null,
      createdAt: new Date(),
      decidedAt: null,
    };
    await manager.insert(PurchaseRequest, request);
    await audit(ctx, manager, 'purchase_request.created', target(request, 'PurchaseRequest'), { editionId: edition.id });
    return request;
  });
}

/**
 * An admin approves (the subscription is created with the request, in one transaction) or
 * declines a pending purchase request (C7).
 */
export async function decidePurchaseRequest(
  ctx: CatalogContext,
  requestId: string,
  decision: { approve: true } | { approve: false; reason: string | null },
): Promise<PurchaseRequest> {
  return ctx.db.transaction(async (manager) => {
    const request = await ctx.scope.select(manager, PurchaseRequest, 'r').andWhere('r.id = :requestId', { requestId }).getOne();
    if (!request) throw notFound('Purchase request');
    const now = new Date();
    const result = await manager
      .createQueryBuilder()
      .update(PurchaseRequest)
      .set({ state: decision.approve ? 'APPROVED' : 'DECLINED', decidedBy: ctx.audit.actorId, decidedAt: now, reason: decision.approve ? null : decision.reason })
      .where("id = :id AND state = 'PENDING'", { id: request.id })
      .execute();
    if (!result.affected) {
      const current = await manager.findOneOrFail(PurchaseRequest, { where: { id: request.id } });
      fail('ILLEGAL_TRANSITION', 'requestId', `Purchase request is ${current.state}; only a PENDING request can be decided`, 'C7');
    }
    if (decision.approve) {
      const found = await buyableEdition(ctx, manager, request.editionId, {
        owner: { companyId: request.companyId, marketplaceId: request.marketplaceId },
        foreign: false,
      });
      const subscription = await insertSubscription(ctx, manager, found, request.companyId, { channel: 'PURCHASE_REQUEST', buyerCompanyId: request.companyId });
      await manager.update(PurchaseRequest, { id: request.id }, { subscriptionId: subscription.id });
    }
    await audit(ctx, manager, decision.approve ? 'purchase_request.approved' : 'purchase_request.declined', target(request, 'PurchaseRequest'));
    return manager.findOneOrFail(PurchaseRequest, { where: { id: request.id } });
  });
}

/** A company's purchase requests: all of them to its admins and staff, a plain user only its own. */
export async function purchaseRequestsOf(ctx: CatalogContext, companyId: string, state: string | null | undefined) {
  const qb = ctx.scope.select(ctx.db.manager, PurchaseRequest, 'r').andWhere('r.companyId = :companyId', { companyId });
  if (state) qb.andWhere('r.state = :state', { state });
  const owner = await companyOwner(ctx, companyId);
  const seesAll =
    isPlatformOperator(ctx.actor) ||
    hasRoleIn(ctx.actor, companyId, ['COMPANY_ADMIN', 'BILLING_ADMIN']) ||
    (owner !== null && isStaffOf(ctx.actor, owner.marketplaceId, ['MARKETPLACE_MANAGER', 'SALES_SUPPORT']));
  if (!seesAll) qb.andWhere('r.requesterId = :me', { me: actingUserId(ctx) ?? '' });
  return qb;
}

/**
 * A COMPANY_ADMIN assigns a product its company subscribes to to one of its users (C8). Identity
 * confirms that the user is an active member of the subscribing company, before the transaction
 * opens: an unreachable identity fails the call and writes nothing.
 */
export async function assignProduct(ctx: CatalogContext, input: { subscriptionId: string; userId: string }): Promise<ProductAssignment> {
  const found = await ctx.scope.select(ctx.db.manager, Subscription, 's').andWhere('s.id = :id', { id: input.subscriptionId }).getOne();
  if (!found) throw notFound('Subscription');
  const membership = await ctx.identity.membership(input.userId, found.companyId);
  if (!membership?.active) fail('RULE_VIOLATION', 'userId', 'The user must be an active member of the subscribing company', 'C8');
  return ctx.db.transaction(async (manager) => {
    const scoped = await ctx.scope.select(manager, Subscription, 's').andWhere('s.id = :id', { id: found.id }).getOne();
    if (!scoped) throw notFound('Subscription');
    // The lock orders this against a cancellation of the same subscription.
    const subscription = (await lockedRow(ctx, manager, Subscription, scoped.id)) ?? scoped;
    if (subscription.state !== 'ACTIVE') fail('RULE_VIOLATION', 'subscriptionId', 'Subscription is CANCELLED; only an active subscription can be assigned', 'C8');
    const assignment: ProductAssignment = {
      id: newId(),
      marketplaceId: subscription.marketplaceId,
      companyId: subscription.companyId,
      subscriptionId: subscription.id,
      productId: subscription.productId,
      userId: input.userId,
      assignedBy: ctx.audit.actorId,
      activeKey: `${subscription.id}:${input.userId}`,
      createdAt: new Date(),
      endedAt: null,
    };
    await manager.insert(ProductAssignment, assignment);
    await audit(ctx, manager, 'assignment.created', target(assignment, 'ProductAssignment'), { userId: input.userId });
    return assignment;
  });
}

export async function unassignProduct(ctx: CatalogContext, assignmentId: string): Promise<ProductAssignment> {
  return ctx.db.transaction(async (manager) => {
    const assignment = await ctx.scope.select(manager, ProductAssignment, 'a').andWhere('a.id = :assignmentId', { assignmentId }).getOne();
    if (!assignment) throw notFound('Assignment');
    const result = await manager
      .createQueryBuilder()
      .update(ProductAssignment)
      .set({ endedAt: new Date(), activeKey: null })
      .where({ id: assignment.id, endedAt: IsNull() })
      .execute();
    if (!result.affected) fail('ILLEGAL_TRANSITION', 'assignmentId', 'Assignment has ended already', 'C8');
    await audit(ctx, manager, 'assignment.ended', target(assignment, 'ProductAssignment'));
    return manager.findOneOrFail(ProductAssignment, { where: { id: assignment.id } });
  });
}

/** What is assigned to a user now (C8); only the user itself asks. */
export function myApps(ctx: CatalogContext, userId: string) {
  return ctx.scope.select(ctx.db.manager, ProductAssignment, 'a').andWhere('a.userId = :userId AND a.endedAt IS NULL', { userId });
}

