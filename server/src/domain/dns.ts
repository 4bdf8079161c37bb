/*
 * Service discovery names (pure): the table the cluster resolver answers from, built from the
 * control plane's view of healthy replicas, and the lookups it makes in it.
 *
 *   SERVICE        every healthy replica's address on the service's first network (round robin:
 *                  the resolver rotates the list on each answer, TTL 0)
 *   SLOT.SERVICE   the one healthy replica of that slot (e.g. `2.db`), for stateful patterns; a
 *                  GLOBAL service's by node name instead (`n3.agent`)
 *   TASK.SLOT.SERVICE  one task by its id, or a prefix of it unique in its slot (`3f2a.2.db`,
 *                  Swarm's `<service>.<slot>.<task id>` turned round, the most specific label
 *                  first as DNS has it): that one replica while it is healthy, even an old
 *                  revision's during a rollout, when SLOT.SERVICE already answers the new one
 */

/** One healthy replica as the table is built from it. */
export interface ReplicaAddress {
  serviceName: string;
  /** The slot; a GLOBAL service's tasks have none of their own: their node's name (as Swarm names them). */
  slot: number | string;
  taskId: string;
  revision: number;
  /** The replica runs the service's current revision (preferred for its slot during a rollout). */
  current: boolean;
  /** Its address on the service's first network. */
  ip: string;
}

/** Name (lower case, no trailing dot) → addresses. A known service with no healthy replica maps to []. */
export type DnsNames = Record<string, string[]>;

export interface DnsTable {
  /** Bumped by the feeder on each change; a resolver never goes back to an older one. */
  version: number;
  generatedAt: string;
  names: DnsNames;
}

const byIp = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};

/** The names of `services` (every one gets an entry, empty when it has no healthy replica). */
export function buildNames(services: readonly string[], replicas: readonly ReplicaAddress[]): DnsNames {
  const names: DnsNames = {};
  for (const s of services) names[s.toLowerCase()] = [];
  const slots = new Map<string, ReplicaAddress>();
  for (const r of replicas) {
    const svc = r.serviceName.toLowerCase();
    const all = (names[svc] ??= []);
    if (!all.includes(r.ip)) all.push(r.ip);
    const key = `${String(r.slot).toLowerCase()}.${svc}`;
    const held = slots.get(key);
    // One replica per slot: the current revision's, then the newest revision's.
    if (!held || (r.current && !held.current) || (r.current === held.current && r.revision > held.revision))
      slots.set(key, r);
  }
  for (const list of Object.values(names)) list.sort(byIp);
  for (const [key, r] of slots) names[key] = [r.ip];
  for (const r of replicas)
    names[`${r.taskId.toLowerCase()}.${String(r.slot).toLowerCase()}.${r.serviceName.toLowerCase()}`] = [
      r.ip,
    ];
  return names;
}

/** What the resolver does with a name: answer these addresses, deny it, or ask upstream. */
export type Lookup = { ips: string[] } | 'nxdomain' | 'forward';

/**
 * Looks a normalized name up: exact names first, then TASK.SLOT.SERVICE by a prefix of the task
 * id (the only task of that slot and service whose id starts so). A name under a known service
 * (`x.db`, `x.2.db` without such a replica) is ours to deny; anything else goes upstream.
 */
export function lookupName(names: DnsNames, name: string): Lookup {
  const exact = names[name];
  if (exact) return { ips: exact };
  const labels = name.split('.');
  if (labels.length < 2) return 'forward';
  const service = labels[labels.length - 1]!;
  if (!names[service]) return 'forward';
  if (labels.length === 3 && labels[0]) {
    const tail = `.${labels[1]}.${service}`;
    const hits = Object.keys(names).filter(
      (k) =>
        k.endsWith(tail) &&
        k.length > tail.length &&
        k.startsWith(labels[0]!) &&
        !k.slice(0, -tail.length).includes('.'),
    );
    if (hits.length === 1) return { ips: names[hits[0]!]! };
  }
  return 'nxdomain';
}

/** A query name as the table keys it: lower case, without the root dot. */
export function normalizeName(qname: string): string {
  return qname.replace(/\.$/, '').toLowerCase();
}

/** `list` rotated left by `n` (round robin over answers). */
export function rotate<T>(list: readonly T[], n: number): T[] {
  if (list.length < 2) return [...list];
  const k = ((n % list.length) + list.length) % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/** True when the two name tables answer the same (order of keys aside). */
export function sameNames(a: DnsNames, b: DnsNames): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const x = a[k]!;
    const y = b[k];
    return !!y && x.length === y.length && x.every((v, i) => v === y[i]);
  });
}

/** Reads a table sent over the feed; a string says what is wrong with it. */
export function parseTable(v: unknown): DnsTable | string {
  if (!v || typeof v !== 'object') return 'the table is not an object';
  const t = v as Partial<DnsTable>;
  if (typeof t.version !== 'number' || !Number.isSafeInteger(t.version) || t.version < 0)
    return 'version must be a non-negative integer';
  if (!t.names || typeof t.names !== 'object') return 'names must be an object';
  for (const [k, ips] of Object.entries(t.names)) {
    if (!Array.isArray(ips) || ips.some((ip) => typeof ip !== 'string' || !/^\d+\.\d+\.\d+\.\d+$/.test(ip)))
      return `names.${k} must be a list of IPv4 addresses`;
  }
  return { version: t.version, generatedAt: String(t.generatedAt ?? ''), names: t.names };
}
