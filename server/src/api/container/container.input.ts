import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../common/connection.js';
import { KeyValueInput } from '../common/key-value.js';
import { ContainerState, MountType, PortProtocol, RestartCondition } from './container.type.js';

@InputType({ description: 'A port to publish on the host' })
export class PortInput {
  @Field(() => Int, { description: '1..65535' })
  containerPort: number;

  @Field(() => Int, { nullable: true, description: '0..65535; 0 or absent lets the engine pick a free port' })
  hostPort?: number;

  @Field(() => String, {
    nullable: true,
    description: 'IPv4 or IPv6 address to listen on; default 127.0.0.1 (use 0.0.0.0 for every interface)',
  })
  hostIp?: string;

  @Field(() => PortProtocol, { nullable: true, description: 'Default TCP' })
  protocol?: PortProtocol;
}

@InputType({ description: 'A volume, bind mount or tmpfs' })
export class VolumeInput {
  @Field(() => MountType, { nullable: true, description: 'Default VOLUME' })
  type?: MountType;

  @Field(() => String, {
    nullable: true,
    description: 'VOLUME: volume name (absent: an anonymous volume); BIND: absolute host path; TMPFS: none',
  })
  source?: string;

  @Field(() => String, { description: 'Absolute path in the container' })
  target: string;

  @Field(() => Boolean, { description: 'True: mounted read-only; default false', nullable: true })
  readOnly?: boolean;
}

@InputType({
  description:
    'CPUs as floats (0.5 = half a CPU; at most the node\'s CPU count). Memory as a string: bytes ("268435456") or ' +
    'with a binary unit ("512m", "1g", "256MiB"); at least 6 MiB, the engine\'s minimum. A reservation may not exceed its limit.',
})
export class ResourcesInput {
  @Field(() => Float, { nullable: true, description: 'Hard CPU limit (NanoCpus on the engine)' })
  cpuLimit?: number;

  @Field(() => String, { nullable: true, description: 'Hard memory limit, e.g. "256m"' })
  memoryLimit?: string;

  @Field(() => Float, {
    nullable: true,
    description: 'CPUs set aside when placing; recorded, not enforced by the engine',
  })
  cpuReservation?: number;

  @Field(() => String, { nullable: true, description: 'Soft memory limit (MemoryReservation), e.g. "128m"' })
  memoryReservation?: string;
}

@InputType({
  description:
    'A health check: command (exec form, no shell; CMD) or shell (run by /bin/sh -c; CMD-SHELL), not both. ' +
    'Durations in milliseconds, at least 1; defaults: 30000 ms interval and timeout, 3 retries, no start period.',
})
export class HealthCheckInput {
  @Field(() => [String], {
    description: 'The probe; exit 0 is healthy. Run as is (CMD) unless shell is given',
    nullable: true,
  })
  command?: string[];

  @Field(() => String, {
    description: 'The probe as one shell line (CMD-SHELL), instead of command',
    nullable: true,
  })
  shell?: string;

  @Field(() => Int, {
    description: "Time between two probes, in ms; default the engine's 30000",
    nullable: true,
  })
  intervalMs?: number;

  @Field(() => Int, {
    description: "How long one probe may take, in ms; default the engine's 30000",
    nullable: true,
  })
  timeoutMs?: number;

  @Field(() => Int, { nullable: true, description: 'Failures in a row that make it unhealthy' })
  retries?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Grace after start during which failures do not count, in ms',
  })
  startPeriodMs?: number;
}

@InputType({ description: "The engine's restart policy of a container" })
export class RestartPolicyInput {
  @Field(() => RestartCondition, { nullable: true, description: 'Default NO' })
  condition?: RestartCondition;

  @Field(() => Int, {
    nullable: true,
    description: 'ON_FAILURE only: give up after this many restarts (0 = never)',
  })
  maxRetries?: number;
}

@InputType({ description: 'A container to run on one node' })
export class RunContainerInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Node id or name; absent: the first READY and ACTIVE node',
  })
  node?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Container name, unique on its node; absent: the engine picks one',
  })
  name?: string;

  @Field(() => String, { description: 'Image reference; pulled when the node lacks it' })
  image: string;

  @Field(() => [String], { nullable: true, description: "Replaces the image's command" })
  command?: string[];

  @Field(() => [String], { nullable: true, description: "Replaces the image's entrypoint" })
  entrypoint?: string[];

  @Field(() => [KeyValueInput], { description: 'Environment variables; default none', nullable: true })
  env?: KeyValueInput[];

  @Field(() => [PortInput], { description: 'Ports to publish on the node; default none', nullable: true })
  ports?: PortInput[];

  @Field(() => [VolumeInput], { description: 'Mounts; default none', nullable: true })
  volumes?: VolumeInput[];

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

  @Field(() => RestartPolicyInput, { description: "The engine's restart policy; default NO", nullable: true })
  restartPolicy?: RestartPolicyInput;

  @Field(() => [KeyValueInput], {
    nullable: true,
    description:
      'Labels; Stevedore adds stevedore.managed=true and stevedore.kind=container, and reserves stevedore.* keys it writes',
  })
  labels?: KeyValueInput[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Privileged; refused unless the environment policy allows',
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
    description: 'Capabilities to add; each must be allowed by the environment policy',
  })
  capAdd?: string[];
}

@InputType({ description: 'All conditions must hold' })
export class ContainerFilter {
  @Field(() => ID, { nullable: true, description: 'Only this node (id or name)' })
  node?: string;

  @Field(() => [ContainerState], { nullable: true, description: 'Any of these states' })
  state?: ContainerState[];

  @Field(() => String, { nullable: true, description: 'Has label "key", or "key=value"' })
  label?: string;

  @Field(() => String, { nullable: true, description: 'Task of this service (label stevedore.service)' })
  service?: string;

  @Field(() => String, { nullable: true, description: 'Name contains this (case-sensitive)' })
  name?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Name or image contains this, or the id starts with it (case-insensitive); null or empty: any',
  })
  search?: string;
}

export const ContainerOrderField = { CREATED: 'CREATED', NAME: 'NAME' } as const;
export type ContainerOrderField = (typeof ContainerOrderField)[keyof typeof ContainerOrderField];
registerEnumType(ContainerOrderField, {
  name: 'ContainerOrderField',
  description: 'What containersConnection sorts by (ties broken by id)',
  valuesConfig: {
    CREATED: { description: 'When the engine created it' },
    NAME: { description: 'Container name' },
  },
});

@InputType({ description: 'How containersConnection sorts' })
export class ContainerOrder {
  @Field(() => ContainerOrderField, { description: 'The sort key' })
  field: ContainerOrderField;

  @Field(() => OrderDirection, {
    nullable: true,
    description: 'Default DESC for CREATED (newest first), ASC for NAME',
  })
  direction?: OrderDirection | null;
}
