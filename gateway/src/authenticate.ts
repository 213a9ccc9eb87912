import { createHash } from 'node:crypto';
import type http from 'node:http';
import { verifyAccessToken, type Actor } from '@marketgraph/authz';
import { callInternal as call } from '@marketgraph/graphql';
import type { ActorCache, ActorCacheOutcome } from './actor-cache';
import type { GatewayConfig } from './config';

export class AuthenticationError extends Error {}

export const MARKETPLACE_HEADER = 'x-marketplace';

function callInternalOf<T>(config: GatewayConfig, service: keyof GatewayConfig['subgraphs'], route: string, body: unknown): Promise<T> {
  const credential = { caller: 'gateway' as const, key: config.serviceKey };
  return call<T>({ url: config.subgraphs[service], service, credential, timeoutMs: config.subgraphTimeoutMs }, route, body);
}

/** Slugs never change, so the storefront's marketplace is looked up once per slug. */
const slugs = new Map<string, string | null>();

async function anonymous(config: GatewayConfig, slug: string | undefined): Promise<Actor> {
  if (!slug) return { kind: 'anonymous', marketplaceId: null };
  let id = slugs.get(slug);
  if (id === undefined) {
    id = (await callInternalOf<{ id: string } | null>(config, 'identity', 'marketplace', { slug }))?.id ?? null;
    if (id) slugs.set(slug, id);
  }
  if (!id) throw new AuthenticationError(`Unknown marketplace "${slug}"`);
  return { kind: 'anonymous', marketplaceId: id };
}

/** How an actor is looked up: through the shared cache when there is one (I10 holds either way). */
export interface ActorLookup {
  cache?: ActorCache;
  report?: (outcome: ActorCacheOutcome) => void;
}

/**
 * Who is calling: a user access token, an API key, an embed token, or nobody (the storefront).
 * User and key actors come from identity, or from the actor cache while no mutation has been
 * answered since identity described them, so revocation is immediate (I10).
 */
export async function authenticate(config: GatewayConfig, req: http.IncomingMessage, lookup: ActorLookup = {}): Promise<Actor> {
  const header = req.headers.authorization;
  const marketplaceSlug = typeof req.headers[MARKETPLACE_HEADER] === 'string' ? (req.headers[MARKETPLACE_HEADER] as string) : undefined;
  if (!header) return anonymous(config, marketplaceSlug);
  const match = /^(Bearer|ApiKey)\s+(\S+)$/i.exec(header);
  if (!match) throw new AuthenticationError('Authorization must be "Bearer <token>" or "ApiKey <key>"');
  const credential = match[2] as string;
  const cached = (key: string, load: () => Promise<Actor | null>): Promise<Actor | null> =>
    lookup.cache ? lookup.cache.resolve(key, load, lookup.report) : load();
  if (match[1]?.toLowerCase() === 'apikey' || credential.startsWith('mgk_')) {
    const digest = createHash('sha256').update(credential).digest('base64url');
    const actor = await cached(`k:${digest}`, () => callInternalOf<Actor | null>(config, 'identity', 'api-key', { key: credential }));
    if (!actor) throw new AuthenticationError('The API key is not valid or was revoked');
    return actor;
  }
  const claims = await verifyAccessToken(credential, config.accessTokenSecret);
  if (claims) {
    const actor = await cached(`s:${claims.userId}:${claims.sessionId}`, () => callInternalOf<Actor | null>(config, 'identity', 'actor', claims));
    if (!actor) throw new AuthenticationError('The session has ended or the user is disabled');
    return actor;
  }
  const embed = await callInternalOf<Actor | null>(config, 'tenancy', 'embed-actor', { token: credential }).catch(() => null);
  if (embed) return embed;
  throw new AuthenticationError('The token is expired, tampered with or not valid here');
}
