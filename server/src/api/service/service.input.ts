import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ServiceStatus } from '../../domain/service.js';
import { OrderDirection } from '../common/connection.js';
import {
  FailureAction,
  IngressAlgorithm,
  RestartCondition,
  ServiceMode,
  UpdateOrder,
} from '../../domain/service.js';
import { KeyValueInput } from '../common/key-value.js';
import { ClusterPlacementInput } from './federation.input.js';
import { HealthCheckInput, PortInput, ResourcesInput, VolumeInput } from '../container/container.input.js';
import { CanaryAnalysisInput, CanaryStepInput } from './progressive.type.js';
import './service.enums.js';
import '../ingress/ingress.enums.js';

@InputType({
  description:
    'When a finished task is replaced: at once after a good run; further failures in a row wait delayMs, doubling up to maxDelayMs',
})
export class ServiceRestartPolicyInput {
  @Field(() => RestartCondition, { nullable: true, description: 'Default ANY' })
  condition?: RestartCondition;

  @Field(() => Int, { nullable: true, description: '0 = unlimited' })
  maxAttempts?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Wait before the second restart in a row (the first is immediate); default 500 ms',
  })
  delayMs?: number;

  @Field(() => Int, { nullable: true, description: 'Backoff cap, in ms; default 30000' })
  maxDelayMs?: number;

  @Field(() => Int, { nullable: true, description: 'Window in which maxAttempts counts, in ms; 0 = forever' })
  windowMs?: number;
}

@InputType({ description: 'A soft node preference: nodes matching the expression score its weight' })
export class WeightedExpressionInput {
  @Field(() => String, { description: 'A constraint expression, e.g. node.labels.disk == ssd' })
  expression: string;

  @Field(() => Int, { description: '-100..100, not 0; negative repels' })
  weight: number;
}

@InputType({ description: "A soft preference to run with or away from another service's tasks" })
export class ServiceAffinityInput {
  @Field(() => String, { description: 'Service name or id' })
  service: string;

  @Field(() => Int, { description: 'Positive: run with its tasks; negative: away from them' })
  weight: number;
}

@InputType({ description: 'Where tasks may run (constraints) and where they should (spread, affinities)' })
export class PlacementInput {
  @Field(() => [String], {
    nullable: true,
    description: 'e.g. "node.labels.zone == eu", "node.labels.disk in (ssd, nvme)", "node.labels.gpu exists"',
  })
  constraints?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Spread preferences, nested in order: node.labels.zone, …',
  })
  spread?: string[];

  @Field(() => Int, { nullable: true, description: '0 = unlimited' })
  maxReplicasPerNode?: number;

  @Field(() => [WeightedExpressionInput], {
    description: 'Soft preferences for nodes matching an expression, weighted; default none',
    nullable: true,
  })
  nodeAffinity?: WeightedExpressionInput[];

  @Field(() => [ServiceAffinityInput], {
    description: "Soft preferences to run with (or away from) another service's tasks; default none",
    nullable: true,
  })
  serviceAffinity?: ServiceAffinityInput[];

  @Field(() => ClusterPlacementInput, {
    nullable: true,
    description:
      'Federated placement over member clusters (affinity, spread, replica scheduling, weights, region preference, overrides): the service becomes a template whose copies NAME-CLUSTER run in the chosen clusters',
  })
  clusters?: ClusterPlacementInput;
}

@InputType({ description: 'How a rolling update (or rollback) proceeds' })
export class UpdateConfigInput {
  @Field(() => Int, { nullable: true, description: 'Tasks replaced at once; 0 = all' })
  parallelism?: number;

  @Field(() => Int, { nullable: true, description: 'Pause between batches, in ms; default 0' })
  delayMs?: number;

  @Field(() => UpdateOrder, { description: 'STOP_FIRST (default) or START_FIRST', nullable: true })
  order?: UpdateOrder;

  @Field(() => FailureAction, {
    description:
      'What happens when more tasks fail than maxFailureRatio; default ROLLBACK for update, PAUSE for rollback',
    nullable: true,
  })
  failureAction?: FailureAction;

  @Field(() => Int, {
    nullable: true,
    description:
      "Swarm's monitor, ms (default 5000): a window after each new task becomes ready in which its failure counts against maxFailureRatio. It does not hold the next batch; the rollout completes once the last batch is through it",
  })
  monitorMs?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Kubernetes' minReadySeconds, in ms (default 0): how long a new task must stay ready (running, healthy when checked) before it counts as ready and the next batch starts",
  })
  minReadyMs?: number;

  @Field(() => Float, { nullable: true, description: 'Fraction of tasks that may fail before failureAction' })
  maxFailureRatio?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Canary (update only; needs ingress): this many tasks (0..100) of the new revision start beside the old ones and get canarySteps' share of the ingress's requests; the rolling update waits until the canary is promoted. 0 or absent: no canary",
  })
  canary?: number;

  @Field(() => [CanaryStepInput], {
    nullable: true,
    description: "The canary's share of requests step by step; default 10, 25, 50, 100 % for 30 s each",
  })
  canarySteps?: CanaryStepInput[];

  @Field(() => CanaryAnalysisInput, {
    nullable: true,
    description:
      'Judge each canary step from the ingress figures (error rate, p95) against the stable revision: a failed step rolls back, the last passed one promotes. Absent: steps advance on time alone',
  })
  analysis?: CanaryAnalysisInput;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Blue-green (update only; needs ingress): the whole new revision starts beside the old one, and once every new task is ready all requests switch at once',
  })
  blueGreen?: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Blue-green: how long the old revision stays after the switch, in ms, ready for an instant switch back (abortRollout); default 0',
  })
  blueGreenKeepMs?: number;
}

@InputType('IngressRouteInput', {
  description:
    'A request goes to the route with the best host (exact, then the longest *.wildcard, then any host), then the longest path prefix',
})
export class IngressRouteInput {
  @Field(() => String, {
    nullable: true,
    description:
      'app.example.com or *.example.com (case-insensitive; Host header or TLS SNI); none: any host',
  })
  host?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Starts with /; /api takes /api and /api/x, not /apix; default /',
  })
  pathPrefix?: string;
}

@InputType('IngressTlsInput', {
  description: 'TLS termination on an ingress port, with a certificate from a secret',
})
export class IngressTlsInput {
  @Field(() => String, {
    description:
      "A secret of the service's environment holding the PEM certificate (then its chain) and its private key; chosen by SNI among the port's services",
  })
  secret: string;
}

@InputType('IngressProbeInput', {
  description:
    'GET path on every replica each intervalMs; a 2xx/3xx answer within timeoutMs is a success. unhealthyThreshold failures in a row take a replica out of rotation, healthyThreshold successes bring it back',
})
export class IngressProbeInput {
  @Field(() => String, { nullable: true, description: 'Default /' })
  path?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Time between two probes of one replica, in ms: 100..3600000; default 5000',
  })
  intervalMs?: number;

  @Field(() => Int, {
    nullable: true,
    description: '50..60000, at most intervalMs; default 2000 (or intervalMs)',
  })
  timeoutMs?: number;

  @Field(() => Int, { nullable: true, description: '1..100; default 1' })
  healthyThreshold?: number;

  @Field(() => Int, { nullable: true, description: '1..100; default 1' })
  unhealthyThreshold?: number;
}

@InputType({ description: 'Publish the service through the control plane ingress on 127.0.0.1:port' })
export class IngressInput {
  @Field(() => Int, { description: 'Listening port on the control plane, 1024..65535' })
  port: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Container port of the replicas (must be in ports); default the first TCP port',
  })
  targetPort?: number;

  @Field(() => IngressAlgorithm, { nullable: true, description: 'Default ROUND_ROBIN' })
  algorithm?: IngressAlgorithm;

  @Field(() => Int, {
    nullable: true,
    description:
      "Consecutive failures that open a replica's circuit breaker; default STEVEDORE_INGRESS_BREAKER_THRESHOLD (5)",
  })
  failureThreshold?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'How long an open breaker waits before a trial request, in ms; default STEVEDORE_INGRESS_BREAKER_RESET_MS (60000)',
  })
  resetTimeoutMs?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Time allowed per attempt to a replica, in ms; default STEVEDORE_INGRESS_UPSTREAM_TIMEOUT_MS',
  })
  upstreamTimeoutMs?: number;

  @Field(() => [IngressRouteInput], {
    nullable: true,
    description:
      'Where on the port requests reach this service (Traefik Host + PathPrefix). Several services may share a port when their routes differ; a route another service holds there is refused (CONFLICT). None: every request to the port',
  })
  routes?: IngressRouteInput[];

  @Field(() => IngressTlsInput, {
    nullable: true,
    description:
      'Terminate TLS on the port with a certificate from a secret; every service on one port is TLS or none is',
  })
  tls?: IngressTlsInput;

  @Field(() => IngressProbeInput, {
    nullable: true,
    description: 'Active health probe of every replica, beside the passive circuit breaker; none by default',
  })
  probe?: IngressProbeInput;
}

@InputType({ description: 'Horizontal autoscaling (Kubernetes HPA semantics); at least one target' })
export class AutoscaleInput {
  @Field(() => Int, { nullable: true, description: 'Default 1' })
  min?: number;

  @Field(() => Int, { nullable: true, description: 'Default max(min, 10)' })
  max?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average CPU per replica, % of its CPU limit (or reservation, or one CPU)',
  })
  targetCpuPercent?: number;

  @Field(() => Float, { nullable: true, description: 'Average memory per replica, % of its memory limit' })
  targetMemoryPercent?: number;

  @Field(() => Float, { nullable: true, description: 'Requests per second per replica through the ingress' })
  targetRequestRate?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'No change while metric/target is within 1 ± tolerance; default 0.1',
  })
  tolerance?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Scale up only to the lowest recommendation of this window, in ms; default 300000',
  })
  scaleUpStabilizationMs?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Scale down only to the highest recommendation of this window, in ms; default 600000',
  })
  scaleDownStabilizationMs?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Minimum time between scale actions, in ms; default 30000',
  })
  cooldownMs?: number;
}

@InputType({ description: 'A secret given to every replica' })
export class SecretRefInput {
  @Field(() => String, { description: "A secret of the service's environment" })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'File name under /run/secrets; default the secret name',
  })
  target?: string;

  @Field(() => String, { nullable: true, description: 'Also set this environment variable to the value' })
  env?: string;
}

@InputType({ description: 'More DNS names the service answers to on one of its networks' })
export class NetworkAliasInput {
  @Field(() => String, { description: "One of the service's networks" })
  network: string;

  @Field(() => [String], { description: "Names besides the service's own; DNS labels" })
  aliases: string[];
}

/** Every spec field but name and image: shared by the whole spec and by a patch of it. */
@InputType()
abstract class ServiceSpecFields {
  @Field(() => [String], { description: "Command and arguments; default the image's CMD", nullable: true })
  command?: string[];

  @Field(() => [String], {
    description: "Replaces the image's ENTRYPOINT; an empty list runs with none; default the image's",
    nullable: true,
  })
  entrypoint?: string[];

  @Field(() => [KeyValueInput], {
    description: 'Environment variables, the whole set; default none',
    nullable: true,
  })
  env?: KeyValueInput[];

  @Field(() => [KeyValueInput], {
    description: 'Labels on the containers, the whole set; default none',
    nullable: true,
  })
  labels?: KeyValueInput[];

  @Field(() => [PortInput], { nullable: true, description: "Host IP absent: the node's publish address" })
  ports?: PortInput[];

  @Field(() => [VolumeInput], { description: 'Mounts, the whole set; default none', nullable: true })
  volumes?: VolumeInput[];

  @Field(() => [String], {
    nullable: true,
    description: 'Networks to join; replicas answer to the service name there',
  })
  networks?: string[];

  @Field(() => ResourcesInput, {
    description: 'CPU and memory limits and reservations; default none',
    nullable: true,
  })
  resources?: ResourcesInput;

  @Field(() => HealthCheckInput, {
    description: "Health check; default the image's HEALTHCHECK, if any",
    nullable: true,
  })
  healthCheck?: HealthCheckInput;

  @Field(() => ServiceRestartPolicyInput, {
    description: 'When failed tasks are replaced; default ANY, unlimited, 500 ms backoff doubling up to 30 s',
    nullable: true,
  })
  restartPolicy?: ServiceRestartPolicyInput;

  @Field(() => ServiceMode, { nullable: true, description: 'Default REPLICATED' })
  mode?: ServiceMode;

  @Field(() => Int, { nullable: true, description: 'REPLICATED only; default 1' })
  replicas?: number;

  @Field(() => Int, { nullable: true, description: 'Higher is placed first; -1000..1000' })
  priority?: number;

  @Field(() => Boolean, { nullable: true, description: 'May evict lower-priority tasks when nothing fits' })
  preemption?: boolean;

  @Field(() => PlacementInput, {
    description: 'Where tasks may and should run; default any node, spread over nodes',
    nullable: true,
  })
  placement?: PlacementInput;

  @Field(() => UpdateConfigInput, {
    description:
      'How a rolling update proceeds; default one task at a time, STOP_FIRST, ROLLBACK on failure, 5 s monitor',
    nullable: true,
  })
  update?: UpdateConfigInput;

  @Field(() => UpdateConfigInput, {
    description: 'How a rollback proceeds; default all tasks at once, STOP_FIRST, PAUSE on failure',
    nullable: true,
  })
  rollback?: UpdateConfigInput;

  @Field(() => Int, { nullable: true, description: 'Seconds between SIGTERM and SIGKILL; default 10' })
  stopTimeoutSec?: number;

  @Field(() => IngressInput, {
    nullable: true,
    description: 'Load balance over the replicas through the control plane',
  })
  ingress?: IngressInput;

  @Field(() => AutoscaleInput, {
    nullable: true,
    description: 'Scale replicas on CPU, memory or request rate',
  })
  autoscale?: AutoscaleInput;

  @Field(() => [SecretRefInput], {
    nullable: true,
    description:
      "Secrets of the service's environment, as files under /run/secrets (and variables on request)",
  })
  secrets?: SecretRefInput[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Privileged containers; refused unless the environment policy allows',
  })
  privileged?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "The host's network namespace; refused unless the environment policy allows",
  })
  hostNetwork?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "The host's PID namespace; refused unless the environment policy allows",
  })
  hostPid?: boolean;

  @Field(() => [String], {
    nullable: true,
    description: 'Capabilities to add (NET_ADMIN…); each must be allowed by the environment policy',
  })
  capAdd?: string[];

  @Field(() => [NetworkAliasInput], {
    nullable: true,
    description: 'Extra DNS names per network, the whole set; default none (the service name only)',
  })
  aliases?: NetworkAliasInput[];
}

@InputType({ description: 'The desired state of a service; every change makes a new revision' })
export class ServiceSpecInput extends ServiceSpecFields {
  @Field(() => String, {
    description:
      'Service name, unique in its cluster: 1..63 letters, digits, _, . and -, a letter or digit first',
  })
  name: string;

  @Field(() => String, {
    description: 'Image reference, e.g. local/webapp:v1; pulled on each node when missing',
  })
  image: string;
}

@InputType({
  description:
    'A partial update: only the fields given change (as docker service update --image). resources, restartPolicy, placement, update and rollback are merged field by field; any other field given replaces its value. The name cannot change.',
})
export class ServicePatchInput extends ServiceSpecFields {
  @Field(() => String, { description: 'New image reference', nullable: true })
  image?: string;

  @Field(() => [KeyValueInput], {
    nullable: true,
    description: 'Variables set (added, or changed in place); the others are kept',
  })
  envAdd?: KeyValueInput[];

  @Field(() => [String], { nullable: true, description: 'Variables removed, by key; each must be set' })
  envRemove?: string[];
}

export const ServiceOrderField = { NAME: 'NAME', CREATED: 'CREATED', UPDATED: 'UPDATED' } as const;
export type ServiceOrderField = (typeof ServiceOrderField)[keyof typeof ServiceOrderField];
registerEnumType(ServiceOrderField, {
  name: 'ServiceOrderField',
  description: 'What servicesConnection sorts by (ties broken by id)',
  valuesConfig: {
    NAME: { description: 'Service name' },
    CREATED: { description: 'When the service was created' },
    UPDATED: { description: 'When the service (spec, status or rollout) last changed' },
  },
});

@InputType({ description: 'How servicesConnection sorts' })
export class ServiceOrder {
  @Field(() => ServiceOrderField, { description: 'The sort key' })
  field: ServiceOrderField;

  @Field(() => OrderDirection, {
    nullable: true,
    description: 'Default ASC for NAME, DESC (newest first) otherwise',
  })
  direction?: OrderDirection | null;
}

/** The filters of services and servicesConnection. */
@ArgsType()
export class ServiceListArgs {
  @Field(() => ID, { description: "Only this cluster's services; null: every cluster", nullable: true })
  clusterId?: string | null;

  @Field(() => String, {
    description: 'Only services whose name or image contains this (case-sensitive); null: any',
    nullable: true,
  })
  search?: string | null;

  @Field(() => ServiceStatus, {
    description: 'Only services in this status; null: any status',
    nullable: true,
  })
  status?: ServiceStatus | null;
}
