import type { Actor } from '@marketgraph/authz';
import type { AuditEntry } from '@marketgraph/db';
import type { Connection } from '@marketgraph/graphql';
import type { ApiKey, Company, Invitation, Marketplace, Membership, User } from '../entities';

/** What resolvers hand to GraphQL for types that have no entity of their own. */
export interface ViewerModel {
  actor: Actor;
}
export type MarketplaceConnectionModel = Connection<Marketplace>;
export type UserConnectionModel = Connection<User>;
export type CompanyConnectionModel = Connection<Company>;
export type MembershipConnectionModel = Connection<Membership>;
export type InvitationConnectionModel = Connection<Invitation>;
export type ApiKeyConnectionModel = Connection<ApiKey>;
export type AuditEntryConnectionModel = Connection<AuditEntry>;
export type AuditEventConnectionModel = Connection<AuditEntry>;
/** An object another subgraph owns, as `node(id:)` hands it on: its type and ID; the owner resolves the rest. */
export interface NodeStubModel {
  __typename: string;
  id: string;
}
