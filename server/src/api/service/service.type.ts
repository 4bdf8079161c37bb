import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import {
  FailureAction,
  IngressAlgorithm,
  RestartCondition,
  RolloutState,
  ServiceMode,
  ServiceStatus,
  UpdateOrder,
  type IngressSpec,
  type Revision,
  type Rollout,
  type ServiceSpec,
  type UpdateConfig,
} from '../../domain/service.js';
import type { Unplaced } from '../../domain/scheduler/types.js';
import { TaskState, type Task } from '../../domain/task.js';
import { KeyValue, toKeyValues } from '../common/key-value.js';
import { connectionType } from '../common/connection.js';
import { ResourcesType } from '../common/resources.type.js';
import { ClusterPlacementType } from './federation.type.js';
import { CanaryAnalysisType, CanaryStepType, ProgressiveRolloutType } from './progressive.type.js';
import type { RolloutDecision } from '../../app/rollouts.js';
import './service.enums.js';
import '../ingress/ingress.enums.js';

@ObjectType('PortMapping', { description: 'A container port published on the node' })
export class PortMappingType {
  @Field(() => Int, { description: 'Port inside the container' }) containerPort: number;
  @Field(() => Int, { description: '0: engine-assigned' }) hostPort: number;
  @Field(() => String, { description: "Empty: the node's publish address" }) hostIp: string;
  @Field(() => String, { description: 'The protocol: tcp or udp' }) protocol: string;
}

@ObjectType('ServiceMount', { description: "A volume or bind mount of the service's containers" })
export class MountType_ {
  @Field(() => String, { description: 'The mount type: volume, bind or tmpfs' }) type: string;
  @Field(() => String, { description: 'Volume name (volume), host path (bind), or empty (tmpfs)' })
  source: string;
  @Field(() => String, { description: 'Absolute path inside the container' }) target: string;
  @Field(() => Boolean, { description: 'True: the container cannot write to the mount' }) readOnly: boolean;
}

@ObjectType('ServiceHealthCheck', { description: 'How the engine checks that a replica is healthy' })
export class HealthCheckType {
  @Field(() => [String], { description: 'The check, Docker style: ["CMD", ...] or ["CMD-SHELL", "..."]' })
  test: string[];
  @Field(() => Int, { description: 'Time between two checks, in ms' }) intervalMs: number;
  @Field(() => Int, { description: 'How long one check may take, in ms' }) timeoutMs: number;
  @Field(() => Int, { description: 'Failures in a row before the replica is unhealthy' }) retries: number;
  @Field(() => Int, { description: 'Time after start during which failures do not count, in ms' })
  startPeriodMs: number;
}

@ObjectType('ServiceRestartPolicy', { description: 'When and how fast failed tasks are replaced' })
export class RestartPolicyType {
  @Field(() => RestartCondition, { description: 'Which exits restart the task' }) condition: RestartCondition;
  @Field(() => Int, { description: 'Restarts allowed within windowMs; 0: unlimited' }) maxAttempts: number;
  @Field(() => Int, {
    description:
      'Wait before the second restart in a row (the first is immediate), in ms; doubles per failure up to maxDelayMs',
  })
  delayMs: number;
  @Field(() => Int, { description: 'Backoff cap, in ms' }) maxDelayMs: number;
  @Field(() => Int, { description: 'Window in which maxAttempts counts, in ms; 0: forever' })
  windowMs: number;
}

@ObjectType('WeightedExpression', {
  description: 'A soft node preference: nodes matching the expression score its weight',
})
export class WeightedExpressionType {
  @Field(() => String, { description: 'A constraint expression, e.g. node.labels.disk == ssd' })
  expression: string;
  @Field(() => Int, { description: '-100..100, not 0; negative repels' }) weight: number;
}

@ObjectType('ServiceAffinity', {
  description: "A soft preference to run with or away from another service's tasks",
})
export class ServiceAffinityType {
  @Field(() => String, { description: 'Service name or id' }) service: string;
  @Field(() => Int, { description: 'Positive: run with its tasks; negative: away from them (-100..100)' })
  weight: number;
}

@ObjectType('Placement', {
  description: 'Where tasks may run (constraints) and where they should (spread, affinities)',
})
export class PlacementType {
  @Field(() => [String], {
    description: 'Expressions every node of a task must match, e.g. node.labels.disk == ssd; empty: any node',
  })
  constraints: string[];
  @Field(() => [String], {
    description: 'Spread preferences, nested in order, e.g. node.labels.zone; empty: spread over nodes',
  })
  spread: string[];
  @Field(() => Int, { description: 'Most tasks of the service on one node; 0: unlimited' })
  maxReplicasPerNode: number;
  @Field(() => [WeightedExpressionType], {
    description: 'Soft preferences for nodes matching an expression, weighted',
  })
  nodeAffinity: WeightedExpressionType[];
  @Field(() => [ServiceAffinityType], {
    description: "Soft preferences to run with (or away from) another service's tasks, weighted",
  })
  serviceAffinity: ServiceAffinityType[];
  @Field(() => ClusterPlacementType, {
    nullable: true,
    description:
      'Federated placement over member clusters; null: an ordinary service, placed on this cluster’s nodes',
  })
  clusters: ClusterPlacementType | null;
}

@ObjectType('UpdateConfig', { description: 'How a rolling update (or rollback) proceeds' })
export class UpdateConfigType {
  @Field(() => Int, { description: 'Tasks replaced at once; 0: all' }) parallelism: number;
  @Field(() => Int, { description: 'Pause between batches, in ms' }) delayMs: number;
  @Field(() => UpdateOrder, { description: 'Stop the old task first, or start the new one first' })
  order: UpdateOrder;
  @Field(() => FailureAction, { description: 'What a rollout does when maxFailureRatio is passed' })
  failureAction: FailureAction;
  @Field(() => Int, {
    description:
      "Swarm's monitor: ms after each new task becomes ready (running, healthy when checked) in which its failure counts against maxFailureRatio. It does not hold the next batch; the rollout completes once the last batch is through it",
  })
  monitorMs: number;
  @Field(() => Int, {
    description:
      "Kubernetes' minReadySeconds (Nomad's min_healthy_time), in ms: how long a new task must stay ready before it counts as ready and the next batch may start; 0 = as soon as it is ready",
  })
  minReadyMs: number;
  @Field(() => Float, { description: 'Fraction of tasks (0..1) that may fail before failureAction' })
  maxFailureRatio: number;
  @Field(() => Int, { description: 'Canary tasks started beside the old ones; 0: no canary' }) canary: number;
  @Field(() => [CanaryStepType], {
    description: 'As given; empty: the default 10, 25, 50, 100 % for 30 s each',
  })
  canarySteps: CanaryStepType[];
  @Field(() => CanaryAnalysisType, {
    nullable: true,
    description: 'Null: canary steps advance on time alone',
  })
  analysis: CanaryAnalysisType | null;
  @Field(() => Boolean, {
    description: 'True: the new revision starts beside the old one and takes all traffic at once (ingress)',
  })
  blueGreen: boolean;
  @Field(() => Int, { description: 'Blue-green: how long the old revision stays after the switch, in ms' })
  blueGreenKeepMs: number;

  static from(u: UpdateConfig): UpdateConfigType {
    return {
      ...u,
      canary: u.canary ?? 0,
      canarySteps: u.canarySteps ?? [],
      analysis: u.analysis ? CanaryAnalysisType.from(u.analysis) : null,
      blueGreen: u.blueGreen ?? false,
      blueGreenKeepMs: u.blueGreenKeepMs ?? 0,
    };
  }
}

@ObjectType('IngressRoute', { description: 'Where on an ingress port requests reach a service' })
export class IngressRouteType {
  @Field(() => String, { nullable: true, description: 'Exact or *.wildcard host; null: any host' })
  host: string | null;
  @Field(() => String, { description: 'Path prefix, on segment boundaries; / takes every path' })
  pathPrefix: string;
}

@ObjectType('IngressTls', { description: 'TLS termination on an ingress port' })
export class IngressTlsType {
  @Field(() => String, { description: 'The secret holding the PEM certificate and key' }) secret: string;
}

@ObjectType('IngressProbe', { description: 'The active health probe of every replica' })
export class IngressProbeType {
  @Field(() => String, { description: 'HTTP path probed with GET; a 2xx or 3xx answer is a success' })
  path: string;
  @Field(() => Int, { description: 'Time between two probes of one replica, in ms' }) intervalMs: number;
  @Field(() => Int, { description: 'How long one probe may take before it counts as a failure, in ms' })
  timeoutMs: number;
  @Field(() => Int, { description: 'Successes in a row that bring a replica back' }) healthyThreshold: number;
  @Field(() => Int, { description: 'Failures in a row that take a replica out' }) unhealthyThreshold: number;
}

@ObjectType('IngressSpec', {
  description: 'How the control plane ingress publishes the service and balances requests over its replicas',
})
export class IngressSpecType {
  @Field(() => Int, { description: 'Listening port on the control plane (127.0.0.1), 1024..65535' })
  port: number;
  @Field(() => Int, { description: 'Container port of the replicas that requests are sent to' })
  targetPort: number;
  @Field(() => IngressAlgorithm, { description: 'How a replica is chosen for each request' })
  algorithm: IngressAlgorithm;
  @Field(() => Int, {
    description:
      "Consecutive failures that open a replica's circuit breaker; null: the server default (STEVEDORE_INGRESS_BREAKER_THRESHOLD, 5)",
    nullable: true,
  })
  failureThreshold: number | null;
  @Field(() => Int, {
    description:
      'How long an open breaker waits before a trial request, in ms; null: the server default (STEVEDORE_INGRESS_BREAKER_RESET_MS, 60000)',
    nullable: true,
  })
  resetTimeoutMs: number | null;
  @Field(() => Int, {
    description:
      'Time allowed per attempt to a replica, in ms; null: the server default (STEVEDORE_INGRESS_UPSTREAM_TIMEOUT_MS)',
    nullable: true,
  })
  upstreamTimeoutMs: number | null;
  @Field(() => [IngressRouteType], {
    description: 'Its routes on the port; empty: every request to the port',
  })
  routes: IngressRouteType[];
  @Field(() => IngressTlsType, { nullable: true, description: 'TLS termination; null: plain HTTP' })
  tls: IngressTlsType | null;
  @Field(() => IngressProbeType, { nullable: true, description: 'Active health probe; null: none' })
  probe: IngressProbeType | null;

  static from(i: IngressSpec): IngressSpecType {
    return { ...i, routes: i.routes ?? [], tls: i.tls ?? null, probe: i.probe ?? null };
  }
}

@ObjectType('AutoscaleSpec', {
  description: 'Horizontal autoscaling of a service, as set in its spec (Kubernetes HPA semantics)',
})
export class AutoscaleSpecType {
  @Field(() => Int, { description: 'Fewest replicas the autoscaler sets' }) min: number;
  @Field(() => Int, { description: 'Most replicas the autoscaler sets' }) max: number;
  @Field(() => Float, {
    description:
      'Target average CPU per replica, in % of its CPU limit (or reservation, or one CPU); null: CPU is not a target',
    nullable: true,
  })
  targetCpuPercent: number | null;
  @Field(() => Float, {
    description: 'Target average memory per replica, in % of its memory limit; null: memory is not a target',
    nullable: true,
  })
  targetMemoryPercent: number | null;
  @Field(() => Float, {
    description:
      'Target requests per second per replica through the ingress; null: request rate is not a target',
    nullable: true,
  })
  targetRequestRate: number | null;
  @Field(() => Float, {
    description: 'No change while metric/target is within 1 ± tolerance (a fraction, e.g. 0.1)',
  })
  tolerance: number;
  @Field(() => Int, { description: 'Scale up only to the lowest recommendation of this window, in ms' })
  scaleUpStabilizationMs: number;
  @Field(() => Int, { description: 'Scale down only to the highest recommendation of this window, in ms' })
  scaleDownStabilizationMs: number;
  @Field(() => Int, { description: 'Minimum time between two scale actions, in ms' }) cooldownMs: number;
}

@ObjectType('SecretRef', { description: 'A secret given to every replica (never its value)' })
export class SecretRefType {
  @Field(() => String, { description: "The secret's name in the service's environment" }) name: string;
  @Field(() => String, { description: 'File name under /run/secrets' }) target: string;
  @Field(() => String, {
    description: 'Environment variable also set to the value; null: file only',
    nullable: true,
  })
  env: string | null;
}

@ObjectType('SecuritySpec', { description: 'Host privileges the service was allowed' })
export class SecuritySpecType {
  @Field(() => Boolean, { description: 'True: replicas run privileged' }) privileged: boolean;
  @Field(() => Boolean, { description: "True: replicas use the host's network namespace" })
  hostNetwork: boolean;
  @Field(() => Boolean, { description: "True: replicas use the host's PID namespace" }) hostPid: boolean;
  @Field(() => [String], {
    description: 'Linux capabilities added, e.g. NET_ADMIN; empty: the engine defaults',
  })
  capAdd: string[];
}

@ObjectType('NetworkAlias', { description: 'More DNS names a service answers to on one of its networks' })
export class NetworkAliasType {
  @Field(() => String, { description: 'The network the names hold on' }) network: string;
  @Field(() => [String], {
    description: "Names besides the service's own (compose's networks.<net>.aliases)",
  })
  aliases: string[];
}

@ObjectType('ServiceSpec', { description: 'The desired state of a service, as stored in a revision' })
export class ServiceSpecType {
  @Field(() => String, { description: 'Service name, unique in its cluster' }) name: string;
  @Field(() => String, { description: 'Image reference, e.g. local/webapp:v2' }) image: string;
  @Field(() => [String], { description: "Command and arguments; null: the image's CMD", nullable: true })
  command: string[] | null;
  @Field(() => [String], {
    description: "Replaces the image's ENTRYPOINT; empty: run with none; null: the image's own",
    nullable: true,
  })
  entrypoint: string[] | null;
  @Field(() => [KeyValue], {
    description: 'Environment variables of every replica (secret values never appear here)',
  })
  env: KeyValue[];
  @Field(() => [KeyValue], { description: "Labels set on the service's containers" }) labels: KeyValue[];
  @Field(() => [PortMappingType], { description: 'Container ports published on the nodes' })
  ports: PortMappingType[];
  @Field(() => [MountType_], { description: 'Mounts of every replica' }) volumes: MountType_[];
  @Field(() => [String], { description: 'Networks the replicas join; they answer to the service name there' })
  networks: string[];
  @Field(() => ResourcesType, { description: 'Most CPU and memory a replica may use' }) limits: ResourcesType;
  @Field(() => ResourcesType, {
    description: 'CPU and memory set aside on a node for each replica; the scheduler places by them',
  })
  reservations: ResourcesType;
  @Field(() => HealthCheckType, {
    description: "Health check; null: the image's HEALTHCHECK, if any",
    nullable: true,
  })
  healthCheck: HealthCheckType | null;
  @Field(() => RestartPolicyType, { description: 'When failed tasks are replaced' })
  restartPolicy: RestartPolicyType;
  @Field(() => ServiceMode, {
    description: 'REPLICATED (spec.replicas tasks) or GLOBAL (one per eligible node)',
  })
  mode: ServiceMode;
  @Field(() => Int, { description: 'Replicas wanted (REPLICATED); ignored for GLOBAL' }) replicas: number;
  @Field(() => Int, { description: 'Scheduling priority, -1000..1000; higher is placed first' })
  priority: number;
  @Field(() => Boolean, { description: 'True: may evict lower-priority tasks when nothing fits' })
  preemption: boolean;
  @Field(() => PlacementType, { description: 'Where tasks may and should run' }) placement: PlacementType;
  @Field(() => UpdateConfigType, { description: 'How a rolling update proceeds' }) update: UpdateConfigType;
  @Field(() => UpdateConfigType, { description: 'How a rollback proceeds' }) rollback: UpdateConfigType;
  @Field(() => Int, { description: 'Seconds between SIGTERM and SIGKILL when a task stops' })
  stopTimeoutSec: number;
  @Field(() => IngressSpecType, {
    description: 'Publication through the control plane ingress; null: not published there',
    nullable: true,
  })
  ingress: IngressSpecType | null;
  @Field(() => AutoscaleSpecType, {
    description: 'Horizontal autoscaling; null: replicas stay as set',
    nullable: true,
  })
  autoscale: AutoscaleSpecType | null;
  @Field(() => [SecretRefType], {
    description: 'Secrets given to every replica (names and targets, never values)',
  })
  secrets: SecretRefType[];
  @Field(() => SecuritySpecType, { description: 'Host privileges; null: none', nullable: true })
  security: SecuritySpecType | null;
  @Field(() => [NetworkAliasType], {
    description: 'Extra DNS names per network; empty: the service name only',
  })
  aliases: NetworkAliasType[];

  static from(s: ServiceSpec): ServiceSpecType {
    return {
      ...s,
      entrypoint: s.entrypoint ?? null,
      aliases: s.aliases ?? [],
      secrets: s.secrets ?? [],
      security: s.security ?? null,
      ingress: s.ingress ? IngressSpecType.from(s.ingress) : null,
      autoscale: s.autoscale ?? null,
      env: toKeyValues(s.env),
      labels: toKeyValues(s.labels),
      placement: {
        ...s.placement,
        clusters: s.placement.clusters ? ClusterPlacementType.from(s.placement.clusters) : null,
      },
      volumes: s.mounts,
      limits: ResourcesType.from(s.limits),
      reservations: ResourcesType.from(s.reservations),
      update: UpdateConfigType.from(s.update),
      rollback: UpdateConfigType.from(s.rollback),
    };
  }
}

@ObjectType('VolumePin', {
  description: 'Placement Stevedore added: the service runs on the node where one of its named volumes lives',
})
export class VolumePinType {
  @Field(() => String, { description: 'The named volume' }) volume: string;
  @Field(() => ID, { description: 'Id of the node holding the volume' }) nodeId: string;
  @Field(() => String, { description: 'Name of that node' }) nodeName: string;
  @Field(() => String, { description: 'The constraint in spec.placement.constraints, node.id == <id>' })
  constraint: string;
  @Field(() => String, { description: 'Why, e.g. "pinned to n2: volume keepdata lives there"' })
  reason: string;
}

@ObjectType('Rollout', { description: 'The rolling update (or rollback) in flight, or the last one' })
export class RolloutType {
  @Field(() => RolloutState, { description: 'Where the rollout is' }) state: RolloutState;
  @Field(() => Int, { description: 'The revision the rollout replaces' }) fromRevision: number;
  @Field(() => Int, { description: 'The revision the rollout brings' }) toRevision: number;
  @Field(() => Int, { description: 'Tasks on the new revision that passed the monitor window' })
  updated: number;
  @Field(() => Int, {
    description: 'Tasks still to be brought to the new revision (total - updated, at least 0)',
  })
  remaining: number;
  @Field(() => Int, { description: 'Tasks of the new revision that failed during the rollout' })
  failed: number;
  @Field(() => Int, { description: 'Desired tasks of the service' }) total: number;
  @Field(() => String, { description: 'What the rollout is doing now' }) phase: string;
  @Field(() => Boolean, { description: 'True when this rollout is a rollback to an earlier revision' })
  isRollback: boolean;
  @Field(() => Date, { description: 'When the rollout began' }) startedAt: Date;
  @Field(() => Date, { description: 'When the rollout last changed' }) updatedAt: Date;
  @Field(() => Date, {
    description: 'When it ended (completed, rolled back); null: still in flight or paused',
    nullable: true,
  })
  completedAt: Date | null;
  @Field(() => ProgressiveRolloutType, {
    nullable: true,
    description: 'Canary or blue-green (update.canary, update.blueGreen); null: a plain rolling update',
  })
  progressive: ProgressiveRolloutType | null;
  /** For the timeline's resolver (not a field). */
  serviceId: string;

  static from(
    r: Rollout,
    total: number,
    service: { id: string; spec: ServiceSpec },
    decision: RolloutDecision | null = null,
  ): RolloutType {
    return {
      serviceId: service.id,
      progressive: r.progressive ? ProgressiveRolloutType.from(r.progressive, service.spec, decision) : null,
      state: r.state,
      fromRevision: r.fromRevision,
      toRevision: r.toRevision,
      updated: r.updated,
      remaining: Math.max(0, total - r.updated),
      failed: r.failed,
      total,
      phase: r.message,
      isRollback: r.isRollback,
      startedAt: r.startedAt,
      updatedAt: r.updatedAt,
      completedAt: r.completedAt,
    };
  }
}

@ObjectType('TaskTransition', { description: 'One state change of a task' })
export class TaskTransitionType {
  @Field(() => TaskState, { description: 'The state it entered' }) state: TaskState;
  @Field(() => Date, { description: 'When it changed' }) at: Date;
  @Field(() => String, { description: 'Why, e.g. "container exited with 1" or a scheduler reason' })
  reason: string;
}

@ObjectType('Task', { description: 'One replica slot at one revision: one container' })
export class TaskType {
  @Field(() => ID, { description: 'Task id' }) id: string;
  @Field(() => ID, { description: 'Id of its service' }) serviceId: string;
  @Field(() => Int, { description: 'Replica slot (1..n); 0 for GLOBAL services' }) slot: number;
  @Field(() => Int, { description: 'The service revision this task runs' }) revision: number;
  @Field(() => TaskState, { description: 'RUNNING or SHUTDOWN' }) desiredState: TaskState;
  @Field(() => TaskState, { description: 'Where the task is now' }) state: TaskState;
  @Field(() => String, { description: 'Why the task is in its state (scheduler reasons when PENDING)' })
  stateReason: string;
  @Field(() => ID, {
    description: 'Id of the node the task is placed on; null: not placed yet',
    nullable: true,
  })
  nodeId: string | null;
  @Field(() => String, {
    description: 'Engine container id; null: no container yet (or it is gone)',
    nullable: true,
  })
  containerId: string | null;
  @Field(() => String, { description: 'NONE, STARTING, HEALTHY or UNHEALTHY' }) health: string;
  @Field(() => Int, { description: 'Exit code of its container; null: it has not exited', nullable: true })
  exitCode: number | null;
  @Field(() => Int, { description: 'Consecutive failures of this slot (restart backoff)' }) failures: number;
  @Field(() => Date, { nullable: true, description: 'Backoff: not started before' }) notBefore: Date | null;
  @Field(() => Date, {
    description: 'When it first became ready (running, healthy when checked); null: not yet',
    nullable: true,
  })
  readyAt: Date | null;
  @Field(() => [TaskTransitionType], { description: "The task's state changes, oldest first" })
  history: TaskTransitionType[];
  @Field(() => Date, { description: 'When the task was created' }) createdAt: Date;
  @Field(() => Date, { description: 'When the task last changed' }) updatedAt: Date;

  static from(t: Task): TaskType {
    return { ...t, desiredState: t.desiredState as TaskState };
  }
}

@ObjectType('SpecChange', { description: 'One changed field between two revisions' })
export class SpecChangeType {
  @Field(() => String, {
    description: "The field's path in the spec, e.g. update.parallelism or env.LOG_LEVEL",
  })
  path: string;
  @Field(() => JSONResolver, {
    description: 'The old value (JSON); null: the field was not set',
    nullable: true,
  })
  from: unknown;
  @Field(() => JSONResolver, {
    description: 'The new value (JSON); null: the field was removed',
    nullable: true,
  })
  to: unknown;
}

@ObjectType('Revision', {
  description: "One recorded version of a service's spec; every change of the spec makes a new one",
})
export class RevisionType {
  @Field(() => Int, { description: 'Revision number, from 1, one more with each change' }) number: number;
  @Field(() => Date, { description: 'When the revision was made' }) createdAt: Date;
  @Field(() => String, {
    description:
      'Who made it: a username, "username (token name)" for an API token, anonymous, or stevedore for the control plane itself',
  })
  createdBy: string;
  @Field(() => String, {
    description:
      'Why it was made, e.g. "created", "updated", "scaled 2 → 3", "patched image", "rollback to revision 2"',
  })
  reason: string;
  @Field(() => [SpecChangeType], {
    description: 'What changed from the revision before, field by field; empty for the first',
  })
  diff: SpecChangeType[];
  @Field(() => String, { description: "The image of this revision's spec" }) image: string;
  @Field(() => Boolean, { description: 'True for the revision the service runs (or rolls out) now' })
  current: boolean;
  @Field(() => ServiceSpecType, { description: 'The whole spec of this revision' }) spec: ServiceSpecType;

  static from(r: Revision, current: number): RevisionType {
    return {
      number: r.number,
      createdAt: r.createdAt,
      createdBy: r.createdBy,
      reason: r.reason,
      diff: r.diff,
      image: r.spec.image,
      current: r.number === current,
      spec: ServiceSpecType.from(r.spec),
    };
  }
}

@ObjectType('FilterFailure', { description: 'Nodes one scheduler filter rejected for one reason' })
export class FilterFailureType {
  @Field(() => String, { description: 'The filter plugin, e.g. constraints, resources, node-ready' })
  filter: string;
  @Field(() => Int, { description: 'Nodes it rejected (each node counts under the first filter failing it)' })
  nodes: number;
  @Field(() => String, { description: 'The reason, e.g. "3 nodes lacked 512 MiB memory"' }) reason: string;
}

@ObjectType('UnplacedTask', { description: 'A task the scheduler could not place, with its reasons' })
export class UnplacedTaskType {
  @Field(() => ID, { description: 'Id of the task' }) taskId: string;
  @Field(() => Int, { description: 'Replica slot of the task (0 for GLOBAL services)' }) slot: number;
  @Field(() => String, { description: 'The whole sentence, e.g. "3 nodes: 3 failed constraint …"' })
  reason: string;
  @Field(() => Int, { description: 'Nodes the task was checked against' }) nodesConsidered: number;
  @Field(() => [FilterFailureType], { description: 'Why, per filter, in filter order' })
  failures: FilterFailureType[];

  static from(t: Task & { unplaced: Unplaced }): UnplacedTaskType {
    return { taskId: t.id, slot: t.slot, ...t.unplaced };
  }
}

@ObjectType('Service', {
  description:
    'A long-running workload: a spec kept at its replicas by the reconciler, with revisions and rollouts',
})
export class ServiceType {
  @Field(() => ID, { description: 'Service id, stable for its life' }) id: string;
  @Field(() => String, { description: 'Id of the cluster the service runs in' }) clusterId: string;
  @Field(() => String, {
    description: 'Service name, unique in its cluster; replicas answer to it on their networks',
  })
  name: string;
  @Field(() => String, { description: 'The image of the current revision (spec.image)' }) image: string;
  @Field(() => ServiceMode, { description: 'REPLICATED or GLOBAL (spec.mode)' }) mode: ServiceMode;
  @Field(() => Int, { description: 'Current revision number' }) revision: number;
  @Field(() => Int, {
    description: 'The revision before the current one; null: never changed',
    nullable: true,
  })
  previousRevision: number | null;
  @Field(() => ServiceSpecType, { description: 'The desired state of the current revision' })
  spec: ServiceSpecType;
  @Field(() => ServiceStatus, {
    description: "One word for the service's state, from its replica counts and rollout",
  })
  status: ServiceStatus;
  @Field(() => Int, {
    description: 'Replicas wanted: spec.replicas for REPLICATED, the eligible nodes for GLOBAL',
  })
  desiredReplicas: number;
  @Field(() => Int, { description: 'Tasks whose container runs' }) runningReplicas: number;
  @Field(() => Int, {
    description: 'Running replicas that are ready (healthy when they have a health check)',
  })
  healthyReplicas: number;
  @Field(() => Int, { description: 'Running replicas whose health check fails' }) unhealthyReplicas: number;
  @Field(() => Int, { description: 'Tasks not yet running: waiting for placement, pulling or starting' })
  pendingReplicas: number;
  @Field(() => RolloutType, {
    description: 'The rolling update in flight, or the last one; null: none since creation',
    nullable: true,
  })
  rollout: RolloutType | null;
  @Field(() => [TaskType], { description: 'Active tasks and the recent finished ones' }) tasks: TaskType[];
  @Field(() => [UnplacedTaskType], {
    description: 'Tasks the scheduler could not place, with its reasons; empty: all placed',
  })
  unplaced: UnplacedTaskType[];
  @Field(() => Date, { description: 'When the service was created' }) createdAt: Date;
  @Field(() => Date, { description: 'When the service (spec, status or rollout) last changed' })
  updatedAt: Date;
}

@ObjectType('ServiceConnection', { description: 'A page of services (Relay cursor connection)' })
export class ServiceConnection extends connectionType(ServiceType, 'Service', 'service') {}

@ObjectType('TaskConnection', { description: 'A page of tasks (Relay cursor connection)' })
export class TaskConnection extends connectionType(TaskType, 'Task', 'task') {}
