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
import { ResourcesType } from '../common/resources.type.js';
import { CanaryAnalysisType, CanaryStepType, ProgressiveRolloutType } from './progressive.type.js';
import type { RolloutDecision } from '../../app/rollouts.js';
import './service.enums.js';
import '../ingress/ingress.enums.js';

@ObjectType()
export class PortMappingType {
  @Field(() => Int) containerPort: number;
  @Field(() => Int, { description: '0: engine-assigned' }) hostPort: number;
  @Field(() => String, { description: "Empty: the node's publish address" }) hostIp: string;
  @Field(() => String) protocol: string;
}

@ObjectType()
export class MountType_ {
  @Field(() => String) type: string;
  @Field(() => String) source: string;
  @Field(() => String) target: string;
  @Field(() => Boolean) readOnly: boolean;
}

@ObjectType('ServiceHealthCheck')
export class HealthCheckType {
  @Field(() => [String]) test: string[];
  @Field(() => Int) intervalMs: number;
  @Field(() => Int) timeoutMs: number;
  @Field(() => Int) retries: number;
  @Field(() => Int) startPeriodMs: number;
}

@ObjectType('ServiceRestartPolicy')
export class RestartPolicyType {
  @Field(() => RestartCondition) condition: RestartCondition;
  @Field(() => Int) maxAttempts: number;
  @Field(() => Int) delayMs: number;
  @Field(() => Int) maxDelayMs: number;
  @Field(() => Int) windowMs: number;
}

@ObjectType()
export class WeightedExpressionType {
  @Field(() => String) expression: string;
  @Field(() => Int) weight: number;
}

@ObjectType()
export class ServiceAffinityType {
  @Field(() => String) service: string;
  @Field(() => Int) weight: number;
}

@ObjectType()
export class PlacementType {
  @Field(() => [String]) constraints: string[];
  @Field(() => [String]) spread: string[];
  @Field(() => Int) maxReplicasPerNode: number;
  @Field(() => [WeightedExpressionType]) nodeAffinity: WeightedExpressionType[];
  @Field(() => [ServiceAffinityType]) serviceAffinity: ServiceAffinityType[];
}

@ObjectType()
export class UpdateConfigType {
  @Field(() => Int) parallelism: number;
  @Field(() => Int) delayMs: number;
  @Field(() => UpdateOrder) order: UpdateOrder;
  @Field(() => FailureAction) failureAction: FailureAction;
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
  @Field(() => Float) maxFailureRatio: number;
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
  @Field(() => Boolean) blueGreen: boolean;
  @Field(() => Int, { description: 'Blue-green: how long the old revision stays after the switch' })
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

@ObjectType('IngressTls')
export class IngressTlsType {
  @Field(() => String, { description: 'The secret holding the PEM certificate and key' }) secret: string;
}

@ObjectType('IngressProbe', { description: 'The active health probe of every replica' })
export class IngressProbeType {
  @Field(() => String) path: string;
  @Field(() => Int) intervalMs: number;
  @Field(() => Int) timeoutMs: number;
  @Field(() => Int, { description: 'Successes in a row that bring a replica back' }) healthyThreshold: number;
  @Field(() => Int, { description: 'Failures in a row that take a replica out' }) unhealthyThreshold: number;
}

@ObjectType('IngressSpec')
export class IngressSpecType {
  @Field(() => Int) port: number;
  @Field(() => Int) targetPort: number;
  @Field(() => IngressAlgorithm) algorithm: IngressAlgorithm;
  @Field(() => Int, { nullable: true }) failureThreshold: number | null;
  @Field(() => Int, { nullable: true }) resetTimeoutMs: number | null;
  @Field(() => Int, { nullable: true }) upstreamTimeoutMs: number | null;
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

@ObjectType('AutoscaleSpec')
export class AutoscaleSpecType {
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
  @Field(() => Float, { nullable: true }) targetCpuPercent: number | null;
  @Field(() => Float, { nullable: true }) targetMemoryPercent: number | null;
  @Field(() => Float, { nullable: true }) targetRequestRate: number | null;
  @Field(() => Float) tolerance: number;
  @Field(() => Int) scaleUpStabilizationMs: number;
  @Field(() => Int) scaleDownStabilizationMs: number;
  @Field(() => Int) cooldownMs: number;
}

@ObjectType('SecretRef', { description: 'A secret given to every replica (never its value)' })
export class SecretRefType {
  @Field(() => String) name: string;
  @Field(() => String, { description: 'File name under /run/secrets' }) target: string;
  @Field(() => String, { nullable: true }) env: string | null;
}

@ObjectType('SecuritySpec', { description: 'Host privileges the service was allowed' })
export class SecuritySpecType {
  @Field(() => Boolean) privileged: boolean;
  @Field(() => Boolean) hostNetwork: boolean;
  @Field(() => Boolean) hostPid: boolean;
  @Field(() => [String]) capAdd: string[];
}

@ObjectType()
export class ServiceSpecType {
  @Field(() => String) name: string;
  @Field(() => String) image: string;
  @Field(() => [String], { nullable: true }) command: string[] | null;
  @Field(() => [KeyValue]) env: KeyValue[];
  @Field(() => [KeyValue]) labels: KeyValue[];
  @Field(() => [PortMappingType]) ports: PortMappingType[];
  @Field(() => [MountType_]) volumes: MountType_[];
  @Field(() => [String]) networks: string[];
  @Field(() => ResourcesType) limits: ResourcesType;
  @Field(() => ResourcesType) reservations: ResourcesType;
  @Field(() => HealthCheckType, { nullable: true }) healthCheck: HealthCheckType | null;
  @Field(() => RestartPolicyType) restartPolicy: RestartPolicyType;
  @Field(() => ServiceMode) mode: ServiceMode;
  @Field(() => Int) replicas: number;
  @Field(() => Int) priority: number;
  @Field(() => Boolean) preemption: boolean;
  @Field(() => PlacementType) placement: PlacementType;
  @Field(() => UpdateConfigType) update: UpdateConfigType;
  @Field(() => UpdateConfigType) rollback: UpdateConfigType;
  @Field(() => Int) stopTimeoutSec: number;
  @Field(() => IngressSpecType, { nullable: true }) ingress: IngressSpecType | null;
  @Field(() => AutoscaleSpecType, { nullable: true }) autoscale: AutoscaleSpecType | null;
  @Field(() => [SecretRefType]) secrets: SecretRefType[];
  @Field(() => SecuritySpecType, { nullable: true }) security: SecuritySpecType | null;

  static from(s: ServiceSpec): ServiceSpecType {
    return {
      ...s,
      secrets: s.secrets ?? [],
      security: s.security ?? null,
      ingress: s.ingress ? IngressSpecType.from(s.ingress) : null,
      autoscale: s.autoscale ?? null,
      env: toKeyValues(s.env),
      labels: toKeyValues(s.labels),
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
  @Field(() => String) volume: string;
  @Field(() => ID) nodeId: string;
  @Field(() => String) nodeName: string;
  @Field(() => String, { description: 'The constraint in spec.placement.constraints, node.id == <id>' })
  constraint: string;
  @Field(() => String, { description: 'e.g. "pinned to n2: volume keepdata lives there"' })
  reason: string;
}

@ObjectType('Rollout', { description: 'The rolling update (or rollback) in flight, or the last one' })
export class RolloutType {
  @Field(() => RolloutState) state: RolloutState;
  @Field(() => Int) fromRevision: number;
  @Field(() => Int) toRevision: number;
  @Field(() => Int, { description: 'Tasks on the new revision that passed the monitor window' })
  updated: number;
  @Field(() => Int) remaining: number;
  @Field(() => Int) failed: number;
  @Field(() => Int) total: number;
  @Field(() => String, { description: 'What the rollout is doing now' }) phase: string;
  @Field(() => Boolean) isRollback: boolean;
  @Field(() => Date) startedAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
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

@ObjectType()
export class TaskTransitionType {
  @Field(() => TaskState) state: TaskState;
  @Field(() => Date) at: Date;
  @Field(() => String) reason: string;
}

@ObjectType('Task', { description: 'One replica slot at one revision: one container' })
export class TaskType {
  @Field(() => ID) id: string;
  @Field(() => ID) serviceId: string;
  @Field(() => Int, { description: 'Replica slot (1..n); 0 for GLOBAL services' }) slot: number;
  @Field(() => Int) revision: number;
  @Field(() => TaskState, { description: 'RUNNING or SHUTDOWN' }) desiredState: TaskState;
  @Field(() => TaskState) state: TaskState;
  @Field(() => String, { description: 'Why the task is in its state (scheduler reasons when PENDING)' })
  stateReason: string;
  @Field(() => ID, { nullable: true }) nodeId: string | null;
  @Field(() => String, { nullable: true }) nodeName: string | null;
  @Field(() => String, { nullable: true }) containerId: string | null;
  @Field(() => String, { description: 'NONE, STARTING, HEALTHY or UNHEALTHY' }) health: string;
  @Field(() => Int, { nullable: true }) exitCode: number | null;
  @Field(() => Int, { description: 'Consecutive failures of this slot (restart backoff)' }) failures: number;
  @Field(() => Date, { nullable: true, description: 'Backoff: not started before' }) notBefore: Date | null;
  @Field(() => Date, { nullable: true }) readyAt: Date | null;
  @Field(() => [TaskTransitionType]) history: TaskTransitionType[];
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;

  static from(t: Task, nodeName: string | null): TaskType {
    return { ...t, desiredState: t.desiredState as TaskState, nodeName };
  }
}

@ObjectType()
export class SpecChangeType {
  @Field(() => String) path: string;
  @Field(() => JSONResolver, { nullable: true }) from: unknown;
  @Field(() => JSONResolver, { nullable: true }) to: unknown;
}

@ObjectType('Revision')
export class RevisionType {
  @Field(() => Int) number: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => String) createdBy: string;
  @Field(() => String) reason: string;
  @Field(() => [SpecChangeType]) diff: SpecChangeType[];
  @Field(() => String) image: string;
  @Field(() => Boolean) current: boolean;
  @Field(() => ServiceSpecType) spec: ServiceSpecType;

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

@ObjectType({ description: 'Nodes one scheduler filter rejected for one reason' })
export class FilterFailureType {
  @Field(() => String, { description: 'The filter plugin, e.g. constraints, resources, node-ready' })
  filter: string;
  @Field(() => Int, { description: 'Nodes it rejected (each node counts under the first filter failing it)' })
  nodes: number;
  @Field(() => String, { description: 'e.g. "3 nodes lacked 512 MiB memory"' }) reason: string;
}

@ObjectType({ description: 'A task the scheduler could not place, with its reasons' })
export class UnplacedTaskType {
  @Field(() => ID) taskId: string;
  @Field(() => Int) slot: number;
  @Field(() => String, { description: 'The whole sentence, e.g. "3 nodes: 3 failed constraint …"' })
  reason: string;
  @Field(() => Int, { description: 'Nodes the task was checked against' }) nodesConsidered: number;
  @Field(() => [FilterFailureType], { description: 'Why, per filter, in filter order' })
  failures: FilterFailureType[];

  static from(t: Task & { unplaced: Unplaced }): UnplacedTaskType {
    return { taskId: t.id, slot: t.slot, ...t.unplaced };
  }
}

@ObjectType('Service')
export class ServiceType {
  @Field(() => ID) id: string;
  @Field(() => String) clusterId: string;
  @Field(() => String) name: string;
  @Field(() => String) image: string;
  @Field(() => ServiceMode) mode: ServiceMode;
  @Field(() => Int, { description: 'Current revision number' }) revision: number;
  @Field(() => Int, { nullable: true }) previousRevision: number | null;
  @Field(() => ServiceSpecType) spec: ServiceSpecType;
  @Field(() => ServiceStatus) status: ServiceStatus;
  @Field(() => Int) desiredReplicas: number;
  @Field(() => Int) runningReplicas: number;
  @Field(() => Int) healthyReplicas: number;
  @Field(() => Int) unhealthyReplicas: number;
  @Field(() => Int) pendingReplicas: number;
  @Field(() => RolloutType, { nullable: true }) rollout: RolloutType | null;
  @Field(() => [TaskType], { description: 'Active tasks and the recent finished ones' }) tasks: TaskType[];
  @Field(() => [UnplacedTaskType]) unplaced: UnplacedTaskType[];
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}
