import type { FieldError } from './field-error.js';

/*
 * The ingress block of a service spec (publication through the control plane's own proxy): the
 * listening port, the replicas' target port, routes by host and path prefix, TLS from a secret,
 * the active probe and the breaker. The server admits by these rules (app/service-spec.ts) and the
 * dashboard's form checks with them, so both report the same field with the same words. What
 * needs the store (the secret exists, a route another service holds) stays on the server.
 */

export type IngressAlgorithm = 'ROUND_ROBIN' | 'LEAST_CONNECTIONS';

export interface IngressRoute {
  /** `app.example.com`, or `*.example.com` (one or more labels); null: any host. Lower case. */
  host: string | null;
  /** Starts with `/`; matches itself and what lies below it (`/api` matches `/api/x`, not `/apix`). */
  pathPrefix: string;
}

export interface IngressProbe {
  path: string;
  intervalMs: number;
  timeoutMs: number;
  /** Successes in a row that bring a replica back. */
  healthyThreshold: number;
  /** Failures in a row (an answer other than 2xx/3xx, or none in time) that take it out. */
  unhealthyThreshold: number;
}

export interface IngressTls {
  /** A secret of the service's environment holding the PEM certificate (chain) and its private key. */
  secret: string;
}

export interface IngressProbeInput {
  path?: string | null;
  intervalMs?: number | null;
  timeoutMs?: number | null;
  healthyThreshold?: number | null;
  unhealthyThreshold?: number | null;
}

export interface IngressInput {
  port: number;
  targetPort?: number | null;
  algorithm?: IngressAlgorithm | null;
  failureThreshold?: number | null;
  resetTimeoutMs?: number | null;
  upstreamTimeoutMs?: number | null;
  routes?: readonly { host?: string | null; pathPrefix?: string | null }[] | null;
  tls?: { secret: string } | null;
  probe?: IngressProbeInput | null;
}

/** The ingress block as stored: the control plane listens on 127.0.0.1:port. */
export interface IngressBlock {
  port: number;
  /** Container port of the replicas; it must be published (in ports). */
  targetPort: number;
  algorithm: IngressAlgorithm;
  /** Circuit breaker per replica; null: the server's defaults (STEVEDORE_INGRESS_BREAKER_*). */
  failureThreshold: number | null;
  resetTimeoutMs: number | null;
  /** Per attempt; null: the server's default. */
  upstreamTimeoutMs: number | null;
  /**
   * Where on `port` requests reach this service (host and path prefix; longest prefix wins, an
   * exact host before a wildcard before any host). Absent or empty: every request to the port.
   * Services may share a port when their routes differ.
   */
  routes?: IngressRoute[];
  /** TLS termination on `port`; absent or null: plain HTTP. */
  tls?: IngressTls | null;
  /** Active health probe of every replica, beside the passive breaker; absent or null: none. */
  probe?: IngressProbe | null;
}

/** A secret's name (app/access/secrets.ts creates secrets by it). */
export const SECRET_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const PATH = /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/;

/** The route as stored: host lower case without a trailing dot, path prefix without a trailing `/` (but `/`). */
export function normalizeRoute(r: { host?: string | null; pathPrefix?: string | null }): IngressRoute {
  const host = r.host?.trim() ? r.host.trim().toLowerCase().replace(/\.$/, '') : null;
  let pathPrefix = r.pathPrefix?.trim() || '/';
  if (pathPrefix.length > 1) pathPrefix = pathPrefix.replace(/\/+$/, '') || '/';
  return { host, pathPrefix };
}

/** Why a route is malformed, or null. */
export function routeError(r: IngressRoute): { field: 'host' | 'pathPrefix'; reason: string } | null {
  if (r.host !== null && (r.host.length > 253 || !HOST.test(r.host)))
    return {
      field: 'host',
      reason: `"${r.host}" is not a host name like app.example.com or *.example.com`,
    };
  if (!PATH.test(r.pathPrefix) || r.pathPrefix.includes('//'))
    return {
      field: 'pathPrefix',
      reason: `"${r.pathPrefix}" must be a path starting with / (no //, no spaces)`,
    };
  return null;
}

export const describeRoute = (r: IngressRoute): string => `${r.host ?? '*any host*'}${r.pathPrefix}`;

export const MAX_ROUTES = 32;

/** Defaults as nginx plus's health_check (interval 5 s, fails 1, passes 1), a 2 s timeout (at most the interval). */
export const DEFAULT_INGRESS_PROBE: IngressProbe = {
  path: '/',
  intervalMs: 5000,
  timeoutMs: 2000,
  healthyThreshold: 1,
  unhealthyThreshold: 1,
};

/** The ranges of the ingress block's numbers, inclusive (the form's hints quote them). */
export const INGRESS_RANGES = {
  port: [1024, 65535],
  failureThreshold: [1, 1000],
  resetTimeoutMs: [100, 3_600_000],
  upstreamTimeoutMs: [100, 600_000],
  'probe.intervalMs': [100, 3_600_000],
  'probe.timeoutMs': [50, 60_000],
  'probe.healthyThreshold': [1, 100],
  'probe.unhealthyThreshold': [1, 100],
} as const satisfies Record<string, readonly [number, number]>;

const outOfRange = (v: number, [lo, hi]: readonly [number, number]) =>
  !Number.isInteger(v) || v < lo || v > hi ? `must be a whole number from ${lo} to ${hi} (got ${v})` : null;

/** Routes as stored (normalizeRoute), each well formed and given once. */
function ingressRoutes(input: NonNullable<IngressInput['routes']>, field: string, errors: FieldError[]) {
  if (input.length > MAX_ROUTES)
    errors.push({ field: `${field}.routes`, reason: `at most ${MAX_ROUTES} routes (got ${input.length})` });
  const seen = new Set<string>();
  return input.map((r, i) => {
    const route = normalizeRoute(r);
    const bad = routeError(route);
    if (bad) errors.push({ field: `${field}.routes[${i}].${bad.field}`, reason: bad.reason });
    const key = describeRoute(route);
    if (seen.has(key)) errors.push({ field: `${field}.routes[${i}]`, reason: `${key} is given twice` });
    seen.add(key);
    return route;
  });
}

function ingressProbe(input: IngressProbeInput, field: string, errors: FieldError[]): IngressProbe {
  const d = DEFAULT_INGRESS_PROBE;
  const p: IngressProbe = {
    path: input.path?.trim() || d.path,
    intervalMs: input.intervalMs ?? d.intervalMs,
    timeoutMs: input.timeoutMs ?? Math.min(d.timeoutMs, input.intervalMs ?? d.intervalMs),
    healthyThreshold: input.healthyThreshold ?? d.healthyThreshold,
    unhealthyThreshold: input.unhealthyThreshold ?? d.unhealthyThreshold,
  };
  if (!/^\/[^\s]*$/.test(p.path) || p.path.length > 1024)
    errors.push({
      field: `${field}.probe.path`,
      reason: `"${p.path}" must be a path starting with / (no spaces, at most 1024 characters)`,
    });
  for (const k of ['intervalMs', 'timeoutMs', 'healthyThreshold', 'unhealthyThreshold'] as const) {
    const reason = outOfRange(p[k], INGRESS_RANGES[`probe.${k}`]);
    if (reason) errors.push({ field: `${field}.probe.${k}`, reason });
  }
  if (Number.isInteger(p.timeoutMs) && Number.isInteger(p.intervalMs) && p.timeoutMs > p.intervalMs)
    errors.push({
      field: `${field}.probe.timeoutMs`,
      reason: `must not exceed intervalMs (${p.intervalMs}): a probe ends before the next one starts`,
    });
  return p;
}

/**
 * The ingress block: the port in range, the target port published by the spec's ports (default
 * the first TCP one), the breaker's numbers in range, routes well formed and not given twice, the
 * TLS secret's name, the probe's path and numbers (its timeout within its interval).
 */
export function checkIngress(
  input: IngressInput,
  ports: readonly { containerPort: number; protocol: string }[],
  field = 'ingress',
): { value: IngressBlock; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const tcp = (p: { protocol: string }) => p.protocol.toLowerCase() === 'tcp';
  const targetPort = input.targetPort ?? ports.find(tcp)?.containerPort ?? 0;
  const portReason = outOfRange(input.port, INGRESS_RANGES.port);
  if (portReason) errors.push({ field: `${field}.port`, reason: portReason });
  if (!ports.some((p) => p.containerPort === targetPort && tcp(p)))
    errors.push({
      field: `${field}.targetPort`,
      reason: targetPort
        ? `container port ${targetPort}/tcp is not published: add it to ports`
        : 'the service publishes no TCP port: add one to ports',
    });
  const opt = (k: 'failureThreshold' | 'resetTimeoutMs' | 'upstreamTimeoutMs') => {
    const v = input[k];
    if (v == null) return null;
    const reason = outOfRange(v, INGRESS_RANGES[k]);
    if (reason) errors.push({ field: `${field}.${k}`, reason });
    return v;
  };
  const failureThreshold = opt('failureThreshold');
  const resetTimeoutMs = opt('resetTimeoutMs');
  const upstreamTimeoutMs = opt('upstreamTimeoutMs');
  const routes = ingressRoutes(input.routes ?? [], field, errors);
  const tls = input.tls ? { secret: input.tls.secret } : null;
  if (tls && !SECRET_NAME.test(tls.secret))
    errors.push({ field: `${field}.tls.secret`, reason: `"${tls.secret}" is not a secret name` });
  const probe = input.probe ? ingressProbe(input.probe, field, errors) : null;
  return {
    value: {
      port: input.port,
      targetPort,
      algorithm: input.algorithm ?? 'ROUND_ROBIN',
      failureThreshold,
      resetTimeoutMs,
      upstreamTimeoutMs,
      // Only when used: ingress specs stored before these existed stay equal.
      ...(routes.length ? { routes } : {}),
      ...(tls ? { tls } : {}),
      ...(probe ? { probe } : {}),
    },
    errors,
  };
}
