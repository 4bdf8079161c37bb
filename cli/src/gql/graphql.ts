/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Horizontal autoscaling (Kubernetes HPA semantics); at least one target */
export type AutoscaleInput = {
  /** Minimum time between scale actions; default 30000 */
  cooldownMs?: number | null | undefined;
  /** Default max(min, 10) */
  max?: number | null | undefined;
  /** Default 1 */
  min?: number | null | undefined;
  /** Default 600000 */
  scaleDownStabilizationMs?: number | null | undefined;
  /** Default 300000 */
  scaleUpStabilizationMs?: number | null | undefined;
  /** Average CPU per replica, % of its CPU limit (or reservation, or one CPU) */
  targetCpuPercent?: number | null | undefined;
  /** Average memory per replica, % of its memory limit */
  targetMemoryPercent?: number | null | undefined;
  /** Requests per second per replica through the ingress */
  targetRequestRate?: number | null | undefined;
  /** No change while metric/target is within 1 ± tolerance; default 0.1 */
  tolerance?: number | null | undefined;
};

/** Automatic analysis of each canary step from the ingress's own figures, canary against stable over the step. Fields left out take the defaults */
export type CanaryAnalysisInput = {
  /** Canary error rate (5xx) minus the stable one above this fails the step; default 0.05 */
  maxErrorRateIncrease?: number | null | undefined;
  /** Canary p95 above this many times the stable p95 fails the step (with minP95IncreaseMs); default 2 */
  maxP95Ratio?: number | null | undefined;
  /** ...when the canary p95 is also this many ms above the stable one; default 50 */
  minP95IncreaseMs?: number | null | undefined;
  /** Requests the canary must serve in a step before it is judged; default 20 */
  minRequests?: number | null | undefined;
};

/** One canary step: weight % of the ingress's requests for durationMs */
export type CanaryStepInput = {
  /** How long the step lasts (0..86400000); with analysis, at least until minRequests */
  durationMs: number;
  /** 1..100, never less than the step before */
  weight: number;
};

/** A new API token for the caller */
export type CreateApiTokenInput = {
  /** Environment ids or names, or ["*"] for every environment */
  environments: Array<string>;
  /** When it stops working; default: never (or expiresInDays) */
  expiresAt?: string | null | undefined;
  /** Alternative to expiresAt; default: no expiry */
  expiresInDays?: number | null | undefined;
  /** A name to tell it apart, unique among your tokens */
  name: string;
  /** At most your own role in each environment */
  role: Role;
};

/** Every given field must match; kinds may end in .* (container.*) */
export type EventFilter = {
  /** Only this cluster's events */
  clusterId?: string | number | null | undefined;
  /** Full or short container id */
  containerId?: string | null | undefined;
  /** At most 50 */
  kinds?: Array<string> | null | undefined;
  /** Node id or name */
  nodeId?: string | number | null | undefined;
  /** Only this service's events (id or name) */
  serviceId?: string | number | null | undefined;
  /** Only events of these severities */
  severities?: Array<EventSeverity> | null | undefined;
  /** Only this task's events */
  taskId?: string | number | null | undefined;
};

/** How much an event matters */
export type EventSeverity =
  /** Something failed (a container died, a node went down) */
  | 'ERROR'
  /** A normal change */
  | 'INFO'
  /** Something to look at (unhealthy, retrying, degraded) */
  | 'WARNING';

/** What a rollout does when more tasks fail than update.maxFailureRatio allows */
export type FailureAction =
  /** Keep rolling out */
  | 'CONTINUE'
  /** Pause the rollout (state PAUSED) until resumeRollout */
  | 'PAUSE'
  /** Roll back to the previous revision with the rollback config */
  | 'ROLLBACK';

/** A health check: command (exec form, no shell; CMD) or shell (run by /bin/sh -c; CMD-SHELL), not both. Durations in milliseconds, at least 1; defaults: 30000 ms interval and timeout, 3 retries, no start period. */
export type HealthCheckInput = {
  /** The probe; exit 0 is healthy. Run as is (CMD) unless shell is given */
  command?: Array<string> | null | undefined;
  /** Time between two probes, in ms; default the engine's 30000 */
  intervalMs?: number | null | undefined;
  /** Failures in a row that make it unhealthy */
  retries?: number | null | undefined;
  /** The probe as one shell line (CMD-SHELL), instead of command */
  shell?: string | null | undefined;
  /** Grace after start during which failures do not count */
  startPeriodMs?: number | null | undefined;
  /** How long one probe may take, in ms; default the engine's 30000 */
  timeoutMs?: number | null | undefined;
};

/** ROUND_ROBIN: each healthy replica in turn; LEAST_CONNECTIONS: the replica with the fewest requests in flight */
export type IngressAlgorithm =
  /** The replica with the fewest requests in flight */
  | 'LEAST_CONNECTIONS'
  /** Each healthy replica in turn */
  | 'ROUND_ROBIN';

/** Publish the service through the control plane ingress on 127.0.0.1:port */
export type IngressInput = {
  /** Default ROUND_ROBIN */
  algorithm?: IngressAlgorithm | null | undefined;
  /** Consecutive failures that open a replica's circuit breaker; default STEVEDORE_INGRESS_BREAKER_THRESHOLD (5) */
  failureThreshold?: number | null | undefined;
  /** Listening port on the control plane, 1024..65535 */
  port: number;
  /** Active health probe of every replica, beside the passive circuit breaker; none by default */
  probe?: IngressProbeInput | null | undefined;
  /** How long an open breaker waits before a trial request; default STEVEDORE_INGRESS_BREAKER_RESET_MS (60 s) */
  resetTimeoutMs?: number | null | undefined;
  /** Where on the port requests reach this service (Traefik Host + PathPrefix). Several services may share a port when their routes differ; a route another service holds there is refused (CONFLICT). None: every request to the port */
  routes?: Array<IngressRouteInput> | null | undefined;
  /** Container port of the replicas (must be in ports); default the first TCP port */
  targetPort?: number | null | undefined;
  /** Terminate TLS on the port with a certificate from a secret; every service on one port is TLS or none is */
  tls?: IngressTlsInput | null | undefined;
  /** Per attempt; default STEVEDORE_INGRESS_UPSTREAM_TIMEOUT_MS */
  upstreamTimeoutMs?: number | null | undefined;
};

/** GET path on every replica each intervalMs; a 2xx/3xx answer within timeoutMs is a success. unhealthyThreshold failures in a row take a replica out of rotation, healthyThreshold successes bring it back */
export type IngressProbeInput = {
  /** 1..100; default 1 */
  healthyThreshold?: number | null | undefined;
  /** 100..3600000; default 5000 */
  intervalMs?: number | null | undefined;
  /** Default / */
  path?: string | null | undefined;
  /** 50..60000, at most intervalMs; default 2000 (or intervalMs) */
  timeoutMs?: number | null | undefined;
  /** 1..100; default 1 */
  unhealthyThreshold?: number | null | undefined;
};

/** A request goes to the route with the best host (exact, then the longest *.wildcard, then any host), then the longest path prefix */
export type IngressRouteInput = {
  /** app.example.com or *.example.com (case-insensitive; Host header or TLS SNI); none: any host */
  host?: string | null | undefined;
  /** Starts with /; /api takes /api and /api/x, not /apix; default / */
  pathPrefix?: string | null | undefined;
};

/** TLS termination on an ingress port, with a certificate from a secret */
export type IngressTlsInput = {
  /** A secret of the service's environment holding the PEM certificate (then its chain) and its private key; chosen by SNI among the port's services */
  secret: string;
};

/** A key and its value (a label or an environment variable) */
export type KeyValueInput = {
  /** The key */
  key: string;
  /** Its value */
  value: string;
};

/** Which output stream a log line came from */
export type LogStream =
  /** Standard error */
  | 'STDERR'
  /** Standard output */
  | 'STDOUT';

/** VOLUME: a named (or anonymous) volume; BIND: a host path; TMPFS: memory */
export type MountType =
  /** A host path */
  | 'BIND'
  /** A memory-backed file system, emptied when the container stops */
  | 'TMPFS'
  /** A named engine volume */
  | 'VOLUME';

/** More DNS names the service answers to on one of its networks */
export type NetworkAliasInput = {
  /** Names besides the service's own; DNS labels */
  aliases: Array<string>;
  /** One of the service's networks */
  network: string;
};

/** ACTIVE takes tasks; PAUSE takes no new ones; DRAIN moves tasks away */
export type NodeAvailability =
  /** Takes new tasks */
  | 'ACTIVE'
  /** Takes no new tasks; its tasks are moved elsewhere */
  | 'DRAIN'
  /** Takes no new tasks; its tasks stay */
  | 'PAUSE';

/** A node's role */
export type NodeRole =
  /** A manager node */
  | 'MANAGER'
  /** A worker node */
  | 'WORKER';

/** Engine liveness, kept by the heartbeat */
export type NodeStatus =
  /** Missed its heartbeats; its tasks are rescheduled */
  | 'DOWN'
  /** Answers its heartbeat */
  | 'READY'
  /** Not checked yet */
  | 'UNKNOWN';

/** Where tasks may run (constraints) and where they should (spread, affinities) */
export type PlacementInput = {
  /** e.g. "node.labels.zone == eu", "node.labels.disk in (ssd, nvme)", "node.labels.gpu exists" */
  constraints?: Array<string> | null | undefined;
  /** 0 = unlimited */
  maxReplicasPerNode?: number | null | undefined;
  /** Soft preferences for nodes matching an expression, weighted; default none */
  nodeAffinity?: Array<WeightedExpressionInput> | null | undefined;
  /** Soft preferences to run with (or away from) another service's tasks; default none */
  serviceAffinity?: Array<ServiceAffinityInput> | null | undefined;
  /** Spread preferences, nested in order: node.labels.zone, … */
  spread?: Array<string> | null | undefined;
};

/** A port to publish on the host */
export type PortInput = {
  /** 1..65535 */
  containerPort: number;
  /** IPv4 or IPv6 address to listen on; default 127.0.0.1 (use 0.0.0.0 for every interface) */
  hostIp?: string | null | undefined;
  /** 0..65535; 0 or absent lets the engine pick a free port */
  hostPort?: number | null | undefined;
  /** Default TCP */
  protocol?: PortProtocol | null | undefined;
};

/** Transport protocol of a published port */
export type PortProtocol =
  /** SCTP */
  | 'SCTP'
  /** TCP */
  | 'TCP'
  /** UDP */
  | 'UDP';

/** CPUs as floats (0.5 = half a CPU; at most the node's CPU count). Memory as a string: bytes ("268435456") or with a binary unit ("512m", "1g", "256MiB"); at least 6 MiB, the engine's minimum. A reservation may not exceed its limit. */
export type ResourcesInput = {
  /** Hard CPU limit (NanoCpus on the engine) */
  cpuLimit?: number | null | undefined;
  /** CPUs set aside when placing; recorded, not enforced by the engine */
  cpuReservation?: number | null | undefined;
  /** Hard memory limit, e.g. "256m" */
  memoryLimit?: string | null | undefined;
  /** Soft memory limit (MemoryReservation), e.g. "128m" */
  memoryReservation?: string | null | undefined;
};

/** VIEWER reads; OPERATOR also deploys and changes; ADMIN also manages nodes, users, quotas and policies */
export type Role =
  /** Everything OPERATOR may, and nodes, users, quotas and policies */
  | 'ADMIN'
  /** Everything VIEWER may, and deploys and changes workloads */
  | 'OPERATOR'
  /** Reads */
  | 'VIEWER';

/** A secret given to every replica */
export type SecretRefInput = {
  /** Also set this environment variable to the value */
  env?: string | null | undefined;
  /** A secret of the service's environment */
  name: string;
  /** File name under /run/secrets; default the secret name */
  target?: string | null | undefined;
};

/** A soft preference to run with or away from another service's tasks */
export type ServiceAffinityInput = {
  /** Service name or id */
  service: string;
  /** Positive: run with its tasks; negative: away from them */
  weight: number;
};

/** REPLICATED: n replicas; GLOBAL: one per eligible node */
export type ServiceMode =
  /** One task on every eligible node */
  | 'GLOBAL'
  /** spec.replicas tasks, placed by the scheduler */
  | 'REPLICATED';

/** A partial update: only the fields given change (as docker service update --image). resources, restartPolicy, placement, update and rollback are merged field by field; any other field given replaces its value. The name cannot change. */
export type ServicePatchInput = {
  /** Extra DNS names per network, the whole set; default none (the service name only) */
  aliases?: Array<NetworkAliasInput> | null | undefined;
  /** Scale replicas on CPU, memory or request rate */
  autoscale?: AutoscaleInput | null | undefined;
  /** Capabilities to add (NET_ADMIN…); each must be allowed by the environment policy */
  capAdd?: Array<string> | null | undefined;
  /** Command and arguments; default the image's CMD */
  command?: Array<string> | null | undefined;
  /** Replaces the image's ENTRYPOINT; an empty list runs with none; default the image's */
  entrypoint?: Array<string> | null | undefined;
  /** Environment variables, the whole set; default none */
  env?: Array<KeyValueInput> | null | undefined;
  /** Variables set (added, or changed in place); the others are kept */
  envAdd?: Array<KeyValueInput> | null | undefined;
  /** Variables removed, by key; each must be set */
  envRemove?: Array<string> | null | undefined;
  /** Health check; default the image's HEALTHCHECK, if any */
  healthCheck?: HealthCheckInput | null | undefined;
  /** The host's network namespace; refused unless the environment policy allows */
  hostNetwork?: boolean | null | undefined;
  /** The host's PID namespace; refused unless the environment policy allows */
  hostPid?: boolean | null | undefined;
  /** New image reference */
  image?: string | null | undefined;
  /** Load balance over the replicas through the control plane */
  ingress?: IngressInput | null | undefined;
  /** Labels on the containers, the whole set; default none */
  labels?: Array<KeyValueInput> | null | undefined;
  /** Default REPLICATED */
  mode?: ServiceMode | null | undefined;
  /** Networks to join; replicas answer to the service name there */
  networks?: Array<string> | null | undefined;
  /** Where tasks may and should run; default any node, spread over nodes */
  placement?: PlacementInput | null | undefined;
  /** Host IP absent: the node's publish address */
  ports?: Array<PortInput> | null | undefined;
  /** May evict lower-priority tasks when nothing fits */
  preemption?: boolean | null | undefined;
  /** Higher is placed first; -1000..1000 */
  priority?: number | null | undefined;
  /** Privileged containers; refused unless the environment policy allows */
  privileged?: boolean | null | undefined;
  /** REPLICATED only; default 1 */
  replicas?: number | null | undefined;
  /** CPU and memory limits and reservations; default none */
  resources?: ResourcesInput | null | undefined;
  /** When failed tasks are replaced; default ANY, unlimited, 500 ms backoff doubling up to 30 s */
  restartPolicy?: ServiceRestartPolicyInput | null | undefined;
  /** How a rollback proceeds; default all tasks at once, STOP_FIRST, PAUSE on failure */
  rollback?: UpdateConfigInput | null | undefined;
  /** Secrets of the service's environment, as files under /run/secrets (and variables on request) */
  secrets?: Array<SecretRefInput> | null | undefined;
  /** Seconds between SIGTERM and SIGKILL; default 10 */
  stopTimeoutSec?: number | null | undefined;
  /** How a rolling update proceeds; default one task at a time, STOP_FIRST, ROLLBACK on failure, 5 s monitor */
  update?: UpdateConfigInput | null | undefined;
  /** Mounts, the whole set; default none */
  volumes?: Array<VolumeInput> | null | undefined;
};

/** Which exits of a task's container restart it */
export type ServiceRestartCondition =
  /** Restart on any exit */
  | 'ANY'
  /** Never restart */
  | 'NONE'
  /** Restart on a non-zero exit only */
  | 'ON_FAILURE';

/** When a finished task is replaced: at once after a good run; further failures in a row wait delayMs, doubling up to maxDelayMs */
export type ServiceRestartPolicyInput = {
  /** Default ANY */
  condition?: ServiceRestartCondition | null | undefined;
  /** Wait before the second restart in a row (the first is immediate); default 500 ms */
  delayMs?: number | null | undefined;
  /** 0 = unlimited */
  maxAttempts?: number | null | undefined;
  /** Backoff cap; default 30 s */
  maxDelayMs?: number | null | undefined;
  /** Window in which maxAttempts counts; 0 = forever */
  windowMs?: number | null | undefined;
};

/** The desired state of a service; every change makes a new revision */
export type ServiceSpecInput = {
  /** Extra DNS names per network, the whole set; default none (the service name only) */
  aliases?: Array<NetworkAliasInput> | null | undefined;
  /** Scale replicas on CPU, memory or request rate */
  autoscale?: AutoscaleInput | null | undefined;
  /** Capabilities to add (NET_ADMIN…); each must be allowed by the environment policy */
  capAdd?: Array<string> | null | undefined;
  /** Command and arguments; default the image's CMD */
  command?: Array<string> | null | undefined;
  /** Replaces the image's ENTRYPOINT; an empty list runs with none; default the image's */
  entrypoint?: Array<string> | null | undefined;
  /** Environment variables, the whole set; default none */
  env?: Array<KeyValueInput> | null | undefined;
  /** Health check; default the image's HEALTHCHECK, if any */
  healthCheck?: HealthCheckInput | null | undefined;
  /** The host's network namespace; refused unless the environment policy allows */
  hostNetwork?: boolean | null | undefined;
  /** The host's PID namespace; refused unless the environment policy allows */
  hostPid?: boolean | null | undefined;
  /** Image reference, e.g. local/webapp:v1; pulled on each node when missing */
  image: string;
  /** Load balance over the replicas through the control plane */
  ingress?: IngressInput | null | undefined;
  /** Labels on the containers, the whole set; default none */
  labels?: Array<KeyValueInput> | null | undefined;
  /** Default REPLICATED */
  mode?: ServiceMode | null | undefined;
  /** Service name, unique in its cluster: lowercase letters, digits and - */
  name: string;
  /** Networks to join; replicas answer to the service name there */
  networks?: Array<string> | null | undefined;
  /** Where tasks may and should run; default any node, spread over nodes */
  placement?: PlacementInput | null | undefined;
  /** Host IP absent: the node's publish address */
  ports?: Array<PortInput> | null | undefined;
  /** May evict lower-priority tasks when nothing fits */
  preemption?: boolean | null | undefined;
  /** Higher is placed first; -1000..1000 */
  priority?: number | null | undefined;
  /** Privileged containers; refused unless the environment policy allows */
  privileged?: boolean | null | undefined;
  /** REPLICATED only; default 1 */
  replicas?: number | null | undefined;
  /** CPU and memory limits and reservations; default none */
  resources?: ResourcesInput | null | undefined;
  /** When failed tasks are replaced; default ANY, unlimited, 500 ms backoff doubling up to 30 s */
  restartPolicy?: ServiceRestartPolicyInput | null | undefined;
  /** How a rollback proceeds; default all tasks at once, STOP_FIRST, PAUSE on failure */
  rollback?: UpdateConfigInput | null | undefined;
  /** Secrets of the service's environment, as files under /run/secrets (and variables on request) */
  secrets?: Array<SecretRefInput> | null | undefined;
  /** Seconds between SIGTERM and SIGKILL; default 10 */
  stopTimeoutSec?: number | null | undefined;
  /** How a rolling update proceeds; default one task at a time, STOP_FIRST, ROLLBACK on failure, 5 s monitor */
  update?: UpdateConfigInput | null | undefined;
  /** Mounts, the whole set; default none */
  volumes?: Array<VolumeInput> | null | undefined;
};

/** One word for a service's state, from its replica counts and rollout */
export type ServiceStatus =
  /** Fewer replicas ready than desired */
  | 'DEGRADED'
  /** Replicas are starting and nothing has failed: some run, not all are ready yet */
  | 'DEPLOYING'
  /** No replica ready: its tasks failed and none is starting, or they crash-loop */
  | 'FAILED'
  /** Every desired replica is running and ready */
  | 'HEALTHY'
  /** A rolling update or rollback is paused */
  | 'PAUSED'
  /** No replica runs yet and nothing has failed: tasks are being created, placed (or wait for room), pulled or started */
  | 'PENDING'
  /** A rollback is in progress */
  | 'ROLLING_BACK'
  /** A rolling update is in progress */
  | 'UPDATING';

/** The content of a file the compose file names (env_file, or a secret's file): the server never reads files of its own or the caller's disk */
export type StackFileInput = {
  /** The file's content */
  content: string;
  /** The path as written in the compose file, e.g. "./web.env" */
  path: string;
};

/** Rolled up from the stack's services: the worst of their statuses (any rollout is UPDATING) */
export type StackStatus =
  /** A service has fewer replicas ready than desired */
  | 'DEGRADED'
  /** Services are starting; nothing has failed */
  | 'DEPLOYING'
  /** The stack has no service */
  | 'EMPTY'
  /** A service has no replica ready */
  | 'FAILED'
  /** Every service is HEALTHY */
  | 'HEALTHY'
  /** No service runs a replica yet */
  | 'PENDING'
  /** A service is rolling out or back */
  | 'UPDATING';

/** A value for ${NAME} (and ${NAME:-default}) in the compose file */
export type StackVariableInput = {
  /** Variable name, as in ${NAME} */
  name: string;
  /** Kept for this deploy only: the stack stores the names, never the values */
  value: string;
};

/** Where a task is in its life (Swarm's task states) */
export type TaskState =
  /** Placed on a node; its container is not created yet */
  | 'ASSIGNED'
  /** Its container exited with 0 */
  | 'COMPLETE'
  /** Its container exited with an error or could not start */
  | 'FAILED'
  /** Just created */
  | 'NEW'
  /** Its node is down or was removed; the task is replaced elsewhere */
  | 'ORPHANED'
  /** Waiting for a node: none fits yet (see stateReason), or backoff */
  | 'PENDING'
  /** The engine refused it (create or pull failed) */
  | 'REJECTED'
  /** Its container runs */
  | 'RUNNING'
  /** Stopped on purpose (update, scale down, removal) */
  | 'SHUTDOWN'
  /** Its container is being pulled, created or started */
  | 'STARTING';

/** How a rolling update (or rollback) proceeds */
export type UpdateConfigInput = {
  /** Judge each canary step from the ingress figures (error rate, p95) against the stable revision: a failed step rolls back, the last passed one promotes. Absent: steps advance on time alone */
  analysis?: CanaryAnalysisInput | null | undefined;
  /** Blue-green (update only; needs ingress): the whole new revision starts beside the old one, and once every new task is ready all requests switch at once */
  blueGreen?: boolean | null | undefined;
  /** Blue-green: how long the old revision stays after the switch, ready for an instant switch back (abortRollout); default 0 */
  blueGreenKeepMs?: number | null | undefined;
  /** Canary (update only; needs ingress): this many tasks (0..100) of the new revision start beside the old ones and get canarySteps' share of the ingress's requests; the rolling update waits until the canary is promoted. 0 or absent: no canary */
  canary?: number | null | undefined;
  /** The canary's share of requests step by step; default 10, 25, 50, 100 % for 30 s each */
  canarySteps?: Array<CanaryStepInput> | null | undefined;
  /** Pause between batches */
  delayMs?: number | null | undefined;
  /** What happens when more tasks fail than maxFailureRatio; default ROLLBACK for update, PAUSE for rollback */
  failureAction?: FailureAction | null | undefined;
  /** Fraction of tasks that may fail before failureAction */
  maxFailureRatio?: number | null | undefined;
  /** Kubernetes' minReadySeconds, in ms (default 0): how long a new task must stay ready (running, healthy when checked) before it counts as ready and the next batch starts */
  minReadyMs?: number | null | undefined;
  /** Swarm's monitor, ms (default 5000): a window after each new task becomes ready in which its failure counts against maxFailureRatio. It does not hold the next batch; the rollout completes once the last batch is through it */
  monitorMs?: number | null | undefined;
  /** STOP_FIRST (default) or START_FIRST */
  order?: UpdateOrder | null | undefined;
  /** Tasks replaced at once; 0 = all */
  parallelism?: number | null | undefined;
};

/** Whether a task is stopped before or after its replacement starts */
export type UpdateOrder =
  /** Start the new task, then stop the old one (briefly one more replica) */
  | 'START_FIRST'
  /** Stop the old task, then start the new one (briefly one fewer replica) */
  | 'STOP_FIRST';

/** A volume, bind mount or tmpfs */
export type VolumeInput = {
  /** True: mounted read-only; default false */
  readOnly?: boolean | null | undefined;
  /** VOLUME: volume name (absent: an anonymous volume); BIND: absolute host path; TMPFS: none */
  source?: string | null | undefined;
  /** Absolute path in the container */
  target: string;
  /** Default VOLUME */
  type?: MountType | null | undefined;
};

/** A soft node preference: nodes matching the expression score its weight */
export type WeightedExpressionInput = {
  /** A constraint expression, e.g. node.labels.disk == ssd */
  expression: string;
  /** -100..100, not 0; negative repels */
  weight: number;
};

export type CliMeQueryVariables = Exact<{ [key: string]: never }>;

export type CliMeQuery = {
  me: {
    username: string;
    kind: string;
    tokenName: string | null;
    authEnabled: boolean;
    roles: Array<{ environment: string; role: Role }>;
  } | null;
};

export type CliLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;

export type CliLoginMutation = {
  login: { expiresAt: string; me: { username: string; roles: Array<{ environment: string; role: Role }> } };
};

export type CliCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;

export type CliCreateTokenMutation = {
  createApiToken: { token: string; apiToken: { id: string; name: string; prefix: string } };
};

export type CliNodesQueryVariables = Exact<{ [key: string]: never }>;

export type CliNodesQuery = {
  nodes: Array<{
    id: string;
    name: string;
    status: NodeStatus;
    availability: NodeAvailability;
    role: NodeRole;
    endpoint: string;
    engineVersion: string | null;
    cpus: number;
    memoryBytes: number;
    runningContainerCount: number;
    allocated: { cpus: number; memoryBytes: number };
  }>;
};

export type CliServicesQueryVariables = Exact<{ [key: string]: never }>;

export type CliServicesQuery = {
  services: Array<{
    id: string;
    name: string;
    mode: ServiceMode;
    image: string;
    status: ServiceStatus;
    revision: number;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    updatedAt: string;
    spec: { ports: Array<{ hostIp: string; hostPort: number; containerPort: number; protocol: string }> };
  }>;
};

export type CliServiceRefQueryVariables = Exact<{
  id: string | number;
}>;

export type CliServiceRefQuery = { service: { id: string; name: string } | null };

export type CliServiceTasksQueryVariables = Exact<{
  id: string | number;
}>;

export type CliServiceTasksQuery = {
  service: {
    id: string;
    name: string;
    tasks: Array<{
      id: string;
      slot: number;
      revision: number;
      state: TaskState;
      desiredState: TaskState;
      health: string;
      nodeName: string | null;
      nodeId: string | null;
      containerId: string | null;
      stateReason: string;
      exitCode: number | null;
      updatedAt: string;
    }>;
  } | null;
};

export type CliEventFragment = {
  cursor: number;
  time: string;
  kind: string;
  severity: EventSeverity;
  message: string;
  serviceId: string | null;
  nodeId: string | null;
  containerId: string | null;
};

export type CliTaskFragment = {
  id: string;
  slot: number;
  revision: number;
  state: TaskState;
  desiredState: TaskState;
  health: string;
  nodeName: string | null;
  nodeId: string | null;
  containerId: string | null;
  stateReason: string;
  exitCode: number | null;
  updatedAt: string;
};

export type CliServiceResultFragment = {
  id: string;
  name: string;
  image: string;
  status: ServiceStatus;
  revision: number;
  desiredReplicas: number;
  runningReplicas: number;
};

export type CliCreateServiceMutationVariables = Exact<{
  spec: ServiceSpecInput;
  clusterId?: string | number | null | undefined;
}>;

export type CliCreateServiceMutation = {
  createService: {
    id: string;
    name: string;
    image: string;
    status: ServiceStatus;
    revision: number;
    desiredReplicas: number;
    runningReplicas: number;
  };
};

export type CliPatchServiceMutationVariables = Exact<{
  id: string | number;
  patch: ServicePatchInput;
}>;

export type CliPatchServiceMutation = {
  patchService: {
    id: string;
    name: string;
    image: string;
    status: ServiceStatus;
    revision: number;
    desiredReplicas: number;
    runningReplicas: number;
  };
};

export type CliScaleServiceMutationVariables = Exact<{
  id: string | number;
  replicas: number;
}>;

export type CliScaleServiceMutation = {
  scaleService: {
    id: string;
    name: string;
    image: string;
    status: ServiceStatus;
    revision: number;
    desiredReplicas: number;
    runningReplicas: number;
  };
};

export type CliRollbackServiceMutationVariables = Exact<{
  id: string | number;
  toRevision?: number | null | undefined;
}>;

export type CliRollbackServiceMutation = {
  rollbackService: {
    id: string;
    name: string;
    image: string;
    status: ServiceStatus;
    revision: number;
    desiredReplicas: number;
    runningReplicas: number;
  };
};

export type CliContainerLogsSubscriptionVariables = Exact<{
  containerId: string;
  nodeId?: string | number | null | undefined;
  tail?: number | null | undefined;
  since?: string | null | undefined;
  follow: boolean;
}>;

export type CliContainerLogsSubscription = {
  containerLogs: { timestamp: string; stream: LogStream; message: string };
};

export type CliDeployStackMutationVariables = Exact<{
  name: string;
  compose: string;
  variables?: Array<StackVariableInput> | StackVariableInput | null | undefined;
  envFiles?: Array<StackFileInput> | StackFileInput | null | undefined;
  dryRun?: boolean | null | undefined;
  removeOrphans?: boolean | null | undefined;
}>;

export type CliDeployStackMutation = {
  deployStack: {
    applied: boolean;
    plan: {
      unchanged: Array<string>;
      create: Array<{ kind: string; name: string }>;
      update: Array<{ kind: string; name: string; diff: Array<{ field: string }> }>;
      remove: Array<{ kind: string; name: string }>;
      warnings: Array<{ path: string; line: number | null; message: string }>;
    };
    stack: { name: string; status: StackStatus } | null;
  };
};

export type CliEventsQueryVariables = Exact<{
  limit: number;
  filter?: EventFilter | null | undefined;
  after?: number | null | undefined;
}>;

export type CliEventsQuery = {
  events: {
    items: Array<{
      cursor: number;
      time: string;
      kind: string;
      severity: EventSeverity;
      message: string;
      serviceId: string | null;
      nodeId: string | null;
      containerId: string | null;
    }>;
  };
};

export type CliEventsFollowSubscriptionVariables = Exact<{
  after?: number | null | undefined;
  filter?: EventFilter | null | undefined;
}>;

export type CliEventsFollowSubscription = {
  events: {
    cursor: number;
    time: string;
    kind: string;
    severity: EventSeverity;
    message: string;
    serviceId: string | null;
    nodeId: string | null;
    containerId: string | null;
  };
};

export type CliBackupVolumeMutationVariables = Exact<{
  name: string;
  node: string | number;
}>;

export type CliBackupVolumeMutation = {
  backupVolume: {
    volume: string;
    nodeName: string;
    file: string;
    path: string;
    bytes: number;
    sha256: string;
    createdAt: string;
  };
};

export type CliVolumeBackupsQueryVariables = Exact<{ [key: string]: never }>;

export type CliVolumeBackupsQuery = {
  volumeBackups: Array<{ file: string; bytes: number; createdAt: string }>;
};

export type CliServiceStatusSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type CliServiceStatusSubscription = {
  serviceStatus: {
    id: string;
    name: string;
    tasks: Array<{
      id: string;
      slot: number;
      revision: number;
      state: TaskState;
      desiredState: TaskState;
      health: string;
      nodeName: string | null;
      nodeId: string | null;
      containerId: string | null;
      stateReason: string;
      exitCode: number | null;
      updatedAt: string;
    }>;
  };
};

export const CliEventFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliEventFragment, unknown>;
export const CliTaskFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliTask' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliTaskFragment, unknown>;
export const CliServiceResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliServiceResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliServiceResultFragment, unknown>;
export const CliMeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliMe' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authEnabled' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliMeQuery, CliMeQueryVariables>;
export const CliLoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'username' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'me' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'roles' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliLoginMutation, CliLoginMutationVariables>;
export const CliCreateTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliCreateToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiTokenInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiToken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliCreateTokenMutation, CliCreateTokenMutationVariables>;
export const CliNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliNodes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'allocated' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliNodesQuery, CliNodesQueryVariables>;
export const CliServicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliServices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'spec' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ports' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliServicesQuery, CliServicesQueryVariables>;
export const CliServiceRefDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliServiceRef' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliServiceRefQuery, CliServiceRefQueryVariables>;
export const CliServiceTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliServiceTasks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliTask' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliTask' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliServiceTasksQuery, CliServiceTasksQueryVariables>;
export const CliCreateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliCreateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'spec' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceSpecInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'spec' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'spec' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliServiceResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliServiceResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliCreateServiceMutation, CliCreateServiceMutationVariables>;
export const CliPatchServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliPatchService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'patch' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServicePatchInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patchService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'patch' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'patch' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliServiceResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliServiceResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliPatchServiceMutation, CliPatchServiceMutationVariables>;
export const CliScaleServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliScaleService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'replicas' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scaleService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'replicas' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'replicas' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliServiceResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliServiceResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliScaleServiceMutation, CliScaleServiceMutationVariables>;
export const CliRollbackServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliRollbackService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toRevision' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollbackService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliServiceResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliServiceResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliRollbackServiceMutation, CliRollbackServiceMutationVariables>;
export const CliContainerLogsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CliContainerLogs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'containerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nodeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tail' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTimeISO' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'follow' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'containerLogs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'containerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'containerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'nodeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'nodeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tail' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tail' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'follow' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'follow' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stream' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliContainerLogsSubscription, CliContainerLogsSubscriptionVariables>;
export const CliDeployStackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliDeployStack' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'compose' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'variables' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'StackVariableInput' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'envFiles' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'StackFileInput' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'removeOrphans' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deployStack' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'compose' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'compose' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'variables' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'variables' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'envFiles' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'envFiles' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dryRun' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'removeOrphans' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'removeOrphans' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'create' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'update' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'diff' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'field' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'remove' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warnings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stack' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliDeployStackMutation, CliDeployStackMutationVariables>;
export const CliEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliEvent' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliEventsQuery, CliEventsQueryVariables>;
export const CliEventsFollowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CliEventsFollow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliEvent' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliEventsFollowSubscription, CliEventsFollowSubscriptionVariables>;
export const CliBackupVolumeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliBackupVolume' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'backupVolume' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliBackupVolumeMutation, CliBackupVolumeMutationVariables>;
export const CliVolumeBackupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliVolumeBackups' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volumeBackups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliVolumeBackupsQuery, CliVolumeBackupsQueryVariables>;
export const CliServiceStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CliServiceStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliTask' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliTask' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliServiceStatusSubscription, CliServiceStatusSubscriptionVariables>;
