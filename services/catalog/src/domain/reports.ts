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

/**
 * Subscriptions bought and revenue booked, by product, month of purchase and currency. The
 * subscriptions are grouped first and the products' names joined to the groups, not to every
 * subscription. On MySQL the IDs and currency codes are grouped as bytes: under their Unicode
 * collation the grouping cost four times as much, and both are ASCII codes compared exactly.
 */
export async function sales(ctx: CatalogContext, filter: SalesFilter): Promise<SalesRowModel[]> {
  const mysql = ctx.db.isMysql;
  const month = mysql ? "DATE_FORMAT(s.created_at, '%Y-%m')" : "strftime('%Y-%m', s.created_at)";
  const exactly = (column: string): string => (mysql ? `CAST(${column} AS BINARY)` : column);
  const groups: SelectQueryBuilder<Subscription> = ctx.scope.select(ctx.db.manager, Subscription, 's');
  if (filter.marketplaceId) groups.andWhere('s.marketplaceId = :marketplaceId', { marketplaceId: filter.marketplaceId });
  if (filter.vendorCompanyId) groups.andWhere('s.vendorCompanyId = :vendorCompanyId', { vendorCompanyId: filter.vendorCompanyId });
  if (filter.from) groups.andWhere('s.createdAt >= :from', { from: filter.from });
  if (filter.to) groups.andWhere('s.createdAt < :to', { to: filter.to });
  groups
    .select('MIN(s.productId)', 'product_id')
    .addSelect(month, 'month')
    .addSelect('MIN(s.currency)', 'currency')
    .addSelect('COUNT(*)', 'subscriptions')
    .addSelect("SUM(CASE WHEN s.state = 'CANCELLED' THEN 1 ELSE 0 END)", 'cancelled')
    .addSelect('SUM(s.priceMinor)', 'revenue')
    .groupBy(exactly('s.productId'))
    .addGroupBy(month)
    .addGroupBy(exactly('s.currency'));
  const rows = await ctx.db.manager
    .createQueryBuilder()
    .select('g.product_id', 'productId')
    .addSelect('p.name', 'productName')
    .addSelect('g.month', 'month')
    .addSelect('g.currency', 'currency')
    .addSelect('g.subscriptions', 'subscriptions')
    .addSelect('g.cancelled', 'cancelled')
    .addSelect('g.revenue', 'revenue')
    .from(`(${groups.getQuery()})`, 'g')
    .setParameters(groups.getParameters())
    .innerJoin(Product, 'p', 'p.id = g.product_id')
    .orderBy('g.month', 'ASC')
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
