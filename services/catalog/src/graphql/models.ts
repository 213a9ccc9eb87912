import type { AuditEntry } from '@marketgraph/db';
import type { Connection } from '@marketgraph/graphql';
import type {
  Edition,
  Lead,
  Product,
  ProductAssignment,
  ProductRevision,
  ProductTransition,
  ProductVersion,
  PurchaseRequest,
  Subscription,
} from '../entities';

/** A company as catalog knows it: only its key. Identity resolves the rest. */
export interface CompanyRef {
  id: string;
}
/** A user as catalog knows it: only its key. */
export interface UserRef {
  id: string;
}
export interface MoneyModel {
  amountMinor: number;
  currency: string;
}
export interface MarketplaceReportModel {
  marketplaceId: string;
}
export interface SalesRowModel {
  productId: string;
  productName: string;
  month: string;
  subscriptions: number;
  cancelled: number;
  revenue: MoneyModel;
}
export interface LeadFunnelRowModel {
  resellerCompanyId: string | null;
  total: number;
  open: number;
  converted: number;
  lost: number;
}
export type ProductConnectionModel = Connection<Product>;
export type EditionConnectionModel = Connection<Edition>;
export type ProductVersionConnectionModel = Connection<ProductVersion>;
export type TransitionConnectionModel = Connection<ProductTransition>;
export type RevisionConnectionModel = Connection<ProductRevision>;
export type SubscriptionConnectionModel = Connection<Subscription>;
export type PurchaseRequestConnectionModel = Connection<PurchaseRequest>;
export type ProductAssignmentConnectionModel = Connection<ProductAssignment>;
export type LeadConnectionModel = Connection<Lead>;
export type CatalogAuditEntryConnectionModel = Connection<AuditEntry>;
export type AuditEventConnectionModel = Connection<AuditEntry>;
