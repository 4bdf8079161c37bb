import { ALL_ENVIRONMENTS, environmentsWith, type Role } from '../../domain/auth/roles.js';
import type { Context } from '../context.js';
import { ANONYMOUS_ADMIN, type Principal } from '../../app/access/principal.js';

/** The principal in effect: the caller's, or the anonymous ADMIN when access control is off. */
export function principalOf(ctx: Context): Principal {
  if (ctx.principal) return ctx.principal;
  return ctx.core.config.auth.enabled ? { ...ANONYMOUS_ADMIN, bindings: {} } : ANONYMOUS_ADMIN;
}

/** Environments where the caller holds `need`; null means all of them (or access control is off). */
export function visibleEnvironments(ctx: Context, need: Role): Set<string> | null {
  if (!ctx.core.config.auth.enabled) return null;
  const all = ctx.core.environments.ids();
  const ok = environmentsWith(principalOf(ctx).bindings, all, need);
  return ok.length === all.length ? null : new Set(ok);
}

/** The roles in effect, as the API lists them (a `*` binding first). */
export function rolesOf(bindings: Readonly<Record<string, Role>>): { environment: string; role: Role }[] {
  return Object.entries(bindings)
    .sort(([a], [b]) => (a === ALL_ENVIRONMENTS ? -1 : b === ALL_ENVIRONMENTS ? 1 : a.localeCompare(b)))
    .map(([environment, role]) => ({ environment, role }));
}

/** Whether the caller may see an item, by its cluster, service or node (each answer kept per id). */
export interface Scope {
  cluster(id: string | null | undefined): boolean;
  service(id: string): boolean;
  node(id: string): boolean;
}

/** The scope of these visible environments. */
export function scopeOf(ctx: Context, visible: Set<string>): Scope {
  const envs = ctx.core.environments;
  const cache = new Map<string, boolean>();
  const memo = (key: string, f: () => boolean) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = f()));
    return v;
  };
  return {
    cluster: (c) => !!c && memo(`c:${c}`, () => visible.has(envs.ofCluster(c))),
    service: (id) => memo(`s:${id}`, () => visible.has(envs.ofService(id) ?? '')),
    node: (id) => memo(`n:${id}`, () => visible.has(envs.ofNode(id) ?? '')),
  };
}

/**
 * What a paged list may show the caller (its VIEWER environments): null, everything. A connection
 * cuts its list with it before paging, so pages and totalCount count only what the caller sees.
 */
export function visibleScope(ctx: Context, need: Role = 'VIEWER'): Scope | null {
  const visible = visibleEnvironments(ctx, need);
  return visible ? scopeOf(ctx, visible) : null;
}
