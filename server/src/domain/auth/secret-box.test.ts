import { describe, expect, it } from 'vitest';
import { decrypt, encrypt, generateKey, parseKey } from './secret-box.js';

describe('secret box (AES-256-GCM)', () => {
  const key = generateKey();

  it('round-trips, with a fresh nonce each time and no plaintext in the box', () => {
    const a = encrypt(key, 'hunter2-very-secret', 'secret:prod/db');
    const b = encrypt(key, 'hunter2-very-secret', 'secret:prod/db');
    expect(a).not.toBe(b);
    expect(a).not.toContain('hunter2');
    expect(Buffer.from(a.slice(3), 'base64').toString('latin1')).not.toContain('hunter2');
    expect(decrypt(key, a, 'secret:prod/db').toString()).toBe('hunter2-very-secret');
  });

  it('refuses another key, another place (AAD) or a changed byte', () => {
    const box = encrypt(key, 'value', 'secret:prod/db');
    expect(() => decrypt(generateKey(), box, 'secret:prod/db')).toThrow();
    expect(() => decrypt(key, box, 'secret:dev/db')).toThrow();
    const raw = Buffer.from(box.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => decrypt(key, `v1:${raw.toString('base64')}`, 'secret:prod/db')).toThrow();
  });

  it('parses base64 keys of 32 bytes only', () => {
    expect(parseKey(key.toString('base64'))).toEqual(key);
    expect(parseKey(Buffer.alloc(16).toString('base64'))).toMatch(/32 bytes/);
    expect(parseKey('not base64!')).toMatch(/base64/);
  });
});
