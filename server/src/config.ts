import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration from the environment, validated once at start. A bad value stops the process
 * with a message naming the variable and what is wrong, instead of failing later in a loop.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  STEVEDORE_HOST: z.string().min(1).default('127.0.0.1'),
  STEVEDORE_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  STEVEDORE_DATA_DIR: z.string().min(1).default(path.resolve(process.cwd(), '.data')),
  STEVEDORE_DB_PATH: z.string().min(1).optional(),
  STEVEDORE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Engine registered as the first node of the default cluster at start, if no node has it yet. */
  STEVEDORE_LOCAL_ENGINE: z.string().min(1).optional(),
  STEVEDORE_LOCAL_NODE_NAME: z.string().min(1).default('local'),
  STEVEDORE_HEARTBEAT_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  /** A node not answering for this long is DOWN. */
  STEVEDORE_HEARTBEAT_GRACE_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** Full reconcile pass when no event wakes the loop earlier. */
  STEVEDORE_RESYNC_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  /** How long tasks of a DOWN node wait before being rescheduled elsewhere. */
  STEVEDORE_NODE_DOWN_GRACE_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  STEVEDORE_ENGINE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  STEVEDORE_CORS_ORIGIN: z.string().default('http://localhost:3000,http://127.0.0.1:3000'),
  STEVEDORE_INTROSPECTION: bool.default('true'),
  /** Event log retention: a count and/or an age, e.g. "100000,7d" (units s, m, h, d). */
  STEVEDORE_EVENT_RETENTION: z
    .string()
    .default('100000,7d')
    .transform((v, ctx) => {
      const r = parseRetention(v);
      if (typeof r === 'string') ctx.addIssue({ code: z.ZodIssueCode.custom, message: r });
      return typeof r === 'string' ? { maxEvents: 0, maxAgeMs: 0 } : r;
    }),
  STEVEDORE_EVENT_PRUNE_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  /** Cross-instance fan-out of events: memory (one process) or redis (several sharing STEVEDORE_REDIS_URL). */
  STEVEDORE_PUBSUB: z.enum(['memory', 'redis']).default('memory'),
  STEVEDORE_REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  /** graphql-ws: ping period; a socket that has not answered the previous ping by then is terminated. 0 = off. */
  STEVEDORE_WS_KEEPALIVE_MS: z.coerce.number().int().min(0).max(600_000).default(12_000),
  STEVEDORE_WS_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(100_000).default(100),
  /** Events buffered per subscriber before it gets a stream.gap marker instead. */
  STEVEDORE_SUBSCRIPTION_QUEUE: z.coerce.number().int().min(10).max(1_000_000).default(1000),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  dbPath: string;
  logLevel: z.infer<typeof schema>['STEVEDORE_LOG_LEVEL'];
  localEngine: string | undefined;
  localNodeName: string;
  heartbeatIntervalMs: number;
  heartbeatGraceMs: number;
  engineTimeoutMs: number;
  resyncIntervalMs: number;
  nodeDownGraceMs: number;
  corsOrigins: string[];
  introspection: boolean;
  eventRetention: { maxEvents: number; maxAgeMs: number };
  eventPruneIntervalMs: number;
  pubsub: 'memory' | 'redis';
  redisUrl: string;
  wsKeepAliveMs: number;
  wsMaxSubscriptions: number;
  subscriptionQueue: number;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.STEVEDORE_DATA_DIR);
  return {
    host: e.STEVEDORE_HOST,
    port: e.STEVEDORE_PORT,
    dataDir,
    dbPath: e.STEVEDORE_DB_PATH ?? path.join(dataDir, 'stevedore.db'),
    logLevel: e.STEVEDORE_LOG_LEVEL,
    localEngine: e.STEVEDORE_LOCAL_ENGINE ?? env.DOCKER_HOST ?? undefined,
    localNodeName: e.STEVEDORE_LOCAL_NODE_NAME,
    heartbeatIntervalMs: e.STEVEDORE_HEARTBEAT_INTERVAL_MS,
    heartbeatGraceMs: e.STEVEDORE_HEARTBEAT_GRACE_MS,
    engineTimeoutMs: e.STEVEDORE_ENGINE_TIMEOUT_MS,
    resyncIntervalMs: e.STEVEDORE_RESYNC_INTERVAL_MS,
    nodeDownGraceMs: e.STEVEDORE_NODE_DOWN_GRACE_MS,
    corsOrigins: e.STEVEDORE_CORS_ORIGIN.split(',').map((s) => s.trim()).filter(Boolean),
    introspection: e.STEVEDORE_INTROSPECTION,
    eventRetention: e.STEVEDORE_EVENT_RETENTION,
    eventPruneIntervalMs: e.STEVEDORE_EVENT_PRUNE_INTERVAL_MS,
    pubsub: e.STEVEDORE_PUBSUB,
    redisUrl: e.STEVEDORE_REDIS_URL,
    wsKeepAliveMs: e.STEVEDORE_WS_KEEPALIVE_MS,
    wsMaxSubscriptions: e.STEVEDORE_WS_MAX_SUBSCRIPTIONS,
    subscriptionQueue: e.STEVEDORE_SUBSCRIPTION_QUEUE,
  };
}

const DURATION_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "100000,7d" → { maxEvents: 100000, maxAgeMs: 7 days }; either part may be left out (0 = no bound). */
export function parseRetention(v: string): { maxEvents: number; maxAgeMs: number } | string {
  const out = { maxEvents: 0, maxAgeMs: 0 };
  for (const part of v.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)([smhd])?$/.exec(part);
    if (!m) return `"${part}" is neither an event count (100000) nor an age (7d, 12h, 30m, 3600s)`;
    if (m[2]) out.maxAgeMs = Number(m[1]) * DURATION_MS[m[2]]!;
    else out.maxEvents = Number(m[1]);
  }
  if (!out.maxEvents && !out.maxAgeMs) return 'give a count, an age or both, e.g. "100000,7d"';
  return out;
}
