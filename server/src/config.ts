import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseKey } from './domain/auth/secret-box.js';
import { parseDuration } from './domain/auth/token.js';
import { parseAllowedPaths } from './domain/volume.js';

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
  /** The store on PostgreSQL (postgres://user:pass@host:port/db, ?host=/socket/dir for a unix socket); unset: SQLite at STEVEDORE_DB_PATH. */
  STEVEDORE_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a PostgreSQL URL: postgres://user:password@host:port/database')
    .optional(),
  /** This replica's name in the leader lease (unique per process; default: random). */
  STEVEDORE_INSTANCE_ID: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, 'letters, digits, . _ : - (at most 64)')
    .optional(),
  /** How long the leader lease lasts without a renewal (PostgreSQL: replicas share the store). */
  STEVEDORE_LEASE_MS: z.coerce.number().int().min(500).max(600_000).default(4000),
  /** How often the leader renews its lease (and a follower tries to take it). */
  STEVEDORE_LEASE_RENEW_MS: z.coerce.number().int().min(100).max(300_000).default(1000),
  STEVEDORE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Engine registered as the first node of the default cluster at start, if no node has it yet. */
  STEVEDORE_LOCAL_ENGINE: z.string().min(1).optional(),
  STEVEDORE_LOCAL_NODE_NAME: z.string().min(1).default('local'),
  STEVEDORE_HEARTBEAT_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  /** A node not answering for this long is DOWN. */
  STEVEDORE_HEARTBEAT_GRACE_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** How often the heartbeat samples a node's live load (stale after three intervals). */
  STEVEDORE_NODE_LOAD_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** How long reading the node load (placing tasks) keeps it sampled; 0: sample always. */
  STEVEDORE_NODE_LOAD_DEMAND_MS: z.coerce.number().int().min(0).max(3_600_000).default(120_000),
  /** A node's containers are listed again on a beat after an engine event there, or when the last list is this old. */
  STEVEDORE_HEARTBEAT_RELIST_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Full reconcile pass when no event wakes the loop earlier (engine events drive it; this is the safety net). */
  STEVEDORE_RESYNC_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Scheduled control-plane backups: every this many ms (0: none), keeping the newest N. */
  STEVEDORE_BACKUP_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86_400_000)
    .default(0),
  STEVEDORE_BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(7),
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
  STEVEDORE_EVENT_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(1000),
  /** Cross-instance fan-out of events: memory (one process) or redis (several sharing STEVEDORE_REDIS_URL). */
  STEVEDORE_PUBSUB: z.enum(['memory', 'redis']).default('memory'),
  STEVEDORE_REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  /** graphql-ws: ping period; a socket that has not answered the previous ping by then is terminated. 0 = off. */
  STEVEDORE_WS_KEEPALIVE_MS: z.coerce.number().int().min(0).max(600_000).default(12_000),
  STEVEDORE_WS_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(100_000).default(100),
  /** Events buffered per subscriber before it gets a stream.gap marker instead. */
  STEVEDORE_SUBSCRIPTION_QUEUE: z.coerce.number().int().min(10).max(1_000_000).default(1000),
  /** Host paths bind mounts may use, comma-separated; empty (default): bind mounts are refused. */
  STEVEDORE_BIND_ALLOWED_PATHS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const r = parseAllowedPaths(v);
      if (typeof r === 'string') ctx.addIssue({ code: z.ZodIssueCode.custom, message: r });
      return typeof r === 'string' ? [] : r;
    }),
  /** Subnets for networks created without one are /22s of this pool. */
  STEVEDORE_NETWORK_POOL: z.string().default('10.240.0.0/16'),
  /** How often the network fabric re-checks routes and rules on every node (it also wakes on events). */
  STEVEDORE_NETWORK_FABRIC_INTERVAL_MS: z.coerce.number().int().min(500).max(3_600_000).default(10_000),
  /** Address the ingress listeners bind. */
  STEVEDORE_INGRESS_HOST: z.string().min(1).default('127.0.0.1'),
  /** Circuit breaker per replica: consecutive failures that open it, and how long it stays open. */
  STEVEDORE_INGRESS_BREAKER_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(5),
  STEVEDORE_INGRESS_BREAKER_RESET_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  STEVEDORE_INGRESS_UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Extra attempts on other replicas for idempotent requests. */
  STEVEDORE_INGRESS_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /** Longest a replica being stopped waits for its requests in flight. */
  STEVEDORE_INGRESS_DRAIN_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  STEVEDORE_INGRESS_REFRESH_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  STEVEDORE_AUTOSCALE_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(10_000),
  /** The federation loop's interval (federated placement over member clusters, issue #15). */
  STEVEDORE_FEDERATION_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(1_000),
  /** How long a member cluster may be UNREACHABLE before its replicas move elsewhere (failover). */
  STEVEDORE_FEDERATION_GRACE_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  /** Rebalancing: a member cluster over the high-water use (0..1) gives replicas to one under the low-water. */
  STEVEDORE_FEDERATION_HIGH_WATER: z.coerce.number().min(0).max(1).default(0.8),
  STEVEDORE_FEDERATION_LOW_WATER: z.coerce.number().min(0).max(1).default(0.3),
  /** At most one rebalancing move per federated service per this interval. */
  STEVEDORE_FEDERATION_REBALANCE_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  /**
   * Service discovery DNS (control/dns): host addresses the cluster resolver serves on (port 53,
   * what Docker's --dns needs), comma separated; empty = off (containers keep Docker's own aliases).
   */
  STEVEDORE_DNS_LISTEN: z.string().default(''),
  /** The nameserver set in containers (HostConfig.Dns); default: the first listen address. */
  STEVEDORE_DNS_ADDRESS: z.string().default(''),
  STEVEDORE_DNS_PORT: z.coerce.number().int().min(1).max(65535).default(53),
  /** Where other names go (comma separated); default: the host's /etc/resolv.conf nameservers. */
  STEVEDORE_DNS_UPSTREAM: z.string().optional(),
  /** Image (with tar) for volume backup and restore helper containers. */
  STEVEDORE_HELPER_IMAGE: z.string().min(1).default('local/busybox:1'),
  /** Access control (see api/auth): on = every operation checked against roles per environment; off = everyone is ADMIN (a trusted single-user lab only). */
  STEVEDORE_AUTH: z.enum(['on', 'off']).default('on'),
  /** The first admin, created on the first start (no user yet); its password is printed once when not given. */
  STEVEDORE_ADMIN_USER: z.string().min(1).default('admin'),
  STEVEDORE_ADMIN_PASSWORD: z.string().min(8).optional(),
  /** Seeds an admin API token with exactly this value (scripts and tests). */
  STEVEDORE_ADMIN_TOKEN: z.string().min(16).optional(),
  STEVEDORE_SESSION_TTL: z
    .string()
    .default('12h')
    .transform((v, ctx) => durationOf(v, ctx)),
  /** Secrets encryption key: base64 of 32 bytes, or a file holding it; else generated under the data dir. */
  STEVEDORE_SECRET_KEY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const k = parseKey(v);
      if (typeof k === 'string') ctx.addIssue({ code: z.ZodIssueCode.custom, message: k });
      return typeof k === 'string' ? undefined : k;
    }),
  STEVEDORE_SECRET_KEY_FILE: z.string().min(1).optional(),
  /**
   * Largest request body /graphql takes (bytes, or with kb / mb). 6 MB: a compose file larger than
   * deployStack's 1 MiB is refused by the resolver with its line and key, not cut off by the parser.
   */
  STEVEDORE_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)?$/i, 'a size like 1mb, 512kb or 65536')
    .default('6mb'),
  /** Token buckets "rate,burst" in requests per second: per credential, and per client address. "0" turns one off. Default: 50,200 and 100,400 with STEVEDORE_AUTH=on, off otherwise. */
  STEVEDORE_RATE_LIMIT: z
    .string()
    .optional()
    .transform((v, ctx) => rateOf(v, ctx)),
  STEVEDORE_RATE_LIMIT_IP: z
    .string()
    .optional()
    .transform((v, ctx) => rateOf(v, ctx)),
  /** Query limits, checked before anything runs: nesting depth, aliases, estimated cost (0 = no cost limit). */
  STEVEDORE_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(15),
  STEVEDORE_MAX_ALIASES: z.coerce.number().int().min(1).max(10_000).default(30),
  STEVEDORE_MAX_COST: z.coerce.number().int().min(0).max(100_000_000).default(200_000),
  /** /readyz: the share of nodes that must be READY (0..1; with no node registered, ready). */
  STEVEDORE_READY_MIN_ENGINES: z.coerce.number().min(0).max(1).default(0.5),
  /** only: every operation must be one of STEVEDORE_PERSISTED_QUERIES_FILE (JSON: sha256 → query, or a list of queries). */
  STEVEDORE_PERSISTED_QUERIES: z.enum(['off', 'only']).default('off'),
  STEVEDORE_PERSISTED_QUERIES_FILE: z.string().min(1).optional(),
  /** /metrics answers without a token (else, with STEVEDORE_AUTH=on, it wants any valid API token as a bearer). */
  STEVEDORE_METRICS_PUBLIC: bool.default('false'),
  /** HTTPS (and wss) with this PEM certificate chain and key (file paths). */
  STEVEDORE_TLS_CERT: z.string().min(1).optional(),
  STEVEDORE_TLS_KEY: z.string().min(1).optional(),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  dbPath: string;
  /** PostgreSQL's URL when the store is there (STEVEDORE_DATABASE_URL), else undefined: SQLite at dbPath. */
  databaseUrl: string | undefined;
  /** This replica's name in the leader lease (STEVEDORE_INSTANCE_ID, default random). */
  instanceId: string;
  /** The leader lease (control/leadership.ts): its length and renewal period, ms. */
  lease: { ms: number; renewMs: number };
  logLevel: z.infer<typeof schema>['STEVEDORE_LOG_LEVEL'];
  localEngine: string | undefined;
  localNodeName: string;
  heartbeatIntervalMs: number;
  heartbeatGraceMs: number;
  nodeLoadIntervalMs: number;
  heartbeatRelistMs: number;
  nodeLoadDemandMs: number;
  engineTimeoutMs: number;
  resyncIntervalMs: number;
  /** Scheduled control-plane backups (0: off) and how many to keep. */
  backupIntervalMs: number;
  backupKeep: number;
  nodeDownGraceMs: number;
  corsOrigins: string[];
  introspection: boolean;
  eventRetention: { maxEvents: number; maxAgeMs: number };
  eventPruneIntervalMs: number;
  /**
   * Replicas on one PostgreSQL: how often each reads the shared event log for other replicas'
   * events when no NOTIFY came (LISTEN wakes it at once; this is the safety net).
   */
  eventPollMs: number;
  pubsub: 'memory' | 'redis';
  redisUrl: string;
  wsKeepAliveMs: number;
  wsMaxSubscriptions: number;
  subscriptionQueue: number;
  bindAllowedPaths: string[];
  networkPool: string;
  networkFabricIntervalMs: number;
  ingress: {
    host: string;
    failureThreshold: number;
    resetTimeoutMs: number;
    upstreamTimeoutMs: number;
    retries: number;
    drainTimeoutMs: number;
    refreshMs: number;
  };
  autoscaleIntervalMs: number;
  federation: {
    intervalMs: number;
    graceMs: number;
    highWater: number;
    lowWater: number;
    rebalanceIntervalMs: number;
  };
  helperImage: string;
  /** Service discovery DNS; null when off. */
  dns: { listen: string[]; address: string; port: number; upstream: string[] } | null;
  auth: AuthConfig;
  api: ApiHardeningConfig;
};

export interface RateLimit {
  /** Requests per second, refilled continuously. */
  rate: number;
  burst: number;
}

export interface AuthConfig {
  enabled: boolean;
  adminUser: string;
  adminPassword: string | undefined;
  adminToken: string | undefined;
  sessionTtlMs: number;
  secretKey: Buffer | undefined;
  secretKeyFile: string | undefined;
}

export interface ApiHardeningConfig {
  bodyLimit: string;
  rateLimit: RateLimit | null;
  rateLimitIp: RateLimit | null;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** /readyz: the share of nodes (0..1) that must be READY for the control plane to be ready. */
  readyMinEngines: number;
  persistedQueries: 'off' | 'only';
  persistedQueriesFile: string | undefined;
  /** /metrics without a token (a scraper on a trusted network); with auth on it wants one otherwise. */
  metricsPublic: boolean;
  tls: { certFile: string; keyFile: string } | null;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (!e.STEVEDORE_TLS_CERT !== !e.STEVEDORE_TLS_KEY)
    throw new ConfigError(
      'invalid configuration:\n  STEVEDORE_TLS_CERT and STEVEDORE_TLS_KEY go together: give both or neither',
    );
  if (e.STEVEDORE_PERSISTED_QUERIES === 'only' && !e.STEVEDORE_PERSISTED_QUERIES_FILE)
    throw new ConfigError(
      'invalid configuration:\n  STEVEDORE_PERSISTED_QUERIES=only needs STEVEDORE_PERSISTED_QUERIES_FILE',
    );
  if (e.STEVEDORE_LEASE_RENEW_MS * 2 > e.STEVEDORE_LEASE_MS)
    throw new ConfigError(
      'invalid configuration:\n  STEVEDORE_LEASE_RENEW_MS must be at most half of STEVEDORE_LEASE_MS (a renewal may be late once)',
    );
  const dataDir = path.resolve(e.STEVEDORE_DATA_DIR);
  return {
    host: e.STEVEDORE_HOST,
    port: e.STEVEDORE_PORT,
    dataDir,
    dbPath: e.STEVEDORE_DB_PATH ?? path.join(dataDir, 'stevedore.db'),
    databaseUrl: e.STEVEDORE_DATABASE_URL,
    instanceId: e.STEVEDORE_INSTANCE_ID ?? `sd-${randomUUID().slice(0, 8)}`,
    lease: { ms: e.STEVEDORE_LEASE_MS, renewMs: e.STEVEDORE_LEASE_RENEW_MS },
    logLevel: e.STEVEDORE_LOG_LEVEL,
    localEngine: e.STEVEDORE_LOCAL_ENGINE ?? env.DOCKER_HOST ?? undefined,
    localNodeName: e.STEVEDORE_LOCAL_NODE_NAME,
    heartbeatIntervalMs: e.STEVEDORE_HEARTBEAT_INTERVAL_MS,
    heartbeatGraceMs: e.STEVEDORE_HEARTBEAT_GRACE_MS,
    nodeLoadIntervalMs: e.STEVEDORE_NODE_LOAD_INTERVAL_MS,
    heartbeatRelistMs: e.STEVEDORE_HEARTBEAT_RELIST_MS,
    nodeLoadDemandMs: e.STEVEDORE_NODE_LOAD_DEMAND_MS,
    engineTimeoutMs: e.STEVEDORE_ENGINE_TIMEOUT_MS,
    resyncIntervalMs: e.STEVEDORE_RESYNC_INTERVAL_MS,
    backupIntervalMs: e.STEVEDORE_BACKUP_INTERVAL_MS,
    backupKeep: e.STEVEDORE_BACKUP_KEEP,
    nodeDownGraceMs: e.STEVEDORE_NODE_DOWN_GRACE_MS,
    corsOrigins: e.STEVEDORE_CORS_ORIGIN.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    introspection: e.STEVEDORE_INTROSPECTION,
    eventRetention: e.STEVEDORE_EVENT_RETENTION,
    eventPruneIntervalMs: e.STEVEDORE_EVENT_PRUNE_INTERVAL_MS,
    eventPollMs: e.STEVEDORE_EVENT_POLL_MS,
    pubsub: e.STEVEDORE_PUBSUB,
    redisUrl: e.STEVEDORE_REDIS_URL,
    wsKeepAliveMs: e.STEVEDORE_WS_KEEPALIVE_MS,
    wsMaxSubscriptions: e.STEVEDORE_WS_MAX_SUBSCRIPTIONS,
    subscriptionQueue: e.STEVEDORE_SUBSCRIPTION_QUEUE,
    bindAllowedPaths: e.STEVEDORE_BIND_ALLOWED_PATHS,
    networkPool: e.STEVEDORE_NETWORK_POOL,
    networkFabricIntervalMs: e.STEVEDORE_NETWORK_FABRIC_INTERVAL_MS,
    ingress: {
      host: e.STEVEDORE_INGRESS_HOST,
      failureThreshold: e.STEVEDORE_INGRESS_BREAKER_THRESHOLD,
      resetTimeoutMs: e.STEVEDORE_INGRESS_BREAKER_RESET_MS,
      upstreamTimeoutMs: e.STEVEDORE_INGRESS_UPSTREAM_TIMEOUT_MS,
      retries: e.STEVEDORE_INGRESS_RETRIES,
      drainTimeoutMs: e.STEVEDORE_INGRESS_DRAIN_MS,
      refreshMs: e.STEVEDORE_INGRESS_REFRESH_MS,
    },
    autoscaleIntervalMs: e.STEVEDORE_AUTOSCALE_INTERVAL_MS,
    federation: {
      intervalMs: e.STEVEDORE_FEDERATION_INTERVAL_MS,
      graceMs: e.STEVEDORE_FEDERATION_GRACE_MS,
      highWater: e.STEVEDORE_FEDERATION_HIGH_WATER,
      lowWater: e.STEVEDORE_FEDERATION_LOW_WATER,
      rebalanceIntervalMs: e.STEVEDORE_FEDERATION_REBALANCE_INTERVAL_MS,
    },
    helperImage: e.STEVEDORE_HELPER_IMAGE,
    dns: dnsConfig(e),
    auth: {
      enabled: e.STEVEDORE_AUTH === 'on',
      adminUser: e.STEVEDORE_ADMIN_USER,
      adminPassword: e.STEVEDORE_ADMIN_PASSWORD,
      adminToken: e.STEVEDORE_ADMIN_TOKEN,
      sessionTtlMs: e.STEVEDORE_SESSION_TTL,
      secretKey: e.STEVEDORE_SECRET_KEY,
      secretKeyFile: e.STEVEDORE_SECRET_KEY_FILE,
    },
    api: {
      bodyLimit: e.STEVEDORE_BODY_LIMIT,
      rateLimit:
        e.STEVEDORE_RATE_LIMIT === undefined
          ? e.STEVEDORE_AUTH === 'on'
            ? { rate: 50, burst: 200 }
            : null
          : e.STEVEDORE_RATE_LIMIT,
      rateLimitIp:
        e.STEVEDORE_RATE_LIMIT_IP === undefined
          ? e.STEVEDORE_AUTH === 'on'
            ? { rate: 100, burst: 400 }
            : null
          : e.STEVEDORE_RATE_LIMIT_IP,
      maxDepth: e.STEVEDORE_MAX_DEPTH,
      maxAliases: e.STEVEDORE_MAX_ALIASES,
      maxCost: e.STEVEDORE_MAX_COST,
      readyMinEngines: e.STEVEDORE_READY_MIN_ENGINES,
      persistedQueries: e.STEVEDORE_PERSISTED_QUERIES,
      persistedQueriesFile: e.STEVEDORE_PERSISTED_QUERIES_FILE,
      metricsPublic: e.STEVEDORE_METRICS_PUBLIC,
      tls:
        e.STEVEDORE_TLS_CERT && e.STEVEDORE_TLS_KEY
          ? { certFile: e.STEVEDORE_TLS_CERT, keyFile: e.STEVEDORE_TLS_KEY }
          : null,
    },
  };
}

function durationOf(v: string, ctx: z.RefinementCtx): number {
  const ms = parseDuration(v);
  if (typeof ms === 'string') ctx.addIssue({ code: z.ZodIssueCode.custom, message: ms });
  return typeof ms === 'string' ? 0 : ms;
}

/** undefined: the default; "0": off; "rate,burst" or "rate". */
function rateOf(v: string | undefined, ctx: z.RefinementCtx): RateLimit | null | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  if (v.trim() === '0') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:,\s*(\d+))?\s*$/.exec(v);
  if (!m || Number(m[1]) <= 0) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `"${v}" is not "rate,burst" (requests per second, bucket size) or 0`,
    });
    return undefined;
  }
  const rate = Number(m[1]);
  return { rate, burst: m[2] ? Math.max(1, Number(m[2])) : Math.max(1, Math.ceil(rate)) };
}

const DURATION_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "100000,7d" → { maxEvents: 100000, maxAgeMs: 7 days }; either part may be left out (0 = no bound). */
export function parseRetention(v: string): { maxEvents: number; maxAgeMs: number } | string {
  const out = { maxEvents: 0, maxAgeMs: 0 };
  for (const part of v
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\d+)([smhd])?$/.exec(part);
    if (!m) return `"${part}" is neither an event count (100000) nor an age (7d, 12h, 30m, 3600s)`;
    if (m[2]) out.maxAgeMs = Number(m[1]) * DURATION_MS[m[2]]!;
    else out.maxEvents = Number(m[1]);
  }
  if (!out.maxEvents && !out.maxAgeMs) return 'give a count, an age or both, e.g. "100000,7d"';
  return out;
}

const commaList = (v: string) =>
  v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function dnsConfig(e: z.infer<typeof schema>): Config['dns'] {
  const listen = commaList(e.STEVEDORE_DNS_LISTEN);
  if (!listen.length) return null;
  let upstream: string[];
  if (e.STEVEDORE_DNS_UPSTREAM !== undefined) upstream = commaList(e.STEVEDORE_DNS_UPSTREAM);
  else {
    try {
      upstream = [
        ...fs.readFileSync('/etc/resolv.conf', 'utf8').matchAll(/^nameserver\s+(\d+\.\d+\.\d+\.\d+)/gm),
      ].map((m) => m[1]!);
    } catch {
      upstream = [];
    }
  }
  return { listen, address: e.STEVEDORE_DNS_ADDRESS || listen[0]!, port: e.STEVEDORE_DNS_PORT, upstream };
}
