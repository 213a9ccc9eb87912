import { DateTimeScalar, byId, derivedId, notFound, paginate, payload, connectionOf } from '@marketgraph/graphql';
import type { CatalogContext } from '../context';
import { ProductAssignment as ProductAssignmentRow, PurchaseRequest as PurchaseRequestRow, type Edition, type Product, type Subscription } from '../entities';
import { maySeeUnpublished } from '../domain/access';
import { parseList } from '../domain/content';
import { createEdition } from '../domain/editions';
import { assignLead, convertLead, createLead, listLeads, markLeadLost, visibleLeads } from '../domain/leads';
import {
  approveProduct,
  archiveProduct,
  createProduct,
  decideRevision,
  listProducts,
  productOrder,
  productsOfVendors,
  rejectProduct,
  storefront,
  submitProduct,
  updateProduct,
  visibleProduct,
} from '../domain/products';
import { leadsFunnel, productsByState, sales } from '../domain/reports';
import {
  assignProduct,
  cancelSubscription,
  decidePurchaseRequest,
  myApps,
  purchaseRequestsOf,
  requestPurchase,
  subscribe,
  subscriptionsOfCompanies,
  subscriptionsToVendor,
  unassignProduct,
  visibleSubscription,
} from '../domain/subscriptions';
import { createVersion, moveVersion, visibleVersion } from '../domain/versions';
import type { Resolvers } from './generated';
import { JSONScalar, auditEventFields, auditLog, legacyActorKind } from '@marketgraph/graphql';

const ref = (id: string | null) => (id ? { id } : null);
const visibleLead = (ctx: CatalogContext, id: string) => visibleLeads(ctx).andWhere('l.id = :id', { id }).getOne();
const userRef = (kind: string, id: string | null) => (kind === 'user' && id ? { id } : null);
const money = (row: Pick<Edition | Subscription, 'priceMinor' | 'currency'>) => ({ amountMinor: row.priceMinor, currency: row.currency });

async function loaded<T>(value: Promise<T | null>, what: string): Promise<T> {
  const row = await value;
  if (!row) throw notFound(what);
  return row;
}

/** Rows of a product that only its vendor and the reviewers see (C4). */
const unpublishedOnly = (ctx: CatalogContext, product: Product) => maySeeUnpublished(ctx, product);

export const resolvers: Resolvers<CatalogContext> = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,

  Query: {
    product: (_parent, args, ctx) => visibleProduct(ctx, args.id),
    products: (_parent, args, ctx) => paginate(listProducts(ctx, args), args, productOrder('Query.products', args.orderBy, 'DESC')),
    storefront: (_parent, args, ctx) => paginate(storefront(ctx, args.marketplaceId, args), args, productOrder('Query.storefront', args.orderBy, 'ASC')),
    productVersion: (_parent, args, ctx) => visibleVersion(ctx, args.id),
    subscription: (_parent, args, ctx) => visibleSubscription(ctx, args.id),
    purchaseRequests: async (_parent, args, ctx) => paginate(await purchaseRequestsOf(ctx, args.companyId, args.state), args, byId('Query.purchaseRequests', 'DESC')),
    leads: (_parent, args, ctx) => paginate(listLeads(ctx, args), args, byId('Query.leads', 'DESC')),
    lead: (_parent, args, ctx) => visibleLead(ctx, args.id),
    marketplaceReport: (_parent, args) => ({ marketplaceId: args.marketplaceId }),
    catalogAuditLog: (_parent, args, ctx) => paginate(auditLog(ctx, ctx.db.manager, args), args, byId('Query.catalogAuditLog', 'DESC')),
    catalogAuditEvents: (_parent, args, ctx) => paginate(auditLog(ctx, ctx.db.manager, args, args.filter), args, byId('Query.catalogAuditEvents', 'DESC')),
    vendorSales: (_parent, args, ctx) => sales(ctx, { vendorCompanyId: args.vendorCompanyId, from: args.from, to: args.to }),
    vendorSubscriptions: (_parent, args, ctx) =>
      paginate(subscriptionsToVendor(ctx, args.vendorCompanyId, { productId: args.productId, state: args.state, companyId: args.companyId }), args, byId('Query.vendorSubscriptions', 'DESC')),
  },

  Mutation: {
    createProduct: (_parent, { input }, ctx) => payload(async () => ({ product: await createProduct(ctx, input), revision: null })),
    updateProduct: (_parent, { input }, ctx) => payload(() => updateProduct(ctx, input)),
    submitProduct: (_parent, args, ctx) => payload(async () => ({ product: await submitProduct(ctx, args.productId), revision: null })),
    approveProduct: (_parent, args, ctx) => payload(async () => ({ product: await approveProduct(ctx, args.productId), revision: null })),
    rejectProduct: (_parent, args, ctx) => payload(async () => ({ product: await rejectProduct(ctx, args.productId, args.reason), revision: null })),
    archiveProduct: (_parent, args, ctx) => payload(async () => ({ product: await archiveProduct(ctx, args.productId), revision: null })),
    approveRevision: (_parent, args, ctx) => payload(async () => ({ revision: await decideRevision(ctx, args.revisionId, { approve: true }) })),
    rejectRevision: (_parent, args, ctx) =>
      payload(async () => ({ revision: await decideRevision(ctx, args.revisionId, { approve: false, reason: args.reason }) })),
    createVersion: (_parent, { input }, ctx) => payload(async () => ({ version: await createVersion(ctx, input) })),
    releaseVersion: (_parent, args, ctx) => payload(async () => ({ version: await moveVersion(ctx, args.versionId, 'DRAFT', 'RELEASED') })),
    deprecateVersion: (_parent, args, ctx) => payload(async () => ({ version: await moveVersion(ctx, args.versionId, 'RELEASED', 'DEPRECATED') })),
    createEdition: (_parent, { input }, ctx) => payload(async () => ({ edition: await createEdition(ctx, input) })),
    subscribe: (_parent, { input }, ctx) => payload(async () => ({ subscription: await subscribe(ctx, input) })),
    cancelSubscription: (_parent, args, ctx) => payload(async () => ({ subscription: await cancelSubscription(ctx, args.subscriptionId) })),
    requestPurchase: (_parent, { input }, ctx) => payload(async () => ({ purchaseRequest: await requestPurchase(ctx, input) })),
    approvePurchaseRequest: (_parent, args, ctx) =>
      payload(async () => ({ purchaseRequest: await decidePurchaseRequest(ctx, args.requestId, { approve: true }) })),
    declinePurchaseRequest: (_parent, args, ctx) =>
      payload(async () => ({ purchaseRequest: await decidePurchaseRequest(ctx, args.requestId, { approve: false, reason: args.reason?.trim() || null }) })),
    assignProduct: (_parent, { input }, ctx) => payload(async () => ({ assignment: await assignProduct(ctx, input) })),
    unassignProduct: (_parent, args, ctx) => payload(async () => ({ assignment: await unassignProduct(ctx, args.assignmentId) })),
    createLead: (_parent, { input }, ctx) => payload(async () => ({ lead: await createLead(ctx, input) })),
    assignLead: (_parent, args, ctx) => payload(async () => ({ lead: await assignLead(ctx, args.leadId, args.resellerCompanyId) })),
    convertLead: (_parent, args, ctx) => payload(async () => ({ lead: await convertLead(ctx, args.leadId, args.customerCompanyId) })),
    markLeadLost: (_parent, args, ctx) => payload(async () => ({ lead: await markLeadLost(ctx, args.leadId, args.reason) })),
  },

  Product: {
    __resolveReference: (reference, ctx) => visibleProduct(ctx, reference.id),
    vendor: (product) => ({ id: product.vendorCompanyId }),
    screenshots: (product) => parseList(product.screenshots),
    categories: (product) => parseList(product.categories),
    editions: async (product, args, ctx) => connectionOf(await ctx.loaders.editionsOfProduct.load(product.id), args, byId('Product.editions')),
    versions: async (product, args, ctx) => {
      const versions = await ctx.loaders.versionsOfProduct.load(product.id);
      return connectionOf(unpublishedOnly(ctx, product) ? versions : versions.filter((v) => v.state !== 'DRAFT'), args, byId('Product.versions'));
    },
    history: async (product, args, ctx) => connectionOf(await ctx.loaders.historyOfProduct.load(product.id), args, byId('Product.history')),
    revisions: async (product, args, ctx) => connectionOf(await ctx.loaders.revisionsOfProduct.load(product.id), args, byId('Product.revisions', 'DESC')),
  },
  ProductTransition: {
    from: (t) => t.fromState,
    to: (t) => t.toState,
    actor: (t) => userRef(t.actorKind, t.actorId),
    at: (t) => t.createdAt,
  },
  ProductRevision: {
    product: (r, _args, ctx) => loaded(ctx.loaders.product.load(r.productId), 'Product'),
    screenshots: (r) => parseList(r.screenshots),
    categories: (r) => parseList(r.categories),
    author: (r) => ref(r.authorId),
    reviewer: (r) => ref(r.reviewerId),
  },
  ProductVersion: {
    __resolveReference: (reference, ctx) => visibleVersion(ctx, reference.id),
    product: (v, _args, ctx) => loaded(ctx.loaders.product.load(v.productId), 'Product'),
    configSchema: (v) => JSON.parse(v.configSchema) as unknown,
  },
  Edition: {
    __resolveReference: (reference, ctx) => ctx.loaders.edition.load(reference.id),
    product: (e, _args, ctx) => loaded(ctx.loaders.product.load(e.productId), 'Product'),
    price: money,
  },
  ProductSubscription: {
    __resolveReference: (reference, ctx) => visibleSubscription(ctx, reference.id),
    company: (s) => ({ id: s.companyId }),
    product: (s, _args, ctx) => loaded(ctx.loaders.product.load(s.productId), 'Product'),
    edition: (s, _args, ctx) => loaded(ctx.loaders.edition.load(s.editionId), 'Edition'),
    price: money,
    buyer: (s) => userRef(s.buyerKind, s.buyerId),
    buyerCompany: (s) => ({ id: s.buyerCompanyId }),
    assignments: async (s, args, ctx) => connectionOf(await ctx.loaders.assignmentsOfSubscription.load(s.id), args, byId('ProductSubscription.assignments')),
  },
  PurchaseRequest: {
    __resolveReference: (reference, ctx) => ctx.db.manager.findOne(PurchaseRequestRow, { where: { id: reference.id } }),
    company: (r) => ({ id: r.companyId }),
    product: (r, _args, ctx) => loaded(ctx.loaders.product.load(r.productId), 'Product'),
    edition: (r, _args, ctx) => loaded(ctx.loaders.edition.load(r.editionId), 'Edition'),
    requester: (r) => ({ id: r.requesterId }),
    decidedBy: (r) => ref(r.decidedBy),
    subscription: (r, _args, ctx) => (r.subscriptionId ? ctx.loaders.subscription.load(r.subscriptionId) : null),
  },
  ProductAssignment: {
    __resolveReference: (reference, ctx) => ctx.db.manager.findOne(ProductAssignmentRow, { where: { id: reference.id } }),
    user: (a) => ({ id: a.userId }),
    product: (a, _args, ctx) => loaded(ctx.loaders.product.load(a.productId), 'Product'),
    subscription: (a, _args, ctx) => loaded(ctx.loaders.subscription.load(a.subscriptionId), 'Subscription'),
    assignedBy: (a) => ref(a.assignedBy),
    active: (a) => a.endedAt === null,
  },
  Lead: {
    __resolveReference: (reference, ctx) => visibleLead(ctx, reference.id),
    source: (l) => ({ id: l.sourceCompanyId }),
    product: (l, _args, ctx) => (l.productId ? visibleProduct(ctx, l.productId) : null),
    assignedTo: (l) => ref(l.assignedCompanyId),
    customerCompany: (l) => ref(l.customerCompanyId),
  },
  MarketplaceReport: {
    id: (report) => derivedId('MarketplaceReport', report.marketplaceId),
    productsByState: (report, _args, ctx) => productsByState(ctx, report.marketplaceId),
    sales: (report, args, ctx) => sales(ctx, { marketplaceId: report.marketplaceId, from: args.from, to: args.to }),
    leadsFunnel: (report, _args, ctx) => leadsFunnel(ctx, report.marketplaceId),
  },
  CatalogAuditEntry: {
    company: (a) => ref(a.companyId),
    actor: auditEventFields.actor,
    actorKind: legacyActorKind,
    details: auditEventFields.details,
    at: (a) => a.createdAt,
  },
  AuditEvent: auditEventFields,
  LeadFunnelRow: {
    reseller: (row) => ref(row.resellerCompanyId),
  },
  Company: {
    __resolveReference: (reference) => ({ id: reference.id }),
    products: (company, args, ctx) =>
      ctx.loaders.pages.load('products', { first: args.first, after: args.after, last: args.last, before: args.before }, company.id, (ids) => productsOfVendors(ctx, ids, args)),
    subscriptions: (company, args, ctx) =>
      ctx.loaders.pages.load('subscriptions', { ...args }, company.id, (ids) =>
        subscriptionsOfCompanies(ctx, ids, { state: args.state, productId: args.productId }, args),
      ),
  },
  User: {
    __resolveReference: (reference) => ({ id: reference.id }),
    myApps: (user, args, ctx) => paginate(myApps(ctx, user.id), args, byId('User.myApps', 'DESC')),
  },
};
