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
  /** An instant in time, as an ISO-8601 string in UTC. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value: a JSON Schema, configuration, or the details of an audit event. */
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

export type AssignProductInput = {
  subscriptionId: Scalars['ID']['input'];
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

export type BillingPeriod =
  | 'MONTHLY'
  | 'ONE_TIME'
  | 'YEARLY';

/** One audited catalog mutation (X5). */
export type CatalogAuditEntry = {
  __typename?: 'CatalogAuditEntry';
  action: Scalars['String']['output'];
  /** The user who acted, when the actor was a user. */
  actor?: Maybe<User>;
  actorKind: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  company?: Maybe<Company>;
  details?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  requestId: Scalars['String']['output'];
  targetId?: Maybe<Scalars['ID']['output']>;
  targetType: Scalars['String']['output'];
};

export type CatalogAuditEntryConnection = {
  __typename?: 'CatalogAuditEntryConnection';
  edges: Array<CatalogAuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CatalogAuditEntryEdge = {
  __typename?: 'CatalogAuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: CatalogAuditEntry;
};

export type Company = {
  __typename?: 'Company';
  id: Scalars['ID']['output'];
  /** Products this company sells, as far as the caller may see them. */
  products?: Maybe<ProductConnection>;
  /** Subscriptions this company holds (its members, staff, and resellers managing it). */
  subscriptions?: Maybe<SubscriptionConnection>;
};


export type CompanyProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanySubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<SubscriptionState>;
};

export type CreateEditionInput = {
  allowsMultipleSubscriptions?: InputMaybe<Scalars['Boolean']['input']>;
  billingPeriod: BillingPeriod;
  /** ISO 4217 code such as EUR or USD. */
  currency: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Integer minor units of the currency (cents); never a float. */
  priceMinor: Scalars['Int']['input'];
  productId: Scalars['ID']['input'];
};

export type CreateLeadInput = {
  /** The referral or reseller company creating the lead. */
  companyId: Scalars['ID']['input'];
  contactEmail: Scalars['String']['input'];
  productId?: InputMaybe<Scalars['ID']['input']>;
  prospectCompanyName: Scalars['String']['input'];
};

/** Marketing content of a product: tagline, logo, screenshots and categories (C3). */
export type CreateProductInput = {
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  screenshots?: InputMaybe<Array<Scalars['String']['input']>>;
  tagline?: InputMaybe<Scalars['String']['input']>;
  vendorCompanyId: Scalars['ID']['input'];
};

export type CreateVersionInput = {
  changelog: Scalars['String']['input'];
  /** A JSON Schema (draft-07) whose root is an object. */
  configSchema: Scalars['JSON']['input'];
  productId: Scalars['ID']['input'];
  /** Semantic version such as 1.2.0 or 2.0.0-beta.1. */
  version: Scalars['String']['input'];
};

export type Edition = {
  __typename?: 'Edition';
  /** When false, a company holds at most one active subscription to this edition. */
  allowsMultipleSubscriptions: Scalars['Boolean']['output'];
  billingPeriod: BillingPeriod;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  price: Money;
  product: Product;
};

export type EditionConnection = {
  __typename?: 'EditionConnection';
  edges: Array<EditionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EditionEdge = {
  __typename?: 'EditionEdge';
  cursor: Scalars['String']['output'];
  node: Edition;
};

export type EditionPayload = {
  __typename?: 'EditionPayload';
  edition?: Maybe<Edition>;
  userErrors: Array<UserError>;
};

export type Lead = {
  __typename?: 'Lead';
  /** The reseller company working it. */
  assignedTo?: Maybe<Company>;
  contactEmail: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The customer company it became. */
  customerCompany?: Maybe<Company>;
  id: Scalars['ID']['output'];
  lostReason?: Maybe<Scalars['String']['output']>;
  product?: Maybe<Product>;
  prospectCompanyName: Scalars['String']['output'];
  /** The referral or reseller company that brought it. */
  source: Company;
  state: LeadState;
  updatedAt: Scalars['DateTime']['output'];
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFunnelRow = {
  __typename?: 'LeadFunnelRow';
  converted: Scalars['Int']['output'];
  lost: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  reseller?: Maybe<Company>;
  total: Scalars['Int']['output'];
};

export type LeadPayload = {
  __typename?: 'LeadPayload';
  lead?: Maybe<Lead>;
  userErrors: Array<UserError>;
};

export type LeadState =
  | 'ASSIGNED'
  | 'CONVERTED'
  | 'LOST'
  | 'NEW';

/** A marketplace, owned by identity. */
export type Marketplace = {
  __typename?: 'Marketplace';
  /** The marketplace's ID. */
  id: Scalars['ID']['output'];
};

export type MarketplaceReport = {
  __typename?: 'MarketplaceReport';
  /** Leads by the reseller company they are assigned to; a row with no reseller for unassigned ones. */
  leadsFunnel: Array<LeadFunnelRow>;
  productsByState: Array<StateCount>;
  /** Subscriptions sold and revenue booked, by product, month of purchase and currency. */
  sales: Array<SalesRow>;
};


export type MarketplaceReportSalesArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** An amount of money: integer minor units (cents) of an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  amountMinor: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** IN_REVIEW -> PUBLISHED, by MARKETPLACE_MANAGER or PRODUCT_SUPPORT outside the vendor (C2). */
  approveProduct: ProductPayload;
  approvePurchaseRequest: PurchaseRequestPayload;
  /** Applies a pending revision to the published product (C3). */
  approveRevision: RevisionPayload;
  /** PUBLISHED -> ARCHIVED, by the vendor or a MARKETPLACE_MANAGER (C2). */
  archiveProduct: ProductPayload;
  /** A RESELLER_MANAGER hands a lead to a reseller company (C9). */
  assignLead: LeadPayload;
  /** A COMPANY_ADMIN assigns a subscribed product to a user of its company (C8). */
  assignProduct: ProductAssignmentPayload;
  /** Cancels a subscription and ends its app assignments (C7, C8). */
  cancelSubscription: SubscriptionPayload;
  /** A RESELLER converts a lead of its company, linking the customer company it now manages (C9). */
  convertLead: LeadPayload;
  createEdition: EditionPayload;
  /** A REFERRAL or RESELLER member records a lead (C9). */
  createLead: LeadPayload;
  /** A DEVELOPER of the vendor company creates a product in the staging catalog, as DRAFT. */
  createProduct: ProductPayload;
  createVersion: VersionPayload;
  declinePurchaseRequest: PurchaseRequestPayload;
  /** RELEASED -> DEPRECATED. */
  deprecateVersion: VersionPayload;
  markLeadLost: LeadPayload;
  /** IN_REVIEW -> DRAFT with a required reason, by the reviewers (C2). */
  rejectProduct: ProductPayload;
  rejectRevision: RevisionPayload;
  /** DRAFT -> RELEASED: installable by tenants (C5, T8). */
  releaseVersion: VersionPayload;
  /** A USER asks its company's admins to buy an edition (C7). */
  requestPurchase: PurchaseRequestPayload;
  /** DRAFT -> IN_REVIEW, by a DEVELOPER of the vendor (C2). */
  submitProduct: ProductPayload;
  /** Subscribes a company to an edition of a published product (C7). */
  subscribe: SubscriptionPayload;
  unassignProduct: ProductAssignmentPayload;
  /**
   * Edits a product's details. Drafts change in place; a published product gets a pending
   * revision that reviewers approve (C3). PRODUCT_SUPPORT edits any product directly.
   */
  updateProduct: ProductPayload;
};


export type MutationApproveProductArgs = {
  productId: Scalars['ID']['input'];
};


export type MutationApprovePurchaseRequestArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationApproveRevisionArgs = {
  revisionId: Scalars['ID']['input'];
};


export type MutationArchiveProductArgs = {
  productId: Scalars['ID']['input'];
};


export type MutationAssignLeadArgs = {
  leadId: Scalars['ID']['input'];
  resellerCompanyId: Scalars['ID']['input'];
};


export type MutationAssignProductArgs = {
  input: AssignProductInput;
};


export type MutationCancelSubscriptionArgs = {
  subscriptionId: Scalars['ID']['input'];
};


export type MutationConvertLeadArgs = {
  customerCompanyId: Scalars['ID']['input'];
  leadId: Scalars['ID']['input'];
};


export type MutationCreateEditionArgs = {
  input: CreateEditionInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateVersionArgs = {
  input: CreateVersionInput;
};


export type MutationDeclinePurchaseRequestArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationDeprecateVersionArgs = {
  versionId: Scalars['ID']['input'];
};


export type MutationMarkLeadLostArgs = {
  leadId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectProductArgs = {
  productId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectRevisionArgs = {
  reason: Scalars['String']['input'];
  revisionId: Scalars['ID']['input'];
};


export type MutationReleaseVersionArgs = {
  versionId: Scalars['ID']['input'];
};


export type MutationRequestPurchaseArgs = {
  input: RequestPurchaseInput;
};


export type MutationSubmitProductArgs = {
  productId: Scalars['ID']['input'];
};


export type MutationSubscribeArgs = {
  input: SubscribeInput;
};


export type MutationUnassignProductArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Product = {
  __typename?: 'Product';
  categories: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  editions: EditionConnection;
  /** Review history: every transition (C2). Vendor and reviewers only; empty for others. */
  history: TransitionConnection;
  id: Scalars['ID']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last review sent it back to DRAFT, kept until it is resubmitted and approved. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Pending and past revisions (C3). Vendor and reviewers only; empty for others. */
  revisions: RevisionConnection;
  screenshots: Array<Scalars['String']['output']>;
  state: ProductState;
  tagline: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The vendor, resolved by identity; null with an error while identity cannot be reached. */
  vendor?: Maybe<Company>;
  /** Released and deprecated versions; drafts only to the vendor and reviewers. */
  versions: ProductVersionConnection;
};


export type ProductEditionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProductHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProductRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProductVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A subscribed product assigned to one user of the company (C8). */
export type ProductAssignment = {
  __typename?: 'ProductAssignment';
  active: Scalars['Boolean']['output'];
  assignedBy?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** When it ended: unassigned, or the subscription was cancelled. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  product: Product;
  subscription: ProductSubscription;
  user: User;
};

export type ProductAssignmentConnection = {
  __typename?: 'ProductAssignmentConnection';
  edges: Array<ProductAssignmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductAssignmentEdge = {
  __typename?: 'ProductAssignmentEdge';
  cursor: Scalars['String']['output'];
  node: ProductAssignment;
};

export type ProductAssignmentPayload = {
  __typename?: 'ProductAssignmentPayload';
  assignment?: Maybe<ProductAssignment>;
  userErrors: Array<UserError>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductPayload = {
  __typename?: 'ProductPayload';
  product?: Maybe<Product>;
  /** The pending revision, when the change awaits review (C3). */
  revision?: Maybe<ProductRevision>;
  userErrors: Array<UserError>;
};

/** Proposed content for a published product, applied when approved (C3). */
export type ProductRevision = {
  __typename?: 'ProductRevision';
  author?: Maybe<User>;
  categories: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  product: Product;
  reason?: Maybe<Scalars['String']['output']>;
  reviewer?: Maybe<User>;
  screenshots: Array<Scalars['String']['output']>;
  state: RevisionState;
  tagline: Scalars['String']['output'];
};

export type ProductState =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

export type ProductSubscription = {
  __typename?: 'ProductSubscription';
  assignments: ProductAssignmentConnection;
  billingPeriod: BillingPeriod;
  /** The user who bought. */
  buyer?: Maybe<User>;
  /** The company the buyer acted through: the company itself, the marketplace owner or a reseller. */
  buyerCompany: Company;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  channel: PurchaseChannel;
  /** The company the subscription is for. */
  company: Company;
  createdAt: Scalars['DateTime']['output'];
  edition: Edition;
  id: Scalars['ID']['output'];
  price: Money;
  product: Product;
  state: SubscriptionState;
};


export type ProductSubscriptionAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One recorded move of a product through the publication workflow (C2). */
export type ProductTransition = {
  __typename?: 'ProductTransition';
  /** The user who acted, when the actor was a user. */
  actor?: Maybe<User>;
  actorKind: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  from?: Maybe<ProductState>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  to: ProductState;
};

export type ProductVersion = {
  __typename?: 'ProductVersion';
  changelog: Scalars['String']['output'];
  /** JSON Schema of the configuration each tenant supplies when installing this version. */
  configSchema: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  product: Product;
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  state: VersionState;
  /** Semantic version, unique per product. */
  version: Scalars['String']['output'];
};

export type ProductVersionConnection = {
  __typename?: 'ProductVersionConnection';
  edges: Array<ProductVersionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductVersionEdge = {
  __typename?: 'ProductVersionEdge';
  cursor: Scalars['String']['output'];
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

export type PurchaseRequest = {
  __typename?: 'PurchaseRequest';
  company: Company;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<User>;
  edition: Edition;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  product: Product;
  reason?: Maybe<Scalars['String']['output']>;
  requester: User;
  state: PurchaseRequestState;
  subscription?: Maybe<ProductSubscription>;
};

export type PurchaseRequestConnection = {
  __typename?: 'PurchaseRequestConnection';
  edges: Array<PurchaseRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PurchaseRequestEdge = {
  __typename?: 'PurchaseRequestEdge';
  cursor: Scalars['String']['output'];
  node: PurchaseRequest;
};

export type PurchaseRequestPayload = {
  __typename?: 'PurchaseRequestPayload';
  purchaseRequest?: Maybe<PurchaseRequest>;
  userErrors: Array<UserError>;
};

export type PurchaseRequestState =
  | 'APPROVED'
  | 'DECLINED'
  | 'PENDING';

export type Query = {
  __typename?: 'Query';
  /**
   * Catalog's audit events (X5), newest first. A company's events to its COMPANY_ADMIN and to
   * the staff who administer the marketplace's companies (MARKETPLACE_MANAGER, CUSTOMER_SUPPORT); a
   * whole marketplace's to its MARKETPLACE_MANAGER. Give companyId or marketplaceId.
   */
  catalogAuditEvents?: Maybe<AuditEventConnection>;
  /**
   * Catalog's audit records (X5), newest first: a company's to its COMPANY_ADMIN and to staff,
   * a whole marketplace's to its MARKETPLACE_MANAGER. Give companyId or marketplaceId.
   * @deprecated Use catalogAuditEvents: the same records as AuditEvent, the one audit shape of every subgraph, with filters.
   */
  catalogAuditLog: CatalogAuditEntryConnection;
  lead?: Maybe<Lead>;
  /** Leads the caller may see: those of its own company (created or assigned), all of them for marketplace staff (C9). */
  leads: LeadConnection;
  /** Marketplace reports (C10), computed as SQL aggregates. */
  marketplaceReport: MarketplaceReport;
  /** A product the caller may see: published ones to every member of the marketplace, drafts to the vendor and reviewers. */
  product?: Maybe<Product>;
  /** A version the caller may see: released ones to every member, drafts to the vendor and reviewers. */
  productVersion?: Maybe<ProductVersion>;
  /** Products of the caller's marketplaces it may see (C4), newest first; filter by state or vendor. */
  products: ProductConnection;
  /** Purchase requests of a company, newest first (its admins, and the requesters their own). */
  purchaseRequests: PurchaseRequestConnection;
  /**
   * The public storefront: PUBLISHED products of one marketplace. Anonymous callers name the
   * marketplace with the x-marketplace header; signed-in callers may pass marketplaceId.
   */
  storefront: ProductConnection;
  subscription?: Maybe<ProductSubscription>;
  /** Sales of a vendor's own products by product, month and currency (C10). */
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


export type QueryCatalogAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCatalogAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<LeadState>;
};


export type QueryMarketplaceReportArgs = {
  marketplaceId: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<ProductState>;
  vendorCompanyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPurchaseRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<PurchaseRequestState>;
};


export type QueryStorefrontArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVendorSalesArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  vendorCompanyId: Scalars['ID']['input'];
};


export type QueryVendorSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<SubscriptionState>;
  vendorCompanyId: Scalars['ID']['input'];
};

export type RequestPurchaseInput = {
  companyId: Scalars['ID']['input'];
  editionId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type RevisionConnection = {
  __typename?: 'RevisionConnection';
  edges: Array<RevisionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RevisionEdge = {
  __typename?: 'RevisionEdge';
  cursor: Scalars['String']['output'];
  node: ProductRevision;
};

export type RevisionPayload = {
  __typename?: 'RevisionPayload';
  revision?: Maybe<ProductRevision>;
  userErrors: Array<UserError>;
};

export type RevisionState =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type SalesRow = {
  __typename?: 'SalesRow';
  cancelled: Scalars['Int']['output'];
  /** Year and month of purchase, as 2026-11. */
  month: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  revenue: Money;
  subscriptions: Scalars['Int']['output'];
};

export type StateCount = {
  __typename?: 'StateCount';
  count: Scalars['Int']['output'];
  state: ProductState;
};

export type SubscribeInput = {
  /** The company the subscription is for. */
  companyId: Scalars['ID']['input'];
  editionId: Scalars['ID']['input'];
};

export type SubscriptionConnection = {
  __typename?: 'SubscriptionConnection';
  edges: Array<SubscriptionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SubscriptionEdge = {
  __typename?: 'SubscriptionEdge';
  cursor: Scalars['String']['output'];
  node: ProductSubscription;
};

export type SubscriptionPayload = {
  __typename?: 'SubscriptionPayload';
  subscription?: Maybe<ProductSubscription>;
  userErrors: Array<UserError>;
};

export type SubscriptionState =
  | 'ACTIVE'
  | 'CANCELLED';

export type TransitionConnection = {
  __typename?: 'TransitionConnection';
  edges: Array<TransitionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TransitionEdge = {
  __typename?: 'TransitionEdge';
  cursor: Scalars['String']['output'];
  node: ProductTransition;
};

/** Fields left out keep their value. */
export type UpdateProductInput = {
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  screenshots?: InputMaybe<Array<Scalars['String']['input']>>;
  tagline?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** Products assigned to this user (C8); the user itself only. */
  myApps?: Maybe<ProductAssignmentConnection>;
};


export type UserMyAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An expected business failure of a mutation: which input field, what kind, and which rule. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Dotted path of the offending input field, when one is to blame. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The specification rule that refused the change, such as I7. */
  rule?: Maybe<Scalars['String']['output']>;
};

export type UserErrorCode =
  | 'CONFLICT'
  | 'EXPIRED'
  | 'ILLEGAL_TRANSITION'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'RULE_VIOLATION'
  | 'THROTTLED';

export type VersionPayload = {
  __typename?: 'VersionPayload';
  userErrors: Array<UserError>;
  version?: Maybe<ProductVersion>;
};

export type VersionState =
  | 'DEPRECATED'
  | 'DRAFT'
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
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductAssignment: ResolverTypeWrapper<ProductAssignmentModel>;
  ProductAssignmentConnection: ResolverTypeWrapper<ProductAssignmentConnectionModelModel>;
  ProductAssignmentEdge: ResolverTypeWrapper<Omit<ProductAssignmentEdge, 'node'> & { node: ResolversTypes['ProductAssignment'] }>;
  ProductAssignmentPayload: ResolverTypeWrapper<Omit<ProductAssignmentPayload, 'assignment'> & { assignment?: Maybe<ResolversTypes['ProductAssignment']> }>;
  ProductConnection: ResolverTypeWrapper<ProductConnectionModelModel>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
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
  allowsMultipleSubscriptions?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  billingPeriod?: Resolver<ResolversTypes['BillingPeriod'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
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
  assignedTo?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lostReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  prospectCompanyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
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
  leadsFunnel?: Resolver<Array<ResolversTypes['LeadFunnelRow']>, ParentType, ContextType>;
  productsByState?: Resolver<Array<ResolversTypes['StateCount']>, ParentType, ContextType>;
  sales?: Resolver<Array<ResolversTypes['SalesRow']>, ParentType, ContextType, Partial<MarketplaceReportSalesArgs>>;
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
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']>, { __typename: 'Product' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editions?: Resolver<ResolversTypes['EditionConnection'], ParentType, ContextType, Partial<ProductEditionsArgs>>;
  history?: Resolver<ResolversTypes['TransitionConnection'], ParentType, ContextType, Partial<ProductHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revisions?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, Partial<ProductRevisionsArgs>>;
  screenshots?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProductState'], ParentType, ContextType>;
  tagline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vendor?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['ProductVersionConnection'], ParentType, ContextType, Partial<ProductVersionsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductAssignmentResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductAssignment'] = ResolversParentTypes['ProductAssignment']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['ProductSubscription'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
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
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  screenshots?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RevisionState'], ParentType, ContextType>;
  tagline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductSubscriptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductSubscription'] = ResolversParentTypes['ProductSubscription']> = {
  assignments?: Resolver<ResolversTypes['ProductAssignmentConnection'], ParentType, ContextType, Partial<ProductSubscriptionAssignmentsArgs>>;
  billingPeriod?: Resolver<ResolversTypes['BillingPeriod'], ParentType, ContextType>;
  buyer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  buyerCompany?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['PurchaseChannel'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['Edition'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
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
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
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
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['Edition'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
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

