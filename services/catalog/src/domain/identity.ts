import type { SigningKey } from '@marketgraph/authz';
import { appError, callInternal, type InternalTarget, type CompanyFacts, type MembershipFacts } from '@marketgraph/graphql';
import type { CatalogConfig } from '../config';

function serviceKey(config: CatalogConfig): SigningKey {
  if (!config.serviceKey) throw new Error('SERVICE_PRIVATE_KEY is not configured');
  return config.serviceKey;
}

function target(config: CatalogConfig): InternalTarget {
  return { url: config.identityUrl, service: 'identity', credential: { caller: 'catalog', key: serviceKey(config) }, timeoutMs: config.identityTimeoutMs ?? 5000 };
}

async function ask<T>(config: CatalogConfig, route: string, body: unknown): Promise<T | null> {
  try {
    return await callInternal<T | null>(target(config), route, body);
  } catch {
    // X9: an identity that is down or slow fails this operation with a clear error; nothing is written.
    throw appError('INTERNAL_SERVER_ERROR', 'Identity is not reachable right now');
  }
}

/** IDs are UUIDs; a longer one names nothing, and identity is not asked. */
const plausible = (...ids: string[]): boolean => ids.every((id) => id.length > 0 && id.length <= 36);

/** The company with this ID, or null when identity knows none. */
export async function companyFacts(config: CatalogConfig, companyId: string): Promise<CompanyFacts | null> {
  if (!plausible(companyId)) return null;
  return ask<CompanyFacts>(config, 'company', { companyId });
}

/** The user's membership in the company, or null when it never was a member. */
export async function membershipFacts(config: CatalogConfig, userId: string, companyId: string): Promise<MembershipFacts | null> {
  if (!plausible(userId, companyId)) return null;
  return ask<MembershipFacts>(config, 'membership', { userId, companyId });
}
