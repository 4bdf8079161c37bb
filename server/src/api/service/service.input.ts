import { Field, Float, InputType, Int } from 'type-graphql';
import { FailureAction, RestartCondition, ServiceMode, UpdateOrder } from '../../domain/service.js';
import { KeyValueInput } from '../common/key-value.js';
import { HealthCheckInput, PortInput, ResourcesInput, VolumeInput } from '../container/container.input.js';
import './service.enums.js';

@InputType({ description: 'When a finished task is replaced; delays double per consecutive failure up to maxDelayMs' })
export class ServiceRestartPolicyInput {
  @Field(() => RestartCondition, { nullable: true, description: 'Default ANY' })
  condition?: RestartCondition;

  @Field(() => Int, { nullable: true, description: '0 = unlimited' })
  maxAttempts?: number;

  @Field(() => Int, { nullable: true, description: 'First restart delay; default 500 ms' })
  delayMs?: number;

  @Field(() => Int, { nullable: true, description: 'Backoff cap; default 30 s' })
  maxDelayMs?: number;

  @Field(() => Int, { nullable: true, description: 'Window in which maxAttempts counts; 0 = forever' })
  windowMs?: number;
}

@InputType()
export class WeightedExpressionInput {
  @Field(() => String, { description: 'A constraint expression, e.g. node.labels.disk == ssd' })
  expression: string;

  @Field(() => Int, { description: '-100..100, not 0; negative repels' })
  weight: number;
}

@InputType()
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

  @Field(() => [String], { nullable: true, description: 'Spread preferences, nested in order: node.labels.zone, …' })
  spread?: string[];

  @Field(() => Int, { nullable: true, description: '0 = unlimited' })
  maxReplicasPerNode?: number;

  @Field(() => [WeightedExpressionInput], { nullable: true })
  nodeAffinity?: WeightedExpressionInput[];

  @Field(() => [ServiceAffinityInput], { nullable: true })
  serviceAffinity?: ServiceAffinityInput[];
}

@InputType({ description: 'How a rolling update (or rollback) proceeds' })
export class UpdateConfigInput {
  @Field(() => Int, { nullable: true, description: 'Tasks replaced at once; 0 = all' })
  parallelism?: number;

  @Field(() => Int, { nullable: true, description: 'Pause between batches' })
  delayMs?: number;

  @Field(() => UpdateOrder, { nullable: true })
  order?: UpdateOrder;

  @Field(() => FailureAction, { nullable: true })
  failureAction?: FailureAction;

  @Field(() => Int, { nullable: true, description: 'How long a new task must stay healthy to count as updated' })
  monitorMs?: number;

  @Field(() => Float, { nullable: true, description: 'Fraction of tasks that may fail before failureAction' })
  maxFailureRatio?: number;
}

@InputType({ description: 'The desired state of a service; every change makes a new revision' })
export class ServiceSpecInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  image: string;

  @Field(() => [String], { nullable: true })
  command?: string[];

  @Field(() => [KeyValueInput], { nullable: true })
  env?: KeyValueInput[];

  @Field(() => [KeyValueInput], { nullable: true })
  labels?: KeyValueInput[];

  @Field(() => [PortInput], { nullable: true, description: 'Host IP absent: the node\'s publish address' })
  ports?: PortInput[];

  @Field(() => [VolumeInput], { nullable: true })
  volumes?: VolumeInput[];

  @Field(() => [String], { nullable: true, description: 'Networks to join; replicas answer to the service name there' })
  networks?: string[];

  @Field(() => ResourcesInput, { nullable: true })
  resources?: ResourcesInput;

  @Field(() => HealthCheckInput, { nullable: true })
  healthCheck?: HealthCheckInput;

  @Field(() => ServiceRestartPolicyInput, { nullable: true })
  restartPolicy?: ServiceRestartPolicyInput;

  @Field(() => ServiceMode, { nullable: true, description: 'Default REPLICATED' })
  mode?: ServiceMode;

  @Field(() => Int, { nullable: true, description: 'REPLICATED only; default 1' })
  replicas?: number;

  @Field(() => Int, { nullable: true, description: 'Higher is placed first; -1000..1000' })
  priority?: number;

  @Field(() => Boolean, { nullable: true, description: 'May evict lower-priority tasks when nothing fits' })
  preemption?: boolean;

  @Field(() => PlacementInput, { nullable: true })
  placement?: PlacementInput;

  @Field(() => UpdateConfigInput, { nullable: true })
  update?: UpdateConfigInput;

  @Field(() => UpdateConfigInput, { nullable: true })
  rollback?: UpdateConfigInput;

  @Field(() => Int, { nullable: true, description: 'Seconds between SIGTERM and SIGKILL; default 10' })
  stopTimeoutSec?: number;
}
