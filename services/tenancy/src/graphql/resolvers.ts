import { DateTimeScalar, badInput, decodeCursor, pageSize, paginate, payload, toConnection, type Connection, type PageArgs } from '@marketgraph/graphql';
import { App, EndCustomer, type Keyset } from '../entities';
import type { TenancyContext } from '../context';
import { embedActor, mayRead } from '../domain/access';
import { activityOfCustomer, listActivity, reportActivity } from '../domain/activity';
import { assignApp, createApp, unassignApp, visibleApp } from '../domain/apps';
import { mintEmbedToken } from '../domain/embed-tokens';
import { createEndCustomer, endCustomerByExternalId, updateEndCustomer, visibleEndCustomer } from '../domain/end-customers';
import { changeInstallationVersion, configurationOf, configureInstallation, installApp, uninstallApp } from '../domain/installations';
import { assignKeyset, createKeyset, setKeysetEnabled, unassignKeyset, visibleKeyset } from '../domain/keysets';
import { partnerSummaries } from '../domain/partners';
import { setTheme, themeForPartner } from '../domain/themes';
import type { Resolvers } from './generated';
import { JSONScalar, auditEventFields, auditLog, legacyActorKind } from '@marketgraph/graphql';

/** A connection over rows a loader already batched: ordered by ID, cut at the cursor (X4, X8). */
function listConnection<T extends { id: string }>(rows: readonly T[], args: PageArgs): Connection<T> {
  const first = pageSize(args);
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const after = args.after ? decodeCursor(args.after) : null;
  const rest = after ? sorted.filter((r) => r.id > after) : sorted;
  return toConnection(rest.slice(0, first + 1), first, () => Promise.resolve(rows.length));
}

function present<T>(values: readonly (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

/** A reference to a row the caller may not see resolves to null, like a row that does not exist. */
async function orNull<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch {
    return null;
  }
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
    tenancyAuditLog: (_parent, args, ctx) => paginate(auditLog(ctx, ctx.db.manager, args), args, 'DESC'),
    tenancyAuditEvents: (_parent, args, ctx) => paginate(auditLog(ctx, ctx.db.manager, args, args.filter), args, 'DESC'),
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
      return listConnection(present(await ctx.loaders.app.loadMany(held.map((ca) => ca.appId))), args);
    },
    keysets: async (customer, args, ctx) => {
      const keysets = await keysetsOfCustomer(ctx, customer.id);
      // An embed token sees only enabled keysets (T6).
      return listConnection(embedActor(ctx) ? keysets.filter((k) => k.enabled) : keysets, args);
    },
    active: async (customer, _args, ctx) => (await keysetsOfCustomer(ctx, customer.id)).some((k) => k.enabled),
    installations: async (customer, args, ctx) => listConnection(await ctx.loaders.installationsOfCustomer.load(customer.id), args),
    activity: (customer, args, ctx) => activityOfCustomer(ctx, customer.id, args.filter ?? {}, args),
    lastActivity: (customer, _args, ctx) => ctx.loaders.lastActivityOfCustomer.load(customer.id),
  },
  App: {
    __resolveReference: (ref, ctx) => orNull(visibleApp(ctx, ref.id)),
    partner: (app) => ({ id: app.partnerCompanyId }),
    product: (app) => (app.productId ? { id: app.productId } : null),
    endCustomers: async (app, args, ctx) => {
      const holders = await ctx.loaders.customerAppsOfApp.load(app.id);
      return listConnection(present(await ctx.loaders.endCustomer.loadMany(holders.map((ca) => ca.endCustomerId))), args);
    },
    keysets: async (app, args, ctx) => listConnection(await ctx.loaders.keysetsOfApp.load(app.id), args),
  },
  Keyset: {
    app: async (keyset, _args, ctx) => (await ctx.loaders.app.load(keyset.appId)) ?? visibleApp(ctx, keyset.appId),
    endCustomer: async (keyset, _args, ctx) => {
      const assignment = await ctx.loaders.assignmentOfKeyset.load(keyset.id);
      return assignment ? ctx.loaders.endCustomer.load(assignment.endCustomerId) : null;
    },
  },
  Installation: {
    endCustomer: (installation, _args, ctx) => visibleEndCustomer(ctx, installation.endCustomerId),
    app: async (installation, _args, ctx) => (await ctx.loaders.app.load(installation.appId)) ?? visibleApp(ctx, installation.appId),
    productVersion: (installation) => ({ id: installation.versionId }),
    configuration: (installation) => configurationOf(installation),
    credentialsSet: (installation) => installation.credentialsCiphertext !== null,
  },
  ActivityEvent: {
    endCustomer: async (event, _args, ctx) => (await ctx.loaders.endCustomer.load(event.endCustomerId)) ?? visibleEndCustomer(ctx, event.endCustomerId),
    app: async (event, _args, ctx) => (await ctx.loaders.app.load(event.appId)) ?? visibleApp(ctx, event.appId),
  },
  EmbedSession: {
    theme: (session, _args, ctx) => themeForPartner(ctx, session.endCustomer.partnerCompanyId, session.endCustomer.marketplaceId),
  },
  PartnerSummary: {
    company: (summary) => ({ id: summary.id }),
  },
  Company: {
    __resolveReference: (ref) => ({ id: ref.id }),
    endCustomers: (company, args, ctx) =>
      paginate(ctx.scope.select(ctx.db.manager, EndCustomer, 'ec').andWhere('ec.partnerCompanyId = :id', { id: company.id }), args),
    apps: (company, args, ctx) => paginate(ctx.scope.select(ctx.db.manager, App, 'a').andWhere('a.partnerCompanyId = :id', { id: company.id }), args),
    theme: (company, _args, ctx) => ctx.loaders.themeOfCompany.load(company.id),
  },
  Product: {
    __resolveReference: (ref) => ({ id: ref.id }),
    apps: async (product, args, ctx) => {
      const apps = await ctx.loaders.appsOfProduct.load(product.id);
      return listConnection(apps.filter((a) => mayRead(ctx, a)), args);
    },
  },
};
