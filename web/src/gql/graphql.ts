/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which audit entries; the fields given must all match */
export type AuditFilterInput = {
  /** Only this action, e.g. updateService */
  action?: string | null | undefined;
  /** Only this actor, as AuditEntry.actor shows it */
  actor?: string | null | undefined;
  /** Only this environment (id or name) */
  environment?: string | null | undefined;
  /** Only entries with this outcome: ok or error */
  outcome?: string | null | undefined;
  /** Only entries at or after this time */
  since?: string | null | undefined;
  /** Only entries before this time */
  until?: string | null | undefined;
};

/** Horizontal autoscaling (Kubernetes HPA semantics); at least one target */
export type AutoscaleInput = {
  /** Minimum time between scale actions, in ms; default 30000 */
  cooldownMs?: number | null | undefined;
  /** Default max(min, 10) */
  max?: number | null | undefined;
  /** Default 1 */
  min?: number | null | undefined;
  /** Scale down only to the highest recommendation of this window, in ms; default 600000 */
  scaleDownStabilizationMs?: number | null | undefined;
  /** Scale up only to the lowest recommendation of this window, in ms; default 300000 */
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

/** CLOSED: in rotation; OPEN: out after failureThreshold failures; HALF_OPEN: one trial request after resetTimeoutMs */
export type BreakerState =
  /** In rotation */
  | 'CLOSED'
  /** One trial request decides whether it closes or opens again */
  | 'HALF_OPEN'
  /** Out of rotation after failureThreshold failures in a row, until resetTimeoutMs passes */
  | 'OPEN';

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
  /** How long the step lasts, in ms (0..86400000); with analysis, at least until minRequests */
  durationMs: number;
  /** 1..100, never less than the step before */
  weight: number;
};

/** A cluster's health from its nodes' heartbeats (drained nodes do not count against it) */
export type ClusterHealthStatus =
  /** Some nodes are not READY: work can still be placed on the rest */
  | 'DEGRADED'
  /** Every node that serves work is READY */
  | 'HEALTHY'
  /** No node is READY (or the cluster has none): nothing can be placed there */
  | 'UNREACHABLE';

/** Who drives the engines of a cluster */
export type ClusterKind =
  /** This control plane: its nodes are engines it drives */
  | 'LOCAL'
  /** Another Stevedore control plane, reached over its GraphQL API with an API token */
  | 'REMOTE';

/** What one cluster runs differently (Karmada's OverridePolicy) */
export type ClusterOverrideInput = {
  /** Cluster name or id; must be one the affinity allows */
  cluster: string;
  /** Variables merged over the template's env */
  env?: Array<KeyValueInput> | null | undefined;
  /** Image in this cluster */
  image?: string | null | undefined;
  /** Replicas in this cluster instead of its share */
  replicas?: number | null | undefined;
  /** Limits and reservations replaced where given */
  resources?: ResourcesInput | null | undefined;
};

/** Federated placement over member clusters: the service becomes a template whose copies (NAME-CLUSTER) run in the chosen clusters */
export type ClusterPlacementInput = {
  /** Only these clusters */
  affinity?: ClusterSelectorInput | null | undefined;
  /** Never these clusters */
  antiAffinity?: ClusterSelectorInput | null | undefined;
  /** Per-cluster overrides */
  overrides?: Array<ClusterOverrideInput> | null | undefined;
  /** Regions in order of preference: the region scorer (weight 20 of 100) tips toward them */
  regionPreference?: Array<string> | null | undefined;
  /** Default DIVIDED_STATIC when weights are given, else DUPLICATED */
  replicaScheduling?: ReplicaScheduling | null | undefined;
  /** At most one cluster per region (or zone) */
  spread?: ClusterSpread | null | undefined;
  /** DIVIDED_STATIC: weight per cluster */
  weights?: Array<ClusterWeightInput> | null | undefined;
};

/** Clusters by name, labels (all must match) and region; parts left out match any */
export type ClusterSelectorInput = {
  /** Labels every chosen cluster has */
  labels?: Array<KeyValueInput> | null | undefined;
  /** Cluster names or ids */
  names?: Array<string> | null | undefined;
  /** Regions */
  regions?: Array<string> | null | undefined;
};

/** Spread a federated service over regions or zones: the best cluster of each */
export type ClusterSpread =
  /** At most one cluster per region */
  | 'REGION'
  /** At most one cluster per zone */
  | 'ZONE';

/** The weight of one cluster for DIVIDED_STATIC */
export type ClusterWeightInput = {
  /** Cluster name or id */
  cluster: string;
  /** 0..1000; the weights may not all be 0 */
  weight: number;
};

/** Where the connectivity check runs from (a replica) and what it reaches (a service name and port) */
export type ConnectivityInput = {
  /** A replica: its container id (or prefix) or task id */
  fromContainer?: string | null | undefined;
  /** A service (id or name): its first healthy replica */
  fromService?: string | null | undefined;
  /** TCP port on the target replicas */
  port: number;
  /** The service (id or name) whose name is resolved and connected to */
  toService: string;
};

/** All conditions must hold */
export type ContainerFilter = {
  /** Has label "key", or "key=value" */
  label?: string | null | undefined;
  /** Name contains this (case-sensitive) */
  name?: string | null | undefined;
  /** Only this node (id or name) */
  node?: string | number | null | undefined;
  /** Name or image contains this, or the id starts with it (case-insensitive); null or empty: any */
  search?: string | null | undefined;
  /** Task of this service (label stevedore.service) */
  service?: string | null | undefined;
  /** Any of these states */
  state?: Array<ContainerState> | null | undefined;
};

/** The engine's container state */
export type ContainerState =
  /** Created, never started */
  | 'CREATED'
  /** Could not be stopped or removed; the engine gave up on it */
  | 'DEAD'
  /** Its process ended */
  | 'EXITED'
  /** Its processes are frozen */
  | 'PAUSED'
  /** Being removed */
  | 'REMOVING'
  /** Being restarted by its restart policy */
  | 'RESTARTING'
  /** Its process runs */
  | 'RUNNING';

/** A container of a stats set */
export type ContainerStatsTargetInput = {
  /** Full id (a unique prefix or the name when nodeId is not given) */
  containerId: string;
  /** Node id or name it runs on: watched at once; absent: found by asking every node */
  nodeId?: string | number | null | undefined;
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

/** A new environment */
export type CreateEnvironmentInput = {
  /** Clusters to move in; none: a new cluster of the same name */
  clusterIds?: Array<string | number> | null | undefined;
  /** Free text shown with it; default empty */
  description?: string | null | undefined;
  /** Environment name, unique: 1..63 letters, digits, _, . and -, a letter or digit first */
  name: string;
};

/** A new user */
export type CreateUserInput = {
  /** At least 8 characters */
  password: string;
  /** Roles to give; default none (the user can sign in and sees nothing) */
  roles?: Array<EnvironmentRoleInput> | null | undefined;
  /** Login name, unique */
  username: string;
};

/** A role in one environment */
export type EnvironmentRoleInput = {
  /** Environment id or name, or * for every environment */
  environment: string;
  /** The role to give there */
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
  /** Grace after start during which failures do not count, in ms */
  startPeriodMs?: number | null | undefined;
  /** How long one probe may take, in ms; default the engine's 30000 */
  timeoutMs?: number | null | undefined;
};

/** NONE: the container has no health check */
export type HealthStatus =
  /** The last probes passed */
  | 'HEALTHY'
  /** No health check */
  | 'NONE'
  /** Within the start period, no verdict yet */
  | 'STARTING'
  /** retries probes in a row failed */
  | 'UNHEALTHY';

/** Where a pull started with startImagePull stands */
export type ImagePullState =
  /** Every layer is in; image holds the result and percent is 100 */
  | 'COMPLETED'
  /** The engine or registry refused or broke off; error says why */
  | 'FAILED'
  /** The engine is still pulling */
  | 'RUNNING';

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
  /** How long an open breaker waits before a trial request, in ms; default STEVEDORE_INGRESS_BREAKER_RESET_MS (60000) */
  resetTimeoutMs?: number | null | undefined;
  /** Where on the port requests reach this service (Traefik Host + PathPrefix). Several services may share a port when their routes differ; a route another service holds there is refused (CONFLICT). None: every request to the port */
  routes?: Array<IngressRouteInput> | null | undefined;
  /** Container port of the replicas (must be in ports); default the first TCP port */
  targetPort?: number | null | undefined;
  /** Terminate TLS on the port with a certificate from a secret; every service on one port is TLS or none is */
  tls?: IngressTlsInput | null | undefined;
  /** Time allowed per attempt to a replica, in ms; default STEVEDORE_INGRESS_UPSTREAM_TIMEOUT_MS */
  upstreamTimeoutMs?: number | null | undefined;
};

/** GET path on every replica each intervalMs; a 2xx/3xx answer within timeoutMs is a success. unhealthyThreshold failures in a row take a replica out of rotation, healthyThreshold successes bring it back */
export type IngressProbeInput = {
  /** 1..100; default 1 */
  healthyThreshold?: number | null | undefined;
  /** Time between two probes of one replica, in ms: 100..3600000; default 5000 */
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

/** BRIDGE: a bridge per node with outside access; INTERNAL: a bridge per node without (--internal) */
export type NetworkDriver =
  /** A bridge per node, with outside access */
  | 'BRIDGE'
  /** A bridge per node, without outside access (--internal) */
  | 'INTERNAL';

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
  /** Missed its heartbeats; after a grace period its tasks are ORPHANED and placed elsewhere */
  | 'DOWN'
  /** Answers its heartbeat */
  | 'READY'
  /** Not checked yet */
  | 'UNKNOWN';

/** Where tasks may run (constraints) and where they should (spread, affinities) */
export type PlacementInput = {
  /** Federated placement over member clusters (affinity, spread, replica scheduling, weights, region preference, overrides): the service becomes a template whose copies NAME-CLUSTER run in the chosen clusters */
  clusters?: ClusterPlacementInput | null | undefined;
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

/** Which progressive rollout runs */
export type ProgressiveKind =
  /** The whole new revision starts beside the old, then all requests switch at once */
  | 'BLUE_GREEN'
  /** The update.canary tasks of the new revision take a stepped share of ingress requests */
  | 'CANARY';

/** Where a canary or blue-green rollout is */
export type ProgressivePhase =
  /** Back to the stable revision: the new one gets nothing and is stopped */
  | 'ABORTED'
  /** The new revision serves alone */
  | 'DONE'
  /** Canary: 100 % to the new revision; the rolling update replaces the old tasks */
  | 'PROMOTED'
  /** The new revision is starting beside the stable one; it gets no requests yet */
  | 'STARTING'
  /** Canary: the new revision gets the current step’s weight; each step is judged */
  | 'STEPPING'
  /** Blue-green: every request goes to the new revision; the old stays blueGreenKeepMs */
  | 'SWITCHED';

/** null (or absent) = unlimited */
export type QuotaInput = {
  /** Most service replicas plus standalone containers; not given: unlimited */
  maxContainers?: number | null | undefined;
  /** Most CPUs (may be fractional); not given: unlimited */
  maxCpus?: number | null | undefined;
  /** e.g. "8g", "512m" or bytes */
  maxMemory?: string | null | undefined;
  /** Most services; not given: unlimited */
  maxServices?: number | null | undefined;
};

/** How a federated service's replicas are divided over its clusters (Karmada's replicaScheduling) */
export type ReplicaScheduling =
  /** Divided by how many replicas fit in each cluster now */
  | 'DIVIDED_CAPACITY'
  /** Divided by the static weights given (largest remainder) */
  | 'DIVIDED_STATIC'
  /** The full count in every chosen cluster */
  | 'DUPLICATED';

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

/** The engine's restart policy */
export type RestartCondition =
  /** Always restart, also after the engine restarts */
  | 'ALWAYS'
  /** Never restart */
  | 'NO'
  /** Restart on a non-zero exit, at most maxRetries times */
  | 'ON_FAILURE'
  /** Always restart, unless it was stopped by hand */
  | 'UNLESS_STOPPED';

/** VIEWER reads; OPERATOR also deploys and changes; ADMIN also manages nodes, users, quotas and policies */
export type Role =
  /** Everything OPERATOR may, and nodes, users, quotas and policies */
  | 'ADMIN'
  /** Everything VIEWER may, and deploys and changes workloads */
  | 'OPERATOR'
  /** Reads */
  | 'VIEWER';

/** Where a rolling update or rollback is */
export type RolloutState =
  /** Every task runs the new revision */
  | 'COMPLETED'
  /** No rollout has run */
  | 'NONE'
  /** The update is paused (by pauseRollout or failureAction PAUSE) */
  | 'PAUSED'
  /** The rollback is paused */
  | 'ROLLBACK_PAUSED'
  /** The rollback is done: every task runs the earlier revision */
  | 'ROLLED_BACK'
  /** A rollback is replacing tasks */
  | 'ROLLING_BACK'
  /** An update is replacing tasks */
  | 'UPDATING';

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
  /** Backoff cap, in ms; default 30000 */
  maxDelayMs?: number | null | undefined;
  /** Window in which maxAttempts counts, in ms; 0 = forever */
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
  /** Service name, unique in its cluster: 1..63 letters, digits, _, . and -, a letter or digit first */
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
  /** Blue-green: how long the old revision stays after the switch, in ms, ready for an instant switch back (abortRollout); default 0 */
  blueGreenKeepMs?: number | null | undefined;
  /** Canary (update only; needs ingress): this many tasks (0..100) of the new revision start beside the old ones and get canarySteps' share of the ingress's requests; the rolling update waits until the canary is promoted. 0 or absent: no canary */
  canary?: number | null | undefined;
  /** The canary's share of requests step by step; default 10, 25, 50, 100 % for 30 s each */
  canarySteps?: Array<CanaryStepInput> | null | undefined;
  /** Pause between batches, in ms; default 0 */
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

/** Changes to a node; fields not given stay */
export type UpdateNodeInput = {
  /** ACTIVE, PAUSE or DRAIN */
  availability?: NodeAvailability | null | undefined;
  /** Replaces all labels */
  labels?: Array<KeyValueInput> | null | undefined;
  /** New node name, unique */
  name?: string | null | undefined;
  /** Address where ports this node publishes are reached */
  publishAddress?: string | null | undefined;
};

/** Whether a task is stopped before or after its replacement starts */
export type UpdateOrder =
  /** Start the new task, then stop the old one (briefly one more replica) */
  | 'START_FIRST'
  /** Stop the old task, then start the new one (briefly one fewer replica) */
  | 'STOP_FIRST';

/** Changes to a user; fields not given stay */
export type UpdateUserInput = {
  /** A disabled user cannot sign in; sessions and tokens stop working */
  disabled?: boolean | null | undefined;
  /** A new password (ends the user's sessions) */
  password?: string | null | undefined;
};

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

export type AccessUsersQueryVariables = Exact<{ [key: string]: never }>;

export type AccessUsersQuery = {
  users: Array<{
    id: string;
    username: string;
    disabled: boolean;
    createdAt: string;
    lastLoginAt: string | null;
    roles: Array<{ environment: string; role: Role }>;
  }>;
};

export type AccessRoleBindingsQueryVariables = Exact<{
  environment?: string | null | undefined;
}>;

export type AccessRoleBindingsQuery = {
  roleBindings: Array<{ environment: string; role: Role; userId: string; username: string }>;
};

export type AccessCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type AccessCreateUserMutation = {
  createUser: {
    id: string;
    username: string;
    disabled: boolean;
    createdAt: string;
    lastLoginAt: string | null;
    roles: Array<{ environment: string; role: Role }>;
  };
};

export type AccessUpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;

export type AccessUpdateUserMutation = {
  updateUser: {
    id: string;
    username: string;
    disabled: boolean;
    createdAt: string;
    lastLoginAt: string | null;
    roles: Array<{ environment: string; role: Role }>;
  };
};

export type AccessRemoveUserMutationVariables = Exact<{
  id: string | number;
}>;

export type AccessRemoveUserMutation = { removeUser: { id: string; username: string } };

export type AccessSetRoleBindingMutationVariables = Exact<{
  environment: string;
  user: string | number;
  role: Role;
}>;

export type AccessSetRoleBindingMutation = {
  setRoleBinding: { environment: string; role: Role; userId: string; username: string };
};

export type AccessRemoveRoleBindingMutationVariables = Exact<{
  environment: string;
  user: string | number;
}>;

export type AccessRemoveRoleBindingMutation = { removeRoleBinding: boolean };

export type AccessTokensQueryVariables = Exact<{
  all: boolean;
}>;

export type AccessTokensQuery = {
  apiTokens: Array<{
    id: string;
    name: string;
    owner: string;
    prefix: string;
    role: Role;
    environments: Array<string>;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
    active: boolean;
  }>;
};

export type AccessCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;

export type AccessCreateTokenMutation = {
  createApiToken: {
    token: string;
    apiToken: {
      id: string;
      name: string;
      owner: string;
      prefix: string;
      role: Role;
      environments: Array<string>;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
      active: boolean;
    };
  };
};

export type AccessRevokeTokenMutationVariables = Exact<{
  id: string | number;
}>;

export type AccessRevokeTokenMutation = {
  revokeApiToken: {
    id: string;
    name: string;
    owner: string;
    prefix: string;
    role: Role;
    environments: Array<string>;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
    active: boolean;
  };
};

export type AccessEnvironmentsQueryVariables = Exact<{ [key: string]: never }>;

export type AccessEnvironmentsQuery = {
  environments: Array<{
    id: string;
    name: string;
    description: string;
    createdAt: string;
    clusterIds: Array<string>;
    policy: {
      allowPrivileged: boolean;
      allowHostNetwork: boolean;
      allowHostPid: boolean;
      allowDockerSocket: boolean;
      allowedCapabilities: Array<string>;
      bindAllowedPaths: Array<string> | null;
    };
    quota: {
      maxCpus: number | null;
      maxMemoryBytes: number | null;
      maxServices: number | null;
      maxContainers: number | null;
    };
  }>;
};

export type AccessClustersQueryVariables = Exact<{ [key: string]: never }>;

export type AccessClustersQuery = {
  clusters: Array<{ id: string; name: string; nodeCounts: { total: number; ready: number } }>;
};

export type AccessQuotaUsageQueryVariables = Exact<{
  environment: string;
}>;

export type AccessQuotaUsageQuery = {
  quotaUsage: {
    environment: string;
    cpus: number;
    memoryBytes: number;
    services: number;
    containers: number;
    unreachableNodes: Array<string>;
    quota: {
      maxCpus: number | null;
      maxMemoryBytes: number | null;
      maxServices: number | null;
      maxContainers: number | null;
    };
  };
};

export type AccessSetQuotaMutationVariables = Exact<{
  environment: string;
  quota: QuotaInput;
}>;

export type AccessSetQuotaMutation = {
  setQuota: {
    id: string;
    name: string;
    description: string;
    createdAt: string;
    clusterIds: Array<string>;
    policy: {
      allowPrivileged: boolean;
      allowHostNetwork: boolean;
      allowHostPid: boolean;
      allowDockerSocket: boolean;
      allowedCapabilities: Array<string>;
      bindAllowedPaths: Array<string> | null;
    };
    quota: {
      maxCpus: number | null;
      maxMemoryBytes: number | null;
      maxServices: number | null;
      maxContainers: number | null;
    };
  };
};

export type AccessCreateEnvironmentMutationVariables = Exact<{
  input: CreateEnvironmentInput;
}>;

export type AccessCreateEnvironmentMutation = {
  createEnvironment: {
    id: string;
    name: string;
    description: string;
    createdAt: string;
    clusterIds: Array<string>;
    policy: {
      allowPrivileged: boolean;
      allowHostNetwork: boolean;
      allowHostPid: boolean;
      allowDockerSocket: boolean;
      allowedCapabilities: Array<string>;
      bindAllowedPaths: Array<string> | null;
    };
    quota: {
      maxCpus: number | null;
      maxMemoryBytes: number | null;
      maxServices: number | null;
      maxContainers: number | null;
    };
  };
};

export type AccessSecretsQueryVariables = Exact<{
  environment: string;
}>;

export type AccessSecretsQuery = {
  secrets: Array<{
    name: string;
    environment: string;
    version: number;
    createdAt: string;
    createdBy: string;
    updatedAt: string;
    usedBy: Array<string>;
  }>;
};

export type AccessCreateSecretMutationVariables = Exact<{
  environment: string;
  name: string;
  value: string;
}>;

export type AccessCreateSecretMutation = {
  createSecret: {
    name: string;
    environment: string;
    version: number;
    createdAt: string;
    createdBy: string;
    updatedAt: string;
    usedBy: Array<string>;
  };
};

export type AccessRotateSecretMutationVariables = Exact<{
  environment: string;
  name: string;
  value: string;
}>;

export type AccessRotateSecretMutation = {
  rotateSecret: {
    name: string;
    environment: string;
    version: number;
    createdAt: string;
    createdBy: string;
    updatedAt: string;
    usedBy: Array<string>;
  };
};

export type AccessRemoveSecretMutationVariables = Exact<{
  environment: string;
  name: string;
}>;

export type AccessRemoveSecretMutation = { removeSecret: { name: string; environment: string } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  before?: number | null | undefined;
  after?: number | null | undefined;
  limit: number;
}>;

export type AuditLogQuery = {
  auditLog: {
    hasMore: boolean;
    nextCursor: number | null;
    items: Array<{
      id: number;
      time: string;
      actor: string;
      actorKind: string;
      action: string;
      environment: string | null;
      target: string | null;
      ip: string;
      userAgent: string;
      outcome: string;
      errorCode: string | null;
      details: string | null;
    }>;
  };
};

export type AuditEventsSubscriptionVariables = Exact<{
  environment?: string | null | undefined;
  after?: number | null | undefined;
}>;

export type AuditEventsSubscription = {
  auditEvents: {
    id: number;
    time: string;
    actor: string;
    actorKind: string;
    action: string;
    environment: string | null;
    target: string | null;
    ip: string;
    userAgent: string;
    outcome: string;
    errorCode: string | null;
    details: string | null;
  };
};

export type AutoscaleStatusQueryVariables = Exact<{
  serviceId: string | number;
}>;

export type AutoscaleStatusQuery = {
  autoscaleStatus: {
    serviceId: string;
    enabled: boolean;
    replicas: number;
    lastScaleAt: string | null;
    spec: {
      min: number;
      max: number;
      targetCpuPercent: number | null;
      targetMemoryPercent: number | null;
      targetRequestRate: number | null;
      tolerance: number;
      scaleUpStabilizationMs: number;
      scaleDownStabilizationMs: number;
      cooldownMs: number;
    } | null;
    metrics: { cpuPercent: number | null; memoryPercent: number | null; requestRate: number | null };
    decisions: Array<{
      at: string;
      action: string;
      current: number;
      desired: number;
      recommended: number | null;
      metric: string | null;
      value: number | null;
      target: number | null;
      reason: string;
      measured: number;
      applied: boolean;
    }>;
  };
};

export type SetAutoscaleMutationVariables = Exact<{
  id: string | number;
  input?: AutoscaleInput | null | undefined;
}>;

export type SetAutoscaleMutation = {
  setAutoscale: {
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    spec: {
      autoscale: {
        min: number;
        max: number;
        targetCpuPercent: number | null;
        targetMemoryPercent: number | null;
        targetRequestRate: number | null;
        tolerance: number;
        scaleUpStabilizationMs: number;
        scaleDownStabilizationMs: number;
        cooldownMs: number;
      } | null;
    };
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  };
};

export type OverviewQueryVariables = Exact<{ [key: string]: never }>;

export type OverviewQuery = {
  cluster: {
    id: string;
    name: string;
    containerCount: number;
    runningContainerCount: number;
    nodeCounts: { total: number; ready: number; down: number; draining: number; unhealthy: number };
    resources: {
      totalCpus: number;
      reservedCpus: number;
      usedCpus: number | null;
      totalMemoryBytes: number;
      reservedMemoryBytes: number;
      usedMemoryBytes: number | null;
    };
  };
  nodes: Array<{
    id: string;
    name: string;
    clusterId: string;
    role: NodeRole;
    status: NodeStatus;
    statusMessage: string | null;
    availability: NodeAvailability;
    endpoint: string;
    publishAddress: string;
    hostname: string | null;
    engineId: string | null;
    engineVersion: string | null;
    cpus: number;
    memoryBytes: number;
    containerCount: number;
    runningContainerCount: number;
    lastSeenAt: string | null;
    createdAt: string;
    platform: { os: string; arch: string };
    labels: Array<{ key: string; value: string }>;
    capacity: { cpus: number; memoryBytes: number };
    allocated: { cpus: number; memoryBytes: number };
  }>;
  services: Array<{
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  }>;
};

export type ControlPlaneQueryVariables = Exact<{ [key: string]: never }>;

export type ControlPlaneQuery = {
  system: {
    version: string;
    startedAt: string;
    instanceId: string;
    leader: { instanceId: string; self: boolean; since: string; token: number } | null;
  };
};

export type ContainersQueryVariables = Exact<{
  filter?: ContainerFilter | null | undefined;
}>;

export type ContainersQuery = {
  containers: {
    items: Array<{
      id: string;
      name: string;
      image: string;
      state: ContainerState;
      status: string;
      serviceId: string | null;
      taskId: string | null;
      revision: string | null;
      managed: boolean;
      createdAt: string;
      node: {
        id: string;
        name: string;
        clusterId: string;
        role: NodeRole;
        status: NodeStatus;
        statusMessage: string | null;
        availability: NodeAvailability;
        endpoint: string;
        publishAddress: string;
        hostname: string | null;
        engineId: string | null;
        engineVersion: string | null;
        cpus: number;
        memoryBytes: number;
        containerCount: number;
        runningContainerCount: number;
        lastSeenAt: string | null;
        createdAt: string;
        platform: { os: string; arch: string };
        labels: Array<{ key: string; value: string }>;
        capacity: { cpus: number; memoryBytes: number };
        allocated: { cpus: number; memoryBytes: number };
      };
      ports: Array<{ containerPort: number; hostPort: number; hostIp: string; protocol: PortProtocol }>;
    }>;
    unreachableNodes: Array<{ id: string; name: string; reason: string }>;
  };
};

export type ContainersPageQueryVariables = Exact<{
  filter?: ContainerFilter | null | undefined;
  first?: number | null | undefined;
}>;

export type ContainersPageQuery = {
  containersConnection: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        image: string;
        state: ContainerState;
        status: string;
        serviceId: string | null;
        taskId: string | null;
        revision: string | null;
        managed: boolean;
        createdAt: string;
        node: {
          id: string;
          name: string;
          clusterId: string;
          role: NodeRole;
          status: NodeStatus;
          statusMessage: string | null;
          availability: NodeAvailability;
          endpoint: string;
          publishAddress: string;
          hostname: string | null;
          engineId: string | null;
          engineVersion: string | null;
          cpus: number;
          memoryBytes: number;
          containerCount: number;
          runningContainerCount: number;
          lastSeenAt: string | null;
          createdAt: string;
          platform: { os: string; arch: string };
          labels: Array<{ key: string; value: string }>;
          capacity: { cpus: number; memoryBytes: number };
          allocated: { cpus: number; memoryBytes: number };
        };
        ports: Array<{ containerPort: number; hostPort: number; hostIp: string; protocol: PortProtocol }>;
      };
    }>;
    pageInfo: { hasNextPage: boolean };
    unreachableNodes: Array<{ id: string; name: string; reason: string }>;
  };
};

export type ContainerQueryVariables = Exact<{
  id: string | number;
  node?: string | number | null | undefined;
}>;

export type ContainerQuery = {
  container: {
    id: string;
    name: string;
    image: string;
    imageId: string;
    state: ContainerState;
    status: string;
    healthStatus: HealthStatus;
    createdAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    exitCode: number | null;
    oomKilled: boolean;
    error: string | null;
    pid: number | null;
    restartCount: number;
    managed: boolean;
    serviceId: string | null;
    taskId: string | null;
    revision: string | null;
    command: Array<string>;
    entrypoint: Array<string>;
    node: {
      id: string;
      name: string;
      clusterId: string;
      role: NodeRole;
      status: NodeStatus;
      statusMessage: string | null;
      availability: NodeAvailability;
      endpoint: string;
      publishAddress: string;
      hostname: string | null;
      engineId: string | null;
      engineVersion: string | null;
      cpus: number;
      memoryBytes: number;
      containerCount: number;
      runningContainerCount: number;
      lastSeenAt: string | null;
      createdAt: string;
      platform: { os: string; arch: string };
      labels: Array<{ key: string; value: string }>;
      capacity: { cpus: number; memoryBytes: number };
      allocated: { cpus: number; memoryBytes: number };
    };
    env: Array<{ key: string; value: string }>;
    labels: Array<{ key: string; value: string }>;
    ports: Array<{ containerPort: number; hostPort: number; hostIp: string; protocol: PortProtocol }>;
    mounts: Array<{ type: MountType; source: string; target: string; readOnly: boolean }>;
    networks: Array<{ name: string; ipAddress: string; gateway: string; macAddress: string }>;
    resources: {
      cpuLimit: number;
      cpuReservation: number;
      memoryLimitBytes: number;
      memoryReservationBytes: number;
    };
    restartPolicy: { condition: RestartCondition; maxRetries: number };
    healthCheck: {
      test: Array<string>;
      intervalMs: number;
      timeoutMs: number;
      retries: number;
      startPeriodMs: number;
    } | null;
    health: {
      status: HealthStatus;
      failingStreak: number;
      lastExitCode: number | null;
      lastOutput: string | null;
      probes: Array<{ start: string; end: string | null; exitCode: number; output: string }>;
    } | null;
  } | null;
};

export type ContainerStatsSubscriptionVariables = Exact<{
  containerId: string;
  nodeId?: string | number | null | undefined;
}>;

export type ContainerStatsSubscription = {
  containerStats: {
    containerId: string;
    timestamp: string;
    cpuPercent: number;
    onlineCpus: number;
    memoryUsageBytes: number;
    memoryLimitBytes: number;
    memoryPercent: number;
    networkRxBytesPerSec: number;
    networkTxBytesPerSec: number;
    networkRxBytes: number;
    networkTxBytes: number;
    pids: number;
  };
};

export type ContainerLogsSubscriptionVariables = Exact<{
  containerId: string;
  nodeId?: string | number | null | undefined;
  tail?: number | null | undefined;
}>;

export type ContainerLogsSubscription = {
  containerLogs: { timestamp: string; stream: LogStream; message: string };
};

export type StartContainerMutationVariables = Exact<{
  id: string | number;
  node?: string | number | null | undefined;
}>;

export type StartContainerMutation = {
  startContainer: {
    id: string;
    name: string;
    image: string;
    imageId: string;
    state: ContainerState;
    status: string;
    healthStatus: HealthStatus;
    createdAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    exitCode: number | null;
    oomKilled: boolean;
    error: string | null;
    pid: number | null;
    restartCount: number;
    managed: boolean;
    serviceId: string | null;
    taskId: string | null;
    revision: string | null;
    command: Array<string>;
    entrypoint: Array<string>;
    node: {
      id: string;
      name: string;
      clusterId: string;
      role: NodeRole;
      status: NodeStatus;
      statusMessage: string | null;
      availability: NodeAvailability;
      endpoint: string;
      publishAddress: string;
      hostname: string | null;
      engineId: string | null;
      engineVersion: string | null;
      cpus: number;
      memoryBytes: number;
      containerCount: number;
      runningContainerCount: number;
      lastSeenAt: string | null;
      createdAt: string;
      platform: { os: string; arch: string };
      labels: Array<{ key: string; value: string }>;
      capacity: { cpus: number; memoryBytes: number };
      allocated: { cpus: number; memoryBytes: number };
    };
    env: Array<{ key: string; value: string }>;
    labels: Array<{ key: string; value: string }>;
    ports: Array<{ containerPort: number; hostPort: number; hostIp: string; protocol: PortProtocol }>;
    mounts: Array<{ type: MountType; source: string; target: string; readOnly: boolean }>;
    networks: Array<{ name: string; ipAddress: string; gateway: string; macAddress: string }>;
    resources: {
      cpuLimit: number;
      cpuReservation: number;
      memoryLimitBytes: number;
      memoryReservationBytes: number;
    };
    restartPolicy: { condition: RestartCondition; maxRetries: number };
    healthCheck: {
      test: Array<string>;
      intervalMs: number;
      timeoutMs: number;
      retries: number;
      startPeriodMs: number;
    } | null;
    health: {
      status: HealthStatus;
      failingStreak: number;
      lastExitCode: number | null;
      lastOutput: string | null;
      probes: Array<{ start: string; end: string | null; exitCode: number; output: string }>;
    } | null;
  };
};

export type StopContainerMutationVariables = Exact<{
  id: string | number;
  node?: string | number | null | undefined;
}>;

export type StopContainerMutation = {
  stopContainer: {
    id: string;
    name: string;
    image: string;
    imageId: string;
    state: ContainerState;
    status: string;
    healthStatus: HealthStatus;
    createdAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    exitCode: number | null;
    oomKilled: boolean;
    error: string | null;
    pid: number | null;
    restartCount: number;
    managed: boolean;
    serviceId: string | null;
    taskId: string | null;
    revision: string | null;
    command: Array<string>;
    entrypoint: Array<string>;
    node: {
      id: string;
      name: string;
      clusterId: string;
      role: NodeRole;
      status: NodeStatus;
      statusMessage: string | null;
      availability: NodeAvailability;
      endpoint: string;
      publishAddress: string;
      hostname: string | null;
      engineId: string | null;
      engineVersion: string | null;
      cpus: number;
      memoryBytes: number;
      containerCount: number;
      runningContainerCount: number;
      lastSeenAt: string | null;
      createdAt: string;
      platform: { os: string; arch: string };
      labels: Array<{ key: string; value: string }>;
      capacity: { cpus: number; memoryBytes: number };
      allocated: { cpus: number; memoryBytes: number };
    };
    env: Array<{ key: string; value: string }>;
    labels: Array<{ key: string; value: string }>;
    ports: Array<{ containerPort: number; hostPort: number; hostIp: string; protocol: PortProtocol }>;
    mounts: Array<{ type: MountType; source: string; target: string; readOnly: boolean }>;
    networks: Array<{ name: string; ipAddress: string; gateway: string; macAddress: string }>;
    resources: {
      cpuLimit: number;
      cpuReservation: number;
      memoryLimitBytes: number;
      memoryReservationBytes: number;
    };
    restartPolicy: { condition: RestartCondition; maxRetries: number };
    healthCheck: {
      test: Array<string>;
      intervalMs: number;
      timeoutMs: number;
      retries: number;
      startPeriodMs: number;
    } | null;
    health: {
      status: HealthStatus;
      failingStreak: number;
      lastExitCode: number | null;
      lastOutput: string | null;
      probes: Array<{ start: string; end: string | null; exitCode: number; output: string }>;
    } | null;
  };
};

export type RestartContainerMutationVariables = Exact<{
  id: string | number;
  node?: string | number | null | undefined;
}>;

export type RestartContainerMutation = {
  restartContainer: {
    id: string;
    name: string;
    image: string;
    imageId: string;
    state: ContainerState;
    status: string;
    healthStatus: HealthStatus;
    createdAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    exitCode: number | null;
    oomKilled: boolean;
    error: string | null;
    pid: number | null;
    restartCount: number;
    managed: boolean;
    serviceId: string | null;
    taskId: string | null;
    revision: string | null;
    command: Array<string>;
    entrypoint: Array<string>;
    node: {
      id: string;
      name: string;
      clusterId: string;
      role: NodeRole;
      status: NodeStatus;
      statusMessage: string | null;
      availability: NodeAvailability;
      endpoint: string;
      publishAddress: string;
      hostname: string | null;
      engineId: string | null;
      engineVersion: string | null;
      cpus: number;
      memoryBytes: number;
      containerCount: number;
      runningContainerCount: number;
      lastSeenAt: string | null;
      createdAt: string;
      platform: { os: string; arch: string };
      labels: Array<{ key: string; value: string }>;
      capacity: { cpus: number; memoryBytes: number };
      allocated: { cpus: number; memoryBytes: number };
    };
    env: Array<{ key: string; value: string }>;
    labels: Array<{ key: string; value: string }>;
    ports: Array<{ containerPort: number; hostPort: number; hostIp: string; protocol: PortProtocol }>;
    mounts: Array<{ type: MountType; source: string; target: string; readOnly: boolean }>;
    networks: Array<{ name: string; ipAddress: string; gateway: string; macAddress: string }>;
    resources: {
      cpuLimit: number;
      cpuReservation: number;
      memoryLimitBytes: number;
      memoryReservationBytes: number;
    };
    restartPolicy: { condition: RestartCondition; maxRetries: number };
    healthCheck: {
      test: Array<string>;
      intervalMs: number;
      timeoutMs: number;
      retries: number;
      startPeriodMs: number;
    } | null;
    health: {
      status: HealthStatus;
      failingStreak: number;
      lastExitCode: number | null;
      lastOutput: string | null;
      probes: Array<{ start: string; end: string | null; exitCode: number; output: string }>;
    } | null;
  };
};

export type RemoveContainerMutationVariables = Exact<{
  id: string | number;
  node?: string | number | null | undefined;
  force: boolean;
}>;

export type RemoveContainerMutation = { removeContainer: string };

export type ContainersStatsSubscriptionVariables = Exact<{
  containers: Array<ContainerStatsTargetInput> | ContainerStatsTargetInput;
}>;

export type ContainersStatsSubscription = {
  containersStats: {
    timestamp: string;
    pending: Array<string>;
    gone: Array<string>;
    items: Array<{
      nodeId: string;
      containerId: string;
      timestamp: string;
      cpuPercent: number;
      onlineCpus: number;
      memoryUsageBytes: number;
      memoryLimitBytes: number;
      memoryPercent: number;
      networkRxBytesPerSec: number;
      networkTxBytesPerSec: number;
      networkRxBytes: number;
      networkTxBytes: number;
      pids: number;
    }>;
  };
};

export type EventsQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  before?: number | null | undefined;
  limit: number;
}>;

export type EventsQuery = {
  events: {
    nextCursor: number | null;
    hasMore: boolean;
    items: Array<{
      cursor: number;
      time: string;
      kind: string;
      severity: EventSeverity;
      message: string;
      nodeId: string | null;
      serviceId: string | null;
      taskId: string | null;
      containerId: string | null;
      data: Record<string, unknown> | null;
      gap: { from: number; to: number; count: number } | null;
    }>;
  };
};

export type LiveEventsSubscriptionVariables = Exact<{
  after?: number | null | undefined;
  filter?: EventFilter | null | undefined;
}>;

export type LiveEventsSubscription = {
  events: {
    cursor: number;
    time: string;
    kind: string;
    severity: EventSeverity;
    message: string;
    nodeId: string | null;
    serviceId: string | null;
    taskId: string | null;
    containerId: string | null;
    data: Record<string, unknown> | null;
    gap: { from: number; to: number; count: number } | null;
  };
};

export type FleetQueryVariables = Exact<{ [key: string]: never }>;

export type FleetQuery = {
  clusters: Array<{
    id: string;
    name: string;
    region: string;
    zone: string;
    kind: ClusterKind;
    latencyP50Ms: number | null;
    health: { status: ClusterHealthStatus; reason: string };
    nodeCounts: { total: number; ready: number };
    resources: {
      totalCpus: number;
      reservedCpus: number;
      usedCpus: number | null;
      totalMemoryBytes: number;
      reservedMemoryBytes: number;
      usedMemoryBytes: number | null;
    };
  }>;
  services: Array<{
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    federation: {
      moving: boolean;
      members: Array<{
        cluster: string;
        clusterId: string;
        desired: number;
        running: number;
        healthy: number;
      }>;
    } | null;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  }>;
};

export type ServiceFederationQueryVariables = Exact<{
  id: string | number;
}>;

export type ServiceFederationQuery = {
  service: {
    id: string;
    federation: {
      decidedAt: string | null;
      moving: boolean;
      summary: string;
      division: Array<{
        cluster: string;
        clusterId: string;
        replicas: number;
        score: number;
        reason: string;
      }>;
      excluded: Array<{ cluster: string; clusterId: string; reason: string }>;
      members: Array<{
        cluster: string;
        clusterId: string;
        desired: number;
        running: number;
        healthy: number;
      }>;
      placement: { replicaScheduling: ReplicaScheduling };
    } | null;
  } | null;
};

export type RolloutFieldsFragment = {
  state: RolloutState;
  phase: string;
  total: number;
  updated: number;
  remaining: number;
  failed: number;
  isRollback: boolean;
  fromRevision: number;
  toRevision: number;
  startedAt: string;
  updatedAt: string;
  completedAt: string | null;
  progressive: {
    kind: ProgressiveKind;
    phase: ProgressivePhase;
    step: number;
    weight: number;
    tasks: number;
    stableRevision: number;
    canaryRevision: number;
    stepStartedAt: string | null;
    switchedAt: string | null;
    message: string | null;
    steps: Array<{ weight: number; durationMs: number }>;
    decision: {
      at: string;
      event: string;
      from: ProgressivePhase;
      to: ProgressivePhase;
      reason: string;
      step: number;
      weight: number;
      stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
      canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
    } | null;
  } | null;
};

export type RevisionFiguresFieldsFragment = {
  requests: number;
  errors: number;
  errorRate: number;
  p95Ms: number | null;
};

export type CanaryStepFieldsFragment = { weight: number; durationMs: number };

export type ProgressiveRolloutFieldsFragment = {
  kind: ProgressiveKind;
  phase: ProgressivePhase;
  step: number;
  weight: number;
  tasks: number;
  stableRevision: number;
  canaryRevision: number;
  stepStartedAt: string | null;
  switchedAt: string | null;
  message: string | null;
  steps: Array<{ weight: number; durationMs: number }>;
  decision: {
    at: string;
    event: string;
    from: ProgressivePhase;
    to: ProgressivePhase;
    reason: string;
    step: number;
    weight: number;
    stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
    canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
  } | null;
};

export type RolloutSampleFieldsFragment = {
  at: string;
  kind: string;
  step: number;
  weight: number;
  phase: ProgressivePhase | null;
  stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
  canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
};

export type ServiceFieldsFragment = {
  id: string;
  name: string;
  clusterId: string;
  image: string;
  mode: ServiceMode;
  revision: number;
  status: ServiceStatus;
  desiredReplicas: number;
  runningReplicas: number;
  healthyReplicas: number;
  pendingReplicas: number;
  unhealthyReplicas: number;
  updatedAt: string;
  rollout: {
    state: RolloutState;
    phase: string;
    total: number;
    updated: number;
    remaining: number;
    failed: number;
    isRollback: boolean;
    fromRevision: number;
    toRevision: number;
    startedAt: string;
    updatedAt: string;
    completedAt: string | null;
    progressive: {
      kind: ProgressiveKind;
      phase: ProgressivePhase;
      step: number;
      weight: number;
      tasks: number;
      stableRevision: number;
      canaryRevision: number;
      stepStartedAt: string | null;
      switchedAt: string | null;
      message: string | null;
      steps: Array<{ weight: number; durationMs: number }>;
      decision: {
        at: string;
        event: string;
        from: ProgressivePhase;
        to: ProgressivePhase;
        reason: string;
        step: number;
        weight: number;
        stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
      } | null;
    } | null;
  } | null;
};

export type UpdateConfigFieldsFragment = {
  parallelism: number;
  delayMs: number;
  failureAction: FailureAction;
  monitorMs: number;
  minReadyMs: number;
  maxFailureRatio: number;
  order: UpdateOrder;
  canary: number;
  blueGreen: boolean;
  blueGreenKeepMs: number;
  canarySteps: Array<{ weight: number; durationMs: number }>;
  analysis: {
    maxErrorRateIncrease: number;
    maxP95Ratio: number;
    minP95IncreaseMs: number;
    minRequests: number;
  } | null;
};

export type TaskFieldsFragment = {
  id: string;
  serviceId: string;
  slot: number;
  revision: number;
  state: TaskState;
  desiredState: TaskState;
  health: string;
  nodeId: string | null;
  nodeName: string | null;
  containerId: string | null;
  stateReason: string;
  exitCode: number | null;
  failures: number;
  createdAt: string;
  updatedAt: string;
  readyAt: string | null;
  notBefore: string | null;
};

export type NodeFieldsFragment = {
  id: string;
  name: string;
  clusterId: string;
  role: NodeRole;
  status: NodeStatus;
  statusMessage: string | null;
  availability: NodeAvailability;
  endpoint: string;
  publishAddress: string;
  hostname: string | null;
  engineId: string | null;
  engineVersion: string | null;
  cpus: number;
  memoryBytes: number;
  containerCount: number;
  runningContainerCount: number;
  lastSeenAt: string | null;
  createdAt: string;
  platform: { os: string; arch: string };
  labels: Array<{ key: string; value: string }>;
  capacity: { cpus: number; memoryBytes: number };
  allocated: { cpus: number; memoryBytes: number };
};

export type PortBindingFieldsFragment = {
  containerPort: number;
  hostPort: number;
  hostIp: string;
  protocol: PortProtocol;
};

export type ContainerFieldsFragment = {
  id: string;
  name: string;
  image: string;
  state: ContainerState;
  status: string;
  serviceId: string | null;
  taskId: string | null;
  revision: string | null;
  managed: boolean;
  createdAt: string;
  node: {
    id: string;
    name: string;
    clusterId: string;
    role: NodeRole;
    status: NodeStatus;
    statusMessage: string | null;
    availability: NodeAvailability;
    endpoint: string;
    publishAddress: string;
    hostname: string | null;
    engineId: string | null;
    engineVersion: string | null;
    cpus: number;
    memoryBytes: number;
    containerCount: number;
    runningContainerCount: number;
    lastSeenAt: string | null;
    createdAt: string;
    platform: { os: string; arch: string };
    labels: Array<{ key: string; value: string }>;
    capacity: { cpus: number; memoryBytes: number };
    allocated: { cpus: number; memoryBytes: number };
  };
  ports: Array<{ containerPort: number; hostPort: number; hostIp: string; protocol: PortProtocol }>;
};

export type UnreachableNodeFieldsFragment = { id: string; name: string; reason: string };

export type ContainerDetailsFieldsFragment = {
  id: string;
  name: string;
  image: string;
  imageId: string;
  state: ContainerState;
  status: string;
  healthStatus: HealthStatus;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  exitCode: number | null;
  oomKilled: boolean;
  error: string | null;
  pid: number | null;
  restartCount: number;
  managed: boolean;
  serviceId: string | null;
  taskId: string | null;
  revision: string | null;
  command: Array<string>;
  entrypoint: Array<string>;
  node: {
    id: string;
    name: string;
    clusterId: string;
    role: NodeRole;
    status: NodeStatus;
    statusMessage: string | null;
    availability: NodeAvailability;
    endpoint: string;
    publishAddress: string;
    hostname: string | null;
    engineId: string | null;
    engineVersion: string | null;
    cpus: number;
    memoryBytes: number;
    containerCount: number;
    runningContainerCount: number;
    lastSeenAt: string | null;
    createdAt: string;
    platform: { os: string; arch: string };
    labels: Array<{ key: string; value: string }>;
    capacity: { cpus: number; memoryBytes: number };
    allocated: { cpus: number; memoryBytes: number };
  };
  env: Array<{ key: string; value: string }>;
  labels: Array<{ key: string; value: string }>;
  ports: Array<{ containerPort: number; hostPort: number; hostIp: string; protocol: PortProtocol }>;
  mounts: Array<{ type: MountType; source: string; target: string; readOnly: boolean }>;
  networks: Array<{ name: string; ipAddress: string; gateway: string; macAddress: string }>;
  resources: {
    cpuLimit: number;
    cpuReservation: number;
    memoryLimitBytes: number;
    memoryReservationBytes: number;
  };
  restartPolicy: { condition: RestartCondition; maxRetries: number };
  healthCheck: {
    test: Array<string>;
    intervalMs: number;
    timeoutMs: number;
    retries: number;
    startPeriodMs: number;
  } | null;
  health: {
    status: HealthStatus;
    failingStreak: number;
    lastExitCode: number | null;
    lastOutput: string | null;
    probes: Array<{ start: string; end: string | null; exitCode: number; output: string }>;
  } | null;
};

export type EventFieldsFragment = {
  cursor: number;
  time: string;
  kind: string;
  severity: EventSeverity;
  message: string;
  nodeId: string | null;
  serviceId: string | null;
  taskId: string | null;
  containerId: string | null;
  data: Record<string, unknown> | null;
  gap: { from: number; to: number; count: number } | null;
};

export type MeFieldsFragment = {
  userId: string | null;
  username: string;
  kind: string;
  tokenName: string | null;
  expiresAt: string | null;
  authEnabled: boolean;
  roles: Array<{ environment: string; role: Role }>;
};

export type UserFieldsFragment = {
  id: string;
  username: string;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  roles: Array<{ environment: string; role: Role }>;
};

export type RoleBindingFieldsFragment = { environment: string; role: Role; userId: string; username: string };

export type ApiTokenFieldsFragment = {
  id: string;
  name: string;
  owner: string;
  prefix: string;
  role: Role;
  environments: Array<string>;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  active: boolean;
};

export type QuotaFieldsFragment = {
  maxCpus: number | null;
  maxMemoryBytes: number | null;
  maxServices: number | null;
  maxContainers: number | null;
};

export type EnvironmentFieldsFragment = {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  clusterIds: Array<string>;
  policy: {
    allowPrivileged: boolean;
    allowHostNetwork: boolean;
    allowHostPid: boolean;
    allowDockerSocket: boolean;
    allowedCapabilities: Array<string>;
    bindAllowedPaths: Array<string> | null;
  };
  quota: {
    maxCpus: number | null;
    maxMemoryBytes: number | null;
    maxServices: number | null;
    maxContainers: number | null;
  };
};

export type SecretFieldsFragment = {
  name: string;
  environment: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  usedBy: Array<string>;
};

export type AuditEntryFieldsFragment = {
  id: number;
  time: string;
  actor: string;
  actorKind: string;
  action: string;
  environment: string | null;
  target: string | null;
  ip: string;
  userAgent: string;
  outcome: string;
  errorCode: string | null;
  details: string | null;
};

export type StackWarningFieldsFragment = {
  path: string;
  service: string | null;
  key: string;
  message: string;
  line: number | null;
};

export type StackPlanItemFieldsFragment = {
  kind: string;
  name: string;
  diff: Array<{ field: string; from: string | null; to: string | null }>;
};

export type StackFieldsFragment = {
  name: string;
  clusterId: string;
  status: StackStatus;
  networks: Array<string>;
  volumes: Array<string>;
  secrets: Array<string>;
  variables: Array<string>;
  createdAt: string;
  updatedAt: string;
  warnings: Array<{
    path: string;
    service: string | null;
    key: string;
    message: string;
    line: number | null;
  }>;
  services: Array<{
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  }>;
};

export type AutoscaleSpecFieldsFragment = {
  min: number;
  max: number;
  targetCpuPercent: number | null;
  targetMemoryPercent: number | null;
  targetRequestRate: number | null;
  tolerance: number;
  scaleUpStabilizationMs: number;
  scaleDownStabilizationMs: number;
  cooldownMs: number;
};

export type NodeStatsFieldsFragment = {
  nodeId: string;
  timestamp: string;
  containerCount: number;
  sampledContainerCount: number;
  usedCpus: number;
  cpus: number | null;
  cpuPercent: number | null;
  memoryUsedBytes: number;
  memoryTotalBytes: number | null;
  memoryPercent: number | null;
  networkRxBytesPerSec: number;
  networkTxBytesPerSec: number;
};

export type ContainerStatsFieldsFragment = {
  containerId: string;
  timestamp: string;
  cpuPercent: number;
  onlineCpus: number;
  memoryUsageBytes: number;
  memoryLimitBytes: number;
  memoryPercent: number;
  networkRxBytesPerSec: number;
  networkTxBytesPerSec: number;
  networkRxBytes: number;
  networkTxBytes: number;
  pids: number;
};

export type IngressWindowStatsFieldsFragment = {
  windowMs: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
};

export type ClusterResourcesFieldsFragment = {
  totalCpus: number;
  reservedCpus: number;
  usedCpus: number | null;
  totalMemoryBytes: number;
  reservedMemoryBytes: number;
  usedMemoryBytes: number | null;
};

export type FederationMemberFieldsFragment = {
  cluster: string;
  clusterId: string;
  desired: number;
  running: number;
  healthy: number;
};

export type ClusterPlacementFieldsFragment = {
  spread: ClusterSpread | null;
  replicaScheduling: ReplicaScheduling;
  regionPreference: Array<string>;
  affinity: {
    names: Array<string>;
    regions: Array<string>;
    labels: Array<{ key: string; value: string }>;
  } | null;
  antiAffinity: {
    names: Array<string>;
    regions: Array<string>;
    labels: Array<{ key: string; value: string }>;
  } | null;
  weights: Array<{ cluster: string; weight: number }>;
  overrides: Array<{
    cluster: string;
    image: string | null;
    replicas: number | null;
    env: Array<{ key: string; value: string }>;
    resources: {
      cpuLimit: number | null;
      cpuReservation: number | null;
      memoryLimit: string | null;
      memoryReservation: string | null;
    } | null;
  }>;
};

export type ImagesQueryVariables = Exact<{ [key: string]: never }>;

export type ImagesQuery = {
  images: {
    items: Array<{
      id: string;
      repoTags: Array<string>;
      repoDigests: Array<string>;
      sizeBytes: number;
      createdAt: string;
      node: { id: string; name: string };
      containers: Array<{ id: string; name: string; state: ContainerState }>;
      services: Array<{ id: string; name: string; containers: number }>;
    }>;
    unreachableNodes: Array<{ name: string; reason: string }>;
  };
  nodes: Array<{
    id: string;
    name: string;
    clusterId: string;
    role: NodeRole;
    status: NodeStatus;
    statusMessage: string | null;
    availability: NodeAvailability;
    endpoint: string;
    publishAddress: string;
    hostname: string | null;
    engineId: string | null;
    engineVersion: string | null;
    cpus: number;
    memoryBytes: number;
    containerCount: number;
    runningContainerCount: number;
    lastSeenAt: string | null;
    createdAt: string;
    platform: { os: string; arch: string };
    labels: Array<{ key: string; value: string }>;
    capacity: { cpus: number; memoryBytes: number };
    allocated: { cpus: number; memoryBytes: number };
  }>;
};

export type ImageHistoryQueryVariables = Exact<{
  node: string | number;
  ref: string;
}>;

export type ImageHistoryQuery = {
  imageHistory: Array<{
    id: string;
    createdAt: string;
    createdBy: string;
    sizeBytes: number;
    tags: Array<string>;
  }>;
};

export type StartImagePullMutationVariables = Exact<{
  node: string | number;
  ref: string;
}>;

export type StartImagePullMutation = { startImagePull: { id: string } };

export type ImagePullSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type ImagePullSubscription = {
  imagePull: {
    id: string;
    ref: string;
    state: ImagePullState;
    percent: number;
    layers: number;
    layersDone: number;
    downloadedBytes: number;
    totalBytes: number;
    status: string;
    error: string | null;
    node: { name: string };
  };
};

export type TagImageMutationVariables = Exact<{
  node: string | number;
  source: string;
  repo: string;
  tag: string;
}>;

export type TagImageMutation = { tagImage: { id: string; repoTags: Array<string> } };

export type RemoveImageMutationVariables = Exact<{
  node: string | number;
  ref: string;
}>;

export type RemoveImageMutation = { removeImage: Array<string> };

export type IngressStatsQueryVariables = Exact<{
  serviceId: string | number;
}>;

export type IngressStatsQuery = {
  ingressStats: {
    serviceId: string;
    port: number;
    listening: boolean;
    error: string | null;
    algorithm: IngressAlgorithm;
    tls: boolean;
    inFlight: number;
    requests: number;
    errors: number;
    retries: number;
    routes: Array<{ host: string | null; pathPrefix: string }>;
    recent: { windowMs: number; requests: number; errors: number; p50Ms: number; p95Ms: number };
    backends: Array<{
      taskId: string;
      revision: number;
      nodeName: string;
      address: string;
      port: number;
      state: BreakerState;
      consecutiveFailures: number;
      retryAt: string | null;
      draining: boolean;
      inFlight: number;
      requests: number;
      failures: number;
      lastError: string | null;
      probe: { healthy: boolean; lastError: string | null } | null;
      recent: { windowMs: number; requests: number; errors: number; p50Ms: number; p95Ms: number };
    }>;
    revisions: Array<{
      revision: number;
      replicas: number;
      weight: number | null;
      requests: number;
      errors: number;
      recent: { windowMs: number; requests: number; errors: number; p50Ms: number; p95Ms: number };
    }>;
  } | null;
};

export type NetworksQueryVariables = Exact<{ [key: string]: never }>;

export type NetworksQuery = {
  networks: Array<{
    id: string;
    name: string;
    driver: NetworkDriver;
    subnet: string;
    gateway: string;
    services: Array<string>;
    nodes: Array<{
      nodeId: string;
      nodeName: string;
      present: boolean;
      slice: string | null;
      error: string | null;
      containers: Array<{ containerId: string }>;
    }>;
    endpoints: Array<{
      serviceId: string;
      serviceName: string;
      taskId: string;
      slot: number;
      nodeId: string;
      nodeName: string;
      state: string;
      health: string;
      ip: string | null;
      inDns: boolean;
    }>;
  }>;
  services: Array<{
    id: string;
    name: string;
    spec: { ports: Array<{ containerPort: number; protocol: string }> };
  }>;
  serviceDns: {
    enabled: boolean;
    nameserver: string | null;
    serving: boolean;
    queries: number | null;
    names: number;
  };
};

export type CheckConnectivityMutationVariables = Exact<{
  input: ConnectivityInput;
}>;

export type CheckConnectivityMutation = {
  checkConnectivity: {
    fromService: string;
    fromTaskId: string;
    fromContainerId: string;
    fromNode: string;
    toService: string;
    port: number;
    resolved: Array<string>;
    resolveOk: boolean;
    resolveMs: number;
    expected: Array<string>;
    connected: boolean;
    connectMs: number;
    execOverheadMs: number;
    output: string;
    error: string | null;
  };
};

export type NodesQueryVariables = Exact<{ [key: string]: never }>;

export type NodesQuery = {
  nodes: Array<{
    id: string;
    name: string;
    clusterId: string;
    role: NodeRole;
    status: NodeStatus;
    statusMessage: string | null;
    availability: NodeAvailability;
    endpoint: string;
    publishAddress: string;
    hostname: string | null;
    engineId: string | null;
    engineVersion: string | null;
    cpus: number;
    memoryBytes: number;
    containerCount: number;
    runningContainerCount: number;
    lastSeenAt: string | null;
    createdAt: string;
    platform: { os: string; arch: string };
    labels: Array<{ key: string; value: string }>;
    capacity: { cpus: number; memoryBytes: number };
    allocated: { cpus: number; memoryBytes: number };
  }>;
};

export type NodeTasksQueryVariables = Exact<{
  nodeId: string | number;
}>;

export type NodeTasksQuery = {
  tasks: Array<{
    id: string;
    serviceId: string;
    slot: number;
    revision: number;
    state: TaskState;
    desiredState: TaskState;
    health: string;
    nodeId: string | null;
    nodeName: string | null;
    containerId: string | null;
    stateReason: string;
    exitCode: number | null;
    failures: number;
    createdAt: string;
    updatedAt: string;
    readyAt: string | null;
    notBefore: string | null;
  }>;
  services: Array<{ id: string; name: string }>;
};

export type NodeStatsSubscriptionVariables = Exact<{
  nodeId: string | number;
  intervalMs: number;
}>;

export type NodeStatsSubscription = {
  nodeStats: {
    nodeId: string;
    timestamp: string;
    containerCount: number;
    sampledContainerCount: number;
    usedCpus: number;
    cpus: number | null;
    cpuPercent: number | null;
    memoryUsedBytes: number;
    memoryTotalBytes: number | null;
    memoryPercent: number | null;
    networkRxBytesPerSec: number;
    networkTxBytesPerSec: number;
  };
};

export type UpdateNodeMutationVariables = Exact<{
  id: string | number;
  input: UpdateNodeInput;
}>;

export type UpdateNodeMutation = {
  updateNode: {
    id: string;
    name: string;
    clusterId: string;
    role: NodeRole;
    status: NodeStatus;
    statusMessage: string | null;
    availability: NodeAvailability;
    endpoint: string;
    publishAddress: string;
    hostname: string | null;
    engineId: string | null;
    engineVersion: string | null;
    cpus: number;
    memoryBytes: number;
    containerCount: number;
    runningContainerCount: number;
    lastSeenAt: string | null;
    createdAt: string;
    platform: { os: string; arch: string };
    labels: Array<{ key: string; value: string }>;
    capacity: { cpus: number; memoryBytes: number };
    allocated: { cpus: number; memoryBytes: number };
  };
};

export type NodesStatsSubscriptionVariables = Exact<{
  nodeIds?: Array<string | number> | string | number | null | undefined;
}>;

export type NodesStatsSubscription = {
  nodesStats: {
    timestamp: string;
    items: Array<{
      nodeId: string;
      timestamp: string;
      containerCount: number;
      sampledContainerCount: number;
      usedCpus: number;
      cpus: number | null;
      cpuPercent: number | null;
      memoryUsedBytes: number;
      memoryTotalBytes: number | null;
      memoryPercent: number | null;
      networkRxBytesPerSec: number;
      networkTxBytesPerSec: number;
    }>;
  };
};

export type RolloutTimelineQueryVariables = Exact<{
  id: string | number;
  limit: number;
}>;

export type RolloutTimelineQuery = {
  service: {
    id: string;
    rollout: {
      timeline: Array<{
        at: string;
        kind: string;
        step: number;
        weight: number;
        phase: ProgressivePhase | null;
        stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
      }>;
    } | null;
  } | null;
};

export type PromoteRolloutMutationVariables = Exact<{
  id: string | number;
}>;

export type PromoteRolloutMutation = {
  promoteRollout: {
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  };
};

export type AbortRolloutMutationVariables = Exact<{
  id: string | number;
}>;

export type AbortRolloutMutation = {
  abortRollout: {
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  };
};

export type ServicesQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: ServiceStatus | null | undefined;
}>;

export type ServicesQuery = {
  services: Array<{
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  }>;
};

export type ServiceRowQueryVariables = Exact<{
  id: string | number;
}>;

export type ServiceRowQuery = {
  service: {
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  } | null;
};

export type ServiceQueryVariables = Exact<{
  id: string | number;
}>;

export type ServiceQuery = {
  service: {
    previousRevision: number | null;
    createdAt: string;
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    pins: Array<{ volume: string; nodeName: string; constraint: string; reason: string }>;
    unplaced: Array<{
      taskId: string;
      slot: number;
      reason: string;
      nodesConsidered: number;
      failures: Array<{ filter: string; nodes: number; reason: string }>;
    }>;
    tasks: Array<{
      id: string;
      serviceId: string;
      slot: number;
      revision: number;
      state: TaskState;
      desiredState: TaskState;
      health: string;
      nodeId: string | null;
      nodeName: string | null;
      containerId: string | null;
      stateReason: string;
      exitCode: number | null;
      failures: number;
      createdAt: string;
      updatedAt: string;
      readyAt: string | null;
      notBefore: string | null;
    }>;
    spec: {
      name: string;
      image: string;
      command: Array<string> | null;
      mode: ServiceMode;
      replicas: number;
      stopTimeoutSec: number;
      priority: number;
      preemption: boolean;
      networks: Array<string>;
      entrypoint: Array<string> | null;
      env: Array<{ key: string; value: string }>;
      labels: Array<{ key: string; value: string }>;
      ports: Array<{ containerPort: number; hostPort: number; hostIp: string; protocol: string }>;
      limits: { cpus: number; memoryBytes: number };
      reservations: { cpus: number; memoryBytes: number };
      healthCheck: {
        test: Array<string>;
        intervalMs: number;
        timeoutMs: number;
        retries: number;
        startPeriodMs: number;
      } | null;
      placement: {
        constraints: Array<string>;
        spread: Array<string>;
        maxReplicasPerNode: number;
        nodeAffinity: Array<{ expression: string; weight: number }>;
        serviceAffinity: Array<{ service: string; weight: number }>;
        clusters: {
          spread: ClusterSpread | null;
          replicaScheduling: ReplicaScheduling;
          regionPreference: Array<string>;
          affinity: {
            names: Array<string>;
            regions: Array<string>;
            labels: Array<{ key: string; value: string }>;
          } | null;
          antiAffinity: {
            names: Array<string>;
            regions: Array<string>;
            labels: Array<{ key: string; value: string }>;
          } | null;
          weights: Array<{ cluster: string; weight: number }>;
          overrides: Array<{
            cluster: string;
            image: string | null;
            replicas: number | null;
            env: Array<{ key: string; value: string }>;
            resources: {
              cpuLimit: number | null;
              cpuReservation: number | null;
              memoryLimit: string | null;
              memoryReservation: string | null;
            } | null;
          }>;
        } | null;
      };
      update: {
        parallelism: number;
        delayMs: number;
        failureAction: FailureAction;
        monitorMs: number;
        minReadyMs: number;
        maxFailureRatio: number;
        order: UpdateOrder;
        canary: number;
        blueGreen: boolean;
        blueGreenKeepMs: number;
        canarySteps: Array<{ weight: number; durationMs: number }>;
        analysis: {
          maxErrorRateIncrease: number;
          maxP95Ratio: number;
          minP95IncreaseMs: number;
          minRequests: number;
        } | null;
      };
      rollback: {
        parallelism: number;
        delayMs: number;
        failureAction: FailureAction;
        monitorMs: number;
        minReadyMs: number;
        maxFailureRatio: number;
        order: UpdateOrder;
        canary: number;
        blueGreen: boolean;
        blueGreenKeepMs: number;
        canarySteps: Array<{ weight: number; durationMs: number }>;
        analysis: {
          maxErrorRateIncrease: number;
          maxP95Ratio: number;
          minP95IncreaseMs: number;
          minRequests: number;
        } | null;
      };
      restartPolicy: {
        condition: ServiceRestartCondition;
        delayMs: number;
        maxAttempts: number;
        maxDelayMs: number;
        windowMs: number;
      };
      volumes: Array<{ type: string; source: string; target: string; readOnly: boolean }>;
      ingress: {
        port: number;
        targetPort: number;
        algorithm: IngressAlgorithm;
        failureThreshold: number | null;
        resetTimeoutMs: number | null;
        upstreamTimeoutMs: number | null;
        routes: Array<{ host: string | null; pathPrefix: string }>;
        tls: { secret: string } | null;
        probe: {
          path: string;
          intervalMs: number;
          timeoutMs: number;
          healthyThreshold: number;
          unhealthyThreshold: number;
        } | null;
      } | null;
      autoscale: {
        min: number;
        max: number;
        targetCpuPercent: number | null;
        targetMemoryPercent: number | null;
        targetRequestRate: number | null;
        tolerance: number;
        scaleUpStabilizationMs: number;
        scaleDownStabilizationMs: number;
        cooldownMs: number;
      } | null;
      secrets: Array<{ name: string; target: string; env: string | null }>;
      security: { privileged: boolean; hostNetwork: boolean; hostPid: boolean; capAdd: Array<string> } | null;
      aliases: Array<{ network: string; aliases: Array<string> }>;
    };
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  } | null;
};

export type RevisionsQueryVariables = Exact<{
  id: string | number;
}>;

export type RevisionsQuery = {
  serviceRevisions: Array<{
    number: number;
    current: boolean;
    image: string;
    reason: string;
    createdAt: string;
    createdBy: string;
    diff: Array<{ path: string; from: unknown; to: unknown }>;
  }>;
};

export type CreateServiceMutationVariables = Exact<{
  spec: ServiceSpecInput;
}>;

export type CreateServiceMutation = {
  createService: {
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  };
};

export type UpdateServiceMutationVariables = Exact<{
  id: string | number;
  spec: ServiceSpecInput;
}>;

export type UpdateServiceMutation = {
  updateService: {
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  };
};

export type PatchServiceMutationVariables = Exact<{
  id: string | number;
  patch: ServicePatchInput;
}>;

export type PatchServiceMutation = {
  patchService: {
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  };
};

export type RollbackServiceMutationVariables = Exact<{
  id: string | number;
  toRevision?: number | null | undefined;
}>;

export type RollbackServiceMutation = {
  rollbackService: {
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  };
};

export type PauseRolloutMutationVariables = Exact<{
  id: string | number;
}>;

export type PauseRolloutMutation = {
  pauseRollout: {
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  };
};

export type ResumeRolloutMutationVariables = Exact<{
  id: string | number;
}>;

export type ResumeRolloutMutation = {
  resumeRollout: {
    id: string;
    name: string;
    clusterId: string;
    image: string;
    mode: ServiceMode;
    revision: number;
    status: ServiceStatus;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    pendingReplicas: number;
    unhealthyReplicas: number;
    updatedAt: string;
    rollout: {
      state: RolloutState;
      phase: string;
      total: number;
      updated: number;
      remaining: number;
      failed: number;
      isRollback: boolean;
      fromRevision: number;
      toRevision: number;
      startedAt: string;
      updatedAt: string;
      completedAt: string | null;
      progressive: {
        kind: ProgressiveKind;
        phase: ProgressivePhase;
        step: number;
        weight: number;
        tasks: number;
        stableRevision: number;
        canaryRevision: number;
        stepStartedAt: string | null;
        switchedAt: string | null;
        message: string | null;
        steps: Array<{ weight: number; durationMs: number }>;
        decision: {
          at: string;
          event: string;
          from: ProgressivePhase;
          to: ProgressivePhase;
          reason: string;
          step: number;
          weight: number;
          stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
        } | null;
      } | null;
    } | null;
  };
};

export type RemoveServiceMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveServiceMutation = { removeService: { id: string } };

export type SessionQueryVariables = Exact<{ [key: string]: never }>;

export type SessionQuery = {
  me: {
    userId: string | null;
    username: string;
    kind: string;
    tokenName: string | null;
    expiresAt: string | null;
    authEnabled: boolean;
    roles: Array<{ environment: string; role: Role }>;
  } | null;
};

export type SessionEnvironmentsQueryVariables = Exact<{ [key: string]: never }>;

export type SessionEnvironmentsQuery = {
  environments: Array<{
    id: string;
    name: string;
    description: string;
    createdAt: string;
    clusterIds: Array<string>;
    policy: {
      allowPrivileged: boolean;
      allowHostNetwork: boolean;
      allowHostPid: boolean;
      allowDockerSocket: boolean;
      allowedCapabilities: Array<string>;
      bindAllowedPaths: Array<string> | null;
    };
    quota: {
      maxCpus: number | null;
      maxMemoryBytes: number | null;
      maxServices: number | null;
      maxContainers: number | null;
    };
  }>;
};

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    expiresAt: string;
    me: {
      userId: string | null;
      username: string;
      kind: string;
      tokenName: string | null;
      expiresAt: string | null;
      authEnabled: boolean;
      roles: Array<{ environment: string; role: Role }>;
    };
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type StacksQueryVariables = Exact<{ [key: string]: never }>;

export type StacksQuery = {
  stacks: Array<{
    name: string;
    clusterId: string;
    status: StackStatus;
    networks: Array<string>;
    volumes: Array<string>;
    secrets: Array<string>;
    variables: Array<string>;
    createdAt: string;
    updatedAt: string;
    warnings: Array<{
      path: string;
      service: string | null;
      key: string;
      message: string;
      line: number | null;
    }>;
    services: Array<{
      id: string;
      name: string;
      clusterId: string;
      image: string;
      mode: ServiceMode;
      revision: number;
      status: ServiceStatus;
      desiredReplicas: number;
      runningReplicas: number;
      healthyReplicas: number;
      pendingReplicas: number;
      unhealthyReplicas: number;
      updatedAt: string;
      rollout: {
        state: RolloutState;
        phase: string;
        total: number;
        updated: number;
        remaining: number;
        failed: number;
        isRollback: boolean;
        fromRevision: number;
        toRevision: number;
        startedAt: string;
        updatedAt: string;
        completedAt: string | null;
        progressive: {
          kind: ProgressiveKind;
          phase: ProgressivePhase;
          step: number;
          weight: number;
          tasks: number;
          stableRevision: number;
          canaryRevision: number;
          stepStartedAt: string | null;
          switchedAt: string | null;
          message: string | null;
          steps: Array<{ weight: number; durationMs: number }>;
          decision: {
            at: string;
            event: string;
            from: ProgressivePhase;
            to: ProgressivePhase;
            reason: string;
            step: number;
            weight: number;
            stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
            canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          } | null;
        } | null;
      } | null;
    }>;
  }>;
};

export type StackQueryVariables = Exact<{
  name: string;
}>;

export type StackQuery = {
  stack: {
    compose: string;
    name: string;
    clusterId: string;
    status: StackStatus;
    networks: Array<string>;
    volumes: Array<string>;
    secrets: Array<string>;
    variables: Array<string>;
    createdAt: string;
    updatedAt: string;
    warnings: Array<{
      path: string;
      service: string | null;
      key: string;
      message: string;
      line: number | null;
    }>;
    services: Array<{
      id: string;
      name: string;
      clusterId: string;
      image: string;
      mode: ServiceMode;
      revision: number;
      status: ServiceStatus;
      desiredReplicas: number;
      runningReplicas: number;
      healthyReplicas: number;
      pendingReplicas: number;
      unhealthyReplicas: number;
      updatedAt: string;
      rollout: {
        state: RolloutState;
        phase: string;
        total: number;
        updated: number;
        remaining: number;
        failed: number;
        isRollback: boolean;
        fromRevision: number;
        toRevision: number;
        startedAt: string;
        updatedAt: string;
        completedAt: string | null;
        progressive: {
          kind: ProgressiveKind;
          phase: ProgressivePhase;
          step: number;
          weight: number;
          tasks: number;
          stableRevision: number;
          canaryRevision: number;
          stepStartedAt: string | null;
          switchedAt: string | null;
          message: string | null;
          steps: Array<{ weight: number; durationMs: number }>;
          decision: {
            at: string;
            event: string;
            from: ProgressivePhase;
            to: ProgressivePhase;
            reason: string;
            step: number;
            weight: number;
            stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
            canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
          } | null;
        } | null;
      } | null;
    }>;
  } | null;
};

export type DeployStackMutationVariables = Exact<{
  name: string;
  compose: string;
  variables?: Array<StackVariableInput> | StackVariableInput | null | undefined;
  envFiles?: Array<StackFileInput> | StackFileInput | null | undefined;
  dryRun?: boolean | null | undefined;
  removeOrphans?: boolean | null | undefined;
}>;

export type DeployStackMutation = {
  deployStack: {
    applied: boolean;
    plan: {
      unchanged: Array<string>;
      create: Array<{
        kind: string;
        name: string;
        diff: Array<{ field: string; from: string | null; to: string | null }>;
      }>;
      update: Array<{
        kind: string;
        name: string;
        diff: Array<{ field: string; from: string | null; to: string | null }>;
      }>;
      remove: Array<{
        kind: string;
        name: string;
        diff: Array<{ field: string; from: string | null; to: string | null }>;
      }>;
      warnings: Array<{
        path: string;
        service: string | null;
        key: string;
        message: string;
        line: number | null;
      }>;
    };
    stack: {
      compose: string;
      name: string;
      clusterId: string;
      status: StackStatus;
      networks: Array<string>;
      volumes: Array<string>;
      secrets: Array<string>;
      variables: Array<string>;
      createdAt: string;
      updatedAt: string;
      warnings: Array<{
        path: string;
        service: string | null;
        key: string;
        message: string;
        line: number | null;
      }>;
      services: Array<{
        id: string;
        name: string;
        clusterId: string;
        image: string;
        mode: ServiceMode;
        revision: number;
        status: ServiceStatus;
        desiredReplicas: number;
        runningReplicas: number;
        healthyReplicas: number;
        pendingReplicas: number;
        unhealthyReplicas: number;
        updatedAt: string;
        rollout: {
          state: RolloutState;
          phase: string;
          total: number;
          updated: number;
          remaining: number;
          failed: number;
          isRollback: boolean;
          fromRevision: number;
          toRevision: number;
          startedAt: string;
          updatedAt: string;
          completedAt: string | null;
          progressive: {
            kind: ProgressiveKind;
            phase: ProgressivePhase;
            step: number;
            weight: number;
            tasks: number;
            stableRevision: number;
            canaryRevision: number;
            stepStartedAt: string | null;
            switchedAt: string | null;
            message: string | null;
            steps: Array<{ weight: number; durationMs: number }>;
            decision: {
              at: string;
              event: string;
              from: ProgressivePhase;
              to: ProgressivePhase;
              reason: string;
              step: number;
              weight: number;
              stable: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
              canary: { requests: number; errors: number; errorRate: number; p95Ms: number | null } | null;
            } | null;
          } | null;
        } | null;
      }>;
    } | null;
  };
};

export type RemoveStackMutationVariables = Exact<{
  name: string;
  removeVolumes?: boolean | null | undefined;
}>;

export type RemoveStackMutation = { removeStack: { name: string } };

export type StackComposeQueryVariables = Exact<{
  name: string;
}>;

export type StackComposeQuery = { stackCompose: string };

export type VolumesQueryVariables = Exact<{ [key: string]: never }>;

export type VolumesQuery = {
  volumes: Array<{
    nodeId: string;
    nodeName: string;
    name: string;
    driver: string;
    createdAt: string | null;
    managed: boolean;
    services: Array<string>;
    sizeBytes: number | null;
  }>;
  volumeBackups: Array<{
    file: string;
    bytes: number;
    createdAt: string;
    sha256: string;
    nodeName: string | null;
    volume: string | null;
  }>;
  nodes: Array<{
    id: string;
    name: string;
    clusterId: string;
    role: NodeRole;
    status: NodeStatus;
    statusMessage: string | null;
    availability: NodeAvailability;
    endpoint: string;
    publishAddress: string;
    hostname: string | null;
    engineId: string | null;
    engineVersion: string | null;
    cpus: number;
    memoryBytes: number;
    containerCount: number;
    runningContainerCount: number;
    lastSeenAt: string | null;
    createdAt: string;
    platform: { os: string; arch: string };
    labels: Array<{ key: string; value: string }>;
    capacity: { cpus: number; memoryBytes: number };
    allocated: { cpus: number; memoryBytes: number };
  }>;
};

export type BackupVolumeMutationVariables = Exact<{
  node: string | number;
  name: string;
}>;

export type BackupVolumeMutation = { backupVolume: { file: string; bytes: number; sha256: string } };

export type RestoreVolumeMutationVariables = Exact<{
  node: string | number;
  file: string;
  newName: string;
}>;

export type RestoreVolumeMutation = { restoreVolume: { name: string; nodeName: string } };

export const RevisionFiguresFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevisionFiguresFieldsFragment, unknown>;
export const RolloutSampleFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RolloutSampleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RolloutSample' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RolloutSampleFieldsFragment, unknown>;
export const UpdateConfigFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UpdateConfigFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateConfig' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parallelism' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failureAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minReadyMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxFailureRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'order' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canarySteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analysis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'maxErrorRateIncrease' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxP95Ratio' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minP95IncreaseMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minRequests' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'blueGreen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blueGreenKeepMs' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateConfigFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readyAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notBefore' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
} as unknown as DocumentNode<NodeFieldsFragment, unknown>;
export const PortBindingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PortBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortBindingFieldsFragment, unknown>;
export const ContainerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Container' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortBindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PortBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContainerFieldsFragment, unknown>;
export const UnreachableNodeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnreachableNodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnreachableNode' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnreachableNodeFieldsFragment, unknown>;
export const ContainerDetailsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerDetailsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oomKilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restartCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'command' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrypoint' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'env' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortBindingFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readOnly' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ipAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'macAddress' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpuLimit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cpuReservation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryLimitBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryReservationBytes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restartPolicy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxRetries' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'healthCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'test' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intervalMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startPeriodMs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failingStreak' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastExitCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastOutput' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'probes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'output' } },
                    ],
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
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PortBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContainerDetailsFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'data' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gap' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventFieldsFragment, unknown>;
export const MeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Me' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tokenName' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authEnabled' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
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
} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const RoleBindingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RoleBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoleBindingFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiTokenFieldsFragment, unknown>;
export const QuotaFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuotaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quota' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'maxCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxServices' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxContainers' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuotaFieldsFragment, unknown>;
export const EnvironmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnvironmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Environment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'allowPrivileged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowHostNetwork' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowHostPid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowDockerSocket' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowedCapabilities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bindAllowedPaths' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quota' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuotaFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuotaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quota' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'maxCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxServices' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxContainers' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnvironmentFieldsFragment, unknown>;
export const SecretFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SecretFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Secret' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedBy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SecretFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userAgent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const StackPlanItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StackPlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StackPlanItem' } },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StackPlanItemFieldsFragment, unknown>;
export const StackWarningFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StackWarningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StackWarning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StackWarningFieldsFragment, unknown>;
export const CanaryStepFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CanaryStepFieldsFragment, unknown>;
export const ProgressiveRolloutFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgressiveRolloutFieldsFragment, unknown>;
export const RolloutFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
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
} as unknown as DocumentNode<RolloutFieldsFragment, unknown>;
export const ServiceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceFieldsFragment, unknown>;
export const StackFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Stack' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'volumes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secrets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'variables' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackWarningFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StackWarningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StackWarning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StackFieldsFragment, unknown>;
export const AutoscaleSpecFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AutoscaleSpecFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutoscaleSpec' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'min' } },
          { kind: 'Field', name: { kind: 'Name', value: 'max' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetCpuPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetMemoryPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRequestRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleUpStabilizationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleDownStabilizationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cooldownMs' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AutoscaleSpecFieldsFragment, unknown>;
export const NodeStatsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeStatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sampledContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpuPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryUsedBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryTotalBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkRxBytesPerSec' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkTxBytesPerSec' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeStatsFieldsFragment, unknown>;
export const ContainerStatsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerStatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpuPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryUsageBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryLimitBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkRxBytesPerSec' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkTxBytesPerSec' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkRxBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkTxBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pids' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContainerStatsFieldsFragment, unknown>;
export const IngressWindowStatsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IngressWindowStatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IngressWindowStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'windowMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p50Ms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IngressWindowStatsFieldsFragment, unknown>;
export const ClusterResourcesFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClusterResourcesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClusterResources' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reservedCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reservedMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedMemoryBytes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClusterResourcesFieldsFragment, unknown>;
export const FederationMemberFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FederationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FederationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'running' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FederationMemberFieldsFragment, unknown>;
export const ClusterPlacementFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClusterPlacementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClusterPlacement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'affinity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'names' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'labels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'antiAffinity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'names' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'labels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'spread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replicaScheduling' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'regionPreference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrides' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
                { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'env' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'replicas' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cpuLimit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cpuReservation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memoryLimit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memoryReservation' } },
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
} as unknown as DocumentNode<ClusterPlacementFieldsFragment, unknown>;
export const AccessUsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessUsers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
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
} as unknown as DocumentNode<AccessUsersQuery, AccessUsersQueryVariables>;
export const AccessRoleBindingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessRoleBindings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roleBindings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'environment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleBindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RoleBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRoleBindingsQuery, AccessRoleBindingsQueryVariables>;
export const AccessCreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessCreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
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
} as unknown as DocumentNode<AccessCreateUserMutation, AccessCreateUserMutationVariables>;
export const AccessUpdateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessUpdateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
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
} as unknown as DocumentNode<AccessUpdateUserMutation, AccessUpdateUserMutationVariables>;
export const AccessRemoveUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessRemoveUser' },
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
            name: { kind: 'Name', value: 'removeUser' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRemoveUserMutation, AccessRemoveUserMutationVariables>;
export const AccessSetRoleBindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessSetRoleBinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'user' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setRoleBinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'environment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'user' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'user' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleBindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RoleBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessSetRoleBindingMutation, AccessSetRoleBindingMutationVariables>;
export const AccessRemoveRoleBindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessRemoveRoleBinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'user' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeRoleBinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'environment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'user' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'user' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRemoveRoleBindingMutation, AccessRemoveRoleBindingMutationVariables>;
export const AccessTokensDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessTokens' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'all' } },
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
            name: { kind: 'Name', value: 'apiTokens' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'all' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'all' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessTokensQuery, AccessTokensQueryVariables>;
export const AccessCreateTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessCreateToken' },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenFields' } }],
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
      name: { kind: 'Name', value: 'ApiTokenFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessCreateTokenMutation, AccessCreateTokenMutationVariables>;
export const AccessRevokeTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessRevokeToken' },
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
            name: { kind: 'Name', value: 'revokeApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRevokeTokenMutation, AccessRevokeTokenMutationVariables>;
export const AccessEnvironmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessEnvironments' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'environments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnvironmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuotaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quota' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'maxCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxServices' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxContainers' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnvironmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Environment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'allowPrivileged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowHostNetwork' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowHostPid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowDockerSocket' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowedCapabilities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bindAllowedPaths' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quota' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuotaFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessEnvironmentsQuery, AccessEnvironmentsQueryVariables>;
export const AccessClustersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessClusters' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodeCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ready' } },
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
} as unknown as DocumentNode<AccessClustersQuery, AccessClustersQueryVariables>;
export const AccessQuotaUsageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessQuotaUsage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quotaUsage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'environment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'services' } },
                { kind: 'Field', name: { kind: 'Name', value: 'containers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unreachableNodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'quota' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuotaFields' } }],
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
      name: { kind: 'Name', value: 'QuotaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quota' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'maxCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxServices' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxContainers' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessQuotaUsageQuery, AccessQuotaUsageQueryVariables>;
export const AccessSetQuotaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessSetQuota' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quota' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'QuotaInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setQuota' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'environment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quota' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quota' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnvironmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuotaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quota' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'maxCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxServices' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxContainers' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnvironmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Environment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'allowPrivileged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowHostNetwork' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowHostPid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowDockerSocket' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowedCapabilities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bindAllowedPaths' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quota' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuotaFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessSetQuotaMutation, AccessSetQuotaMutationVariables>;
export const AccessCreateEnvironmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessCreateEnvironment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateEnvironmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createEnvironment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnvironmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuotaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quota' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'maxCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxServices' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxContainers' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnvironmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Environment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'allowPrivileged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowHostNetwork' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowHostPid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowDockerSocket' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowedCapabilities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bindAllowedPaths' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quota' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuotaFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessCreateEnvironmentMutation, AccessCreateEnvironmentMutationVariables>;
export const AccessSecretsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessSecrets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'secrets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'environment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SecretFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SecretFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Secret' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedBy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessSecretsQuery, AccessSecretsQueryVariables>;
export const AccessCreateSecretDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessCreateSecret' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'value' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSecret' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'environment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'value' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'value' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SecretFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SecretFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Secret' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedBy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessCreateSecretMutation, AccessCreateSecretMutationVariables>;
export const AccessRotateSecretDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessRotateSecret' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'value' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rotateSecret' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'environment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'value' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'value' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SecretFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SecretFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Secret' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedBy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRotateSecretMutation, AccessRotateSecretMutationVariables>;
export const AccessRemoveSecretDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessRemoveSecret' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeSecret' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'environment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRemoveSecretMutation, AccessRemoveSecretMutationVariables>;
export const AuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditFilterInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hasMore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextCursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryFields' } },
                    ],
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
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userAgent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'AuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'environment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'environment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEntryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userAgent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventsSubscription, AuditEventsSubscriptionVariables>;
export const AutoscaleStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AutoscaleStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'autoscaleStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replicas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastScaleAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'spec' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AutoscaleSpecFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'metrics' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cpuPercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memoryPercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requestRate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'desired' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recommended' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'measured' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                    ],
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
      name: { kind: 'Name', value: 'AutoscaleSpecFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutoscaleSpec' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'min' } },
          { kind: 'Field', name: { kind: 'Name', value: 'max' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetCpuPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetMemoryPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRequestRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleUpStabilizationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleDownStabilizationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cooldownMs' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AutoscaleStatusQuery, AutoscaleStatusQueryVariables>;
export const SetAutoscaleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAutoscale' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AutoscaleInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAutoscale' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'spec' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'autoscale' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AutoscaleSpecFields' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AutoscaleSpecFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutoscaleSpec' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'min' } },
          { kind: 'Field', name: { kind: 'Name', value: 'max' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetCpuPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetMemoryPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRequestRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleUpStabilizationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleDownStabilizationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cooldownMs' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAutoscaleMutation, SetAutoscaleMutationVariables>;
export const OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Overview' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cluster' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodeCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ready' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'down' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'draining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unhealthy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClusterResourcesFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClusterResourcesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClusterResources' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reservedCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reservedMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedMemoryBytes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const ControlPlaneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ControlPlane' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'system' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'instanceId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'instanceId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'self' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'token' } },
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
} as unknown as DocumentNode<ControlPlaneQuery, ControlPlaneQueryVariables>;
export const ContainersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Containers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'containers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
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
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContainerFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unreachableNodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnreachableNodeFields' } },
                    ],
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
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PortBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Container' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortBindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnreachableNodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnreachableNode' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContainersQuery, ContainersQueryVariables>;
export const ContainersPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ContainersPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'containersConnection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContainerFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unreachableNodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnreachableNodeFields' } },
                    ],
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
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PortBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Container' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortBindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnreachableNodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnreachableNode' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContainersPageQuery, ContainersPageQueryVariables>;
export const ContainerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Container' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'container' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContainerDetailsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PortBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerDetailsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oomKilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restartCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'command' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrypoint' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'env' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortBindingFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readOnly' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ipAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'macAddress' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpuLimit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cpuReservation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryLimitBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryReservationBytes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restartPolicy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxRetries' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'healthCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'test' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intervalMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startPeriodMs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failingStreak' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastExitCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastOutput' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'probes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'output' } },
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
} as unknown as DocumentNode<ContainerQuery, ContainerQueryVariables>;
export const ContainerStatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ContainerStats' },
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
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'containerStats' },
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
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContainerStatsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerStatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpuPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryUsageBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryLimitBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkRxBytesPerSec' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkTxBytesPerSec' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkRxBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkTxBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pids' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContainerStatsSubscription, ContainerStatsSubscriptionVariables>;
export const ContainerLogsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ContainerLogs' },
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
                name: { kind: 'Name', value: 'follow' },
                value: { kind: 'BooleanValue', value: true },
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
} as unknown as DocumentNode<ContainerLogsSubscription, ContainerLogsSubscriptionVariables>;
export const StartContainerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartContainer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startContainer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContainerDetailsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PortBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerDetailsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oomKilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restartCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'command' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrypoint' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'env' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortBindingFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readOnly' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ipAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'macAddress' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpuLimit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cpuReservation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryLimitBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryReservationBytes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restartPolicy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxRetries' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'healthCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'test' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intervalMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startPeriodMs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failingStreak' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastExitCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastOutput' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'probes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'output' } },
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
} as unknown as DocumentNode<StartContainerMutation, StartContainerMutationVariables>;
export const StopContainerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StopContainer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stopContainer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContainerDetailsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PortBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerDetailsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oomKilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restartCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'command' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrypoint' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'env' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortBindingFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readOnly' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ipAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'macAddress' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpuLimit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cpuReservation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryLimitBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryReservationBytes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restartPolicy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxRetries' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'healthCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'test' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intervalMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startPeriodMs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failingStreak' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastExitCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastOutput' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'probes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'output' } },
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
} as unknown as DocumentNode<StopContainerMutation, StopContainerMutationVariables>;
export const RestartContainerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestartContainer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restartContainer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContainerDetailsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortBindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PortBinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerDetailsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'oomKilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restartCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'command' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrypoint' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'env' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortBindingFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readOnly' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ipAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'macAddress' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpuLimit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cpuReservation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryLimitBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryReservationBytes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restartPolicy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxRetries' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'healthCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'test' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intervalMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startPeriodMs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failingStreak' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastExitCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastOutput' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'probes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'output' } },
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
} as unknown as DocumentNode<RestartContainerMutation, RestartContainerMutationVariables>;
export const RemoveContainerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveContainer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'force' } },
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
            name: { kind: 'Name', value: 'removeContainer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'force' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'force' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveContainerMutation, RemoveContainerMutationVariables>;
export const ContainersStatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ContainersStats' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'containers' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerStatsTargetInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'containersStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'containers' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'containers' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContainerStatsFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gone' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContainerStatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ContainerStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpuPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryUsageBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryLimitBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkRxBytesPerSec' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkTxBytesPerSec' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkRxBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkTxBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pids' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContainersStatsSubscription, ContainersStatsSubscriptionVariables>;
export const EventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Events' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
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
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EventFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'nextCursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasMore' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'data' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gap' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const LiveEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'LiveEvents' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EventFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'data' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gap' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveEventsSubscription, LiveEventsSubscriptionVariables>;
export const FleetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Fleet' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'zone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'health' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'latencyP50Ms' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodeCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ready' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClusterResourcesFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'federation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'moving' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'FederationMemberFields' },
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
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClusterResourcesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClusterResources' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'totalCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reservedCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reservedMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedMemoryBytes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FederationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FederationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'running' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FleetQuery, FleetQueryVariables>;
export const ServiceFederationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceFederation' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'federation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moving' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'division' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'replicas' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'excluded' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'FederationMemberFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'placement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'replicaScheduling' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FederationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FederationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'running' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceFederationQuery, ServiceFederationQueryVariables>;
export const ImagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Images' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'images' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'repoTags' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'repoDigests' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'containers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'services' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'containers' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unreachableNodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
} as unknown as DocumentNode<ImagesQuery, ImagesQueryVariables>;
export const ImageHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ImageHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ref' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'imageHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ref' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ref' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImageHistoryQuery, ImageHistoryQueryVariables>;
export const StartImagePullDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartImagePull' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ref' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startImagePull' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ref' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ref' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartImagePullMutation, StartImagePullMutationVariables>;
export const ImagePullDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ImagePull' },
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
            name: { kind: 'Name', value: 'imagePull' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'ref' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'percent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'layers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'layersDone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadedBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImagePullSubscription, ImagePullSubscriptionVariables>;
export const TagImageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TagImage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'source' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'repo' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tag' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tagImage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'source' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'source' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'repo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'repo' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tag' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tag' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repoTags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TagImageMutation, TagImageMutationVariables>;
export const RemoveImageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveImage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ref' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeImage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ref' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ref' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveImageMutation, RemoveImageMutationVariables>;
export const IngressStatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IngressStats' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ingressStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'port' } },
                { kind: 'Field', name: { kind: 'Name', value: 'listening' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'algorithm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tls' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'routes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'host' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pathPrefix' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'inFlight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retries' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IngressWindowStatsFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backends' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'port' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consecutiveFailures' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'retryAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'draining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inFlight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failures' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'probe' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'healthy' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'IngressWindowStatsFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'revisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'replicas' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'IngressWindowStatsFields' },
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
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IngressWindowStatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IngressWindowStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'windowMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p50Ms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IngressStatsQuery, IngressStatsQueryVariables>;
export const NetworksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Networks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'driver' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subnet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gateway' } },
                { kind: 'Field', name: { kind: 'Name', value: 'services' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'present' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slice' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'containers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'containerId' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endpoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'health' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inDns' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceDns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameserver' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serving' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'names' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworksQuery, NetworksQueryVariables>;
export const CheckConnectivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CheckConnectivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConnectivityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkConnectivity' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'fromService' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromTaskId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromContainerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromNode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toService' } },
                { kind: 'Field', name: { kind: 'Name', value: 'port' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolveOk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolveMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
                { kind: 'Field', name: { kind: 'Name', value: 'connected' } },
                { kind: 'Field', name: { kind: 'Name', value: 'connectMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'execOverheadMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'output' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckConnectivityMutation, CheckConnectivityMutationVariables>;
export const NodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Nodes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const NodeTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NodeTasks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nodeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tasks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'nodeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'nodeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readyAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notBefore' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeTasksQuery, NodeTasksQueryVariables>;
export const NodeStatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'NodeStats' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nodeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'intervalMs' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodeStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'nodeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'nodeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'intervalMs' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'intervalMs' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeStatsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeStatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sampledContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpuPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryUsedBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryTotalBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkRxBytesPerSec' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkTxBytesPerSec' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeStatsSubscription, NodeStatsSubscriptionVariables>;
export const UpdateNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateNodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
} as unknown as DocumentNode<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const NodesStatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'NodesStats' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nodeIds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodesStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'nodeIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'nodeIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeStatsFields' } },
                    ],
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
      name: { kind: 'Name', value: 'NodeStatsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeStats' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sampledContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'usedCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpuPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryUsedBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryTotalBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkRxBytesPerSec' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkTxBytesPerSec' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodesStatsSubscription, NodesStatsSubscriptionVariables>;
export const RolloutTimelineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RolloutTimeline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rollout' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeline' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'limit' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutSampleFields' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RolloutSampleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RolloutSample' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RolloutTimelineQuery, RolloutTimelineQueryVariables>;
export const PromoteRolloutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PromoteRollout' },
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
            name: { kind: 'Name', value: 'promoteRollout' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PromoteRolloutMutation, PromoteRolloutMutationVariables>;
export const AbortRolloutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AbortRollout' },
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
            name: { kind: 'Name', value: 'abortRollout' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AbortRolloutMutation, AbortRolloutMutationVariables>;
export const ServicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Services' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesQuery, ServicesQueryVariables>;
export const ServiceRowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceRow' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceRowQuery, ServiceRowQueryVariables>;
export const ServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Service' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pins' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'constraint' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unplaced' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nodesConsidered' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'failures' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nodes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'spec' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'command' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'replicas' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'env' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'labels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ports' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'limits' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reservations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'healthCheck' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'test' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'intervalMs' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'retries' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startPeriodMs' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'placement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'constraints' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'spread' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxReplicasPerNode' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodeAffinity' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'expression' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'serviceAffinity' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'service' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'clusters' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ClusterPlacementFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'update' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UpdateConfigFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rollback' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UpdateConfigFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'restartPolicy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'delayMs' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxAttempts' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxDelayMs' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'windowMs' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'stopTimeoutSec' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'preemption' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'networks' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'volumes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'readOnly' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ingress' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'port' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetPort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'algorithm' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'failureThreshold' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'resetTimeoutMs' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'upstreamTimeoutMs' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'routes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'host' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'pathPrefix' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'tls' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'secret' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'probe' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'intervalMs' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'timeoutMs' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'healthyThreshold' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'unhealthyThreshold' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'autoscale' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AutoscaleSpecFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'secrets' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'env' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'security' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'privileged' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hostNetwork' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hostPid' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'capAdd' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'entrypoint' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'aliases' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'network' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readyAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notBefore' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClusterPlacementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClusterPlacement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'affinity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'names' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'labels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'antiAffinity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'names' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'labels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'spread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replicaScheduling' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'regionPreference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrides' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
                { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'env' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'replicas' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cpuLimit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cpuReservation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memoryLimit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memoryReservation' } },
                    ],
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
      name: { kind: 'Name', value: 'UpdateConfigFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateConfig' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'parallelism' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failureAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minReadyMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxFailureRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'order' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canarySteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analysis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'maxErrorRateIncrease' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxP95Ratio' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minP95IncreaseMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minRequests' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'blueGreen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blueGreenKeepMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AutoscaleSpecFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutoscaleSpec' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'min' } },
          { kind: 'Field', name: { kind: 'Name', value: 'max' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetCpuPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetMemoryPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRequestRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleUpStabilizationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleDownStabilizationMs' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cooldownMs' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceQuery, ServiceQueryVariables>;
export const RevisionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Revisions' },
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
            name: { kind: 'Name', value: 'serviceRevisions' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
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
} as unknown as DocumentNode<RevisionsQuery, RevisionsQueryVariables>;
export const CreateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'spec' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceSpecInput' } },
          },
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
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const UpdateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'spec' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceSpecInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'spec' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'spec' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const PatchServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PatchService' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PatchServiceMutation, PatchServiceMutationVariables>;
export const RollbackServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RollbackService' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RollbackServiceMutation, RollbackServiceMutationVariables>;
export const PauseRolloutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PauseRollout' },
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
            name: { kind: 'Name', value: 'pauseRollout' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PauseRolloutMutation, PauseRolloutMutationVariables>;
export const ResumeRolloutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResumeRollout' },
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
            name: { kind: 'Name', value: 'resumeRollout' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResumeRolloutMutation, ResumeRolloutMutationVariables>;
export const RemoveServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveService' },
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
            name: { kind: 'Name', value: 'removeService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveServiceMutation, RemoveServiceMutationVariables>;
export const SessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Session' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Me' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tokenName' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authEnabled' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SessionEnvironmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SessionEnvironments' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'environments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnvironmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuotaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quota' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'maxCpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxMemoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxServices' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxContainers' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnvironmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Environment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'allowPrivileged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowHostNetwork' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowHostPid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowDockerSocket' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowedCapabilities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bindAllowedPaths' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quota' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuotaFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionEnvironmentsQuery, SessionEnvironmentsQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeFields' } }],
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
      name: { kind: 'Name', value: 'MeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Me' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tokenName' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authEnabled' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const StacksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Stacks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stacks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StackWarningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StackWarning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Stack' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'volumes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secrets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'variables' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackWarningFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StacksQuery, StacksQueryVariables>;
export const StackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Stack' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stack' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'compose' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StackWarningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StackWarning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Stack' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'volumes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secrets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'variables' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackWarningFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StackQuery, StackQueryVariables>;
export const DeployStackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeployStack' },
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
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackPlanItemFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'update' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackPlanItemFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'remove' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackPlanItemFields' } },
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
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackWarningFields' } },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'compose' } },
                    ],
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
      name: { kind: 'Name', value: 'StackWarningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StackWarning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CanaryStepFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CanaryStep' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevisionFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevisionFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p95Ms' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressiveRolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressiveRollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tasks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stableRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canaryRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stepStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'switchedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CanaryStepFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RevisionFiguresFields' } },
                    ],
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
      name: { kind: 'Name', value: 'RolloutFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rollout' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRollback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressive' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressiveRolloutFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pendingReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unhealthyReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RolloutFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StackPlanItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StackPlanItem' } },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Stack' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'volumes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secrets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'variables' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StackWarningFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeployStackMutation, DeployStackMutationVariables>;
export const RemoveStackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveStack' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'removeVolumes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeStack' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'removeVolumes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'removeVolumes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveStackMutation, RemoveStackMutationVariables>;
export const StackComposeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StackCompose' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stackCompose' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StackComposeQuery, StackComposeQueryVariables>;
export const VolumesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Volumes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volumes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'driver' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'managed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'services' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volumeBackups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clusterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostname' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platform' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'os' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arch' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'labels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capacity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
              ],
            },
          },
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
} as unknown as DocumentNode<VolumesQuery, VolumesQueryVariables>;
export const BackupVolumeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BackupVolume' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
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
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BackupVolumeMutation, BackupVolumeMutationVariables>;
export const RestoreVolumeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreVolume' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreVolume' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'file' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newName' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestoreVolumeMutation, RestoreVolumeMutationVariables>;
