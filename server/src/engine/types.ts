/**
 * The engine driver's own vocabulary. Nothing above `engine/` sees dockerode types: these are
 * the facts Stevedore needs from a Docker engine, in the units the Engine API uses.
 */

export interface EngineInfo {
  id: string;
  hostname: string;
  serverVersion: string;
  apiVersion: string;
  os: string;
  osType: string;
  arch: string;
  cpus: number;
  memoryBytes: number;
  containers: number;
  containersRunning: number;
  images: number;
  storageDriver: string;
}

export type PortProtocol = 'tcp' | 'udp' | 'sctp';

export interface PortBinding {
  containerPort: number;
  protocol: PortProtocol;
  hostIp: string;
  hostPort: number;
}

export interface PortSpec {
  containerPort: number;
  protocol: PortProtocol;
  /** 0 lets the engine pick a free port. */
  hostPort: number;
  hostIp: string;
}

export interface VolumeMount {
  type: 'volume' | 'bind' | 'tmpfs';
  /** Volume name or host path; empty for tmpfs. */
  source: string;
  target: string;
  readOnly: boolean;
}

export interface HealthCheckSpec {
  /** As the Engine API: ["CMD-SHELL", "wget -q ..."] or ["CMD", "x", "y"] or ["NONE"]. */
  test: string[];
  intervalMs: number;
  timeoutMs: number;
  retries: number;
  startPeriodMs: number;
}

export type RestartPolicyName = 'no' | 'always' | 'unless-stopped' | 'on-failure';

export interface ContainerResources {
  /** Hard limits: NanoCpus and Memory. 0 = unlimited. */
  nanoCpus: number;
  memoryBytes: number;
  /** Soft reservation: MemoryReservation. CPU reservations are a scheduler notion only. */
  memoryReservationBytes: number;
}

export interface NetworkAttachment {
  name: string;
  aliases: string[];
}

export interface ContainerCreateSpec {
  name?: string;
  image: string;
  command?: string[];
  entrypoint?: string[];
  env: Record<string, string>;
  labels: Record<string, string>;
  ports: PortSpec[];
  mounts: VolumeMount[];
  resources: ContainerResources;
  healthCheck?: HealthCheckSpec;
  restartPolicy: { name: RestartPolicyName; maximumRetryCount: number };
  networks: NetworkAttachment[];
  /** Nameservers (HostConfig.Dns): on user networks Docker's embedded resolver forwards to them. */
  dns?: string[];
  hostname?: string;
  stopTimeoutSec?: number;
  workingDir?: string;
  user?: string;
  /** Host privileges: set only when the environment's policy allowed them. */
  privileged?: boolean;
  capAdd?: string[];
  /** 'host' for the host network namespace (the networks above are then not attached). */
  networkMode?: 'host';
  pidMode?: 'host';
}

export type ContainerStateName =
  'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface ContainerSummary {
  id: string;
  name: string;
  image: string;
  imageId: string;
  command: string;
  state: ContainerStateName;
  status: string;
  labels: Record<string, string>;
  createdAt: Date;
  ports: PortBinding[];
}

export interface HealthProbe {
  start: Date;
  end: Date | null;
  exitCode: number;
  output: string;
}

export interface ContainerHealth {
  status: 'starting' | 'healthy' | 'unhealthy' | 'none';
  failingStreak: number;
  log: HealthProbe[];
}

export interface ContainerNetwork {
  name: string;
  ipAddress: string;
  gateway: string;
  macAddress: string;
  aliases: string[];
}

export interface ContainerDetails {
  id: string;
  name: string;
  image: string;
  imageId: string;
  command: string[];
  entrypoint: string[];
  env: string[];
  labels: Record<string, string>;
  state: {
    status: ContainerStateName;
    running: boolean;
    paused: boolean;
    restarting: boolean;
    oomKilled: boolean;
    dead: boolean;
    pid: number;
    exitCode: number;
    error: string;
    startedAt: Date | null;
    finishedAt: Date | null;
  };
  health: ContainerHealth | null;
  healthCheck: HealthCheckSpec | null;
  restartCount: number;
  restartPolicy: { name: string; maximumRetryCount: number };
  resources: ContainerResources;
  ports: PortBinding[];
  mounts: VolumeMount[];
  networks: ContainerNetwork[];
  createdAt: Date;
}

export interface LogLine {
  stream: 'stdout' | 'stderr';
  timestamp: Date;
  message: string;
}

export interface LogOptions {
  tail?: number;
  /** Unix seconds. */
  since?: number;
  follow?: boolean;
}

export interface ImageSummary {
  id: string;
  repoTags: string[];
  repoDigests: string[];
  sizeBytes: number;
  createdAt: Date;
  labels: Record<string, string>;
  containers: number;
}

export interface ImageHistoryEntry {
  id: string;
  createdAt: Date;
  createdBy: string;
  sizeBytes: number;
  tags: string[];
  comment: string;
}

export interface PullProgress {
  status: string;
  id?: string;
  current?: number;
  total?: number;
}

/** An engine event, as `/events` reports it (Type, Action, Actor, time). */
export interface EngineEvent {
  type: string;
  action: string;
  actorId: string;
  attributes: Record<string, string>;
  time: Date;
  /** Nanosecond timestamp from the engine, used to resume without gaps. */
  timeNano: number;
}

export interface ContainerStatsSample {
  read: Date;
  cpuTotalUsage: number;
  systemCpuUsage: number;
  onlineCpus: number;
  preCpuTotalUsage: number;
  preSystemCpuUsage: number;
  memoryUsage: number;
  memoryCache: number;
  memoryLimit: number;
  networkRx: number;
  networkTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number;
}

export interface Subscription {
  close(): void;
}

/** What a command run in a container with exec printed and how it ended. */
export interface ExecResult {
  exitCode: number;
  /** stdout and stderr interleaved, at most 64 KiB. */
  output: string;
}
