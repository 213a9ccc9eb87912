import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { DEV_SECRETS } from '@marketgraph/graphql';
import type { TenancyConfig } from '../config';

/**
 * Credentials of connected systems, encrypted at rest with AES-256-GCM (T8). Each ciphertext
 * names the key that made it, so keys rotate: a new key encrypts from then on, and earlier keys
 * kept in configuration still decrypt what they encrypted until it is written again.
 */
interface CredentialsKey {
  id: string;
  key: Buffer;
}

function derive(secret: string): CredentialsKey {
  const key = createHash('sha256').update(secret).digest();
  // The key's ID is a fingerprint, so configuration never has to number keys by hand.
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

export class CredentialsVault {
  private readonly keys: CredentialsKey[];

  constructor(secrets: readonly string[]) {
    this.keys = (secrets.length > 0 ? secrets : [DEV_SECRETS.credentials]).map(derive);
  }

  static of(config: TenancyConfig): CredentialsVault {
    return new CredentialsVault(config.credentialsKeys ?? []);
  }

  get currentKeyId(): string {
    return (this.keys[0] as CredentialsKey).id;
  }

  /** Encrypts for one row: the row ID is authenticated data, so a ciphertext cannot be moved to another row. */
  encrypt(plaintext: string, rowId: string): { ciphertext: string; keyId: string } {
    const current = this.keys[0] as CredentialsKey;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', current.key, iv);
    cipher.setAAD(Buffer.from(rowId, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return { ciphertext: ['v1', iv.toString('base64'), tag.toString('base64'), body.toString('base64')].join('.'), keyId: current.id };
  }

  decrypt(ciphertext: string, keyId: string, rowId: string): string {
    const key = this.keys.find((k) => k.id === keyId);
    if (!key) throw new Error(`credentials key ${keyId} is not configured`);
    const [version, iv, tag, body] = ciphertext.split('.');
    if (version !== 'v1' || !iv || !tag || !body) throw new Error('unknown credentials ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(rowId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}
