/**
 * The network page's browser-side pieces: a network's replicas laid out per node (the node's slice
 * beside them), the health a replica's dot shows, and the replicas a connectivity check can start
 * from. Pure, so server/test/unit/web-networks.test.ts checks them.
 */

export interface EndpointLike {
  serviceName: string;
  taskId: string;
  slot: number;
  nodeId: string;
  nodeName: string;
  state: string;
  health: string;
  ip: string | null;
  inDns: boolean;
}

export interface NodeSliceLike {
  nodeId: string;
  nodeName: string;
  present: boolean;
  slice: string | null;
  error: string | null;
}

export interface NodeColumn<E extends EndpointLike> {
  nodeId: string;
  nodeName: string;
  /** The node's part of the network's subnet (null: not allocated yet). */
  slice: string | null;
  /** The network exists on the node's engine now. */
  present: boolean;
  error: string | null;
  /** The replicas there, service by service (by name), each service's by slot. */
  services: { name: string; replicas: E[] }[];
}

/** What a replica's dot says: its health when it has a check, else its task state. */
export function replicaStatus(e: Pick<EndpointLike, 'state' | 'health'>): string {
  return e.health && e.health !== 'NONE' ? e.health : e.state;
}

/**
 * One column per node: every node the network is on (or should be: a slice, an engine error) and
 * every node a replica runs on, by name; the replicas grouped by service.
 */
export function nodeColumns<E extends EndpointLike>(nodes: NodeSliceLike[], endpoints: E[]): NodeColumn<E>[] {
  const cols = new Map<string, NodeColumn<E>>();
  for (const n of nodes)
    cols.set(n.nodeId, {
      nodeId: n.nodeId,
      nodeName: n.nodeName,
      slice: n.slice,
      present: n.present,
      error: n.error,
      services: [],
    });
  for (const e of endpoints) {
    let col = cols.get(e.nodeId);
    if (!col) {
      col = {
        nodeId: e.nodeId,
        nodeName: e.nodeName,
        slice: null,
        present: false,
        error: null,
        services: [],
      };
      cols.set(e.nodeId, col);
    }
    let svc = col.services.find((s) => s.name === e.serviceName);
    if (!svc) {
      svc = { name: e.serviceName, replicas: [] };
      col.services.push(svc);
    }
    svc.replicas.push(e);
  }
  const out = [...cols.values()];
  for (const c of out) {
    c.services.sort((a, b) => a.name.localeCompare(b.name));
    for (const s of c.services) s.replicas.sort((a, b) => a.slot - b.slot);
  }
  return out.sort((a, b) => a.nodeName.localeCompare(b.nodeName));
}

export interface ReplicaChoice {
  /** The task id: checkConnectivity's fromContainer takes it. */
  value: string;
  label: string;
  service: string;
}

/** The running replicas a check can run from (one entry per task, over every network), by service and slot. */
export function replicaChoices(endpoints: EndpointLike[]): ReplicaChoice[] {
  const seen = new Map<string, ReplicaChoice & { slot: number }>();
  for (const e of endpoints) {
    if (e.state !== 'RUNNING' || seen.has(e.taskId)) continue;
    seen.set(e.taskId, {
      value: e.taskId,
      service: e.serviceName,
      slot: e.slot,
      label: `${e.serviceName} #${e.slot} on ${e.nodeName}${e.ip ? ` (${e.ip})` : ''}`,
    });
  }
  return [...seen.values()]
    .sort((a, b) => a.service.localeCompare(b.service) || a.slot - b.slot)
    .map(({ value, label, service }) => ({ value, label, service }));
}

/** The port a check to `service` defaults to: its first TCP container port. */
export function defaultPort(
  services: { name: string; spec: { ports: { containerPort: number; protocol: string }[] } }[],
  service: string,
): number | null {
  const s = services.find((x) => x.name === service);
  return s?.spec.ports.find((p) => p.protocol.toUpperCase() === 'TCP')?.containerPort ?? null;
}

/** The port field's value as a number, or why it is not one (the server says the same). */
export function parsePort(v: string): { port: number } | { error: string } {
  const n = Number(v.trim());
  if (!v.trim() || !Number.isInteger(n) || n < 1 || n > 65535)
    return { error: 'Port must be a whole number from 1 to 65535.' };
  return { port: n };
}
