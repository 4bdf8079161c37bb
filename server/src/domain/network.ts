import { checkLabelKey, checkName, type FieldError } from '@stevedore/spec-rules';

/**
 * A cluster network: the desired state, stored once per cluster and created, with the same
 * name and subnet, on every node of the cluster. Each node's bridge hands out addresses from its
 * own slice of the subnet, and the nodes route the slices to each other (network-fabric.ts):
 * replicas reach each other by address across nodes, with no overlay and no NAT.
 */
export const NetworkDriver = { BRIDGE: 'BRIDGE', INTERNAL: 'INTERNAL' } as const;
export type NetworkDriver = (typeof NetworkDriver)[keyof typeof NetworkDriver];

export interface Network {
  id: string;
  clusterId: string;
  name: string;
  /** BRIDGE: a bridge with outside access; INTERNAL: a bridge without (Docker's --internal). */
  driver: NetworkDriver;
  /** IPv4 CIDR, e.g. 10.240.3.0/24. */
  subnet: string;
  gateway: string;
  labels: Record<string, string>;
  createdAt: Date;
}

export interface Cidr {
  /** Network address as an unsigned 32-bit number. */
  base: number;
  prefix: number;
}

export function parseIpv4(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s.trim());
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

export function formatIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

const mask = (prefix: number) => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

/** "10.240.3.0/24" → { base, prefix }; the address must be the network address (no host bits). */
export function parseCidr(s: string): Cidr | string {
  const m = /^([0-9.]+)\/(\d{1,2})$/.exec(s.trim());
  if (!m) return `"${s}" is not an IPv4 CIDR like 10.240.3.0/24`;
  const ip = parseIpv4(m[1]!);
  const prefix = Number(m[2]);
  if (ip === null) return `"${m[1]}" is not an IPv4 address`;
  if (prefix < 8 || prefix > 29) return `prefix /${prefix} must be from /8 to /29`;
  if ((ip & mask(prefix)) >>> 0 !== ip)
    return `"${s}" has host bits set; the network address is ${formatIpv4((ip & mask(prefix)) >>> 0)}/${prefix}`;
  return { base: ip, prefix };
}

/** As parseCidr, but host bits are masked off (engines report subnets like 10.213.1.1/24). */
export function parseCidrLoose(s: string): Cidr | null {
  const m = /^([0-9.]+)\/(\d{1,2})$/.exec(s.trim());
  const ip = m ? parseIpv4(m[1]!) : null;
  if (!m || ip === null || Number(m[2]) > 32) return null;
  const prefix = Number(m[2]);
  return { base: (ip & mask(prefix)) >>> 0, prefix };
}

export const cidrText = (c: Cidr) => `${formatIpv4(c.base)}/${c.prefix}`;
export const cidrSize = (c: Cidr) => 2 ** (32 - c.prefix);

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  const p = Math.min(a.prefix, b.prefix);
  return (a.base & mask(p)) >>> 0 === (b.base & mask(p)) >>> 0;
}

export function cidrContains(c: Cidr, ip: number): boolean {
  return (ip & mask(c.prefix)) >>> 0 === c.base;
}

/** The first usable address (Docker's default gateway). */
export const defaultGateway = (c: Cidr) => formatIpv4(c.base + 1);

/**
 * The first /`prefix` block of `pool` that overlaps none of `taken` (nor `reserved`, subnets the
 * engines already use for their own bridges), or null when the pool is full.
 */
export function allocateSubnet(pool: Cidr, prefix: number, taken: readonly Cidr[]): Cidr | null {
  if (prefix < pool.prefix) return null;
  const step = 2 ** (32 - prefix);
  const end = pool.base + cidrSize(pool);
  for (let base = pool.base; base < end; base += step) {
    const c = { base, prefix };
    if (!taken.some((t) => cidrsOverlap(t, c))) return c;
  }
  return null;
}

export interface NetworkInput {
  name: string;
  driver?: NetworkDriver | null;
  subnet?: string | null;
  gateway?: string | null;
  labels?: Record<string, string> | null;
}

export interface CheckedNetwork {
  name: string;
  driver: NetworkDriver;
  subnet: Cidr | null;
  gateway: string | null;
  labels: Record<string, string>;
}

/** Names the engines keep for themselves: a cluster network may not take them. */
const RESERVED = new Set(['bridge', 'host', 'none', 'default', 'ingress', 'docker_gwbridge']);

/**
 * Validates a network against the cluster's existing ones (`existing`, with their subnets) and the
 * subnets the engines reserve (`reserved`). A subnet overlapping any of them is refused naming it.
 */
export function checkNetwork(
  input: NetworkInput,
  existing: readonly { name: string; subnet: string }[],
  reserved: readonly { name: string; subnet: string }[] = [],
): { value: CheckedNetwork; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const nameErr = checkName(input.name);
  if (nameErr) errors.push({ field: 'name', reason: nameErr });
  else if (RESERVED.has(input.name.toLowerCase()))
    errors.push({ field: 'name', reason: `"${input.name}" is reserved by the engine` });
  else if (existing.some((n) => n.name === input.name))
    errors.push({ field: 'name', reason: `a network named "${input.name}" already exists in this cluster` });
  for (const k of Object.keys(input.labels ?? {})) {
    const err = checkLabelKey(k);
    if (err) errors.push({ field: 'labels', reason: err });
  }
  let subnet: Cidr | null = null;
  if (input.subnet != null && input.subnet !== '') {
    const c = parseCidr(input.subnet);
    if (typeof c === 'string') errors.push({ field: 'subnet', reason: c });
    else {
      subnet = c;
      for (const other of [...existing, ...reserved]) {
        const o = parseCidrLoose(other.subnet);
        if (o && cidrsOverlap(c, o)) {
          errors.push({
            field: 'subnet',
            reason: `${cidrText(c)} overlaps ${other.subnet} of network "${other.name}"`,
          });
          break;
        }
      }
    }
  }
  let gateway: string | null = null;
  if (input.gateway != null && input.gateway !== '') {
    const ip = parseIpv4(input.gateway);
    if (ip === null) errors.push({ field: 'gateway', reason: `"${input.gateway}" is not an IPv4 address` });
    else if (!subnet) errors.push({ field: 'gateway', reason: 'a gateway needs a subnet' });
    else if (!cidrContains(subnet, ip) || ip === subnet.base || ip === subnet.base + cidrSize(subnet) - 1)
      errors.push({
        field: 'gateway',
        reason: `${input.gateway} is not a host address of ${cidrText(subnet)}`,
      });
    else gateway = input.gateway;
  }
  return {
    value: {
      name: input.name,
      driver: input.driver ?? 'BRIDGE',
      subnet,
      gateway,
      labels: input.labels ?? {},
    },
    errors,
  };
}
