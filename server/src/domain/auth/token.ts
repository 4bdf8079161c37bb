import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Credentials: API tokens (`stv_…`) for integrations and session tokens (`sts_…`) behind the
 * dashboard's cookie. Both are 32 random bytes, shown once; only their SHA-256 is stored, so a
 * copy of the database does not hold a usable credential.
 */
export const API_TOKEN_PREFIX = 'stv_';
export const SESSION_TOKEN_PREFIX = 'sts_';

export function newToken(prefix: string = API_TOKEN_PREFIX): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** The stored form of a credential: hex SHA-256 of the whole token string. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What lists show of a token: its kind prefix and a few characters, never enough to use it. */
export function displayPrefix(token: string): string {
  return token.length <= 12 ? `${token.slice(0, 2)}…` : `${token.slice(0, 8)}…`;
}

export function isExpired(expiresAt: Date | null | undefined, now: Date = new Date()): boolean {
  return !!expiresAt && expiresAt.getTime() <= now.getTime();
}

/** A credential that has been revoked or has expired is dead; a live one may be used. */
export function isLive(
  c: { revokedAt: Date | null; expiresAt: Date | null },
  now: Date = new Date(),
): boolean {
  return !c.revokedAt && !isExpired(c.expiresAt, now);
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "12h", "30d", "90m", "3600s" → milliseconds; a string naming the problem otherwise. */
export function parseDuration(v: string): number | string {
  const m = /^(\d+)([smhd])$/.exec(v.trim());
  if (!m) return `"${v}" is not a duration like 30m, 12h or 7d`;
  const ms = Number(m[1]) * UNIT_MS[m[2]!]!;
  return ms > 0 ? ms : 'must be longer than 0';
}

/** Sessions and token expiries, when to close a connection: capped to what setTimeout takes. */
export function msUntil(expiresAt: Date | null, now: Date = new Date()): number | null {
  if (!expiresAt) return null;
  return Math.min(Math.max(0, expiresAt.getTime() - now.getTime()), 2_147_000_000);
}
