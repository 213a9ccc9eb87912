/* eslint-disable */
// Generated from schema/tenancy.graphql by `npm run codegen`. Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EndCustomer as EndCustomerModel, App as AppModel, Keyset as KeysetModel, Installation as InstallationModel, ActivityEvent as ActivityEventModel, Theme as ThemeModel } from '../entities';
import type { AuditEntry as AuditEntryModel } from '@marketgraph/db';
import type { AuditEventConnectionModel as AuditEventConnectionModelModel, CompanyRef as CompanyRefModel, ProductRef as ProductRefModel, ProductVersionRef as ProductVersionRefModel, EmbedSessionModel as EmbedSessionModelModel, PartnerSummaryModel as PartnerSummaryModelModel, EndCustomerConnectionModel as EndCustomerConnectionModelModel, AppConnectionModel as AppConnectionModelModel, KeysetConnectionModel as KeysetConnectionModelModel, InstallationConnectionModel as InstallationConnectionModelModel, ActivityEventConnectionModel as ActivityEventConnectionModelModel, PartnerSummaryConnectionModel as PartnerSummaryConnectionModelModel, TenancyAuditEntryConnectionModel as TenancyAuditEntryConnectionModelModel } from './models';
import type { TenancyContext } from '../context';
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

/** One report of an integration run. */
export type ActivityEvent = {
  __typename?: 'ActivityEvent';
  /** The app that ran. */
  app?: Maybe<App>;
  /** The customer the run was for. */
  endCustomer?: Maybe<EndCustomer>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The keyset that reported it. */
  keysetId?: Maybe<Scalars['ID']['output']>;
  /** Free text from the integration, at most 2000 characters. */
  message?: Maybe<Scalars['String']['output']>;
  /** When it happened, as the reporter said. */
  occurredAt: Scalars['DateTime']['output'];
  /** When the platform received it. */
  receivedAt: Scalars['DateTime']['output'];
  /** Records processed by the run, zero or more. */
  recordsProcessed?: Maybe<Scalars['Int']['output']>;
  /** The integration's own ID of the run, grouping its reports. */
  runId?: Maybe<Scalars['String']['output']>;
  /** Started, succeeded or failed. */
  status: ActivityStatus;
};

/** A page of activity reports (X4). */
export type ActivityEventConnection = {
  __typename?: 'ActivityEventConnection';
  /** The reports of this page, each with its cursor. */
  edges: Array<ActivityEventEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many reports the whole list holds, with its filter. */
  totalCount: Scalars['Int']['output'];
};

/** An activity report in a page. */
export type ActivityEventEdge = {
  __typename?: 'ActivityEventEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: ActivityEvent;
};

/** Which integration runs to list (T9). Scope fields combine: every one named must be readable by the caller. */
export type ActivityFilter = {
  /** Runs of this app. */
  appId?: InputMaybe<Scalars['ID']['input']>;
  /** Runs of this customer. */
  endCustomerId?: InputMaybe<Scalars['ID']['input']>;
  /** Reports that occurred at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Runs of this marketplace's customers (marketplace staff). */
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
  /** Runs of this partner's customers. */
  partnerCompanyId?: InputMaybe<Scalars['ID']['input']>;
  /** Runs with this status. */
  status?: InputMaybe<ActivityStatus>;
  /** Reports that occurred before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The result of reportActivity. */
export type ActivityPayload = {
  __typename?: 'ActivityPayload';
  /** The recorded report; null on userErrors. */
  event?: Maybe<ActivityEvent>;
  /** Why nothing was recorded: see reportActivity. */
  userErrors: Array<UserError>;
};

/** The outcome of an integration run, as reported (T9). */
export type ActivityStatus =
  /** The run finished with an error; see the message. */
  | 'FAILED'
  /** The run began. */
  | 'STARTED'
  /** The run finished successfully. */
  | 'SUCCEEDED';

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

/** An app a partner builds and assigns to its end customers. */
export type App = {
  __typename?: 'App';
  /** When the app was created. */
  createdAt: Scalars['DateTime']['output'];
  /** End customers holding the app, oldest first. The partner's side only, never an embed token. */
  endCustomers?: Maybe<EndCustomerConnection>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** Keysets of the app, oldest first. The partner's side only, never an embed token. */
  keysets?: Maybe<KeysetConnection>;
  /** Display name, 1 to 200 characters, unique per partner. */
  name: Scalars['String']['output'];
  /** The partner company that owns the app. */
  partner?: Maybe<Company>;
  /** The partner's catalog product (integration) behind the app, when linked. */
  product?: Maybe<Product>;
};


/** An app a partner builds and assigns to its end customers. */
export type AppEndCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** An app a partner builds and assigns to its end customers. */
export type AppKeysetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** An app and an end customer of the same partner. */
export type AppAssignmentInput = {
  /** The app. */
  appId: Scalars['ID']['input'];
  /** The customer. */
  endCustomerId: Scalars['ID']['input'];
};

/** The result of assigning or unassigning an app. */
export type AppAssignmentPayload = {
  __typename?: 'AppAssignmentPayload';
  /** The app concerned; null on userErrors. */
  app?: Maybe<App>;
  /** The customer concerned; null on userErrors. */
  endCustomer?: Maybe<EndCustomer>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** A page of apps (X4). */
export type AppConnection = {
  __typename?: 'AppConnection';
  /** The apps of this page, each with its cursor. */
  edges: Array<AppEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many apps the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An app in a page. */
export type AppEdge = {
  __typename?: 'AppEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The app. */
  node: App;
};

/** How apps are sorted. */
export type AppOrder = {
  /** Which way; ascending when omitted. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: AppOrderField;
};

/** The fields apps can be sorted by; the ID breaks ties, so pages stay stable. */
export type AppOrderField =
  /** When the app was created. */
  | 'CREATED_AT'
  /** The name, in any letter case. */
  | 'NAME';

/** The result of createApp. */
export type AppPayload = {
  __typename?: 'AppPayload';
  /** The new app; null on userErrors. */
  app?: Maybe<App>;
  /** Why nothing was created: see createApp. */
  userErrors: Array<UserError>;
};

/** A keyset and the customer to assign it to. */
export type AssignKeysetInput = {
  /** A customer of the same partner that holds the keyset's app. */
  endCustomerId: Scalars['ID']['input'];
  /** The keyset. */
  keysetId: Scalars['ID']['input'];
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

/** A move of an installation to another version. */
export type ChangeInstallationVersionInput = {
  /** The configuration for the new version; left out, the current one is validated against it. */
  configuration?: InputMaybe<Scalars['JSON']['input']>;
  /** The installation. */
  installationId: Scalars['ID']['input'];
  /** A RELEASED version of the same product. */
  versionId: Scalars['ID']['input'];
};

/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type Company = {
  __typename?: 'Company';
  /** Apps of this partner, oldest first. Same readers as endCustomers. */
  apps?: Maybe<AppConnection>;
  /** End customers of this partner, oldest first. Its COMPANY_ADMIN and DEVELOPER, MARKETPLACE_MANAGER and CUSTOMER_SUPPORT; null with FORBIDDEN for others. */
  endCustomers?: Maybe<EndCustomerConnection>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The partner's own white-label theme, when set. Same readers as endCustomers. */
  theme?: Maybe<Theme>;
};


/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type CompanyAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AppOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** A company of one marketplace: the owner, a vendor or partner, a reseller, a referral company or a customer (I1, I2). */
export type CompanyEndCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EndCustomerOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A change of an installation's configuration or credentials. */
export type ConfigureInstallationInput = {
  /** Replaces the configuration; left out, the current one stays. */
  configuration?: InputMaybe<Scalars['JSON']['input']>;
  /** Replaces the stored credentials; left out, they stay. */
  credentials?: InputMaybe<Scalars['JSON']['input']>;
  /** The installation. */
  installationId: Scalars['ID']['input'];
};

/** A new app of a partner. */
export type CreateAppInput = {
  /** Display name, 1 to 200 characters, unique per partner. */
  name: Scalars['String']['input'];
  /** The partner company. */
  partnerCompanyId: Scalars['ID']['input'];
  /** One of the partner's own catalog products. */
  productId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new end customer of a partner. */
export type CreateEndCustomerInput = {
  /** Letters, digits, _ and -, at most 255 characters; unique per partner and fixed once saved. */
  externalId: Scalars['String']['input'];
  /** Display name, 1 to 200 characters, unique per partner. */
  name: Scalars['String']['input'];
  /** The partner: a company with DEVELOPER access, or the marketplace owner (T1). */
  partnerCompanyId: Scalars['ID']['input'];
};

/** A new keyset of an app. */
export type CreateKeysetInput = {
  /** The app. */
  appId: Scalars['ID']['input'];
  /** Label, 1 to 200 characters. */
  name: Scalars['String']['input'];
};

/** A new keyset and its secret key. */
export type CreateKeysetPayload = {
  __typename?: 'CreateKeysetPayload';
  /** The new keyset; null on userErrors. */
  keyset?: Maybe<Keyset>;
  /** The secret key: shown this once, stored only hashed. */
  secretKey?: Maybe<Scalars['String']['output']>;
  /** Why nothing was created: see createKeyset. */
  userErrors: Array<UserError>;
};

/** What the bearer of an embed token may do: READ sees, CONFIGURE also changes its own installations. */
export type EmbedPermission =
  /** READ, and install, configure, move and uninstall its own installations. */
  | 'CONFIGURE'
  /** See its own apps, enabled keysets, installations, configuration, activity and the partner's theme. */
  | 'READ';

/** What an embed token acts as (T6). */
export type EmbedSession = {
  __typename?: 'EmbedSession';
  /** The customer the token acts for. */
  endCustomer?: Maybe<EndCustomer>;
  /** What the token may do. */
  permissions: Array<EmbedPermission>;
  /** The partner's theme, or the marketplace's when the partner has none. */
  theme?: Maybe<Theme>;
};

/** A new embed token. */
export type EmbedTokenPayload = {
  __typename?: 'EmbedTokenPayload';
  /** The customer the token acts for. */
  endCustomer?: Maybe<EndCustomer>;
  /** When the token stops working. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token may do. */
  permissions?: Maybe<Array<EmbedPermission>>;
  /** The signed token, for the embedded UI's Authorization header. Shown only here. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why no token was minted: see mintEmbedToken. */
  userErrors: Array<UserError>;
};

/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomer = {
  __typename?: 'EndCustomer';
  /** False when every keyset of the customer is disabled (or it has none): it has no access. */
  active: Scalars['Boolean']['output'];
  /** The customer's integration runs, newest first (T9). */
  activity?: Maybe<ActivityEventConnection>;
  /** Apps the customer holds, oldest first. */
  apps?: Maybe<AppConnection>;
  /** When the customer was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The customer's ID in the partner's own system; fixed once saved. */
  externalId: Scalars['String']['output'];
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The customer's installations, oldest first. */
  installations?: Maybe<InstallationConnection>;
  /** Keysets assigned to the customer, oldest first; an embed token sees only the enabled ones. */
  keysets?: Maybe<KeysetConnection>;
  /** The customer's most recent report, for dashboards that list many customers. */
  lastActivity?: Maybe<ActivityEvent>;
  /** Display name, 1 to 200 characters, unique per partner. */
  name: Scalars['String']['output'];
  /** The partner company the customer belongs to. */
  partner?: Maybe<Company>;
};


/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomerActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomerAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomerInstallationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomerKeysetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of end customers (X4). */
export type EndCustomerConnection = {
  __typename?: 'EndCustomerConnection';
  /** The customers of this page, each with its cursor. */
  edges: Array<EndCustomerEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many customers the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An end customer in a page. */
export type EndCustomerEdge = {
  __typename?: 'EndCustomerEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The end customer. */
  node: EndCustomer;
};

/** How end customers are sorted. */
export type EndCustomerOrder = {
  /** Which way; ascending when omitted. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: EndCustomerOrderField;
};

/** The fields end customers can be sorted by; the ID breaks ties, so pages stay stable. */
export type EndCustomerOrderField =
  /** When the end customer was created. */
  | 'CREATED_AT'
  /** The customer's ID in the partner's own system, in any letter case. */
  | 'EXTERNAL_ID'
  /** The name, in any letter case. */
  | 'NAME';

/** The result of a change to an end customer. */
export type EndCustomerPayload = {
  __typename?: 'EndCustomerPayload';
  /** The customer as it is now; null on userErrors. */
  endCustomer?: Maybe<EndCustomer>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** What to install for whom (T8). */
export type InstallAppInput = {
  /** An app the customer holds, linked to a product. */
  appId: Scalars['ID']['input'];
  /** A JSON object valid against the version's JSON Schema. */
  configuration: Scalars['JSON']['input'];
  /** Secrets of the connected system: encrypted at rest, never returned. */
  credentials?: InputMaybe<Scalars['JSON']['input']>;
  /** The customer; an embed token installs for its own customer and may leave it out. */
  endCustomerId?: InputMaybe<Scalars['ID']['input']>;
  /** A RELEASED version of the app's product. */
  versionId: Scalars['ID']['input'];
};

/** A customer's installation of the product behind one of its apps, at one RELEASED version. */
export type Installation = {
  __typename?: 'Installation';
  /** The app installed. */
  app?: Maybe<App>;
  /** The configuration, valid against the version's JSON Schema; credentials are never part of it. */
  configuration?: Maybe<Scalars['JSON']['output']>;
  /** When it was installed. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether credentials are stored. They are encrypted at rest and never returned. */
  credentialsSet: Scalars['Boolean']['output'];
  /** The customer it belongs to. */
  endCustomer?: Maybe<EndCustomer>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The catalog product behind the app. */
  productId: Scalars['ID']['output'];
  /** The installed catalog version, with the JSON Schema its configuration satisfies. */
  productVersion?: Maybe<ProductVersion>;
  /** When its configuration, credentials or version last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The installed semantic version, such as 1.2.0. */
  version: Scalars['String']['output'];
  /** The installed catalog version's ID. */
  versionId: Scalars['ID']['output'];
};

/** A page of installations (X4). */
export type InstallationConnection = {
  __typename?: 'InstallationConnection';
  /** The installations of this page, each with its cursor. */
  edges: Array<InstallationEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many installations the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An installation in a page. */
export type InstallationEdge = {
  __typename?: 'InstallationEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The installation. */
  node: Installation;
};

/** The result of a change to an installation. */
export type InstallationPayload = {
  __typename?: 'InstallationPayload';
  /** The installation as it is now; null on userErrors. */
  installation?: Maybe<Installation>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** Publish and subscribe keys of an app, assigned to at most one end customer at a time. */
export type Keyset = {
  __typename?: 'Keyset';
  /** The app the keyset belongs to. */
  app?: Maybe<App>;
  /** When the keyset was created. */
  createdAt: Scalars['DateTime']['output'];
  /** False when disabled: its embed requests and activity reports are refused (T5). */
  enabled: Scalars['Boolean']['output'];
  /** The customer it is assigned to; null when free. */
  endCustomer?: Maybe<EndCustomer>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** Label, 1 to 200 characters. */
  name: Scalars['String']['output'];
  /** Generated, unguessable publish key. */
  publishKey?: Maybe<Scalars['String']['output']>;
  /** The first characters of the secret key, to recognize it; the key itself is stored hashed. */
  secretKeyPrefix: Scalars['String']['output'];
  /** Generated, unguessable subscribe key. */
  subscribeKey?: Maybe<Scalars['String']['output']>;
};

/** A page of keysets (X4). */
export type KeysetConnection = {
  __typename?: 'KeysetConnection';
  /** The keysets of this page, each with its cursor. */
  edges: Array<KeysetEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many keysets the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A keyset in a page. */
export type KeysetEdge = {
  __typename?: 'KeysetEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The keyset. */
  node: Keyset;
};

/** One keyset. */
export type KeysetInput = {
  /** The keyset. */
  keysetId: Scalars['ID']['input'];
};

/** The result of a change to a keyset. */
export type KeysetPayload = {
  __typename?: 'KeysetPayload';
  /** The keyset as it is now; null on userErrors. */
  keyset?: Maybe<Keyset>;
  /** Why nothing changed: see each mutation. */
  userErrors: Array<UserError>;
};

/** A top-level tenant with exactly one owner company (I1). Members of one marketplace see nothing of another. */
export type Marketplace = {
  __typename?: 'Marketplace';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
};

/** Whom an embed token acts for, for how long and with which permissions (T6). */
export type MintEmbedTokenInput = {
  /** The customer by ID, or by partnerCompanyId with externalId. */
  endCustomerId?: InputMaybe<Scalars['ID']['input']>;
  /** Seconds until the token expires: default 3600, from 60 to 86400. */
  expiresInSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The customer's ID in the partner's system, with partnerCompanyId. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The partner, with externalId. */
  partnerCompanyId?: InputMaybe<Scalars['ID']['input']>;
  /** Default [READ]; CONFIGURE includes READ. */
  permissions?: InputMaybe<Array<EmbedPermission>>;
};

/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Gives an end customer an app; keysets of the app can then be assigned to it. The partner's COMPANY_ADMIN or DEVELOPER. userErrors: NOT_FOUND customer of another partner; CONFLICT when the customer holds it already. */
  assignApp: AppAssignmentPayload;
  /** Assigns a keyset to an end customer that holds its app; a keyset has at most one customer (T4). The partner's COMPANY_ADMIN or DEVELOPER. userErrors: RULE_VIOLATION when the customer does not hold the app; CONFLICT when the keyset is assigned already (also to a concurrent request). */
  assignKeyset: KeysetPayload;
  /** Moves an installation to another RELEASED version; the configuration is validated again (T8). Same callers as installApp. userErrors: as installApp. */
  changeInstallationVersion: InstallationPayload;
  /** Changes an installation's configuration or credentials; validated against its version's schema (T8). Same callers as installApp. userErrors: INVALID configuration, field by field. */
  configureInstallation: InstallationPayload;
  /**
   * A partner's app, optionally linked to one of the partner's own catalog products (T3). The
   * partner's COMPANY_ADMIN or DEVELOPER. userErrors: INVALID name; CONFLICT on a name the partner
   * uses; NOT_FOUND product; RULE_VIOLATION for another vendor's product (T3) or a non-partner (T1).
   */
  createApp: AppPayload;
  /**
   * A new end customer of a partner (T2). The partner's COMPANY_ADMIN or DEVELOPER. userErrors:
   * INVALID name or externalId (T2); CONFLICT when the partner has a customer with that name or
   * external ID (T2); RULE_VIOLATION when the company is not a partner (T1).
   */
  createEndCustomer: EndCustomerPayload;
  /** A new keyset of an app; the payload carries the secret key, which is never shown again (T4). The partner's COMPANY_ADMIN or DEVELOPER. userErrors: INVALID name. */
  createKeyset: CreateKeysetPayload;
  /** Disables a keyset; takes effect on the next embed request or activity report of the keyset (T5). A customer with no enabled keyset has no access. The partner's COMPANY_ADMIN or DEVELOPER. userErrors: ILLEGAL_TRANSITION when already disabled. */
  disableKeyset: KeysetPayload;
  /** Enables a keyset (T5). The partner's COMPANY_ADMIN or DEVELOPER. userErrors: ILLEGAL_TRANSITION when already enabled. */
  enableKeyset: KeysetPayload;
  /**
   * Installs a RELEASED version of the product behind one of the customer's apps (T8). The
   * partner's COMPANY_ADMIN or DEVELOPER, or an embed token with CONFIGURE for its own customer.
   * userErrors: INVALID configuration, field by field against the version's JSON Schema (T8);
   * NOT_FOUND app or version; RULE_VIOLATION for an app without product or a version not
   * RELEASED (T8); CONFLICT when the customer has the app installed already.
   */
  installApp: InstallationPayload;
  /**
   * A short-lived signed token by which an embedded UI acts as one end customer (T6). The
   * partner's COMPANY_ADMIN or DEVELOPER. userErrors: INVALID expiresInSeconds or customer
   * reference (T2, T6); RULE_VIOLATION when the customer has no enabled keyset (T5).
   */
  mintEmbedToken: EmbedTokenPayload;
  /**
   * Reports an integration run. Authenticated by a keyset's secret key (secretKey), or by an API
   * key of the partner naming the keysetId. Refused for a disabled keyset. userErrors: INVALID
   * recordsProcessed, message or runId; NOT_FOUND keyset; RULE_VIOLATION for a disabled (T5) or
   * unassigned (T9) keyset.
   */
  reportActivity: ActivityPayload;
  /**
   * Sets the white-label theme of a partner, or of the marketplace when set by its owner company
   * (T7). COMPANY_ADMIN or DEVELOPER of the partner (MARKETPLACE_MANAGER for the owner).
   * userErrors: INVALID name, logoUrl or colours.
   */
  setTheme: ThemePayload;
  /**
   * Takes an app from an end customer; refused while keysets of the app are assigned to the
   * customer or the customer has it installed (uninstall it first with uninstallApp). The
   * partner's COMPANY_ADMIN or DEVELOPER. userErrors: RULE_VIOLATION (T4, T8); NOT_FOUND when the
   * customer does not hold the app.
   */
  unassignApp: AppAssignmentPayload;
  /** Frees a keyset from its customer (T4). The partner's COMPANY_ADMIN or DEVELOPER. userErrors: ILLEGAL_TRANSITION when it is not assigned. */
  unassignKeyset: KeysetPayload;
  /**
   * Uninstalls an app from an end customer: the installation and its encrypted credentials are
   * deleted, and the audit log keeps what was installed. The app stays assigned to the customer.
   * Same callers as installApp.
   */
  uninstallApp: UninstallAppPayload;
  /**
   * Renames an end customer. Its external ID is fixed once saved: a different one is refused.
   * The partner's COMPANY_ADMIN or DEVELOPER. userErrors: INVALID name; CONFLICT on a name the
   * partner uses; RULE_VIOLATION for a changed externalId (T2).
   */
  updateEndCustomer: EndCustomerPayload;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationAssignAppArgs = {
  input: AppAssignmentInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationAssignKeysetArgs = {
  input: AssignKeysetInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationChangeInstallationVersionArgs = {
  input: ChangeInstallationVersionInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationConfigureInstallationArgs = {
  input: ConfigureInstallationInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCreateAppArgs = {
  input: CreateAppInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCreateEndCustomerArgs = {
  input: CreateEndCustomerInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationCreateKeysetArgs = {
  input: CreateKeysetInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationDisableKeysetArgs = {
  input: KeysetInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationEnableKeysetArgs = {
  input: KeysetInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationInstallAppArgs = {
  input: InstallAppInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationMintEmbedTokenArgs = {
  input: MintEmbedTokenInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationReportActivityArgs = {
  input: ReportActivityInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationSetThemeArgs = {
  input: SetThemeInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationUnassignAppArgs = {
  input: AppAssignmentInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationUnassignKeysetArgs = {
  input: KeysetInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationUninstallAppArgs = {
  input: UninstallAppInput;
};


/**
 * What the graph changes. Each mutation returns a payload whose userErrors list the expected
 * business failures (X3); when it is not empty, nothing was changed. Every change writes an audit
 * record in the same transaction (X5).
 */
export type MutationUpdateEndCustomerArgs = {
  input: UpdateEndCustomerInput;
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

/** A partner and what it manages, for marketplace staff (C10: end customers and keysets by partner). */
export type PartnerSummary = {
  __typename?: 'PartnerSummary';
  /** Its apps. */
  appCount: Scalars['Int']['output'];
  /** The partner company. */
  company?: Maybe<Company>;
  /** Of those, how many are enabled. */
  enabledKeysetCount: Scalars['Int']['output'];
  /** Its end customers. */
  endCustomerCount: Scalars['Int']['output'];
  /**
   * A stable ID derived from the partner company: `PartnerSummary:` followed by the company's ID,
   * so that it never collides with the company's own ID in a client cache. The summary is not a Node.
   */
  id: Scalars['ID']['output'];
  /** Its keysets. */
  keysetCount: Scalars['Int']['output'];
};

/** A page of partner summaries (X4). */
export type PartnerSummaryConnection = {
  __typename?: 'PartnerSummaryConnection';
  /** The partners of this page, each with its cursor. */
  edges: Array<PartnerSummaryEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many partners the marketplace has. */
  totalCount: Scalars['Int']['output'];
};

/** A partner summary in a page. */
export type PartnerSummaryEdge = {
  __typename?: 'PartnerSummaryEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The partner summary. */
  node: PartnerSummary;
};

/** A product of a vendor in the catalog, with its marketing content, editions and versions (C1 to C6). */
export type Product = {
  __typename?: 'Product';
  /** Apps linked to this product: the vendor's, read by whoever may read the vendor's apps (T1); refused to anyone else. */
  apps?: Maybe<AppConnection>;
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The product's vendor, as catalog records it: every app linked to the product is the vendor's own (T3). */
  vendor?: Maybe<Company>;
};


/** A product of a vendor in the catalog, with its marketing content, editions and versions (C1 to C6). */
export type ProductAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A version of a product (integration) that end customers install (C5, T8). */
export type ProductVersion = {
  __typename?: 'ProductVersion';
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
   * Integration runs, newest first (T9). Partners name their company or one of their customers,
   * marketplace staff (MARKETPLACE_MANAGER, CUSTOMER_SUPPORT) the marketplace; an embed token sees
   * only its own customer. A user or API key must name one scope in the filter.
   */
  activity: ActivityEventConnection;
  /** An app of a partner. The partner's COMPANY_ADMIN and DEVELOPER, MARKETPLACE_MANAGER and CUSTOMER_SUPPORT staff; NOT_FOUND for others. */
  app?: Maybe<App>;
  /** The end customer an embed token acts for, with its partner's white-label theme (T6, T7). Embed tokens only; other callers get FORBIDDEN. */
  embedSession: EmbedSession;
  /**
   * An end customer of a partner, by ID or by the partner's own external ID (T2). The partner's
   * COMPANY_ADMIN and DEVELOPER, MARKETPLACE_MANAGER and CUSTOMER_SUPPORT staff (T1); an embed
   * token reads its own customer through embedSession. Another partner's customer answers NOT_FOUND.
   */
  endCustomer?: Maybe<EndCustomer>;
  /** A keyset of a partner's app. Its secret key is shown only once, when it is created. Same readers as app. */
  keyset?: Maybe<Keyset>;
  /** Every partner of a marketplace with counts of its customers, apps and keysets. MARKETPLACE_MANAGER, REPORTS_MARKETPLACE_MANAGER and CUSTOMER_SUPPORT. */
  partners: PartnerSummaryConnection;
  /**
   * Tenancy's audit events (X5), newest first, in the one shape of every subgraph. A company's
   * events to its COMPANY_ADMIN and to the staff who administer the marketplace's companies
   * (MARKETPLACE_MANAGER, CUSTOMER_SUPPORT); a whole marketplace's to its MARKETPLACE_MANAGER. Give
   * companyId or marketplaceId (neither is BAD_USER_INPUT).
   */
  tenancyAuditEvents?: Maybe<AuditEventConnection>;
  /**
   * Audit of tenancy changes (X5), newest first: a partner's own to its COMPANY_ADMIN, or the whole marketplace to its MARKETPLACE_MANAGER. Give companyId or marketplaceId.
   * @deprecated Use tenancyAuditEvents: the same records as AuditEvent, the one audit shape of every subgraph, with filters.
   */
  tenancyAuditLog: TenancyAuditEntryConnection;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryAppArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryEndCustomerArgs = {
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  partnerCompanyId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryKeysetArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId: Scalars['ID']['input'];
};


/**
 * What the graph answers. Each field is authorized by the caller's roles in the company that owns
 * the data (X1): refused fields are GraphQL errors with extensions.code UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND, and another tenant's data answers NOT_FOUND or null (X3). Lists are cursor
 * connections of at most 100 items per page (X4).
 */
export type QueryTenancyAuditEventsArgs = {
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
export type QueryTenancyAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
};

/** One report of an integration run (T9). */
export type ReportActivityInput = {
  /** The keyset, when an API key of the partner authenticates the report. */
  keysetId?: InputMaybe<Scalars['ID']['input']>;
  /** Free text, at most 2000 characters. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; default now. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Records processed, zero or more. */
  recordsProcessed?: InputMaybe<Scalars['Int']['input']>;
  /** The integration's own ID of the run, 1 to 100 characters, grouping its reports. */
  runId?: InputMaybe<Scalars['String']['input']>;
  /** The keyset's secret key, for integration runners without an API key. */
  secretKey?: InputMaybe<Scalars['String']['input']>;
  /** What happened. */
  status: ActivityStatus;
};

/** A white-label theme. */
export type SetThemeInput = {
  /** Accent colour as #rrggbb. */
  accentColor: Scalars['String']['input'];
  /** The partner, or the marketplace owner for the marketplace's default theme. */
  companyId: Scalars['ID']['input'];
  /** An https URL, at most 500 characters. */
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  /** Theme name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Colours as #rrggbb. */
  primaryColor: Scalars['String']['input'];
};

/** One audited tenancy change (X5). */
export type TenancyAuditEntry = {
  __typename?: 'TenancyAuditEntry';
  /** What happened, as entity.verb, such as keyset.disabled or installation.uninstalled. */
  action: Scalars['String']['output'];
  /** The ID of the user, API key or end customer that acted. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** Who acted: user, apiKey, endCustomer or anonymous. */
  actorKind: Scalars['String']['output'];
  /** The partner company concerned. */
  companyId?: Maybe<Scalars['ID']['output']>;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
  /** The request ID of the change, as in the logs and the x-request-id header. */
  requestId: Scalars['String']['output'];
  /** The ID of the record changed. */
  targetId?: Maybe<Scalars['ID']['output']>;
  /** The kind of record changed, such as Keyset or Installation. */
  targetType: Scalars['String']['output'];
};

/** A page of tenancy audit records (X4). */
export type TenancyAuditEntryConnection = {
  __typename?: 'TenancyAuditEntryConnection';
  /** The records of this page, each with its cursor. */
  edges: Array<TenancyAuditEntryEdge>;
  /** Whether more follow, and where this page ends. */
  pageInfo: PageInfo;
  /** How many records the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A tenancy audit record in a page. */
export type TenancyAuditEntryEdge = {
  __typename?: 'TenancyAuditEntryEdge';
  /** Opaque position of this edge, for after. */
  cursor: Scalars['String']['output'];
  /** The audit record. */
  node: TenancyAuditEntry;
};

/** The white-label look embed views receive. */
export type Theme = {
  __typename?: 'Theme';
  /** Accent colour as #rrggbb. */
  accentColor: Scalars['String']['output'];
  /** The theme's own ID; it stays the same when the theme is set again, so a client cache updates in place. */
  id: Scalars['ID']['output'];
  /** https URL of the logo, at most 500 characters. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** True when this is the marketplace's theme, used by partners that set none. */
  marketplaceDefault: Scalars['Boolean']['output'];
  /** Theme name, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** Main colour as #rrggbb. */
  primaryColor: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The result of setTheme. */
export type ThemePayload = {
  __typename?: 'ThemePayload';
  /** The theme as set; null on userErrors. */
  theme?: Maybe<Theme>;
  /** Why nothing changed: see setTheme. */
  userErrors: Array<UserError>;
};

/** The installation to uninstall. */
export type UninstallAppInput = {
  /** The installation; an embed token uninstalls only its own customer's. */
  installationId: Scalars['ID']['input'];
};

/** What an uninstall removed, and whom it concerned. */
export type UninstallAppPayload = {
  __typename?: 'UninstallAppPayload';
  /** The app that was uninstalled; it is still assigned to the customer. */
  app?: Maybe<App>;
  /** The customer the app was uninstalled from. */
  endCustomer?: Maybe<EndCustomer>;
  /** The ID of the installation that no longer exists; null when nothing was uninstalled. */
  uninstalledInstallationId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was uninstalled, when nothing was. */
  userErrors: Array<UserError>;
};

/** An end customer's new name. */
export type UpdateEndCustomerInput = {
  /** The customer to rename. */
  endCustomerId: Scalars['ID']['input'];
  /** May be given, but only unchanged: the external ID is fixed once saved. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1 to 200 characters, unique per partner. */
  name: Scalars['String']['input'];
};

/** A person with a platform account. Email is unique platform-wide; a user always has at least one membership (I4). */
export type User = {
  __typename?: 'User';
  /** Stable opaque ID. */
  id: Scalars['ID']['output'];
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
  ActivityEvent: ResolverTypeWrapper<ActivityEventModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ActivityEventConnection: ResolverTypeWrapper<ActivityEventConnectionModelModel>;
  ActivityEventEdge: ResolverTypeWrapper<Omit<ActivityEventEdge, 'node'> & { node: ResolversTypes['ActivityEvent'] }>;
  ActivityFilter: ActivityFilter;
  ActivityPayload: ResolverTypeWrapper<Omit<ActivityPayload, 'event'> & { event?: Maybe<ResolversTypes['ActivityEvent']> }>;
  ActivityStatus: ActivityStatus;
  ActorKind: ActorKind;
  App: ResolverTypeWrapper<AppModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AppAssignmentInput: AppAssignmentInput;
  AppAssignmentPayload: ResolverTypeWrapper<Omit<AppAssignmentPayload, 'app' | 'endCustomer'> & { app?: Maybe<ResolversTypes['App']>, endCustomer?: Maybe<ResolversTypes['EndCustomer']> }>;
  AppConnection: ResolverTypeWrapper<AppConnectionModelModel>;
  AppEdge: ResolverTypeWrapper<Omit<AppEdge, 'node'> & { node: ResolversTypes['App'] }>;
  AppOrder: AppOrder;
  AppOrderField: AppOrderField;
  AppPayload: ResolverTypeWrapper<Omit<AppPayload, 'app'> & { app?: Maybe<ResolversTypes['App']> }>;
  AssignKeysetInput: AssignKeysetInput;
  AuditEvent: ResolverTypeWrapper<AuditEntryModel>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnectionModelModel>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventFilter: AuditEventFilter;
  ChangeInstallationVersionInput: ChangeInstallationVersionInput;
  Company: ResolverTypeWrapper<CompanyRefModel>;
  ConfigureInstallationInput: ConfigureInstallationInput;
  CreateAppInput: CreateAppInput;
  CreateEndCustomerInput: CreateEndCustomerInput;
  CreateKeysetInput: CreateKeysetInput;
  CreateKeysetPayload: ResolverTypeWrapper<Omit<CreateKeysetPayload, 'keyset'> & { keyset?: Maybe<ResolversTypes['Keyset']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmbedPermission: EmbedPermission;
  EmbedSession: ResolverTypeWrapper<EmbedSessionModelModel>;
  EmbedTokenPayload: ResolverTypeWrapper<Omit<EmbedTokenPayload, 'endCustomer'> & { endCustomer?: Maybe<ResolversTypes['EndCustomer']> }>;
  EndCustomer: ResolverTypeWrapper<EndCustomerModel>;
  EndCustomerConnection: ResolverTypeWrapper<EndCustomerConnectionModelModel>;
  EndCustomerEdge: ResolverTypeWrapper<Omit<EndCustomerEdge, 'node'> & { node: ResolversTypes['EndCustomer'] }>;
  EndCustomerOrder: EndCustomerOrder;
  EndCustomerOrderField: EndCustomerOrderField;
  EndCustomerPayload: ResolverTypeWrapper<Omit<EndCustomerPayload, 'endCustomer'> & { endCustomer?: Maybe<ResolversTypes['EndCustomer']> }>;
  InstallAppInput: InstallAppInput;
  Installation: ResolverTypeWrapper<InstallationModel>;
  InstallationConnection: ResolverTypeWrapper<InstallationConnectionModelModel>;
  InstallationEdge: ResolverTypeWrapper<Omit<InstallationEdge, 'node'> & { node: ResolversTypes['Installation'] }>;
  InstallationPayload: ResolverTypeWrapper<Omit<InstallationPayload, 'installation'> & { installation?: Maybe<ResolversTypes['Installation']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Keyset: ResolverTypeWrapper<KeysetModel>;
  KeysetConnection: ResolverTypeWrapper<KeysetConnectionModelModel>;
  KeysetEdge: ResolverTypeWrapper<Omit<KeysetEdge, 'node'> & { node: ResolversTypes['Keyset'] }>;
  KeysetInput: KeysetInput;
  KeysetPayload: ResolverTypeWrapper<Omit<KeysetPayload, 'keyset'> & { keyset?: Maybe<ResolversTypes['Keyset']> }>;
  Marketplace: ResolverTypeWrapper<Marketplace>;
  MintEmbedTokenInput: MintEmbedTokenInput;
  Mutation: ResolverTypeWrapper<{}>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerSummary: ResolverTypeWrapper<PartnerSummaryModelModel>;
  PartnerSummaryConnection: ResolverTypeWrapper<PartnerSummaryConnectionModelModel>;
  PartnerSummaryEdge: ResolverTypeWrapper<Omit<PartnerSummaryEdge, 'node'> & { node: ResolversTypes['PartnerSummary'] }>;
  Product: ResolverTypeWrapper<ProductRefModel>;
  ProductVersion: ResolverTypeWrapper<ProductVersionRefModel>;
  Query: ResolverTypeWrapper<{}>;
  ReportActivityInput: ReportActivityInput;
  SetThemeInput: SetThemeInput;
  TenancyAuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  TenancyAuditEntryConnection: ResolverTypeWrapper<TenancyAuditEntryConnectionModelModel>;
  TenancyAuditEntryEdge: ResolverTypeWrapper<Omit<TenancyAuditEntryEdge, 'node'> & { node: ResolversTypes['TenancyAuditEntry'] }>;
  Theme: ResolverTypeWrapper<ThemeModel>;
  ThemePayload: ResolverTypeWrapper<Omit<ThemePayload, 'theme'> & { theme?: Maybe<ResolversTypes['Theme']> }>;
  UninstallAppInput: UninstallAppInput;
  UninstallAppPayload: ResolverTypeWrapper<Omit<UninstallAppPayload, 'app' | 'endCustomer'> & { app?: Maybe<ResolversTypes['App']>, endCustomer?: Maybe<ResolversTypes['EndCustomer']> }>;
  UpdateEndCustomerInput: UpdateEndCustomerInput;
  User: ResolverTypeWrapper<User>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivityEvent: ActivityEventModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ActivityEventConnection: ActivityEventConnectionModelModel;
  ActivityEventEdge: Omit<ActivityEventEdge, 'node'> & { node: ResolversParentTypes['ActivityEvent'] };
  ActivityFilter: ActivityFilter;
  ActivityPayload: Omit<ActivityPayload, 'event'> & { event?: Maybe<ResolversParentTypes['ActivityEvent']> };
  App: AppModel;
  Boolean: Scalars['Boolean']['output'];
  AppAssignmentInput: AppAssignmentInput;
  AppAssignmentPayload: Omit<AppAssignmentPayload, 'app' | 'endCustomer'> & { app?: Maybe<ResolversParentTypes['App']>, endCustomer?: Maybe<ResolversParentTypes['EndCustomer']> };
  AppConnection: AppConnectionModelModel;
  AppEdge: Omit<AppEdge, 'node'> & { node: ResolversParentTypes['App'] };
  AppOrder: AppOrder;
  AppPayload: Omit<AppPayload, 'app'> & { app?: Maybe<ResolversParentTypes['App']> };
  AssignKeysetInput: AssignKeysetInput;
  AuditEvent: AuditEntryModel;
  AuditEventConnection: AuditEventConnectionModelModel;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditEventFilter: AuditEventFilter;
  ChangeInstallationVersionInput: ChangeInstallationVersionInput;
  Company: CompanyRefModel;
  ConfigureInstallationInput: ConfigureInstallationInput;
  CreateAppInput: CreateAppInput;
  CreateEndCustomerInput: CreateEndCustomerInput;
  CreateKeysetInput: CreateKeysetInput;
  CreateKeysetPayload: Omit<CreateKeysetPayload, 'keyset'> & { keyset?: Maybe<ResolversParentTypes['Keyset']> };
  DateTime: Scalars['DateTime']['output'];
  EmbedSession: EmbedSessionModelModel;
  EmbedTokenPayload: Omit<EmbedTokenPayload, 'endCustomer'> & { endCustomer?: Maybe<ResolversParentTypes['EndCustomer']> };
  EndCustomer: EndCustomerModel;
  EndCustomerConnection: EndCustomerConnectionModelModel;
  EndCustomerEdge: Omit<EndCustomerEdge, 'node'> & { node: ResolversParentTypes['EndCustomer'] };
  EndCustomerOrder: EndCustomerOrder;
  EndCustomerPayload: Omit<EndCustomerPayload, 'endCustomer'> & { endCustomer?: Maybe<ResolversParentTypes['EndCustomer']> };
  InstallAppInput: InstallAppInput;
  Installation: InstallationModel;
  InstallationConnection: InstallationConnectionModelModel;
  InstallationEdge: Omit<InstallationEdge, 'node'> & { node: ResolversParentTypes['Installation'] };
  InstallationPayload: Omit<InstallationPayload, 'installation'> & { installation?: Maybe<ResolversParentTypes['Installation']> };
  JSON: Scalars['JSON']['output'];
  Keyset: KeysetModel;
  KeysetConnection: KeysetConnectionModelModel;
  KeysetEdge: Omit<KeysetEdge, 'node'> & { node: ResolversParentTypes['Keyset'] };
  KeysetInput: KeysetInput;
  KeysetPayload: Omit<KeysetPayload, 'keyset'> & { keyset?: Maybe<ResolversParentTypes['Keyset']> };
  Marketplace: Marketplace;
  MintEmbedTokenInput: MintEmbedTokenInput;
  Mutation: {};
  PageInfo: PageInfo;
  PartnerSummary: PartnerSummaryModelModel;
  PartnerSummaryConnection: PartnerSummaryConnectionModelModel;
  PartnerSummaryEdge: Omit<PartnerSummaryEdge, 'node'> & { node: ResolversParentTypes['PartnerSummary'] };
  Product: ProductRefModel;
  ProductVersion: ProductVersionRefModel;
  Query: {};
  ReportActivityInput: ReportActivityInput;
  SetThemeInput: SetThemeInput;
  TenancyAuditEntry: AuditEntryModel;
  TenancyAuditEntryConnection: TenancyAuditEntryConnectionModelModel;
  TenancyAuditEntryEdge: Omit<TenancyAuditEntryEdge, 'node'> & { node: ResolversParentTypes['TenancyAuditEntry'] };
  Theme: ThemeModel;
  ThemePayload: Omit<ThemePayload, 'theme'> & { theme?: Maybe<ResolversParentTypes['Theme']> };
  UninstallAppInput: UninstallAppInput;
  UninstallAppPayload: Omit<UninstallAppPayload, 'app' | 'endCustomer'> & { app?: Maybe<ResolversParentTypes['App']>, endCustomer?: Maybe<ResolversParentTypes['EndCustomer']> };
  UpdateEndCustomerInput: UpdateEndCustomerInput;
  User: User;
  UserError: UserError;
};

export type ActivityEventResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ActivityEvent']>, { __typename: 'ActivityEvent' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  app?: Resolver<Maybe<ResolversTypes['App']>, ParentType, ContextType>;
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keysetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordsProcessed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActivityEventConnectionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['ActivityEventConnection'] = ResolversParentTypes['ActivityEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActivityEventEdgeResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['ActivityEventEdge'] = ResolversParentTypes['ActivityEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivityEvent'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActivityPayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['ActivityPayload'] = ResolversParentTypes['ActivityPayload']> = {
  event?: Resolver<Maybe<ResolversTypes['ActivityEvent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['App'] = ResolversParentTypes['App']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['App']>, { __typename: 'App' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endCustomers?: Resolver<Maybe<ResolversTypes['EndCustomerConnection']>, ParentType, ContextType, Partial<AppEndCustomersArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keysets?: Resolver<Maybe<ResolversTypes['KeysetConnection']>, ParentType, ContextType, Partial<AppKeysetsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppAssignmentPayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['AppAssignmentPayload'] = ResolversParentTypes['AppAssignmentPayload']> = {
  app?: Resolver<Maybe<ResolversTypes['App']>, ParentType, ContextType>;
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppConnectionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['AppConnection'] = ResolversParentTypes['AppConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AppEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppEdgeResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['AppEdge'] = ResolversParentTypes['AppEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['App'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppPayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['AppPayload'] = ResolversParentTypes['AppPayload']> = {
  app?: Resolver<Maybe<ResolversTypes['App']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
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

export type AuditEventConnectionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']>, { __typename: 'Company' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  apps?: Resolver<Maybe<ResolversTypes['AppConnection']>, ParentType, ContextType, Partial<CompanyAppsArgs>>;
  endCustomers?: Resolver<Maybe<ResolversTypes['EndCustomerConnection']>, ParentType, ContextType, Partial<CompanyEndCustomersArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateKeysetPayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['CreateKeysetPayload'] = ResolversParentTypes['CreateKeysetPayload']> = {
  keyset?: Resolver<Maybe<ResolversTypes['Keyset']>, ParentType, ContextType>;
  secretKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmbedSessionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['EmbedSession'] = ResolversParentTypes['EmbedSession']> = {
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['EmbedPermission']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmbedTokenPayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['EmbedTokenPayload'] = ResolversParentTypes['EmbedTokenPayload']> = {
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  permissions?: Resolver<Maybe<Array<ResolversTypes['EmbedPermission']>>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EndCustomerResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['EndCustomer'] = ResolversParentTypes['EndCustomer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EndCustomer']>, { __typename: 'EndCustomer' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['ActivityEventConnection']>, ParentType, ContextType, Partial<EndCustomerActivityArgs>>;
  apps?: Resolver<Maybe<ResolversTypes['AppConnection']>, ParentType, ContextType, Partial<EndCustomerAppsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installations?: Resolver<Maybe<ResolversTypes['InstallationConnection']>, ParentType, ContextType, Partial<EndCustomerInstallationsArgs>>;
  keysets?: Resolver<Maybe<ResolversTypes['KeysetConnection']>, ParentType, ContextType, Partial<EndCustomerKeysetsArgs>>;
  lastActivity?: Resolver<Maybe<ResolversTypes['ActivityEvent']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EndCustomerConnectionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['EndCustomerConnection'] = ResolversParentTypes['EndCustomerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EndCustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EndCustomerEdgeResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['EndCustomerEdge'] = ResolversParentTypes['EndCustomerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EndCustomer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EndCustomerPayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['EndCustomerPayload'] = ResolversParentTypes['EndCustomerPayload']> = {
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstallationResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Installation'] = ResolversParentTypes['Installation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Installation']>, { __typename: 'Installation' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  app?: Resolver<Maybe<ResolversTypes['App']>, ParentType, ContextType>;
  configuration?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credentialsSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productVersion?: Resolver<Maybe<ResolversTypes['ProductVersion']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstallationConnectionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['InstallationConnection'] = ResolversParentTypes['InstallationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InstallationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstallationEdgeResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['InstallationEdge'] = ResolversParentTypes['InstallationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Installation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstallationPayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['InstallationPayload'] = ResolversParentTypes['InstallationPayload']> = {
  installation?: Resolver<Maybe<ResolversTypes['Installation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeysetResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Keyset'] = ResolversParentTypes['Keyset']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Keyset']>, { __typename: 'Keyset' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  app?: Resolver<Maybe<ResolversTypes['App']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretKeyPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscribeKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KeysetConnectionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['KeysetConnection'] = ResolversParentTypes['KeysetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KeysetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KeysetEdgeResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['KeysetEdge'] = ResolversParentTypes['KeysetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Keyset'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KeysetPayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['KeysetPayload'] = ResolversParentTypes['KeysetPayload']> = {
  keyset?: Resolver<Maybe<ResolversTypes['Keyset']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MarketplaceResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Marketplace'] = ResolversParentTypes['Marketplace']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Marketplace']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assignApp?: Resolver<ResolversTypes['AppAssignmentPayload'], ParentType, ContextType, RequireFields<MutationAssignAppArgs, 'input'>>;
  assignKeyset?: Resolver<ResolversTypes['KeysetPayload'], ParentType, ContextType, RequireFields<MutationAssignKeysetArgs, 'input'>>;
  changeInstallationVersion?: Resolver<ResolversTypes['InstallationPayload'], ParentType, ContextType, RequireFields<MutationChangeInstallationVersionArgs, 'input'>>;
  configureInstallation?: Resolver<ResolversTypes['InstallationPayload'], ParentType, ContextType, RequireFields<MutationConfigureInstallationArgs, 'input'>>;
  createApp?: Resolver<ResolversTypes['AppPayload'], ParentType, ContextType, RequireFields<MutationCreateAppArgs, 'input'>>;
  createEndCustomer?: Resolver<ResolversTypes['EndCustomerPayload'], ParentType, ContextType, RequireFields<MutationCreateEndCustomerArgs, 'input'>>;
  createKeyset?: Resolver<ResolversTypes['CreateKeysetPayload'], ParentType, ContextType, RequireFields<MutationCreateKeysetArgs, 'input'>>;
  disableKeyset?: Resolver<ResolversTypes['KeysetPayload'], ParentType, ContextType, RequireFields<MutationDisableKeysetArgs, 'input'>>;
  enableKeyset?: Resolver<ResolversTypes['KeysetPayload'], ParentType, ContextType, RequireFields<MutationEnableKeysetArgs, 'input'>>;
  installApp?: Resolver<ResolversTypes['InstallationPayload'], ParentType, ContextType, RequireFields<MutationInstallAppArgs, 'input'>>;
  mintEmbedToken?: Resolver<ResolversTypes['EmbedTokenPayload'], ParentType, ContextType, RequireFields<MutationMintEmbedTokenArgs, 'input'>>;
  reportActivity?: Resolver<ResolversTypes['ActivityPayload'], ParentType, ContextType, RequireFields<MutationReportActivityArgs, 'input'>>;
  setTheme?: Resolver<ResolversTypes['ThemePayload'], ParentType, ContextType, RequireFields<MutationSetThemeArgs, 'input'>>;
  unassignApp?: Resolver<ResolversTypes['AppAssignmentPayload'], ParentType, ContextType, RequireFields<MutationUnassignAppArgs, 'input'>>;
  unassignKeyset?: Resolver<ResolversTypes['KeysetPayload'], ParentType, ContextType, RequireFields<MutationUnassignKeysetArgs, 'input'>>;
  uninstallApp?: Resolver<ResolversTypes['UninstallAppPayload'], ParentType, ContextType, RequireFields<MutationUninstallAppArgs, 'input'>>;
  updateEndCustomer?: Resolver<ResolversTypes['EndCustomerPayload'], ParentType, ContextType, RequireFields<MutationUpdateEndCustomerArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerSummaryResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['PartnerSummary'] = ResolversParentTypes['PartnerSummary']> = {
  appCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  enabledKeysetCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endCustomerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keysetCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerSummaryConnectionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['PartnerSummaryConnection'] = ResolversParentTypes['PartnerSummaryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerSummaryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerSummaryEdgeResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['PartnerSummaryEdge'] = ResolversParentTypes['PartnerSummaryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnerSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']>, { __typename: 'Product' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  apps?: Resolver<Maybe<ResolversTypes['AppConnection']>, { __typename: 'Product' } & GraphQLRecursivePick<ParentType, {"id":true}> & GraphQLRecursivePick<ParentType, {"vendor":{"id":true}}>, ContextType, Partial<ProductAppsArgs>>;
  id?: Resolver<ResolversTypes['ID'], { __typename: 'Product' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;

  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductVersionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['ProductVersion'] = ResolversParentTypes['ProductVersion']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<QueryActivityArgs>>;
  app?: Resolver<Maybe<ResolversTypes['App']>, ParentType, ContextType, RequireFields<QueryAppArgs, 'id'>>;
  embedSession?: Resolver<ResolversTypes['EmbedSession'], ParentType, ContextType>;
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType, Partial<QueryEndCustomerArgs>>;
  keyset?: Resolver<Maybe<ResolversTypes['Keyset']>, ParentType, ContextType, RequireFields<QueryKeysetArgs, 'id'>>;
  partners?: Resolver<ResolversTypes['PartnerSummaryConnection'], ParentType, ContextType, RequireFields<QueryPartnersArgs, 'marketplaceId'>>;
  tenancyAuditEvents?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, Partial<QueryTenancyAuditEventsArgs>>;
  tenancyAuditLog?: Resolver<ResolversTypes['TenancyAuditEntryConnection'], ParentType, ContextType, Partial<QueryTenancyAuditLogArgs>>;
};

export type TenancyAuditEntryResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['TenancyAuditEntry'] = ResolversParentTypes['TenancyAuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TenancyAuditEntryConnectionResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['TenancyAuditEntryConnection'] = ResolversParentTypes['TenancyAuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TenancyAuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TenancyAuditEntryEdgeResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['TenancyAuditEntryEdge'] = ResolversParentTypes['TenancyAuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TenancyAuditEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  accentColor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  marketplaceDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryColor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemePayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['ThemePayload'] = ResolversParentTypes['ThemePayload']> = {
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UninstallAppPayloadResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['UninstallAppPayload'] = ResolversParentTypes['UninstallAppPayload']> = {
  app?: Resolver<Maybe<ResolversTypes['App']>, ParentType, ContextType>;
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  uninstalledInstallationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = TenancyContext> = {
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  ActivityEventConnection?: ActivityEventConnectionResolvers<ContextType>;
  ActivityEventEdge?: ActivityEventEdgeResolvers<ContextType>;
  ActivityPayload?: ActivityPayloadResolvers<ContextType>;
  App?: AppResolvers<ContextType>;
  AppAssignmentPayload?: AppAssignmentPayloadResolvers<ContextType>;
  AppConnection?: AppConnectionResolvers<ContextType>;
  AppEdge?: AppEdgeResolvers<ContextType>;
  AppPayload?: AppPayloadResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CreateKeysetPayload?: CreateKeysetPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EmbedSession?: EmbedSessionResolvers<ContextType>;
  EmbedTokenPayload?: EmbedTokenPayloadResolvers<ContextType>;
  EndCustomer?: EndCustomerResolvers<ContextType>;
  EndCustomerConnection?: EndCustomerConnectionResolvers<ContextType>;
  EndCustomerEdge?: EndCustomerEdgeResolvers<ContextType>;
  EndCustomerPayload?: EndCustomerPayloadResolvers<ContextType>;
  Installation?: InstallationResolvers<ContextType>;
  InstallationConnection?: InstallationConnectionResolvers<ContextType>;
  InstallationEdge?: InstallationEdgeResolvers<ContextType>;
  InstallationPayload?: InstallationPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Keyset?: KeysetResolvers<ContextType>;
  KeysetConnection?: KeysetConnectionResolvers<ContextType>;
  KeysetEdge?: KeysetEdgeResolvers<ContextType>;
  KeysetPayload?: KeysetPayloadResolvers<ContextType>;
  Marketplace?: MarketplaceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerSummary?: PartnerSummaryResolvers<ContextType>;
  PartnerSummaryConnection?: PartnerSummaryConnectionResolvers<ContextType>;
  PartnerSummaryEdge?: PartnerSummaryEdgeResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductVersion?: ProductVersionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TenancyAuditEntry?: TenancyAuditEntryResolvers<ContextType>;
  TenancyAuditEntryConnection?: TenancyAuditEntryConnectionResolvers<ContextType>;
  TenancyAuditEntryEdge?: TenancyAuditEntryEdgeResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  ThemePayload?: ThemePayloadResolvers<ContextType>;
  UninstallAppPayload?: UninstallAppPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

