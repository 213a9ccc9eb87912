import { createHash, randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';

/** A random, unguessable token with a readable prefix naming what it is. */
export function randomToken(prefix: string, bytes = 32): string {
  return `${prefix}_${randomBytes(bytes).toString('base64url')}`;
}

/** Tokens and keys are long and random: a plain SHA-256 is enough to store and look them up. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Passwords use Argon2id (the library's default algorithm), a memory-hard KDF (I11). */
const ARGON2: Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// Verified against when the email is unknown, so both failures take the same time.
const DECOY = hash('decoy-password-for-timing', ARGON2);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await DECOY, password);
    return false;
  }
  return verify(passwordHash, password);
}
