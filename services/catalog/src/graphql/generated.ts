/* eslint-disable */
// Generated from schema/catalog.graphql by `npm run codegen`. Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Product as ProductModel, ProductTransition as ProductTransitionModel, ProductRevision as ProductRevisionModel, ProductVersion as ProductVersionModel, Edition as EditionModel, Subscription as SubscriptionModel, PurchaseRequest as PurchaseRequestModel, ProductAssignment as ProductAssignmentModel, Lead as LeadModel } from '../entities';
import type { CompanyRef as CompanyRefModel, UserRef as UserRefModel, MoneyModel as MoneyModelModel, MarketplaceReportModel as MarketplaceReportModelModel, SalesRowModel as SalesRowModelModel, LeadFunnelRowModel as LeadFunnelRowModelModel, ProductConnectionModel as ProductConnectionModelModel, EditionConnectionModel as EditionConnectionModelModel, ProductVersionConnectionModel as ProductVersionConnectionModelModel, TransitionConnectionModel as TransitionConnectionModelModel, RevisionConnectionModel as RevisionConnectionModelModel, SubscriptionConnectionModel as SubscriptionConnectionModelModel, PurchaseRequestConnectionModel as PurchaseRequestConnectionModelModel, ProductAssignmentConnectionModel as ProductAssignmentConnectionModelModel, LeadConnectionModel as LeadConnectionModelModel, AuditEventConnectionModel as AuditEventConnectionModelModel, CatalogAuditEntryConnectionModel as CatalogAuditEntryConnectionModelModel } from './models';
import type { AuditEntry as AuditEntryModel } from '@marketgraph/db';
import type { CatalogContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An instant in time, as an ISO-8601 string in UTC with milliseconds, such as
   * 2026-12-01T09:30:00.000Z. Inputs accept any ISO-8601 date and time with an offset.
   */
  DateTime: { input: Date; output: Date; }
  /**
   * Any JSON value (object, array, string, number, boolean or null), nested at most 48 levels deep:
   * JSON Schemas of product versions, installation configuration and credentials, audit details.
   */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: any; output: any; }
};

/** Who acted in an audited event; for `Viewer.kind`, who is calling. */
export type ActorKind =
  /** A caller without credentials: the storefront, or someone attempting to sign in. */
  | 'ANONYMOUS'
  /** A company's API key (a service account). */
  | 'API_KEY'
  /** An end customer, through an embed token its partner minted. */
  | 'END_CUSTOMER'
  /** An integration run authenticated by a keyset's secret key. */
  | 'KEYSET'
  /** The platform itself, such as the start-up that creates the platform operator. */
  | 'SYSTEM'
  /** A signed-in user. */
  | 'USER';

/** A subscribed product to assign to a user. */
export type AssignProductInput = {
  /** An ACTIVE subscription of the company. */
  subscriptionId: Scalars['ID']['input'];
  /** An active member of the subscribing company. */
  userId: Scalars['ID']['input'];
};

/**
 * One audited event (X5): a change a mutation made, or an event of a user's sign-in. The same type
 * in every subgraph; each subgraph's log lists the events of what it owns.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened, as `subject.verb`: `product.approved`, `user.login`, `keyset.disabled`. */
  action: Scalars['String']['output'];
  /** The user who acted, when a user did. */
  actor?: Maybe<User>;
  /** The ID of the user, API key, end customer or keyset that acted; none for anonymous callers and the platform itself. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** What kind of caller acted. */
  actorKind: ActorKind;
  /** The company the event concerns, when it concerns one. */
  company?: Maybe<Company>;
  /** The ID of the company the event concerns, when it concerns one. */
  companyId?: Maybe<Scalars['ID']['output']>;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** What the event recorded beyond its target, as a JSON object whose keys depend on the action; none when nothing more was recorded. */
  details?: Maybe<Scalars['JSON']['output']>;
  /** The event's own ID. */
  id: Scalars['ID']['output'];
  /** The marketplace the event concerns. */
  marketplace?: Maybe<Marketplace>;
  /** The ID of the marketplace the event concerns; none for events of no marketplace, which only the platform operator reads. */
  marketplaceId?: Maybe<Scalars['ID']['output']>;
  /** The gateway's ID of the request that caused the event, as its logs show it. */
  requestId: Scalars['String']['output'];
  /** The ID of what the event changed or concerns; none when it names nothing that exists (a sign-in with an unknown email). */
  targetId?: Maybe<Scalars['ID']['output']>;
  /** The type of what the event changed or concerns, such as `Product`, `Membership` or `User`. */
  targetType: Scalars['String']['output'];
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events of this page, each with its cursor. */
  edges: Array<AuditEventEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many events match, whatever the page. */
  totalCount: Scalars['Int']['output'];
};

/** An audit event with its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Pass as `after` to read the events after this one. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Narrows an audit log; every field given must match. */
export type AuditEventFilter = {
  /** Only these actions, such as `user.login` or `product.approved`. */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only events of this actor: a user, API key, end customer or keyset ID. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events whose actor is of this kind. */
  actorKind?: InputMaybe<ActorKind>;
  /** Only events at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only events about this target. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events about this type of target, such as `Product`. */
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** Only events before this instant; not earlier than `from`. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How often an edition's price is charged (C6). */
export type BillingPeriod =
  /** Every month. */
  | 'MONTHLY'
  /** Once, at purchase. */
  | 'ONE_TIME'
  /** Every year. */
  | 'YEARLY';

/** One audited catalog mutation (X5). */
export type CatalogAuditEntry = {
  __typename?: 'CatalogAuditEntry';
  /** What happened, as entity.verb, such as product.submitted or lead.converted. */
  action: Scalars['String']['output'];
  /** The user who acted, when the actor was a user. */
  actor?: Maybe<User>;
  /** Who acted: user, apiKey, endCustomer or anonymous. */
  actorKind: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The company concerned. */
  company?: Maybe<Company>;
  /** Further facts of the change, as a JSON object. */
  details?: Maybe<Scalars['JSON']['output']>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The request ID of the change, as in the logs and the x-request-id header. */
  requestId: Scalars['String']['output'];
  /** The ID of the record changed. */
  targetId?: Maybe<Scalars['ID']['output']>;
  /** The kind of record changed, such as Product or Subscription. */
  targetType: Scalars['String']['output'];
};

/** A page of catalog audit records (X4). */
export type CatalogAuditEntryConnection = {
  __typename?: 'CatalogAuditEntryConnection';
  /** The records of this page, each with its cursor. */
  edges: Array<CatalogAuditEntryEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many records the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A catalog audit record in a page. */
export type CatalogAuditEntryEdge = {
  __typename?: 'CatalogAuditEntryEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The audit record. */
  node: CatalogAuditEntry;
};

/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type Company = {
  __typename?: 'Company';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** Products this company sells, newest first, as far as the caller may see them (C4). */
  products?: Maybe<ProductConnection>;
  /** Subscriptions this company holds, newest first: its BILLING_ADMIN and COMPANY_ADMIN, MARKETPLACE_MANAGER, SALES_SUPPORT and CUSTOMER_SUPPORT staff, and resellers managing it; null with FORBIDDEN for others. */
  subscriptions?: Maybe<SubscriptionConnection>;
};


/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type CompanyProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type CompanySubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<SubscriptionState>;
};

/** A new edition of a product. */
export type CreateEditionInput = {
  /** Whether a company may hold several active subscriptions to it; false when omitted. */
  allowsMultipleSubscriptions?: InputMaybe<Scalars['Boolean']['input']>;
  /** How often the price is charged. */
  billingPeriod: BillingPeriod;
  /** ISO 4217 code such as EUR or USD. */
  currency: Scalars['String']['input'];
  /** Display name, 1 to 100 characters, unique per product. */
  name: Scalars['String']['input'];
  /** Integer minor units of the currency (cents); never a float. From 0 to 100000000. */
  priceMinor: Scalars['Int']['input'];
  /** The product. */
  productId: Scalars['ID']['input'];
};

/** A new lead. */
export type CreateLeadInput = {
  /** The referral or reseller company creating the lead. */
  companyId: Scalars['ID']['input'];
  /** The prospect's contact email, at most 320 characters. */
  contactEmail: Scalars['String']['input'];
  /** A published product of the marketplace the prospect is interested in. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** The prospect's company name, 1 to 200 characters. */
  prospectCompanyName: Scalars['String']['input'];
};

/** A new product: its vendor, name and marketing content (tagline, logo, screenshots and categories, C3). */
export type CreateProductInput = {
  /** At most 10 categories of 1 to 50 characters each. */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Long description, at most 20000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** http(s) URL of the logo. */
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** http(s) URLs, at most 20. */
  screenshots?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One-line pitch, at most 300 characters. */
  tagline?: InputMaybe<Scalars['String']['input']>;
  /** The vendor company: DEVELOPER access or the marketplace owner (C1). */
  vendorCompanyId: Scalars['ID']['input'];
};

/** A new version of a product. */
export type CreateVersionInput = {
  /** What changed, at most 20000 characters. */
  changelog: Scalars['String']['input'];
  /** A JSON Schema (draft-07) whose root is an object. */
  configSchema: Scalars['JSON']['input'];
  /** The product. */
  productId: Scalars['ID']['input'];
  /** Semantic version such as 1.2.0 or 2.0.0-beta.1. */
  version: Scalars['String']['input'];
};

/** A way to buy a product: a price and a billing period (C6). */
export type Edition = {
  __typename?: 'Edition';
  /** When false, a company holds at most one active subscription to this edition. */
  allowsMultipleSubscriptions: Scalars['Boolean']['output'];
  /** How often the price is charged. */
  billingPeriod: BillingPeriod;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** Display name, 1 to 100 characters, unique per product. */
  name: Scalars['String']['output'];
  /** The price per billing period. */
  price: Money;
  /** The product it sells. */
  product?: Maybe<Product>;
};

/** A page of editions (X4). */
export type EditionConnection = {
  __typename?: 'EditionConnection';
  /** The editions of this page, each with its cursor. */
  edges: Array<EditionEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many editions the product has. */
  totalCount: Scalars['Int']['output'];
};

/** An edition in a page. */
export type EditionEdge = {
  __typename?: 'EditionEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The edition. */
  node: Edition;
};

/** The result of createEdition. */
export type EditionPayload = {
  __typename?: 'EditionPayload';
  /** The new edition; null on userErrors. */
  edition?: Maybe<Edition>;
  /** Why nothing was created: see createEdition. */
  userErrors: Array<UserError>;
};

/** A prospect brought by a referral or reseller company (C9). */
export type Lead = {
  __typename?: 'Lead';
  /** The reseller company working it. */
  assignedTo?: Maybe<Company>;
  /** The prospect's contact email. */
  contactEmail: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The customer company it became. */
  customerCompany?: Maybe<Company>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** Why it was lost. */
  lostReason?: Maybe<Scalars['String']['output']>;
  /** The published product the prospect is interested in. */
  product?: Maybe<Product>;
  /** The prospect's company name, 1 to 200 characters. */
  prospectCompanyName: Scalars['String']['output'];
  /** The referral or reseller company that brought it. */
  source?: Maybe<Company>;
  /** Where it is in the funnel. */
  state: LeadState;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of leads (X4). */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The leads of this page, each with its cursor. */
  edges: Array<LeadEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many leads the whole list holds, with its filters. */
  totalCount: Scalars['Int']['output'];
};

/** A lead in a page. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The lead. */
  node: Lead;
};

/** Leads of one reseller company, by state. */
export type LeadFunnelRow = {
  __typename?: 'LeadFunnelRow';
  /** Leads CONVERTED. */
  converted: Scalars['Int']['output'];
  /** Leads LOST. */
  lost: Scalars['Int']['output'];
  /** Leads NEW or ASSIGNED. */
  open: Scalars['Int']['output'];
  /** The reseller; null for leads not yet assigned. */
  reseller?: Maybe<Company>;
  /** All its leads. */
  total: Scalars['Int']['output'];
};

/** The result of a change to a lead. */
export type LeadPayload = {
  __typename?: 'LeadPayload';
  /** The lead as it is now; null on userErrors. */
  lead?: Maybe<Lead>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** Where a lead is in the funnel (C9). */
export type LeadState =
  /** Handed to a reseller company by a RESELLER_MANAGER. */
  | 'ASSIGNED'
  /** Turned into a customer company the reseller manages. */
  | 'CONVERTED'
  /** Given up by the reseller, with a reason. */
  | 'LOST'
  /** Recorded, not yet handed to a reseller. */
  | 'NEW';

/** A top-level tenant with exactly one owner company (I1). Members of one marketplace see nothing of another. */
export type Marketplace = {
  __typename?: 'Marketplace';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** Marketplace-wide figures (C10). */
export type MarketplaceReport = {
  __typename?: 'MarketplaceReport';
  /**
   * A stable ID derived from the marketplace: `MarketplaceReport:` followed by the marketplace's ID,
   * so that a client cache keeps one report per marketplace. The report is not a Node.
   */
  id: Scalars['ID']['output'];
  /** Leads by the reseller company they are assigned to; a row with no reseller for unassigned ones. */
  leadsFunnel?: Maybe<Array<LeadFunnelRow>>;
  /** How many products are in each state. */
  productsByState?: Maybe<Array<StateCount>>;
  /** Subscriptions sold and revenue booked, by product, month of purchase and currency. */
  sales?: Maybe<Array<SalesRow>>;
};


/** Marketplace-wide figures (C10). */
export type MarketplaceReportSalesArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** An amount of money: integer minor units (cents) of an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount in minor units of the currency (1999 EUR is 19.99 EUR); never a float. */
  amountMinor: Scalars['Int']['output'];
  /** ISO 4217 code, such as EUR. */
  currency: Scalars['String']['output'];
};

/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** IN_REVIEW -> PUBLISHED, by MARKETPLACE_MANAGER or PRODUCT_SUPPORT outside the vendor (C2). userErrors: ILLEGAL_TRANSITION from another state; RULE_VIOLATION for a reviewer of the vendor company. */
  approveProduct: ProductPayload;
  /** Approves a pending purchase request, subscribing the company (C7). The company's COMPANY_ADMIN or BILLING_ADMIN. userErrors: ILLEGAL_TRANSITION when no longer PENDING, and those of subscribe. */
  approvePurchaseRequest: PurchaseRequestPayload;
  /** Applies a pending revision to the published product (C3). MARKETPLACE_MANAGER or PRODUCT_SUPPORT. userErrors: ILLEGAL_TRANSITION when the revision is no longer PENDING. */
  approveRevision: RevisionPayload;
  /** PUBLISHED -> ARCHIVED, by the vendor's DEVELOPER or COMPANY_ADMIN or a MARKETPLACE_MANAGER (C2). userErrors: ILLEGAL_TRANSITION from another state. */
  archiveProduct: ProductPayload;
  /** A RESELLER_MANAGER hands a NEW or ASSIGNED lead to a reseller company (C9). userErrors: RULE_VIOLATION when the company lacks RESELLER access; ILLEGAL_TRANSITION from another state. */
  assignLead: LeadPayload;
  /**
   * A COMPANY_ADMIN assigns a subscribed product to a user of its company (C8). userErrors:
   * RULE_VIOLATION when the user is not an active member or the subscription is CANCELLED (C8);
   * CONFLICT when the user already holds this assignment.
   */
  assignProduct: ProductAssignmentPayload;
  /** Cancels a subscription and ends its app assignments (C7, C8). Same callers as subscribe. userErrors: ILLEGAL_TRANSITION when already CANCELLED. */
  cancelSubscription: SubscriptionPayload;
  /** A RESELLER converts an ASSIGNED lead of its company, linking the customer company it now manages (C9). userErrors: RULE_VIOLATION when the reseller does not manage that company (I12); ILLEGAL_TRANSITION from another state. */
  convertLead: LeadPayload;
  /**
   * A new edition (price and billing period) of a product (C6). A DEVELOPER of the vendor or
   * PRODUCT_SUPPORT. userErrors: INVALID name, priceMinor or currency (C6); CONFLICT on an edition
   * name the product has; ILLEGAL_TRANSITION for an ARCHIVED product.
   */
  createEdition: EditionPayload;
  /** A REFERRAL or RESELLER member records a lead (C9). userErrors: INVALID prospectCompanyName or contactEmail; NOT_FOUND when productId is not a published product of the marketplace. */
  createLead: LeadPayload;
  /**
   * A DEVELOPER of the vendor company creates a product in the staging catalog, as DRAFT (C1).
   * userErrors: INVALID name or content (see CreateProductInput); RULE_VIOLATION when the vendor has
   * neither DEVELOPER access nor is the marketplace owner (C1).
   */
  createProduct: ProductPayload;
  /**
   * A new DRAFT version of a product (C5), by a DEVELOPER of the vendor. userErrors: INVALID
   * version (not semver), changelog or configSchema (C5); CONFLICT when the version exists for the
   * product; ILLEGAL_TRANSITION for an ARCHIVED product.
   */
  createVersion: VersionPayload;
  /** Declines a pending purchase request (C7). The company's COMPANY_ADMIN or BILLING_ADMIN. userErrors: ILLEGAL_TRANSITION when no longer PENDING. */
  declinePurchaseRequest: PurchaseRequestPayload;
  /** RELEASED -> DEPRECATED. A DEVELOPER of the vendor or PRODUCT_SUPPORT. userErrors: ILLEGAL_TRANSITION from another state. */
  deprecateVersion: VersionPayload;
  /** A RESELLER gives up an ASSIGNED lead of its company (C9). userErrors: INVALID reason; ILLEGAL_TRANSITION from another state. */
  markLeadLost: LeadPayload;
  /** IN_REVIEW -> DRAFT with a required reason, by the reviewers (C2). userErrors: INVALID reason; ILLEGAL_TRANSITION from another state; RULE_VIOLATION for a reviewer of the vendor company. */
  rejectProduct: ProductPayload;
  /** Refuses a pending revision; the product is unchanged (C3). MARKETPLACE_MANAGER or PRODUCT_SUPPORT. userErrors: INVALID reason; ILLEGAL_TRANSITION when it is no longer PENDING. */
  rejectRevision: RevisionPayload;
  /** DRAFT -> RELEASED: installable by tenants (C5, T8). A DEVELOPER of the vendor. userErrors: ILLEGAL_TRANSITION from another state. */
  releaseVersion: VersionPayload;
  /** A USER asks its company's admins to buy an edition (C7). Any signed-in member of the company. userErrors: INVALID note; RULE_VIOLATION for an API key; NOT_FOUND edition; RULE_VIOLATION when the product is not PUBLISHED. */
  requestPurchase: PurchaseRequestPayload;
  /** DRAFT -> IN_REVIEW, by a DEVELOPER of the vendor (C2). userErrors: ILLEGAL_TRANSITION from another state (C2); RULE_VIOLATION without an edition (C6). */
  submitProduct: ProductPayload;
  /**
   * Subscribes a company to an edition of a published product (C7). The company's BILLING_ADMIN or
   * COMPANY_ADMIN, SALES_SUPPORT staff, or a RESELLER managing the company. userErrors: NOT_FOUND
   * edition; RULE_VIOLATION when the product is not PUBLISHED (C7); CONFLICT when the company
   * already holds an active subscription to an edition that allows only one.
   */
  subscribe: SubscriptionPayload;
  /** Ends an assignment (C8). The company's COMPANY_ADMIN. userErrors: ILLEGAL_TRANSITION when it has ended already. */
  unassignProduct: ProductAssignmentPayload;
  /**
   * Edits a product's details. Drafts change in place; a published product gets a pending
   * revision that reviewers approve (C3). PRODUCT_SUPPORT edits any product directly. A DEVELOPER
   * of the vendor or PRODUCT_SUPPORT. userErrors: INVALID content; ILLEGAL_TRANSITION for a product
   * IN_REVIEW or ARCHIVED (C3); CONFLICT when another edit is pending at the same moment.
   */
  updateProduct: ProductPayload;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationApproveProductArgs = {
  productId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationApprovePurchaseRequestArgs = {
  requestId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationApproveRevisionArgs = {
  revisionId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationArchiveProductArgs = {
  productId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationAssignLeadArgs = {
  leadId: Scalars['ID']['input'];
  resellerCompanyId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationAssignProductArgs = {
  input: AssignProductInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCancelSubscriptionArgs = {
  subscriptionId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationConvertLeadArgs = {
  customerCompanyId: Scalars['ID']['input'];
  leadId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCreateEditionArgs = {
  input: CreateEditionInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCreateVersionArgs = {
  input: CreateVersionInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationDeclinePurchaseRequestArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationDeprecateVersionArgs = {
  versionId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationMarkLeadLostArgs = {
  leadId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationRejectProductArgs = {
  productId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationRejectRevisionArgs = {
  reason: Scalars['String']['input'];
  revisionId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationReleaseVersionArgs = {
  versionId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationRequestPurchaseArgs = {
  input: RequestPurchaseInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationSubmitProductArgs = {
  productId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationSubscribeArgs = {
  input: SubscribeInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationUnassignProductArgs = {
  assignmentId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};

/** Which way a list is sorted. */
export type OrderDirection =
  /** Ascending: A to Z, oldest first. */
  | 'ASC'
  /** Descending: Z to A, newest first. */
  | 'DESC';

/**
 * Where a page of a connection sits in its list (Relay's PageInfo). Paging forward from a cursor,
 * hasPreviousPage is true; paging backward from one, hasNextPage is.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page, to page forward with `after`; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page, to page backward with `before`; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A product of a vendor in the catalog, with its marketing content, editions and versions (C1 to C6). */
export type Product = {
  __typename?: 'Product';
  /** Categories, at most 10, each 1 to 50 characters. */
  categories: Array<Scalars['String']['output']>;
  /** When the product was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Long description, at most 20000 characters; empty when none. */
  description: Scalars['String']['output'];
  /** Editions (prices) of the product, oldest first. */
  editions?: Maybe<EditionConnection>;
  /** Review history: every transition (C2), oldest first. Vendor and reviewers only; refused to anyone else. */
  history?: Maybe<TransitionConnection>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** http(s) URL of the logo. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['output'];
  /** When it was first published; null before. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last review sent it back to DRAFT, kept until it is resubmitted and approved. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Pending and past revisions (C3), newest first. Vendor and reviewers only; refused to anyone else. */
  revisions?: Maybe<RevisionConnection>;
  /** http(s) URLs of screenshots, at most 20, in display order. */
  screenshots: Array<Scalars['String']['output']>;
  /** Where the product is in the publication workflow (C2). */
  state: ProductState;
  /** One-line pitch, at most 300 characters; empty when none. */
  tagline: Scalars['String']['output'];
  /** When the product last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The vendor, resolved by identity; null with an error while identity cannot be reached. */
  vendor?: Maybe<Company>;
  /** Released and deprecated versions, oldest first; drafts only to the vendor and reviewers. */
  versions?: Maybe<ProductVersionConnection>;
};


/** A product of a vendor in the catalog, with its marketing content, editions and versions (C1 to C6). */
export type ProductEditionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A product of a vendor in the catalog, with its marketing content, editions and versions (C1 to C6). */
export type ProductHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A product of a vendor in the catalog, with its marketing content, editions and versions (C1 to C6). */
export type ProductRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A product of a vendor in the catalog, with its marketing content, editions and versions (C1 to C6). */
export type ProductVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A subscribed product assigned to one user of the company (C8). */
export type ProductAssignment = {
  __typename?: 'ProductAssignment';
  /** True until it ends. */
  active: Scalars['Boolean']['output'];
  /** The COMPANY_ADMIN who assigned it. */
  assignedBy?: Maybe<User>;
  /** When it was assigned. */
  createdAt: Scalars['DateTime']['output'];
  /** When it ended: unassigned, or the subscription was cancelled. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The product assigned. */
  product?: Maybe<Product>;
  /** The subscription it comes from. */
  subscription?: Maybe<ProductSubscription>;
  /** The user it is assigned to. */
  user?: Maybe<User>;
};

/** A page of product assignments (X4). */
export type ProductAssignmentConnection = {
  __typename?: 'ProductAssignmentConnection';
  /** The assignments of this page, each with its cursor. */
  edges: Array<ProductAssignmentEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many assignments the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A product assignment in a page. */
export type ProductAssignmentEdge = {
  __typename?: 'ProductAssignmentEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The assignment. */
  node: ProductAssignment;
};

/** The result of a change to a product assignment. */
export type ProductAssignmentPayload = {
  __typename?: 'ProductAssignmentPayload';
  /** The assignment as it is now; null on userErrors. */
  assignment?: Maybe<ProductAssignment>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** A page of products (X4). */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products of this page, each with its cursor. */
  edges: Array<ProductEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many products the whole list holds, with its filters. */
  totalCount: Scalars['Int']['output'];
};

/** A product in a page. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** How products are sorted. */
export type ProductOrder = {
  /** Which way; ascending when omitted. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: ProductOrderField;
};

/** The fields products can be sorted by; the ID breaks ties, so pages stay stable. */
export type ProductOrderField =
  /** When the product was created. */
  | 'CREATED_AT'
  /** The name. */
  | 'NAME';

/** The result of a change to a product. */
export type ProductPayload = {
  __typename?: 'ProductPayload';
  /** The product as it is now; null on userErrors. */
  product?: Maybe<Product>;
  /** The pending revision, when the change awaits review (C3). */
  revision?: Maybe<ProductRevision>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** Proposed content for a published product, applied when approved (C3). */
export type ProductRevision = {
  __typename?: 'ProductRevision';
  /** The user who proposed it. */
  author?: Maybe<User>;
  /** Proposed categories. */
  categories: Array<Scalars['String']['output']>;
  /** When it was proposed. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was approved or rejected; null while pending. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Proposed description, at most 20000 characters. */
  description: Scalars['String']['output'];
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** Proposed logo URL. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** The product it would change. */
  product?: Maybe<Product>;
  /** The reviewer's reason, for a rejection. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The reviewer who decided it. */
  reviewer?: Maybe<User>;
  /** Proposed screenshot URLs. */
  screenshots: Array<Scalars['String']['output']>;
  /** Pending, approved or rejected. */
  state: RevisionState;
  /** Proposed tagline, at most 300 characters. */
  tagline: Scalars['String']['output'];
};

/** Where a product is in the publication workflow (C2). */
export type ProductState =
  /** Withdrawn by the vendor or a MARKETPLACE_MANAGER: no longer sold; existing subscriptions remain. */
  | 'ARCHIVED'
  /** In the staging catalog: seen by the vendor's members and the reviewers only; the vendor edits it in place. */
  | 'DRAFT'
  /** Submitted by the vendor, awaiting approval or rejection by MARKETPLACE_MANAGER or PRODUCT_SUPPORT. */
  | 'IN_REVIEW'
  /** Approved: on the storefront, visible to every member of the marketplace and to anonymous callers, and buyable. */
  | 'PUBLISHED';

/** A company's subscription to an edition of a product (C7). */
export type ProductSubscription = {
  __typename?: 'ProductSubscription';
  /** Users the product is assigned to through this subscription (C8), oldest first. Not shown to the vendor. */
  assignments?: Maybe<ProductAssignmentConnection>;
  /** The billing period at purchase. */
  billingPeriod: BillingPeriod;
  /** The user who bought. Not shown to the vendor. */
  buyer?: Maybe<User>;
  /** The company the buyer acted through: the company itself, the marketplace owner or a reseller. Not shown to the vendor. */
  buyerCompany?: Maybe<Company>;
  /** When it was cancelled; null while active. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who acted for the company. */
  channel: PurchaseChannel;
  /** The company the subscription is for. */
  company?: Maybe<Company>;
  /** When it was bought. */
  createdAt: Scalars['DateTime']['output'];
  /** The edition bought. */
  edition?: Maybe<Edition>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The price at purchase, kept when the edition changes. */
  price: Money;
  /** The product subscribed to. */
  product?: Maybe<Product>;
  /** Active or cancelled. */
  state: SubscriptionState;
};


/** A company's subscription to an edition of a product (C7). */
export type ProductSubscriptionAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One recorded move of a product through the publication workflow (C2). */
export type ProductTransition = {
  __typename?: 'ProductTransition';
  /** The user who acted, when the actor was a user. */
  actor?: Maybe<User>;
  /** Who acted: user, apiKey, endCustomer or anonymous. */
  actorKind: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The state before; null for the creation. */
  from?: Maybe<ProductState>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The reviewer's reason, for a rejection. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The state after. */
  to: ProductState;
};

/** A version of a product (integration) that end customers install (C5, T8). */
export type ProductVersion = {
  __typename?: 'ProductVersion';
  /** What changed, free text of at most 20000 characters. */
  changelog: Scalars['String']['output'];
  /** JSON Schema of the configuration each tenant supplies when installing this version. */
  configSchema: Scalars['JSON']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The product it is a version of. */
  product?: Maybe<Product>;
  /** When it was released; null before. */
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Draft, released or deprecated. */
  state: VersionState;
  /** Semantic version, unique per product. */
  version: Scalars['String']['output'];
};

/** A page of product versions (X4). */
export type ProductVersionConnection = {
  __typename?: 'ProductVersionConnection';
  /** The versions of this page, each with its cursor. */
  edges: Array<ProductVersionEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many versions the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A product version in a page. */
export type ProductVersionEdge = {
  __typename?: 'ProductVersionEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: ProductVersion;
};

/** How a subscription came about: who acted for the company it is for (C7). */
export type PurchaseChannel =
  /** A BILLING_ADMIN or COMPANY_ADMIN of the company itself. */
  | 'DIRECT'
  /** A company admin approving a user's purchase request. */
  | 'PURCHASE_REQUEST'
  /** A RESELLER managing the company (I12), on its behalf. */
  | 'RESELLER'
  /** Marketplace SALES_SUPPORT, on behalf of the company. */
  | 'SALES_SUPPORT';

/** A user's request that its company buy an edition (C7). */
export type PurchaseRequest = {
  __typename?: 'PurchaseRequest';
  /** The company asked to buy. */
  company?: Maybe<Company>;
  /** When it was filed. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was decided; null while pending. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The admin who decided. */
  decidedBy?: Maybe<User>;
  /** The edition requested. */
  edition?: Maybe<Edition>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The requester's note, at most 2000 characters. */
  note?: Maybe<Scalars['String']['output']>;
  /** The product requested. */
  product?: Maybe<Product>;
  /** The admin's reason, for a decline. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The user who asked. */
  requester?: Maybe<User>;
  /** Pending, approved or declined. */
  state: PurchaseRequestState;
  /** The subscription created by the approval. */
  subscription?: Maybe<ProductSubscription>;
};

/** A page of purchase requests (X4). */
export type PurchaseRequestConnection = {
  __typename?: 'PurchaseRequestConnection';
  /** The requests of this page, each with its cursor. */
  edges: Array<PurchaseRequestEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many requests the whole list holds, with its filters. */
  totalCount: Scalars['Int']['output'];
};

/** A purchase request in a page. */
export type PurchaseRequestEdge = {
  __typename?: 'PurchaseRequestEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The purchase request. */
  node: PurchaseRequest;
};

/** The result of a change to a purchase request. */
export type PurchaseRequestPayload = {
  __typename?: 'PurchaseRequestPayload';
  /** The request as it is now; null on userErrors. */
  purchaseRequest?: Maybe<PurchaseRequest>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** Where a user's purchase request is (C7). */
export type PurchaseRequestState =
  /** Approved: the subscription was created. */
  | 'APPROVED'
  /** Declined, with an optional reason. */
  | 'DECLINED'
  /** Awaiting a decision by the company's COMPANY_ADMIN or BILLING_ADMIN. */
  | 'PENDING';

/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Catalog's audit events (X5), newest first, in the one shape of every subgraph. A company's
   * events to its COMPANY_ADMIN and to the staff who administer the marketplace's companies
   * (MARKETPLACE_MANAGER, CUSTOMER_SUPPORT); a whole marketplace's to its MARKETPLACE_MANAGER. Give
   * companyId or marketplaceId (neither is BAD_USER_INPUT).
   */
  catalogAuditEvents?: Maybe<AuditEventConnection>;
  /**
   * Catalog's audit records (X5), newest first: a company's to its COMPANY_ADMIN and to
   * MARKETPLACE_MANAGER and CUSTOMER_SUPPORT staff, a whole marketplace's to its
   * MARKETPLACE_MANAGER. Give companyId or marketplaceId.
   * @deprecated Use catalogAuditEvents: the same records as AuditEvent, the one audit shape of every subgraph, with filters.
   */
  catalogAuditLog: CatalogAuditEntryConnection;
  /** A lead the caller may see (as in leads); null otherwise. */
  lead?: Maybe<Lead>;
  /** Leads the caller may see, newest first: those its company brought or works (REFERRAL, RESELLER, COMPANY_ADMIN), all of them for marketplace staff (C9). */
  leads: LeadConnection;
  /** Marketplace reports (C10), computed as SQL aggregates. MARKETPLACE_MANAGER and REPORTS_MARKETPLACE_MANAGER of the marketplace. */
  marketplaceReport: MarketplaceReport;
  /** A product the caller may see: published ones to anyone (anonymous included), drafts to the vendor's members and the reviewers (C4); null otherwise. */
  product?: Maybe<Product>;
  /** A version the caller may see: released and deprecated ones to every member, drafts to the vendor and reviewers; null otherwise. */
  productVersion?: Maybe<ProductVersion>;
  /** Products of the caller's marketplaces it may see (C4), newest first; filter by state or vendor. Signed-in users and API keys. */
  products: ProductConnection;
  /** Purchase requests of a company, newest first: all of them to its COMPANY_ADMIN and BILLING_ADMIN and to MARKETPLACE_MANAGER and SALES_SUPPORT staff; other members see their own. */
  purchaseRequests: PurchaseRequestConnection;
  /**
   * The public storefront: PUBLISHED products of one marketplace, oldest first. Anonymous callers
   * name the marketplace with the x-marketplace header; signed-in callers may pass marketplaceId.
   * Neither is BAD_USER_INPUT.
   */
  storefront: ProductConnection;
  /** A subscription, to the company's BILLING_ADMIN and COMPANY_ADMIN, MARKETPLACE_MANAGER, SALES_SUPPORT and CUSTOMER_SUPPORT staff, and its reseller; null otherwise. */
  subscription?: Maybe<ProductSubscription>;
  /** Sales of a vendor's own products by product, month and currency (C10). The vendor's DEVELOPER and COMPANY_ADMIN, MARKETPLACE_MANAGER and REPORTS_MARKETPLACE_MANAGER. */
  vendorSales: Array<SalesRow>;
  /**
   * The subscriptions to a vendor company's own products, newest first (C10), so that the vendor
   * can provision what was bought: to the vendor's COMPANY_ADMIN and DEVELOPER members (users or
   * API keys) and to MARKETPLACE_MANAGER, SALES_SUPPORT and REPORTS_MARKETPLACE_MANAGER staff of
   * its marketplace. The vendor sees each subscription's company, product and edition, not the
   * buying company's users or assignments.
   */
  vendorSubscriptions: SubscriptionConnection;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryCatalogAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryCatalogAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<LeadState>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryMarketplaceReportArgs = {
  marketplaceId: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryProductVersionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
  orderBy?: InputMaybe<ProductOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<ProductState>;
  vendorCompanyId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryPurchaseRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  companyId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<PurchaseRequestState>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryStorefrontArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
  orderBy?: InputMaybe<ProductOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QuerySubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryVendorSalesArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  vendorCompanyId: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryVendorSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<SubscriptionState>;
  vendorCompanyId: Scalars['ID']['input'];
};

/** What a user asks its company to buy. */
export type RequestPurchaseInput = {
  /** The requester's company. */
  companyId: Scalars['ID']['input'];
  /** The edition of a PUBLISHED product. */
  editionId: Scalars['ID']['input'];
  /** A note to the admins, at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A page of revisions (X4). */
export type RevisionConnection = {
  __typename?: 'RevisionConnection';
  /** The revisions of this page, each with its cursor. */
  edges: Array<RevisionEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many revisions the product has. */
  totalCount: Scalars['Int']['output'];
};

/** A revision in a page. */
export type RevisionEdge = {
  __typename?: 'RevisionEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The revision. */
  node: ProductRevision;
};

/** The result of deciding a revision. */
export type RevisionPayload = {
  __typename?: 'RevisionPayload';
  /** The revision as decided; null on userErrors. */
  revision?: Maybe<ProductRevision>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** Where a proposed edit of a published product is (C3). */
export type RevisionState =
  /** Applied to the product. */
  | 'APPROVED'
  /** Awaiting review; buyers still see the published content. */
  | 'PENDING'
  /** Refused with a reason; the product is unchanged. */
  | 'REJECTED';

/** Sales of one product in one month and currency. */
export type SalesRow = {
  __typename?: 'SalesRow';
  /** Of those, how many are cancelled by now. */
  cancelled: Scalars['Int']['output'];
  /** Year and month of purchase, as 2026-11. */
  month: Scalars['String']['output'];
  /** The product's ID. */
  productId: Scalars['ID']['output'];
  /** The product's name now. */
  productName: Scalars['String']['output'];
  /** Sum of the purchase prices, in one currency. */
  revenue: Money;
  /** Subscriptions bought in the month. */
  subscriptions: Scalars['Int']['output'];
};

/** A number of products in one state. */
export type StateCount = {
  __typename?: 'StateCount';
  /** How many products are in it. */
  count: Scalars['Int']['output'];
  /** The state. */
  state: ProductState;
};

/** What to buy, for whom. */
export type SubscribeInput = {
  /** The company the subscription is for. */
  companyId: Scalars['ID']['input'];
  /** The edition of a PUBLISHED product. */
  editionId: Scalars['ID']['input'];
};

/** A page of subscriptions (X4). */
export type SubscriptionConnection = {
  __typename?: 'SubscriptionConnection';
  /** The subscriptions of this page, each with its cursor. */
  edges: Array<SubscriptionEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many subscriptions the whole list holds, with its filters. */
  totalCount: Scalars['Int']['output'];
};

/** A subscription in a page. */
export type SubscriptionEdge = {
  __typename?: 'SubscriptionEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The subscription. */
  node: ProductSubscription;
};

/** The result of a change to a subscription. */
export type SubscriptionPayload = {
  __typename?: 'SubscriptionPayload';
  /** The subscription as it is now; null on userErrors. */
  subscription?: Maybe<ProductSubscription>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** Whether a subscription runs. */
export type SubscriptionState =
  /** Running; its product can be assigned to users (C8). */
  | 'ACTIVE'
  /** Cancelled; its assignments have ended. */
  | 'CANCELLED';

/** A page of workflow transitions (X4). */
export type TransitionConnection = {
  __typename?: 'TransitionConnection';
  /** The transitions of this page, each with its cursor. */
  edges: Array<TransitionEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many transitions the history holds. */
  totalCount: Scalars['Int']['output'];
};

/** A workflow transition in a page. */
export type TransitionEdge = {
  __typename?: 'TransitionEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The transition. */
  node: ProductTransition;
};

/** Changes to a product's details. Fields left out keep their value. */
export type UpdateProductInput = {
  /** At most 10 categories of 1 to 50 characters each; replaces the list. */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Long description, at most 20000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** http(s) URL of the logo. */
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The product to edit. */
  productId: Scalars['ID']['input'];
  /** http(s) URLs, at most 20; replaces the list. */
  screenshots?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One-line pitch, at most 300 characters. */
  tagline?: InputMaybe<Scalars['String']['input']>;
};

/** A person with a platform account. Email is unique platform-wide; a user always has at least one membership (I4). */
export type User = {
  __typename?: 'User';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** Products assigned to this user (C8), newest first; active assignments only. The user itself only; null with FORBIDDEN for others. */
  myApps?: Maybe<ProductAssignmentConnection>;
};


/** A person with a platform account. Email is unique platform-wide; a user always has at least one membership (I4). */
export type UserMyAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An expected business failure of a mutation (X3): which input field, what kind, and which rule.
 * When a payload has userErrors, nothing was changed.
 */
export type UserError = {
  __typename?: 'UserError';
  /** The kind of failure, for code to branch on. */
  code: UserErrorCode;
  /** Dotted path of the offending input field (such as input.name or screenshots.2), when one is to blame; null when the failure concerns the request as a whole. */
  field?: Maybe<Scalars['String']['output']>;
  /** A message that can be shown to the user, in English. */
  message: Scalars['String']['output'];
  /** The specification rule that refused the change, such as I7; null when no single rule applies. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** The kind of an expected business failure of a mutation (X3). */
export type UserErrorCode =
  /** The change collides with existing data or with a concurrent change, such as a duplicate name; retrying the same input fails again. */
  | 'CONFLICT'
  /** A token or invitation has expired. */
  | 'EXPIRED'
  /** The record is not in a state that allows this step; the message names the current state. */
  | 'ILLEGAL_TRANSITION'
  /** An input value is malformed or out of range (see field and message). */
  | 'INVALID'
  /** A referenced record does not exist or the caller may not see it. */
  | 'NOT_FOUND'
  /** A business rule refuses the change; rule names it (such as I7). */
  | 'RULE_VIOLATION'
  /** Too many attempts: wait before trying again (see retryAfterSeconds where the payload has it). */
  | 'THROTTLED';

/** The result of a change to a version. */
export type VersionPayload = {
  __typename?: 'VersionPayload';
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
  /** The version as it is now; null on userErrors. */
  version?: Maybe<ProductVersion>;
};

/** Where a product version is (C5). */
export type VersionState =
  /** Still visible and kept by existing installations, but superseded. */
  | 'DEPRECATED'
  /** Being prepared: seen by the vendor's members and the reviewers only, not installable. */
  | 'DRAFT'
  /** Published: installable by end customers (T8). */
  | 'RELEASED';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActorKind: ActorKind;
  AssignProductInput: AssignProductInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditEntryModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnectionModelModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventFilter: AuditEventFilter;
  BillingPeriod: BillingPeriod;
  CatalogAuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  CatalogAuditEntryConnection: ResolverTypeWrapper<CatalogAuditEntryConnectionModelModel>;
  CatalogAuditEntryEdge: ResolverTypeWrapper<Omit<CatalogAuditEntryEdge, 'node'> & { node: ResolversTypes['CatalogAuditEntry'] }>;
  Company: ResolverTypeWrapper<CompanyRefModel>;
  CreateEditionInput: CreateEditionInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateLeadInput: CreateLeadInput;
  CreateProductInput: CreateProductInput;
  CreateVersionInput: CreateVersionInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Edition: ResolverTypeWrapper<EditionModel>;
  EditionConnection: ResolverTypeWrapper<EditionConnectionModelModel>;
  EditionEdge: ResolverTypeWrapper<Omit<EditionEdge, 'node'> & { node: ResolversTypes['Edition'] }>;
  EditionPayload: ResolverTypeWrapper<Omit<EditionPayload, 'edition'> & { edition?: Maybe<ResolversTypes['Edition']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Lead: ResolverTypeWrapper<LeadModel>;
  LeadConnection: ResolverTypeWrapper<LeadConnectionModelModel>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadFunnelRow: ResolverTypeWrapper<LeadFunnelRowModelModel>;
  LeadPayload: ResolverTypeWrapper<Omit<LeadPayload, 'lead'> & { lead?: Maybe<ResolversTypes['Lead']> }>;
  LeadState: LeadState;
  Marketplace: ResolverTypeWrapper<Marketplace>;
  MarketplaceReport: ResolverTypeWrapper<MarketplaceReportModelModel>;
  Money: ResolverTypeWrapper<MoneyModelModel>;
  Mutation: ResolverTypeWrapper<{}>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductAssignment: ResolverTypeWrapper<ProductAssignmentModel>;
  ProductAssignmentConnection: ResolverTypeWrapper<ProductAssignmentConnectionModelModel>;
  ProductAssignmentEdge: ResolverTypeWrapper<Omit<ProductAssignmentEdge, 'node'> & { node: ResolversTypes['ProductAssignment'] }>;
  ProductAssignmentPayload: ResolverTypeWrapper<Omit<ProductAssignmentPayload, 'assignment'> & { assignment?: Maybe<ResolversTypes['ProductAssignment']> }>;
  ProductConnection: ResolverTypeWrapper<ProductConnectionModelModel>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductOrder: ProductOrder;
  ProductOrderField: ProductOrderField;
  ProductPayload: ResolverTypeWrapper<Omit<ProductPayload, 'product' | 'revision'> & { product?: Maybe<ResolversTypes['Product']>, revision?: Maybe<ResolversTypes['ProductRevision']> }>;
  ProductRevision: ResolverTypeWrapper<ProductRevisionModel>;
  ProductState: ProductState;
  ProductSubscription: ResolverTypeWrapper<SubscriptionModel>;
  ProductTransition: ResolverTypeWrapper<ProductTransitionModel>;
  ProductVersion: ResolverTypeWrapper<ProductVersionModel>;
  ProductVersionConnection: ResolverTypeWrapper<ProductVersionConnectionModelModel>;
  ProductVersionEdge: ResolverTypeWrapper<Omit<ProductVersionEdge, 'node'> & { node: ResolversTypes['ProductVersion'] }>;
  PurchaseChannel: PurchaseChannel;
  PurchaseRequest: ResolverTypeWrapper<PurchaseRequestModel>;
  PurchaseRequestConnection: ResolverTypeWrapper<PurchaseRequestConnectionModelModel>;
  PurchaseRequestEdge: ResolverTypeWrapper<Omit<PurchaseRequestEdge, 'node'> & { node: ResolversTypes['PurchaseRequest'] }>;
  PurchaseRequestPayload: ResolverTypeWrapper<Omit<PurchaseRequestPayload, 'purchaseRequest'> & { purchaseRequest?: Maybe<ResolversTypes['PurchaseRequest']> }>;
  PurchaseRequestState: PurchaseRequestState;
  Query: ResolverTypeWrapper<{}>;
  RequestPurchaseInput: RequestPurchaseInput;
  RevisionConnection: ResolverTypeWrapper<RevisionConnectionModelModel>;
  RevisionEdge: ResolverTypeWrapper<Omit<RevisionEdge, 'node'> & { node: ResolversTypes['ProductRevision'] }>;
  RevisionPayload: ResolverTypeWrapper<Omit<RevisionPayload, 'revision'> & { revision?: Maybe<ResolversTypes['ProductRevision']> }>;
  RevisionState: RevisionState;
  SalesRow: ResolverTypeWrapper<SalesRowModelModel>;
  StateCount: ResolverTypeWrapper<StateCount>;
  SubscribeInput: SubscribeInput;
  SubscriptionConnection: ResolverTypeWrapper<SubscriptionConnectionModelModel>;
  SubscriptionEdge: ResolverTypeWrapper<Omit<SubscriptionEdge, 'node'> & { node: ResolversTypes['ProductSubscription'] }>;
  SubscriptionPayload: ResolverTypeWrapper<Omit<SubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversTypes['ProductSubscription']> }>;
  SubscriptionState: SubscriptionState;
  TransitionConnection: ResolverTypeWrapper<TransitionConnectionModelModel>;
  TransitionEdge: ResolverTypeWrapper<Omit<TransitionEdge, 'node'> & { node: ResolversTypes['ProductTransition'] }>;
  UpdateProductInput: UpdateProductInput;
  User: ResolverTypeWrapper<UserRefModel>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  VersionPayload: ResolverTypeWrapper<Omit<VersionPayload, 'version'> & { version?: Maybe<ResolversTypes['ProductVersion']> }>;
  VersionState: VersionState;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssignProductInput: AssignProductInput;
  ID: Scalars['ID']['output'];
  AuditEvent: AuditEntryModel;
  String: Scalars['String']['output'];
  AuditEventConnection: AuditEventConnectionModelModel;
  Int: Scalars['Int']['output'];
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditEventFilter: AuditEventFilter;
  CatalogAuditEntry: AuditEntryModel;
  CatalogAuditEntryConnection: CatalogAuditEntryConnectionModelModel;
  CatalogAuditEntryEdge: Omit<CatalogAuditEntryEdge, 'node'> & { node: ResolversParentTypes['CatalogAuditEntry'] };
  Company: CompanyRefModel;
  CreateEditionInput: CreateEditionInput;
  Boolean: Scalars['Boolean']['output'];
  CreateLeadInput: CreateLeadInput;
  CreateProductInput: CreateProductInput;
  CreateVersionInput: CreateVersionInput;
  DateTime: Scalars['DateTime']['output'];
  Edition: EditionModel;
  EditionConnection: EditionConnectionModelModel;
  EditionEdge: Omit<EditionEdge, 'node'> & { node: ResolversParentTypes['Edition'] };
  EditionPayload: Omit<EditionPayload, 'edition'> & { edition?: Maybe<ResolversParentTypes['Edition']> };
  JSON: Scalars['JSON']['output'];
  Lead: LeadModel;
  LeadConnection: LeadConnectionModelModel;
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadFunnelRow: LeadFunnelRowModelModel;
  LeadPayload: Omit<LeadPayload, 'lead'> & { lead?: Maybe<ResolversParentTypes['Lead']> };
  Marketplace: Marketplace;
  MarketplaceReport: MarketplaceReportModelModel;
  Money: MoneyModelModel;
  Mutation: {};
  PageInfo: PageInfo;
  Product: ProductModel;
  ProductAssignment: ProductAssignmentModel;
  ProductAssignmentConnection: ProductAssignmentConnectionModelModel;
  ProductAssignmentEdge: Omit<ProductAssignmentEdge, 'node'> & { node: ResolversParentTypes['ProductAssignment'] };
  ProductAssignmentPayload: Omit<ProductAssignmentPayload, 'assignment'> & { assignment?: Maybe<ResolversParentTypes['ProductAssignment']> };
  ProductConnection: ProductConnectionModelModel;
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductOrder: ProductOrder;
  ProductPayload: Omit<ProductPayload, 'product' | 'revision'> & { product?: Maybe<ResolversParentTypes['Product']>, revision?: Maybe<ResolversParentTypes['ProductRevision']> };
  ProductRevision: ProductRevisionModel;
  ProductSubscription: SubscriptionModel;
  ProductTransition: ProductTransitionModel;
  ProductVersion: ProductVersionModel;
  ProductVersionConnection: ProductVersionConnectionModelModel;
  ProductVersionEdge: Omit<ProductVersionEdge, 'node'> & { node: ResolversParentTypes['ProductVersion'] };
  PurchaseRequest: PurchaseRequestModel;
  PurchaseRequestConnection: PurchaseRequestConnectionModelModel;
  PurchaseRequestEdge: Omit<PurchaseRequestEdge, 'node'> & { node: ResolversParentTypes['PurchaseRequest'] };
  PurchaseRequestPayload: Omit<PurchaseRequestPayload, 'purchaseRequest'> & { purchaseRequest?: Maybe<ResolversParentTypes['PurchaseRequest']> };
  Query: {};
  RequestPurchaseInput: RequestPurchaseInput;
  RevisionConnection: RevisionConnectionModelModel;
  RevisionEdge: Omit<RevisionEdge, 'node'> & { node: ResolversParentTypes['ProductRevision'] };
  RevisionPayload: Omit<RevisionPayload, 'revision'> & { revision?: Maybe<ResolversParentTypes['ProductRevision']> };
  SalesRow: SalesRowModelModel;
  StateCount: StateCount;
  SubscribeInput: SubscribeInput;
  SubscriptionConnection: SubscriptionConnectionModelModel;
  SubscriptionEdge: Omit<SubscriptionEdge, 'node'> & { node: ResolversParentTypes['ProductSubscription'] };
  SubscriptionPayload: Omit<SubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversParentTypes['ProductSubscription']> };
  TransitionConnection: TransitionConnectionModelModel;
  TransitionEdge: Omit<TransitionEdge, 'node'> & { node: ResolversParentTypes['ProductTransition'] };
  UpdateProductInput: UpdateProductInput;
  User: UserRefModel;
  UserError: UserError;
  VersionPayload: Omit<VersionPayload, 'version'> & { version?: Maybe<ResolversParentTypes['ProductVersion']> };
};

export type AuditEventResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marketplace?: Resolver<Maybe<ResolversTypes['Marketplace']>, ParentType, ContextType>;
  marketplaceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CatalogAuditEntryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogAuditEntry'] = ResolversParentTypes['CatalogAuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CatalogAuditEntryConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogAuditEntryConnection'] = ResolversParentTypes['CatalogAuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CatalogAuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CatalogAuditEntryEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogAuditEntryEdge'] = ResolversParentTypes['CatalogAuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CatalogAuditEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']>, { __typename: 'Company' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  products?: Resolver<Maybe<ResolversTypes['ProductConnection']>, ParentType, ContextType, Partial<CompanyProductsArgs>>;
  subscriptions?: Resolver<Maybe<ResolversTypes['SubscriptionConnection']>, ParentType, ContextType, Partial<CompanySubscriptionsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EditionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Edition'] = ResolversParentTypes['Edition']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Edition']>, { __typename: 'Edition' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  allowsMultipleSubscriptions?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  billingPeriod?: Resolver<ResolversTypes['BillingPeriod'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditionConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['EditionConnection'] = ResolversParentTypes['EditionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EditionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditionEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['EditionEdge'] = ResolversParentTypes['EditionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Edition'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditionPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['EditionPayload'] = ResolversParentTypes['EditionPayload']> = {
  edition?: Resolver<Maybe<ResolversTypes['Edition']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LeadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']>, { __typename: 'Lead' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  assignedTo?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lostReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  prospectCompanyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LeadState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LeadConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LeadEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LeadFunnelRowResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LeadFunnelRow'] = ResolversParentTypes['LeadFunnelRow']> = {
  converted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reseller?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LeadPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LeadPayload'] = ResolversParentTypes['LeadPayload']> = {
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MarketplaceResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Marketplace'] = ResolversParentTypes['Marketplace']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Marketplace']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MarketplaceReportResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MarketplaceReport'] = ResolversParentTypes['MarketplaceReport']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadsFunnel?: Resolver<Maybe<Array<ResolversTypes['LeadFunnelRow']>>, ParentType, ContextType>;
  productsByState?: Resolver<Maybe<Array<ResolversTypes['StateCount']>>, ParentType, ContextType>;
  sales?: Resolver<Maybe<Array<ResolversTypes['SalesRow']>>, ParentType, ContextType, Partial<MarketplaceReportSalesArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationApproveProductArgs, 'productId'>>;
  approvePurchaseRequest?: Resolver<ResolversTypes['PurchaseRequestPayload'], ParentType, ContextType, RequireFields<MutationApprovePurchaseRequestArgs, 'requestId'>>;
  approveRevision?: Resolver<ResolversTypes['RevisionPayload'], ParentType, ContextType, RequireFields<MutationApproveRevisionArgs, 'revisionId'>>;
  archiveProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationArchiveProductArgs, 'productId'>>;
  assignLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationAssignLeadArgs, 'leadId' | 'resellerCompanyId'>>;
  assignProduct?: Resolver<ResolversTypes['ProductAssignmentPayload'], ParentType, ContextType, RequireFields<MutationAssignProductArgs, 'input'>>;
  cancelSubscription?: Resolver<ResolversTypes['SubscriptionPayload'], ParentType, ContextType, RequireFields<MutationCancelSubscriptionArgs, 'subscriptionId'>>;
  convertLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationConvertLeadArgs, 'customerCompanyId' | 'leadId'>>;
  createEdition?: Resolver<ResolversTypes['EditionPayload'], ParentType, ContextType, RequireFields<MutationCreateEditionArgs, 'input'>>;
  createLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationCreateLeadArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createVersion?: Resolver<ResolversTypes['VersionPayload'], ParentType, ContextType, RequireFields<MutationCreateVersionArgs, 'input'>>;
  declinePurchaseRequest?: Resolver<ResolversTypes['PurchaseRequestPayload'], ParentType, ContextType, RequireFields<MutationDeclinePurchaseRequestArgs, 'requestId'>>;
  deprecateVersion?: Resolver<ResolversTypes['VersionPayload'], ParentType, ContextType, RequireFields<MutationDeprecateVersionArgs, 'versionId'>>;
  markLeadLost?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationMarkLeadLostArgs, 'leadId' | 'reason'>>;
  rejectProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationRejectProductArgs, 'productId' | 'reason'>>;
  rejectRevision?: Resolver<ResolversTypes['RevisionPayload'], ParentType, ContextType, RequireFields<MutationRejectRevisionArgs, 'reason' | 'revisionId'>>;
  releaseVersion?: Resolver<ResolversTypes['VersionPayload'], ParentType, ContextType, RequireFields<MutationReleaseVersionArgs, 'versionId'>>;
  requestPurchase?: Resolver<ResolversTypes['PurchaseRequestPayload'], ParentType, ContextType, RequireFields<MutationRequestPurchaseArgs, 'input'>>;
  submitProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationSubmitProductArgs, 'productId'>>;
  subscribe?: Resolver<ResolversTypes['SubscriptionPayload'], ParentType, ContextType, RequireFields<MutationSubscribeArgs, 'input'>>;
  unassignProduct?: Resolver<ResolversTypes['ProductAssignmentPayload'], ParentType, ContextType, RequireFields<MutationUnassignProductArgs, 'assignmentId'>>;
  updateProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']>, { __typename: 'Product' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editions?: Resolver<Maybe<ResolversTypes['EditionConnection']>, ParentType, ContextType, Partial<ProductEditionsArgs>>;
  history?: Resolver<Maybe<ResolversTypes['TransitionConnection']>, ParentType, ContextType, Partial<ProductHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revisions?: Resolver<Maybe<ResolversTypes['RevisionConnection']>, ParentType, ContextType, Partial<ProductRevisionsArgs>>;
  screenshots?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProductState'], ParentType, ContextType>;
  tagline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vendor?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  versions?: Resolver<Maybe<ResolversTypes['ProductVersionConnection']>, ParentType, ContextType, Partial<ProductVersionsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductAssignmentResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductAssignment'] = ResolversParentTypes['ProductAssignment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductAssignment']>, { __typename: 'ProductAssignment' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['ProductSubscription']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductAssignmentConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductAssignmentConnection'] = ResolversParentTypes['ProductAssignmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductAssignmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductAssignmentEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductAssignmentEdge'] = ResolversParentTypes['ProductAssignmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductAssignment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductAssignmentPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductAssignmentPayload'] = ResolversParentTypes['ProductAssignmentPayload']> = {
  assignment?: Resolver<Maybe<ResolversTypes['ProductAssignment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductPayload'] = ResolversParentTypes['ProductPayload']> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['ProductRevision']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductRevisionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductRevision'] = ResolversParentTypes['ProductRevision']> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  screenshots?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RevisionState'], ParentType, ContextType>;
  tagline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductSubscriptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductSubscription'] = ResolversParentTypes['ProductSubscription']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductSubscription']>, { __typename: 'ProductSubscription' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  assignments?: Resolver<Maybe<ResolversTypes['ProductAssignmentConnection']>, ParentType, ContextType, Partial<ProductSubscriptionAssignmentsArgs>>;
  billingPeriod?: Resolver<ResolversTypes['BillingPeriod'], ParentType, ContextType>;
  buyer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  buyerCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['PurchaseChannel'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Edition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SubscriptionState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductTransitionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductTransition'] = ResolversParentTypes['ProductTransition']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ProductState']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ProductState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductVersionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductVersion'] = ResolversParentTypes['ProductVersion']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductVersion']>, { __typename: 'ProductVersion' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  changelog?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  configSchema?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['VersionState'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductVersionConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductVersionConnection'] = ResolversParentTypes['ProductVersionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductVersionEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductVersionEdge'] = ResolversParentTypes['ProductVersionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductVersion'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurchaseRequestResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PurchaseRequest'] = ResolversParentTypes['PurchaseRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PurchaseRequest']>, { __typename: 'PurchaseRequest' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Edition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requester?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PurchaseRequestState'], ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['ProductSubscription']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurchaseRequestConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PurchaseRequestConnection'] = ResolversParentTypes['PurchaseRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PurchaseRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurchaseRequestEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PurchaseRequestEdge'] = ResolversParentTypes['PurchaseRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PurchaseRequest'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurchaseRequestPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PurchaseRequestPayload'] = ResolversParentTypes['PurchaseRequestPayload']> = {
  purchaseRequest?: Resolver<Maybe<ResolversTypes['PurchaseRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  catalogAuditEvents?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, Partial<QueryCatalogAuditEventsArgs>>;
  catalogAuditLog?: Resolver<ResolversTypes['CatalogAuditEntryConnection'], ParentType, ContextType, Partial<QueryCatalogAuditLogArgs>>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<QueryLeadsArgs>>;
  marketplaceReport?: Resolver<ResolversTypes['MarketplaceReport'], ParentType, ContextType, RequireFields<QueryMarketplaceReportArgs, 'marketplaceId'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productVersion?: Resolver<Maybe<ResolversTypes['ProductVersion']>, ParentType, ContextType, RequireFields<QueryProductVersionArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  purchaseRequests?: Resolver<ResolversTypes['PurchaseRequestConnection'], ParentType, ContextType, RequireFields<QueryPurchaseRequestsArgs, 'companyId'>>;
  storefront?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryStorefrontArgs>>;
  subscription?: Resolver<Maybe<ResolversTypes['ProductSubscription']>, ParentType, ContextType, RequireFields<QuerySubscriptionArgs, 'id'>>;
  vendorSales?: Resolver<Array<ResolversTypes['SalesRow']>, ParentType, ContextType, RequireFields<QueryVendorSalesArgs, 'vendorCompanyId'>>;
  vendorSubscriptions?: Resolver<ResolversTypes['SubscriptionConnection'], ParentType, ContextType, RequireFields<QueryVendorSubscriptionsArgs, 'vendorCompanyId'>>;
};

export type RevisionConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RevisionConnection'] = ResolversParentTypes['RevisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RevisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevisionEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RevisionEdge'] = ResolversParentTypes['RevisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductRevision'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevisionPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RevisionPayload'] = ResolversParentTypes['RevisionPayload']> = {
  revision?: Resolver<Maybe<ResolversTypes['ProductRevision']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SalesRowResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SalesRow'] = ResolversParentTypes['SalesRow']> = {
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  subscriptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StateCountResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StateCount'] = ResolversParentTypes['StateCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProductState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SubscriptionConnection'] = ResolversParentTypes['SubscriptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SubscriptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SubscriptionEdge'] = ResolversParentTypes['SubscriptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductSubscription'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SubscriptionPayload'] = ResolversParentTypes['SubscriptionPayload']> = {
  subscription?: Resolver<Maybe<ResolversTypes['ProductSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransitionConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['TransitionConnection'] = ResolversParentTypes['TransitionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TransitionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransitionEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['TransitionEdge'] = ResolversParentTypes['TransitionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductTransition'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']>, { __typename: 'User' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  myApps?: Resolver<Maybe<ResolversTypes['ProductAssignmentConnection']>, ParentType, ContextType, Partial<UserMyAppsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VersionPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['VersionPayload'] = ResolversParentTypes['VersionPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['ProductVersion']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = CatalogContext> = {
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  CatalogAuditEntry?: CatalogAuditEntryResolvers<ContextType>;
  CatalogAuditEntryConnection?: CatalogAuditEntryConnectionResolvers<ContextType>;
  CatalogAuditEntryEdge?: CatalogAuditEntryEdgeResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Edition?: EditionResolvers<ContextType>;
  EditionConnection?: EditionConnectionResolvers<ContextType>;
  EditionEdge?: EditionEdgeResolvers<ContextType>;
  EditionPayload?: EditionPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadFunnelRow?: LeadFunnelRowResolvers<ContextType>;
  LeadPayload?: LeadPayloadResolvers<ContextType>;
  Marketplace?: MarketplaceResolvers<ContextType>;
  MarketplaceReport?: MarketplaceReportResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductAssignment?: ProductAssignmentResolvers<ContextType>;
  ProductAssignmentConnection?: ProductAssignmentConnectionResolvers<ContextType>;
  ProductAssignmentEdge?: ProductAssignmentEdgeResolvers<ContextType>;
  ProductAssignmentPayload?: ProductAssignmentPayloadResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductPayload?: ProductPayloadResolvers<ContextType>;
  ProductRevision?: ProductRevisionResolvers<ContextType>;
  ProductSubscription?: ProductSubscriptionResolvers<ContextType>;
  ProductTransition?: ProductTransitionResolvers<ContextType>;
  ProductVersion?: ProductVersionResolvers<ContextType>;
  ProductVersionConnection?: ProductVersionConnectionResolvers<ContextType>;
  ProductVersionEdge?: ProductVersionEdgeResolvers<ContextType>;
  PurchaseRequest?: PurchaseRequestResolvers<ContextType>;
  PurchaseRequestConnection?: PurchaseRequestConnectionResolvers<ContextType>;
  PurchaseRequestEdge?: PurchaseRequestEdgeResolvers<ContextType>;
  PurchaseRequestPayload?: PurchaseRequestPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RevisionConnection?: RevisionConnectionResolvers<ContextType>;
  RevisionEdge?: RevisionEdgeResolvers<ContextType>;
  RevisionPayload?: RevisionPayloadResolvers<ContextType>;
  SalesRow?: SalesRowResolvers<ContextType>;
  StateCount?: StateCountResolvers<ContextType>;
  SubscriptionConnection?: SubscriptionConnectionResolvers<ContextType>;
  SubscriptionEdge?: SubscriptionEdgeResolvers<ContextType>;
  SubscriptionPayload?: SubscriptionPayloadResolvers<ContextType>;
  TransitionConnection?: TransitionConnectionResolvers<ContextType>;
  TransitionEdge?: TransitionEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VersionPayload?: VersionPayloadResolvers<ContextType>;
};

