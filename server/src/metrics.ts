import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per server instance so tests can start several servers in one process. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'stevedore_process_' });
  return {
    registry,
    graphqlRequests: new Counter({
      name: 'stevedore_graphql_operations_total',
      help: 'GraphQL operations by type, name and outcome',
      labelNames: ['type', 'name', 'outcome'] as const,
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'stevedore_graphql_operation_seconds',
      help: 'GraphQL operation duration',
      labelNames: ['type'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
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
    subscriptionGaps: new Counter({
      name: 'stevedore_subscription_dropped_events_total',
      help: 'Events not delivered to slow subscribers (reported to them as stream.gap markers)',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
