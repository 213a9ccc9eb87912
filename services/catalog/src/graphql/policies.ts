import { anyOf, argAt, open, openReference, owner, signedInAs, type Owner, type PolicyArgs, type PolicyTable } from '@marketgraph/authz';
import { companyOwner } from '@marketgraph/graphql';
import type { CatalogContext } from '../context';
import { type Edition, Lead, Product, ProductAssignment, ProductRevision, ProductVersion, PurchaseRequest, Subscription } from '../entities';
import { BUYERS, REVIEWERS } from '../domain/access';

type Locate = (ctx: CatalogContext, args: PolicyArgs) => Owner | null | Promise<Owner | null>;

/** A company named by ID: catalog keeps no companies, so identity places it; unknown to identity is NOT_FOUND (I1). */
const company =
  (path: string): Locate =>
  (ctx, args) =>
    companyOwner(ctx, argAt(args, path));

/** A marketplace named by ID, for staff-only operations. */
const marketplace =
  (path: string): Locate =>
  (_ctx, args) => {
    const id = argAt(args, path);
    return id ? { companyId: '', marketplaceId: id } : null;
  };

/**
 * Owners are read without the tenant scope: the policy itself answers NOT_FOUND across
 * tenants. Each row names the company that owns it.
 */
const vendorOf =
  (path: string): Locate =>
  async (ctx, args) => {
    const id = argAt(args, path);
    const row = id ? await ctx.db.manager.findOne(Product, { where: { id }, select: { id: true, vendorCompanyId: true, marketplaceId: true } }) : null;
    return row ? { companyId: row.vendorCompanyId, marketplaceId: row.marketplaceId } : null;
  };

const vendorOfChild =
  (entity: typeof ProductVersion | typeof ProductRevision | typeof Edition, path: string): Locate =>
  async (ctx, args) => {
    const id = argAt(args, path);
    const row = id ? await ctx.db.manager.findOne(entity, { where: { id }, select: { id: true, productId: true } }) : null;
    return row ? vendorOf('productId')(ctx, { productId: row.productId }) : null;
  };

const companyOfRow =
  (entity: typeof Subscription | typeof PurchaseRequest | typeof ProductAssignment, path: string): Locate =>
  async (ctx, args) => {
    const id = argAt(args, path);
    const row = id ? await ctx.db.manager.findOne(entity, { where: { id }, select: { id: true, companyId: true, marketplaceId: true } }) : null;
    return row ? { companyId: row.companyId, marketplaceId: row.marketplaceId } : null;
  };

/** A lead belongs to the reseller working it, or else to the company that brought it. */
const leadOwner =
  (path: string): Locate =>
  async (ctx, args) => {
    const id = argAt(args, path);
    const row = id ? await ctx.db.manager.findOne(Lead, { where: { id } }) : null;
    return row ? { companyId: row.assignedCompanyId ?? row.sourceCompanyId, marketplaceId: row.marketplaceId } : null;
  };

const REPORT_READERS = ['MARKETPLACE_MANAGER', 'REPORTS_MARKETPLACE_MANAGER'] as const;

/** Who may call each operation of the catalog subgraph (X1). Anything missing here is refused. */
export const policies: PolicyTable<CatalogContext> = {
  // Reads: the domain narrows rows to what the caller may see (C4).
  'Query.product': open(),
  'Query.products': signedInAs('user', 'apiKey'),
  'Query.storefront': open(),
  'Query.productVersion': signedInAs('user', 'apiKey'),
  'Query.subscription': signedInAs('user', 'apiKey'),
  'Query.purchaseRequests': owner('company', company('companyId'), { member: ['USER'], staff: ['MARKETPLACE_MANAGER', 'SALES_SUPPORT'] }),
  'Query.leads': signedInAs('user', 'apiKey'),
  'Query.lead': signedInAs('user', 'apiKey'),
  'Query.marketplaceReport': owner('marketplace', marketplace('marketplaceId'), { staff: [...REPORT_READERS] }),
  'Query.catalogAuditLog': anyOf(
    owner('company', company('companyId'), { member: ['COMPANY_ADMIN'], staff: ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT'] }),
    owner('marketplace', marketplace('marketplaceId'), { staff: ['MARKETPLACE_MANAGER'] }),
  ),
  'Query.vendorSales': owner('vendor', company('vendorCompanyId'), { member: ['DEVELOPER', 'COMPANY_ADMIN'], staff: [...REPORT_READERS] }),

  // Publication workflow (C1, C2, C3).
  'Mutation.createProduct': owner('vendor', company('input.vendorCompanyId'), { member: ['DEVELOPER'] }),
  'Mutation.updateProduct': owner('vendor', vendorOf('input.productId'), { member: ['DEVELOPER'], staff: ['PRODUCT_SUPPORT'] }),
  'Mutation.submitProduct': owner('vendor', vendorOf('productId'), { member: ['DEVELOPER'] }),
  'Mutation.approveProduct': owner('vendor', vendorOf('productId'), { staff: REVIEWERS }),
  'Mutation.rejectProduct': owner('vendor', vendorOf('productId'), { staff: REVIEWERS }),
  'Mutation.archiveProduct': owner('vendor', vendorOf('productId'), { member: ['DEVELOPER', 'COMPANY_ADMIN'], staff: ['MARKETPLACE_MANAGER'] }),
  'Mutation.approveRevision': owner('vendor', vendorOfChild(ProductRevision, 'revisionId'), { staff: REVIEWERS }),
  'Mutation.rejectRevision': owner('vendor', vendorOfChild(ProductRevision, 'revisionId'), { staff: REVIEWERS }),

  // Versions and editions (C5, C6).
  'Mutation.createVersion': owner('vendor', vendorOf('input.productId'), { member: ['DEVELOPER'] }),
  'Mutation.releaseVersion': owner('vendor', vendorOfChild(ProductVersion, 'versionId'), { member: ['DEVELOPER'] }),
  'Mutation.deprecateVersion': owner('vendor', vendorOfChild(ProductVersion, 'versionId'), { member: ['DEVELOPER'], staff: ['PRODUCT_SUPPORT'] }),
  'Mutation.createEdition': owner('vendor', vendorOf('input.productId'), { member: ['DEVELOPER'], staff: ['PRODUCT_SUPPORT'] }),

  // Buying (C7) and my apps (C8).
  'Mutation.subscribe': owner('company', company('input.companyId'), BUYERS),
  'Mutation.cancelSubscription': owner('company', companyOfRow(Subscription, 'subscriptionId'), BUYERS),
  'Mutation.requestPurchase': owner('company', company('input.companyId'), { member: ['USER'] }),
  'Mutation.approvePurchaseRequest': owner('company', companyOfRow(PurchaseRequest, 'requestId'), { member: ['COMPANY_ADMIN', 'BILLING_ADMIN'] }),
  'Mutation.declinePurchaseRequest': owner('company', companyOfRow(PurchaseRequest, 'requestId'), { member: ['COMPANY_ADMIN', 'BILLING_ADMIN'] }),
  'Mutation.assignProduct': owner('company', companyOfRow(Subscription, 'input.subscriptionId'), { member: ['COMPANY_ADMIN'] }),
  'Mutation.unassignProduct': owner('company', companyOfRow(ProductAssignment, 'assignmentId'), { member: ['COMPANY_ADMIN'] }),

  // Leads (C9).
  'Mutation.createLead': owner('company', company('input.companyId'), { member: ['REFERRAL', 'RESELLER'] }),
  'Mutation.assignLead': owner('lead', leadOwner('leadId'), { staff: ['RESELLER_MANAGER'] }),
  'Mutation.convertLead': owner('lead', leadOwner('leadId'), { member: ['RESELLER'] }),
  'Mutation.markLeadLost': owner('lead', leadOwner('leadId'), { member: ['RESELLER'] }),

  // References from other subgraphs: the loaders behind them read through the tenant scope
  // and the visibility rules (C4). An embed token reaches the product and versions behind its apps (T6, T8).
  'Entity.Product': openReference(),
  'Entity.ProductVersion': openReference(),
  'Entity.Company': open(),
  'Entity.User': signedInAs('user', 'apiKey'),
};
