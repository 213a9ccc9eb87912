/* eslint-disable */
// Generated from schema/identity.graphql by `npm run codegen`. Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Marketplace as MarketplaceModel, Company as CompanyModel, User as UserModel, Membership as MembershipModel, Invitation as InvitationModel, ApiKey as ApiKeyModel } from '../entities';
import type { AuditEntry as AuditEntryModel } from '@marketgraph/db';
import type { AuditEventConnectionModel as AuditEventConnectionModelModel, ViewerModel as ViewerModelModel, MarketplaceConnectionModel as MarketplaceConnectionModelModel, CompanyConnectionModel as CompanyConnectionModelModel, MembershipConnectionModel as MembershipConnectionModelModel, InvitationConnectionModel as InvitationConnectionModelModel, ApiKeyConnectionModel as ApiKeyConnectionModelModel, AuditEntryConnectionModel as AuditEntryConnectionModelModel } from './models';
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
  /** An instant in time, as an ISO-8601 string in UTC. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value: a JSON Schema, configuration, or the details of an audit event. */
  JSON: { input: any; output: any; }
  _FieldSet: { input: any; output: any; }
};

export type AcceptInvitationInput = {
  /** Required when not signed in: the name of the account being created. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required when not signed in: the password of the account being created. Not used when signed in. */
  password?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

export type AccessType =
  | 'ACCOUNT'
  | 'DEVELOPER'
  | 'MARKETPLACE'
  | 'REFERRAL'
  | 'RESELLER';

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

export type ApiKey = {
  __typename?: 'ApiKey';
  company: Company;
  createdAt: Scalars['DateTime']['output'];
  /** The user who created the key. The key stops working when that user is disabled or leaves the company. */
  createdBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the key, to recognise it; the rest is never shown again. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  roles: Array<Role>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  userErrors: Array<UserError>;
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  actorKind: Scalars['String']['output'];
  companyId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  details?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  marketplaceId?: Maybe<Scalars['ID']['output']>;
  requestId: Scalars['String']['output'];
  targetId?: Maybe<Scalars['ID']['output']>;
  targetType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
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

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken?: Maybe<Scalars['String']['output']>;
  /** When the access token stops being accepted. */
  accessTokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** With a THROTTLED error: seconds until the next attempt is allowed. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type ChangeRolesInput = {
  membershipId: Scalars['ID']['input'];
  roles: Array<Role>;
};

export type Company = {
  __typename?: 'Company';
  accessTypes: Array<AccessType>;
  apiKeys: ApiKeyConnection;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitations: InvitationConnection;
  /** True for the marketplace owner. */
  isOwner: Scalars['Boolean']['output'];
  /** Customer companies this reseller manages. */
  managedCustomers: CompanyConnection;
  marketplace: Marketplace;
  members: MembershipConnection;
  name: Scalars['String']['output'];
  /** Resellers that manage this company. */
  resellers: Array<Company>;
};


export type CompanyApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanyInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanyManagedCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanyMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompanyPayload = {
  __typename?: 'CompanyPayload';
  company?: Maybe<Company>;
  userErrors: Array<UserError>;
};

export type CreateApiKeyInput = {
  companyId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** A subset of the creator's roles in the company. */
  roles: Array<Role>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  /** The key itself. It is shown only here; store it now. */
  key?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateCompanyInput = {
  /** ACCOUNT is always included; MARKETPLACE is only the owner's. */
  accessTypes: Array<AccessType>;
  /** The first COMPANY_ADMIN, invited: the company has no member until the invitation is accepted. */
  firstAdmin: NewUserInput;
  marketplaceId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** When set, this reseller company manages the new company. */
  resellerCompanyId?: InputMaybe<Scalars['ID']['input']>;
};

/** The new company and the invitation of its first admin. */
export type CreateCompanyPayload = {
  __typename?: 'CreateCompanyPayload';
  company?: Maybe<Company>;
  /** The invitation of the company's first admin. */
  invitation?: Maybe<Invitation>;
  /** The single-use token of that invitation, to deliver to the invitee. It is shown only here. */
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateMarketplaceInput = {
  name: Scalars['String']['input'];
  ownerAdmin: NewUserInput;
  ownerCompanyName: Scalars['String']['input'];
  /** URL-safe name: lowercase letters, digits and -. */
  slug: Scalars['String']['input'];
};

export type CreateMarketplacePayload = {
  __typename?: 'CreateMarketplacePayload';
  /** The invitation of the owner company's first admin. */
  invitation?: Maybe<Invitation>;
  marketplace?: Maybe<Marketplace>;
  /** The single-use token of that invitation, to deliver to the invitee. It is shown only here. */
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  company: Company;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  roles: Array<Role>;
};

export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  edges: Array<InvitationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  cursor: Scalars['String']['output'];
  node: Invitation;
};

export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  invitation?: Maybe<Invitation>;
  userErrors: Array<UserError>;
};

export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  companyName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  marketplaceName: Scalars['String']['output'];
  roles: Array<Role>;
};

/** A new invitation of a company's first admin, replacing the pending one. */
export type InviteFirstAdminInput = {
  /** A company nobody has yet accepted to administer. */
  companyId: Scalars['ID']['input'];
  /** Who is invited, the same email or a corrected one. */
  email: Scalars['String']['input'];
};

export type InvitePayload = {
  __typename?: 'InvitePayload';
  invitation?: Maybe<Invitation>;
  /** The single-use token to deliver to the invitee. It is shown only here. */
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type InviteUserInput = {
  companyId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  /** Days until the invitation expires; 7 when omitted, at most 30. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  roles: Array<Role>;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  loggedOut?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type Marketplace = {
  __typename?: 'Marketplace';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  ownerCompany: Company;
  slug: Scalars['String']['output'];
};

export type MarketplaceConnection = {
  __typename?: 'MarketplaceConnection';
  edges: Array<MarketplaceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MarketplaceEdge = {
  __typename?: 'MarketplaceEdge';
  cursor: Scalars['String']['output'];
  node: Marketplace;
};

export type Membership = {
  __typename?: 'Membership';
  active: Scalars['Boolean']['output'];
  company: Company;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  permissions: Array<Permission>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  roles: Array<Role>;
  user: User;
};

export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  edges: Array<MembershipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  cursor: Scalars['String']['output'];
  node: Membership;
};

export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an invitation. Signed in, the caller joins with its own account (the invitation must
   * be for its email). Not signed in, the caller creates the invited account with a name and a
   * password and gets a session; an email that already has an account is joined only signed in.
   */
  acceptInvitation: AuthPayload;
  addResellerCustomer: CompanyPayload;
  createApiKey: CreateApiKeyPayload;
  /** A company and the invitation of its first COMPANY_ADMIN; whoever accepts it becomes the admin. */
  createCompany: CreateCompanyPayload;
  createMarketplace: CreateMarketplacePayload;
  disableUser: UserPayload;
  enableUser: UserPayload;
  grantRoles: MembershipPayload;
  /** Invites a company's first admin again, while nobody has accepted: earlier admin invitations stop working. */
  inviteFirstAdmin: InvitePayload;
  inviteUser: InvitePayload;
  login: AuthPayload;
  logout: LogoutPayload;
  refreshSession: AuthPayload;
  removeResellerCustomer: CompanyPayload;
  renameCompany: CompanyPayload;
  revokeApiKey: ApiKeyPayload;
  revokeInvitation: InvitationPayload;
  revokeMembership: MembershipPayload;
  revokeRoles: MembershipPayload;
  setCompanyAccess: CompanyPayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddResellerCustomerArgs = {
  customerCompanyId: Scalars['ID']['input'];
  resellerCompanyId: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


export type MutationCreateMarketplaceArgs = {
  input: CreateMarketplaceInput;
};


export type MutationDisableUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationEnableUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationGrantRolesArgs = {
  input: ChangeRolesInput;
};


export type MutationInviteFirstAdminArgs = {
  input: InviteFirstAdminInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveResellerCustomerArgs = {
  customerCompanyId: Scalars['ID']['input'];
  resellerCompanyId: Scalars['ID']['input'];
};


export type MutationRenameCompanyArgs = {
  input: RenameCompanyInput;
};


export type MutationRevokeApiKeyArgs = {
  apiKeyId: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationRevokeMembershipArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationRevokeRolesArgs = {
  input: ChangeRolesInput;
};


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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** What a membership lets its holder do, so that a frontend can hide the rest. */
export type Permission =
  | 'ASSIGN_APPS'
  | 'BUY_FOR_ANY_COMPANY'
  | 'BUY_PRODUCTS'
  | 'CONVERT_LEADS'
  | 'CREATE_LEADS'
  | 'DEVELOP_PRODUCTS'
  | 'EDIT_ANY_PRODUCT'
  | 'MANAGE_API_KEYS'
  | 'MANAGE_BILLING'
  | 'MANAGE_COMPANIES'
  | 'MANAGE_CUSTOMER_COMPANIES'
  | 'MANAGE_END_CUSTOMERS'
  | 'MANAGE_MARKETPLACE'
  | 'MANAGE_MEMBERS'
  | 'MANAGE_RESELLERS'
  | 'READ_AUDIT'
  | 'READ_REPORTS'
  | 'REQUEST_PURCHASE'
  | 'REVIEW_PRODUCTS'
  | 'SUPPORT_CUSTOMERS'
  | 'VIEW_COMPANY';

export type Query = {
  __typename?: 'Query';
  /**
   * Audit records of a company, or of a whole marketplace for its staff.
   * @deprecated Use identityAuditEvents: the same records as AuditEvent, the one audit shape of every subgraph, with filters.
   */
  auditLog: AuditEntryConnection;
  /** Companies of one marketplace, optionally filtered. */
  companies: CompanyConnection;
  company?: Maybe<Company>;
  /**
   * Identity's audit events (X5), newest first: companies, members, invitations, API keys, and
   * sign-in events. A company's events to its COMPANY_ADMIN and to the staff who administer the
   * marketplace's companies (MARKETPLACE_MANAGER, CUSTOMER_SUPPORT); a whole marketplace's to its
   * MARKETPLACE_MANAGER. Give companyId or marketplaceId.
   */
  identityAuditEvents?: Maybe<AuditEventConnection>;
  /** What an invitation token invites to, before it is accepted. Needs no sign-in. */
  invitation?: Maybe<InvitationPreview>;
  marketplace?: Maybe<Marketplace>;
  /** Marketplaces the caller belongs to; every marketplace for the platform operator. */
  marketplaces: MarketplaceConnection;
  user?: Maybe<User>;
  /** The caller: its user or API key, memberships and the permissions each grants. */
  viewer: Viewer;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCompaniesArgs = {
  accessType?: InputMaybe<AccessType>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIdentityAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryMarketplaceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMarketplacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type RenameCompanyInput = {
  companyId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type Role =
  | 'BILLING_ADMIN'
  | 'COMPANY_ADMIN'
  | 'CUSTOMER_SUPPORT'
  | 'DEVELOPER'
  | 'MARKETPLACE_MANAGER'
  | 'PRODUCT_SUPPORT'
  | 'REFERRAL'
  | 'REPORTS_MARKETPLACE_MANAGER'
  | 'RESELLER'
  | 'RESELLER_MANAGER'
  | 'SALES_SUPPORT'
  | 'USER';

export type SetCompanyAccessInput = {
  accessTypes: Array<AccessType>;
  companyId: Scalars['ID']['input'];
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /**
   * The user's sign-in history (X5), newest first: logins, failed and throttled attempts, refreshed
   * and ended sessions, being disabled and enabled. The user itself reads all of it; the staff and
   * company admins who read the audit, only the events of their own marketplaces and companies.
   */
  loginHistory?: Maybe<AuditEventConnection>;
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
};


export type UserLoginHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
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

export type UserPayload = {
  __typename?: 'UserPayload';
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type Viewer = {
  __typename?: 'Viewer';
  apiKey?: Maybe<ApiKey>;
  isPlatformOperator: Scalars['Boolean']['output'];
  kind: ActorKind;
  memberships: Array<Membership>;
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



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessType: AccessType;
  ActorKind: ActorKind;
  ApiKey: ResolverTypeWrapper<ApiKeyModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<ApiKeyConnectionModelModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyPayload: ResolverTypeWrapper<Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
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
  CompanyPayload: ResolverTypeWrapper<Omit<CompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  CreateCompanyInput: CreateCompanyInput;
  CreateCompanyPayload: ResolverTypeWrapper<Omit<CreateCompanyPayload, 'company' | 'invitation'> & { company?: Maybe<ResolversTypes['Company']>, invitation?: Maybe<ResolversTypes['Invitation']> }>;
  CreateMarketplaceInput: CreateMarketplaceInput;
  CreateMarketplacePayload: ResolverTypeWrapper<Omit<CreateMarketplacePayload, 'invitation' | 'marketplace'> & { invitation?: Maybe<ResolversTypes['Invitation']>, marketplace?: Maybe<ResolversTypes['Marketplace']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Invitation: ResolverTypeWrapper<InvitationModel>;
  InvitationConnection: ResolverTypeWrapper<InvitationConnectionModelModel>;
  InvitationEdge: ResolverTypeWrapper<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>;
  InvitationPayload: ResolverTypeWrapper<Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  InvitationPreview: ResolverTypeWrapper<InvitationPreview>;
  InviteFirstAdminInput: InviteFirstAdminInput;
  InvitePayload: ResolverTypeWrapper<Omit<InvitePayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  InviteUserInput: InviteUserInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
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
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Permission: Permission;
  Query: ResolverTypeWrapper<{}>;
  RenameCompanyInput: RenameCompanyInput;
  Role: Role;
  SetCompanyAccessInput: SetCompanyAccessInput;
  User: ResolverTypeWrapper<UserModel>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserPayload: ResolverTypeWrapper<Omit<UserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  Viewer: ResolverTypeWrapper<ViewerModelModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  String: Scalars['String']['output'];
  ApiKey: ApiKeyModel;
  ID: Scalars['ID']['output'];
  ApiKeyConnection: ApiKeyConnectionModelModel;
  Int: Scalars['Int']['output'];
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ApiKeyPayload: Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
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
  CompanyPayload: Omit<CompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  CreateCompanyInput: CreateCompanyInput;
  CreateCompanyPayload: Omit<CreateCompanyPayload, 'company' | 'invitation'> & { company?: Maybe<ResolversParentTypes['Company']>, invitation?: Maybe<ResolversParentTypes['Invitation']> };
  CreateMarketplaceInput: CreateMarketplaceInput;
  CreateMarketplacePayload: Omit<CreateMarketplacePayload, 'invitation' | 'marketplace'> & { invitation?: Maybe<ResolversParentTypes['Invitation']>, marketplace?: Maybe<ResolversParentTypes['Marketplace']> };
  DateTime: Scalars['DateTime']['output'];
  Invitation: InvitationModel;
  InvitationConnection: InvitationConnectionModelModel;
  InvitationEdge: Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] };
  InvitationPayload: Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  InvitationPreview: InvitationPreview;
  InviteFirstAdminInput: InviteFirstAdminInput;
  InvitePayload: Omit<InvitePayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  InviteUserInput: InviteUserInput;
  JSON: Scalars['JSON']['output'];
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
  PageInfo: PageInfo;
  Query: {};
  RenameCompanyInput: RenameCompanyInput;
  SetCompanyAccessInput: SetCompanyAccessInput;
  User: UserModel;
  UserError: UserError;
  UserPayload: Omit<UserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  Viewer: ViewerModelModel;
};

export type ApiKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
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
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, Partial<CompanyApiKeysArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<ResolversTypes['InvitationConnection'], ParentType, ContextType, Partial<CompanyInvitationsArgs>>;
  isOwner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  managedCustomers?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, Partial<CompanyManagedCustomersArgs>>;
  marketplace?: Resolver<ResolversTypes['Marketplace'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<CompanyMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resellers?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
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

export type InvitationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
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
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['Permission']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
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

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']>, { __typename: 'User' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loginHistory?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, Partial<UserLoginHistoryArgs>>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyPayload?: ApiKeyPayloadResolvers<ContextType>;
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
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  InvitationPayload?: InvitationPayloadResolvers<ContextType>;
  InvitationPreview?: InvitationPreviewResolvers<ContextType>;
  InvitePayload?: InvitePayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Marketplace?: MarketplaceResolvers<ContextType>;
  MarketplaceConnection?: MarketplaceConnectionResolvers<ContextType>;
  MarketplaceEdge?: MarketplaceEdgeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MembershipPayload?: MembershipPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserPayload?: UserPayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

