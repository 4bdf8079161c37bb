import { isInteger, type Checked, type FieldError } from './field-error.js';

export type PortProtocol = 'tcp' | 'udp' | 'sctp';

/** A validated published port (the engine driver's PortSpec has the same shape). */
export interface PortSpec {
  containerPort: number;
  protocol: PortProtocol;
  /** 0 lets the engine pick a free port. */
  hostPort: number;
  hostIp: string;
}

export const DEFAULT_HOST_IP = '127.0.0.1';
export const PROTOCOLS: readonly PortProtocol[] = ['tcp', 'udp', 'sctp'];

export interface PortInput {
  containerPort: number;
  /** 0 or absent: the engine picks a free port. */
  hostPort?: number | null;
  /** Absent: 127.0.0.1 (never all interfaces unless asked for with 0.0.0.0 or ::). */
  hostIp?: string | null;
  /** tcp, udp or sctp, any case; absent: tcp. */
  protocol?: string | null;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HEXTET = /^[0-9a-fA-F]{1,4}$/;

/** IPv4 dotted quad, as node:net isIP reads it (no leading zeros). */
export const isIPv4 = (ip: string): boolean => IPV4.test(ip);

/** IPv6 text form: eight hextets, one "::" for a run of zeros, an IPv4 tail, a %zone. */
export function isIPv6(ip: string): boolean {
  const addr = ip.includes('%') ? ip.slice(0, ip.indexOf('%')) : ip;
  if (ip.endsWith('%')) return false;
  const halves = addr.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const all = halves.flatMap(groups);
  const last = all[all.length - 1];
  const v4Tail = last !== undefined && last.includes('.');
  if (v4Tail && !isIPv4(last)) return false;
  const hextets = v4Tail ? all.slice(0, -1) : all;
  if (!hextets.every((g) => HEXTET.test(g))) return false;
  const count = hextets.length + (v4Tail ? 2 : 0);
  return halves.length === 2 ? count < 8 : count === 8;
}

export function checkIpAddress(ip: string): string | null {
  return isIPv4(ip) || isIPv6(ip) ? null : `"${ip}" is not a valid IPv4 or IPv6 address`;
}

const isWildcard = (ip: string) => ip === '' || ip === '0.0.0.0' || ip === '::';

/**
 * Whether two host bindings claim the same socket: same protocol and port, and the same address
 * or one of them on all interfaces (0.0.0.0 or ::). Port 0 (engine picks) never collides.
 */
export function bindingsCollide(
  a: { hostIp: string; hostPort: number; protocol: string },
  b: { hostIp: string; hostPort: number; protocol: string },
): boolean {
  if (a.hostPort === 0 || b.hostPort === 0) return false;
  if (a.hostPort !== b.hostPort || a.protocol !== b.protocol) return false;
  return a.hostIp === b.hostIp || isWildcard(a.hostIp) || isWildcard(b.hostIp);
}

export const formatBinding = (p: { hostIp: string; hostPort: number; protocol: string }): string =>
  `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:${p.hostPort}/${p.protocol}`;

/** Validates published ports, normalizes defaults, and names collisions within the list by index. */
export function checkPorts(ports: readonly PortInput[], field = 'ports'): Checked<PortSpec[]> {
  const errors: FieldError[] = [];
  const value: PortSpec[] = [];
  const seen: { spec: PortSpec; index: number }[] = [];
  ports.forEach((p, i) => {
    const at = `${field}[${i}]`;
    let ok = true;
    if (!isInteger(p.containerPort) || p.containerPort < 1 || p.containerPort > 65535) {
      errors.push({
        field: `${at}.containerPort`,
        reason: `must be an integer between 1 and 65535 (got ${p.containerPort})`,
      });
      ok = false;
    }
    const hostPort = p.hostPort ?? 0;
    if (!isInteger(hostPort) || hostPort < 0 || hostPort > 65535) {
      errors.push({
        field: `${at}.hostPort`,
        reason: `must be an integer between 0 and 65535, 0 letting the engine pick (got ${hostPort})`,
      });
      ok = false;
    }
    const protocol = (p.protocol ?? 'tcp').toLowerCase();
    if (!PROTOCOLS.includes(protocol as PortProtocol)) {
      errors.push({ field: `${at}.protocol`, reason: `must be tcp, udp or sctp (got "${p.protocol}")` });
      ok = false;
    }
    const hostIp = p.hostIp ?? DEFAULT_HOST_IP;
    const ipErr = checkIpAddress(hostIp);
    if (ipErr) {
      errors.push({ field: `${at}.hostIp`, reason: ipErr });
      ok = false;
    }
    if (!ok) return;
    const spec: PortSpec = {
      containerPort: p.containerPort,
      hostPort,
      hostIp,
      protocol: protocol as PortProtocol,
    };
    const other = seen.find((q) => bindingsCollide(q.spec, spec));
    if (other)
      errors.push({
        field: `${at}.hostPort`,
        reason: `${formatBinding(spec)} is already published by ${field}[${other.index}] (${formatBinding(other.spec)})`,
      });
    seen.push({ spec, index: i });
    value.push(spec);
  });
  return { value, errors };
}
