import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { ContainerDetails, ContainerSummary, PortBinding } from '../../app/containers.js';
import { KeyValue, toKeyValues } from '../common/key-value.js';
import { UnreachableNode } from '../common/unreachable-node.js';
import { NodeType } from '../node/node.type.js';
import { connectionType } from '../common/connection.js';

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

registerEnumType(ContainerState, {
  name: 'ContainerState',
  description: "The engine's container state",
  valuesConfig: {
    RUNNING: { description: 'Its process runs' },
    RESTARTING: { description: 'Being restarted by its restart policy' },
    REMOVING: { description: 'Being removed' },
    PAUSED: { description: 'Its processes are frozen' },
    EXITED: { description: 'Its process ended' },
    DEAD: { description: 'Could not be stopped or removed; the engine gave up on it' },
    CREATED: { description: 'Created, never started' },
  },
});
registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'NONE: the container has no health check',
  valuesConfig: {
    UNHEALTHY: { description: 'retries probes in a row failed' },
    STARTING: { description: 'Within the start period, no verdict yet' },
    NONE: { description: 'No health check' },
    HEALTHY: { description: 'The last probes passed' },
  },
});
registerEnumType(PortProtocol, {
  description: 'Transport protocol of a published port',
  name: 'PortProtocol',
  valuesConfig: { UDP: { description: 'UDP' }, TCP: { description: 'TCP' }, SCTP: { description: 'SCTP' } },
});
registerEnumType(MountType, {
  name: 'MountType',
  description: 'VOLUME: a named (or anonymous) volume; BIND: a host path; TMPFS: memory',
  valuesConfig: {
    VOLUME: { description: 'A named engine volume' },
    TMPFS: { description: 'A memory-backed file system, emptied when the container stops' },
    BIND: { description: 'A host path' },
  },
});
registerEnumType(RestartCondition, {
  name: 'RestartCondition',
  description: "The engine's restart policy",
  valuesConfig: {
    UNLESS_STOPPED: { description: 'Always restart, unless it was stopped by hand' },
    ON_FAILURE: { description: 'Restart on a non-zero exit, at most maxRetries times' },
    NO: { description: 'Never restart' },
    ALWAYS: { description: 'Always restart, also after the engine restarts' },
  },
});
registerEnumType(LogStream, {
  description: 'Which output stream a log line came from',
  name: 'LogStream',
  valuesConfig: { STDOUT: { description: 'Standard output' }, STDERR: { description: 'Standard error' } },
});

@ObjectType('PortBinding', { description: 'A port published on the host', simpleResolvers: true })
export class PortBindingType {
  @Field(() => Int, { description: 'Port inside the container' })
  containerPort: number;

  @Field(() => Int, { description: 'The host port; the engine picked it when asked for 0' })
  hostPort: number;

  @Field(() => String, { description: 'Host address the port listens on; 0.0.0.0 or :: is every interface' })
  hostIp: string;

  @Field(() => PortProtocol, { description: 'TCP, UDP or SCTP' })
  protocol: PortProtocol;
}

// simpleResolvers: no middleware runs on these fields (none is registered), which halves the cost
// of a page of them (bench/src/paging.ts).
@ObjectType('Container', {
  description: 'A container as the engine lists it: cheap to fetch across the cluster',
  simpleResolvers: true,
})
export class ContainerType {
  @Field(() => ID, { description: "The engine's full container id" })
  id: string;

  @Field(() => String, { description: 'Container name, without the leading /' })
  name: string;

  @Field(() => NodeType, { description: 'The node whose engine runs it' })
  node: NodeType;

  @Field(() => String, { description: 'The image as asked for (a reference, or an id)' })
  image: string;

  @Field(() => String, { description: "The image's content id (sha256:…)" })
  imageId: string;

  @Field(() => String, { description: 'Entrypoint and command as one line' })
  command: string;

  @Field(() => ContainerState, { description: "The engine's container state" })
  state: ContainerState;

  @Field(() => String, {
    description: 'The engine\'s words, e.g. "Up 5 minutes (healthy)", "Exited (0) 3 seconds ago"',
  })
  status: string;

  @Field(() => [KeyValue], { description: 'Its labels, as the engine reports them' })
  labels: KeyValue[];

  @Field(() => [PortBindingType], { description: 'Ports published on the node' })
  ports: PortBindingType[];

  @Field(() => Date, { description: 'When the engine created it' })
  createdAt: Date;

  @Field(() => Boolean, { description: 'Run by Stevedore (label stevedore.managed=true)' })
  managed: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Label stevedore.service: id of the service this is a task of; null: not a service task',
  })
  serviceId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Label stevedore.task: id of its task; null: not a service task',
  })
  taskId: string | null;

  @Field(() => String, { nullable: true, description: 'Label stevedore.revision' })
  revision: string | null;
}

@ObjectType({
  description:
    'Containers of every node asked about. Nodes that are DOWN or did not answer are listed in unreachableNodes, ' +
    'so a partial answer is never mistaken for a complete one.',
})
export class ContainerList {
  @Field(() => [ContainerType], { description: 'The containers of every engine that answered' })
  items: ContainerType[];

  @Field(() => [UnreachableNode], {
    description: 'Nodes whose engine did not answer; their containers are missing from items',
  })
  unreachableNodes: UnreachableNode[];
}

@ObjectType('ContainerConnection', {
  description:
    'A page of containers of every node asked about (Relay cursor connection). Nodes that are DOWN or did not ' +
    'answer are listed in unreachableNodes, so a partial answer is never mistaken for a complete one.',
})
export class ContainerConnection extends connectionType(ContainerType, 'Container', 'container') {
  @Field(() => [UnreachableNode], {
    description:
      'Nodes whose engine did not answer; their containers are missing from the list and totalCount',
  })
  unreachableNodes: UnreachableNode[];
}

@ObjectType('HealthProbe', { description: 'One health probe run' })
export class HealthProbeType {
  @Field(() => Date, { description: 'When it started' })
  start: Date;

  @Field(() => Date, { description: 'When it ended; null: still running', nullable: true })
  end: Date | null;

  @Field(() => Int, { description: '0: healthy; 1: unhealthy; other: the probe could not run' })
  exitCode: number;

  @Field(() => String, { description: 'What the probe printed (the engine keeps up to 4 KiB)' })
  output: string;
}

@ObjectType('ContainerHealth', {
  description: 'Health as the engine keeps it: status, streak and the last probes (oldest first)',
})
export class ContainerHealthType {
  @Field(() => HealthStatus, { description: 'The latest health verdict' })
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

  @Field(() => Float, { description: 'Time between two probes, in ms' })
  intervalMs: number;

  @Field(() => Float, { description: 'How long one probe may take, in ms' })
  timeoutMs: number;

  @Field(() => Int, { description: 'Failures in a row before it is unhealthy' })
  retries: number;

  @Field(() => Float, { description: 'Time after start during which failures do not count, in ms' })
  startPeriodMs: number;
}

@ObjectType('RestartPolicy', { description: "The engine's restart policy of a container" })
export class RestartPolicyType {
  @Field(() => RestartCondition, { description: 'When the engine restarts it' })
  condition: RestartCondition;

  @Field(() => Int, { description: 'ON_FAILURE: most restarts; 0: unlimited' })
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

  @Field(() => Float, { description: 'CPU reservation in CPUs; 0: none' })
  cpuReservation: number;

  @Field(() => SafeIntResolver, { description: 'Memory limit in bytes' })
  memoryLimitBytes: number;

  @Field(() => SafeIntResolver, { description: 'Memory reservation (soft limit) in bytes' })
  memoryReservationBytes: number;
}

@ObjectType('Mount', { description: 'A mount of a container' })
export class MountInfoType {
  @Field(() => MountType, { description: 'VOLUME, BIND or TMPFS' })
  type: MountType;

  @Field(() => String, { description: 'Volume name, or host path for BIND; empty for TMPFS' })
  source: string;

  @Field(() => String, { description: 'Absolute path in the container' })
  target: string;

  @Field(() => Boolean, { description: 'True: the container cannot write to it' })
  readOnly: boolean;
}

@ObjectType('ContainerNetwork', { description: 'An attachment to a network and the address it got' })
export class ContainerNetworkType {
  @Field(() => String, { description: 'Network name' })
  name: string;

  @Field(() => String, { description: 'Its IPv4 address on the network; empty: none yet' })
  ipAddress: string;

  @Field(() => String, { description: "The network's gateway address; empty: none" })
  gateway: string;

  @Field(() => String, { description: 'Its MAC address on the network' })
  macAddress: string;

  @Field(() => [String], { description: 'DNS names it answers to on the network' })
  aliases: string[];
}

@ObjectType('ContainerDetails', { description: "Everything about one container, from the engine's inspect" })
export class ContainerDetailsType {
  @Field(() => ID, { description: "The engine's full container id" })
  id: string;

  @Field(() => String, { description: 'Container name, without the leading /' })
  name: string;

  @Field(() => NodeType, { description: 'The node whose engine runs it' })
  node: NodeType;

  @Field(() => String, { description: 'The image as asked for (a reference, or an id)' })
  image: string;

  @Field(() => String, { description: "The image's content id (sha256:…)" })
  imageId: string;

  @Field(() => [String], { description: 'Command (arguments after the entrypoint)' })
  command: string[];

  @Field(() => [String], { description: 'Entrypoint; empty: none' })
  entrypoint: string[];

  @Field(() => [KeyValue], {
    description: 'Environment variables as KEY=value pairs; values of secrets are never shown',
  })
  env: KeyValue[];

  @Field(() => ContainerState, { description: "The engine's container state" })
  state: ContainerState;

  @Field(() => String, {
    description: 'In words, e.g. "Up 5 seconds (healthy)", "Exited (137) 2 minutes ago"',
  })
  status: string;

  @Field(() => [KeyValue], { description: 'Its labels' })
  labels: KeyValue[];

  @Field(() => Date, { description: 'When the engine created it' })
  createdAt: Date;

  @Field(() => Date, { description: 'When its last run started; null: never started', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, {
    description: 'When its last run ended; null: running, or it never ran',
    nullable: true,
  })
  finishedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Of the last run; null while it never ran' })
  exitCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why the engine could not run it' })
  error: string | null;

  @Field(() => Boolean, { description: 'True: its last run was killed for running out of memory' })
  oomKilled: boolean;

  @Field(() => Int, { description: 'Host PID of its main process; null: not running', nullable: true })
  pid: number | null;

  @Field(() => HealthStatus, { description: 'The latest health verdict; NONE without a health check' })
  healthStatus: HealthStatus;

  @Field(() => ContainerHealthType, {
    nullable: true,
    description: 'Null when the container has no health check',
  })
  health: ContainerHealthType | null;

  @Field(() => HealthCheckType, { description: 'The configured health check; null: none', nullable: true })
  healthCheck: HealthCheckType | null;

  @Field(() => Int, { description: 'Times the engine restarted it' })
  restartCount: number;

  @Field(() => RestartPolicyType, { description: "The engine's restart policy" })
  restartPolicy: RestartPolicyType;

  @Field(() => ContainerResourcesType, { description: 'CPU and memory limits and reservations; 0: none set' })
  resources: ContainerResourcesType;

  @Field(() => [PortBindingType], { description: 'Ports published on the node' })
  ports: PortBindingType[];

  @Field(() => [MountInfoType], { description: 'Its mounts' })
  mounts: MountInfoType[];

  @Field(() => [ContainerNetworkType], {
    description: 'Networks it is attached to, with its address on each',
  })
  networks: ContainerNetworkType[];

  @Field(() => Boolean, { description: 'True: run by Stevedore (label stevedore.managed=true)' })
  managed: boolean;

  @Field(() => ID, {
    description: 'Label stevedore.service: id of the service it belongs to; null: not a service task',
    nullable: true,
  })
  serviceId: string | null;

  @Field(() => ID, {
    description: 'Label stevedore.task: id of its task; null: not a service task',
    nullable: true,
  })
  taskId: string | null;

  @Field(() => String, {
    description: 'Label stevedore.revision: the service revision it runs; null: not a service task',
    nullable: true,
  })
  revision: string | null;
}

@ObjectType('LogLine', { description: 'One line of container output' })
export class LogLineType {
  @Field(() => Date, { description: 'When the engine received the line' })
  timestamp: Date;

  @Field(() => LogStream, { description: 'STDOUT or STDERR' })
  stream: LogStream;

  @Field(() => String, { description: 'The line, without its newline' })
  message: string;
}

const LABEL_SERVICE = 'stevedore.service';
const LABEL_TASK = 'stevedore.task';
const LABEL_REVISION = 'stevedore.revision';
const LABEL_MANAGED = 'stevedore.managed';
const LABEL_CPU_RESERVATION = 'stevedore.cpu-reservation';

const stevedoreLabels = (labels: Record<string, string>) => ({
  managed: labels[LABEL_MANAGED] === 'true',
  serviceId: labels[LABEL_SERVICE] ?? null,
  taskId: labels[LABEL_TASK] ?? null,
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
