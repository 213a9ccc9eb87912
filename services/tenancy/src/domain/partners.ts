import { byId, connectionOf, type Connection, type PageArgs } from '@marketgraph/graphql';
import { App, EndCustomer, Keyset } from '../entities';
import type { TenancyContext } from '../context';
import type { PartnerSummaryModel } from '../graphql/models';

interface Count {
  partnerCompanyId: string;
  total: string | number;
  enabled?: string | number | null;
}

/**
 * Every partner of a marketplace that has end customers or apps, with counts of customers,
 * apps and keysets (marketplace staff; the C10 report "end customers and keysets by partner").
 * A constant number of statements, whatever the page size (X8).
 */
export async function partnerSummaries(ctx: TenancyContext, marketplaceId: string, page: PageArgs): Promise<Connection<PartnerSummaryModel>> {
  const manager = ctx.db.manager;
  const partnersOf = async (entity: typeof EndCustomer | typeof App): Promise<string[]> =>
    (
      await ctx.scope
        .select(manager, entity, 'p')
        .andWhere('p.marketplaceId = :marketplaceId', { marketplaceId })
        .select('DISTINCT p.partnerCompanyId', 'partnerCompanyId')
        .getRawMany<{ partnerCompanyId: string }>()
    ).map((r) => r.partnerCompanyId);
  const all = [...new Set([...(await partnersOf(EndCustomer)), ...(await partnersOf(App))])].sort();
  const partners = connectionOf(
    all.map((id) => ({ id })),
    page,
    byId<{ id: string }>('Query.partners'),
  );
  const pageIds = partners.nodes.map((p) => p.id);
  const counts = async (entity: typeof EndCustomer | typeof App | typeof Keyset, withEnabled = false): Promise<Map<string, Count>> => {
    if (pageIds.length === 0) return new Map();
    const qb = ctx.scope
      .select(manager, entity, 'p')
      .andWhere('p.marketplaceId = :marketplaceId AND p.partnerCompanyId IN (:...pageIds)', { marketplaceId, pageIds })
      .select('p.partnerCompanyId', 'partnerCompanyId')
      .addSelect('COUNT(*)', 'total')
      .groupBy('p.partnerCompanyId');
    if (withEnabled) qb.addSelect('SUM(CASE WHEN p.enabled = :yes THEN 1 ELSE 0 END)', 'enabled').setParameter('yes', true);
    const rows = await qb.getRawMany<Count>();
    return new Map(rows.map((r) => [r.partnerCompanyId, r]));
  };
  const [customers, apps, keysets] = [await counts(EndCustomer), await counts(App), await counts(Keyset, true)];
  const summary = (id: string): PartnerSummaryModel => ({
    id,
    endCustomerCount: Number(customers.get(id)?.total ?? 0),
    appCount: Number(apps.get(id)?.total ?? 0),
    keysetCount: Number(keysets.get(id)?.total ?? 0),
    enabledKeysetCount: Number(keysets.get(id)?.enabled ?? 0),
  });
  const edges = partners.edges.map((edge) => ({ node: summary(edge.node.id), cursor: edge.cursor }));
  return { ...partners, edges, nodes: edges.map((e) => e.node) };
}
