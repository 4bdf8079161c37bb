import type { AppModules } from '../../core.js';
import type { ServiceView } from '../../app/services.js';
import { unschedulable } from '../../domain/orchestrator/status.js';
import { RolloutType, ServiceSpecType, ServiceType, TaskType, UnplacedTaskType } from './service.type.js';

/**
 * A service as GraphQL serves it, from its view (app/services). Takes only the use cases, not a
 * request's context, so the request's loaders (api/loaders.ts) build the same views.
 */
export function toServiceType(ctx: { core: AppModules }, v: ServiceView): ServiceType {
  const s = v.service;
  return {
    id: s.id,
    clusterId: s.clusterId,
    name: s.name,
    image: s.spec.image,
    mode: s.spec.mode,
    revision: s.currentRevision,
    previousRevision: s.previousRevision,
    spec: ServiceSpecType.from(s.spec),
    status: v.status,
    desiredReplicas: v.counts.desired,
    runningReplicas: v.counts.running,
    healthyReplicas: v.counts.healthy,
    unhealthyReplicas: v.counts.unhealthy,
    pendingReplicas: v.counts.pending,
    rollout: s.rollout
      ? RolloutType.from(
          s.rollout,
          v.counts.desired,
          s,
          s.rollout.progressive ? ctx.core.rollouts.lastDecision(s) : null,
        )
      : null,
    tasks: v.tasks.map((t) => TaskType.from(t)),
    unplaced: v.tasks.filter(unschedulable).map(UnplacedTaskType.from),
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}
