// Shared by server components (the layout asks who is signed in) and the browser (login, logout,
// refresh): plain fetches, no urql, so it works before any client exists. No 'use client' here.
import { print } from 'graphql';
import { LoginMutation, LogoutMutation, SessionEnvironmentsQuery, SessionQuery } from '@/graphql/session';

/** VIEWER reads; OPERATOR also deploys and changes; ADMIN also manages nodes, users, quotas. */
export type Role = 'VIEWER' | 'OPERATOR' | 'ADMIN';

export const ROLES: readonly Role[] = ['VIEWER', 'OPERATOR', 'ADMIN'];
const RANK: Record<Role, number> = { VIEWER: 1, OPERATOR: 2, ADMIN: 3 };

/** The environment id a role binding uses to mean "every environment". */
export const ALL_ENVIRONMENTS = '*';

/** Header every dashboard request carries; the server wants it on cookie-authenticated mutations. */
export const CSRF_HEADER = 'x-stevedore-csrf';

export function roleAtLeast(have: Role | null | undefined, need: Role): boolean {
  return !!have && RANK[have] >= RANK[need];
}

export function maxRole(a: Role | null | undefined, b: Role | null | undefined): Role | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

export function minRole(a: Role | null | undefined, b: Role | null | undefined): Role | null {
  if (!a || !b) return null;
  return RANK[a] <= RANK[b] ? a : b;
}

/** The caller, as the server's `me` reports it. */
export interface Me {
  userId: string | null;
  username: string;
  /** user (session), token, or anonymous (STEVEDORE_AUTH=off) */
  kind: string;
  tokenName: string | null;
  /** Roles in effect, per environment id (`*` = every environment). */
  roles: { environment: string; role: Role }[];
  expiresAt: string | null;
  authEnabled: boolean;
}

/** An environment the caller can see, with the clusters in it. */
export interface EnvironmentInfo {
  id: string;
  name: string;
  clusterIds: string[];
}

/** What the dashboard knows about the caller: `me` null = not signed in. */
export interface Session {
  me: Me | null;
  /** Whether the server enforces access control (unknown when it did not answer: assume on). */
  authEnabled: boolean;
  environments: EnvironmentInfo[];
  /** Set when the API could not be asked (down, network): the page still renders. */
  error: string | null;
}

export const SESSION_QUERY = print(SessionQuery);
const ENVIRONMENTS_QUERY = print(SessionEnvironmentsQuery);
const LOGIN_MUTATION = print(LoginMutation);
const LOGOUT_MUTATION = print(LogoutMutation);

interface GqlError {
  message: string;
  extensions?: { code?: string; [k: string]: unknown };
}
interface GqlBody<T> {
  data?: T | null;
  errors?: GqlError[];
}

export const isUnauthenticated = (errors: readonly { extensions?: unknown }[] | undefined): boolean =>
  !!errors?.some((e) => (e.extensions as { code?: unknown } | undefined)?.code === 'UNAUTHENTICATED');

/**
 * One GraphQL request with the dashboard's credentials: in the browser the session cookie
 * (credentials 'include'), on the server the incoming request's cookie header passed in.
 */
export async function gqlRequest<T>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { cookie?: string | null; timeoutMs?: number } = {},
): Promise<GqlBody<T>> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), opts.timeoutMs ?? 10_000);
  try {
    const res = await fetch(apiUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CSRF_HEADER]: '1',
        ...(opts.cookie ? { cookie: opts.cookie } : {}),
      },
      credentials: 'include',
      cache: 'no-store',
      body: JSON.stringify({ query, variables }),
      signal: ctrl.signal,
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as GqlBody<T>;
    } catch {
      return { errors: [{ message: `the API answered ${res.status}: ${text.slice(0, 200)}` }] };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Who the caller is and which environments they see; never throws. */
export async function fetchSession(apiUrl: string, cookie?: string | null): Promise<Session> {
  try {
    // Both at once (one round trip of latency); a user without any role may not list
    // environments: their roles are shown, nothing else.
    const [me, envs] = await Promise.all([
      gqlRequest<{ me: Me | null }>(apiUrl, SESSION_QUERY, {}, { cookie }),
      gqlRequest<{ environments: EnvironmentInfo[] }>(apiUrl, ENVIRONMENTS_QUERY, {}, { cookie }).catch(
        () => ({ data: null }) as GqlBody<{ environments: EnvironmentInfo[] }>,
      ),
    ]);
    if (isUnauthenticated(me.errors) || (me.data && !me.data.me))
      return { me: null, authEnabled: true, environments: [], error: null };
    const m = me.data?.me ?? null;
    if (!m)
      return {
        me: null,
        authEnabled: true,
        environments: [],
        error: me.errors?.map((e) => e.message).join('; ') || 'no answer',
      };
    return { me: m, authEnabled: m.authEnabled, environments: envs.data?.environments ?? [], error: null };
  } catch (e) {
    return { me: null, authEnabled: true, environments: [], error: (e as Error).message };
  }
}

export interface LoginOutcome {
  me: Me | null;
  error: string | null;
}

/** Signs in (the server sets the http-only session cookie); wrong credentials → error text. */
export async function loginRequest(
  apiUrl: string,
  username: string,
  password: string,
): Promise<LoginOutcome> {
  try {
    const r = await gqlRequest<{ login: { me: Me } }>(apiUrl, LOGIN_MUTATION, { username, password });
    if (r.data?.login) return { me: r.data.login.me, error: null };
    return { me: null, error: r.errors?.map((e) => e.message).join('; ') || 'sign-in failed' };
  } catch (e) {
    return { me: null, error: `The API did not answer (${(e as Error).message}).` };
  }
}

/** Ends the session (clears the cookie); never throws. */
export async function logoutRequest(apiUrl: string): Promise<void> {
  try {
    await gqlRequest(apiUrl, LOGOUT_MUTATION);
  } catch {
    // Signed out or unreachable: the login page is where we go either way.
  }
}

/** Only same-origin paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}

/** Where an unauthenticated visit of `path` is sent. */
export function loginUrl(path: string | null | undefined): string {
  const next = safeNext(path);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
