/**
 * Plain-data builders for planner tests: a service spec, nodes, tasks in any state, what the
 * engine reports for them, and a ReconcileInput tying them together.
 */
import type { Node } from '../node.js';
import {
  DEFAULT_RESTART_POLICY,
  DEFAULT_ROLLBACK_CONFIG,
  DEFAULT_UPDATE_CONFIG,
  type Rollout,
  type RolloutState,
  type Service,
  type ServiceSpec,
} from '../service.js';
import type { Task } from '../task.js';
import { containerFingerprint } from './fingerprint.js';
import type { ObservedContainer } from './observed.js';
import type { ReconcileInput } from './pass.js';

export const T0 = new Date('2026-01-01T00:00:00Z');
export const at = (ms: number) => new Date(T0.getTime() + ms);

export function spec(over: Partial<ServiceSpec> = {}): ServiceSpec {
  return {
    name: 'web',
    image: 'local/webapp:v1',
    command: null,
    env: {},
    labels: {},
    ports: [],
    mounts: [],
    networks: [],
    limits: { nanoCpus: 0, memoryBytes: 0 },
    reservations: { nanoCpus: 0, memoryBytes: 0 },
    healthCheck: null,
    restartPolicy: DEFAULT_RESTART_POLICY,
    mode: 'REPLICATED',
    replicas: 3,
    priority: 0,
    preemption: false,
    placement: { constraints: [], spread: [], maxReplicasPerNode: 0, nodeAffinity: [], serviceAffinity: [] },
    update: { ...DEFAULT_UPDATE_CONFIG, monitorMs: 0 },
    rollback: DEFAULT_ROLLBACK_CONFIG,
    stopTimeoutSec: 1,
    ...over,
  };
}

export const mkNode = (id: string, over: Partial<Node> = {}): Node => ({
  id,
  clusterId: 'default',
  name: id,
  endpoint: `unix:///${id}`,
  engineId: id,
  role: 'WORKER',
  status: 'READY',
  statusMessage: null,
  availability: 'ACTIVE',
  labels: {},
  platform: { os: 'linux', arch: 'amd64' },
  capacity: { nanoCpus: 2e9, memoryBytes: 2 ** 31 },
  engineVersion: '20.10',
  hostname: id,
  publishAddress: '127.0.0.1',
  lastSeenAt: T0,
  createdAt: T0,
  ...over,
});

export function task(id: string, slot: number, over: Partial<Task> = {}): Task {
  return {
    id,
    serviceId: 's1',
    slot,
    revision: 1,
    desiredState: 'RUNNING',
    state: 'RUNNING',
    stateReason: 'container running',
    history: [],
    nodeId: 'n1',
    containerId: `c-${id}`,
    health: 'NONE',
    exitCode: null,
    failures: 0,
    notBefore: null,
    readyAt: T0,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function obs(t: Task, over: Partial<ObservedContainer> = {}): [string, ObservedContainer] {
  return [
    t.id,
    {
      nodeId: t.nodeId!,
      containerId: t.containerId!,
      name: t.id,
      taskId: t.id,
      serviceId: 's1',
      state: 'running',
      health: 'NONE',
      exitCode: null,
      ...over,
    },
  ];
}

export const service = (s: ServiceSpec, over: Partial<Service> = {}): Service => ({
  id: 's1',
  clusterId: 'default',
  name: s.name,
  currentRevision: 1,
  previousRevision: null,
  spec: s,
  rollout: null,
  createdAt: T0,
  updatedAt: T0,
  ...over,
});

let ids = 0;
export function input(
  svc: Service,
  tasks: Task[],
  observed: [string, ObservedContainer][],
  now: Date = at(1000),
  nodes: Node[] = [mkNode('n1')],
  fingerprints: [number, ServiceSpec][] = [],
): ReconcileInput {
  const fps = new Map<number, string>([[svc.currentRevision, containerFingerprint(svc.spec)]]);
  for (const [rev, s] of fingerprints) fps.set(rev, containerFingerprint(s));
  return {
    service: svc,
    tasks,
    observed: new Map(observed),
    observedNodes: new Set(nodes.map((n) => n.id)),
    nodes: new Map(nodes.map((n) => [n.id, n])),
    fingerprints: fps,
    eligibleNodes: [],
    busy: new Set(),
    now,
    nodeDownGraceMs: 5000,
    newId: () => `new-${++ids}`,
  };
}

/** A task running on n1 at `revision`. */
export const running = (id: string, slot: number, revision = 1, over: Partial<Task> = {}): Task =>
  task(id, slot, { revision, ...over });

/** A rollout from revision 1 to 2 started at T0, in `state` (a rollback for the rollback states). */
export function mkRollout(state: RolloutState = 'UPDATING', over: Partial<Rollout> = {}): Rollout {
  return {
    state,
    fromRevision: 1,
    toRevision: 2,
    startedAt: at(0),
    updatedAt: at(0),
    completedAt: null,
    updated: 0,
    failed: 0,
    lastBatchAt: null,
    message: '',
    isRollback: state === 'ROLLING_BACK' || state === 'ROLLED_BACK' || state === 'ROLLBACK_PAUSED',
    pausedByOperator: false,
    ...over,
  };
}
