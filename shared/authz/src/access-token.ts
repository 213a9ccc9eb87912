import { SignJWT, jwtVerify } from 'jose';

const ISSUER = 'marketgraph-identity';
const AUDIENCE = 'marketgraph';

export interface AccessClaims {
  userId: string;
  /** The login (refresh-token family) the access token belongs to; logging out ends it. */
  sessionId: string;
}

export async function signAccessToken(claims: AccessClaims, secret: string, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({ sid: claims.sessionId, typ: 'access' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt };
}

/** Returns the claims of a valid access token, or null for an expired, tampered or foreign one. */
export async function verifyAccessToken(token: string, secret: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    if (payload['typ'] !== 'access' || typeof payload.sub !== 'string' || typeof payload['sid'] !== 'string') return null;
    return { userId: payload.sub, sessionId: payload['sid'] };
  } catch {
    return null;
  }
}
