import {
  anyOf,
  argAt,
  open,
  owner,
  platformOperator,
  signedInAs,
  staff,
  type Owner,
  type PolicyArgs,
  type PolicyTable,
} from '@marketgraph/authz';
import { ApiKey, Company, Invitation, Marketplace, Membership } from '../entities';
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

/** Who may call each operation of the identity subgraph (X1). Anything missing here is refused. */
export const policies: PolicyTable<IdentityContext> = {
  'Query.viewer': signedInAs('user', 'apiKey'),
  'Query.marketplaces': signedInAs('user', 'apiKey'),
  'Query.marketplace': signedInAs('user', 'apiKey'),
  'Query.companies': owner('marketplace', marketplace('marketplaceId'), { staff: ANY_STAFF }),
  'Query.company': owner('company', company('id'), { member: ['USER'], staff: ANY_STAFF, reseller: ['RESELLER'] }),
  'Query.user': signedInAs('user', 'apiKey'),
  'Query.invitation': open(),
  'Query.auditLog': anyOf(
    owner('company', company('companyId'), { member: ['COMPANY_ADMIN'], staff: ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT'] }),
    owner('marketplace', marketplace('marketplaceId'), { staff: ['MARKETPLACE_MANAGER'] }),
  ),

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
  'Entity.Company': open(),
  'Entity.Marketplace': open(),
  'Entity.User': signedInAs('user', 'apiKey'),
};
