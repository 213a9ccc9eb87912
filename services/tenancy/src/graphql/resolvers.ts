import { DateTimeScalar, badInput, byId, connectionOf, containsText, orderOf, paginate, payload, whereContains } from '@marketgraph/graphql';
import { ActivityEvent, App, EndCustomer, Installation, type Keyset } from '../entities';
import type { TenancyContext } from '../context';
import { embedActor } from '../domain/access';
import { activityOfCustomer, listActivity, reportActivity } from '../domain/activity';
import { assignApp, createApp, unassignApp, visibleApp } from '../domain/apps';
import { mintEmbedToken } from '../domain/embed-tokens';
import { createEndCustomer, endCustomerByExternalId, updateEndCustomer, visibleEndCustomer } from '../domain/end-customers';
import { changeInstallationVersion, configurationOf, configureInstallation, installApp, uninstallApp } from '../domain/installations';
import { assignKeyset, createKeyset, setKeysetEnabled, unassignKeyset, visibleKeyset } from '../domain/keysets';
import { partnerSummaries } from '../domain/partners';
import { setTheme, themeForPartner } from '../domain/themes';
import type { Resolvers } from './generated';
import { JSONScalar, auditEventFields, auditLog, derivedId, legacyActorKind } from '@marketgraph/graphql';

function present<T>(values: readonly (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

/** The vendor catalog sends with a product where a field requires it (`@requires`); generated types know only the key. */
function vendorIdOf(product: object): string | null {
  const vendor = (product as { vendor?: { id?: unknown } | null }).vendor;
  return typeof vendor?.id === 'string' ? vendor.id : null;
}

/** A reference to a row the caller may not see resolves to null, like a row that does not exist. */
async function orNull<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch {
    return null;
  }
}

/** Keysets narrowed by a list's `search` (their name) and `enabled` arguments. */
function keysetsMatching(keysets: readonly Keyset[], args: { search?: string | null; enabled?: boolean | null }): Keyset[] {
  const named = containsText('search', args.search);
  return keysets.filter((k) => named(k.name) && (args.enabled == null || k.enabled === args.enabled));
}

async function keysetsOfCustomer(ctx: TenancyContext, endCustomerId: string): Promise<Keyset[]> {
  const assignments = await ctx.loaders.assignmentsOfCustomer.load(endCustomerId);
  return present(await ctx.loaders.keyset.loadMany(assignments.map((a) => a.keysetId)));
}

export const resolvers: Resolvers<TenancyContext> = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    endCustomer: (_parent, args, ctx) => {
      if (args.id) return visibleEndCustomer(ctx, args.id);
      if (args.partnerCompanyId && args.externalId) return endCustomerByExternalId(ctx, args.partnerCompanyId, args.externalId);
      throw badInput('id', 'Give id, or partnerCompanyId with externalId');
    },
    app: (_parent, args, ctx) => visibleApp(ctx, args.id),
    keyset: (_parent, args, ctx) => visibleKeyset(ctx, args.id),
    embedSession: async (_parent, _args, ctx) => {
      const embed = embedActor(ctx);
      if (!embed) throw badInput('embedSession', 'Only an embed token has an embed session');
      return { endCustomer: await visibleEndCustomer(ctx, embed.endCustomerId), permissions: embed.permissions };
    },
    activity: (_parent, args, ctx) => listActivity(ctx, args.filter ?? {}, args),
    partners: (_parent, args, ctx) => partnerSummaries(ctx, args.marketplaceId, args),
    tenancyAuditLog: (_parent, args, ctx) => paginate(auditLog(ctx, ctx.db.manager, args), args, byId('Query.tenancyAuditLog', 'DESC')),
    tenancyAuditEvents: (_parent, args, ctx) => paginate(auditLog(ctx, ctx.db.manager, args, args.filter), args, byId('Query.tenancyAuditEvents', 'DESC')),
  },
  Mutation: {
    createEndCustomer: (_parent, { input }, ctx) => payload(async () => ({ endCustomer: await createEndCustomer(ctx, input) })),
    updateEndCustomer: (_parent, { input }, ctx) => payload(async () => ({ endCustomer: await updateEndCustomer(ctx, input) })),
    createApp: (_parent, { input }, ctx) => payload(async () => ({ app: await createApp(ctx, input) })),
    assignApp: (_parent, { input }, ctx) => payload(() => assignApp(ctx, input)),
    unassignApp: (_parent, { input }, ctx) => payload(() => unassignApp(ctx, input)),
    createKeyset: (_parent, { input }, ctx) => payload(() => createKeyset(ctx, input)),
    assignKeyset: (_parent, { input }, ctx) => payload(async () => ({ keyset: await assignKeyset(ctx, input) })),
    unassignKeyset: (_parent, { input }, ctx) => payload(async () => ({ keyset: await unassignKeyset(ctx, input) })),
    enableKeyset: (_parent, { input }, ctx) => payload(async () => ({ keyset: await setKeysetEnabled(ctx, input, true) })),
    disableKeyset: (_parent, { input }, ctx) => payload(async () => ({ keyset: await setKeysetEnabled(ctx, input, false) })),
    mintEmbedToken: (_parent, { input }, ctx) => payload(() => mintEmbedToken(ctx, input)),
    setTheme: (_parent, { input }, ctx) => payload(async () => ({ theme: await setTheme(ctx, input) })),
    installApp: (_parent, { input }, ctx) => payload(async () => ({ installation: await installApp(ctx, input) })),
    configureInstallation: (_parent, { input }, ctx) => payload(async () => ({ installation: await configureInstallation(ctx, input) })),
    changeInstallationVersion: (_parent, { input }, ctx) =>
      payload(async () => ({ installation: await changeInstallationVersion(ctx, input) })),
    uninstallApp: (_parent, { input }, ctx) => payload(() => uninstallApp(ctx, input)),
    reportActivity: (_parent, { input }, ctx) => payload(async () => ({ event: await reportActivity(ctx, input) })),
  },
  TenancyAuditEntry: {
    actorKind: legacyActorKind,
  },
  AuditEvent: auditEventFields,

  EndCustomer: {
    __resolveReference: (ref, ctx) => orNull(visibleEndCustomer(ctx, ref.id)),
    partner: (customer) => ({ id: customer.partnerCompanyId }),
    apps: async (customer, args, ctx) => {
      const held = await ctx.loaders.customerAppsOfCustomer.load(customer.id);
      const named = containsText('search', args.search);
      const apps = present(await ctx.loaders.app.loadMany(held.map((ca) => ca.appId)));
      return connectionOf(
        apps.filter((a) => named(a.name)),
        args,
        byId('EndCustomer.apps'),
      );
    },
    keysets: async (customer, args, ctx) => {
      const keysets = await keysetsOfCustomer(ctx, customer.id);
      // An embed token sees only enabled keysets (T6).
      return connectionOf(keysetsMatching(embedActor(ctx) ? keysets.filter((k) => k.enabled) : keysets, args), args, byId('EndCustomer.keysets'));
    },
    active: async (customer, _args, ctx) => (await keysetsOfCustomer(ctx, customer.id)).some((k) => k.enabled),
    installations: async (customer, args, ctx) => connectionOf(await ctx.loaders.installationsOfCustomer.load(customer.id), args, byId('EndCustomer.installations')),
    activity: (customer, args, ctx) => activityOfCustomer(ctx, customer.id, args.filter ?? {}, args),
    lastActivity: (customer, _args, ctx) => ctx.loaders.lastActivityOfCustomer.load(customer.id),
  },
  App: {
    __resolveReference: (ref, ctx) => orNull(visibleApp(ctx, ref.id)),
    partner: (app) => ({ id: app.partnerCompanyId }),
    product: (app) => (app.productId ? { id: app.productId } : null),
    endCustomers: async (app, args, ctx) => {
      const holders = await ctx.loaders.customerAppsOfApp.load(app.id);
      const named = containsText('search', args.search);
      const customers = present(await ctx.loaders.endCustomer.loadMany(holders.map((ca) => ca.endCustomerId)));
      return connectionOf(
        customers.filter((c) => named(c.name, c.externalId)),
        args,
        byId('App.endCustomers'),
      );
    },
    keysets: async (app, args, ctx) => connectionOf(keysetsMatching(await ctx.loaders.keysetsOfApp.load(app.id), args), args, byId('App.keysets')),
  },
  Keyset: {
    __resolveReference: (ref, ctx) => orNull(visibleKeyset(ctx, ref.id)),
    app: async (keyset, _args, ctx) => (await ctx.loaders.app.load(keyset.appId)) ?? visibleApp(ctx, keyset.appId),
    endCustomer: async (keyset, _args, ctx) => {
      const assignment = await ctx.loaders.assignmentOfKeyset.load(keyset.id);
      return assignment ? ctx.loaders.endCustomer.load(assignment.endCustomerId) : null;
    },
  },
  Installation: {
    __resolveReference: (ref, ctx) => ctx.db.manager.findOne(Installation, { where: { id: ref.id } }),
    endCustomer: (installation, _args, ctx) => visibleEndCustomer(ctx, installation.endCustomerId),
    app: async (installation, _args, ctx) => (await ctx.loaders.app.load(installation.appId)) ?? visibleApp(ctx, installation.appId),
    productVersion: (installation) => ({ id: installation.versionId }),
    configuration: (installation) => configurationOf(installation),
    credentialsSet: (installation) => installation.credentialsCiphertext !== null,
  },
  ActivityEvent: {
    __resolveReference: (ref, ctx) => ctx.db.manager.findOne(ActivityEvent, { where: { id: ref.id } }),
    endCustomer: async (event, _args, ctx) => (await ctx.loaders.endCustomer.load(event.endCustomerId)) ?? visibleEndCustomer(ctx, event.endCustomerId),
    app: async (event, _args, ctx) => (await ctx.loaders.app.load(event.appId)) ?? visibleApp(ctx, event.appId),
  },
  EmbedSession: {
    theme: (session, _args, ctx) => themeForPartner(ctx, session.endCustomer.partnerCompanyId, session.endCustomer.marketplaceId),
  },
  PartnerSummary: {
    id: (summary) => derivedId('PartnerSummary', summary.id),
    company: (summary) => ({ id: summary.id }),
  },
  Company: {
    __resolveReference: (ref) => ({ id: ref.id }),
    endCustomers: (company, args, ctx) => {
      const qb = ctx.scope.select(ctx.db.manager, EndCustomer, 'ec').andWhere('ec.partnerCompanyId = :id', { id: company.id });
      whereContains(qb, 'search', args.search, ['ec.nameKey', 'ec.externalIdKey']);
      const keys = { NAME: 'nameKey', EXTERNAL_ID: 'externalIdKey', CREATED_AT: null } as const;
      return paginate(qb, args, orderOf<EndCustomer, keyof typeof keys>('Company.endCustomers', args.orderBy, keys));
    },
    apps: (company, args, ctx) => {
      const qb = ctx.scope.select(ctx.db.manager, App, 'a').andWhere('a.partnerCompanyId = :id', { id: company.id });
      whereContains(qb, 'search', args.search, ['a.nameKey']);
      return paginate(qb, args, orderOf<App, 'NAME' | 'CREATED_AT'>('Company.apps', args.orderBy, { NAME: 'nameKey', CREATED_AT: null }));
    },
    theme: (company, _args, ctx) => ctx.loaders.themeOfCompany.load(company.id),
  },
  Product: {
    __resolveReference: (ref) => {
      const vendorId = vendorIdOf(ref);
      return vendorId ? { id: ref.id, vendor: { id: vendorId } } : { id: ref.id };
    },
    apps: async (product, args, ctx) => {
      const apps = await ctx.loaders.appsOfProduct.load(product.id);
      return connectionOf(apps.filter((a) => a.partnerCompanyId === vendorIdOf(product)), args, byId('Product.apps'));
    },
  },
};
