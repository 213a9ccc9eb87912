import { grantsOf, isPlatformOperator, type Actor } from './actor';
import type { OwnerRule } from './policy';

/**
 * Who reads the audit (X5), the same in every subgraph: a company's events by its COMPANY_ADMIN
 * and by the staff who administer the marketplace's companies; a whole marketplace's events
 * (those of no company included) by its MARKETPLACE_MANAGER.
 */
export const AUDIT_READERS = {
  company: { member: ['COMPANY_ADMIN'], staff: ['MARKETPLACE_MANAGER', 'CUSTOMER_SUPPORT'] },
  marketplace: { staff: ['MARKETPLACE_MANAGER'] },
} satisfies Record<'company' | 'marketplace', OwnerRule>;

/** The audit records an actor may read, row by row: `null` means every record (the platform operator). */
export interface AuditReach {
  /** Every record of these marketplaces. */
  marketplaceIds: string[];
  /** Records of any company of these marketplaces. */
  companiesOfMarketplaceIds: string[];
  /** Records of these companies. */
  companyIds: string[];
}

export function auditReach(actor: Actor): AuditReach | null {
  if (isPlatformOperator(actor)) return null;
  const reach: AuditReach = { marketplaceIds: [], companiesOfMarketplaceIds: [], companyIds: [] };
  for (const grant of grantsOf(actor)) {
    const holds = (roles: readonly string[]) => grant.roles.some((r) => roles.includes(r));
    const staff = grant.accessTypes.includes('MARKETPLACE');
    if (staff && holds(AUDIT_READERS.marketplace.staff)) reach.marketplaceIds.push(grant.marketplaceId);
    if (staff && holds(AUDIT_READERS.company.staff)) reach.companiesOfMarketplaceIds.push(grant.marketplaceId);
    if (holds(AUDIT_READERS.company.member)) reach.companyIds.push(grant.companyId);
  }
  return reach;
}

/** Whether an actor reads anything of a user's audit: staff or admins of one of its companies. */
export function readsAuditOf(actor: Actor, places: readonly { marketplaceId: string; companyId: string }[]): boolean {
  const reach = auditReach(actor);
  if (reach === null) return true;
  return places.some(
    (p) => reach.marketplaceIds.includes(p.marketplaceId) || reach.companiesOfMarketplaceIds.includes(p.marketplaceId) || reach.companyIds.includes(p.companyId),
  );
}
