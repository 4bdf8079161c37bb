import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for secrets and engine TLS keys: AES-256-GCM with a 96-bit random nonce per
 * value. The associated data binds a ciphertext to where it belongs (`secret:prod/db-password`),
 * so a row copied onto another secret fails to decrypt instead of leaking the wrong value.
 *
 * Format: `v1:` + base64(nonce ‖ tag ‖ ciphertext).
 */
const VERSION = 'v1:';
const NONCE = 12;
const TAG = 16;
export const KEY_BYTES = 32;

export function encrypt(key: Buffer, plaintext: string | Buffer, aad: string): string {
  if (key.length !== KEY_BYTES) throw new Error(`the secret key must be ${KEY_BYTES} bytes`);
  const nonce = randomBytes(NONCE);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([
    c.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext),
    c.final(),
  ]);
  return VERSION + Buffer.concat([nonce, c.getAuthTag(), body]).toString('base64');
}

export function decrypt(key: Buffer, box: string, aad: string): Buffer {
  if (!box.startsWith(VERSION)) throw new Error('unknown ciphertext format');
  const raw = Buffer.from(box.slice(VERSION.length), 'base64');
  if (raw.length < NONCE + TAG) throw new Error('ciphertext too short');
  const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, NONCE));
  d.setAAD(Buffer.from(aad, 'utf8'));
  d.setAuthTag(raw.subarray(NONCE, NONCE + TAG));
  return Buffer.concat([d.update(raw.subarray(NONCE + TAG)), d.final()]);
}

/** A base64 key of exactly 32 bytes, or a message naming the problem. */
export function parseKey(b64: string): Buffer | string {
  const s = b64.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return 'is not base64';
  const key = Buffer.from(s, /[-_]/.test(s) ? 'base64url' : 'base64');
  return key.length === KEY_BYTES ? key : `must decode to ${KEY_BYTES} bytes (got ${key.length})`;
}

export function generateKey(): Buffer {
  return randomBytes(KEY_BYTES);
}
