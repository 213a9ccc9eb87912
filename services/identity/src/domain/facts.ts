import type { CompanyFacts, MembershipFacts } from '@marketgraph/graphql';
import { In, type EntityManager } from 'typeorm';
import { Company, Membership, User } from '../entities';

/** An ID from an internal call's body; anything else is a caller's bug, not a lookup. */
export function idField(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (typeof value !== 'string' || value.length === 0 || value.length > 36) throw new Error(`internal call without ${name}`);
  return value;
}

/** At most this many IDs in one call: one batch of a caller's request loader. */
export const MAX_FACT_IDS = 100;

/** A non-empty list of IDs from an internal call's body; anything else is a caller's bug. */
export function idListField(body: unknown, name: string): string[] {
  const value = (body as Record<string, unknown> | null)?.[name];
  const valid =
    Array.isArray(value) &&
    value.length > 0 &&
    value.length <= MAX_FACT_IDS &&
    value.every((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 36);
  if (!valid) throw new Error(`internal call without ${name} (1 to ${MAX_FACT_IDS} IDs)`);
  return value as string[];
}

/** The companies of these IDs that exist, in any order; unknown IDs are left out. One statement. */
export async function companiesFacts(manager: EntityManager, companyIds: string[]): Promise<CompanyFacts[]> {
  const companies = await manager.find(Company, { where: { id: In(companyIds) }, select: { id: true, marketplaceId: true, accessTypes: true } });
  return companies.map((company) => ({ id: company.id, marketplaceId: company.marketplaceId, accessTypes: company.accessTypes }));
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
