import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditEntry, recordAudit, type AuditWhat } from '@marketgraph/db';
import { filterAudit, readableAudit, type AuditEventFilter } from '@marketgraph/graphql';
import type { IdentityContext } from '../context';

/** Writes the audit record of a mutation with the mutation's own transaction manager (X5). */
export function audit(ctx: IdentityContext, manager: EntityManager, what: AuditWhat): Promise<void> {
  return recordAudit(manager, ctx.audit, what);
}

/** The events of a user's sign-in and access, as `auditSignIn` and `disableUser`/`enableUser` write them. */
export const SIGN_IN_ACTIONS = [
  'user.login',
  'user.login_failed',
  'user.login_throttled',
  'session.refreshed',
  'session.logout',
  'session.reuse_detected',
  'user.disabled',
  'user.enabled',
] as const;

/**
 * A user's sign-in history (X5). One sign-in is recorded once per company of the user; the
 * history shows it once, from the records the caller reads: all of them for the user itself,
 * those of its own marketplaces and companies for staff and admins.
 */
export function loginHistory(ctx: IdentityContext, userId: string, filter: AuditEventFilter | null | undefined): SelectQueryBuilder<AuditEntry> {
  const self = ctx.actor.kind === 'user' && ctx.actor.userId === userId;
  const ofUser = (qb: SelectQueryBuilder<AuditEntry>, alias: string) => {
    qb.andWhere(`${alias}.targetType = 'User' AND ${alias}.targetId = :historyUserId`, { historyUserId: userId }).andWhere(
      `${alias}.action IN (:...historyActions)`,
      { historyActions: [...SIGN_IN_ACTIONS] },
    );
    return self ? qb : readableAudit(qb, ctx.actor);
  };
  const qb = ofUser(ctx.db.manager.createQueryBuilder(AuditEntry, 'a'), 'a');
  const first = ofUser(qb.subQuery().select('MIN(h.id)').from(AuditEntry, 'h'), 'h').groupBy('h.requestId').addGroupBy('h.action');
  qb.andWhere(`a.id IN ${first.getQuery()}`);
  return filterAudit(qb, filter);
}
