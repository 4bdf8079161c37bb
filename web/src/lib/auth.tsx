'use client';
/**
 * Who is signed in to the dashboard and what they may do.
 *
 * The root layout asks the API (`me` and `environments`, with the request's cookie) and hands
 * the answer to <AuthProvider>; every client component below reads it with `useMe()`:
 *
 * ```tsx
 * const auth = useMe();
 * auth.me;                                  // Me | null (null: not signed in)
 * auth.can('OPERATOR', 'default');        // OPERATOR (or more) in environment id or name `default`
 * auth.canInCluster('OPERATOR', service.clusterId); // in the environment of that cluster
 * auth.can('ADMIN');                        // ADMIN in at least one environment
 * auth.can('ADMIN', '*');                   // ADMIN in every environment
 * auth.isAdmin;                             // === auth.can('ADMIN')
 * await auth.refresh();                     // re-read me + environments (after changing roles)
 * await auth.logout();                      // ends the session, goes to /login
 * <Can role="OPERATOR" clusterId={s.clusterId}><button>Scale</button></Can>
 * ```
 *
 * Roles are VIEWER < OPERATOR < ADMIN per environment id; a binding to `*` counts in every
 * environment. With STEVEDORE_AUTH=off the caller is an anonymous ADMIN of `*`, so everything is
 * allowed. This only decides what the UI shows: the server checks every operation again.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { browserApiUrl } from './config';
import { leavePage } from './leave';
import {
  ALL_ENVIRONMENTS,
  fetchSession,
  logoutRequest,
  maxRole,
  minRole,
  roleAtLeast,
  type EnvironmentInfo,
  type Me,
  type Role,
  type Session,
} from './session';

export type { EnvironmentInfo, Me, Role, Session } from './session';
export { ALL_ENVIRONMENTS, ROLES, roleAtLeast } from './session';

export interface Auth {
  /** The caller; null when not signed in (access control on). */
  me: Me | null;
  /** Signed in (or access control off, where everyone is an anonymous ADMIN). */
  signedIn: boolean;
  /** Whether the server enforces access control (STEVEDORE_AUTH=on). */
  authEnabled: boolean;
  /** Environments the caller can see, with their cluster ids. */
  environments: EnvironmentInfo[];
  /**
   * The role held in an environment (id or name): its own binding or the `*` one, whichever is
   * higher. No environment: the highest role held anywhere. `*`: the role held in every one.
   */
  roleIn(environment?: string | null): Role | null;
  /** roleIn(environment) is at least `role` (same meaning of a missing environment and `*`). */
  can(role: Role, environment?: string | null): boolean;
  /** can(role) in the environment of a cluster; an unknown or missing cluster: anywhere. */
  canInCluster(role: Role, clusterId?: string | null): boolean;
  /** The environment a cluster belongs to, when the caller can see it. */
  environmentOf(clusterId: string | null | undefined): EnvironmentInfo | null;
  /** ADMIN in at least one environment. */
  isAdmin: boolean;
  /** ADMIN in every environment (users, tokens of everyone, new environments). */
  isGlobalAdmin: boolean;
  /** Re-reads me and the environments from the API. */
  refresh(): Promise<void>;
  /** Ends the session and loads /login (a full load: the live connection starts over). */
  logout(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

function buildAuth(session: Session, refresh: () => Promise<void>, logout: () => Promise<void>): Auth {
  const me = session.me;
  const bindings = new Map<string, Role>();
  for (const r of me?.roles ?? []) bindings.set(r.environment, maxRole(bindings.get(r.environment), r.role)!);
  const envs = session.environments;
  const idOf = (ref: string): string => envs.find((e) => e.id === ref || e.name === ref)?.id ?? ref;
  const star = bindings.get(ALL_ENVIRONMENTS) ?? null;

  const roleIn = (environment?: string | null): Role | null => {
    if (!me) return null;
    if (environment === undefined || environment === null || environment === '') {
      let best: Role | null = null;
      for (const r of bindings.values()) best = maxRole(best, r);
      return best;
    }
    if (environment === ALL_ENVIRONMENTS) {
      // The lowest role over every known environment, never below the `*` binding.
      if (!envs.length) return star;
      let low: Role | null = 'ADMIN';
      for (const e of envs) low = minRole(low, maxRole(bindings.get(e.id), star));
      return maxRole(low, star);
    }
    return maxRole(bindings.get(idOf(environment)), star);
  };
  const can = (role: Role, environment?: string | null) => roleAtLeast(roleIn(environment), role);
  const environmentOf = (clusterId: string | null | undefined) =>
    clusterId ? (envs.find((e) => e.clusterIds.includes(clusterId)) ?? null) : null;
  const canInCluster = (role: Role, clusterId?: string | null) =>
    can(role, environmentOf(clusterId)?.id ?? undefined);

  return {
    me,
    signedIn: !!me,
    authEnabled: session.authEnabled,
    environments: envs,
    roleIn,
    can,
    canInCluster,
    environmentOf,
    isAdmin: can('ADMIN'),
    isGlobalAdmin: can('ADMIN', ALL_ENVIRONMENTS),
    refresh,
    logout,
  };
}

/** Holds the session the layout read on the server; `refresh` re-reads it in the browser. */
export function AuthProvider({
  apiUrl,
  initial,
  children,
}: {
  apiUrl: string;
  initial: Session;
  children: ReactNode;
}) {
  const [session, setSession] = useState<Session>(initial);
  const refresh = useCallback(async () => {
    const s = await fetchSession(browserApiUrl(apiUrl));
    if (!s.error) setSession(s);
  }, [apiUrl]);
  // Queries and the socket refused once the session ends must not start a second navigation.
  const logout = useCallback(() => leavePage('/login', () => logoutRequest(browserApiUrl(apiUrl))), [apiUrl]);
  const value = useMemo(() => buildAuth(session, refresh, logout), [session, refresh, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

const NOBODY: Auth = buildAuth(
  { me: null, authEnabled: true, environments: [], error: null },
  async () => undefined,
  async () => undefined,
);

/** The signed-in caller and role checks; outside <AuthProvider> nobody is signed in. */
export function useMe(): Auth {
  return useContext(AuthContext) ?? NOBODY;
}

/**
 * Renders children only when the caller holds `role` (in `environment`, or in the environment of
 * `clusterId`; neither: anywhere), else `fallback` (default nothing).
 */
export function Can({
  role,
  environment,
  clusterId,
  fallback = null,
  children,
}: {
  role: Role;
  environment?: string | null;
  clusterId?: string | null;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  const auth = useMe();
  const ok = clusterId !== undefined ? auth.canInCluster(role, clusterId) : auth.can(role, environment);
  return <>{ok ? children : fallback}</>;
}
