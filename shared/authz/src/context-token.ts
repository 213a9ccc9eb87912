import { SignJWT, decodeJwt, jwtVerify, errors, type JWTPayload } from 'jose';
import type { Actor } from './actor';
import { SIGNING_ALGORITHMS, keyResolver, type SigningKey, type VerifyingKeys } from './signing-keys';

/** Header in which the gateway forwards the signed actor context to a subgraph (X2). */
export const ACTOR_CONTEXT_HEADER = 'x-actor-context';
/** The gateway's own ID of a request: audit records and logs carry it. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** An ID the client chose for its request: forwarded, logged and echoed, never taken as the request ID. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';
const ISSUER = 'marketgraph-gateway';
/** The longest life of an actor context or a service token; verifiers refuse a longer one. */
export const MAX_TOKEN_LIFETIME_SECONDS = 60;
/** How far the clocks of two hosts may disagree. */
const CLOCK_TOLERANCE_SECONDS = 5;

export interface ActorContext {
  actor: Actor;
  requestId: string;
  /** The client's network address as the gateway determined it; throttles key on it (I15). */
  clientAddress?: string | null;
  /** The client's own ID of the request, when it sent one. */
  correlationId?: string | null;
}

export class InvalidActorContext extends Error {}

/** Refuses a token that lives longer than the maximum or claims to be issued in the future. */
function checkLifetime(payload: JWTPayload): void {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || typeof exp !== 'number') throw new InvalidActorContext('token without iat or exp');
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS) throw new InvalidActorContext(`token lives ${exp - iat} s, more than ${MAX_TOKEN_LIFETIME_SECONDS} s`);
  if (iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) throw new InvalidActorContext('token issued in the future');
}

/**
 * Signs the actor for one subgraph: a short-lived token whose audience is that subgraph, with
 * the gateway's private key. Subgraphs hold only the public key, so none can mint one (X2).
 */
export async function signActorContext(context: ActorContext, audience: string, signing: SigningKey): Promise<string> {
  const { iat, exp } = lifetime();
  return new SignJWT({ act: context.actor, rid: context.requestId, cip: context.clientAddress ?? null, cid: context.correlationId ?? null })
    .setProtectedHeader({ alg: signing.alg, kid: signing.kid, typ: 'actor-context+jwt' })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(signing.key);
}

/**
 * A token's issue and expiry times from one reading of the clock. Set apart (`setIssuedAt()`,
 * then `setExpirationTime('60s')`), each reads the clock itself: across a second's boundary the
 * token lived 61 s, and the receiver refused it as living longer than allowed.
 */
function lifetime(): { iat: number; exp: number } {
  const iat = Math.floor(Date.now() / 1000);
  return { iat, exp: iat + MAX_TOKEN_LIFETIME_SECONDS };
}

export async function verifyActorContext(token: string, audience: string, keys: VerifyingKeys): Promise<ActorContext> {
  try {
    const { payload } = await jwtVerify(token, keyResolver(keys), {
      issuer: ISSUER,
      audience,
      algorithms: SIGNING_ALGORITHMS,
      typ: 'actor-context+jwt',
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    checkLifetime(payload);
    const actor = payload['act'] as Actor | undefined;
    const requestId = payload['rid'];
    const clientAddress = payload['cip'];
    const correlationId = payload['cid'];
    if (!actor || typeof actor !== 'object' || typeof actor.kind !== 'string' || typeof requestId !== 'string') {
      throw new InvalidActorContext('malformed actor context');
    }
    return {
      actor,
      requestId,
      clientAddress: typeof clientAddress === 'string' ? clientAddress : null,
      correlationId: typeof correlationId === 'string' ? correlationId : null,
    };
  } catch (err) {
    if (err instanceof InvalidActorContext) throw err;
    if (err instanceof errors.JOSEError) throw new InvalidActorContext(err.code);
    throw err;
  }
}

/** Header carrying a service token on internal (non-GraphQL) calls between services. */
export const SERVICE_TOKEN_HEADER = 'x-service-token';

/**
 * A short-lived token by which one service (`caller`) calls one internal route of another,
 * signed with the caller's own private key.
 */
export async function signServiceToken(caller: string, callee: string, route: string, signing: SigningKey): Promise<string> {
  const { iat, exp } = lifetime();
  return new SignJWT({ rt: route })
    .setProtectedHeader({ alg: signing.alg, kid: signing.kid, typ: 'service+jwt' })
    .setIssuer(caller)
    .setAudience(`${callee}:internal`)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(signing.key);
}

/**
 * The calling service, when the token is signed by one of `allowed` with its own key, for this
 * callee and this route; otherwise null.
 */
export async function verifyServiceToken(
  token: string,
  callee: string,
  route: string,
  allowed: readonly string[],
  callerKeys: Readonly<Partial<Record<string, VerifyingKeys>>>,
): Promise<string | null> {
  try {
    const caller = decodeJwt(token).iss;
    if (typeof caller !== 'string' || !allowed.includes(caller)) return null;
    const keys = callerKeys[caller];
    if (!keys) return null;
    const { payload } = await jwtVerify(token, keyResolver(keys), {
      issuer: caller,
      audience: `${callee}:internal`,
      algorithms: SIGNING_ALGORITHMS,
      typ: 'service+jwt',
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    checkLifetime(payload);
    return payload['rt'] === route ? caller : null;
  } catch {
    return null;
  }
}
