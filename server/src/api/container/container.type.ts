import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { ContainerDetails, ContainerSummary, PortBinding } from '../../app/containers.js';
import { KeyValue, toKeyValues } from '../common/key-value.js';
import { UnreachableNode } from '../common/unreachable-node.js';
import { NodeType } from '../node/node.type.js';

export const ContainerState = {
  CREATED: 'CREATED',
  RUNNING: 'RUNNING',
  PAUSED: 'PAUSED',
  RESTARTING: 'RESTARTING',
  REMOVING: 'REMOVING',
  EXITED: 'EXITED',
  DEAD: 'DEAD',
} as const;
export type ContainerState = (typeof ContainerState)[keyof typeof ContainerState];

export const HealthStatus = {
  STARTING: 'STARTING',
  HEALTHY: 'HEALTHY',
  UNHEALTHY: 'UNHEALTHY',
  NONE: 'NONE',
} as const;
export type HealthStatus = (typeof HealthStatus)[keyof typeof HealthStatus];

export const PortProtocol = { TCP: 'TCP', UDP: 'UDP', SCTP: 'SCTP' } as const;
export type PortProtocol = (typeof PortProtocol)[keyof typeof PortProtocol];

export const MountType = { VOLUME: 'VOLUME', BIND: 'BIND', TMPFS: 'TMPFS' } as const;
export type MountType = (typeof MountType)[keyof typeof MountType];

export const RestartCondition = {
  NO: 'NO',
  ALWAYS: 'ALWAYS',
  UNLESS_STOPPED: 'UNLESS_STOPPED',
  ON_FAILURE: 'ON_FAILURE',
} as const;
export type RestartCondition = (typeof RestartCondition)[keyof typeof RestartCondition];

export const LogStream = { STDOUT: 'STDOUT', STDERR: 'STDERR' } as const;
export type LogStream = (typeof LogStream)[keyof typeof LogStream];

registerEnumType(ContainerState, { name: 'ContainerState', description: "The engine's container state" });
registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'NONE: the container has no health check',
});
registerEnumType(PortProtocol, { name: 'PortProtocol' });
registerEnumType(MountType, {
  name: 'MountType',
  description: 'VOLUME: a named (or anonymous) volume; BIND: a host path; TMPFS: memory',
});
registerEnumType(RestartCondition, { name: 'RestartCondition', description: "The engine's restart policy" });
registerEnumType(LogStream, { name: 'LogStream' });

@ObjectType('PortBinding', { description: 'A port published on the host' })
export class PortBindingType {
  @Field(() => Int)
  containerPort: number;

  @Field(() => Int, { description: 'The host port; the engine picked it when asked for 0' })
  hostPort: number;

  @Field(() => String, { description: 'Host address the port listens on; 0.0.0.0 or :: is every interface' })
  hostIp: string;

  @Field(() => PortProtocol)
  protocol: PortProtocol;
}

@ObjectType('Container', {
  description: 'A container as the engine lists it: cheap to fetch across the cluster',
})
export class ContainerType {
  @Field(() => ID, { description: "The engine's full container id" })
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => NodeType, { description: 'The node whose engine runs it' })
  node: NodeType;

  @Field(() => String, { description: 'The image as asked for (a reference, or an id)' })
  image: string;

  @Field(() => String)
  imageId: string;

  @Field(() => String, { description: 'Entrypoint and command as one line' })
  command: string;

  @Field(() => ContainerState)
  state: ContainerState;

  @Field(() => String, {
    description: 'The engine\'s words, e.g. "Up 5 minutes (healthy)", "Exited (0) 3 seconds ago"',
  })
  status: string;

  @Field(() => [KeyValue])
  labels: KeyValue[];

  @Field(() => [PortBindingType])
  ports: PortBindingType[];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Boolean, { description: 'Run by Stevedore (label stevedore.managed=true)' })
  managed: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Label stevedore.service: the service this is a task of',
  })
  service: string | null;

  @Field(() => String, { nullable: true, description: 'Label stevedore.task' })
  task: string | null;

  @Field(() => String, { nullable: true, description: 'Label stevedore.revision' })
  revision: string | null;
}

@ObjectType({
  description:
    'Containers of every node asked about. Nodes that are DOWN or did not answer are listed in unreachableNodes, ' +
    'so a partial answer is never mistaken for a complete one.',
})
export class ContainerList {
  @Field(() => [ContainerType])
  items: ContainerType[];

  @Field(() => [UnreachableNode])
  unreachableNodes: UnreachableNode[];
}

@ObjectType('HealthProbe', { description: 'One health probe run' })
export class HealthProbeType {
  @Field(() => Date)
  start: Date;

  @Field(() => Date, { nullable: true })
  end: Date | null;

  @Field(() => Int)
  exitCode: number;

  @Field(() => String)
  output: string;
}

@ObjectType('ContainerHealth', {
  description: 'Health as the engine keeps it: status, streak and the last probes (oldest first)',
})
export class ContainerHealthType {
  @Field(() => HealthStatus)
  status: HealthStatus;

  @Field(() => Int, { description: 'Consecutive failed probes' })
  failingStreak: number;

  @Field(() => String, { nullable: true, description: 'Output of the latest probe' })
  lastOutput: string | null;

  @Field(() => Int, { nullable: true, description: 'Exit code of the latest probe' })
  lastExitCode: number | null;

  @Field(() => [HealthProbeType], { description: 'The engine keeps the last 5 probes' })
  probes: HealthProbeType[];
}

@ObjectType('HealthCheck', { description: 'The configured health check' })
export class HealthCheckType {
  @Field(() => [String], {
    description: 'As the engine stores it: ["CMD", ...], ["CMD-SHELL", "..."] or ["NONE"]',
  })
  test: string[];

  @Field(() => Float)
  intervalMs: number;

  @Field(() => Float)
  timeoutMs: number;

  @Field(() => Int)
  retries: number;

  @Field(() => Float)
  startPeriodMs: number;
}

@ObjectType('RestartPolicy')
export class RestartPolicyType {
  @Field(() => RestartCondition)
  condition: RestartCondition;

  @Field(() => Int)
  maxRetries: number;
}

@ObjectType('ContainerResources', {
  description: 'Limits as the engine enforces them; 0 means unlimited / none',
})
export class ContainerResourcesType {
  @Field(() => SafeIntResolver, { description: 'CPU limit in NanoCpus (1e9 = one CPU)' })
  nanoCpusLimit: number;

  @Field(() => Float, { description: 'CPU limit in CPUs' })
  cpuLimit: number;

  @Field(() => SafeIntResolver, {
    description: 'CPU reservation in NanoCpus, as asked at run (a placement notion: the engine has none)',
  })
  nanoCpusReservation: number;

  @Field(() => Float)
  cpuReservation: number;

  @Field(() => SafeIntResolver, { description: 'Memory limit in bytes' })
  memoryLimitBytes: number;

  @Field(() => SafeIntResolver, { description: 'Memory reservation (soft limit) in bytes' })
  memoryReservationBytes: number;
}

@ObjectType('Mount')
export class MountInfoType {
  @Field(() => MountType)
  type: MountType;

  @Field(() => String, { description: 'Volume name, or host path for BIND; empty for TMPFS' })
  source: string;

  @Field(() => String)
  target: string;

  @Field(() => Boolean)
  readOnly: boolean;
}

@ObjectType('ContainerNetwork', { description: 'An attachment to a network and the address it got' })
export class ContainerNetworkType {
  @Field(() => String)
  name: string;

  @Field(() => String)
  ipAddress: string;

  @Field(() => String)
  gateway: string;

  @Field(() => String)
  macAddress: string;

  @Field(() => [String])
  aliases: string[];
}

@ObjectType('ContainerDetails', { description: "Everything about one container, from the engine's inspect" })
export class ContainerDetailsType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => NodeType)
  node: NodeType;

  @Field(() => String)
  image: string;

  @Field(() => String)
  imageId: string;

  @Field(() => [String])
  command: string[];

  @Field(() => [String])
  entrypoint: string[];

  @Field(() => [KeyValue])
  env: KeyValue[];

  @Field(() => ContainerState)
  state: ContainerState;

  @Field(() => String, {
    description: 'In words, e.g. "Up 5 seconds (healthy)", "Exited (137) 2 minutes ago"',
  })
  status: string;

  @Field(() => [KeyValue])
  labels: KeyValue[];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Of the last run; null while it never ran' })
  exitCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why the engine could not run it' })
  error: string | null;

  @Field(() => Boolean)
  oomKilled: boolean;

  @Field(() => Int, { nullable: true })
  pid: number | null;

  @Field(() => HealthStatus)
  healthStatus: HealthStatus;

  @Field(() => ContainerHealthType, {
    nullable: true,
    description: 'Null when the container has no health check',
  })
  health: ContainerHealthType | null;

  @Field(() => HealthCheckType, { nullable: true })
  healthCheck: HealthCheckType | null;

  @Field(() => Int)
  restartCount: number;

  @Field(() => RestartPolicyType)
  restartPolicy: RestartPolicyType;

  @Field(() => ContainerResourcesType)
  resources: ContainerResourcesType;

  @Field(() => [PortBindingType])
  ports: PortBindingType[];

  @Field(() => [MountInfoType])
  mounts: MountInfoType[];

  @Field(() => [ContainerNetworkType])
  networks: ContainerNetworkType[];

  @Field(() => Boolean)
  managed: boolean;

  @Field(() => String, { nullable: true })
  service: string | null;

  @Field(() => String, { nullable: true })
  task: string | null;

  @Field(() => String, { nullable: true })
  revision: string | null;
}

@ObjectType('LogLine', { description: 'One line of container output' })
export class LogLineType {
  @Field(() => Date)
  timestamp: Date;

  @Field(() => LogStream)
  stream: LogStream;

  @Field(() => String)
  message: string;
}

const LABEL_SERVICE = 'stevedore.service';
const LABEL_TASK = 'stevedore.task';
const LABEL_REVISION = 'stevedore.revision';
const LABEL_MANAGED = 'stevedore.managed';
const LABEL_CPU_RESERVATION = 'stevedore.cpu-reservation';

const stevedoreLabels = (labels: Record<string, string>) => ({
  managed: labels[LABEL_MANAGED] === 'true',
  service: labels[LABEL_SERVICE] ?? null,
  task: labels[LABEL_TASK] ?? null,
  revision: labels[LABEL_REVISION] ?? null,
});

const toBinding = (p: PortBinding): PortBindingType => ({
  containerPort: p.containerPort,
  hostPort: p.hostPort,
  hostIp: p.hostIp,
  protocol: p.protocol.toUpperCase() as PortProtocol,
});

export function toContainer(node: NodeType, c: ContainerSummary): ContainerType {
  return {
    id: c.id,
    name: c.name,
    node,
    image: c.image,
    imageId: c.imageId,
    command: c.command,
    state: c.state.toUpperCase() as ContainerState,
    status: c.status,
    labels: toKeyValues(c.labels),
    ports: c.ports.map(toBinding),
    createdAt: c.createdAt,
    ...stevedoreLabels(c.labels),
  };
}

export function toContainerDetails(
  node: NodeType,
  d: ContainerDetails,
  now = new Date(),
): ContainerDetailsType {
  const healthStatus = (d.health?.status ?? 'none').toUpperCase() as HealthStatus;
  const last = d.health?.log.at(-1);
  const nanoCpusReservation = Number(d.labels[LABEL_CPU_RESERVATION] ?? 0) || 0;
  const restartName = d.restartPolicy.name || 'no';
  const secretEnv = new Set((d.labels['stevedore.secret-env'] ?? '').split(',').filter(Boolean));
  return {
    id: d.id,
    name: d.name,
    node,
    image: d.image,
    imageId: d.imageId,
    command: d.command,
    entrypoint: d.entrypoint,
    env: d.env.map((e) => {
      const i = e.indexOf('=');
      const kv = i < 0 ? { key: e, value: '' } : { key: e.slice(0, i), value: e.slice(i + 1) };
      // Variables filled from secrets (label stevedore.secret-env) never leave through the API.
      return secretEnv.has(kv.key) ? { key: kv.key, value: '[secret]' } : kv;
    }),
    state: d.state.status.toUpperCase() as ContainerState,
    status: statusText(d, now),
    labels: toKeyValues(d.labels),
    createdAt: d.createdAt,
    startedAt: d.state.startedAt,
    finishedAt: d.state.finishedAt,
    exitCode: d.state.startedAt ? d.state.exitCode : null,
    error: d.state.error || null,
    oomKilled: d.state.oomKilled,
    pid: d.state.pid || null,
    healthStatus,
    health: d.health
      ? {
          status: healthStatus,
          failingStreak: d.health.failingStreak,
          lastOutput: last ? last.output : null,
          lastExitCode: last ? last.exitCode : null,
          probes: d.health.log.map((p) => ({
            start: p.start,
            end: p.end,
            exitCode: p.exitCode,
            output: p.output,
          })),
        }
      : null,
    healthCheck: d.healthCheck ? { ...d.healthCheck } : null,
    restartCount: d.restartCount,
    restartPolicy: {
      condition: restartName.toUpperCase().replace(/-/g, '_') as RestartCondition,
      maxRetries: d.restartPolicy.maximumRetryCount,
    },
    resources: {
      nanoCpusLimit: d.resources.nanoCpus,
      cpuLimit: d.resources.nanoCpus / 1e9,
      nanoCpusReservation,
      cpuReservation: nanoCpusReservation / 1e9,
      memoryLimitBytes: d.resources.memoryBytes,
      memoryReservationBytes: d.resources.memoryReservationBytes,
    },
    ports: d.ports.map(toBinding),
    mounts: d.mounts.map((m) => ({
      type: m.type.toUpperCase() as MountType,
      source: m.source,
      target: m.target,
      readOnly: m.readOnly,
    })),
    networks: d.networks.map((n) => ({ ...n })),
    ...stevedoreLabels(d.labels),
  };
}

/** The engine's list wording ("Up 5 seconds (healthy)", "Exited (0) 3 minutes ago"), from inspect facts. */
export function statusText(d: ContainerDetails, now: Date): string {
  const since = (t: Date | null) => (t ? humanDuration(now.getTime() - t.getTime()) : '');
  const s = d.state;
  switch (s.status) {
    case 'running': {
      const h = d.health?.status;
      const health =
        h === 'healthy'
          ? ' (healthy)'
          : h === 'unhealthy'
            ? ' (unhealthy)'
            : h === 'starting'
              ? ' (health: starting)'
              : '';
      return `Up ${since(s.startedAt)}${health}`;
    }
    case 'paused':
      return `Up ${since(s.startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${s.exitCode}) ${since(s.finishedAt)} ago`;
    case 'exited':
      return s.finishedAt ? `Exited (${s.exitCode}) ${since(s.finishedAt)} ago` : `Exited (${s.exitCode})`;
    case 'created':
      return 'Created';
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    default:
      return s.status;
  }
}

/** Docker's HumanDuration. */
export function humanDuration(ms: number): string {
  const sec = Math.round(ms / 1000);
  if (sec < 1) return 'Less than a second';
  if (sec === 1) return '1 second';
  if (sec < 60) return `${sec} seconds`;
  const min = Math.round(ms / 60_000);
  if (min === 1) return 'About a minute';
  if (min < 60) return `${min} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(hours / 24 / 365)} years`;
}
