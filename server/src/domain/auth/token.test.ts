import { describe, expect, it } from 'vitest';
import {
  API_TOKEN_PREFIX,
  displayPrefix,
  hashToken,
  isExpired,
  isLive,
  newToken,
  parseDuration,
  tokenMatches,
} from './token.js';

describe('tokens', () => {
  it('are 32 random bytes with a kind prefix, and only their sha256 is kept', () => {
    const a = newToken();
    const b = newToken();
    expect(a.startsWith(API_TOKEN_PREFIX)).toBe(true);
    expect(Buffer.from(a.slice(API_TOKEN_PREFIX.length), 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
    const h = hashToken(a);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).not.toContain(a.slice(4));
    expect(tokenMatches(a, h)).toBe(true);
    expect(tokenMatches(b, h)).toBe(false);
    expect(displayPrefix(a)).toBe(`${a.slice(0, 8)}…`);
  });

  it('expire at their expiry and die when revoked', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(isExpired(null, now)).toBe(false);
    expect(isExpired(new Date('2030-01-01T00:00:00Z'), now)).toBe(true);
    expect(isExpired(new Date('2030-01-01T00:00:01Z'), now)).toBe(false);
    expect(isLive({ revokedAt: null, expiresAt: null }, now)).toBe(true);
    expect(isLive({ revokedAt: new Date(0), expiresAt: null }, now)).toBe(false);
    expect(isLive({ revokedAt: null, expiresAt: new Date('2029-12-31T23:59:59Z') }, now)).toBe(false);
  });

  it('parses durations', () => {
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('30d')).toBe(30 * 86_400_000);
    expect(parseDuration('soon')).toMatch(/not a duration/);
  });
});
