import type { CompanyFacts, MembershipFacts } from '@marketgraph/graphql';
import type { EntityManager } from 'typeorm';
import { Company, Membership, User } from '../entities';

/** An ID from an internal call's body; anything else is a caller's bug, not a lookup. */
export function idField(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (typeof value !== 'string' || value.length === 0 || value.length > 36) throw new Error(`internal call without ${name}`);
  return value;
}

/** A company by primary key, or null when there is none. One statement. */
export async function companyFacts(manager: EntityManager, companyId: string): Promise<CompanyFacts | null> {
  const company = await manager.findOne(Company, { where: { id: companyId }, select: { id: true, marketplaceId: true, accessTypes: true } });
  return company ? { id: company.id, marketplaceId: company.marketplaceId, accessTypes: company.accessTypes } : null;
}

/**
 * The membership of a user in a company, or null when the user never was a member. One
 * statement, by the unique (user, company) key, joined to the user for its disabled flag.
 */
export async function membershipFacts(manager: EntityManager, userId: string, companyId: string): Promise<MembershipFacts | null> {
  const row = await manager
    .createQueryBuilder(Membership, 'm')
    .innerJoin(User, 'u', 'u.id = m.userId')
    .select(['m.status AS status', 'u.disabled_at AS disabled_at'])
    .where('m.userId = :userId AND m.companyId = :companyId', { userId, companyId })
    .getRawOne<{ status: string; disabled_at: Date | string | null }>();
  if (!row) return null;
  return { active: row.status === 'ACTIVE' && row.disabled_at === null };
}
