import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { AuditEntry } from '@marketgraph/db';

const id = { type: 'varchar', length: 36 } as const;
const optionalId = { type: 'varchar', length: 36, nullable: true } as const;
const state = { type: 'varchar', length: 16 } as const;
const at = { type: 'datetime' } as const;
const optionalAt = { type: 'datetime', nullable: true } as const;

export type ProductState = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
export type RevisionState = 'PENDING' | 'APPROVED' | 'REJECTED';
export type VersionState = 'DRAFT' | 'RELEASED' | 'DEPRECATED';
export type BillingPeriod = 'MONTHLY' | 'YEARLY' | 'ONE_TIME';
export type SubscriptionState = 'ACTIVE' | 'CANCELLED';
export type PurchaseChannel = 'DIRECT' | 'PURCHASE_REQUEST' | 'SALES_SUPPORT' | 'RESELLER';
export type PurchaseRequestState = 'PENDING' | 'APPROVED' | 'DECLINED';
export type LeadState = 'NEW' | 'ASSIGNED' | 'CONVERTED' | 'LOST';

/** Marketing content of a product, shared by the product and its revisions (C3). */
export interface ProductContent {
  description: string;
  tagline: string;
  logoUrl: string | null;
  /** JSON arrays of strings. */
  screenshots: string;
  categories: string;
}

@Entity('product')
@Index('idx_product_vendor', ['vendorCompanyId', 'id'])
@Index('idx_product_marketplace_state', ['marketplaceId', 'state', 'id'])
// Storefront and product lists sorted by name read one index range (X4).
@Index('idx_product_marketplace_state_name', ['marketplaceId', 'state', 'name', 'id'])
@Index('idx_product_marketplace_name', ['marketplaceId', 'name', 'id'])
export class Product implements ProductContent {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  /** The vendor company, owned by identity and referenced through federation. */
  @Column(id) vendorCompanyId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column(state) state!: ProductState;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'varchar', length: 300 }) tagline!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) logoUrl!: string | null;
  @Column({ type: 'text' }) screenshots!: string;
  @Column({ type: 'text' }) categories!: string;
  /** The reason of the last rejection, kept while the product is back in DRAFT (C2). */
  @Column({ type: 'text', nullable: true }) rejectionReason!: string | null;
  @Column(at) createdAt!: Date;
  @Column(at) updatedAt!: Date;
  @Column(optionalAt) publishedAt!: Date | null;
}

/** One move through the publication workflow: who, when, from, to, why (C2). */
@Entity('product_transition')
@Index('idx_transition_product', ['productId', 'id'])
export class ProductTransition {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) productId!: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) fromState!: ProductState | null;
  @Column(state) toState!: ProductState;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'varchar', length: 20 }) actorKind!: string;
  @Column(optionalId) actorId!: string | null;
  @Column(at) createdAt!: Date;
}

/**
 * Proposed content of a published product (C3). `pendingProductId` is set only while the
 * revision is PENDING, so the unique key allows one pending revision per product.
 */
@Entity('product_revision')
@Index('idx_revision_product', ['productId', 'id'])
@Unique('uq_revision_pending', ['pendingProductId'])
export class ProductRevision implements ProductContent {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) productId!: string;
  @Column(optionalId) pendingProductId!: string | null;
  @Column(state) state!: RevisionState;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'varchar', length: 300 }) tagline!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) logoUrl!: string | null;
  @Column({ type: 'text' }) screenshots!: string;
  @Column({ type: 'text' }) categories!: string;
  @Column(optionalId) authorId!: string | null;
  @Column(optionalId) reviewerId!: string | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column(at) createdAt!: Date;
  @Column(optionalAt) decidedAt!: Date | null;
}

/** A release of a product (an integration), with the JSON Schema of its tenant configuration (C5). */
@Entity('product_version')
@Unique('uq_version_product_semver', ['productId', 'version'])
@Index('idx_version_marketplace', ['marketplaceId', 'id'])
export class ProductVersion {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) productId!: string;
  @Column({ type: 'varchar', length: 64 }) version!: string;
  @Column({ type: 'text' }) changelog!: string;
  /** The configuration JSON Schema, as JSON text. */
  @Column({ type: 'text' }) configSchema!: string;
  @Column(state) state!: VersionState;
  @Column(at) createdAt!: Date;
  @Column(optionalAt) releasedAt!: Date | null;
}

/** What a product is sold as: a price in integer minor units of an ISO 4217 currency (C6). */
@Entity('edition')
@Unique('uq_edition_product_name', ['productId', 'name'])
@Index('idx_edition_marketplace', ['marketplaceId', 'id'])
export class Edition {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) productId!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'int' }) priceMinor!: number;
  @Column({ type: 'varchar', length: 3 }) currency!: string;
  @Column(state) billingPeriod!: BillingPeriod;
  @Column({ type: 'boolean' }) allowsMultipleSubscriptions!: boolean;
  @Column(at) createdAt!: Date;
}

/**
 * A company's subscription to an edition (C7). Price and period are copied at purchase.
 * `exclusiveKey` (company and edition) is set while an exclusive subscription is ACTIVE, so
 * the database refuses a second one even when two purchases race.
 */
@Entity('subscription')
@Index('idx_subscription_company', ['companyId', 'id'])
@Index('idx_subscription_marketplace', ['marketplaceId', 'createdAt'])
@Index('idx_subscription_product', ['productId', 'createdAt'])
@Index('idx_subscription_vendor', ['vendorCompanyId', 'id'])
@Unique('uq_subscription_exclusive', ['exclusiveKey'])
export class Subscription {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) companyId!: string;
  @Column(id) productId!: string;
  @Column(id) vendorCompanyId!: string;
  @Column(id) editionId!: string;
  @Column(state) state!: SubscriptionState;
  @Column({ type: 'int' }) priceMinor!: number;
  @Column({ type: 'varchar', length: 3 }) currency!: string;
  @Column(state) billingPeriod!: BillingPeriod;
  @Column(state) channel!: PurchaseChannel;
  @Column({ type: 'varchar', length: 20 }) buyerKind!: string;
  @Column(optionalId) buyerId!: string | null;
  @Column(id) buyerCompanyId!: string;
  @Column({ type: 'varchar', length: 80, nullable: true }) exclusiveKey!: string | null;
  @Column(at) createdAt!: Date;
  @Column(optionalAt) cancelledAt!: Date | null;
  @Column(optionalId) cancelledBy!: string | null;
}

/** A plain user's request that its company's admins buy an edition (C7). */
@Entity('purchase_request')
@Index('idx_purchase_request_company', ['companyId', 'id'])
export class PurchaseRequest {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) companyId!: string;
  @Column(id) productId!: string;
  @Column(id) editionId!: string;
  @Column(id) requesterId!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column(state) state!: PurchaseRequestState;
  @Column(optionalId) decidedBy!: string | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column(optionalId) subscriptionId!: string | null;
  @Column(at) createdAt!: Date;
  @Column(optionalAt) decidedAt!: Date | null;
}

/**
 * A subscribed product assigned to a user (C8). `activeKey` (subscription and user) is set
 * while the assignment lasts: a user is assigned once per subscription.
 */
@Entity('product_assignment')
@Index('idx_assignment_user', ['userId', 'id'])
@Index('idx_assignment_subscription', ['subscriptionId', 'id'])
@Unique('uq_assignment_active', ['activeKey'])
export class ProductAssignment {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) companyId!: string;
  @Column(id) subscriptionId!: string;
  @Column(id) productId!: string;
  @Column(id) userId!: string;
  @Column(optionalId) assignedBy!: string | null;
  @Column({ type: 'varchar', length: 80, nullable: true }) activeKey!: string | null;
  @Column(at) createdAt!: Date;
  @Column(optionalAt) endedAt!: Date | null;
}

/** A prospect brought by a referral or reseller company (C9). */
@Entity('lead')
@Index('idx_lead_marketplace', ['marketplaceId', 'id'])
@Index('idx_lead_source', ['sourceCompanyId', 'id'])
@Index('idx_lead_assigned', ['assignedCompanyId', 'id'])
export class Lead {
  @PrimaryColumn(id) id!: string;
  @Column(id) marketplaceId!: string;
  @Column(id) sourceCompanyId!: string;
  @Column(optionalId) createdBy!: string | null;
  @Column({ type: 'varchar', length: 200 }) prospectCompanyName!: string;
  @Column({ type: 'varchar', length: 320 }) contactEmail!: string;
  @Column(optionalId) productId!: string | null;
  @Column(state) state!: LeadState;
  @Column(optionalId) assignedCompanyId!: string | null;
  @Column(optionalId) customerCompanyId!: string | null;
  @Column({ type: 'text', nullable: true }) lostReason!: string | null;
  @Column(at) createdAt!: Date;
  @Column(at) updatedAt!: Date;
}

export const ENTITIES = [
  Product,
  ProductTransition,
  ProductRevision,
  ProductVersion,
  Edition,
  Subscription,
  PurchaseRequest,
  ProductAssignment,
  Lead,
  AuditEntry,
];
