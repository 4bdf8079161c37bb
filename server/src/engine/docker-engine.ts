import { Writable, type Readable } from 'node:stream';
import Docker from 'dockerode';
import type { ContainerListFilter, EngineDriver, RegistryAuth } from './engine.js';
import { parseEndpoint } from './endpoint.js';
import { EngineError, toEngineError } from './errors.js';
import { LogDemuxer } from './log-demux.js';
import { JsonLineSplitter } from './json-lines.js';
import type {
  ContainerCreateSpec,
  ContainerDetails,
  ContainerStateName,
  ContainerStatsSample,
  ContainerSummary,
  EngineEvent,
  EngineInfo,
  ExecResult,
  ImageHistoryEntry,
  ImageSummary,
  LogLine,
  LogOptions,
  PortBinding,
  PortProtocol,
  PullProgress,
  Subscription,
  VolumeMount,
} from './types.js';
import type {
  NetworkCreateSpec,
  NetworkSummary,
  VolumeCreateSpec,
  VolumeDetails,
  VolumeSummary,
} from './network-volume-types.js';

const NS_PER_MS = 1_000_000;

export interface DockerEngineOptions {
  timeoutMs?: number;
  tls?: { ca?: string; cert?: string; key?: string };
  onCall?: (op: string, outcome: 'ok' | 'error') => void;
}

/** The real engine driver: Docker Engine API through dockerode, API version pinned to 1.41. */
export class DockerEngine implements EngineDriver {
  private readonly docker: Docker;
  /**
   * Same engine without the socket timeout, for calls whose duration the caller sets: a stop
   * waits up to its grace period (which may exceed the API timeout), a pull as long as the layers take.
   */
  private readonly patient: Docker;
  private readonly timeoutMs: number;

  constructor(
    readonly endpoint: string,
    private readonly opts: DockerEngineOptions = {},
  ) {
    const parsed = parseEndpoint(endpoint);
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    const make = (timeout: number | undefined) =>
      parsed.kind === 'unix'
        ? new Docker({ socketPath: parsed.socketPath, timeout, version: 'v1.41' })
        : new Docker({
            host: parsed.host,
            port: parsed.port,
            // Client certificates (addNode tls) mean TLS whatever the port.
            protocol: parsed.tls || opts.tls ? 'https' : 'http',
            timeout,
            version: 'v1.41',
            ...(opts.tls ?? {}),
          });
    this.docker = make(this.timeoutMs);
    this.patient = make(undefined);
  }

  /** A stop or restart may take its grace period plus the usual API time, and no longer. */
  private graceful<T>(timeoutSec: number | undefined, fn: () => Promise<T>): Promise<T> {
    const budget = (timeoutSec ?? 10) * 1000 + this.timeoutMs;
    let timer: NodeJS.Timeout;
    return Promise.race([
      fn().finally(() => clearTimeout(timer)),
      new Promise<T>((_, reject) => {
        timer = setTimeout(
          () => reject(new EngineError('UNAVAILABLE', `no answer within ${budget} ms`)),
          budget,
        );
      }),
    ]);
  }

  /** Wraps every call: errors become EngineError, metrics see the outcome. */
  private async call<T>(op: string, context: string, fn: () => Promise<T>): Promise<T> {
    try {
      const r = await fn();
      this.opts.onCall?.(op, 'ok');
      return r;
    } catch (err) {
      this.opts.onCall?.(op, 'error');
      throw toEngineError(err, context);
    }
  }

  async ping(): Promise<void> {
    await this.call('ping', 'ping', () => this.docker.ping());
  }

  async info(): Promise<EngineInfo> {
    const [i, v] = await this.call('info', 'engine info', () =>
      Promise.all([this.docker.info(), this.docker.version()]),
    );
    return {
      id: i.ID,
      hostname: i.Name,
      serverVersion: i.ServerVersion,
      apiVersion: v.ApiVersion,
      os: i.OperatingSystem,
      osType: i.OSType,
      arch: normalizeArch(i.Architecture),
      cpus: i.NCPU,
      memoryBytes: i.MemTotal,
      containers: i.Containers,
      containersRunning: i.ContainersRunning,
      images: i.Images,
      storageDriver: i.Driver,
    };
  }

  async listContainers(filter: ContainerListFilter = {}): Promise<ContainerSummary[]> {
    const filters: Record<string, string[]> = {};
    if (filter.labels?.length) filters.label = filter.labels;
    if (filter.name) filters.name = [filter.name];
    const list = await this.call('containers.list', 'list containers', () =>
      this.docker.listContainers({ all: filter.all ?? true, filters: JSON.stringify(filters) }),
    );
    return list.map((c) => ({
      id: c.Id,
      name: (c.Names[0] ?? '').replace(/^\//, ''),
      image: c.Image,
      imageId: c.ImageID,
      command: c.Command,
      state: c.State as ContainerStateName,
      status: c.Status,
      labels: c.Labels ?? {},
      createdAt: new Date(c.Created * 1000),
      ports: (c.Ports ?? [])
        .filter((p) => p.PublicPort)
        .map((p) => ({
          containerPort: p.PrivatePort,
          protocol: p.Type as PortProtocol,
          hostIp: p.IP ?? '',
          hostPort: p.PublicPort,
        })),
    }));
  }

  async inspectContainer(idOrName: string): Promise<ContainerDetails> {
    const c = await this.call('containers.inspect', `container ${idOrName}`, () =>
      this.docker.getContainer(idOrName).inspect(),
    );
    const hc = c.Config.Healthcheck;
    const health = c.State.Health;
    const ports: PortBinding[] = [];
    for (const [key, bindings] of Object.entries(c.NetworkSettings.Ports ?? {})) {
      const [port, proto] = key.split('/');
      for (const b of bindings ?? []) {
        ports.push({
          containerPort: Number(port),
          protocol: (proto ?? 'tcp') as PortProtocol,
          hostIp: b.HostIp,
          hostPort: Number(b.HostPort),
        });
      }
    }
    const hostConfig = c.HostConfig as Docker.HostConfig & { NanoCpus?: number; MemoryReservation?: number };
    return {
      id: c.Id,
      name: c.Name.replace(/^\//, ''),
      image: c.Config.Image,
      imageId: c.Image,
      command: c.Config.Cmd ?? [],
      entrypoint: toArray(c.Config.Entrypoint),
      env: c.Config.Env ?? [],
      labels: c.Config.Labels ?? {},
      state: {
        status: c.State.Status as ContainerStateName,
        running: c.State.Running,
        paused: c.State.Paused,
        restarting: c.State.Restarting,
        oomKilled: c.State.OOMKilled,
        dead: c.State.Dead,
        pid: c.State.Pid,
        exitCode: c.State.ExitCode,
        error: c.State.Error,
        startedAt: engineDate(c.State.StartedAt),
        finishedAt: engineDate(c.State.FinishedAt),
      },
      health: health
        ? {
            status: health.Status as 'starting' | 'healthy' | 'unhealthy' | 'none',
            failingStreak: health.FailingStreak,
            log: (health.Log ?? []).map((l) => ({
              start: new Date(l.Start),
              end: engineDate(l.End),
              exitCode: l.ExitCode,
              output: l.Output,
            })),
          }
        : null,
      healthCheck:
        hc && hc.Test && hc.Test.length > 0
          ? {
              test: hc.Test,
              intervalMs: (hc.Interval ?? 0) / NS_PER_MS,
              timeoutMs: (hc.Timeout ?? 0) / NS_PER_MS,
              retries: hc.Retries ?? 0,
              startPeriodMs: (hc.StartPeriod ?? 0) / NS_PER_MS,
            }
          : null,
      restartCount: c.RestartCount,
      restartPolicy: {
        name: hostConfig.RestartPolicy?.Name || 'no',
        maximumRetryCount: hostConfig.RestartPolicy?.MaximumRetryCount ?? 0,
      },
      resources: {
        nanoCpus: hostConfig.NanoCpus ?? 0,
        memoryBytes: hostConfig.Memory ?? 0,
        memoryReservationBytes: hostConfig.MemoryReservation ?? 0,
      },
      ports,
      mounts: (c.Mounts ?? []).map((m): VolumeMount => ({
        type: m.Type as VolumeMount['type'],
        source: m.Type === 'volume' ? (m.Name ?? '') : m.Source,
        target: m.Destination,
        readOnly: !m.RW,
      })),
      networks: Object.entries(c.NetworkSettings.Networks ?? {}).map(([name, n]) => ({
        name,
        ipAddress: n.IPAddress,
        gateway: n.Gateway,
        macAddress: n.MacAddress,
        aliases: n.Aliases ?? [],
      })),
      createdAt: new Date(c.Created),
    };
  }

  async createContainer(spec: ContainerCreateSpec): Promise<string> {
    const exposed: Record<string, object> = {};
    const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
    for (const p of spec.ports) {
      const key = `${p.containerPort}/${p.protocol}`;
      exposed[key] = {};
      (bindings[key] ??= []).push({ HostIp: p.hostIp, HostPort: p.hostPort ? String(p.hostPort) : '' });
    }
    const [firstNet, ...otherNets] = spec.networks;
    const options: Docker.ContainerCreateOptions = {
      name: spec.name,
      Image: spec.image,
      Cmd: spec.command,
      Entrypoint: spec.entrypoint,
      Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
      Labels: spec.labels,
      ExposedPorts: exposed,
      Hostname: spec.hostname,
      WorkingDir: spec.workingDir,
      User: spec.user,
      StopTimeout: spec.stopTimeoutSec,
      Healthcheck: spec.healthCheck
        ? {
            Test: spec.healthCheck.test,
            Interval: spec.healthCheck.intervalMs * NS_PER_MS,
            Timeout: spec.healthCheck.timeoutMs * NS_PER_MS,
            Retries: spec.healthCheck.retries,
            StartPeriod: spec.healthCheck.startPeriodMs * NS_PER_MS,
          }
        : undefined,
      HostConfig: {
        PortBindings: bindings,
        NanoCpus: spec.resources.nanoCpus || undefined,
        Memory: spec.resources.memoryBytes || undefined,
        MemoryReservation: spec.resources.memoryReservationBytes || undefined,
        RestartPolicy: {
          Name: spec.restartPolicy.name,
          MaximumRetryCount: spec.restartPolicy.maximumRetryCount,
        },
        Mounts: spec.mounts.map((m) => ({
          Type: m.type,
          Source: m.type === 'tmpfs' ? undefined : m.source,
          Target: m.target,
          ReadOnly: m.readOnly,
        })) as Docker.MountSettings[],
        NetworkMode: spec.networkMode ?? firstNet?.name,
        Privileged: spec.privileged || undefined,
        CapAdd: spec.capAdd?.length ? spec.capAdd : undefined,
        PidMode: spec.pidMode,
        Dns: spec.dns?.length ? spec.dns : undefined,
      },
      NetworkingConfig:
        firstNet && !spec.networkMode
          ? { EndpointsConfig: { [firstNet.name]: { Aliases: firstNet.aliases } } }
          : undefined,
    };
    const container = await this.call('containers.create', `create container from ${spec.image}`, () =>
      this.docker.createContainer(options),
    );
    // API 1.41 takes one network at create time; the others are connected before start.
    for (const net of spec.networkMode ? [] : otherNets) {
      await this.call('networks.connect', `connect to network ${net.name}`, () =>
        this.docker
          .getNetwork(net.name)
          .connect({ Container: container.id, EndpointConfig: { Aliases: net.aliases } }),
      );
    }
    return container.id;
  }

  async exec(id: string, cmd: string[]): Promise<ExecResult> {
    const ex = await this.call('containers.exec', `exec in container ${id}`, () =>
      this.docker.getContainer(id).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true }),
    );
    const stream = await this.call('exec.start', `exec in container ${id}`, () =>
      ex.start({ hijack: true, stdin: false }),
    );
    let output = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        if (output.length < 65_536) output += chunk.toString('utf8');
        cb();
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.docker.modem.demuxStream(stream, sink, sink);
      stream.on('end', () => resolve());
      stream.on('close', () => resolve());
      stream.on('error', reject);
    });
    const info = await this.call('exec.inspect', `exec in container ${id}`, () => ex.inspect());
    return { exitCode: info.ExitCode ?? -1, output: output.slice(0, 65_536) };
  }

  async startContainer(id: string): Promise<void> {
    await this.idempotent('containers.start', `start container ${id}`, () =>
      this.docker.getContainer(id).start(),
    );
  }

  async stopContainer(id: string, timeoutSec?: number): Promise<void> {
    await this.idempotent('containers.stop', `stop container ${id}`, () =>
      this.graceful(timeoutSec, () =>
        this.patient.getContainer(id).stop(timeoutSec === undefined ? {} : { t: timeoutSec }),
      ),
    );
  }

  async restartContainer(id: string, timeoutSec?: number): Promise<void> {
    await this.call('containers.restart', `restart container ${id}`, () =>
      this.graceful(timeoutSec, () =>
        this.patient.getContainer(id).restart(timeoutSec === undefined ? {} : { t: timeoutSec }),
      ),
    );
  }

  async killContainer(id: string, signal = 'SIGKILL'): Promise<void> {
    await this.call('containers.kill', `kill container ${id}`, () =>
      this.docker.getContainer(id).kill({ signal }),
    );
  }

  async removeContainer(id: string, opts: { force?: boolean; volumes?: boolean } = {}): Promise<void> {
    await this.call('containers.remove', `remove container ${id}`, () =>
      this.docker.getContainer(id).remove({ force: opts.force ?? false, v: opts.volumes ?? false }),
    );
  }

  /** 304 "already started/stopped" means the goal holds: success for an idempotent caller. */
  private async idempotent(op: string, context: string, fn: () => Promise<unknown>): Promise<void> {
    try {
      await this.call(op, context, fn);
    } catch (err) {
      if (err instanceof EngineError && err.statusCode === 304) return;
      throw err;
    }
  }

  async containerLogs(id: string, opts: LogOptions): Promise<LogLine[]> {
    const buf = (await this.call('containers.logs', `logs of container ${id}`, () =>
      this.docker.getContainer(id).logs({
        stdout: true,
        stderr: true,
        timestamps: true,
        follow: false,
        // 'all' is what the engine takes for "no tail"; the typings only know numbers.
        tail: (opts.tail ?? 'all') as number,
        since: opts.since ?? 0,
      }),
    )) as unknown as Buffer;
    const tty = await this.isTty(id);
    const lines: LogLine[] = [];
    const demux = new LogDemuxer(tty, (l) => lines.push(l));
    demux.push(buf);
    await demux.end();
    return lines;
  }

  private async isTty(id: string): Promise<boolean> {
    try {
      const c = await this.docker.getContainer(id).inspect();
      return Boolean(c.Config.Tty);
    } catch {
      return false;
    }
  }

  followLogs(
    id: string,
    opts: LogOptions,
    onLine: (l: LogLine) => void,
    onEnd: (err?: Error) => void,
  ): Subscription {
    let demux: LogDemuxer | undefined;
    return followStream(`logs of container ${id}`, onEnd, {
      open: async () => {
        demux = new LogDemuxer(await this.isTty(id), onLine);
        return (await this.docker.getContainer(id).logs({
          stdout: true,
          stderr: true,
          timestamps: true,
          follow: true,
          tail: opts.tail ?? 0,
          since: opts.since ?? 0,
        })) as unknown as NodeJS.ReadableStream;
      },
      onChunk: (chunk) => demux!.push(chunk),
      onFinish: () => demux?.end(),
    });
  }

  async statsOnce(id: string): Promise<ContainerStatsSample> {
    const raw = await this.call('containers.stats', `stats of container ${id}`, () =>
      this.docker.getContainer(id).stats({ stream: false, 'one-shot': true } as { stream: false }),
    );
    return toStatsSample(raw as unknown as RawStats);
  }

  streamStats(
    id: string,
    onSample: (s: ContainerStatsSample) => void,
    onEnd: (err?: Error) => void,
  ): Subscription {
    const lines = new JsonLineSplitter<RawStats>((raw) => onSample(toStatsSample(raw)));
    return followStream(`stats of container ${id}`, onEnd, {
      open: async () =>
        (await this.docker.getContainer(id).stats({ stream: true })) as unknown as NodeJS.ReadableStream,
      onChunk: (chunk) => lines.push(chunk),
      onFinish: () => lines.end(),
    });
  }

  async listImages(): Promise<ImageSummary[]> {
    const list = await this.call('images.list', 'list images', () => this.docker.listImages({ all: false }));
    return list.map((i) => ({
      id: i.Id,
      repoTags: (i.RepoTags ?? []).filter((t) => t !== '<none>:<none>'),
      repoDigests: (i.RepoDigests ?? []).filter((d) => d !== '<none>@<none>'),
      sizeBytes: i.Size,
      createdAt: new Date(i.Created * 1000),
      labels: i.Labels ?? {},
      containers: i.Containers ?? -1,
    }));
  }

  async inspectImage(ref: string): Promise<ImageSummary> {
    const i = await this.call('images.inspect', `image ${ref}`, () => this.docker.getImage(ref).inspect());
    return {
      id: i.Id,
      repoTags: i.RepoTags ?? [],
      repoDigests: i.RepoDigests ?? [],
      sizeBytes: i.Size,
      createdAt: new Date(i.Created),
      labels: i.Config?.Labels ?? {},
      containers: -1,
    };
  }

  async pullImage(ref: string, onProgress?: (p: PullProgress) => void, auth?: RegistryAuth): Promise<void> {
    await this.call('images.pull', `pull ${ref}`, async () => {
      const stream = (await this.patient.pull(
        ref,
        auth ? { authconfig: auth } : {},
      )) as NodeJS.ReadableStream;
      await followProgress(this.docker, stream, onProgress);
    });
  }

  async pushImage(ref: string, onProgress?: (p: PullProgress) => void, auth?: RegistryAuth): Promise<void> {
    await this.call('images.push', `push ${ref}`, async () => {
      const stream = (await this.docker
        .getImage(ref)
        .push({ authconfig: auth ?? {} })) as unknown as NodeJS.ReadableStream;
      await followProgress(this.docker, stream, onProgress);
    });
  }

  async tagImage(source: string, repo: string, tag: string): Promise<void> {
    await this.call('images.tag', `tag ${source} as ${repo}:${tag}`, () =>
      this.docker.getImage(source).tag({ repo, tag }),
    );
  }

  async removeImage(ref: string, opts: { force?: boolean } = {}): Promise<string[]> {
    const res = (await this.call('images.remove', `remove image ${ref}`, () =>
      this.docker.getImage(ref).remove({ force: opts.force ?? false }),
    )) as unknown as { Untagged?: string; Deleted?: string }[];
    return (res ?? []).map((r) => r.Deleted ?? r.Untagged ?? '').filter(Boolean);
  }

  async importImage(tarball: Readable, repo: string, tag: string, changes: string[] = []): Promise<string> {
    return this.call('images.import', `import image ${repo}:${tag}`, async () => {
      const stream = (await this.docker.importImage(tarball as unknown as string, {
        repo,
        tag,
        changes,
      })) as unknown as NodeJS.ReadableStream;
      const events: { status?: string; error?: string }[] = [];
      await followProgress(this.docker, stream, (p) => events.push(p as { status?: string }));
      const last = events.at(-1);
      if (!last?.status)
        throw new EngineError('BAD_REQUEST', `import image ${repo}:${tag}: engine said nothing`);
      return last.status;
    });
  }

  async imageHistory(ref: string): Promise<ImageHistoryEntry[]> {
    const h = (await this.call('images.history', `history of image ${ref}`, () =>
      this.docker.getImage(ref).history(),
    )) as {
      Id: string;
      Created: number;
      CreatedBy: string;
      Size: number;
      Tags: string[] | null;
      Comment: string;
    }[];
    return h.map((e) => ({
      id: e.Id,
      createdAt: new Date(e.Created * 1000),
      createdBy: e.CreatedBy,
      sizeBytes: e.Size,
      tags: e.Tags ?? [],
      comment: e.Comment,
    }));
  }

  events(
    sinceNano: number | undefined,
    onEvent: (e: EngineEvent) => void,
    onEnd: (err?: Error) => void,
  ): Subscription {
    const opts: { since?: string } = {};
    // The API takes since as "seconds.nanoseconds": resume exactly after the last event seen.
    if (sinceNano !== undefined) {
      const s = Math.floor(sinceNano / 1e9);
      opts.since = `${s}.${String(sinceNano - s * 1e9).padStart(9, '0')}`;
    }
    const lines = new JsonLineSplitter<RawEvent>((raw) =>
      onEvent({
        type: raw.Type,
        action: raw.Action,
        actorId: raw.Actor?.ID ?? raw.id ?? '',
        attributes: raw.Actor?.Attributes ?? {},
        time: new Date(Math.floor(raw.timeNano / NS_PER_MS)),
        timeNano: raw.timeNano,
      }),
    );
    return followStream('event stream', onEnd, {
      open: async () => (await this.docker.getEvents(opts as { since?: number })) as NodeJS.ReadableStream,
      onChunk: (chunk) => lines.push(chunk),
      onFinish: () => lines.end(),
      // The event stream never ends on its own: an end means the engine went away.
      endError: () => new EngineError('UNAVAILABLE', 'event stream ended'),
    });
  }
  // ---------------------------------------------------------------- networks and volumes

  async createNetwork(spec: NetworkCreateSpec): Promise<string> {
    const n = await this.call('networks.create', `create network ${spec.name}`, () =>
      this.docker.createNetwork({
        Name: spec.name,
        CheckDuplicate: true,
        Driver: spec.driver,
        Internal: spec.internal,
        Labels: spec.labels,
        IPAM: spec.subnet
          ? {
              Driver: 'default',
              Config: [
                {
                  Subnet: spec.subnet,
                  ...(spec.ipRange ? { IPRange: spec.ipRange } : {}),
                  ...(spec.gateway ? { Gateway: spec.gateway } : {}),
                },
              ],
            }
          : undefined,
      }),
    );
    return n.id;
  }

  async listNetworks(filter: { labels?: string[] } = {}): Promise<NetworkSummary[]> {
    const filters: Record<string, string[]> = {};
    if (filter.labels?.length) filters.label = filter.labels;
    const list = await this.call('networks.list', 'list networks', () =>
      this.docker.listNetworks({ filters: JSON.stringify(filters) } as Docker.NetworkListOptions),
    );
    return list.map(toNetworkSummary);
  }

  async inspectNetwork(idOrName: string): Promise<NetworkSummary> {
    const n = (await this.call('networks.inspect', `network ${idOrName}`, () =>
      this.docker.getNetwork(idOrName).inspect(),
    )) as Docker.NetworkInspectInfo;
    return toNetworkSummary(n);
  }

  async removeNetwork(idOrName: string): Promise<void> {
    await this.call('networks.remove', `remove network ${idOrName}`, () =>
      this.docker.getNetwork(idOrName).remove(),
    );
  }

  async createVolume(spec: VolumeCreateSpec): Promise<VolumeSummary> {
    const v = (await this.call('volumes.create', `create volume ${spec.name}`, () =>
      this.docker.createVolume({
        Name: spec.name,
        Driver: spec.driver ?? 'local',
        DriverOpts: spec.driverOpts,
        Labels: spec.labels,
      }),
    )) as unknown as RawVolume;
    return toVolumeSummary(v);
  }

  async listVolumes(filter: { labels?: string[] } = {}): Promise<VolumeSummary[]> {
    const filters: Record<string, string[]> = {};
    if (filter.labels?.length) filters.label = filter.labels;
    const res = await this.call('volumes.list', 'list volumes', () =>
      this.docker.listVolumes({ filters: JSON.stringify(filters) } as Docker.VolumeListOptions),
    );
    return ((res.Volumes ?? []) as unknown as RawVolume[]).map(toVolumeSummary);
  }

  async inspectVolume(name: string): Promise<VolumeDetails> {
    const v = (await this.call('volumes.inspect', `volume ${name}`, () =>
      this.docker.getVolume(name).inspect(),
    )) as unknown as RawVolume;
    const users = await this.call('containers.list', `containers using volume ${name}`, () =>
      this.docker.listContainers({ all: true, filters: JSON.stringify({ volume: [name] }) }),
    );
    return {
      ...toVolumeSummary(v),
      usedBy: users.map((c) => ({ id: c.Id, name: (c.Names[0] ?? '').replace(/^\//, ''), state: c.State })),
    };
  }

  async volumeSizes(): Promise<Map<string, number>> {
    const df = (await this.call('system.df', 'disk usage', () => this.docker.df())) as {
      Volumes?: { Name: string; UsageData?: { Size?: number } | null }[] | null;
    };
    const out = new Map<string, number>();
    // Size -1: the engine could not tell (not a local volume).
    for (const v of df.Volumes ?? []) if ((v.UsageData?.Size ?? -1) >= 0) out.set(v.Name, v.UsageData!.Size!);
    return out;
  }

  async removeVolume(name: string, opts: { force?: boolean } = {}): Promise<void> {
    await this.call('volumes.remove', `remove volume ${name}`, () =>
      this.docker.getVolume(name).remove({ force: opts.force ?? false }),
    );
  }

  async waitContainer(id: string): Promise<number> {
    const r = (await this.call('containers.wait', `wait for container ${id}`, () =>
      this.docker.getContainer(id).wait(),
    )) as { StatusCode?: number };
    return r.StatusCode ?? -1;
  }

  async getArchive(id: string, path: string): Promise<Readable> {
    return (await this.call('containers.archive.get', `copy ${path} out of container ${id}`, () =>
      this.docker.getContainer(id).getArchive({ path }),
    )) as unknown as Readable;
  }

  async putArchive(id: string, path: string, tar: Readable): Promise<void> {
    await this.call('containers.archive.put', `copy into ${path} of container ${id}`, () =>
      this.docker.getContainer(id).putArchive(tar, { path }),
    );
  }
}

interface RawVolume {
  Name: string;
  Driver: string;
  Mountpoint: string;
  Scope: string;
  Labels: Record<string, string> | null;
  Options?: Record<string, string> | null;
  CreatedAt?: string;
}

function toVolumeSummary(v: RawVolume): VolumeSummary {
  return {
    name: v.Name,
    driver: v.Driver,
    mountpoint: v.Mountpoint,
    scope: v.Scope,
    labels: v.Labels ?? {},
    options: v.Options ?? {},
    createdAt: v.CreatedAt ? engineDate(v.CreatedAt) : null,
  };
}

function toNetworkSummary(n: Docker.NetworkInspectInfo): NetworkSummary {
  const cfg = n.IPAM?.Config?.[0];
  return {
    id: n.Id,
    name: n.Name,
    driver: n.Driver,
    internal: n.Internal,
    scope: n.Scope,
    subnet: cfg?.Subnet ?? null,
    gateway: cfg?.Gateway ?? null,
    labels: n.Labels ?? {},
    createdAt: engineDate(n.Created),
    containers: Object.entries(n.Containers ?? {}).map(([containerId, c]) => ({
      containerId,
      name: c.Name,
      ipv4: (c.IPv4Address ?? '').split('/')[0] ?? '',
    })),
  };
}

interface RawEvent {
  Type: string;
  Action: string;
  id?: string;
  Actor?: { ID: string; Attributes: Record<string, string> };
  timeNano: number;
}

export interface RawStats {
  read: string;
  pids_stats?: { current?: number };
  cpu_stats: {
    cpu_usage: { total_usage: number; percpu_usage?: number[] };
    system_cpu_usage?: number;
    online_cpus?: number;
  };
  precpu_stats: { cpu_usage: { total_usage: number }; system_cpu_usage?: number };
  memory_stats: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes: number; tx_bytes: number }>;
  blkio_stats?: { io_service_bytes_recursive?: { op: string; value: number }[] | null };
}

export function toStatsSample(r: RawStats): ContainerStatsSample {
  let rx = 0;
  let tx = 0;
  for (const n of Object.values(r.networks ?? {})) {
    rx += n.rx_bytes;
    tx += n.tx_bytes;
  }
  let read = 0;
  let write = 0;
  for (const e of r.blkio_stats?.io_service_bytes_recursive ?? []) {
    if (e.op.toLowerCase() === 'read') read += e.value;
    if (e.op.toLowerCase() === 'write') write += e.value;
  }
  const stats = r.memory_stats.stats ?? {};
  // As the docker CLI: cgroup v1 subtracts total_inactive_file, v2 inactive_file.
  const cache = stats.total_inactive_file ?? stats.inactive_file ?? 0;
  return {
    read: new Date(r.read),
    cpuTotalUsage: r.cpu_stats.cpu_usage.total_usage,
    systemCpuUsage: r.cpu_stats.system_cpu_usage ?? 0,
    onlineCpus: r.cpu_stats.online_cpus ?? r.cpu_stats.cpu_usage.percpu_usage?.length ?? 1,
    preCpuTotalUsage: r.precpu_stats.cpu_usage.total_usage,
    preSystemCpuUsage: r.precpu_stats.system_cpu_usage ?? 0,
    memoryUsage: r.memory_stats.usage ?? 0,
    memoryCache: cache,
    memoryLimit: r.memory_stats.limit ?? 0,
    networkRx: rx,
    networkTx: tx,
    blockRead: read,
    blockWrite: write,
    pids: r.pids_stats?.current ?? 0,
  };
}

function followProgress(
  docker: Docker,
  stream: NodeJS.ReadableStream,
  onProgress?: (p: PullProgress) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    docker.modem.followProgress(
      stream,
      (err: Error | null, output: { error?: string; errorDetail?: { message?: string } }[]) => {
        if (err) return reject(err);
        const failed = output?.find((o) => o.error);
        if (failed)
          return reject(
            new EngineError('BAD_REQUEST', failed.errorDetail?.message ?? failed.error ?? 'failed'),
          );
        resolve();
      },
      (event: {
        status?: string;
        id?: string;
        progressDetail?: { current?: number; total?: number };
        error?: string;
      }) => {
        if (event.error) return;
        onProgress?.({
          status: event.status ?? '',
          id: event.id,
          current: event.progressDetail?.current,
          total: event.progressDetail?.total,
        });
      },
    );
  });
}

function destroy(stream: NodeJS.ReadableStream): void {
  (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
}

/**
 * dockerode's request timeout is a socket idle timeout, and it stays armed on streaming responses:
 * an event stream or a log follow with nothing to say for `timeoutMs` would be cut. Long-lived
 * streams end when closed or when the engine ends them, not on silence.
 */
/**
 * The life of a long-lived engine stream (logs, stats, events): opened in the background, kept
 * open past the API timeout, fed chunk by chunk, ended once with the reason; `close()` at any
 * moment, even before the stream is open, tears it down and silences `onEnd`.
 */
function followStream(
  context: string,
  onEnd: (err?: Error) => void,
  io: {
    open: () => Promise<NodeJS.ReadableStream>;
    onChunk: (chunk: Buffer) => void;
    /** At the stream's end, before `onEnd` (which waits for it): the last lines still decoding. */
    onFinish?: () => void | Promise<void>;
    endError?: () => Error;
  },
): Subscription {
  let stream: NodeJS.ReadableStream | undefined;
  let closed = false;
  void (async () => {
    try {
      stream = await io.open();
      if (closed) return destroy(stream);
      keepOpen(stream);
      stream.on('data', (chunk: Buffer) => io.onChunk(chunk));
      stream.on('end', () => {
        void Promise.resolve(io.onFinish?.()).then(() => {
          if (!closed) onEnd(io.endError?.());
        });
      });
      stream.on('error', (err: Error) => !closed && onEnd(toEngineError(err, context)));
    } catch (err) {
      if (!closed) onEnd(toEngineError(err, context));
    }
  })();
  return {
    close: () => {
      closed = true;
      if (stream) destroy(stream);
    },
  };
}

function keepOpen(stream: NodeJS.ReadableStream): void {
  (stream as NodeJS.ReadableStream & { socket?: { setTimeout(ms: number): void } }).socket?.setTimeout(0);
}

function toArray(v: string | string[] | undefined | null): string[] {
  if (!v) return [];
  return Array.isArray(v) ? v : [v];
}

/** The engine writes "0001-01-01T00:00:00Z" for never; that is null here. */
function engineDate(s: string | undefined | null): Date | null {
  if (!s || s.startsWith('0001-')) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Engine reports x86_64/aarch64; Docker platforms (and constraints) use amd64/arm64. */
function normalizeArch(a: string): string {
  if (a === 'x86_64') return 'amd64';
  if (a === 'aarch64') return 'arm64';
  return a;
}
