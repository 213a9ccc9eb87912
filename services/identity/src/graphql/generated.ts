/* eslint-disable */
// Generated from schema/identity.graphql by `npm run codegen`. Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Marketplace as MarketplaceModel, Company as CompanyModel, User as UserModel, Membership as MembershipModel, Invitation as InvitationModel, ApiKey as ApiKeyModel } from '../entities';
import type { AuditEntry as AuditEntryModel } from '@marketgraph/db';
import type { AuditEventConnectionModel as AuditEventConnectionModelModel, ViewerModel as ViewerModelModel, MarketplaceConnectionModel as MarketplaceConnectionModelModel, UserConnectionModel as UserConnectionModelModel, CompanyConnectionModel as CompanyConnectionModelModel, MembershipConnectionModel as MembershipConnectionModelModel, InvitationConnectionModel as InvitationConnectionModelModel, ApiKeyConnectionModel as ApiKeyConnectionModelModel, AuditEntryConnectionModel as AuditEntryConnectionModelModel, NodeStubModel as NodeStubModelModel } from './models';
import type { IdentityContext } from '../context';
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
  JSON: { input: any; output: any; }
  _FieldSet: { input: any; output: any; }
};

/** An invitation token and, when not signed in, the account to create. */
export type AcceptInvitationInput = {
  /** Required when not signed in: the name of the account being created, 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required when not signed in: the password of the account being created, 10 to 200 characters. Not used when signed in. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The invitation token from the invitation link. */
  token: Scalars['String']['input'];
};

/**
 * What a company may do in its marketplace (I2). A company's access types are a set: ACCOUNT
 * always, MARKETPLACE only for the marketplace owner, any of DEVELOPER, RESELLER and REFERRAL,
 * but never RESELLER with REFERRAL. Each access type offers roles to the company's members (I6).
 */
export type AccessType =
  /** Every company has it: offers USER, BILLING_ADMIN and COMPANY_ADMIN. */
  | 'ACCOUNT'
  /** Builds and sells products and integrations, and manages end customers as a partner: offers DEVELOPER. */
  | 'DEVELOPER'
  /** Only the marketplace owner: offers the staff roles (MARKETPLACE_MANAGER, PRODUCT_SUPPORT, CUSTOMER_SUPPORT, SALES_SUPPORT, RESELLER_MANAGER, REPORTS_MARKETPLACE_MANAGER). */
  | 'MARKETPLACE'
  /** Brings leads to the marketplace: offers REFERRAL. Not combinable with RESELLER. */
  | 'REFERRAL'
  /** Sells on behalf of the customer companies it manages: offers RESELLER. Not combinable with REFERRAL. */
  | 'RESELLER';

/** One report of an integration run. */
export type ActivityEvent = Node & {
  __typename?: 'ActivityEvent';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
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

/** A company's service account for machines (I11): shown once, stored hashed, revocable. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** The company the key belongs to. */
  company: Company;
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The user who created the key. The key stops working when that user is disabled or leaves the company. Null when the caller may not see that user. */
  createdBy?: Maybe<User>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** When the key last authenticated a request; null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Label given by its creator, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** The first characters of the key, to recognise it; the rest is never shown again. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The roles the key acts with in its company: a subset of its creator's. */
  roles: Array<Role>;
};

/** A page of API keys (X4). */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The API keys of this page, each with its cursor. */
  edges: Array<ApiKeyEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many API keys the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An API key in a page. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The API key. */
  node: ApiKey;
};

/** The result of revoking an API key. */
export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  /** The key as revoked; null on userErrors. */
  apiKey?: Maybe<ApiKey>;
  /** Why nothing changed: see revokeApiKey. */
  userErrors: Array<UserError>;
};

/** An app a partner builds and assigns to its end customers. */
export type App = Node & {
  __typename?: 'App';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** One audited identity change or sign-in event (X5). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What happened, as entity.verb, such as company.created or invitation.accepted. */
  action: Scalars['String']['output'];
  /** The ID of the user or API key that acted. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** Who acted: user, apiKey, endCustomer or anonymous. */
  actorKind: Scalars['String']['output'];
  /** The company concerned. */
  companyId?: Maybe<Scalars['ID']['output']>;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Further facts of the change, as a JSON-encoded object. */
  details?: Maybe<Scalars['String']['output']>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The marketplace concerned. */
  marketplaceId?: Maybe<Scalars['ID']['output']>;
  /** The request ID of the change, as in the logs and the x-request-id header. */
  requestId: Scalars['String']['output'];
  /** The ID of the record changed. */
  targetId?: Maybe<Scalars['ID']['output']>;
  /** The kind of record changed, such as Company or Membership. */
  targetType: Scalars['String']['output'];
};

/** A page of identity audit records (X4). */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The records of this page, each with its cursor. */
  edges: Array<AuditEntryEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many records the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An audit record in a page. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The audit record. */
  node: AuditEntry;
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

/**
 * A session, from login, refreshSession or acceptInvitation (signed out). On userErrors every
 * other field is null; the tokens are shown only here.
 */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token for the Authorization header; short-lived (15 minutes by default). */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** When the access token stops being accepted. */
  accessTokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Single-use token for refreshSession and logout; valid 30 days by default, rotated on each refresh. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** With a THROTTLED error: seconds until the next attempt is allowed. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  /**
   * The signed-in user; from acceptInvitation signed in, the user who joined (with no new tokens).
   * Its fields are answered as that user, with the memberships it holds now (the one just accepted
   * included), never as the signed-out caller; what other subgraphs add is answered as the caller.
   */
  user?: Maybe<User>;
  /** Why nothing happened: see each mutation. */
  userErrors: Array<UserError>;
};

/** Roles to add to or remove from one membership. */
export type ChangeRolesInput = {
  /** The membership to change. */
  membershipId: Scalars['ID']['input'];
  /** The roles to add or remove. */
  roles: Array<Role>;
};

/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type Company = Node & {
  __typename?: 'Company';
  /** What the company may do: ACCOUNT always, plus MARKETPLACE for the owner and any of DEVELOPER, RESELLER, REFERRAL (I2). */
  accessTypes: Array<AccessType>;
  /** The company's API keys, revoked ones included, oldest first. Its COMPANY_ADMIN and MARKETPLACE_MANAGER. */
  apiKeys?: Maybe<ApiKeyConnection>;
  /** When the company was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** Invitations into the company, newest first, pending or not. Its COMPANY_ADMIN, MARKETPLACE_MANAGER, CUSTOMER_SUPPORT and SALES_SUPPORT staff, and resellers managing it. */
  invitations?: Maybe<InvitationConnection>;
  /** True for the marketplace owner. */
  isOwner: Scalars['Boolean']['output'];
  /** Customer companies this reseller manages (I12), oldest first. Its COMPANY_ADMIN and RESELLER members, and marketplace staff. */
  managedCustomers?: Maybe<CompanyConnection>;
  /** The marketplace the company belongs to. */
  marketplace: Marketplace;
  /** Active memberships, oldest first. Members of the company, marketplace staff and resellers managing it. */
  members?: Maybe<MembershipConnection>;
  /** Display name, 1 to 200 characters, unique within the marketplace regardless of letter case and spacing. */
  name: Scalars['String']['output'];
  /** Resellers that manage this company (I12). Whoever may see its members. */
  resellers?: Maybe<Array<Company>>;
};


/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type CompanyApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type CompanyInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type CompanyManagedCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type CompanyMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of companies (X4). */
export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  /** The companies of this page, each with its cursor. */
  edges: Array<CompanyEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many companies the whole list holds, with its filters. */
  totalCount: Scalars['Int']['output'];
};

/** A company in a page. */
export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The company. */
  node: Company;
};

/** How companies are sorted. */
export type CompanyOrder = {
  /** Which way; ascending when omitted. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: CompanyOrderField;
};

/** The fields companies can be sorted by; the ID breaks ties, so pages stay stable. */
export type CompanyOrderField =
  /** When the company was created. */
  | 'CREATED_AT'
  /** The name, in any letter case. */
  | 'NAME';

/** The result of a change to a company. */
export type CompanyPayload = {
  __typename?: 'CompanyPayload';
  /** The company as changed; null on userErrors. */
  company?: Maybe<Company>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** A new API key of a company. */
export type CreateApiKeyInput = {
  /** The company the key belongs to. */
  companyId: Scalars['ID']['input'];
  /** Label, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** A subset of the creator's roles in the company. */
  roles: Array<Role>;
};

/** A new API key and its secret. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key's record; null on userErrors. */
  apiKey?: Maybe<ApiKey>;
  /** The key itself. It is shown only here; store it now. */
  key?: Maybe<Scalars['String']['output']>;
  /** Why nothing was created: see createApiKey. */
  userErrors: Array<UserError>;
};

/** A new company of a marketplace. */
export type CreateCompanyInput = {
  /** ACCOUNT is always included; MARKETPLACE is only the owner's; RESELLER and REFERRAL exclude each other. A reseller may give only ACCOUNT. */
  accessTypes: Array<AccessType>;
  /** The first COMPANY_ADMIN, invited: the company has no member until the invitation is accepted. */
  firstAdmin: NewUserInput;
  /** The marketplace the company joins. */
  marketplaceId: Scalars['ID']['input'];
  /** Display name, 1 to 200 characters, unique within the marketplace regardless of letter case. */
  name: Scalars['String']['input'];
  /** When set, this reseller company manages the new company (I12); a RESELLER creating a customer company names its own. */
  resellerCompanyId?: InputMaybe<Scalars['ID']['input']>;
};

/** The new company and the invitation of its first admin. */
export type CreateCompanyPayload = {
  __typename?: 'CreateCompanyPayload';
  /** The new company; null on userErrors. */
  company?: Maybe<Company>;
  /** The invitation of the company's first admin. */
  invitation?: Maybe<Invitation>;
  /** The single-use token of that invitation, to deliver to the invitee. It is shown only here. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why nothing was created: see createCompany. */
  userErrors: Array<UserError>;
};

/** A new marketplace and its owner company. */
export type CreateMarketplaceInput = {
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** The owner company's first admin, who is invited. */
  ownerAdmin: NewUserInput;
  /** Name of the owner company, 1 to 200 characters. */
  ownerCompanyName: Scalars['String']['input'];
  /** URL-safe name, unique platform-wide: 1 to 63 lowercase letters, digits and -, not starting or ending with -. */
  slug: Scalars['String']['input'];
};

/** The result of createMarketplace. */
export type CreateMarketplacePayload = {
  __typename?: 'CreateMarketplacePayload';
  /** The invitation of the owner company's first admin. */
  invitation?: Maybe<Invitation>;
  /** The new marketplace; null on userErrors. */
  marketplace?: Maybe<Marketplace>;
  /** The single-use token of that invitation, to deliver to the invitee. It is shown only here. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why nothing was created: see createMarketplace. */
  userErrors: Array<UserError>;
};

/** A way to buy a product: a price and a billing period (C6). */
export type Edition = Node & {
  __typename?: 'Edition';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomer = Node & {
  __typename?: 'EndCustomer';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** A customer's installation of the product behind one of its apps, at one RELEASED version. */
export type Installation = Node & {
  __typename?: 'Installation';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** An invitation of an email into a company with roles (I9): single-use, expiring, revocable. */
export type Invitation = Node & {
  __typename?: 'Invitation';
  /** When it was accepted; null while not. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The company invited into. */
  company: Company;
  /** When it was issued. */
  createdAt: Scalars['DateTime']['output'];
  /** The invited email, lowercased. */
  email: Scalars['String']['output'];
  /** When the token stops working (7 days after issue unless set otherwise). */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** When it was revoked or replaced by a newer invitation; null while not. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The roles the membership gets on acceptance, implied ones included. */
  roles: Array<Role>;
};

/** A page of invitations (X4). */
export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  /** The invitations of this page, each with its cursor. */
  edges: Array<InvitationEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many invitations the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An invitation in a page. */
export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The invitation. */
  node: Invitation;
};

/** The result of revoking an invitation. */
export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** The invitation as revoked; null on userErrors. */
  invitation?: Maybe<Invitation>;
  /** Why nothing changed: see revokeInvitation. */
  userErrors: Array<UserError>;
};

/** What an invitation token invites to, shown before accepting it, without sign-in. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** The company's display name. */
  companyName: Scalars['String']['output'];
  /** The invited email; accepting signed in needs this account. */
  email: Scalars['String']['output'];
  /** When the invitation stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The marketplace's display name. */
  marketplaceName: Scalars['String']['output'];
  /** The roles the membership will have. */
  roles: Array<Role>;
};

/** A new invitation of a company's first admin, replacing the pending one. */
export type InviteFirstAdminInput = {
  /** A company nobody has yet accepted to administer. */
  companyId: Scalars['ID']['input'];
  /** Who is invited, the same email or a corrected one. */
  email: Scalars['String']['input'];
};

/** A new invitation. */
export type InvitePayload = {
  __typename?: 'InvitePayload';
  /** The invitation; null on userErrors. */
  invitation?: Maybe<Invitation>;
  /** The single-use token to deliver to the invitee. It is shown only here. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why nothing was issued: see each mutation. */
  userErrors: Array<UserError>;
};

/** Whom to invite into which company, with which roles. */
export type InviteUserInput = {
  /** The company to invite into. */
  companyId: Scalars['ID']['input'];
  /** The invitee's email, at most 254 characters; need not have an account yet. */
  email: Scalars['String']['input'];
  /** Days until the invitation expires; 7 when omitted, at most 30. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** The membership's roles; USER is always added, BILLING_ADMIN with COMPANY_ADMIN. */
  roles: Array<Role>;
};

/** Publish and subscribe keys of an app, assigned to at most one end customer at a time. */
export type Keyset = Node & {
  __typename?: 'Keyset';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** A prospect brought by a referral or reseller company (C9). */
export type Lead = Node & {
  __typename?: 'Lead';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** Credentials for login. */
export type LoginInput = {
  /** The account's email, in any letter case. */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
};

/** The result of logout. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True when the session was ended. */
  loggedOut?: Maybe<Scalars['Boolean']['output']>;
  /** INVALID when the refresh token is unknown. */
  userErrors: Array<UserError>;
};

/** A top-level tenant with exactly one owner company (I1). Members of one marketplace see nothing of another. */
export type Marketplace = Node & {
  __typename?: 'Marketplace';
  /** When the marketplace was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['output'];
  /** The company that runs the marketplace; its members with staff roles are the marketplace staff. */
  ownerCompany: Company;
  /** URL-safe name, unique platform-wide: 1 to 63 lowercase letters, digits and -, not starting or ending with -. */
  slug: Scalars['String']['output'];
};

/** A page of marketplaces (X4). */
export type MarketplaceConnection = {
  __typename?: 'MarketplaceConnection';
  /** The marketplaces of this page, each with its cursor. */
  edges: Array<MarketplaceEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many marketplaces the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A marketplace in a page. */
export type MarketplaceEdge = {
  __typename?: 'MarketplaceEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The marketplace. */
  node: Marketplace;
};

/** A user's membership in one company, with its roles there (I5). */
export type Membership = Node & {
  __typename?: 'Membership';
  /** False once revoked (I10). */
  active: Scalars['Boolean']['output'];
  /** The company. */
  company?: Maybe<Company>;
  /** When the user joined the company. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** What those roles let the member do in the company, for hiding what it cannot (I13). */
  permissions: Array<Permission>;
  /** When the membership was revoked; null while active. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Roles held in the company, implied ones included (USER always, BILLING_ADMIN with COMPANY_ADMIN). */
  roles: Array<Role>;
  /** The member. */
  user?: Maybe<User>;
};

/** A page of memberships (X4). */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships of this page, each with its cursor. */
  edges: Array<MembershipEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many memberships the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A membership in a page. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** The result of a change to a membership. */
export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  /** The membership as changed; null on userErrors. */
  membership?: Maybe<Membership>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an invitation. Signed in, the caller joins with its own account (the invitation must
   * be for its email). Not signed in, the caller creates the invited account with a name and a
   * password and gets a session; an email that already has an account is joined only signed in.
   * userErrors: INVALID token (unknown, used, revoked), name or password; EXPIRED token (I9);
   * RULE_VIOLATION for another email, an existing account not signed in, an API key or embed token
   * as caller (I15), or an issuer who may no longer grant the roles (I14); CONFLICT on a race (I4).
   */
  acceptInvitation: AuthPayload;
  /**
   * Makes a reseller company manage a customer company (I12). RESELLER_MANAGER or
   * MARKETPLACE_MANAGER of the marketplace. userErrors: RULE_VIOLATION when the reseller lacks
   * RESELLER access or the customer cannot be managed (the owner or another reseller, I12);
   * CONFLICT when the reseller already manages it.
   */
  addResellerCustomer: CompanyPayload;
  /**
   * Creates an API key (service account) of a company, with a subset of the creator's roles there
   * (I11). A signed-in COMPANY_ADMIN or DEVELOPER of the company; never another API key.
   * userErrors: INVALID name (1 to 100 characters); RULE_VIOLATION for roles the creator does not
   * hold (I11), roles the company does not offer (I6) or incompatible roles (I7).
   */
  createApiKey: CreateApiKeyPayload;
  /**
   * A company and the invitation of its first COMPANY_ADMIN; whoever accepts it becomes the admin
   * (I3, I15). By MARKETPLACE_MANAGER, CUSTOMER_SUPPORT or SALES_SUPPORT of the marketplace, the
   * platform operator, or a RESELLER for a customer company it will manage (ACCOUNT access only).
   * userErrors: INVALID name or email; CONFLICT on a name taken in the marketplace (I2);
   * RULE_VIOLATION for MARKETPLACE access or RESELLER with REFERRAL (I2), a reseller asking more
   * than ACCOUNT (I3), a reseller company without RESELLER access (I12), a password given (I15).
   */
  createCompany: CreateCompanyPayload;
  /**
   * Creates a marketplace with its owner company (MARKETPLACE access) and invites the owner
   * company's first admin (I1). Platform operator only. userErrors: INVALID name, slug or email;
   * CONFLICT on a taken slug (I1) or owner company name (I2).
   */
  createMarketplace: CreateMarketplacePayload;
  /**
   * Disables a user everywhere, effective on its very next request (I10). MARKETPLACE_MANAGER or
   * CUSTOMER_SUPPORT of every marketplace the user belongs to, or the platform operator.
   * userErrors: RULE_VIOLATION when the user belongs to a company of another marketplace, is the
   * last active COMPANY_ADMIN of a company (I8), or is more privileged than the caller (I14).
   */
  disableUser: UserPayload;
  /**
   * Enables a disabled user again. Same callers as disableUser. userErrors: RULE_VIOLATION when
   * the user has no active membership (I4) or belongs to a company of another marketplace.
   */
  enableUser: UserPayload;
  /**
   * Adds roles to a membership; COMPANY_ADMIN brings BILLING_ADMIN (I5). By the company's
   * COMPANY_ADMIN or MARKETPLACE_MANAGER, CUSTOMER_SUPPORT and SALES_SUPPORT staff; staff roles and
   * owner-company memberships only by a MARKETPLACE_MANAGER (I14). userErrors: RULE_VIOLATION for a
   * role the company's access does not offer (I6), an incompatible pair (I7), granting to oneself
   * or above one's own privilege (I14); INVALID for a revoked membership.
   */
  grantRoles: MembershipPayload;
  /**
   * Invites a company's first admin again, while nobody has accepted: earlier admin invitations
   * stop working. MARKETPLACE_MANAGER, CUSTOMER_SUPPORT or SALES_SUPPORT staff, or a RESELLER
   * managing the company. userErrors: INVALID email; RULE_VIOLATION when the company already has an
   * active COMPANY_ADMIN (I8), who invites further members.
   */
  inviteFirstAdmin: InvitePayload;
  /**
   * Invites an email into a company with roles (I9); a newer invitation of the same email replaces
   * pending ones. By the company's COMPANY_ADMIN or MARKETPLACE_MANAGER, CUSTOMER_SUPPORT and
   * SALES_SUPPORT staff. userErrors: INVALID email or expiresInDays; CONFLICT when the email is
   * already a member; RULE_VIOLATION for roles the company does not offer (I6), incompatible roles
   * (I7) or roles above the caller's own (I14).
   */
  inviteUser: InvitePayload;
  /**
   * Email and password login (I11); needs no sign-in. Unknown email, wrong password and a
   * disabled user all give the same INVALID error. Repeated failures give THROTTLED with
   * retryAfterSeconds (I15).
   */
  login: AuthPayload;
  /** Ends the login the refresh token belongs to: its refresh and access tokens stop working at once. An unknown token is INVALID. */
  logout: LogoutPayload;
  /**
   * Trades a refresh token for a new access token and a new refresh token; the presented one is
   * spent. Presenting a spent token again ends every session of that login (INVALID). An unknown
   * or revoked token is INVALID, an expired one EXPIRED, a disabled user's INVALID (I10, I11).
   */
  refreshSession: AuthPayload;
  /**
   * Ends a reseller's management of a customer company (I12). Same callers as addResellerCustomer.
   * userErrors: NOT_FOUND when the reseller does not manage that company.
   */
  removeResellerCustomer: CompanyPayload;
  /**
   * Renames a company. Its COMPANY_ADMIN, MARKETPLACE_MANAGER or CUSTOMER_SUPPORT. userErrors:
   * INVALID name (1 to 200 characters); CONFLICT on a name taken in the marketplace (I2).
   */
  renameCompany: CompanyPayload;
  /**
   * Revokes an API key: its next request is refused. The company's COMPANY_ADMIN or a
   * MARKETPLACE_MANAGER. userErrors: ILLEGAL_TRANSITION when it is already revoked.
   */
  revokeApiKey: ApiKeyPayload;
  /**
   * Revokes a pending invitation: its token stops working. Same callers as inviteUser.
   * userErrors: ILLEGAL_TRANSITION when it was already accepted or revoked (I9).
   */
  revokeInvitation: InvitationPayload;
  /**
   * Ends a membership, effective on the user's very next request (I10); a user left without
   * memberships is disabled, never deleted. Same callers as grantRoles. userErrors:
   * RULE_VIOLATION for the last active COMPANY_ADMIN (I8) or a more privileged member (I14).
   */
  revokeMembership: MembershipPayload;
  /**
   * Removes roles from a membership. Same callers as grantRoles. userErrors: RULE_VIOLATION when
   * removing USER, or BILLING_ADMIN while COMPANY_ADMIN stays (I5), the last active COMPANY_ADMIN
   * (I8), or a more privileged member's role (I14); INVALID for a revoked membership.
   */
  revokeRoles: MembershipPayload;
  /**
   * Replaces a company's access types (I2, I6); ACCOUNT is always kept, and MARKETPLACE for the
   * owner. MARKETPLACE_MANAGER only. userErrors: RULE_VIOLATION when MARKETPLACE is given to
   * another company, RESELLER is combined with REFERRAL (I2),
   * members still hold roles an access type removed offers (I6), or a reseller still manages
   * customer companies (I12).
   */
  setCompanyAccess: CompanyPayload;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationAddResellerCustomerArgs = {
  customerCompanyId: Scalars['ID']['input'];
  resellerCompanyId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCreateMarketplaceArgs = {
  input: CreateMarketplaceInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationDisableUserArgs = {
  userId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationEnableUserArgs = {
  userId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationGrantRolesArgs = {
  input: ChangeRolesInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationInviteFirstAdminArgs = {
  input: InviteFirstAdminInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationLoginArgs = {
  input: LoginInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationRemoveResellerCustomerArgs = {
  customerCompanyId: Scalars['ID']['input'];
  resellerCompanyId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationRenameCompanyArgs = {
  input: RenameCompanyInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationRevokeApiKeyArgs = {
  apiKeyId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationRevokeInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationRevokeMembershipArgs = {
  membershipId: Scalars['ID']['input'];
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationRevokeRolesArgs = {
  input: ChangeRolesInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationSetCompanyAccessArgs = {
  input: SetCompanyAccessInput;
};

/** The first admin of a new company, who is invited to it. */
export type NewUserInput = {
  /** The invitation goes to this email, whether or not it already has an account. */
  email: Scalars['String']['input'];
  /**
   * Not used: whoever accepts the invitation gives its own name.
   * @deprecated The invitee gives its name when it accepts the invitation.
   */
  name?: InputMaybe<Scalars['String']['input']>;
  /**
   * Refused when given: the first admin chooses its own password when it accepts the invitation.
   * @deprecated The first admin chooses its own password when it accepts the invitation.
   */
  password?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An object with a stable, globally unique ID that `node(id:)` refetches (Relay's object
 * identification). IDs are opaque strings: they do not say their type, and one ID names one object
 * across the whole graph.
 */
export type Node = {
  /** The object's globally unique ID. */
  id: Scalars['ID']['output'];
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

/**
 * What a membership lets its holder do, so that a frontend can hide the rest (I13). Derived from
 * the membership's roles; the server still checks every request.
 */
export type Permission =
  /** Assign subscribed products to users of the company (COMPANY_ADMIN). */
  | 'ASSIGN_APPS'
  /** Buy on behalf of any company of the marketplace (SALES_SUPPORT). */
  | 'BUY_FOR_ANY_COMPANY'
  /** Subscribe the company to products (BILLING_ADMIN, COMPANY_ADMIN, RESELLER). */
  | 'BUY_PRODUCTS'
  /** Convert or lose the leads assigned to the company (RESELLER). */
  | 'CONVERT_LEADS'
  /** Create leads (RESELLER, REFERRAL). */
  | 'CREATE_LEADS'
  /** Create products, versions and editions (DEVELOPER). */
  | 'DEVELOP_PRODUCTS'
  /** Edit any product's details directly (PRODUCT_SUPPORT). */
  | 'EDIT_ANY_PRODUCT'
  /** Create and revoke the company's API keys (COMPANY_ADMIN). */
  | 'MANAGE_API_KEYS'
  /** Manage the company's billing (BILLING_ADMIN). */
  | 'MANAGE_BILLING'
  /** Create, rename and manage the companies of the marketplace (MARKETPLACE_MANAGER, CUSTOMER_SUPPORT, SALES_SUPPORT). */
  | 'MANAGE_COMPANIES'
  /** Create and buy for the customer companies a reseller manages (RESELLER). */
  | 'MANAGE_CUSTOMER_COMPANIES'
  /** Manage end customers, apps, keysets and embed tokens (DEVELOPER). */
  | 'MANAGE_END_CUSTOMERS'
  /** Manage the marketplace itself (MARKETPLACE_MANAGER). */
  | 'MANAGE_MARKETPLACE'
  /** Invite members, grant and remove roles, revoke memberships (COMPANY_ADMIN, MARKETPLACE_MANAGER, CUSTOMER_SUPPORT, SALES_SUPPORT). */
  | 'MANAGE_MEMBERS'
  /** Manage resellers, referral companies and lead assignment (RESELLER_MANAGER). */
  | 'MANAGE_RESELLERS'
  /** Read the audit log (COMPANY_ADMIN for its company, MARKETPLACE_MANAGER for the marketplace). */
  | 'READ_AUDIT'
  /** Read marketplace reports (MARKETPLACE_MANAGER, REPORTS_MARKETPLACE_MANAGER). */
  | 'READ_REPORTS'
  /** Ask the company's admins to buy a product (USER). */
  | 'REQUEST_PURCHASE'
  /** Approve and reject products and revisions (MARKETPLACE_MANAGER, PRODUCT_SUPPORT). */
  | 'REVIEW_PRODUCTS'
  /** See partners' tenants and activity to troubleshoot (MARKETPLACE_MANAGER, CUSTOMER_SUPPORT). */
  | 'SUPPORT_CUSTOMERS'
  /** See the company (USER). */
  | 'VIEW_COMPANY';

/** A product of a vendor in the catalog, with its marketing content, editions and versions (C1 to C6). */
export type Product = Node & {
  __typename?: 'Product';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** A subscribed product assigned to one user of the company (C8). */
export type ProductAssignment = Node & {
  __typename?: 'ProductAssignment';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** A company's subscription to an edition of a product (C7). */
export type ProductSubscription = Node & {
  __typename?: 'ProductSubscription';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** A version of a product (integration) that end customers install (C5, T8). */
export type ProductVersion = Node & {
  __typename?: 'ProductVersion';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** A user's request that its company buy an edition (C7). */
export type PurchaseRequest = Node & {
  __typename?: 'PurchaseRequest';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Identity audit records (X5), newest first: of a company to its COMPANY_ADMIN and to
   * MARKETPLACE_MANAGER and CUSTOMER_SUPPORT staff; of a whole marketplace to its
   * MARKETPLACE_MANAGER. Give companyId or marketplaceId (neither is BAD_USER_INPUT).
   * @deprecated Use identityAuditEvents: the same records as AuditEvent, the one audit shape of every subgraph, with filters.
   */
  auditLog: AuditEntryConnection;
  /** Companies of one marketplace, oldest first, optionally filtered. Marketplace staff (any staff role) and the platform operator. */
  companies: CompanyConnection;
  /** A company, to its members, to marketplace staff and to the resellers managing it. Another marketplace's company answers NOT_FOUND. */
  company?: Maybe<Company>;
  /**
   * Identity's audit events (X5), newest first, in the one shape of every subgraph. A company's
   * events to its COMPANY_ADMIN and to the staff who administer the marketplace's companies
   * (MARKETPLACE_MANAGER, CUSTOMER_SUPPORT); a whole marketplace's to its MARKETPLACE_MANAGER. Give
   * companyId or marketplaceId (neither is BAD_USER_INPUT).
   */
  identityAuditEvents?: Maybe<AuditEventConnection>;
  /** What an invitation token invites to, before it is accepted. Needs no sign-in; null when the token is unknown, used, revoked or expired. */
  invitation?: Maybe<InvitationPreview>;
  /** One marketplace the caller belongs to (any for the platform operator); null otherwise. */
  marketplace?: Maybe<Marketplace>;
  /** Marketplaces the caller belongs to; every marketplace for the platform operator. Signed-in users and API keys; oldest first. */
  marketplaces: MarketplaceConnection;
  /**
   * The object of any type of the graph with this ID, authorized like every other read of that
   * type: an ID the caller may not read, an unknown ID and a malformed ID all answer null with the
   * same NOT_FOUND error.
   */
  node?: Maybe<Node>;
  /**
   * The objects with these IDs, in the order asked, each authorized like `node(id:)`: null with a
   * NOT_FOUND error at its position for an ID the caller may not read. At most 100 IDs.
   */
  nodes: Array<Maybe<Node>>;
  /** A user, to itself, to COMPANY_ADMINs of its companies and to staff of their marketplaces; NOT_FOUND for anyone else. */
  user?: Maybe<User>;
  /**
   * People of one marketplace: anyone who holds or held a membership in one of its companies. Its
   * MARKETPLACE_MANAGER, CUSTOMER_SUPPORT and SALES_SUPPORT find a user here by email or name; the
   * list shows nothing of other marketplaces.
   */
  users: UserConnection;
  /** The caller: its user or API key, memberships and the permissions each grants (I13). Signed-in users and API keys. */
  viewer: Viewer;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryAuditLogArgs = {
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
export type QueryCompaniesArgs = {
  accessType?: InputMaybe<AccessType>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId: Scalars['ID']['input'];
  orderBy?: InputMaybe<CompanyOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryIdentityAuditEventsArgs = {
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
export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryMarketplaceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryMarketplacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId: Scalars['ID']['input'];
  orderBy?: InputMaybe<UserOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A company's new name. */
export type RenameCompanyInput = {
  /** The company to rename. */
  companyId: Scalars['ID']['input'];
  /** New display name, 1 to 200 characters, unique within the marketplace regardless of letter case. */
  name: Scalars['String']['input'];
};

/**
 * A role held in one membership (user x company), I5. The company's access types decide which
 * roles it offers (I6); some pairs cannot be combined in one membership (I7).
 */
export type Role =
  /** Manages billing and buys for the company. */
  | 'BILLING_ADMIN'
  /** Administers the company: members, invitations, API keys, buying, app assignments, audit. Granting it also grants BILLING_ADMIN. A company always keeps at least one (I8). */
  | 'COMPANY_ADMIN'
  /** Marketplace staff: manages companies and members, disables users, troubleshoots partners' tenants and activity. */
  | 'CUSTOMER_SUPPORT'
  /** Member of a DEVELOPER company: builds products, versions and editions, manages end customers, apps and keysets. */
  | 'DEVELOPER'
  /** Marketplace staff: manages the marketplace, its companies and members, reviews products, reads reports and audit. Not combinable with REPORTS_MARKETPLACE_MANAGER. */
  | 'MARKETPLACE_MANAGER'
  /** Marketplace staff: reviews products and revisions and edits any product's details directly. */
  | 'PRODUCT_SUPPORT'
  /** Member of a REFERRAL company: creates leads. Not combinable with RESELLER. */
  | 'REFERRAL'
  /** Marketplace staff: reads marketplace reports and changes nothing. Not combinable with MARKETPLACE_MANAGER. */
  | 'REPORTS_MARKETPLACE_MANAGER'
  /** Member of a RESELLER company: creates and converts leads, creates and buys for the customer companies it manages. Not combinable with REFERRAL. */
  | 'RESELLER'
  /** Marketplace staff: manages resellers and referral companies, assigns leads to resellers. */
  | 'RESELLER_MANAGER'
  /** Marketplace staff: creates companies, manages members and buys for any company of the marketplace. */
  | 'SALES_SUPPORT'
  /** Held by every member and never removed: sees the company and files purchase requests. */
  | 'USER';

/** A company's new set of access types. */
export type SetCompanyAccessInput = {
  /** The complete new set; ACCOUNT is always kept, MARKETPLACE is kept for the owner and refused for others. */
  accessTypes: Array<AccessType>;
  /** The company to change. */
  companyId: Scalars['ID']['input'];
};

/** A person with a platform account. Email is unique platform-wide; a user always has at least one membership (I4). */
export type User = Node & {
  __typename?: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** True when the user may not sign in or act (I10): disabled by staff or left without memberships. */
  disabled: Scalars['Boolean']['output'];
  /** Sign-in email, stored lowercased, at most 254 characters. */
  email: Scalars['String']['output'];
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /**
   * The user's sign-in history (X5), newest first: logins, failed and throttled attempts, refreshed
   * and ended sessions, being disabled and enabled. The user itself reads all of it; the staff and
   * company admins who read the audit, only the events of their own marketplaces and companies.
   */
  loginHistory?: Maybe<AuditEventConnection>;
  /** The user's memberships, revoked ones included: all of them to the user itself, else those of companies the caller administers or staffs. */
  memberships?: Maybe<Array<Membership>>;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['output'];
};


/** A person with a platform account. Email is unique platform-wide; a user always has at least one membership (I4). */
export type UserLoginHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users of this page, each with its cursor. */
  edges: Array<UserEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many users the list holds, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A user and its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Where this user sits in the list, for after or before. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
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

/** How users are sorted. */
export type UserOrder = {
  /** Which way; ascending when omitted. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: UserOrderField;
};

/** The fields users can be sorted by; the ID breaks ties, so pages stay stable. */
export type UserOrderField =
  /** When the user was created. */
  | 'CREATED_AT'
  /** The email address. */
  | 'EMAIL'
  /** The name. */
  | 'NAME';

/** The result of disabling or enabling a user. */
export type UserPayload = {
  __typename?: 'UserPayload';
  /** The user as changed; null on userErrors. */
  user?: Maybe<User>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** The caller of the request and what it may do (I13). */
export type Viewer = {
  __typename?: 'Viewer';
  /** The API key making the request; null for a user. */
  apiKey?: Maybe<ApiKey>;
  /** True for the platform operator, who sees and manages every marketplace. */
  isPlatformOperator: Scalars['Boolean']['output'];
  /** Whether the caller is a user or an API key. */
  kind: ActorKind;
  /** The caller's active memberships, each with its roles and permissions; empty for an API key. */
  memberships: Array<Membership>;
  /** The signed-in user; null for an API key. */
  user?: Maybe<User>;
};



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


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node: ( NodeStubModelModel ) | ( ApiKeyModel ) | ( NodeStubModelModel ) | ( CompanyModel ) | ( NodeStubModelModel ) | ( NodeStubModelModel ) | ( NodeStubModelModel ) | ( InvitationModel ) | ( NodeStubModelModel ) | ( NodeStubModelModel ) | ( MarketplaceModel ) | ( MembershipModel ) | ( NodeStubModelModel ) | ( NodeStubModelModel ) | ( NodeStubModelModel ) | ( NodeStubModelModel ) | ( NodeStubModelModel ) | ( UserModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessType: AccessType;
  ActivityEvent: ResolverTypeWrapper<NodeStubModelModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActorKind: ActorKind;
  ApiKey: ResolverTypeWrapper<ApiKeyModel>;
  ApiKeyConnection: ResolverTypeWrapper<ApiKeyConnectionModelModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyPayload: ResolverTypeWrapper<Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  App: ResolverTypeWrapper<NodeStubModelModel>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnectionModelModel>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditEvent: ResolverTypeWrapper<AuditEntryModel>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnectionModelModel>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventFilter: AuditEventFilter;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  ChangeRolesInput: ChangeRolesInput;
  Company: ResolverTypeWrapper<CompanyModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CompanyConnection: ResolverTypeWrapper<CompanyConnectionModelModel>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyOrder: CompanyOrder;
  CompanyOrderField: CompanyOrderField;
  CompanyPayload: ResolverTypeWrapper<Omit<CompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  CreateCompanyInput: CreateCompanyInput;
  CreateCompanyPayload: ResolverTypeWrapper<Omit<CreateCompanyPayload, 'company' | 'invitation'> & { company?: Maybe<ResolversTypes['Company']>, invitation?: Maybe<ResolversTypes['Invitation']> }>;
  CreateMarketplaceInput: CreateMarketplaceInput;
  CreateMarketplacePayload: ResolverTypeWrapper<Omit<CreateMarketplacePayload, 'invitation' | 'marketplace'> & { invitation?: Maybe<ResolversTypes['Invitation']>, marketplace?: Maybe<ResolversTypes['Marketplace']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Edition: ResolverTypeWrapper<NodeStubModelModel>;
  EndCustomer: ResolverTypeWrapper<NodeStubModelModel>;
  Installation: ResolverTypeWrapper<NodeStubModelModel>;
  Invitation: ResolverTypeWrapper<InvitationModel>;
  InvitationConnection: ResolverTypeWrapper<InvitationConnectionModelModel>;
  InvitationEdge: ResolverTypeWrapper<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>;
  InvitationPayload: ResolverTypeWrapper<Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  InvitationPreview: ResolverTypeWrapper<InvitationPreview>;
  InviteFirstAdminInput: InviteFirstAdminInput;
  InvitePayload: ResolverTypeWrapper<Omit<InvitePayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  InviteUserInput: InviteUserInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Keyset: ResolverTypeWrapper<NodeStubModelModel>;
  Lead: ResolverTypeWrapper<NodeStubModelModel>;
  LoginInput: LoginInput;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  Marketplace: ResolverTypeWrapper<MarketplaceModel>;
  MarketplaceConnection: ResolverTypeWrapper<MarketplaceConnectionModelModel>;
  MarketplaceEdge: ResolverTypeWrapper<Omit<MarketplaceEdge, 'node'> & { node: ResolversTypes['Marketplace'] }>;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipConnection: ResolverTypeWrapper<MembershipConnectionModelModel>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipPayload: ResolverTypeWrapper<Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  Mutation: ResolverTypeWrapper<{}>;
  NewUserInput: NewUserInput;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Permission: Permission;
  Product: ResolverTypeWrapper<NodeStubModelModel>;
  ProductAssignment: ResolverTypeWrapper<NodeStubModelModel>;
  ProductSubscription: ResolverTypeWrapper<NodeStubModelModel>;
  ProductVersion: ResolverTypeWrapper<NodeStubModelModel>;
  PurchaseRequest: ResolverTypeWrapper<NodeStubModelModel>;
  Query: ResolverTypeWrapper<{}>;
  RenameCompanyInput: RenameCompanyInput;
  Role: Role;
  SetCompanyAccessInput: SetCompanyAccessInput;
  User: ResolverTypeWrapper<UserModel>;
  UserConnection: ResolverTypeWrapper<UserConnectionModelModel>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserOrder: UserOrder;
  UserOrderField: UserOrderField;
  UserPayload: ResolverTypeWrapper<Omit<UserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  Viewer: ResolverTypeWrapper<ViewerModelModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  String: Scalars['String']['output'];
  ActivityEvent: NodeStubModelModel;
  ID: Scalars['ID']['output'];
  ApiKey: ApiKeyModel;
  ApiKeyConnection: ApiKeyConnectionModelModel;
  Int: Scalars['Int']['output'];
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ApiKeyPayload: Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  App: NodeStubModelModel;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: AuditEntryConnectionModelModel;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditEvent: AuditEntryModel;
  AuditEventConnection: AuditEventConnectionModelModel;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditEventFilter: AuditEventFilter;
  AuthPayload: Omit<AuthPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  ChangeRolesInput: ChangeRolesInput;
  Company: CompanyModel;
  Boolean: Scalars['Boolean']['output'];
  CompanyConnection: CompanyConnectionModelModel;
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyOrder: CompanyOrder;
  CompanyPayload: Omit<CompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  CreateCompanyInput: CreateCompanyInput;
  CreateCompanyPayload: Omit<CreateCompanyPayload, 'company' | 'invitation'> & { company?: Maybe<ResolversParentTypes['Company']>, invitation?: Maybe<ResolversParentTypes['Invitation']> };
  CreateMarketplaceInput: CreateMarketplaceInput;
  CreateMarketplacePayload: Omit<CreateMarketplacePayload, 'invitation' | 'marketplace'> & { invitation?: Maybe<ResolversParentTypes['Invitation']>, marketplace?: Maybe<ResolversParentTypes['Marketplace']> };
  DateTime: Scalars['DateTime']['output'];
  Edition: NodeStubModelModel;
  EndCustomer: NodeStubModelModel;
  Installation: NodeStubModelModel;
  Invitation: InvitationModel;
  InvitationConnection: InvitationConnectionModelModel;
  InvitationEdge: Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] };
  InvitationPayload: Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  InvitationPreview: InvitationPreview;
  InviteFirstAdminInput: InviteFirstAdminInput;
  InvitePayload: Omit<InvitePayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  InviteUserInput: InviteUserInput;
  JSON: Scalars['JSON']['output'];
  Keyset: NodeStubModelModel;
  Lead: NodeStubModelModel;
  LoginInput: LoginInput;
  LogoutPayload: LogoutPayload;
  Marketplace: MarketplaceModel;
  MarketplaceConnection: MarketplaceConnectionModelModel;
  MarketplaceEdge: Omit<MarketplaceEdge, 'node'> & { node: ResolversParentTypes['Marketplace'] };
  Membership: MembershipModel;
  MembershipConnection: MembershipConnectionModelModel;
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  MembershipPayload: Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  Mutation: {};
  NewUserInput: NewUserInput;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Product: NodeStubModelModel;
  ProductAssignment: NodeStubModelModel;
  ProductSubscription: NodeStubModelModel;
  ProductVersion: NodeStubModelModel;
  PurchaseRequest: NodeStubModelModel;
  Query: {};
  RenameCompanyInput: RenameCompanyInput;
  SetCompanyAccessInput: SetCompanyAccessInput;
  User: UserModel;
  UserConnection: UserConnectionModelModel;
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: UserError;
  UserOrder: UserOrder;
  UserPayload: Omit<UserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  Viewer: ViewerModelModel;
};

export type ActivityEventResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ActivityEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApiKey']>, { __typename: 'ApiKey' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKeyPayload'] = ResolversParentTypes['ApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['App'] = ResolversParentTypes['App']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['App']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marketplaceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
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

export type AuditEventConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  accessToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refreshToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retryAfterSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']>, { __typename: 'Company' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  accessTypes?: Resolver<Array<ResolversTypes['AccessType']>, ParentType, ContextType>;
  apiKeys?: Resolver<Maybe<ResolversTypes['ApiKeyConnection']>, ParentType, ContextType, Partial<CompanyApiKeysArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<Maybe<ResolversTypes['InvitationConnection']>, ParentType, ContextType, Partial<CompanyInvitationsArgs>>;
  isOwner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  managedCustomers?: Resolver<Maybe<ResolversTypes['CompanyConnection']>, ParentType, ContextType, Partial<CompanyManagedCustomersArgs>>;
  marketplace?: Resolver<ResolversTypes['Marketplace'], ParentType, ContextType>;
  members?: Resolver<Maybe<ResolversTypes['MembershipConnection']>, ParentType, ContextType, Partial<CompanyMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resellers?: Resolver<Maybe<Array<ResolversTypes['Company']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CompanyPayload'] = ResolversParentTypes['CompanyPayload']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateApiKeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateCompanyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateCompanyPayload'] = ResolversParentTypes['CreateCompanyPayload']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateMarketplacePayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateMarketplacePayload'] = ResolversParentTypes['CreateMarketplacePayload']> = {
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
  marketplace?: Resolver<Maybe<ResolversTypes['Marketplace']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EditionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Edition'] = ResolversParentTypes['Edition']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Edition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EndCustomerResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['EndCustomer'] = ResolversParentTypes['EndCustomer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstallationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Installation'] = ResolversParentTypes['Installation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Installation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvitationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Invitation']>, { __typename: 'Invitation' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvitationConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvitationEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvitationPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvitationPayload'] = ResolversParentTypes['InvitationPayload']> = {
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvitationPreviewResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvitationPreview'] = ResolversParentTypes['InvitationPreview']> = {
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  marketplaceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvitePayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvitePayload'] = ResolversParentTypes['InvitePayload']> = {
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeysetResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Keyset'] = ResolversParentTypes['Keyset']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Keyset']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LeadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LogoutPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = {
  loggedOut?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MarketplaceResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Marketplace'] = ResolversParentTypes['Marketplace']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Marketplace']>, { __typename: 'Marketplace' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerCompany?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MarketplaceConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MarketplaceConnection'] = ResolversParentTypes['MarketplaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MarketplaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MarketplaceEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MarketplaceEdge'] = ResolversParentTypes['MarketplaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Marketplace'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Membership']>, { __typename: 'Membership' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['Permission']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MembershipPayload'] = ResolversParentTypes['MembershipPayload']> = {
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvitation?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  addResellerCustomer?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationAddResellerCustomerArgs, 'customerCompanyId' | 'resellerCompanyId'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createCompany?: Resolver<ResolversTypes['CreateCompanyPayload'], ParentType, ContextType, RequireFields<MutationCreateCompanyArgs, 'input'>>;
  createMarketplace?: Resolver<ResolversTypes['CreateMarketplacePayload'], ParentType, ContextType, RequireFields<MutationCreateMarketplaceArgs, 'input'>>;
  disableUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'userId'>>;
  enableUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationEnableUserArgs, 'userId'>>;
  grantRoles?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationGrantRolesArgs, 'input'>>;
  inviteFirstAdmin?: Resolver<ResolversTypes['InvitePayload'], ParentType, ContextType, RequireFields<MutationInviteFirstAdminArgs, 'input'>>;
  inviteUser?: Resolver<ResolversTypes['InvitePayload'], ParentType, ContextType, RequireFields<MutationInviteUserArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'refreshToken'>>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  removeResellerCustomer?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationRemoveResellerCustomerArgs, 'customerCompanyId' | 'resellerCompanyId'>>;
  renameCompany?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationRenameCompanyArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'apiKeyId'>>;
  revokeInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'invitationId'>>;
  revokeMembership?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationRevokeMembershipArgs, 'membershipId'>>;
  revokeRoles?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationRevokeRolesArgs, 'input'>>;
  setCompanyAccess?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationSetCompanyAccessArgs, 'input'>>;
};

export type NodeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType?: TypeResolveFn<'ActivityEvent' | 'ApiKey' | 'App' | 'Company' | 'Edition' | 'EndCustomer' | 'Installation' | 'Invitation' | 'Keyset' | 'Lead' | 'Marketplace' | 'Membership' | 'Product' | 'ProductAssignment' | 'ProductSubscription' | 'ProductVersion' | 'PurchaseRequest' | 'User', ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductAssignmentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ProductAssignment'] = ResolversParentTypes['ProductAssignment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductAssignment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductSubscriptionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ProductSubscription'] = ResolversParentTypes['ProductSubscription']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductSubscription']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductVersionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ProductVersion'] = ResolversParentTypes['ProductVersion']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurchaseRequestResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PurchaseRequest'] = ResolversParentTypes['PurchaseRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PurchaseRequest']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'marketplaceId'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  identityAuditEvents?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, Partial<QueryIdentityAuditEventsArgs>>;
  invitation?: Resolver<Maybe<ResolversTypes['InvitationPreview']>, ParentType, ContextType, RequireFields<QueryInvitationArgs, 'token'>>;
  marketplace?: Resolver<Maybe<ResolversTypes['Marketplace']>, ParentType, ContextType, RequireFields<QueryMarketplaceArgs, 'id'>>;
  marketplaces?: Resolver<ResolversTypes['MarketplaceConnection'], ParentType, ContextType, Partial<QueryMarketplacesArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'marketplaceId'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']>, { __typename: 'User' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loginHistory?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, Partial<UserLoginHistoryArgs>>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserPayload'] = ResolversParentTypes['UserPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  isPlatformOperator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = IdentityContext> = {
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyPayload?: ApiKeyPayloadResolvers<ContextType>;
  App?: AppResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  CompanyPayload?: CompanyPayloadResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateCompanyPayload?: CreateCompanyPayloadResolvers<ContextType>;
  CreateMarketplacePayload?: CreateMarketplacePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Edition?: EditionResolvers<ContextType>;
  EndCustomer?: EndCustomerResolvers<ContextType>;
  Installation?: InstallationResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  InvitationPayload?: InvitationPayloadResolvers<ContextType>;
  InvitationPreview?: InvitationPreviewResolvers<ContextType>;
  InvitePayload?: InvitePayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Keyset?: KeysetResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Marketplace?: MarketplaceResolvers<ContextType>;
  MarketplaceConnection?: MarketplaceConnectionResolvers<ContextType>;
  MarketplaceEdge?: MarketplaceEdgeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MembershipPayload?: MembershipPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductAssignment?: ProductAssignmentResolvers<ContextType>;
  ProductSubscription?: ProductSubscriptionResolvers<ContextType>;
  ProductVersion?: ProductVersionResolvers<ContextType>;
  PurchaseRequest?: PurchaseRequestResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserPayload?: UserPayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

