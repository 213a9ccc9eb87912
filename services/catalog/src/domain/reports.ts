import type { SelectQueryBuilder } from 'typeorm';
import { Lead, Product, Subscription, type ProductState } from '../entities';
import type { CatalogContext } from '../context';
import type { LeadFunnelRowModel, SalesRowModel } from '../graphql/models';

/** Reports are SQL aggregates (C10): the database groups and sums, never the process. */

export async function productsByState(ctx: CatalogContext, marketplaceId: string): Promise<{ state: ProductState; count: number }[]> {
  const rows = await ctx.scope
    .select(ctx.db.manager, Product, 'p')
    .andWhere('p.marketplaceId = :marketplaceId', { marketplaceId })
    .select('p.state', 'state')
    .addSelect('COUNT(*)', 'count')
    .groupBy('p.state')
    .orderBy('p.state')
    .getRawMany<{ state: ProductState; count: string | number }>();
  return rows.map((r) => ({ state: r.state, count: Number(r.count) }));
}

export interface SalesFilter {
  marketplaceId?: string;
  vendorCompanyId?: string;
  from?: Date | null;
  to?: Date | null;
}

/** Subscriptions bought and revenue booked, by product, month of purchase and currency. */
export async function sales(ctx: CatalogContext, filter: SalesFilter): Promise<SalesRowModel[]> {
  const month = ctx.db.isMysql ? "DATE_FORMAT(s.created_at, '%Y-%m')" : "strftime('%Y-%m', s.created_at)";
  const qb: SelectQueryBuilder<Subscription> = ctx.scope.select(ctx.db.manager, Subscription, 's').innerJoin(Product, 'p', 'p.id = s.productId');
  if (filter.marketplaceId) qb.andWhere('s.marketplaceId = :marketplaceId', { marketplaceId: filter.marketplaceId });
  if (filter.vendorCompanyId) qb.andWhere('s.vendorCompanyId = :vendorCompanyId', { vendorCompanyId: filter.vendorCompanyId });
  if (filter.from) qb.andWhere('s.createdAt >= :from', { from: filter.from });
  if (filter.to) qb.andWhere('s.createdAt < :to', { to: filter.to });
  const rows = await qb
    .select('s.productId', 'productId')
    .addSelect('p.name', 'productName')
    .addSelect(month, 'month')
    .addSelect('s.currency', 'currency')
    .addSelect('COUNT(*)', 'subscriptions')
    .addSelect("SUM(CASE WHEN s.state = 'CANCELLED' THEN 1 ELSE 0 END)", 'cancelled')
    .addSelect('SUM(s.priceMinor)', 'revenue')
    .groupBy('s.productId')
    .addGroupBy('p.name')
    .addGroupBy(month)
    .addGroupBy('s.currency')
    .orderBy('month', 'ASC')
    .addOrderBy('p.name', 'ASC')
    .getRawMany<{ productId: string; productName: string; month: string; currency: string; subscriptions: string | number; cancelled: string | number; revenue: string | number }>();
  return rows.map((r) => ({
    productId: r.productId,
    productName: r.productName,
    month: r.month,
    subscriptions: Number(r.subscriptions),
    cancelled: Number(r.cancelled),
    revenue: { amountMinor: Number(r.revenue), currency: r.currency },
  }));
}

/** Leads by the reseller they are assigned to: how many are open, converted and lost. */
export async function leadsFunnel(ctx: CatalogContext, marketplaceId: string): Promise<LeadFunnelRowModel[]> {
  const rows = await ctx.scope
    .select(ctx.db.manager, Lead, 'l')
    .andWhere('l.marketplaceId = :marketplaceId', { marketplaceId })
    .select('l.assignedCompanyId', 'reseller')
    .addSelect('COUNT(*)', 'total')
    .addSelect("SUM(CASE WHEN l.state IN ('NEW', 'ASSIGNED') THEN 1 ELSE 0 END)", 'open')
    .addSelect("SUM(CASE WHEN l.state = 'CONVERTED' THEN 1 ELSE 0 END)", 'converted')
    .addSelect("SUM(CASE WHEN l.state = 'LOST' THEN 1 ELSE 0 END)", 'lost')
    .groupBy('l.assignedCompanyId')
    .orderBy('l.assignedCompanyId')
    .getRawMany<{ reseller: string | null; total: string | number; open: string | number; converted: string | number; lost: string | number }>();
  return rows.map((r) => ({
    resellerCompanyId: r.reseller,
    total: Number(r.total),
    open: Number(r.open),
    converted: Number(r.converted),
    lost: Number(r.lost),
  }));
}
