import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per server instance so tests can start several servers in one process. */
export function createMetrics() {
  const registry = new Registry();
  // prom-client names its own metrics process_* and nodejs_*: the prefix makes stevedore_process_*.
  collectDefaultMetrics({ register: registry, prefix: 'stevedore_' });
  return {
    registry,
    graphqlRequests: new Counter({
      name: 'stevedore_graphql_operations_total',
      help: 'GraphQL operations by type, root field (a field of the schema; "invalid" when the document was refused before it ran) and outcome',
      labelNames: ['type', 'field', 'outcome'] as const,
      registers: [registry],
    }),
    graphqlDuration: histogram(
      registry,
      'stevedore_graphql_operation_duration_seconds',
      'GraphQL operation duration (HTTP), from the request to the answer',
      ['type'],
      [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    ),
    nodesByStatus: new Gauge({
      name: 'stevedore_nodes',
      help: 'Nodes by status',
      labelNames: ['status'] as const,
      registers: [registry],
    }),
    engineCalls: new Counter({
      name: 'stevedore_engine_calls_total',
      help: 'Docker engine API calls by operation and outcome',
      labelNames: ['op', 'outcome'] as const,
      registers: [registry],
    }),
    wsConnections: new Gauge({
      name: 'stevedore_ws_connections',
      help: 'Open graphql-ws connections',
      registers: [registry],
    }),
    engineStatsStreams: new Gauge({
      name: 'stevedore_engine_stats_streams',
      help: 'Open engine stats streams (one per watched container, however many subscribers)',
      registers: [registry],
    }),
    engineLogStreams: new Gauge({
      name: 'stevedore_engine_log_streams',
      help: 'Open engine log-follow streams (one per containerLogs subscription)',
      registers: [registry],
    }),
    engineEventStreams: new Gauge({
      name: 'stevedore_engine_event_streams',
      help: 'Open engine /events streams (one per READY node)',
      registers: [registry],
    }),
    leader: new Gauge({
      name: 'stevedore_leader',
      help: 'Whether this replica holds the leader lease and runs the loops (1) or follows (0)',
      registers: [registry],
    }),
    fencedWrites: new Counter({
      name: 'stevedore_fenced_writes_total',
      help: 'Writes and engine calls refused by fencing: made under a leader lease this replica no longer held (kind: store or engine)',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    eventsLogged: new Counter({
      name: 'stevedore_events_logged_total',
      help: 'Events appended to the event log',
      registers: [registry],
    }),
    resyncRepairs: new Counter({
      name: 'stevedore_resync_repairs_total',
      help: 'Task container changes a full container list found that no engine event had announced',
      registers: [registry],
    }),
    serviceReplicasDesired: gauge(
      registry,
      'stevedore_service_replicas_desired',
      'Replicas a service wants (GLOBAL: its eligible nodes), as the last reconcile pass counted',
      ['service'],
    ),
    serviceReplicasRunning: gauge(
      registry,
      'stevedore_service_replicas_running',
      'Running replicas of a service, as the last reconcile pass counted',
      ['service'],
    ),
    serviceReplicasHealthy: gauge(
      registry,
      'stevedore_service_replicas_healthy',
      'Healthy replicas of a service (running and passing their health check, or running without one)',
      ['service'],
    ),
    serviceRestarts: new Counter({
      name: 'stevedore_service_restarts_total',
      help: 'Tasks a service started again after its previous task of the slot ended (restart policy), since this control plane started',
      labelNames: ['service'] as const,
      registers: [registry],
    }),
    serviceCpu: gauge(
      registry,
      'stevedore_service_cpu_seconds',
      'CPU time used by the running replicas of a service, summed over them (seconds; falls when a replica goes: use deriv or rate over short windows)',
      ['service'],
    ),
    serviceMemory: gauge(
      registry,
      'stevedore_service_memory_bytes',
      'Memory used by the running replicas of a service without page cache, summed (bytes)',
      ['service'],
    ),
    nodeUp: gauge(
      registry,
      'stevedore_node_up',
      '1 when the node is READY (its engine answers heartbeats), else 0',
      ['node'],
    ),
    nodeCapacityCpus: gauge(registry, 'stevedore_node_capacity_cpus', 'CPUs the node has', ['node']),
    nodeCapacityMemory: gauge(
      registry,
      'stevedore_node_capacity_memory_bytes',
      'Memory the node has (bytes)',
      ['node'],
    ),
    nodeAllocatedCpus: gauge(
      registry,
      'stevedore_node_allocated_cpus',
      'CPUs reserved on the node by the tasks placed there',
      ['node'],
    ),
    nodeAllocatedMemory: gauge(
      registry,
      'stevedore_node_allocated_memory_bytes',
      'Memory reserved on the node by the tasks placed there (bytes)',
      ['node'],
    ),
    reconcileDuration: histogram(
      registry,
      'stevedore_reconcile_pass_duration_seconds',
      'Duration of a reconcile pass (list the containers of every node, plan, write, start the engine work)',
      ['outcome'],
      [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    ),
    rolloutDuration: histogram(
      registry,
      'stevedore_rollout_duration_seconds',
      'Duration of a rollout from its start to its end, by outcome (completed, rolled_back)',
      ['outcome'],
      [1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600],
    ),
    subscriptionGaps: new Counter({
      name: 'stevedore_subscription_dropped_events_total',
      help: 'Events not delivered to slow subscribers (reported to them as stream.gap markers)',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

function gauge<L extends string>(registry: Registry, name: string, help: string, labelNames: readonly L[]) {
  return new Gauge<L>({ name, help, labelNames, registers: [registry] });
}

/** Durations in seconds: a histogram with these buckets, by these labels. */
function histogram<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
  buckets: number[],
) {
  return new Histogram<L>({ name, help, labelNames, buckets, registers: [registry] });
}
