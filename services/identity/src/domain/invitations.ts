import type { EntityManager } from 'typeorm';
import { withImpliedRoles, type Role } from '@marketgraph/authz';
import { isUniqueViolation, newId } from '@marketgraph/db';
import { fail, notFound } from '@marketgraph/graphql';
import { Company, Invitation, Marketplace, Membership, User } from '../entities';
import type { IdentityContext } from '../context';
import { audit } from './audit';
import { lockCompanies } from './locks';
import { accessChangeProblem, actorStanding, assertMayChangeAccess, issuerStanding, placeOf } from './access';
import { assertRoleSet, upsertMembership } from './memberships';
import { hashPassword, randomToken, sha256 } from './secrets';
import { normalizeEmail, requireName, requirePassword } from './validation';

export const DEFAULT_INVITATION_DAYS = 7;

export interface InviteInput {
  companyId: string;
  email: string;
  roles: Role[];
  expiresInDays?: number | null;
}

/**
 * Invites an email into a company with roles checked as a grant would be (I9). The token is
 * returned once and stored hashed; a newer invitation of the same email replaces older ones.
 */
export async function inviteUser(ctx: IdentityContext, input: InviteInput): Promise<{ invitation: Invitation; token: string }> {
  const email = normalizeEmail('email', input.email);
  const days = input.expiresInDays ?? DEFAULT_INVITATION_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 30) fail('INVALID', 'expiresInDays', 'expiresInDays must be from 1 to 30');
  return ctx.db.transaction(async (manager) => {
    const visible = await ctx.loaders.company.load(input.companyId);
    if (!visible) throw notFound('Company');
    const [company] = await lockCompanies(manager, [input.companyId]);
    if (!company) throw notFound('Company');
    const roles = withImpliedRoles(input.roles);
    assertRoleSet('roles', roles, company);
    const place = await placeOf(manager, company);
    const self = ctx.actor.kind === 'user' && ctx.actor.email === email;
    const actor = await actorStanding(manager, ctx.actor, place);
    assertMayChangeAccess(actor, { kind: 'invite', roles, ownerCompany: place.id === place.ownerCompanyId, target: null, self }, 'roles');
    const member = await manager
      .createQueryBuilder(Membership, 'm')
      .innerJoin(User, 'u', 'u.id = m.userId')
      .where('m.companyId = :companyId AND u.email = :email', { companyId: company.id, email })
      .andWhere("m.status = 'ACTIVE'")
      .getOne();
    if (member) fail('CONFLICT', 'email', `${email} is already a member of ${company.name}`);
    return issueInvitation(ctx, manager, company, email, roles, days);
  });
}

/**
 * Writes an invitation, replacing pending ones of the same email, with its audit record. The
 * caller holds the company lock and has checked the roles. The token is returned once.
 */
export async function issueInvitation(
  ctx: IdentityContext,
  manager: EntityManager,
  company: Company,
  email: string,
  roles: Role[],
  days = DEFAULT_INVITATION_DAYS,
): Promise<{ invitation: Invitation; token: string }> {
  const now = new Date();
  await manager
    .createQueryBuilder()
    .update(Invitation)
    .set({ revokedAt: now })
    .where('companyId = :companyId AND email = :email AND acceptedAt IS NULL AND revokedAt IS NULL', { companyId: company.id, email })
    .execute();
  const token = randomToken('inv');
  const invitation = manager.create(Invitation, {
    id: newId(),
    marketplaceId: company.marketplaceId,
    companyId: company.id,
    email,
    roles,
    tokenHash: sha256(token),
    invitedBy: ctx.audit.actorId ?? '',
    expiresAt: new Date(now.getTime() + days * 86_400_000),
    acceptedAt: null,
    revokedAt: null,
    createdAt: now,
  });
  await manager.insert(Invitation, invitation);
  await audit(ctx, manager, {
    action: 'invitation.created',
    targetType: 'Invitation',
    targetId: invitation.id,
    marketplaceId: company.marketplaceId,
    companyId: company.id,
    details: { email, roles },
  });
  return { invitation, token };
}

export function revokeInvitation(ctx: IdentityContext, invitationId: string): Promise<Invitation> {
  return ctx.db.transaction(async (manager) => {
    const invitation = await ctx.scope.select(manager, Invitation, 'i').andWhere('i.id = :invitationId', { invitationId }).getOne();
    if (!invitation) throw notFound('Invitation');
    const [company] = await lockCompanies(manager, [invitation.companyId]);
    if (!company) throw notFound('Invitation');
    const place = await placeOf(manager, company);
    const actor = await actorStanding(manager, ctx.actor, place);
    const change = { kind: 'revokeInvitation', roles: invitation.roles, ownerCompany: place.id === place.ownerCompanyId, target: null, self: false } as const;
    assertMayChangeAccess(actor, change, 'invitationId');
    const now = new Date();
    const result = await manager
      .createQueryBuilder()
      .update(Invitation)
      .set({ revokedAt: now })
      .where('id = :id AND acceptedAt IS NULL AND revokedAt IS NULL', { id: invitationId })
      .execute();
    if (!result.affected) fail('ILLEGAL_TRANSITION', 'invitationId', 'The invitation was already accepted or revoked', 'I9');
    await audit(ctx, manager, {
      action: 'invitation.revoked',
      targetType: 'Invitation',
      targetId: invitationId,
      marketplaceId: invitation.marketplaceId,
      companyId: invitation.companyId,
    });
    return { ...invitation, revokedAt: now };
  });
}

function usable(invitation: Invitation | null): Invitation {
  if (!invitation) fail('INVALID', 'token', 'The invitation token is not valid', 'I9');
  if (invitation.acceptedAt) fail('INVALID', 'token', 'The invitation was already used', 'I9');
  if (invitation.revokedAt) fail('INVALID', 'token', 'The invitation was revoked', 'I9');
  if (invitation.expiresAt.getTime() <= Date.now()) fail('EXPIRED', 'token', 'The invitation has expired', 'I9');
  return invitation;
}

export interface InvitationPreview {
  email: string;
  companyName: string;
  marketplaceName: string;
  roles: Role[];
  expiresAt: Date;
}

export async function previewInvitation(manager: EntityManager, token: string): Promise<InvitationPreview | null> {
  const invitation = await manager.findOne(Invitation, { where: { tokenHash: sha256(token) } });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) return null;
  const company = await manager.findOneOrFail(Company, { where: { id: invitation.companyId } });
  const marketplace = await manager.findOneOrFail(Marketplace, { where: { id: invitation.marketplaceId } });
  return { email: invitation.email, companyName: company.name, marketplaceName: marketplace.name, roles: invitation.roles, expiresAt: invitation.expiresAt };
}

/**
 * An invitation confers only what its issuer may still grant when it is accepted (I14): one
 * whose issuer was since demoted, disabled or revoked (a key) grants nothing, and nobody
 * accepts an invitation it issued itself.
 */
async function assertIssuerMayStillGrant(manager: EntityManager, invitation: Invitation, company: Company, userId: string): Promise<void> {
  const place = await placeOf(manager, company);
  const issuer = await issuerStanding(manager, invitation.invitedBy, place);
  const change = { kind: 'invite', roles: invitation.roles, ownerCompany: place.id === place.ownerCompanyId, target: null, self: issuer.userId === userId } as const;
  if (accessChangeProblem(issuer, change)) {
    fail('RULE_VIOLATION', 'token', `The invitation no longer holds: whoever issued it may not grant ${invitation.roles.join(', ')} now; ask for a new one`, 'I14');
  }
}

export interface AcceptInput {
  token: string;
  name?: string | null;
  password?: string | null;
}

export interface Accepted {
  user: User;
  /** True when accepting created the user, who then gets a session. */
  created: boolean;
}

/**
 * Accepts an invitation, with the membership, in one transaction (I9). A signed-in user accepts
 * an invitation of its own email; a caller who is not signed in creates the invited user, with a
 * name and a password, and is refused when the email already has an account: an existing user
 * joins only while signed in, and no password is checked here (I15). The single use is claimed
 * by a conditional update, so two racing acceptances cannot both win.
 */
export function acceptInvitation(ctx: IdentityContext, input: AcceptInput): Promise<Accepted> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' && actor.kind !== 'anonymous') {
    fail('RULE_VIOLATION', null, 'An invitation is accepted by a person, signed in or signing up', 'I15');
  }
  const signUp = actor.kind === 'anonymous' ? { name: requireName('name', input.name ?? ''), password: requirePassword('password', input.password ?? '') } : null;
  const passwordHash = signUp ? hashPassword(signUp.password) : null;
  return ctx.db.transaction(async (manager) => {
    const invitation = usable(await manager.findOne(Invitation, { where: { tokenHash: sha256(input.token) } }));
    if (actor.kind === 'user' && actor.email !== invitation.email) {
      fail('RULE_VIOLATION', 'token', `This invitation is for ${invitation.email}: accept it signed in as that user, or signed out to create that account`, 'I15');
    }
    const claimed = await manager
      .createQueryBuilder()
      .update(Invitation)
      .set({ acceptedAt: new Date() })
      .where('id = :id AND acceptedAt IS NULL AND revokedAt IS NULL', { id: invitation.id })
      .execute();
    if (!claimed.affected) fail('INVALID', 'token', 'The invitation was already used', 'I9');
    let user: User;
    if (actor.kind === 'user') {
      user = await manager.findOneOrFail(User, { where: { id: actor.userId } });
    } else {
      if (await manager.findOne(User, { where: { email: invitation.email }, select: { id: true } })) {
        fail('RULE_VIOLATION', 'token', `Sign in as ${invitation.email} to accept this invitation`, 'I15');
      }
      user = manager.create(User, {
        id: newId(),
        email: invitation.email,
        name: signUp?.name ?? '',
        passwordHash: await (passwordHash as Promise<string>),
        platformOperator: false,
        disabledAt: null,
        createdAt: new Date(),
      });
      await manager.insert(User, user).catch((err: unknown) => {
        if (isUniqueViolation(err)) {
          fail('CONFLICT', 'token', `An account for ${invitation.email} was created at the same moment; sign in as it to accept this invitation`, 'I4');
        }
        throw err;
      });
    }
    const [company] = await lockCompanies(manager, [invitation.companyId]);
    if (!company) throw notFound('Company');
    assertRoleSet('token', invitation.roles, company);
    await assertIssuerMayStillGrant(manager, invitation, company, user.id);
    const membership = await upsertMembership(manager, user, company, invitation.roles);
    await audit({ ...ctx, audit: { ...ctx.audit, actorKind: 'USER', actorId: user.id } }, manager, {
      action: 'invitation.accepted',
      targetType: 'Invitation',
      targetId: invitation.id,
      marketplaceId: invitation.marketplaceId,
      companyId: invitation.companyId,
      details: { membershipId: membership.id, signedIn: actor.kind === 'user' },
    });
    return { user, created: actor.kind === 'anonymous' };
  });
}
