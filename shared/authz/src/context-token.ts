import { SignJWT, jwtVerify, errors } from 'jose';
import type { Actor } from './actor';

/** Header in which the gateway forwards the signed actor context to a subgraph (X2). */
export const ACTOR_CONTEXT_HEADER = 'x-actor-context';
export const REQUEST_ID_HEADER = 'x-request-id';
const ISSUER = 'marketgraph-gateway';
const CONTEXT_TTL_SECONDS = 60;

export interface ActorContext {
  actor: Actor;
  requestId: string;
  /** The client's network address as the gateway determined it; throttles key on it (I15). */
  clientAddress?: string | null;
}

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs the actor for one subgraph: a short-lived token whose audience is that subgraph. */
export async function signActorContext(context: ActorContext, audience: string, secret: string): Promise<string> {
  return new SignJWT({ act: context.actor, rid: context.requestId, cip: context.clientAddress ?? null })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${CONTEXT_TTL_SECONDS}s`)
    .sign(keyOf(secret));
}

export class InvalidActorContext extends Error {}

export async function verifyActorContext(token: string, audience: string, secret: string): Promise<ActorContext> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, audience, algorithms: ['HS256'] });
    const actor = payload['act'] as Actor | undefined;
    const requestId = payload['rid'];
    const clientAddress = payload['cip'];
    if (!actor || typeof actor !== 'object' || typeof actor.kind !== 'string' || typeof requestId !== 'string') {
      throw new InvalidActorContext('malformed actor context');
    }
    return { actor, requestId, clientAddress: typeof clientAddress === 'string' ? clientAddress : null };
  } catch (err) {
    if (err instanceof InvalidActorContext) throw err;
    if (err instanceof errors.JOSEError) throw new InvalidActorContext(err.code);
    throw err;
  }
}

/** Header carrying a gateway's service token on internal (non-GraphQL) calls to a subgraph. */
export const SERVICE_TOKEN_HEADER = 'x-service-token';

/** A short-lived token by which the gateway calls a subgraph's internal routes. */
export async function signServiceToken(audience: string, secret: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(`${audience}:internal`)
    .setIssuedAt()
    .setExpirationTime(`${CONTEXT_TTL_SECONDS}s`)
    .sign(keyOf(secret));
}

export async function verifyServiceToken(token: string, audience: string, secret: string): Promise<boolean> {
  try {
    await jwtVerify(token, keyOf(secret), { issuer: ISSUER, audience: `${audience}:internal`, algorithms: ['HS256'] });
    return true;
  } catch {
    return false;
  }
}
