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
  /** An instant in time, as an ISO-8601 string in UTC. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value: a JSON Schema, configuration, or the details of an audit event. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: any; output: any; }
};

/** One report of an integration run. */
export type ActivityEvent = {
  __typename?: 'ActivityEvent';
  app: App;
  endCustomer: EndCustomer;
  id: Scalars['ID']['output'];
  keysetId?: Maybe<Scalars['ID']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  receivedAt: Scalars['DateTime']['output'];
  recordsProcessed?: Maybe<Scalars['Int']['output']>;
  /** The integration's own ID of the run, grouping its reports. */
  runId?: Maybe<Scalars['String']['output']>;
  status: ActivityStatus;
};

export type ActivityEventConnection = {
  __typename?: 'ActivityEventConnection';
  edges: Array<ActivityEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityEventEdge = {
  __typename?: 'ActivityEventEdge';
  cursor: Scalars['String']['output'];
  node: ActivityEvent;
};

export type ActivityFilter = {
  appId?: InputMaybe<Scalars['ID']['input']>;
  endCustomerId?: InputMaybe<Scalars['ID']['input']>;
  /** Reports that occurred at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
  partnerCompanyId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ActivityStatus>;
  /** Reports that occurred before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ActivityPayload = {
  __typename?: 'ActivityPayload';
  event?: Maybe<ActivityEvent>;
  userErrors: Array<UserError>;
};

export type ActivityStatus =
  | 'FAILED'
  | 'STARTED'
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
  createdAt: Scalars['DateTime']['output'];
  /** End customers holding the app. */
  endCustomers: EndCustomerConnection;
  id: Scalars['ID']['output'];
  keysets: KeysetConnection;
  name: Scalars['String']['output'];
  partner?: Maybe<Company>;
  /** The partner's catalog product (integration) behind the app, when linked. */
  product?: Maybe<Product>;
};


/** An app a partner builds and assigns to its end customers. */
export type AppEndCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An app a partner builds and assigns to its end customers. */
export type AppKeysetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AppAssignmentInput = {
  appId: Scalars['ID']['input'];
  endCustomerId: Scalars['ID']['input'];
};

export type AppAssignmentPayload = {
  __typename?: 'AppAssignmentPayload';
  app?: Maybe<App>;
  endCustomer?: Maybe<EndCustomer>;
  userErrors: Array<UserError>;
};

export type AppConnection = {
  __typename?: 'AppConnection';
  edges: Array<AppEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AppEdge = {
  __typename?: 'AppEdge';
  cursor: Scalars['String']['output'];
  node: App;
};

export type AppPayload = {
  __typename?: 'AppPayload';
  app?: Maybe<App>;
  userErrors: Array<UserError>;
};

export type AssignKeysetInput = {
  endCustomerId: Scalars['ID']['input'];
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

export type ChangeInstallationVersionInput = {
  /** The configuration for the new version; left out, the current one is validated against it. */
  configuration?: InputMaybe<Scalars['JSON']['input']>;
  installationId: Scalars['ID']['input'];
  versionId: Scalars['ID']['input'];
};

export type Company = {
  __typename?: 'Company';
  /** Apps of this partner. */
  apps?: Maybe<AppConnection>;
  /** End customers of this partner. */
  endCustomers?: Maybe<EndCustomerConnection>;
  id: Scalars['ID']['output'];
  /** The partner's own white-label theme, when set. */
  theme?: Maybe<Theme>;
};


export type CompanyAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanyEndCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ConfigureInstallationInput = {
  /** Replaces the configuration; left out, the current one stays. */
  configuration?: InputMaybe<Scalars['JSON']['input']>;
  /** Replaces the stored credentials; left out, they stay. */
  credentials?: InputMaybe<Scalars['JSON']['input']>;
  installationId: Scalars['ID']['input'];
};

export type CreateAppInput = {
  name: Scalars['String']['input'];
  partnerCompanyId: Scalars['ID']['input'];
  /** One of the partner's own catalog products. */
  productId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateEndCustomerInput = {
  /** Letters, digits, _ and -, at most 255 characters. */
  externalId: Scalars['String']['input'];
  name: Scalars['String']['input'];
  partnerCompanyId: Scalars['ID']['input'];
};

export type CreateKeysetInput = {
  appId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type CreateKeysetPayload = {
  __typename?: 'CreateKeysetPayload';
  keyset?: Maybe<Keyset>;
  /** The secret key: shown this once, stored only hashed. */
  secretKey?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

/** What the bearer of an embed token may do: READ sees, CONFIGURE also changes its own installations. */
export type EmbedPermission =
  | 'CONFIGURE'
  | 'READ';

export type EmbedSession = {
  __typename?: 'EmbedSession';
  endCustomer: EndCustomer;
  permissions: Array<EmbedPermission>;
  /** The partner's theme, or the marketplace's when the partner has none. */
  theme?: Maybe<Theme>;
};

export type EmbedTokenPayload = {
  __typename?: 'EmbedTokenPayload';
  endCustomer?: Maybe<EndCustomer>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  permissions?: Maybe<Array<EmbedPermission>>;
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomer = {
  __typename?: 'EndCustomer';
  /** False when every keyset of the customer is disabled (or it has none): it has no access. */
  active: Scalars['Boolean']['output'];
  activity: ActivityEventConnection;
  /** Apps the customer holds. */
  apps: AppConnection;
  createdAt: Scalars['DateTime']['output'];
  /** The customer's ID in the partner's own system; fixed once saved. */
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  installations: InstallationConnection;
  /** Keysets assigned to the customer; an embed token sees only the enabled ones. */
  keysets: KeysetConnection;
  /** The customer's most recent report, for dashboards that list many customers. */
  lastActivity?: Maybe<ActivityEvent>;
  name: Scalars['String']['output'];
  partner?: Maybe<Company>;
};


/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomerActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomerAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomerInstallationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer of a partner (a tenant). It never signs in; it acts through embed tokens. */
export type EndCustomerKeysetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EndCustomerConnection = {
  __typename?: 'EndCustomerConnection';
  edges: Array<EndCustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EndCustomerEdge = {
  __typename?: 'EndCustomerEdge';
  cursor: Scalars['String']['output'];
  node: EndCustomer;
};

export type EndCustomerPayload = {
  __typename?: 'EndCustomerPayload';
  endCustomer?: Maybe<EndCustomer>;
  userErrors: Array<UserError>;
};

export type InstallAppInput = {
  appId: Scalars['ID']['input'];
  configuration: Scalars['JSON']['input'];
  /** Secrets of the connected system: encrypted at rest, never returned. */
  credentials?: InputMaybe<Scalars['JSON']['input']>;
  /** The customer; an embed token installs for its own customer and may leave it out. */
  endCustomerId?: InputMaybe<Scalars['ID']['input']>;
  versionId: Scalars['ID']['input'];
};

/** A customer's installation of the product behind one of its apps, at one RELEASED version. */
export type Installation = {
  __typename?: 'Installation';
  app: App;
  configuration: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Whether credentials are stored. They are encrypted at rest and never returned. */
  credentialsSet: Scalars['Boolean']['output'];
  endCustomer: EndCustomer;
  id: Scalars['ID']['output'];
  productId: Scalars['ID']['output'];
  /** The installed catalog version, with the JSON Schema its configuration satisfies. */
  productVersion?: Maybe<ProductVersion>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['String']['output'];
  versionId: Scalars['ID']['output'];
};

export type InstallationConnection = {
  __typename?: 'InstallationConnection';
  edges: Array<InstallationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstallationEdge = {
  __typename?: 'InstallationEdge';
  cursor: Scalars['String']['output'];
  node: Installation;
};

export type InstallationPayload = {
  __typename?: 'InstallationPayload';
  installation?: Maybe<Installation>;
  userErrors: Array<UserError>;
};

/** Publish and subscribe keys of an app, assigned to at most one end customer at a time. */
export type Keyset = {
  __typename?: 'Keyset';
  app: App;
  createdAt: Scalars['DateTime']['output'];
  enabled: Scalars['Boolean']['output'];
  endCustomer?: Maybe<EndCustomer>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  publishKey: Scalars['String']['output'];
  /** The first characters of the secret key, to recognize it; the key itself is stored hashed. */
  secretKeyPrefix: Scalars['String']['output'];
  subscribeKey: Scalars['String']['output'];
};

export type KeysetConnection = {
  __typename?: 'KeysetConnection';
  edges: Array<KeysetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type KeysetEdge = {
  __typename?: 'KeysetEdge';
  cursor: Scalars['String']['output'];
  node: Keyset;
};

export type KeysetInput = {
  keysetId: Scalars['ID']['input'];
};

export type KeysetPayload = {
  __typename?: 'KeysetPayload';
  keyset?: Maybe<Keyset>;
  userErrors: Array<UserError>;
};

/** A marketplace, owned by identity. */
export type Marketplace = {
  __typename?: 'Marketplace';
  /** The marketplace's ID. */
  id: Scalars['ID']['output'];
};

export type MintEmbedTokenInput = {
  /** The customer by ID, or by partnerCompanyId with externalId. */
  endCustomerId?: InputMaybe<Scalars['ID']['input']>;
  /** Seconds until the token expires: default 3600, at most 86400. */
  expiresInSeconds?: InputMaybe<Scalars['Int']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  partnerCompanyId?: InputMaybe<Scalars['ID']['input']>;
  /** Default [READ]; CONFIGURE includes READ. */
  permissions?: InputMaybe<Array<EmbedPermission>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Gives an end customer an app; keysets of the app can then be assigned to it. */
  assignApp: AppAssignmentPayload;
  /** Assigns a keyset to an end customer that holds its app; a keyset has at most one customer. */
  assignKeyset: KeysetPayload;
  /** Moves an installation to another RELEASED version; the configuration is validated again. */
  changeInstallationVersion: InstallationPayload;
  /** Changes an installation's configuration or credentials; validated against its version's schema. */
  configureInstallation: InstallationPayload;
  /** A partner's app, optionally linked to one of the partner's own catalog products. */
  createApp: AppPayload;
  createEndCustomer: EndCustomerPayload;
  /** A new keyset of an app; the payload carries the secret key, which is never shown again. */
  createKeyset: CreateKeysetPayload;
  /** Takes effect on the next embed request or activity report of the keyset. */
  disableKeyset: KeysetPayload;
  enableKeyset: KeysetPayload;
  /** Installs a RELEASED version of the product behind one of the customer's apps. */
  installApp: InstallationPayload;
  /** A short-lived signed token by which an embedded UI acts as one end customer. */
  mintEmbedToken: EmbedTokenPayload;
  /**
   * Reports an integration run. Authenticated by a keyset's secret key (secretKey), or by an API
   * key of the partner naming the keysetId. Refused for a disabled keyset.
   */
  reportActivity: ActivityPayload;
  /** Sets the white-label theme of a partner, or of the marketplace when set by its owner company. */
  setTheme: ThemePayload;
  /**
   * Takes an app from an end customer; refused while keysets of the app are assigned to the
   * customer or the customer has it installed (uninstall it first with uninstallApp).
   */
  unassignApp: AppAssignmentPayload;
  unassignKeyset: KeysetPayload;
  /**
   * Uninstalls an app from an end customer: the installation and its encrypted credentials are
   * deleted, and the audit log keeps what was installed. The app stays assigned to the customer.
   */
  uninstallApp: UninstallAppPayload;
  /** Renames an end customer. Its external ID is fixed once saved: a different one is refused. */
  updateEndCustomer: EndCustomerPayload;
};


export type MutationAssignAppArgs = {
  input: AppAssignmentInput;
};


export type MutationAssignKeysetArgs = {
  input: AssignKeysetInput;
};


export type MutationChangeInstallationVersionArgs = {
  input: ChangeInstallationVersionInput;
};


export type MutationConfigureInstallationArgs = {
  input: ConfigureInstallationInput;
};


export type MutationCreateAppArgs = {
  input: CreateAppInput;
};


export type MutationCreateEndCustomerArgs = {
  input: CreateEndCustomerInput;
};


export type MutationCreateKeysetArgs = {
  input: CreateKeysetInput;
};


export type MutationDisableKeysetArgs = {
  input: KeysetInput;
};


export type MutationEnableKeysetArgs = {
  input: KeysetInput;
};


export type MutationInstallAppArgs = {
  input: InstallAppInput;
};


export type MutationMintEmbedTokenArgs = {
  input: MintEmbedTokenInput;
};


export type MutationReportActivityArgs = {
  input: ReportActivityInput;
};


export type MutationSetThemeArgs = {
  input: SetThemeInput;
};


export type MutationUnassignAppArgs = {
  input: AppAssignmentInput;
};


export type MutationUnassignKeysetArgs = {
  input: KeysetInput;
};


export type MutationUninstallAppArgs = {
  input: UninstallAppInput;
};


export type MutationUpdateEndCustomerArgs = {
  input: UpdateEndCustomerInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A partner and what it manages, for marketplace staff (C10: end customers and keysets by partner). */
export type PartnerSummary = {
  __typename?: 'PartnerSummary';
  appCount: Scalars['Int']['output'];
  company: Company;
  enabledKeysetCount: Scalars['Int']['output'];
  endCustomerCount: Scalars['Int']['output'];
  keysetCount: Scalars['Int']['output'];
};

export type PartnerSummaryConnection = {
  __typename?: 'PartnerSummaryConnection';
  edges: Array<PartnerSummaryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerSummaryEdge = {
  __typename?: 'PartnerSummaryEdge';
  cursor: Scalars['String']['output'];
  node: PartnerSummary;
};

export type Product = {
  __typename?: 'Product';
  /** Apps linked to this product, as far as the caller may see them. */
  apps?: Maybe<AppConnection>;
  id: Scalars['ID']['output'];
};


export type ProductAppsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductVersion = {
  __typename?: 'ProductVersion';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Integration runs, newest first (T9). Partners name their company or one of their customers,
   * marketplace staff the marketplace; an embed token sees only its own customer.
   */
  activity: ActivityEventConnection;
  /** An app of a partner. */
  app?: Maybe<App>;
  /** The end customer an embed token acts for, with its partner's white-label theme (T6, T7). */
  embedSession: EmbedSession;
  /** An end customer of a partner, by ID or by the partner's own external ID. */
  endCustomer?: Maybe<EndCustomer>;
  /** A keyset of a partner's app. Its secret key is shown only once, when it is created. */
  keyset?: Maybe<Keyset>;
  /** Every partner of a marketplace with counts of its customers, apps and keysets (marketplace staff). */
  partners: PartnerSummaryConnection;
  /**
   * Tenancy's audit events (X5), newest first. A company's events to its COMPANY_ADMIN and to
   * the staff who administer the marketplace's companies (MARKETPLACE_MANAGER, CUSTOMER_SUPPORT); a
   * whole marketplace's to its MARKETPLACE_MANAGER. Give companyId or marketplaceId.
   */
  tenancyAuditEvents?: Maybe<AuditEventConnection>;
  /**
   * Audit of tenancy changes: a partner's own (its admins), or the whole marketplace (staff).
   * @deprecated Use tenancyAuditEvents: the same records as AuditEvent, the one audit shape of every subgraph, with filters.
   */
  tenancyAuditLog: TenancyAuditEntryConnection;
};


export type QueryActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAppArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEndCustomerArgs = {
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  partnerCompanyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryKeysetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId: Scalars['ID']['input'];
};


export type QueryTenancyAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTenancyAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketplaceId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReportActivityInput = {
  /** The keyset, when an API key of the partner authenticates the report. */
  keysetId?: InputMaybe<Scalars['ID']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; default now. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  recordsProcessed?: InputMaybe<Scalars['Int']['input']>;
  runId?: InputMaybe<Scalars['String']['input']>;
  /** The keyset's secret key, for integration runners without an API key. */
  secretKey?: InputMaybe<Scalars['String']['input']>;
  status: ActivityStatus;
};

export type SetThemeInput = {
  accentColor: Scalars['String']['input'];
  companyId: Scalars['ID']['input'];
  /** An https URL. */
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Colours as #rrggbb. */
  primaryColor: Scalars['String']['input'];
};

export type TenancyAuditEntry = {
  __typename?: 'TenancyAuditEntry';
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  actorKind: Scalars['String']['output'];
  companyId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  requestId: Scalars['String']['output'];
  targetId?: Maybe<Scalars['ID']['output']>;
  targetType: Scalars['String']['output'];
};

export type TenancyAuditEntryConnection = {
  __typename?: 'TenancyAuditEntryConnection';
  edges: Array<TenancyAuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TenancyAuditEntryEdge = {
  __typename?: 'TenancyAuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: TenancyAuditEntry;
};

/** The white-label look embed views receive. */
export type Theme = {
  __typename?: 'Theme';
  accentColor: Scalars['String']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** True when this is the marketplace's theme, used by partners that set none. */
  marketplaceDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  primaryColor: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ThemePayload = {
  __typename?: 'ThemePayload';
  theme?: Maybe<Theme>;
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

export type UpdateEndCustomerInput = {
  endCustomerId: Scalars['ID']['input'];
  /** May be given, but only unchanged: the external ID is fixed once saved. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** A user, owned by identity. */
export type User = {
  __typename?: 'User';
  /** The user's ID. */
  id: Scalars['ID']['output'];
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
  AppAssignmentInput: AppAssignmentInput;
  AppAssignmentPayload: ResolverTypeWrapper<Omit<AppAssignmentPayload, 'app' | 'endCustomer'> & { app?: Maybe<ResolversTypes['App']>, endCustomer?: Maybe<ResolversTypes['EndCustomer']> }>;
  AppConnection: ResolverTypeWrapper<AppConnectionModelModel>;
  AppEdge: ResolverTypeWrapper<Omit<AppEdge, 'node'> & { node: ResolversTypes['App'] }>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EndCustomerConnection: ResolverTypeWrapper<EndCustomerConnectionModelModel>;
  EndCustomerEdge: ResolverTypeWrapper<Omit<EndCustomerEdge, 'node'> & { node: ResolversTypes['EndCustomer'] }>;
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
  AppAssignmentInput: AppAssignmentInput;
  AppAssignmentPayload: Omit<AppAssignmentPayload, 'app' | 'endCustomer'> & { app?: Maybe<ResolversParentTypes['App']>, endCustomer?: Maybe<ResolversParentTypes['EndCustomer']> };
  AppConnection: AppConnectionModelModel;
  AppEdge: Omit<AppEdge, 'node'> & { node: ResolversParentTypes['App'] };
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
  Boolean: Scalars['Boolean']['output'];
  EndCustomerConnection: EndCustomerConnectionModelModel;
  EndCustomerEdge: Omit<EndCustomerEdge, 'node'> & { node: ResolversParentTypes['EndCustomer'] };
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
  app?: Resolver<ResolversTypes['App'], ParentType, ContextType>;
  endCustomer?: Resolver<ResolversTypes['EndCustomer'], ParentType, ContextType>;
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
  endCustomers?: Resolver<ResolversTypes['EndCustomerConnection'], ParentType, ContextType, Partial<AppEndCustomersArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keysets?: Resolver<ResolversTypes['KeysetConnection'], ParentType, ContextType, Partial<AppKeysetsArgs>>;
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
  endCustomer?: Resolver<ResolversTypes['EndCustomer'], ParentType, ContextType>;
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
  activity?: Resolver<ResolversTypes['ActivityEventConnection'], ParentType, ContextType, Partial<EndCustomerActivityArgs>>;
  apps?: Resolver<ResolversTypes['AppConnection'], ParentType, ContextType, Partial<EndCustomerAppsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installations?: Resolver<ResolversTypes['InstallationConnection'], ParentType, ContextType, Partial<EndCustomerInstallationsArgs>>;
  keysets?: Resolver<ResolversTypes['KeysetConnection'], ParentType, ContextType, Partial<EndCustomerKeysetsArgs>>;
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
  app?: Resolver<ResolversTypes['App'], ParentType, ContextType>;
  configuration?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credentialsSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCustomer?: Resolver<ResolversTypes['EndCustomer'], ParentType, ContextType>;
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
  app?: Resolver<ResolversTypes['App'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCustomer?: Resolver<Maybe<ResolversTypes['EndCustomer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secretKeyPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscribeKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerSummaryResolvers<ContextType = TenancyContext, ParentType extends ResolversParentTypes['PartnerSummary'] = ResolversParentTypes['PartnerSummary']> = {
  appCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  enabledKeysetCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endCustomerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  apps?: Resolver<Maybe<ResolversTypes['AppConnection']>, ParentType, ContextType, Partial<ProductAppsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

