import { ALL_ENVIRONMENTS, type Bindings } from '../../domain/auth/roles.js';

/**
 * Who is calling: a user through a dashboard session, an API token (acting for its owner, capped
 * by its scope), or nobody. With STEVEDORE_AUTH=off every caller without a credential is the
 * anonymous ADMIN; with it on such a caller may only log in.
 */
export interface Principal {
  kind: 'user' | 'token' | 'anonymous';
  userId: string | null;
  username: string;
  /** The session or token behind this principal: what revocation cuts. */
  credentialId: string | null;
  via: 'session' | 'token' | 'none';
  tokenName: string | null;
  /** environment id (or `*`) → role, as in effect now. */
  bindings: Bindings;
  expiresAt: Date | null;
}

export const ANONYMOUS_ADMIN: Principal = Object.freeze({
  kind: 'anonymous',
  userId: null,
  username: 'anonymous',
  credentialId: null,
  via: 'none',
  tokenName: null,
  bindings: Object.freeze({ [ALL_ENVIRONMENTS]: 'ADMIN' as const }),
  expiresAt: null,
}) as Principal;

/** The actor as audit rows and revision authors name it: `alice`, `alice (token ci)`. */
export function actorName(p: Principal | undefined): string {
  if (!p) return 'anonymous';
  return p.kind === 'token' ? `${p.username} (token ${p.tokenName ?? p.credentialId ?? ''})` : p.username;
}

/** Facts about the HTTP request (or WebSocket upgrade) an operation came in on. */
export interface RequestInfo {
  ip: string;
  userAgent: string;
  /** The cookie-authenticated request carried the CSRF header (or is not cookie-authenticated). */
  csrfOk: boolean;
  transport: 'http' | 'ws';
  /** HTTP only: sets / clears the session cookie on the response. */
  setSessionCookie?(token: string, maxAgeMs: number): void;
  clearSessionCookie?(): void;
}
