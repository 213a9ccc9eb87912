import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey, type KeyObject } from 'node:crypto';
import { errors, type JWTHeaderParameters } from 'jose';

/** The algorithms of the keys that sign actor contexts and service tokens: Ed25519, or P-256. */
export type SigningAlgorithm = 'EdDSA' | 'ES256';
export const SIGNING_ALGORITHMS: SigningAlgorithm[] = ['EdDSA', 'ES256'];

/** A private key that signs, with the key ID its verifiers find it by. */
export interface SigningKey {
  key: KeyObject;
  kid: string;
  alg: SigningAlgorithm;
}

/** The public keys a verifier accepts, by key ID: more than one while a key is being rotated. */
export type VerifyingKeys = ReadonlyMap<string, { key: KeyObject; alg: SigningAlgorithm }>;

export class KeyFormatError extends Error {}

function algorithmOf(key: KeyObject): SigningAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new KeyFormatError(`must be an Ed25519 or P-256 key, got ${key.asymmetricKeyType ?? 'a symmetric key'}`);
}

/** The key ID: a digest of the public key, the same whichever format the key was written in. */
function kidOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64url').slice(0, 22);
}

const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g;

/** Each key written in `value`: PEM blocks, one JWK, or a JWK set (`{"keys": [...]}`). */
function keyTexts(value: string): (string | JsonWebKey)[] {
  const text = value.trim().replace(/\\n/g, '\n');
  if (text.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new KeyFormatError('is neither PEM nor JSON (a JWK or a JWK set)');
    }
    const keys = (json as { keys?: unknown }).keys;
    if (Array.isArray(keys)) return keys as JsonWebKey[];
    return [json as JsonWebKey];
  }
  const blocks = text.match(PEM_BLOCK);
  if (!blocks) throw new KeyFormatError('is neither PEM nor JSON (a JWK or a JWK set)');
  return blocks;
}

function load(text: string | JsonWebKey, kind: 'private' | 'public'): KeyObject {
  try {
    const input = typeof text === 'string' ? text : { key: text, format: 'jwk' as const };
    return kind === 'private' ? createPrivateKey(input) : createPublicKey(input);
  } catch (err) {
    throw new KeyFormatError(`is not a valid ${kind} key (${err instanceof Error ? err.message : String(err)})`);
  }
}

/** Reads one private key, as PEM (PKCS#8) or a JWK. */
export function parsePrivateKey(value: string): SigningKey {
  const texts = keyTexts(value);
  if (texts.length !== 1) throw new KeyFormatError(`must hold exactly one private key, found ${texts.length}`);
  const key = load(texts[0] as string | JsonWebKey, 'private');
  return { key, alg: algorithmOf(key), kid: kidOf(createPublicKey(key)) };
}

/** Reads one or more public keys, as PEM (SPKI) blocks, a JWK or a JWK set. */
export function parsePublicKeys(value: string): VerifyingKeys {
  const keys = new Map<string, { key: KeyObject; alg: SigningAlgorithm }>();
  for (const text of keyTexts(value)) {
    if (typeof text === 'string' ? text.includes('PRIVATE KEY') : 'd' in text) throw new KeyFormatError('holds a private key; give only the public key');
    const key = load(text, 'public');
    keys.set(kidOf(key), { key, alg: algorithmOf(key) });
  }
  if (keys.size === 0) throw new KeyFormatError('holds no key');
  return keys;
}

/** The public key of a private one, as verifiers are given it. */
export function publicKeysOf(signing: SigningKey): VerifyingKeys {
  const key = createPublicKey(signing.key);
  return new Map([[signing.kid, { key, alg: signing.alg }]]);
}

/** A new Ed25519 key pair as PEM, for development, tests and `npm start`. */
export function generateSigningKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** For jose's verify: the key the token's header names, if this verifier holds it for that algorithm. */
export function keyResolver(keys: VerifyingKeys): (header: JWTHeaderParameters) => KeyObject {
  return (header) => {
    const entry = header.kid ? keys.get(header.kid) : undefined;
    if (!entry || entry.alg !== header.alg) throw new errors.JWKSNoMatchingKey();
    return entry.key;
  };
}
