import { isPlatformOperator, permissionsOf, withImpliedRoles, type Role } from '@marketgraph/authz';
import { DateTimeScalar, JSONScalar, auditEventFields, auditLog, byId, legacyActorKind, notFound, orderOf, paginate, mayAccess, whereContains } from '@marketgraph/graphql';
import { ApiKey, Company, Invitation, Marketplace, Membership, ResellerCustomer, User } from '../entities';
import type { IdentityContext } from '../context';
import { ANY_STAFF } from '../domain/access';
import { loginHistory } from '../domain/audit';
import { createApiKey, revokeApiKey } from '../domain/api-keys';
import { payload } from '../domain/conflicts';
import { actorOfUser } from '../domain/actors';
import { authPayload, login, logout, refreshSession, sessionFor } from '../domain/auth';
import { createCompany, createMarketplace, inviteFirstAdmin, renameCompany, setCompanyAccess, setResellerCustomer } from '../domain/companies';
import { acceptInvitation, inviteUser, previewInvitation, revokeInvitation } from '../domain/invitations';
import { disableUser, enableUser, grantRoles, revokeMembership, revokeRoles } from '../domain/memberships';
import { nodeOf, nodesOf, type NodeModel } from '../domain/nodes';
import type { NodeResolvers, Resolvers } from './generated';

type NodeTypename = Awaited<ReturnType<NonNullable<NodeResolvers['__resolveType']>>>;

const ownerOf = (row: { companyId: string; marketplaceId: string }) => ({ companyId: row.companyId, marketplaceId: row.marketplaceId });

async function company(ctx: IdentityContext, id: string): Promise<Company> {
  const row = await ctx.loaders.company.load(id);
  if (!row) throw notFound('Company');
  return row;
}

/** A user is shown to itself, to the admins of its companies, and to staff of their marketplaces. */
async function visibleUser(ctx: IdentityContext, id: string) {
  const user = await ctx.loaders.user.load(id);
  if (!user) return null;
  if (isPlatformOperator(ctx.actor) || (ctx.actor.kind === 'user' && ctx.actor.userId === id)) return user;
  const memberships = await ctx.loaders.membershipsOfUser.load(id);
  return memberships.some((m) => mayAccess(ctx.actor, ownerOf(m), { member: ['COMPANY_ADMIN'], staff: ANY_STAFF })) ? user : null;
}

const ACTOR_KINDS = { user: 'USER', apiKey: 'API_KEY', endCustomer: 'END_CUSTOMER', anonymous: 'ANONYMOUS' } as const;

export const resolvers: Resolvers<IdentityContext> = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,

  Node: {
    // nodeOf hands every node on with the type the subgraph that owns it named.
    __resolveType: (node) => (node as NodeModel).__typename as NodeTypename,
  },

  Query: {
    node: (_parent, args, ctx, info) => nodeOf(ctx, info.schema, args.id),
    nodes: (_parent, args, ctx, info) => nodesOf(ctx, info.schema, args.ids),
    viewer: (_parent, _args, ctx) => ({ actor: ctx.actor }),
    marketplaces: (_parent, args, ctx) => {
      const qb = ctx.db.manager.createQueryBuilder(Marketplace, 'm');
      if (ctx.scope.marketplaceIds !== null) qb.where('m.id IN (:...ids)', { ids: ['', ...ctx.scope.marketplaceIds] });
      return paginate(qb, args, byId('Query.marketplaces'));
    },
    marketplace: (_parent, args, ctx) => ctx.loaders.marketplace.load(args.id),
    companies: (_parent, args, ctx) => {
      const qb = ctx.scope.select(ctx.db.manager, Company, 'c').andWhere('c.marketplaceId = :marketplaceId', { marketplaceId: args.marketplaceId });
      if (args.accessType) qb.andWhere('c.accessTypes LIKE :access', { access: `%${args.accessType}%` });
      whereContains(qb, 'search', args.search, ['c.nameKey']);
      return paginate(qb, args, orderOf<Company, 'NAME' | 'CREATED_AT'>('Query.companies', args.orderBy, { NAME: 'nameKey', CREATED_AT: null }));
    },
    company: (_parent, args, ctx) => company(ctx, args.id),
    user: async (_parent, args, ctx) => {
      const user = await visibleUser(ctx, args.id);
      if (!user) throw notFound('User');
      return user;
    },
    users: (_parent, args, ctx) => {
      // People of the marketplace asked, through the tenant scope of their memberships (I1).
      const members = ctx.scope
        .select(ctx.db.manager, Membership, 'um')
        .select('um.userId')
        .andWhere('um.marketplaceId = :usersMarketplaceId', { usersMarketplaceId: args.marketplaceId });
      const qb = ctx.db.manager
        .createQueryBuilder(User, 'u')
        .where(`u.id IN (${members.getQuery()})`)
        .setParameters(members.getParameters());
      whereContains(qb, 'search', args.search, ['u.email', 'LOWER(u.name)']);
      const orderBy = args.orderBy ?? { field: 'EMAIL' as const };
      return paginate(qb, args, orderOf<User, 'EMAIL' | 'NAME' | 'CREATED_AT'>('Query.users', orderBy, { EMAIL: 'email', NAME: 'name', CREATED_AT: null }));
    },
    invitation: (_parent, args, ctx) => previewInvitation(ctx.db.manager, args.token),
    auditLog: (_parent, args, ctx) => paginate(auditLog(ctx, ctx.db.manager, args), args, byId('Query.auditLog', 'DESC')),
    identityAuditEvents: (_parent, args, ctx) => paginate(auditLog(ctx, ctx.db.manager, args, args.filter), args, byId('Query.identityAuditEvents', 'DESC')),
  },

  Mutation: {
    login: (_parent, { input }, ctx) => authPayload(() => login(ctx, input.email, input.password)),
    refreshSession: (_parent, args, ctx) => payload(() => refreshSession(ctx, args.refreshToken)),
    logout: (_parent, args, ctx) =>
      payload(async () => {
        await logout(ctx, args.refreshToken);
        return { loggedOut: true };
      }),
    createMarketplace: (_parent, { input }, ctx) =>
      payload(async () => {
        const { created, invitation, token } = await createMarketplace(ctx, input);
        return { marketplace: created, invitation, token };
      }),
    createCompany: (_parent, { input }, ctx) =>
      payload(async () => {
        const { created, invitation, token } = await createCompany(ctx, input);
        return { company: created, invitation, token };
      }),
    renameCompany: (_parent, { input }, ctx) => payload(async () => ({ company: await renameCompany(ctx, input.companyId, input.name) })),
    setCompanyAccess: (_parent, { input }, ctx) =>
      payload(async () => ({ company: await setCompanyAccess(ctx, input.companyId, input.accessTypes) })),
    grantRoles: (_parent, { input }, ctx) => payload(async () => ({ membership: await grantRoles(ctx, input.membershipId, input.roles) })),
    revokeRoles: (_parent, { input }, ctx) => payload(async () => ({ membership: await revokeRoles(ctx, input.membershipId, input.roles) })),
    revokeMembership: (_parent, args, ctx) => payload(async () => ({ membership: await revokeMembership(ctx, args.membershipId) })),
    disableUser: (_parent, args, ctx) => payload(async () => ({ user: await disableUser(ctx, args.userId) })),
    enableUser: (_parent, args, ctx) => payload(async () => ({ user: await enableUser(ctx, args.userId) })),
    inviteUser: (_parent, { input }, ctx) => payload(() => inviteUser(ctx, input)),
    inviteFirstAdmin: (_parent, { input }, ctx) => payload(() => inviteFirstAdmin(ctx, input)),
    revokeInvitation: (_parent, args, ctx) => payload(async () => ({ invitation: await revokeInvitation(ctx, args.invitationId) })),
    acceptInvitation: (_parent, { input }, ctx) =>
      payload(async () => {
        const { user, created } = await acceptInvitation(ctx, input);
        // Signed in, the caller stays in its session, which from now on holds the new membership too.
        return created ? sessionFor(ctx, user) : { user, actor: await actorOfUser(ctx.db.manager, user) };
      }),
    createApiKey: (_parent, { input }, ctx) => payload(() => createApiKey(ctx, input)),
    revokeApiKey: (_parent, args, ctx) => payload(async () => ({ apiKey: await revokeApiKey(ctx, args.apiKeyId) })),
    addResellerCustomer: (_parent, args, ctx) =>
      payload(async () => ({ company: await setResellerCustomer(ctx, args.resellerCompanyId, args.customerCompanyId, true) })),
    removeResellerCustomer: (_parent, args, ctx) =>
      payload(async () => ({ company: await setResellerCustomer(ctx, args.resellerCompanyId, args.customerCompanyId, false) })),
  },

  Viewer: {
    kind: ({ actor }) => ACTOR_KINDS[actor.kind],
    user: ({ actor }, _args, ctx) => (actor.kind === 'user' ? ctx.loaders.user.load(actor.userId) : null),
    apiKey: ({ actor }, _args, ctx) =>
      actor.kind === 'apiKey' ? ctx.db.manager.findOne(ApiKey, { where: { id: actor.apiKeyId } }) : null,
    isPlatformOperator: ({ actor }) => isPlatformOperator(actor),
    memberships: async ({ actor }, _args, ctx) =>
      actor.kind === 'user' ? (await ctx.loaders.membershipsOfUser.load(actor.userId)).filter((m) => m.status === 'ACTIVE') : [],
  },

  Marketplace: {
    __resolveReference: (ref, ctx) => ctx.loaders.marketplace.load(ref.id),
    ownerCompany: (marketplace, _args, ctx) => company(ctx, marketplace.ownerCompanyId),
  },

  Company: {
    __resolveReference: (ref, ctx) => ctx.loaders.company.load(ref.id),
    marketplace: async (c, _args, ctx) => (await ctx.loaders.marketplace.load(c.marketplaceId)) ?? Promise.reject(notFound('Marketplace')),
    isOwner: (c) => c.accessTypes.includes('MARKETPLACE'),
    members: (c, args, ctx) => {
      const qb = ctx.scope.select(ctx.db.manager, Membership, 'm').andWhere("m.companyId = :id AND m.status = 'ACTIVE'", { id: c.id });
      if (args.search) qb.innerJoin(User, 'mu', 'mu.id = m.userId');
      whereContains(qb, 'search', args.search, ['mu.email', 'LOWER(mu.name)']);
      return paginate(qb, args, byId('Company.members'));
    },
    invitations: (c, args, ctx) =>
      paginate(ctx.scope.select(ctx.db.manager, Invitation, 'i').andWhere('i.companyId = :id', { id: c.id }), args, byId('Company.invitations', 'DESC')),
    apiKeys: (c, args, ctx) => paginate(ctx.scope.select(ctx.db.manager, ApiKey, 'k').andWhere('k.companyId = :id', { id: c.id }), args, byId('Company.apiKeys')),
    managedCustomers: (c, args, ctx) => {
      const qb = ctx.scope
        .select(ctx.db.manager, Company, 'c')
        .innerJoin(ResellerCustomer, 'rc', 'rc.customerCompanyId = c.id')
        .andWhere('rc.resellerCompanyId = :id', { id: c.id });
      return paginate(qb, args, byId('Company.managedCustomers'));
    },
    resellers: async (c, _args, ctx) => {
      const links = await ctx.loaders.resellersOfCompany.load(c.id);
      const rows = await ctx.loaders.company.loadMany(links.map((l) => l.resellerCompanyId));
      return rows.filter((r): r is Company => r !== null && !(r instanceof Error));
    },
  },

  User: {
    __resolveReference: (ref, ctx) => ctx.loaders.user.load(ref.id),
    disabled: (u) => u.disabledAt !== null,
    memberships: async (u, _args, ctx) => {
      const all = await ctx.loaders.membershipsOfUser.load(u.id);
      const self = ctx.actor.kind === 'user' && ctx.actor.userId === u.id;
      return all.filter((m) => self || mayAccess(ctx.actor, ownerOf(m), { member: ['COMPANY_ADMIN'], staff: ANY_STAFF }));
    },
    loginHistory: (u, args, ctx) => paginate(loginHistory(ctx, u.id, args.filter), args, byId('User.loginHistory', 'DESC')),
  },

  AuditEvent: {
    ...auditEventFields,
    actor: (e, _args, ctx) => (e.actorKind === 'USER' && e.actorId ? visibleUser(ctx, e.actorId) : null),
    company: (e, _args, ctx) => (e.companyId ? ctx.loaders.company.load(e.companyId) : null),
    marketplace: (e, _args, ctx) => (e.marketplaceId ? ctx.loaders.marketplace.load(e.marketplaceId) : null),
  },

  AuditEntry: {
    actorKind: legacyActorKind,
    details: (e) => e.details,
  },

  Membership: {
    __resolveReference: (ref, ctx) => ctx.db.manager.findOne(Membership, { where: { id: ref.id } }),
    user: async (m, _args, ctx) => (await ctx.loaders.user.load(m.userId)) ?? Promise.reject(notFound('User')),
    company: (m, _args, ctx) => company(ctx, m.companyId),
    roles: async (m, _args, ctx) => withImpliedRoles((await ctx.loaders.rolesOfMembership.load(m.id)).map((r) => r.role)),
    permissions: async (m, _args, ctx) => permissionsOf((await ctx.loaders.rolesOfMembership.load(m.id)).map((r): Role => r.role)),
    active: (m) => m.status === 'ACTIVE',
  },

  Invitation: {
    __resolveReference: (ref, ctx) => ctx.db.manager.findOne(Invitation, { where: { id: ref.id } }),
    company: (i, _args, ctx) => company(ctx, i.companyId),
  },

  ApiKey: {
    __resolveReference: (ref, ctx) => ctx.db.manager.findOne(ApiKey, { where: { id: ref.id } }),
    company: (k, _args, ctx) => company(ctx, k.companyId),
    createdBy: (k, _args, ctx) => visibleUser(ctx, k.createdBy),
  },
};
