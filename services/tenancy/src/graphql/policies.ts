import {
  asReference,
  AUDIT_READERS,
  anyOf,
  argAt,
  asObject,
  carried,
  embedOwn,
  endCustomer,
  ofParent,
  open,
  owner,
  signedInAs,
  type Decision,
  type Owner,
  type Policy,
  type PolicyArgs,
  type PolicyTable,
} from '@marketgraph/authz';
import { companyOwner } from '@marketgraph/graphql';
import { ActivityEvent, App, EndCustomer, Installation, Keyset, type Theme } from '../entities';
import type { TenancyContext } from '../context';
import { PARTNER_MANAGERS, PARTNER_READ, PARTNER_WRITE, TROUBLESHOOTERS } from '../domain/access';
import type { CompanyRef, EmbedSessionModel, PartnerSummaryModel, ProductRef } from './models';

type Locate = (ctx: TenancyContext, args: PolicyArgs) => Promise<Owner | null> | Owner | null;

/** Owners are looked up without the tenant scope: the policy itself answers NOT_FOUND across tenants. */
const ownedRow =
  (entity: typeof EndCustomer | typeof App | typeof Keyset | typeof Installation, path: string): Locate =>
  async (ctx, args) => {
    const id = argAt(args, path);
    const row = id
      ? await ctx.db.manager.findOne(entity, { where: { id }, select: { id: true, partnerCompanyId: true, marketplaceId: true } })
      : null;
    return row ? { companyId: row.partnerCompanyId, marketplaceId: row.marketplaceId } : null;
  };

/** A company named by ID: tenancy keeps no companies, so identity places it; unknown to identity is NOT_FOUND (I1). */
const company =
  (path: string): Locate =>
  (ctx, args) =>
    companyOwner(ctx, argAt(args, path));

/** A customer by ID, else its partner by company ID (lookups by external ID). */
const customerOrPartner =
  (idPath: string, partnerPath: string): Locate =>
  (ctx, args) =>
    argAt(args, idPath) ? ownedRow(EndCustomer, idPath)(ctx, args) : company(partnerPath)(ctx, args);

/** The marketplace as a whole: only its staff hold roles for it. */
const marketplace =
  (path: string): Locate =>
  (_ctx, args) => {
    const marketplaceId = argAt(args, path);
    return marketplaceId ? { companyId: '', marketplaceId, marketplaceWide: true } : null;
  };

/** An embed token is judged by its own policy, everyone else by the partner's: refusals stay NOT_FOUND across tenants. */
function embedOr(forEmbed: Policy<TenancyContext>, forOthers: Policy<TenancyContext>): Policy<TenancyContext> {
  return {
    describe: `${forEmbed.describe} OR ${forOthers.describe}`,
    mayRefuse: forEmbed.mayRefuse || forOthers.mayRefuse,
    check: (ctx, args, parent) => (ctx.actor.kind === 'endCustomer' ? forEmbed.check(ctx, args, parent) : forOthers.check(ctx, args, parent)),
  };
}

/** Activity names a customer, a partner or a marketplace (T9). */
const activityScope: Policy<TenancyContext> = {
  describe: 'COMPANY_ADMIN|DEVELOPER of the partner, staff MARKETPLACE_MANAGER|CUSTOMER_SUPPORT',
  mayRefuse: true,
  async check(ctx, args): Promise<Decision> {
    if (!argAt(args, 'filter.endCustomerId') && !argAt(args, 'filter.partnerCompanyId') && !argAt(args, 'filter.marketplaceId')) {
      return signedInAs<TenancyContext>('user', 'apiKey').check(ctx, args);
    }
    const checks = [
      argAt(args, 'filter.endCustomerId') ? owner('customer', ownedRow(EndCustomer, 'filter.endCustomerId'), PARTNER_READ) : null,
      argAt(args, 'filter.partnerCompanyId') ? owner('partner', company('filter.partnerCompanyId'), PARTNER_READ) : null,
      argAt(args, 'filter.marketplaceId') ? owner('marketplace', marketplace('filter.marketplaceId'), { staff: TROUBLESHOOTERS }) : null,
    ].filter((p): p is Policy<TenancyContext> => p !== null);
    // Every named scope must be allowed, so that a filter cannot widen what the caller sees.
    for (const policy of checks) {
      const decision = await policy.check(ctx, args);
      if (decision !== 'ALLOW') return decision;
    }
    return 'ALLOW';
  },
};

const partnerWrite = (what: string, locate: Locate): Policy<TenancyContext> => owner(what, locate, PARTNER_WRITE);
const partnerRead = (what: string, locate: Locate): Policy<TenancyContext> => owner(what, locate, PARTNER_READ);

/** Rows a partner owns name their partner and marketplace: the owner of a nested field's object. */
const rowOwner = (row: { partnerCompanyId: string; marketplaceId: string }): Owner => ({ companyId: row.partnerCompanyId, marketplaceId: row.marketplaceId });

/** A company the object is (tenancy's `Company` and `PartnerSummary` carry only its ID). */
const companyOf = (locate: Locate) => (ctx: TenancyContext, parent: { id: string }) => locate(ctx, { id: parent.id });

/** What an embed token may reach of its own customer (T6), judged from the object itself. */
const ownCustomer = embedOwn<TenancyContext, EndCustomer>('when the parent is its own customer', (_ctx, c, self) => c.id === self);
const ownRow = embedOwn<TenancyContext, Installation | ActivityEvent>("when the parent is its own customer's", (_ctx, row, self) => row.endCustomerId === self);
const heldApp = embedOwn<TenancyContext, App>('when its customer holds the parent app', async (ctx, app, self) =>
  (await ctx.loaders.customerAppsOfCustomer.load(self)).some((held) => held.appId === app.id),
);
const ownEnabledKeyset = embedOwn<TenancyContext, Keyset>("when the parent keyset is enabled and its customer's", async (ctx, keyset, self) =>
  keyset.enabled && (await ctx.loaders.assignmentOfKeyset.load(keyset.id))?.endCustomerId === self,
);

/** The partner's side (T1) reads what its rows hang on; an embed token only what is its own customer's (T6). */
const partnerSide = <P extends { partnerCompanyId: string; marketplaceId: string }>(what: string) =>
  ofParent<TenancyContext, P>(what, (_ctx, row) => rowOwner(row), PARTNER_READ);
const customerField = embedOr(ownCustomer, partnerSide<EndCustomer>('partner'));
const appField = embedOr(heldApp, partnerSide<App>('partner'));
const keysetField = embedOr(ownEnabledKeyset, partnerSide<Keyset>('partner'));
const installationField = embedOr(ownRow, partnerSide<Installation>('partner'));
const activityField = embedOr(ownRow, partnerSide<ActivityEvent>('partner'));
const themeField = ofParent<TenancyContext, Theme>(
  'theme',
  (_ctx, theme) => ({ companyId: theme.companyId, marketplaceId: theme.marketplaceId }),
  { member: [...PARTNER_MANAGERS, 'MARKETPLACE_MANAGER'], staff: TROUBLESHOOTERS },
);
const embedSession = embedOwn<TenancyContext, EmbedSessionModel>("when the session is its own customer's", (_ctx, session, self) => session.endCustomer.id === self);
const partnersOfCompany = ofParent<TenancyContext, CompanyRef>('partner', companyOf(company('id')), PARTNER_READ);

/** The report comes back to whoever sent it; its customer and app follow their own policies (T9). */
const reporter: Policy<TenancyContext> = { describe: 'the caller that reported it', mayRefuse: false, check: () => 'ALLOW' };

/**
 * Nested fields (X1): each field that returns tenant-owned objects, lists or secrets decides from
 * the caller and the object it hangs on. `Type.*` covers the plain values of an object the caller
 * may already see.
 */
const nestedFields: PolicyTable<TenancyContext> = {
  'EndCustomer.*': asObject(),
  'EndCustomer.partner': customerField,
  'EndCustomer.apps': customerField,
  'EndCustomer.keysets': customerField,
  'EndCustomer.installations': customerField,
  'EndCustomer.activity': customerField,
  'EndCustomer.lastActivity': customerField,

  'App.*': asObject(),
  'App.partner': appField,
  'App.product': appField,
  // Who else holds an app, and its keys, are the partner's business only (T6).
  'App.endCustomers': partnerSide<App>('partner'),
  'App.keysets': partnerSide<App>('partner'),

  'Keyset.*': asObject(),
  'Keyset.publishKey': keysetField,
  'Keyset.subscribeKey': keysetField,
  'Keyset.app': keysetField,
  'Keyset.endCustomer': keysetField,

  'Installation.*': asObject(),
  'Installation.configuration': installationField,
  'Installation.endCustomer': installationField,
  'Installation.app': installationField,
  'Installation.productVersion': installationField,

  'ActivityEvent.*': asObject(),
  'ActivityEvent.endCustomer': activityField,
  'ActivityEvent.app': activityField,

  'Theme.*': asObject(),
  'EmbedSession.*': asObject(),
  'EmbedSession.endCustomer': embedSession,
  'EmbedSession.theme': embedSession,
  'PartnerSummary.*': asObject(),
  'PartnerSummary.company': ofParent<TenancyContext, PartnerSummaryModel>('partner', companyOf(company('id')), {
    member: PARTNER_MANAGERS,
    staff: ['MARKETPLACE_MANAGER', 'REPORTS_MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT'],
  }),
  'TenancyAuditEntry.*': asObject(),
  // An event's references show what any reference to them shows; identity shows only an actor the caller may see.
  'AuditEvent.*': asObject(),
  'AuditEvent.actor': asObject(),
  'AuditEvent.company': asObject(),
  'AuditEvent.marketplace': asObject(),

  'Company.*': asObject(),
  'Company.endCustomers': partnersOfCompany,
  'Company.apps': partnersOfCompany,
  'Company.theme': partnersOfCompany,
  'Product.*': asObject(),
  // Catalog's vendor, sent along only as the key of the apps' owner.
  'Product.vendor': asObject(),
  'Product.apps': ofParent<TenancyContext, ProductRef>('vendor', (ctx, p) => companyOwner(ctx, p.vendor?.id ?? null), PARTNER_READ),
  'ProductVersion.*': asObject(),
  'Marketplace.*': asObject(),
  'User.*': asObject(),

  // Payloads show what they carry only to whoever may read it by ID.
  'EndCustomerPayload.endCustomer': carried((p: { endCustomer?: unknown }) => p.endCustomer, customerField),
  'AppPayload.app': carried((p: { app?: unknown }) => p.app, appField),
  'AppAssignmentPayload.endCustomer': carried((p: { endCustomer?: unknown }) => p.endCustomer, customerField),
  'AppAssignmentPayload.app': carried((p: { app?: unknown }) => p.app, appField),
  'CreateKeysetPayload.keyset': carried((p: { keyset?: unknown }) => p.keyset, keysetField),
  'CreateKeysetPayload.secretKey': carried((p: { keyset?: unknown }) => p.keyset, ofParent<TenancyContext, Keyset>('partner', (_ctx, k) => rowOwner(k), PARTNER_WRITE)),
  'KeysetPayload.keyset': carried((p: { keyset?: unknown }) => p.keyset, keysetField),
  'EmbedTokenPayload.*': carried((p: { endCustomer?: unknown }) => p.endCustomer, ofParent<TenancyContext, EndCustomer>('partner', (_ctx, c) => rowOwner(c), PARTNER_WRITE)),
  'EmbedTokenPayload.endCustomer': carried((p: { endCustomer?: unknown }) => p.endCustomer, customerField),
  'ThemePayload.theme': carried((p: { theme?: unknown }) => p.theme, themeField),
  'InstallationPayload.installation': carried((p: { installation?: unknown }) => p.installation, installationField),
  // The ID of what was uninstalled is the ID the caller named.
  'UninstallAppPayload.*': asObject(),
  'UninstallAppPayload.endCustomer': carried((p: { endCustomer?: unknown }) => p.endCustomer, customerField),
  'UninstallAppPayload.app': carried((p: { app?: unknown }) => p.app, appField),
  'ActivityPayload.event': reporter,
};

/** Every subgraph's audit log (X5): a company's to its admins and the staff who administer it, a marketplace's to its manager. */
const auditReaders = anyOf<TenancyContext>(
  owner('company', company('companyId'), AUDIT_READERS.company),
  owner('marketplace', marketplace('marketplaceId'), AUDIT_READERS.marketplace),
);

/** Who may call each operation of the tenancy subgraph (X1). Anything missing here is refused. */
export const policies: PolicyTable<TenancyContext> = {
  'Query.endCustomer': partnerRead('customer', customerOrPartner('id', 'partnerCompanyId')),
  'Query.app': partnerRead('app', ownedRow(App, 'id')),
  'Query.keyset': partnerRead('keyset', ownedRow(Keyset, 'id')),
  'Query.embedSession': endCustomer('READ'),
  'Query.activity': embedOr(endCustomer('READ'), activityScope),
  'Query.partners': owner('marketplace', marketplace('marketplaceId'), {
    staff: ['MARKETPLACE_MANAGER', 'REPORTS_MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT'],
  }),
  'Query.tenancyAuditLog': auditReaders,
  'Query.tenancyAuditEvents': auditReaders,

  'Mutation.createEndCustomer': partnerWrite('partner', company('input.partnerCompanyId')),
  'Mutation.updateEndCustomer': partnerWrite('customer', ownedRow(EndCustomer, 'input.endCustomerId')),
  'Mutation.createApp': partnerWrite('partner', company('input.partnerCompanyId')),
  'Mutation.assignApp': partnerWrite('app', ownedRow(App, 'input.appId')),
  'Mutation.unassignApp': partnerWrite('app', ownedRow(App, 'input.appId')),
  'Mutation.createKeyset': partnerWrite('app', ownedRow(App, 'input.appId')),
  'Mutation.assignKeyset': partnerWrite('keyset', ownedRow(Keyset, 'input.keysetId')),
  'Mutation.unassignKeyset': partnerWrite('keyset', ownedRow(Keyset, 'input.keysetId')),
  'Mutation.enableKeyset': partnerWrite('keyset', ownedRow(Keyset, 'input.keysetId')),
  'Mutation.disableKeyset': partnerWrite('keyset', ownedRow(Keyset, 'input.keysetId')),
  'Mutation.mintEmbedToken': partnerWrite('customer', customerOrPartner('input.endCustomerId', 'input.partnerCompanyId')),
  'Mutation.setTheme': owner('partner', company('input.companyId'), { member: ['COMPANY_ADMIN', 'DEVELOPER', 'MARKETPLACE_MANAGER'] }),
  'Mutation.installApp': embedOr(endCustomer('CONFIGURE'), partnerWrite('customer', ownedRow(EndCustomer, 'input.endCustomerId'))),
  'Mutation.configureInstallation': embedOr(endCustomer('CONFIGURE'), partnerWrite('installation', ownedRow(Installation, 'input.installationId'))),
  'Mutation.changeInstallationVersion': embedOr(
    endCustomer('CONFIGURE'),
    partnerWrite('installation', ownedRow(Installation, 'input.installationId')),
  ),
  'Mutation.uninstallApp': embedOr(endCustomer('CONFIGURE'), partnerWrite('installation', ownedRow(Installation, 'input.installationId'))),
  // Integration runners authenticate with the keyset's secret key (checked by the service) or an API key.
  'Mutation.reportActivity': open(),

  // References: rows behind them are read through the tenant scope and the partner rule.
  'Entity.EndCustomer': signedInAs('user', 'apiKey'),
  'Entity.App': signedInAs('user', 'apiKey'),
  // Refetched by node(id:) (X13): read as `keyset(id:)` reads it.
  'Entity.Keyset': partnerRead('keyset', ownedRow(Keyset, 'id')),
  // Rows with no by-ID root field, refetched by node(id:): judged as their fields are (X13).
  'Entity.Installation': asReference((ctx: TenancyContext, id) => ctx.db.manager.findOne(Installation, { where: { id } }), installationField),
  'Entity.ActivityEvent': asReference((ctx: TenancyContext, id) => ctx.db.manager.findOne(ActivityEvent, { where: { id } }), activityField),
  'Entity.Company': open(),
  'Entity.Product': open(),
  // Declared unresolvable here: catalog resolves versions; the gateway never asks tenancy.
  'Entity.ProductVersion': signedInAs('user', 'apiKey', 'endCustomer'),
  // Declared unresolvable here: identity resolves them, for the references of audit events.
  'Entity.Marketplace': signedInAs('user', 'apiKey'),
  'Entity.User': signedInAs('user', 'apiKey'),

  ...nestedFields,
};
