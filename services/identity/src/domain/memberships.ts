import { In, type EntityManager } from 'typeorm';
import { isPlatformOperator, isStaffOf, roleSetProblems, withImpliedRoles, type Role } from '@marketgraph/authz';
import { newId, recordAudit } from '@marketgraph/db';
import { BusinessError, fail, userError, notFound } from '@marketgraph/graphql';
import { type Company, Marketplace, Membership, MembershipRole, User } from '../entities';
import type { IdentityContext } from '../context';
import { USER_MANAGERS, actorStanding, assertMayChangeAccess, placeOf, userStanding, type AccessChangeKind } from './access';
import { audit } from './audit';
import { lockCompanies } from './locks';

/** Refuses a role set the company's access does not offer (I6) or that combines incompatible roles (I7). */
export function assertRoleSet(field: string, roles: readonly Role[], company: Company): void {
  const problems = roleSetProblems(roles, company.accessTypes);
  if (problems.length > 0) {
    throw new BusinessError(problems.map((p) => userError('RULE_VIOLATION', field, p.message, p.rule)));
  }
}

/**
 * Refuses a change of a membership that I14 forbids, judged on both people as they stand now,
 * inside the transaction that holds the company's lock.
 */
async function assertMayChangeMembership(
  ctx: IdentityContext,
  manager: EntityManager,
  company: Company,
  membership: Membership,
  kind: AccessChangeKind,
  roles: readonly Role[],
  field: string,
): Promise<void> {
  const place = await placeOf(manager, company);
  const actor = await actorStanding(manager, ctx.actor, place);
  const target = await userStanding(manager, membership.userId, place, false);
  const change = { kind, roles, ownerCompany: place.id === place.ownerCompanyId, target, self: actor.userId === membership.userId };
  assertMayChangeAccess(actor, change, field);
}

/** Active COMPANY_ADMINs of a company whose user is enabled, leaving out one user. */
export async function otherActiveAdmins(manager: EntityManager, companyId: string, exceptUserId: string): Promise<number> {
  return manager
    .createQueryBuilder(MembershipRole, 'r')
    .innerJoin(Membership, 'm', 'm.id = r.membershipId')
    .innerJoin(User, 'u', 'u.id = m.userId')
    .where('r.companyId = :companyId', { companyId })
    .andWhere("r.role = 'COMPANY_ADMIN'")
    .andWhere("m.status = 'ACTIVE'")
    .andWhere('u.disabledAt IS NULL')
    .andWhere('m.userId <> :exceptUserId', { exceptUserId })
    .getCount();
}

async function assertNotLastAdmin(manager: EntityManager, company: Company, userId: string, what: string): Promise<void> {
  if ((await otherActiveAdmins(manager, company.id, userId)) === 0) {
    fail('RULE_VIOLATION', null, `${what} would leave ${company.name} without an active COMPANY_ADMIN`, 'I8');
  }
}

export async function rolesOf(manager: EntityManager, membershipId: string): Promise<Role[]> {
  const rows = await manager.find(MembershipRole, { where: { membershipId } });
  return rows.map((r) => r.role);
}

/** Creates, or reactivates, the membership of a user in a company with a complete role set. */
export async function upsertMembership(manager: EntityManager, user: User, company: Company, roles: Role[]): Promise<Membership> {
  const existing = await manager.findOne(Membership, { where: { userId: user.id, companyId: company.id } });
  let membership: Membership;
  if (existing) {
    if (existing.status === 'ACTIVE') fail('CONFLICT', 'email', `${user.email} is already a member of ${company.name}`);
    await manager.update(Membership, { id: existing.id }, { status: 'ACTIVE', revokedAt: null });
    await manager.delete(MembershipRole, { membershipId: existing.id });
    membership = { ...existing, status: 'ACTIVE', revokedAt: null };
  } else {
    membership = manager.create(Membership, {
      id: newId(),
      userId: user.id,
      companyId: company.id,
      marketplaceId: company.marketplaceId,
      status: 'ACTIVE',
      createdAt: new Date(),
      revokedAt: null,
    });
    await manager.insert(Membership, membership);
  }
  await manager.insert(
    MembershipRole,
    roles.map((role) => ({ membershipId: membership.id, role, companyId: company.id })),
  );
  return membership;
}

/** Loads an active membership the caller can see, with its company locked for the change. */
async function lockedMembership(ctx: IdentityContext, manager: EntityManager, membershipId: string): Promise<{ membership: Membership; company: Company }> {
  const membership = await ctx.scope.select(manager, Membership, 'm').andWhere('m.id = :membershipId', { membershipId }).getOne();
  if (!membership) throw notFound('Membership');
  const [company] = await lockCompanies(manager, [membership.companyId]);
  if (!company) throw notFound('Membership');
  const fresh = await manager.findOneOrFail(Membership, { where: { id: membershipId } });
  if (fresh.status !== 'ACTIVE') fail('INVALID', 'membershipId', 'The membership has been revoked');
  return { membership: fresh, company };
}

export function grantRoles(ctx: IdentityContext, membershipId: string, roles: Role[]): Promise<Membership> {
  return ctx.db.transaction(async (manager) => {
    const { membership, company } = await lockedMembership(ctx, manager, membershipId);
    const current = await rolesOf(manager, membership.id);
    const next = withImpliedRoles([...current, ...roles]);
    assertRoleSet('roles', next, company);
    await assertMayChangeMembership(ctx, manager, company, membership, 'grant', withImpliedRoles(roles), 'roles');
    const added = next.filter((r) => !current.includes(r));
    if (added.length > 0) {
      await manager.insert(MembershipRole, added.map((role) => ({ membershipId, role, companyId: company.id })));
    }
    await audit(ctx, manager, {
      action: 'membership.roles_granted',
      targetType: 'Membership',
      targetId: membershipId,
      marketplaceId: company.marketplaceId,
      companyId: company.id,
      details: { added },
    });
    return membership;
  });
}

export function revokeRoles(ctx: IdentityContext, membershipId: string, roles: Role[]): Promise<Membership> {
  return ctx.db.transaction(async (manager) => {
    const { membership, company } = await lockedMembership(ctx, manager, membershipId);
    const current = await rolesOf(manager, membership.id);
    if (roles.includes('USER')) fail('RULE_VIOLATION', 'roles', 'USER is held by every member and cannot be removed', 'I5');
    const remaining = current.filter((r) => !roles.includes(r));
    if (remaining.includes('COMPANY_ADMIN') && !remaining.includes('BILLING_ADMIN')) {
      fail('RULE_VIOLATION', 'roles', 'BILLING_ADMIN cannot be removed while COMPANY_ADMIN is held; remove COMPANY_ADMIN too', 'I5');
    }
    await assertMayChangeMembership(ctx, manager, company, membership, 'remove', roles, 'roles');
    const removed = current.filter((r) => roles.includes(r));
    if (removed.includes('COMPANY_ADMIN')) await assertNotLastAdmin(manager, company, membership.userId, 'Removing COMPANY_ADMIN');
    if (removed.length > 0) await manager.delete(MembershipRole, { membershipId, role: In(removed) });
    await audit(ctx, manager, {
      action: 'membership.roles_revoked',
      targetType: 'Membership',
      targetId: membershipId,
      marketplaceId: company.marketplaceId,
      companyId: company.id,
      details: { removed },
    });
    return membership;
  });
}

/** Ends a membership; a user left with none is disabled, never deleted (I10). */
export function revokeMembership(ctx: IdentityContext, membershipId: string): Promise<Membership> {
  return ctx.db.transaction(async (manager) => {
    const { membership, company } = await lockedMembership(ctx, manager, membershipId);
    const roles = await rolesOf(manager, membership.id);
    await assertMayChangeMembership(ctx, manager, company, membership, 'revoke', roles, 'membershipId');
    if (roles.includes('COMPANY_ADMIN')) await assertNotLastAdmin(manager, company, membership.userId, 'Revoking this membership');
    const now = new Date();
    await manager.update(Membership, { id: membershipId }, { status: 'REVOKED', revokedAt: now });
    const stillActive = await manager.count(Membership, { where: { userId: membership.userId, status: 'ACTIVE' } });
    if (stillActive === 0) await manager.update(User, { id: membership.userId }, { disabledAt: now });
    await audit(ctx, manager, {
      action: 'membership.revoked',
      targetType: 'Membership',
      targetId: membershipId,
      marketplaceId: company.marketplaceId,
      companyId: company.id,
      details: { userDisabled: stillActive === 0 },
    });
    return { ...membership, status: 'REVOKED', revokedAt: now };
  });
}

/**
 * Disabling is platform-wide, so staff may act only on users all of whose memberships lie in
 * marketplaces they administer, and only on users no more privileged than themselves (I14).
 * The owner company of each of those marketplaces is locked with the companies the user
 * administers (I8), so that two staff disabling each other serialize and the second finds
 * itself disabled.
 */
async function administeredUser(
  ctx: IdentityContext,
  manager: EntityManager,
  userId: string,
  kind: 'disable' | 'enable',
): Promise<{ user: User; memberships: Membership[]; administered: Company[] }> {
  const visible = await ctx.loaders.user.load(userId);
  if (!visible) throw notFound('User');
  const memberships = await manager.find(Membership, { where: { userId, status: 'ACTIVE' } });
  const foreign = memberships.filter((m) => !isStaffOf(ctx.actor, m.marketplaceId, USER_MANAGERS.staff));
  if (!isPlatformOperator(ctx.actor) && foreign.length > 0) {
    fail('RULE_VIOLATION', 'userId', 'The user belongs to a company you do not administer; revoke its membership instead');
  }
  const marketplaceIds = [...new Set(memberships.map((m) => m.marketplaceId))];
  const marketplaces = await manager.find(Marketplace, { where: { id: In(['', ...marketplaceIds]) } });
  const adminOf = (
    await manager.find(MembershipRole, { where: { membershipId: In(['', ...memberships.map((m) => m.id)]), role: 'COMPANY_ADMIN' } })
  ).map((r) => r.companyId);
  const locked = await lockCompanies(manager, [...marketplaces.map((m) => m.ownerCompanyId), ...adminOf]);
  for (const marketplace of marketplaces) {
    const place = { id: marketplace.ownerCompanyId, marketplaceId: marketplace.id, ownerCompanyId: marketplace.ownerCompanyId };
    const actor = await actorStanding(manager, ctx.actor, place);
    const target = await userStanding(manager, userId, place, false);
    assertMayChangeAccess(actor, { kind, roles: [], ownerCompany: false, target, self: actor.userId === userId }, 'userId');
  }
  const user = await manager.findOneOrFail(User, { where: { id: userId } });
  return { user, memberships, administered: locked.filter((c) => adminOf.includes(c.id)) };
}

/** Where an event about a member belongs: its company, in its marketplace (X5). */
const auditPlaceOf = (m: Membership) => ({ marketplaceId: m.marketplaceId, companyId: m.companyId });

/**
 * Disables a user everywhere, taking effect on its next request (I10). Staff may disable only
 * users who belong to no other marketplace; the last admin of a company stays (I8).
 */
export function disableUser(ctx: IdentityContext, userId: string): Promise<User> {
  return ctx.db.transaction(async (manager) => {
    const { user, memberships, administered } = await administeredUser(ctx, manager, userId, 'disable');
    for (const company of administered) {
      await assertNotLastAdmin(manager, company, userId, `Disabling ${user.email}`);
    }
    const now = user.disabledAt ?? new Date();
    await manager.update(User, { id: userId }, { disabledAt: now });
    await recordAudit(manager, ctx.audit, { action: 'user.disabled', targetType: 'User', targetId: userId }, memberships.map(auditPlaceOf));
    return { ...user, disabledAt: now };
  });
}

export function enableUser(ctx: IdentityContext, userId: string): Promise<User> {
  return ctx.db.transaction(async (manager) => {
    const { user, memberships } = await administeredUser(ctx, manager, userId, 'enable');
    if (memberships.length === 0) fail('RULE_VIOLATION', 'userId', 'The user has no active membership; invite it into a company instead', 'I4');
    await manager.update(User, { id: userId }, { disabledAt: null });
    await recordAudit(manager, ctx.audit, { action: 'user.enabled', targetType: 'User', targetId: userId }, memberships.map(auditPlaceOf));
    return { ...user, disabledAt: null };
  });
}
