import { IsNull, type EntityManager } from 'typeorm';
import { ROLE_ACCESS, STAFF_ROLES, type Actor, type Role } from '@marketgraph/authz';
import { fail } from '@marketgraph/graphql';
import { ApiKey, Marketplace, Membership, MembershipRole, ResellerCustomer, User } from '../entities';

export const ANY_STAFF = [...STAFF_ROLES];

/** Who manages the members of a company: its COMPANY_ADMIN and these staff of its marketplace (I9). */
export const MEMBER_MANAGERS = {
  member: ['COMPANY_ADMIN'] as Role[],
  staff: ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT', 'SALES_SUPPORT'] as Role[],
};
/** Who disables and enables users (I10). */
export const USER_MANAGERS = { staff: ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT'] as Role[] };

/**
 * The privilege order of I14, lowest first. Privilege is always taken over one company: the
 * platform operator is above everyone; a MARKETPLACE_MANAGER (staff of the company's
 * marketplace) above the other staff roles; staff above the company's COMPANY_ADMIN; the
 * admin above the other members. Nobody changes the access of someone above itself, nor
 * confers access above its own.
 */
export const PRIVILEGE_ORDER = ['NONE', 'MEMBER', 'COMPANY_ADMIN', 'STAFF', 'MARKETPLACE_MANAGER', 'PLATFORM_OPERATOR'] as const;
export type Privilege = (typeof PRIVILEGE_ORDER)[number];

const rank = (p: Privilege): number => PRIVILEGE_ORDER.indexOf(p);
const isStaffRole = (r: Role): boolean => ROLE_ACCESS[r] === 'MARKETPLACE';

/** What someone holds that bears on one company, read fresh from the database. */
export interface Standing {
  /** The person; null for an API key. */
  userId: string | null;
  apiKey: boolean;
  platformOperator: boolean;
  /** Roles in the company itself. */
  roles: Role[];
  /** Roles in the owner company of the company's marketplace (the same as `roles` for the owner itself). */
  staffRoles: Role[];
  /** Holds RESELLER in a company that manages this one (I12); such a reseller names its first admin (I3). */
  resells: boolean;
}

export function privilegeOf(s: Pick<Standing, 'platformOperator' | 'roles' | 'staffRoles'>): Privilege {
  if (s.platformOperator) return 'PLATFORM_OPERATOR';
  if (s.staffRoles.includes('MARKETPLACE_MANAGER')) return 'MARKETPLACE_MANAGER';
  if (s.staffRoles.some(isStaffRole)) return 'STAFF';
  if (s.roles.includes('COMPANY_ADMIN')) return 'COMPANY_ADMIN';
  return s.roles.length > 0 ? 'MEMBER' : 'NONE';
}

export type AccessChangeKind = 'grant' | 'remove' | 'revoke' | 'invite' | 'revokeInvitation' | 'disable' | 'enable';

export interface AccessChange {
  kind: AccessChangeKind;
  /** Roles granted, removed or carried by the invitation; a revoked membership's roles. */
  roles: readonly Role[];
  /** The company is its marketplace's owner: its memberships are the staff. */
  ownerCompany: boolean;
  /** Whose access changes, when that person exists already; null for an invitation. */
  target: Standing | null;
  /** The change is to the actor itself: its own membership, or an invitation of its own email. */
  self: boolean;
}

function manages(actor: Standing, kind: AccessChangeKind): boolean {
  if (actor.platformOperator) return true;
  if (kind === 'disable' || kind === 'enable') return actor.staffRoles.some((r) => USER_MANAGERS.staff.includes(r));
  return (
    actor.roles.some((r) => MEMBER_MANAGERS.member.includes(r)) ||
    actor.staffRoles.some((r) => MEMBER_MANAGERS.staff.includes(r)) ||
    (kind === 'invite' && actor.resells)
  );
}

/**
 * The one decision of I14: whether `actor` may make `change`, or why not. Checked after the
 * companies involved are locked, with both sides read inside the transaction, so that two
 * people changing each other serialize and the second sees what the first did.
 */
export function accessChangeProblem(actor: Standing, change: AccessChange): string | null {
  const { kind, roles, target } = change;
  const confers = kind === 'grant' || kind === 'invite';
  if (!manages(actor, kind)) return 'You do not manage the members of this company';
  if (confers && actor.apiKey && roles.some((r) => r !== 'USER')) return 'An API key cannot grant roles; a signed-in user must';
  if (confers && change.self) return 'Nobody grants a role to itself';
  const own = actor.resells && kind === 'invite' && rank(privilegeOf(actor)) < rank('COMPANY_ADMIN') ? 'COMPANY_ADMIN' : privilegeOf(actor);
  if (target) {
    const theirs = privilegeOf(target);
    if (rank(theirs) > rank(own)) return `This member is more privileged than you (${theirs} is above ${own})`;
  }
  const manager = rank(own) >= rank('MARKETPLACE_MANAGER');
  if (!manager && (change.ownerCompany || roles.some(isStaffRole))) {
    return 'Only a MARKETPLACE_MANAGER of the marketplace grants or removes staff roles and changes memberships of its owner company';
  }
  if (!manager && target !== null && target.staffRoles.some(isStaffRole)) {
    return 'Only a MARKETPLACE_MANAGER of the marketplace changes the access of its staff';
  }
  if (confers) {
    const after = privilegeOf({
      platformOperator: false,
      roles: [...(target?.roles ?? []), ...roles],
      staffRoles: change.ownerCompany ? [...(target?.roles ?? []), ...roles] : (target?.staffRoles ?? []),
    });
    if (rank(after) > rank(own)) return `${roles.join(', ')} would confer ${after}, above your own ${own}`;
  }
  return null;
}

/** Refuses a change of access that I14 forbids, as a userError naming the rule. */
export function assertMayChangeAccess(actor: Standing, change: AccessChange, field: string | null): void {
  const problem = accessChangeProblem(actor, change);
  if (problem) fail('RULE_VIOLATION', field, problem, 'I14');
}

/** Where a company stands in its marketplace. */
export interface CompanyPlace {
  id: string;
  marketplaceId: string;
  ownerCompanyId: string;
}

export async function placeOf(manager: EntityManager, company: { id: string; marketplaceId: string }): Promise<CompanyPlace> {
  const marketplace = await manager.findOneOrFail(Marketplace, { where: { id: company.marketplaceId } });
  return { id: company.id, marketplaceId: company.marketplaceId, ownerCompanyId: marketplace.ownerCompanyId };
}

const NOBODY: Standing = { userId: null, apiKey: false, platformOperator: false, roles: [], staffRoles: [], resells: false };

/** Active roles of a user, by company, in the given companies. */
async function activeRoles(manager: EntityManager, userId: string, companyIds: string[]): Promise<Map<string, Role[]>> {
  const rows = await manager
    .createQueryBuilder(MembershipRole, 'r')
    .innerJoin(Membership, 'm', 'm.id = r.membershipId')
    .where("m.userId = :userId AND m.status = 'ACTIVE'", { userId })
    .andWhere('r.companyId IN (:...companyIds)', { companyIds: ['', ...companyIds] })
    .getMany();
  const byCompany = new Map<string, Role[]>();
  for (const row of rows) byCompany.set(row.companyId, [...(byCompany.get(row.companyId) ?? []), row.role]);
  return byCompany;
}

/**
 * A user's standing over a company. A disabled user acts with none; as the one changed, it
 * keeps what its memberships hold, since enabling it gives that back.
 */
export async function userStanding(manager: EntityManager, userId: string, place: CompanyPlace, acting = true): Promise<Standing> {
  const user = await manager.findOne(User, { where: { id: userId } });
  if (!user || (acting && user.disabledAt)) return { ...NOBODY, userId };
  const managers = await manager.find(ResellerCustomer, { where: { customerCompanyId: place.id } });
  const reach = [place.id, place.ownerCompanyId, ...managers.map((m) => m.resellerCompanyId)];
  const roles = await activeRoles(manager, userId, reach);
  return {
    userId,
    apiKey: false,
    platformOperator: user.platformOperator,
    roles: roles.get(place.id) ?? [],
    staffRoles: roles.get(place.ownerCompanyId) ?? [],
    resells: managers.some((m) => roles.get(m.resellerCompanyId)?.includes('RESELLER') ?? false),
  };
}

/**
 * An API key's standing over a company: the roles it carries in its own company, no more than
 * its creator still holds there (a key never outlives the authority it was cut from).
 */
export async function apiKeyStanding(manager: EntityManager, apiKeyId: string, place: CompanyPlace): Promise<Standing> {
  const key = await manager.findOne(ApiKey, { where: { id: apiKeyId, revokedAt: IsNull() } });
  if (!key) return { ...NOBODY, apiKey: true };
  const creator = await manager.findOne(User, { where: { id: key.createdBy } });
  let roles: Role[] = [];
  if (creator && !creator.disabledAt) {
    const held = creator.platformOperator ? key.roles : ((await activeRoles(manager, creator.id, [key.companyId])).get(key.companyId) ?? []);
    roles = key.roles.filter((r) => held.includes(r));
  }
  const managed =
    roles.includes('RESELLER') && (await manager.count(ResellerCustomer, { where: { resellerCompanyId: key.companyId, customerCompanyId: place.id } })) > 0;
  return {
    userId: null,
    apiKey: true,
    platformOperator: false,
    roles: key.companyId === place.id ? roles : [],
    staffRoles: key.companyId === place.ownerCompanyId ? roles : [],
    resells: managed,
  };
}

/** The standing of whoever issued an invitation or created a key, by the ID recorded then. */
export async function issuerStanding(manager: EntityManager, issuerId: string, place: CompanyPlace): Promise<Standing> {
  if (await manager.count(User, { where: { id: issuerId } })) return userStanding(manager, issuerId, place);
  return apiKeyStanding(manager, issuerId, place);
}

/** The caller's standing over a company, read fresh (the gateway's view may be a request old). */
export function actorStanding(manager: EntityManager, actor: Actor, place: CompanyPlace): Promise<Standing> {
  if (actor.kind === 'user') return userStanding(manager, actor.userId, place);
  if (actor.kind === 'apiKey') return apiKeyStanding(manager, actor.apiKeyId, place);
  return Promise.resolve(NOBODY);
}
