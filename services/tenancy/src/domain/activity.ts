import { grantsOf } from '@marketgraph/authz';
import { newId, recordAudit } from '@marketgraph/db';
import type { SelectQueryBuilder } from 'typeorm';
import { badInput, fail, failIfAny, forbidden, byId, pagesByKey, paginate, unauthenticated, userError, type Connection, type PageArgs, type UserError } from '@marketgraph/graphql';
import { ActivityEvent, Keyset, KeysetAssignment, type ActivityStatus } from '../entities';
import type { TenancyContext } from '../context';
import { PARTNER_MANAGERS } from './access';
import { hashSecret } from './keysets';

export interface ActivityReport {
  secretKey?: string | null;
  keysetId?: string | null;
  status: ActivityStatus;
  recordsProcessed?: number | null;
  message?: string | null;
  runId?: string | null;
  occurredAt?: Date | null;
}

/**
 * The keyset a report comes from: named by its secret key, or by ID when an API key of the
 * partner (with COMPANY_ADMIN or DEVELOPER) authenticates the call (T9).
 */
async function reportingKeyset(ctx: TenancyContext, report: ActivityReport): Promise<Keyset> {
  const manager = ctx.db.manager;
  if (report.secretKey) {
    // The secret is the credential: it is looked up by its hash, across tenants.
    const keyset = await manager.findOne(Keyset, { where: { secretHash: hashSecret(report.secretKey) } });
    if (!keyset) throw unauthenticated('The secret key is not valid');
    return keyset;
  }
  if (ctx.actor.kind !== 'apiKey' && ctx.actor.kind !== 'user') throw unauthenticated('Give a keyset secret key, or call with an API key');
  if (!report.keysetId) throw badInput('keysetId', 'keysetId is required when no secretKey is given');
  const keyset = await ctx.scope.select(manager, Keyset, 'k').andWhere('k.id = :id', { id: report.keysetId }).getOne();
  const grant = keyset ? grantsOf(ctx.actor).find((g) => g.companyId === keyset.partnerCompanyId) : undefined;
  if (!keyset || !grant) fail('NOT_FOUND', 'keysetId', 'Keyset not found', 'T9');
  if (!grant.roles.some((r) => PARTNER_MANAGERS.includes(r))) throw forbidden('Reporting activity needs COMPANY_ADMIN or DEVELOPER of the partner');
  return keyset;
}

/** Records one report of an integration run. A disabled keyset is refused at once (T5, T9). */
export async function reportActivity(ctx: TenancyContext, report: ActivityReport): Promise<ActivityEvent> {
  const problems: UserError[] = [];
  if (report.recordsProcessed != null && (!Number.isInteger(report.recordsProcessed) || report.recordsProcessed < 0)) {
    problems.push(userError('INVALID', 'recordsProcessed', 'recordsProcessed must be zero or more', 'T9'));
  }
  if (report.message != null && report.message.length > 2000) problems.push(userError('INVALID', 'message', 'message must be at most 2000 characters', 'T9'));
  if (report.runId != null && (report.runId.length === 0 || report.runId.length > 100)) {
    problems.push(userError('INVALID', 'runId', 'runId must be 1 to 100 characters', 'T9'));
  }
  failIfAny(problems);
  const keyset = await reportingKeyset(ctx, report);
  if (!keyset.enabled) fail('RULE_VIOLATION', 'keysetId', 'The keyset is disabled: its activity is refused', 'T5');
  return ctx.db.transaction(async (manager) => {
    const assignment = await manager.findOne(KeysetAssignment, { where: { keysetId: keyset.id } });
    if (!assignment) fail('RULE_VIOLATION', 'keysetId', 'The keyset is not assigned to a customer, so its activity belongs to nobody', 'T9');
    const now = new Date();
    const event: ActivityEvent = {
      id: newId(),
      marketplaceId: keyset.marketplaceId,
      partnerCompanyId: keyset.partnerCompanyId,
      endCustomerId: assignment.endCustomerId,
      appId: keyset.appId,
      keysetId: keyset.id,
      status: report.status,
      recordsProcessed: report.recordsProcessed ?? null,
      message: report.message ?? null,
      runId: report.runId ?? null,
      occurredAt: report.occurredAt ?? now,
      receivedAt: now,
    };
    await manager.insert(ActivityEvent, event);
    // A runner authenticated by a secret key is the keyset itself.
    const who = report.secretKey ? { ...ctx.audit, actorKind: 'KEYSET' as const, actorId: keyset.id } : ctx.audit;
    await recordAudit(manager, who, {
      action: 'activity.reported',
      targetType: 'ActivityEvent',
      targetId: event.id,
      marketplaceId: event.marketplaceId,
      companyId: event.partnerCompanyId,
      details: { keysetId: keyset.id, endCustomerId: event.endCustomerId, status: event.status },
    });
    return event;
  });
}

export interface ActivityFilter {
  marketplaceId?: string | null;
  partnerCompanyId?: string | null;
  endCustomerId?: string | null;
  appId?: string | null;
  status?: ActivityStatus | null;
  from?: Date | null;
  to?: Date | null;
}

/** Activity matching a filter, as far as the caller may see it: an embed token sees its own customer only. */
function activityQuery(ctx: TenancyContext, filter: ActivityFilter): SelectQueryBuilder<ActivityEvent> {
  if (filter.from && filter.to && filter.to.getTime() < filter.from.getTime()) throw badInput('filter.to', 'to must not be before from');
  const qb = ctx.scope.select(ctx.db.manager, ActivityEvent, 'ae');
  if (ctx.actor.kind === 'endCustomer') {
    if (filter.endCustomerId && filter.endCustomerId !== ctx.actor.endCustomerId) throw forbidden('An embed token sees only its own activity');
    qb.andWhere('ae.endCustomerId = :self', { self: ctx.actor.endCustomerId });
  }
  if (filter.marketplaceId) qb.andWhere('ae.marketplaceId = :marketplaceId', { marketplaceId: filter.marketplaceId });
  if (filter.partnerCompanyId) qb.andWhere('ae.partnerCompanyId = :partnerCompanyId', { partnerCompanyId: filter.partnerCompanyId });
  if (filter.endCustomerId) qb.andWhere('ae.endCustomerId = :endCustomerId', { endCustomerId: filter.endCustomerId });
  if (filter.appId) qb.andWhere('ae.appId = :appId', { appId: filter.appId });
  if (filter.status) qb.andWhere('ae.status = :status', { status: filter.status });
  if (filter.from) qb.andWhere('ae.occurredAt >= :from', { from: filter.from });
  if (filter.to) qb.andWhere('ae.occurredAt < :to', { to: filter.to });
  return qb;
}

/**
 * Activity newest first (T9). The policy has already checked the caller against the
 * marketplace, partner or customer the filter names.
 */
export function listActivity(ctx: TenancyContext, filter: ActivityFilter, page: PageArgs): Promise<Connection<ActivityEvent>> {
  if (ctx.actor.kind !== 'endCustomer' && !filter.endCustomerId && !filter.partnerCompanyId && !filter.marketplaceId) {
    throw badInput('filter', 'Name a marketplaceId, partnerCompanyId or endCustomerId');
  }
  return paginate(activityQuery(ctx, filter), page, byId('Query.activity', 'DESC'));
}

/** One customer's activity; every customer of a list is answered by one batch (X8). */
export function activityOfCustomer(ctx: TenancyContext, endCustomerId: string, filter: ActivityFilter, page: PageArgs): Promise<Connection<ActivityEvent>> {
  const rest: ActivityFilter = { ...filter, endCustomerId: null };
  return ctx.pages.load('EndCustomer.activity', { rest, page }, endCustomerId, (ids) =>
    pagesByKey(activityQuery(ctx, rest), 'endCustomerId', ids, page, byId('EndCustomer.activity', 'DESC')),
  );
}
