import { describeRoute } from '@stevedore/spec-rules';
import type { IngressRoute, IngressSpec } from './service.js';

// The route rules shared with the dashboard's form.
export { describeRoute, normalizeRoute, routeError } from '@stevedore/spec-rules';

/*
 * The ingress route table, as Traefik's Host + PathPrefix rules and nginx's server_name +
 * location prefixes: several services may share one ingress port, each claiming hosts and path
 * prefixes. A request goes to the route whose host matches best (exact, then the longest
 * wildcard `*.example.com`, then a route for any host) and, among those, the longest path prefix
 * (on segment boundaries: `/api` takes `/api` and `/api/x`, never `/apix`). Pure: the listener
 * (control/ingress/listener.ts) matches with it, admission refuses conflicts with it.
 */

/** A spec without routes takes every request to its port. */
export const CATCH_ALL: IngressRoute = { host: null, pathPrefix: '/' };

export const routesOf = (spec: Pick<IngressSpec, 'routes'>): IngressRoute[] =>
  spec.routes?.length ? spec.routes : [CATCH_ALL];

const sameRoute = (a: IngressRoute, b: IngressRoute) => a.host === b.host && a.pathPrefix === b.pathPrefix;

/** How well `pattern` matches `host`: -1 no match, 0 any host, 1 + labels matched by a wildcard, 1000 exact. */
export function hostScore(pattern: string | null, host: string): number {
  if (pattern === null) return 0;
  if (pattern === host) return 1000;
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    if (host.endsWith(suffix) && host.length > suffix.length) return 1 + suffix.split('.').length;
  }
  return -1;
}

/** Whether `prefix` covers `path` on segment boundaries. */
export function pathMatches(prefix: string, path: string): boolean {
  if (prefix === '/') return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || next === '/';
}

/** The host a request names (Host header or TLS server name), lower case, without port. */
export function requestHost(hostHeader: string | undefined): string {
  const h = (hostHeader ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d+$/, '').replace(/\.$/, '');
}

export interface RouteEntry<T> {
  route: IngressRoute;
  target: T;
}

/** The best route for host + path, or null (the listener answers 404). */
export function matchRoute<T>(
  table: readonly RouteEntry<T>[],
  host: string,
  path: string,
): RouteEntry<T> | null {
  let best: RouteEntry<T> | null = null;
  let bestHost = -1;
  const p = path.split('?')[0] || '/';
  for (const e of table) {
    const hs = hostScore(e.route.host, host);
    if (hs < 0 || !pathMatches(e.route.pathPrefix, p)) continue;
    if (
      !best ||
      hs > bestHost ||
      (hs === bestHost && e.route.pathPrefix.length > best.route.pathPrefix.length)
    ) {
      best = e;
      bestHost = hs;
    }
  }
  return best;
}

/** Another service's ingress, as the conflict check sees it. */
export interface PublishedIngress {
  serviceName: string;
  ingress: Pick<IngressSpec, 'port' | 'routes' | 'tls'>;
}

/**
 * Why `spec` cannot share its port with the services already published there, or null: a route
 * (host + path prefix) another service claims on that port, or TLS on one and plain HTTP on the
 * other (one listener serves one or the other).
 */
export function routeConflict(
  spec: Pick<IngressSpec, 'port' | 'routes' | 'tls'>,
  others: readonly PublishedIngress[],
): { field: string; reason: string } | null {
  const mine = routesOf(spec);
  for (const o of others) {
    if (o.ingress.port !== spec.port) continue;
    for (let i = 0; i < mine.length; i++) {
      const theirs = routesOf(o.ingress).find((r) => sameRoute(r, mine[i]!));
      if (theirs)
        return {
          field: spec.routes?.length ? `ingress.routes[${i}]` : 'ingress.routes',
          reason: `port ${spec.port} already routes ${describeRoute(theirs)} to service ${o.serviceName}: choose another host or path prefix (or another port)`,
        };
    }
    if (!!o.ingress.tls !== !!spec.tls)
      return {
        field: 'ingress.tls',
        reason: `port ${spec.port} is ${o.ingress.tls ? 'TLS' : 'plain HTTP'} for service ${o.serviceName}: every service on one port must ${o.ingress.tls ? 'have' : 'leave out'} tls`,
      };
  }
  return null;
}
