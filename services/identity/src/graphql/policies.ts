import {
  AUDIT_READERS,
  anyOf,
  asReference,
  argAt,
  asObject,
  asSessionOf,
  carried,
  narrowed,
  ofParent,
  open,
  owner,
  platformOperator,
  readsAuditOf,
  signedInAs,
  staff,
  type Owner,
  type OwnerRule,
  type Policy,
  type PolicyArgs,
  type PolicyTable,
  type UserActor,
} from '@marketgraph/authz';
import { ApiKey, Company, Invitation, Marketplace, Membership, type User } from '../entities';
import type { IdentityContext } from '../context';
import { ANY_STAFF, MEMBER_MANAGERS, USER_MANAGERS } from '../domain/access';

type Locate = (ctx: IdentityContext, args: PolicyArgs) => Promise<Owner | null>;


/** Owners are looked up without the tenant scope: the policy itself answers NOT_FOUND across tenants. */
const company =
  (path: string): Locate =>
  async (ctx, args) => {
    const id = argAt(args, path);
    const row = id ? await ctx.db.manager.findOne(Company, { where: { id }, select: { id: true, marketplaceId: true } }) : null;
    return row ? { companyId: row.id, marketplaceId: row.marketplaceId } : null;
  };

const marketplace =
  (path: string): Locate =>
  async (ctx, args) => {
    const id = argAt(args, path);
    const row = id ? await ctx.db.manager.findOne(Marketplace, { where: { id } }) : null;
    return row ? { companyId: row.ownerCompanyId, marketplaceId: row.id, marketplaceWide: true } : null;
  };

const ownedRow =
  (entity: typeof Membership | typeof Invitation | typeof ApiKey, path: string): Locate =>
  async (ctx, args) => {
    const id = argAt(args, path);
    const row = id ? await ctx.db.manager.findOne(entity, { where: { id }, select: { id: true, companyId: true, marketplaceId: true } }) : null;
    return row ? { companyId: row.companyId, marketplaceId: row.marketplaceId } : null;
  };

/** Who reaches these mutations at all; the domain then holds each change to I14 (domain/access.ts). */
const manageMembers = (what: string, locate: Locate) =>
  owner<IdentityContext>(what, locate, { member: [...MEMBER_MANAGERS.member], staff: [...MEMBER_MANAGERS.staff] });

/** Who sees a company's people (members and the companies around it), as `Query.company` allows. */
const COMPANY_PEOPLE: OwnerRule = { member: ['USER'], staff: ANY_STAFF, reseller: ['RESELLER'] };
const companyRow = (c: Company): Owner => ({ companyId: c.id, marketplaceId: c.marketplaceId });
const rowOwner = (row: { companyId: string; marketplaceId: string }): Owner => ({ companyId: row.companyId, marketplaceId: row.marketplaceId });
const ofCompany = (rule: OwnerRule) => ofParent<IdentityContext, Company>('company', (_ctx, c) => companyRow(c), rule);

/** A membership is seen by its own user, and by whoever may see the people of its company. */
const ownMembership: Policy<IdentityContext> = {
  describe: "the membership's own user",
  mayRefuse: true,
  check: ({ actor }, _args, parent) => (actor.kind === 'user' && actor.userId === (parent as Membership).userId ? 'ALLOW' : 'FORBIDDEN'),
};
const membershipField = anyOf(ownMembership, ofParent<IdentityContext, Membership>('company', (_ctx, m) => rowOwner(m), COMPANY_PEOPLE));
/** A reseller managing a company sees its invitations: it may invite the company's first admin (I12, I15). */
const INVITATION_READERS: OwnerRule = { member: ['COMPANY_ADMIN'], staff: ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT', 'SALES_SUPPORT'], reseller: ['RESELLER'] };

const API_KEY_READERS: OwnerRule = { member: ['COMPANY_ADMIN', 'DEVELOPER'], staff: ['MARKETPLACE_MANAGER'] };
const invitationField = ofParent<IdentityContext, Invitation>('company', (_ctx, i) => rowOwner(i), INVITATION_READERS);
const apiKeyField = ofParent<IdentityContext, ApiKey>('company', (_ctx, k) => rowOwner(k), API_KEY_READERS);

/**
 * `node(id:)` and `nodes(ids:)` are open to every caller: each ID is then read through its type's
 * by-ID root field, with that field's policy, and every refusal is the same NOT_FOUND (X13).
 */
const byNodeId: Policy<IdentityContext> = { describe: "anyone; each ID is authorized by its type's by-ID read", mayRefuse: false, check: () => 'ALLOW' };

/** Types identity declares unresolvable (`resolvable: false`): their owners resolve them, the gateway never asks identity. */
const ownedElsewhere: Policy<IdentityContext> = { describe: 'nobody: resolved by the subgraph that owns it', mayRefuse: true, check: () => 'FORBIDDEN' };

/** A user reads what concerns itself. */
const ownUser: Policy<IdentityContext> = {
  describe: 'the user itself',
  mayRefuse: true,
  check: ({ actor }, _args, parent) => (actor.kind === 'user' && actor.userId === (parent as User).id ? 'ALLOW' : 'FORBIDDEN'),
};
/** Whoever reads the audit (X5) of a company the user is or was a member of. */
const readsUsersAudit: Policy<IdentityContext> = {
  describe: `${AUDIT_READERS.company.member.join('|')} of one of its companies or staff ${AUDIT_READERS.company.staff.join('|')} of one of its marketplaces`,
  mayRefuse: true,
  async check(ctx, _args, parent) {
    if (ctx.actor.kind === 'anonymous') return 'UNAUTHENTICATED';
    return readsAuditOf(ctx.actor, await ctx.loaders.membershipsOfUser.load((parent as User).id)) ? 'ALLOW' : 'FORBIDDEN';
  },
};

/** What the viewer shows is the caller's own: its user, key and memberships. */
const callerItself: Policy<IdentityContext> = { describe: 'the caller itself', mayRefuse: false, check: () => 'ALLOW' };
/** A secret a mutation hands to its own caller once: a session, an invitation link, an API key. */
const toItsCaller: Policy<IdentityContext> = { describe: "the mutation's own caller, once", mayRefuse: false, check: () => 'ALLOW' };

/**
 * Nested fields (X1): each field that returns other objects, lists or secrets decides from the
 * caller and the object it hangs on. `Type.*` covers the plain values of an object the caller may
 * already see. A company's name, access and marketplace are what any reference to it shows.
 */
const nestedFields: PolicyTable<IdentityContext> = {
  'Viewer.*': asObject(),
  'Viewer.user': callerItself,
  'Viewer.apiKey': callerItself,
  'Viewer.memberships': callerItself,

  'Marketplace.*': asObject(),
  'Marketplace.ownerCompany': asObject(),

  'Company.*': asObject(),
  'Company.marketplace': asObject(),
  'Company.members': ofCompany(COMPANY_PEOPLE),
  'Company.resellers': ofCompany(COMPANY_PEOPLE),
  'Company.invitations': ofCompany(INVITATION_READERS),
  'Company.apiKeys': ofCompany({ member: ['COMPANY_ADMIN'], staff: ['MARKETPLACE_MANAGER'] }),
  'Company.managedCustomers': ofCompany({ member: ['COMPANY_ADMIN', 'RESELLER'], staff: ANY_STAFF }),

  'User.*': asObject(),
  'User.memberships': narrowed(signedInAs('user', 'apiKey'), 'the user itself, admins of its companies and their staff'),
  'User.loginHistory': narrowed(anyOf(ownUser, readsUsersAudit), 'events of the marketplaces and companies whose audit the caller reads, all of them for the user itself'),

  'Membership.*': asObject(),
  'Membership.user': membershipField,
  'Membership.company': membershipField,

  'Invitation.*': asObject(),
  'Invitation.company': asObject(),
  'InvitationPreview.*': asObject(),
  'ApiKey.*': asObject(),
  'ApiKey.company': asObject(),
  'ApiKey.createdBy': apiKeyField,
  'AuditEntry.*': asObject(),
  // Objects of other subgraphs that `node(id:)` hands on: only their ID, which the caller asked with.
  'Product.*': asObject(),
  'ProductVersion.*': asObject(),
  'ProductSubscription.*': asObject(),
  'Lead.*': asObject(),
  'EndCustomer.*': asObject(),
  'App.*': asObject(),
  'Keyset.*': asObject(),
  'Edition.*': asObject(),
  'PurchaseRequest.*': asObject(),
  'ProductAssignment.*': asObject(),
  'Installation.*': asObject(),
  'ActivityEvent.*': asObject(),
  // An event's references show what any reference to them shows; identity shows only an actor the caller may see.
  'AuditEvent.*': asObject(),
  'AuditEvent.actor': asObject(),
  'AuditEvent.company': asObject(),
  'AuditEvent.marketplace': asObject(),

  'AuthPayload.*': toItsCaller,
  // Signing in or accepting an invitation answers with the user the session acts as, as that user.
  'AuthPayload.user': asSessionOf((p: { actor?: UserActor }) => p.actor),
  'LogoutPayload.*': asObject(),
  'CreateMarketplacePayload.marketplace': asObject(),
  'CompanyPayload.company': asObject(),
  'CreateCompanyPayload.company': asObject(),
  // The first admin's invitation goes to whoever created the company or marketplace, once (I15).
  'CreateCompanyPayload.invitation': toItsCaller,
  'CreateCompanyPayload.token': toItsCaller,
  'CreateMarketplacePayload.invitation': toItsCaller,
  'CreateMarketplacePayload.token': toItsCaller,
  'MembershipPayload.membership': carried((p: { membership?: unknown }) => p.membership, membershipField),
  'UserPayload.user': asObject(),
  'InvitePayload.invitation': carried((p: { invitation?: unknown }) => p.invitation, invitationField),
  'InvitePayload.token': toItsCaller,
  'InvitationPayload.invitation': carried((p: { invitation?: unknown }) => p.invitation, invitationField),
  'CreateApiKeyPayload.apiKey': carried((p: { apiKey?: unknown }) => p.apiKey, apiKeyField),
  'CreateApiKeyPayload.key': toItsCaller,
  'ApiKeyPayload.apiKey': carried((p: { apiKey?: unknown }) => p.apiKey, apiKeyField),
};

/** Every subgraph's audit log (X5): a company's to its admins and the staff who administer it, a marketplace's to its manager. */
const auditReaders = anyOf<IdentityContext>(
  owner('company', company('companyId'), AUDIT_READERS.company),
  owner('marketplace', marketplace('marketplaceId'), AUDIT_READERS.marketplace),
);

/** Who may call each operation of the identity subgraph (X1). Anything missing here is refused. */
export const policies: PolicyTable<IdentityContext> = {
  'Query.node': byNodeId,
  'Query.nodes': byNodeId,
  'Query.viewer': signedInAs('user', 'apiKey'),
  'Query.marketplaces': signedInAs('user', 'apiKey'),
  'Query.marketplace': signedInAs('user', 'apiKey'),
  'Query.companies': owner('marketplace', marketplace('marketplaceId'), { staff: ANY_STAFF }),
  'Query.company': owner('company', company('id'), { member: ['USER'], staff: ANY_STAFF, reseller: ['RESELLER'] }),
  'Query.user': signedInAs('user', 'apiKey'),
  // Finding a person by email is for the staff who manage members (I9): support, sales and managers.
  'Query.users': owner('marketplace', marketplace('marketplaceId'), { staff: [...MEMBER_MANAGERS.staff] }),
  'Query.invitation': open(),
  'Query.auditLog': auditReaders,
  'Query.identityAuditEvents': auditReaders,

  'Mutation.login': open(),
  'Mutation.refreshSession': open(),
  'Mutation.logout': open(),
  'Mutation.acceptInvitation': open(),
  'Mutation.createMarketplace': platformOperator(),
  'Mutation.createCompany': anyOf(
    owner('marketplace', marketplace('input.marketplaceId'), { staff: ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT', 'SALES_SUPPORT'] }),
    owner('reseller', company('input.resellerCompanyId'), { member: ['RESELLER'] }),
  ),
  'Mutation.renameCompany': owner('company', company('input.companyId'), { member: ['COMPANY_ADMIN'], staff: ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT'] }),
  'Mutation.setCompanyAccess': owner('company', company('input.companyId'), { staff: ['MARKETPLACE_MANAGER'] }),
  'Mutation.grantRoles': manageMembers('membership', ownedRow(Membership, 'input.membershipId')),
  'Mutation.revokeRoles': manageMembers('membership', ownedRow(Membership, 'input.membershipId')),
  'Mutation.revokeMembership': manageMembers('membership', ownedRow(Membership, 'membershipId')),
  'Mutation.disableUser': staff(...USER_MANAGERS.staff),
  'Mutation.enableUser': staff(...USER_MANAGERS.staff),
  'Mutation.inviteUser': manageMembers('company', company('input.companyId')),
  'Mutation.inviteFirstAdmin': owner('company', company('input.companyId'), {
    staff: ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT', 'SALES_SUPPORT'],
    reseller: ['RESELLER'],
  }),
  'Mutation.revokeInvitation': manageMembers('invitation', ownedRow(Invitation, 'invitationId')),
  'Mutation.createApiKey': owner('company', company('input.companyId'), { member: ['COMPANY_ADMIN', 'DEVELOPER'] }),
  'Mutation.revokeApiKey': owner('API key', ownedRow(ApiKey, 'apiKeyId'), { member: ['COMPANY_ADMIN'], staff: ['MARKETPLACE_MANAGER'] }),
  'Mutation.addResellerCustomer': owner('reseller', company('resellerCompanyId'), { staff: ['RESELLER_MANAGER', 'MARKETPLACE_MANAGER'] }),
  'Mutation.removeResellerCustomer': owner('reseller', company('resellerCompanyId'), { staff: ['RESELLER_MANAGER', 'MARKETPLACE_MANAGER'] }),

  // References from other subgraphs: the loaders behind them read through the tenant scope.
  // An embed token sees its partner's white-label theme, not the company behind it (T6).
  'Entity.Company': open(),
  'Entity.Marketplace': open(),
  'Entity.User': signedInAs('user', 'apiKey'),
  // Rows with no by-ID root field, refetched by node(id:): judged as their fields are (X13).
  'Entity.Membership': asReference((ctx: IdentityContext, id) => ctx.db.manager.findOne(Membership, { where: { id } }), membershipField),
  'Entity.Invitation': asReference((ctx: IdentityContext, id) => ctx.db.manager.findOne(Invitation, { where: { id } }), invitationField),
  'Entity.ApiKey': asReference((ctx: IdentityContext, id) => ctx.db.manager.findOne(ApiKey, { where: { id } }), apiKeyField),
  // Other subgraphs' Node types, which node(id:) hands on by type and ID (X13).
  'Entity.Edition': ownedElsewhere,
  'Entity.PurchaseRequest': ownedElsewhere,
  'Entity.ProductAssignment': ownedElsewhere,
  'Entity.Installation': ownedElsewhere,
  'Entity.ActivityEvent': ownedElsewhere,
  'Entity.Product': ownedElsewhere,
  'Entity.ProductVersion': ownedElsewhere,
  'Entity.ProductSubscription': ownedElsewhere,
  'Entity.Lead': ownedElsewhere,
  'Entity.EndCustomer': ownedElsewhere,
  'Entity.App': ownedElsewhere,
  'Entity.Keyset': ownedElsewhere,

  ...nestedFields,
};
