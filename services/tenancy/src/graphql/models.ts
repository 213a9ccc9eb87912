import type { EmbedPermission } from '@marketgraph/authz';
import type { AuditEntry } from '@marketgraph/db';
import type { Connection } from '@marketgraph/graphql';
import type { ActivityEvent, App, EndCustomer, Installation, Keyset } from '../entities';

/** A company as tenancy knows it: only its key. Identity resolves the rest. */
export interface CompanyRef {
  id: string;
}
/** A product as tenancy knows it: its key, and the vendor catalog gives where a field requires it. Catalog resolves the rest. */
export interface ProductRef {
  id: string;
  vendor?: CompanyRef;
}
/** A catalog version as tenancy knows it: only its key. */
export interface ProductVersionRef {
  id: string;
}
export interface EmbedSessionModel {
  endCustomer: EndCustomer;
  permissions: EmbedPermission[];
}
export interface PartnerSummaryModel {
  id: string;
  endCustomerCount: number;
  appCount: number;
  keysetCount: number;
  enabledKeysetCount: number;
}
export type EndCustomerConnectionModel = Connection<EndCustomer>;
export type AppConnectionModel = Connection<App>;
export type KeysetConnectionModel = Connection<Keyset>;
export type InstallationConnectionModel = Connection<Installation>;
export type ActivityEventConnectionModel = Connection<ActivityEvent>;
export type PartnerSummaryConnectionModel = Connection<PartnerSummaryModel>;
export type TenancyAuditEntryConnectionModel = Connection<AuditEntry>;
export type AuditEventConnectionModel = Connection<AuditEntry>;
