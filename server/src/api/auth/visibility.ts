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
