import { AUDIT_READERS, anyOf, argAt, open, openReference, owner, signedInAs, type Owner, type PolicyArgs, type PolicyTable } from '@marketgraph/authz';
import { asObject, asReference, carried, grantsOf, isPlatformOperator, isStaffOf, narrowed, ofParent, type Decision, type OwnerRule, type Policy } from '@marketgraph/authz';
import { companyOwner } from '@marketgraph/graphql';
import type { CatalogContext } from '../context';
import { type Edition, Lead, Product, ProductAssignment, ProductRevision, ProductVersion, PurchaseRequest, Subscription } from '../entities';
import { ANY_STAFF, BUYERS, REVIEWERS, SUBSCRIPTION_READERS, VENDOR_SUBSCRIPTION_READERS, maySeeUnpublished } from '../domain/access';
import { ofOwnPartner } from '../domain/products';

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

/** A policy that decides from the caller and the object the field hangs on. */
const byParent = <P>(describe: string, decide: (ctx: CatalogContext, parent: P) => Decision | Promise<Decision>): Policy<CatalogContext> => ({
  describe,
  mayRefuse: true,
  check: (ctx, _args, parent) => decide(ctx, parent as P),
});

/** What a product shows beyond its listing: anyone once published, else its vendor, the reviewers and its partner's embed tokens (C4). */
const productShows = (ctx: CatalogContext, product: Product | null): Decision =>
  !product ? 'NOT_FOUND'
  : product.state === 'PUBLISHED' || product.state === 'ARCHIVED' || maySeeUnpublished(ctx, product) || ofOwnPartner(ctx, product) ? 'ALLOW'
  : 'FORBIDDEN';
const PRODUCT_SHOWS = 'anyone once the product is published; else its vendor\'s members, reviewers and its partner\'s embed tokens (C4)';
const productField = byParent<Product>(PRODUCT_SHOWS, productShows);
const ofProduct = byParent<{ productId: string }>(PRODUCT_SHOWS, async (ctx, row) => productShows(ctx, await ctx.loaders.product.load(row.productId)));
/** Review history and revisions: the vendor's members and the reviewers only (C3, C4). */
const reviewOnly = (product: Product | null, ctx: CatalogContext): Decision => (product && maySeeUnpublished(ctx, product) ? 'ALLOW' : 'FORBIDDEN');
const REVIEW_ONLY = "the product's vendor members and reviewers (C4)";
/** The vendor's members see its review history and revisions, and so do the reviewers (C3, C4); to anyone else they are refused. */
const reviewField = ofParent<CatalogContext, Product>('vendor', (_ctx, p) => ({ companyId: p.vendorCompanyId, marketplaceId: p.marketplaceId }), {
  member: ['USER'],
  staff: REVIEWERS,
});
const revisionField = byParent<{ productId: string }>(REVIEW_ONLY, async (ctx, r) => reviewOnly(await ctx.loaders.product.load(r.productId), ctx));

const rowOwner = (row: { companyId: string; marketplaceId: string }): Owner => ({ companyId: row.companyId, marketplaceId: row.marketplaceId });
const ofCompanyRow = <P extends { companyId: string; marketplaceId: string }>(rule: OwnerRule) => ofParent<CatalogContext, P>('company', (_ctx, row) => rowOwner(row), rule);
/** The user a product is assigned to sees that assignment and what it hangs on (C8). */
const assignedUser = byParent<ProductAssignment>('the assigned user itself', ({ actor }, a) => (actor.kind === 'user' && actor.userId === a.userId ? 'ALLOW' : 'FORBIDDEN'));
const subscriptionOfAssignee = byParent<Subscription>('a user assigned to it (C8)', async (ctx, s) => {
  const { actor } = ctx;
  if (actor.kind !== 'user') return 'FORBIDDEN';
  return (await ctx.loaders.assignmentsOfSubscription.load(s.id)).some((a) => a.userId === actor.userId && a.endedAt === null) ? 'ALLOW' : 'FORBIDDEN';
});
const subscriptionField = anyOf(ofCompanyRow<Subscription>(SUBSCRIPTION_READERS), subscriptionOfAssignee);
/**
 * The vendor of the subscribed product sees what was bought and for which company, to provision
 * it (C10); never who bought it, nor who inside the buying company uses it.
 */
const subscriptionOfVendor = ofParent<CatalogContext, Subscription>(
  'vendor',
  (_ctx, s) => ({ companyId: s.vendorCompanyId, marketplaceId: s.marketplaceId }),
  VENDOR_SUBSCRIPTION_READERS,
);
const soldSubscriptionField = anyOf(subscriptionField, subscriptionOfVendor);
const assignmentField = anyOf(assignedUser, ofCompanyRow<ProductAssignment>(SUBSCRIPTION_READERS));
const purchaseRequestField = ofCompanyRow<PurchaseRequest>({ member: ['USER'], staff: ['MARKETPLACE_MANAGER', 'SALES_SUPPORT'] });
/** A lead is seen by the companies that brought and work it and by the marketplace's staff (C9). */
const leadField = byParent<Lead>('REFERRAL|RESELLER|COMPANY_ADMIN of its source or assigned company, or staff (C9)', ({ actor }, lead) => {
  if (isPlatformOperator(actor) || isStaffOf(actor, lead.marketplaceId, ANY_STAFF)) return 'ALLOW';
  const companies = [lead.sourceCompanyId, lead.assignedCompanyId];
  return grantsOf(actor).some((g) => companies.includes(g.companyId) && g.roles.some((r) => ['REFERRAL', 'RESELLER', 'COMPANY_ADMIN'].includes(r))) ? 'ALLOW' : 'NOT_FOUND';
});
const reportField = ofParent<CatalogContext, { marketplaceId: string }>(
  'marketplace',
  (_ctx, report) => ({ companyId: '', marketplaceId: report.marketplaceId, marketplaceWide: true }),
  { staff: [...REPORT_READERS] },
);
const ownApps = byParent<{ id: string }>('the user itself', ({ actor }, user) =>
  isPlatformOperator(actor) || (actor.kind === 'user' && actor.userId === user.id) ? 'ALLOW' : 'FORBIDDEN',
);

/**
 * Nested fields (X1): each field that returns other objects or lists decides from the caller and
 * the object it hangs on. `Type.*` covers the plain values of an object the caller may already
 * see; references to companies and users show only what identity shows of them.
 */
const nestedFields: PolicyTable<CatalogContext> = {
  'Product.*': asObject(),
  'Product.vendor': asObject(),
  'Product.editions': productField,
  'Product.versions': narrowed(productField, "releases; drafts only to the vendor's members and reviewers (C5)"),
  'Product.history': reviewField,
  'Product.revisions': reviewField,
  'ProductTransition.*': asObject(),
  'ProductTransition.actor': asObject(),
  'ProductRevision.*': asObject(),
  'ProductRevision.product': revisionField,
  'ProductRevision.author': revisionField,
  'ProductRevision.reviewer': revisionField,
  'ProductVersion.*': asObject(),
  'Marketplace.*': asObject(),
  'ProductVersion.product': ofProduct,
  'Edition.*': asObject(),
  'Edition.price': asObject(),
  'Edition.product': ofProduct,
  'Money.*': asObject(),

  'ProductSubscription.*': asObject(),
  'ProductSubscription.price': asObject(),
  'ProductSubscription.company': soldSubscriptionField,
  'ProductSubscription.buyerCompany': subscriptionField,
  // Who bought is the buying company's business: a user the product is assigned to sees what it got, not who paid (C7, C8).
  'ProductSubscription.buyer': ofCompanyRow<Subscription>(SUBSCRIPTION_READERS),
  'ProductSubscription.product': soldSubscriptionField,
  'ProductSubscription.edition': soldSubscriptionField,
  'ProductSubscription.assignments': ofCompanyRow<Subscription>(SUBSCRIPTION_READERS),
  'PurchaseRequest.*': asObject(),
  'PurchaseRequest.company': purchaseRequestField,
  'PurchaseRequest.product': purchaseRequestField,
  'PurchaseRequest.edition': purchaseRequestField,
  'PurchaseRequest.requester': purchaseRequestField,
  'PurchaseRequest.decidedBy': purchaseRequestField,
  'PurchaseRequest.subscription': purchaseRequestField,
  'ProductAssignment.*': asObject(),
  'ProductAssignment.user': assignmentField,
  'ProductAssignment.product': assignmentField,
  'ProductAssignment.subscription': assignmentField,
  'ProductAssignment.assignedBy': assignmentField,

  'Lead.*': asObject(),
  'Lead.source': leadField,
  'Lead.product': leadField,
  'Lead.assignedTo': leadField,
  'Lead.customerCompany': leadField,

  'CatalogAuditEntry.*': asObject(),
  // An event's references show what any reference to them shows; identity shows only an actor the caller may see.
  'AuditEvent.*': asObject(),
  'AuditEvent.actor': asObject(),
  'AuditEvent.company': asObject(),
  'AuditEvent.marketplace': asObject(),
  'CatalogAuditEntry.company': asObject(),
  'CatalogAuditEntry.actor': asObject(),
  // Its ID is derived from the marketplace the report was asked for.
  'MarketplaceReport.*': asObject(),
  'MarketplaceReport.productsByState': reportField,
  'MarketplaceReport.sales': reportField,
  'MarketplaceReport.leadsFunnel': reportField,
  'StateCount.*': asObject(),
  'SalesRow.*': asObject(),
  'SalesRow.revenue': asObject(),
  'LeadFunnelRow.*': asObject(),
  'LeadFunnelRow.reseller': asObject(),

  'Company.*': asObject(),
  'Company.products': narrowed(open(), 'products the caller may see (C4)'),
  'Company.subscriptions': ofParent<CatalogContext, { id: string }>('company', (ctx, c) => company('id')(ctx, { id: c.id }), SUBSCRIPTION_READERS),
  'User.*': asObject(),
  'User.myApps': ownApps,

  // Payloads show what they carry only to whoever may read it by ID.
  'ProductPayload.product': carried((p: { product?: unknown }) => p.product, productField),
  'ProductPayload.revision': carried((p: { revision?: unknown }) => p.revision, revisionField),
  'RevisionPayload.revision': carried((p: { revision?: unknown }) => p.revision, revisionField),
  'VersionPayload.version': carried((p: { version?: unknown }) => p.version, ofProduct),
  'EditionPayload.edition': carried((p: { edition?: unknown }) => p.edition, ofProduct),
  'SubscriptionPayload.subscription': carried((p: { subscription?: unknown }) => p.subscription, subscriptionField),
  'PurchaseRequestPayload.purchaseRequest': carried((p: { purchaseRequest?: unknown }) => p.purchaseRequest, purchaseRequestField),
  'ProductAssignmentPayload.assignment': carried((p: { assignment?: unknown }) => p.assignment, assignmentField),
  'LeadPayload.lead': carried((p: { lead?: unknown }) => p.lead, leadField),
};

/** Every subgraph's audit log (X5): a company's to its admins and the staff who administer it, a marketplace's to its manager. */
const auditReaders = anyOf<CatalogContext>(
  owner('company', company('companyId'), AUDIT_READERS.company),
  owner('marketplace', marketplace('marketplaceId'), AUDIT_READERS.marketplace),
);

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
  'Query.catalogAuditLog': auditReaders,
  'Query.catalogAuditEvents': auditReaders,
  'Query.vendorSales': owner('vendor', company('vendorCompanyId'), { member: ['DEVELOPER', 'COMPANY_ADMIN'], staff: [...REPORT_READERS] }),
  'Query.vendorSubscriptions': owner('vendor', company('vendorCompanyId'), VENDOR_SUBSCRIPTION_READERS),

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
  // Refetched by node(id:) (X13): read as `subscription(id:)` and `lead(id:)` read them.
  'Entity.ProductSubscription': signedInAs('user', 'apiKey'),
  'Entity.Lead': signedInAs('user', 'apiKey'),
  // Rows with no by-ID root field, refetched by node(id:): judged as their fields are (X13).
  'Entity.Edition': asReference((ctx: CatalogContext, id) => ctx.loaders.edition.load(id), ofProduct),
  'Entity.PurchaseRequest': asReference((ctx: CatalogContext, id) => ctx.db.manager.findOne(PurchaseRequest, { where: { id } }), purchaseRequestField),
  'Entity.ProductAssignment': asReference((ctx: CatalogContext, id) => ctx.db.manager.findOne(ProductAssignment, { where: { id } }), assignmentField),
  // Declared unresolvable here: identity resolves it, for the references of audit events.
  'Entity.Marketplace': signedInAs('user', 'apiKey'),

  ...nestedFields,
};
