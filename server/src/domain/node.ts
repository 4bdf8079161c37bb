import type { Resources } from './resources.js';

/** Observed liveness of a node's engine, kept current by the heartbeat loop. */
export const NodeStatus = { READY: 'READY', DOWN: 'DOWN', UNKNOWN: 'UNKNOWN' } as const;
export type NodeStatus = (typeof NodeStatus)[keyof typeof NodeStatus];

/** Operator intent for a node, as in swarm: PAUSE takes no new tasks, DRAIN moves tasks away. */
export const NodeAvailability = { ACTIVE: 'ACTIVE', PAUSE: 'PAUSE', DRAIN: 'DRAIN' } as const;
export type NodeAvailability = (typeof NodeAvailability)[keyof typeof NodeAvailability];

export const NodeRole = { MANAGER: 'MANAGER', WORKER: 'WORKER' } as const;
export type NodeRole = (typeof NodeRole)[keyof typeof NodeRole];

export interface Platform {
  os: string;
  arch: string;
}

/**
 * A Docker engine Stevedore drives. Keyed by our own id; `engineId` is the engine's own ID
 * (engines in network namespaces share a hostname, so names and hostnames are not identities).
 */
export interface Node {
  id: string;
  clusterId: string;
  name: string;
  endpoint: string;
  engineId: string | null;
  role: NodeRole;
  status: NodeStatus;
  statusMessage: string | null;
  availability: NodeAvailability;
  labels: Record<string, string>;
  platform: Platform;
  capacity: Resources;
  engineVersion: string | null;
  hostname: string | null;
  /** Address other hosts (and the ingress) use to reach ports this node publishes. */
  publishAddress: string;
  lastSeenAt: Date | null;
  createdAt: Date;
}
