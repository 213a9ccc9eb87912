import type http from 'node:http';
import { verifyAccessToken, type Actor } from '@marketgraph/authz';
import { callInternal as call } from '@marketgraph/graphql';
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

/**
 * Who is calling: a user access token, an API key, an embed token, or nobody (the storefront).
 * User and key actors are loaded fresh from identity on every request, so revocation is
 * immediate (I10).
 */
export async function authenticate(config: GatewayConfig, req: http.IncomingMessage): Promise<Actor> {
  const header = req.headers.authorization;
  const marketplaceSlug = typeof req.headers[MARKETPLACE_HEADER] === 'string' ? (req.headers[MARKETPLACE_HEADER] as string) : undefined;
  if (!header) return anonymous(config, marketplaceSlug);
  const match = /^(Bearer|ApiKey)\s+(\S+)$/i.exec(header);
  if (!match) throw new AuthenticationError('Authorization must be "Bearer <token>" or "ApiKey <key>"');
  const credential = match[2] as string;
  if (match[1]?.toLowerCase() === 'apikey' || credential.startsWith('mgk_')) {
    const actor = await callInternalOf<Actor | null>(config, 'identity', 'api-key', { key: credential });
    if (!actor) throw new AuthenticationError('The API key is not valid or was revoked');
    return actor;
  }
  const claims = await verifyAccessToken(credential, config.accessTokenSecret);
  if (claims) {
    const actor = await callInternalOf<Actor | null>(config, 'identity', 'actor', claims);
    if (!actor) throw new AuthenticationError('The session has ended or the user is disabled');
    return actor;
  }
  const embed = await callInternalOf<Actor | null>(config, 'tenancy', 'embed-actor', { token: credential }).catch(() => null);
  if (embed) return embed;
  throw new AuthenticationError('The token is expired, tampered with or not valid here');
}
