import type { EntityManager } from 'typeorm';
import { signAccessToken, type UserActor } from '@marketgraph/authz';
import { newId, recordAudit } from '@marketgraph/db';
import { fail, type Payload } from '@marketgraph/graphql';
import { Membership, RefreshSession, User } from '../entities';
import type { IdentityContext } from '../context';
import { actorOfUser } from './actors';
import { payload } from './conflicts';
import { ThrottledError, throttledPasswordCheck } from './password-throttle';
import { randomToken, sha256, verifyPassword } from './secrets';

const INVALID_CREDENTIALS = 'Email or password is incorrect';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
  /** What the session acts as, read in the transaction that issued it: the payload shows its user as that actor. */
  actor: UserActor;
}

async function issueSession(ctx: IdentityContext, manager: EntityManager, user: User, familyId: string): Promise<Session> {
  const refreshToken = randomToken('rt', 48);
  const now = new Date();
  await manager.insert(RefreshSession, {
    id: newId(),
    userId: user.id,
    familyId,
    tokenHash: sha256(refreshToken),
    expiresAt: new Date(now.getTime() + ctx.config.refreshTokenTtlDays * 86_400_000),
    rotatedAt: null,
    revokedAt: null,
    createdAt: now,
  });
  const access = await signAccessToken({ userId: user.id, sessionId: familyId }, ctx.config.accessTokenSecret, ctx.config.accessTokenTtlSeconds);
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, user, actor: await actorOfUser(manager, user) };
}

function asUser(ctx: IdentityContext, user: User): IdentityContext {
  return { ...ctx, audit: { ...ctx.audit, actorKind: 'USER', actorId: user.id } };
}

/**
 * Email and password login (I11). Unknown email, wrong password and disabled user answer alike
 * and take the same time; every attempt goes through the password throttle first (I15).
 */
export async function login(ctx: IdentityContext, rawEmail: string, password: string): Promise<Session> {
  const email = rawEmail.trim().toLowerCase();
  // The account the attempt names, when it exists: its failed and throttled attempts are its history.
  let named: User | null = null;
  let user: User | null;
  try {
    user = await throttledPasswordCheck(ctx, email, async () => {
      named = await ctx.db.manager.findOne(User, { where: { email } });
      const ok = await verifyPassword(named?.passwordHash ?? null, password);
      return named && ok && !named.disabledAt ? named : null;
    });
  } catch (err) {
    if (err instanceof ThrottledError) {
      const target = await ctx.db.manager.findOne(User, { where: { email }, select: { id: true } });
      await auditSignIn(ctx, ctx.db.manager, 'user.login_throttled', target?.id ?? null, { retryAfterSeconds: err.retryAfterSeconds });
    }
    throw err;
  }
  if (!user) {
    await auditSignIn(ctx, ctx.db.manager, 'user.login_failed', (named as User | null)?.id ?? null);
    fail('INVALID', null, INVALID_CREDENTIALS, 'I11');
  }
  const signedIn = user;
  return ctx.db.transaction(async (manager) => {
    const session = await issueSession(ctx, manager, signedIn, newId());
    await auditSignIn(asUser(ctx, signedIn), manager, 'user.login', signedIn.id);
    return session;
  });
}

/**
 * Records an event of a user's sign-in (X5) once per company it is an active member of, so that
 * the admins and staff of each read it and nobody else; `userId` null is an unknown email.
 */
export async function auditSignIn(
  ctx: IdentityContext,
  manager: EntityManager,
  action: string,
  userId: string | null,
  details?: Readonly<Record<string, unknown>>,
): Promise<void> {
  const memberships = await manager.find(Membership, {
    where: { userId: userId ?? '', status: 'ACTIVE' },
    select: { marketplaceId: true, companyId: true },
  });
  const what = { action, targetType: 'User', targetId: userId, ...(details ? { details } : {}) };
  await recordAudit(manager, ctx.audit, what, memberships.map((m) => ({ marketplaceId: m.marketplaceId, companyId: m.companyId })));
}

/** A payload of an operation that checks a password: a throttled attempt also says when to try again. */
export async function authPayload<T extends object>(work: () => Promise<T>): Promise<Payload<T> & { retryAfterSeconds: number | null }> {
  let retryAfterSeconds: number | null = null;
  const result = await payload(() =>
    work().catch((err: unknown) => {
      if (err instanceof ThrottledError) retryAfterSeconds = err.retryAfterSeconds;
      throw err;
    }),
  );
  return { ...result, retryAfterSeconds };
}

/** A session for a user who just proved itself another way (accepting an invitation). */
export function sessionFor(ctx: IdentityContext, user: User): Promise<Session> {
  return ctx.db.transaction((manager) => issueSession(ctx, manager, user, newId()));
}

/**
 * Rotates a refresh token: the presented one is spent and a new one issued in the same family.
 * Presenting a spent token again means it leaked: the whole family is revoked (I11).
 */
export async function refreshSession(ctx: IdentityContext, refreshToken: string): Promise<Session> {
  const tokenHash = sha256(refreshToken);
  const outcome = await ctx.db.transaction(async (manager): Promise<Session | 'reused'> => {
    const session = await manager.findOne(RefreshSession, { where: { tokenHash } });
    if (!session || session.revokedAt) fail('INVALID', 'refreshToken', 'The refresh token is not valid', 'I11');
    if (session.expiresAt.getTime() <= Date.now()) fail('EXPIRED', 'refreshToken', 'The refresh token has expired', 'I11');
    const spent = await manager
      .createQueryBuilder()
      .update(RefreshSession)
      .set({ rotatedAt: new Date() })
      .where('id = :id AND rotatedAt IS NULL AND revokedAt IS NULL', { id: session.id })
      .execute();
    if (!spent.affected) return 'reused';
    const user = await manager.findOneOrFail(User, { where: { id: session.userId } });
    if (user.disabledAt) fail('INVALID', 'refreshToken', 'The refresh token is not valid', 'I10');
    const next = await issueSession(ctx, manager, user, session.familyId);
    await auditSignIn(asUser(ctx, user), manager, 'session.refreshed', user.id);
    return next;
  });
  if (outcome === 'reused') {
    await revokeFamilyOf(ctx, tokenHash, 'session.reuse_detected');
    fail('INVALID', 'refreshToken', 'The refresh token was already used; every session of that login has been ended', 'I11');
  }
  return outcome;
}

async function revokeFamilyOf(ctx: IdentityContext, tokenHash: string, action: string): Promise<boolean> {
  return ctx.db.transaction(async (manager) => {
    const session = await manager.findOne(RefreshSession, { where: { tokenHash } });
    if (!session) return false;
    await manager
      .createQueryBuilder()
      .update(RefreshSession)
      .set({ revokedAt: new Date() })
      .where('familyId = :familyId AND revokedAt IS NULL', { familyId: session.familyId })
      .execute();
    await auditSignIn({ ...ctx, audit: { ...ctx.audit, actorKind: 'USER', actorId: session.userId } }, manager, action, session.userId);
    return true;
  });
}

/** Ends the login the refresh token belongs to; its access tokens stop working at once. */
export async function logout(ctx: IdentityContext, refreshToken: string): Promise<void> {
  if (!(await revokeFamilyOf(ctx, sha256(refreshToken), 'session.logout'))) {
    fail('INVALID', 'refreshToken', 'The refresh token is not valid', 'I11');
  }
}
