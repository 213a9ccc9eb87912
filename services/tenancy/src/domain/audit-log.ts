import { AuditEntry } from '@marketgraph/db';
import { badInput, byId, paginate, type Connection, type PageArgs } from '@marketgraph/graphql';
import type { TenancyContext } from '../context';

/** Tenancy's audit, newest first (X5): a partner's own records, or a whole marketplace's. */
export function tenancyAuditLog(
  ctx: TenancyContext,
  by: { companyId?: string | null; marketplaceId?: string | null },
  page: PageArgs,
): Promise<Connection<AuditEntry>> {
  const qb = ctx.scope.select(ctx.db.manager, AuditEntry, 'a');
  if (by.companyId) qb.andWhere('a.companyId = :companyId', { companyId: by.companyId });
  else if (by.marketplaceId) qb.andWhere('a.marketplaceId = :marketplaceId', { marketplaceId: by.marketplaceId });
  else throw badInput('companyId', 'Name a companyId or a marketplaceId');
  return paginate(qb, page, byId('Query.tenancyAuditLog', 'DESC'));
}
