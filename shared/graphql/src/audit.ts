import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { auditReach, type Actor } from '@marketgraph/authz';
import { AuditEntry, auditDetails, type AuditActorKind, type TenantScope } from '@marketgraph/db';
import { badInput } from './errors';

/** What an audit log may be narrowed to (`AuditEventFilter` in every subgraph). */
export interface AuditEventFilter {
  actions?: readonly string[] | null;
  actorKind?: AuditActorKind | null;
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

function validDate(value: Date | null | undefined, field: string): Date | null {
  if (value === null || value === undefined) return null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw badInput(field, `${field} must be an ISO-8601 date and time`);
  return value;
}

/** Narrows audit records to a filter; `path` names the argument in errors (BAD_USER_INPUT). */
export function filterAudit(qb: SelectQueryBuilder<AuditEntry>, filter: AuditEventFilter | null | undefined, path = 'filter'): SelectQueryBuilder<AuditEntry> {
  if (!filter) return qb;
  const a = qb.alias;
  const from = validDate(filter.from, `${path}.from`);
  const to = validDate(filter.to, `${path}.to`);
  if (from && to && from.getTime() > to.getTime()) throw badInput(`${path}.to`, `${path}.to must not be earlier than ${path}.from`);
  if (filter.actions) {
    if (filter.actions.length === 0) qb.andWhere('1 = 0');
    else qb.andWhere(`${a}.action IN (:...auditActions)`, { auditActions: [...filter.actions] });
  }
  if (filter.actorKind) qb.andWhere(`${a}.actorKind = :auditActorKind`, { auditActorKind: filter.actorKind });
  if (filter.actorId) qb.andWhere(`${a}.actorId = :auditActorId`, { auditActorId: filter.actorId });
  if (filter.targetType) qb.andWhere(`${a}.targetType = :auditTargetType`, { auditTargetType: filter.targetType });
  if (filter.targetId) qb.andWhere(`${a}.targetId = :auditTargetId`, { auditTargetId: filter.targetId });
  if (from) qb.andWhere(`${a}.createdAt >= :auditFrom`, { auditFrom: from });
  if (to) qb.andWhere(`${a}.createdAt < :auditTo`, { auditTo: to });
  return qb;
}

/**
 * The audit of one company or one marketplace (X5), as the policy admitted the caller to it, read
 * through the tenant scope and narrowed to the filter. Every subgraph's audit log is this query.
 */
export function auditLog(
  ctx: { scope: TenantScope },
  manager: EntityManager,
  by: { companyId?: string | null; marketplaceId?: string | null },
  filter?: AuditEventFilter | null,
): SelectQueryBuilder<AuditEntry> {
  if (!by.companyId && !by.marketplaceId) throw badInput('companyId', 'Give companyId or marketplaceId');
  const qb = ctx.scope.select(manager, AuditEntry, 'a');
  if (by.companyId) qb.andWhere('a.companyId = :companyId', { companyId: by.companyId });
  if (by.marketplaceId) qb.andWhere('a.marketplaceId = :marketplaceId', { marketplaceId: by.marketplaceId });
  return filterAudit(qb, filter);
}

/** Narrows audit records to those the actor reads (X5): its marketplaces as staff, its companies as admin. */
export function readableAudit(qb: SelectQueryBuilder<AuditEntry>, actor: Actor): SelectQueryBuilder<AuditEntry> {
  const reach = auditReach(actor);
  if (reach === null) return qb;
  const a = qb.alias;
  const none = [''];
  return qb.andWhere(
    `(${a}.marketplaceId IN (:...auditMarketplaces) OR (${a}.companyId IS NOT NULL AND ${a}.marketplaceId IN (:...auditCompanyMarketplaces)) OR ${a}.companyId IN (:...auditCompanies))`,
    {
      auditMarketplaces: [...none, ...reach.marketplaceIds],
      auditCompanyMarketplaces: [...none, ...reach.companiesOfMarketplaceIds],
      auditCompanies: [...none, ...reach.companyIds],
    },
  );
}

/**
 * The fields of `AuditEvent` that are not stored as they are shown, the same in every subgraph:
 * references to the owner's entities, and the details parsed. Identity resolves its own entities.
 */
export const auditEventFields = {
  details: (e: AuditEntry): Record<string, unknown> | null => auditDetails(e),
  actor: (e: AuditEntry): { id: string } | null => (e.actorKind === 'USER' && e.actorId ? { id: e.actorId } : null),
  company: (e: AuditEntry): { id: string } | null => (e.companyId ? { id: e.companyId } : null),
  marketplace: (e: AuditEntry): { id: string } | null => (e.marketplaceId ? { id: e.marketplaceId } : null),
};

const LEGACY_ACTOR_KINDS: Readonly<Record<AuditActorKind, string>> = {
  USER: 'user',
  API_KEY: 'apiKey',
  END_CUSTOMER: 'endCustomer',
  ANONYMOUS: 'anonymous',
  KEYSET: 'keyset',
  SYSTEM: 'system',
};

/** The actor kind as the deprecated audit entry types show it (a lowercase string). */
export function legacyActorKind(e: Pick<AuditEntry, 'actorKind'>): string {
  return LEGACY_ACTOR_KINDS[e.actorKind] ?? e.actorKind;
}
