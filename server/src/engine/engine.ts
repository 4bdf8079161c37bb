import type { Readable } from 'node:stream';
import type {
  ContainerCreateSpec,
  ContainerDetails,
  ContainerStatsSample,
  ContainerSummary,
  EngineEvent,
  EngineInfo,
  ExecResult,
  ImageHistoryEntry,
  ImageSummary,
  LogLine,
  LogOptions,
  PullProgress,
  Subscription,
} from './types.js';
import type {
  NetworkCreateSpec,
  NetworkSummary,
  VolumeCreateSpec,
  VolumeDetails,
  VolumeSummary,
} from './network-volume-types.js';

export interface ContainerListFilter {
  all?: boolean;
  labels?: string[];
  name?: string;
}

/**
 * Everything Stevedore asks of one Docker engine. The dockerode implementation talks to real
 * engines; the in-memory fake serves unit tests and scale simulations only.
 */
export interface EngineDriver {
  readonly endpoint: string;
  ping(): Promise<void>;
  info(): Promise<EngineInfo>;

  listContainers(filter?: ContainerListFilter): Promise<ContainerSummary[]>;
  inspectContainer(idOrName: string): Promise<ContainerDetails>;
  createContainer(spec: ContainerCreateSpec): Promise<string>;
  startContainer(id: string): Promise<void>;
  /** Runs `cmd` in a running container and waits for it (the caller bounds the time). */
  exec(id: string, cmd: string[]): Promise<ExecResult>;
  stopContainer(id: string, timeoutSec?: number): Promise<void>;
  restartContainer(id: string, timeoutSec?: number): Promise<void>;
  killContainer(id: string, signal?: string): Promise<void>;
  removeContainer(id: string, opts?: { force?: boolean; volumes?: boolean }): Promise<void>;
  containerLogs(id: string, opts: LogOptions): Promise<LogLine[]>;
  /** Follows logs; `onLine` per line until closed or the container ends. */
  followLogs(
    id: string,
    opts: LogOptions,
    onLine: (l: LogLine) => void,
    onEnd: (err?: Error) => void,
  ): Subscription;
  /**
   * One stats sample at once (the engine's one-shot: no second sample is waited for, so the
   * precpu fields are empty): cumulative CPU counters and current memory, for deltas taken by
   * the caller between calls.
   */
  statsOnce(id: string): Promise<ContainerStatsSample>;
  /** One stats stream at the engine's 1 s cadence. */
  streamStats(
    id: string,
    onSample: (s: ContainerStatsSample) => void,
    onEnd: (err?: Error) => void,
  ): Subscription;

  listImages(): Promise<ImageSummary[]>;
  inspectImage(ref: string): Promise<ImageSummary>;
  pullImage(ref: string, onProgress?: (p: PullProgress) => void, auth?: RegistryAuth): Promise<void>;
  tagImage(source: string, repo: string, tag: string): Promise<void>;
  pushImage(ref: string, onProgress?: (p: PullProgress) => void, auth?: RegistryAuth): Promise<void>;
  removeImage(ref: string, opts?: { force?: boolean }): Promise<string[]>;
  importImage(tarball: Readable, repo: string, tag: string, changes?: string[]): Promise<string>;
  imageHistory(ref: string): Promise<ImageHistoryEntry[]>;

  /** Engine event stream from `since` (unix nanos) on; `onEnd` fires when the stream breaks. */
  events(
    sinceNano: number | undefined,
    onEvent: (e: EngineEvent) => void,
    onEnd: (err?: Error) => void,
  ): Subscription;

  // Networks and volumes (the networking/volumes feature), and the helper-container calls backups use.
  createNetwork(spec: NetworkCreateSpec): Promise<string>;
  listNetworks(filter?: { labels?: string[] }): Promise<NetworkSummary[]>;
  inspectNetwork(idOrName: string): Promise<NetworkSummary>;
  removeNetwork(idOrName: string): Promise<void>;
  createVolume(spec: VolumeCreateSpec): Promise<VolumeSummary>;
  listVolumes(filter?: { labels?: string[] }): Promise<VolumeSummary[]>;
  inspectVolume(name: string): Promise<VolumeDetails>;
  /** Bytes each local volume holds, by name (the engine's disk usage report; costly: call sparingly). */
  volumeSizes?(): Promise<Map<string, number>>;
  removeVolume(name: string, opts?: { force?: boolean }): Promise<void>;
  /** Waits for the container to stop; its exit code. */
  waitContainer(id: string): Promise<number>;
  /** A tar stream of `path` inside the container (GET /containers/{id}/archive). */
  getArchive(id: string, path: string): Promise<Readable>;
  /** Extracts a tar stream into `path` inside the container (PUT /containers/{id}/archive). */
  putArchive(id: string, path: string, tar: Readable): Promise<void>;
}

export interface RegistryAuth {
  username?: string;
  password?: string;
  serveraddress?: string;
}

/** Client TLS material (PEM) for a tcp engine. */
export interface EngineTlsOptions {
  ca?: string;
  cert?: string;
  key?: string;
}

export type EngineFactory = (endpoint: string, opts?: { tls?: EngineTlsOptions }) => EngineDriver;
