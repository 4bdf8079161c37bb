/**
 * Roles, per user per environment. A higher role includes the lower ones: an OPERATOR may do
 * what a VIEWER may, an ADMIN what an OPERATOR may. A binding to `*` applies to every environment.
 */
export const Role = { VIEWER: 'VIEWER', OPERATOR: 'OPERATOR', ADMIN: 'ADMIN' } as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = ['VIEWER', 'OPERATOR', 'ADMIN'];

/** The environment id a binding uses to mean "every environment". */
export const ALL_ENVIRONMENTS = '*';

const RANK: Record<Role, number> = { VIEWER: 1, OPERATOR: 2, ADMIN: 3 };

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && v in RANK;
}

export function atLeast(have: Role | null | undefined, need: Role): boolean {
  return !!have && RANK[have] >= RANK[need];
}

/** The lower of two roles (null when either is null). */
export function minRole(a: Role | null | undefined, b: Role | null | undefined): Role | null {
  if (!a || !b) return null;
  return RANK[a] <= RANK[b] ? a : b;
}

export function maxRole(a: Role | null | undefined, b: Role | null | undefined): Role | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** environment id (or `*`) → role. */
export type Bindings = Readonly<Record<string, Role>>;

/** The role held in one environment: its own binding or the `*` one, whichever is higher. */
export function roleIn(bindings: Bindings, env: string): Role | null {
  return maxRole(bindings[env], bindings[ALL_ENVIRONMENTS]);
}

/** The role held in every one of `envs` (the lowest of them); with `*` bound, at least that. */
export function roleEverywhere(bindings: Bindings, envs: readonly string[]): Role | null {
  let r: Role | null = envs.length ? ROLES[ROLES.length - 1]! : (bindings[ALL_ENVIRONMENTS] ?? null);
  for (const e of envs) r = minRole(r, roleIn(bindings, e));
  return r;
}

/** The highest role held anywhere. */
export function roleAnywhere(bindings: Bindings): Role | null {
  return Object.values(bindings).reduce<Role | null>((a, b) => maxRole(a, b), null);
}

/** Environments (of `envs`) where at least `need` is held. */
export function environmentsWith(bindings: Bindings, envs: readonly string[], need: Role): string[] {
  return envs.filter((e) => atLeast(roleIn(bindings, e), need));
}

/**
 * What a token may do: its own role capped by its owner's role, in the environments it is
 * scoped to (`*` for all). Owner bindings change → the token's power follows at once.
 */
export function tokenBindings(
  owner: Bindings,
  tokenRole: Role,
  scope: readonly string[],
  envs: readonly string[],
): Record<string, Role> {
  const out: Record<string, Role> = {};
  const everywhere = scope.includes(ALL_ENVIRONMENTS);
  // A token for every environment keeps the `*` form: environments made later are covered too.
  const star = everywhere ? minRole(tokenRole, owner[ALL_ENVIRONMENTS]) : null;
  if (star) out[ALL_ENVIRONMENTS] = star;
  for (const e of everywhere ? envs : scope) {
    const r = minRole(tokenRole, roleIn(owner, e));
    if (r && !atLeast(star, r)) out[e] = r;
  }
  return out;
}
