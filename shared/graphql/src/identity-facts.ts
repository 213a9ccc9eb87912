import DataLoader from 'dataloader';
import { grantIn, type Actor, type Owner, type SigningKey } from '@marketgraph/authz';
import type { EnvReader } from './env';
import { appError } from './errors';
import { callInternal, type InternalTarget, type ServiceCaller } from './internal-call';
import type { CompanyFacts, MembershipFacts } from './internal-contracts';

/** How a subgraph that keeps no companies reaches identity, which owns them (I1). */
export interface IdentityLink {
  /** Identity's GraphQL URL; its internal routes live beside it. */
  identityUrl: string;
  /** How long a call to identity may take; default 5000 ms. */
  identityTimeoutMs?: number;
}

/** `IDENTITY_URL` and `IDENTITY_TIMEOUT_MS`, read the same way by every subgraph that asks identity. */
export function identityLink(read: EnvReader): IdentityLink {
  const identityUrl = read.string('IDENTITY_URL', 'http://127.0.0.1:4001/graphql');
  read.check('IDENTITY_URL', /^https?:\/\/[^/]+/.test(identityUrl), `must be an http(s) URL, got "${identityUrl}"`);
  return { identityUrl, identityTimeoutMs: read.int('IDENTITY_TIMEOUT_MS', 5000, 100, 60_000) };
}

/** What identity answers another subgraph, per request: company lookups are batched (X8). */
export interface IdentityFacts {
  /** Companies by ID, one internal call per batch; null for an ID identity does not know. */
  company: DataLoader<string, CompanyFacts | null>;
  /** The user's membership in the company, or null when it never was a member. */
  membership(userId: string, companyId: string): Promise<MembershipFacts | null>;
}

/** The most IDs identity answers in one call. */
const BATCH = 100;

/** IDs are UUIDs; a longer one names nothing, and identity is not asked. */
const plausible = (id: string): boolean => id.length > 0 && id.length <= 36;

async function ask<T>(target: InternalTarget, route: string, body: unknown): Promise<T> {
  try {
    return await callInternal<T>(target, route, body);
  } catch {
    // X9: an identity that is down or slow fails the operation that needs it, with a clear error; nothing is written.
    throw appError('INTERNAL_SERVER_ERROR', 'Identity is not reachable right now');
  }
}

/** A request's view of identity's facts. Create one per request: the loader caches for that request only. */
export function identityFacts(config: IdentityLink & { serviceKey: SigningKey | null }, caller: ServiceCaller): IdentityFacts {
  if (!config.serviceKey) throw new Error('SERVICE_PRIVATE_KEY is not configured');
  const target: InternalTarget = {
    url: config.identityUrl,
    service: 'identity',
    credential: { caller, key: config.serviceKey },
    timeoutMs: config.identityTimeoutMs ?? 5000,
  };
  const company = new DataLoader<string, CompanyFacts | null>(
    async (ids) => {
      const asked = [...new Set(ids.filter(plausible))];
      const found = asked.length > 0 ? await ask<CompanyFacts[]>(target, 'companies', { companyIds: asked }) : [];
      const byId = new Map(found.map((facts) => [facts.id, facts]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: BATCH },
  );
  return {
    company,
    membership: (userId, companyId) =>
      plausible(userId) && plausible(companyId) ? ask<MembershipFacts | null>(target, 'membership', { userId, companyId }) : Promise.resolve(null),
  };
}

/**
 * Where a company named only by ID lives, in a subgraph that keeps no companies (I1): the
 * caller's own membership of it (which the gateway loaded from identity), else identity's answer.
 * Null when identity knows no such company. Never inferred from the caller's other memberships.
 */
export async function companyOwner(ctx: { actor: Actor; identity: IdentityFacts }, companyId: string | null): Promise<Owner | null> {
  if (!companyId) return null;
  const own = grantIn(ctx.actor, companyId);
  if (own) return { companyId, marketplaceId: own.marketplaceId };
  const facts = await ctx.identity.company.load(companyId);
  return facts ? { companyId, marketplaceId: facts.marketplaceId } : null;
}
