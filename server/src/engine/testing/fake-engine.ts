/**
 * An in-memory Docker engine for unit tests and scale simulations (bench/src/scale.ts), never a
 * proof of a feature on real engines. It keeps containers, images, networks and volumes per
 * engine, answers list filters (label=k / label=k=v, name) as the Engine API does, emits
 * create/start/die/destroy (and health_status, network and volume) events on its stream, and
 * reports an engine id and capacity of its own. A container "runs" from start until stop or kill;
 * its command is never executed: exec answers exit 0, logs hold the engine's own lines.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ContainerListFilter, EngineDriver, EngineFactory } from '../engine.js';
import { EngineError } from '../errors.js';
import type {
  NetworkCreateSpec,
  NetworkSummary,
  VolumeCreateSpec,
  VolumeDetails,
  VolumeSummary,
} from '../network-volume-types.js';
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
  Subscription,
} from '../types.js';

export interface FakeEngineOptions {
  cpus?: number;
  memoryBytes?: number;
  /** Images present from the start (references as `repo:tag`). */
  images?: string[];
  /** Pulls succeed for any reference (a reachable registry) unless this says otherwise. */
  pullable?: (ref: string) => boolean;
  /** Delay before a started container with a health check reports healthy (ms, default 0). */
  healthyAfterMs?: number;
}

interface FakeContainer {
  id: string;
  name: string;
  spec: ContainerCreateSpec;
  imageId: string;
  state: ContainerStateName;
  exitCode: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  restartCount: number;
  health: 'starting' | 'healthy' | 'none';
  logs: LogLine[];
  cpuNanos: number;
  waiters: ((code: number) => void)[];
  followers: Set<(l: LogLine | null) => void>;
}

const hex = (s: string) => createHash('sha256').update(s).digest('hex');
const notFound = (what: string) => new EngineError('NOT_FOUND', `No such ${what}`, 404);
const withTag = (ref: string) => (/:[^/]+$/.test(ref) || ref.includes('@') ? ref : `${ref}:latest`);

/** `label` filters as the Engine API reads them: `key` (present) or `key=value`. */
function matchesLabels(labels: Record<string, string>, filters: string[] | undefined): boolean {
  for (const f of filters ?? []) {
    const eq = f.indexOf('=');
    if (eq < 0 ? !(f in labels) : labels[f.slice(0, eq)] !== f.slice(eq + 1)) return false;
  }
  return true;
}

function statusLine(c: FakeContainer, now: number): string {
  const ago = (d: Date | null) => `${Math.max(1, Math.round((now - (d?.getTime() ?? now)) / 1000))} seconds`;
  switch (c.state) {
    case 'running': {
      const h = c.health === 'healthy' ? ' (healthy)' : c.health === 'starting' ? ' (health: starting)' : '';
      return `Up ${ago(c.startedAt)}${h}`;
    }
    case 'exited':
      return `Exited (${c.exitCode}) ${ago(c.finishedAt)} ago`;
    default:
      return c.state === 'created' ? 'Created' : c.state;
  }
}

export class FakeEngine implements EngineDriver {
  readonly engineId: string;
  private readonly containers = new Map<string, FakeContainer>();
  private readonly images = new Map<string, ImageSummary>();
  private readonly networks = new Map<string, NetworkSummary>();
  private readonly volumes = new Map<string, VolumeSummary>();
  private readonly listeners = new Set<(e: EngineEvent) => void>();
  private readonly history: EngineEvent[] = [];
  private lastNano = 0;
  private seq = 0;
  /** Calls by operation name, for tests and benchmarks that count what the control plane asked. */
  readonly calls = new Map<string, number>();
  /** While true every call fails as an unreachable engine does. */
  down = false;

  constructor(
    readonly endpoint: string,
    private readonly opts: FakeEngineOptions = {},
  ) {
    this.engineId = `FAKE:${hex(endpoint).slice(0, 12).toUpperCase()}`;
    for (const ref of opts.images ?? []) this.addImage(ref);
    for (const name of ['bridge', 'host', 'none'])
      this.networks.set(name, {
        id: hex(`${endpoint}/net/${name}`),
        name,
        driver: name === 'bridge' ? 'bridge' : name === 'host' ? 'host' : 'null',
        internal: false,
        scope: 'local',
        subnet: name === 'bridge' ? '172.17.0.0/16' : null,
        gateway: name === 'bridge' ? '172.17.0.1' : null,
        labels: {},
        createdAt: new Date(0),
        containers: [],
      });
  }

  /** Containers on this engine (any state), for assertions. */
  get containerCount(): number {
    return this.containers.size;
  }

  private enter(op: string): void {
    this.calls.set(op, (this.calls.get(op) ?? 0) + 1);
    if (this.down) throw new EngineError('UNAVAILABLE', `${this.endpoint}: connect ECONNREFUSED`);
  }

  private emit(type: string, action: string, actorId: string, attributes: Record<string, string>): void {
    const now = Date.now();
    // Strictly increasing nanos, so `since` resumes exactly after the last event seen (a step of
    // 1,024: doubles near 1.7e18 are 256 apart).
    this.lastNano = Math.max(this.lastNano + 1024, now * 1e6);
    const e: EngineEvent = {
      type,
      action,
      actorId,
      attributes,
      time: new Date(now),
      timeNano: this.lastNano,
    };
    this.history.push(e);
    if (this.history.length > 1000) this.history.splice(0, this.history.length - 1000);
    for (const l of this.listeners) l(e);
  }

  private emitContainer(c: FakeContainer, action: string, extra: Record<string, string> = {}): void {
    this.emit('container', action, c.id, { ...c.spec.labels, image: c.spec.image, name: c.name, ...extra });
  }

  private addImage(ref: string): ImageSummary {
    const tagged = withTag(ref);
    const existing = [...this.images.values()].find((i) => i.repoTags.includes(tagged));
    if (existing) return existing;
    const img: ImageSummary = {
      id: `sha256:${hex(tagged)}`,
      repoTags: [tagged],
      repoDigests: [],
      sizeBytes: 5_000_000,
      createdAt: new Date(0),
      labels: {},
      containers: 0,
    };
    this.images.set(img.id, img);
    return img;
  }

  private image(ref: string): ImageSummary | undefined {
    const tagged = withTag(ref);
    return (
      this.images.get(ref) ??
      [...this.images.values()].find((i) => i.repoTags.includes(tagged) || i.id.startsWith(`sha256:${ref}`))
    );
  }

  private container(idOrName: string): FakeContainer {
    const c =
      this.containers.get(idOrName) ??
      [...this.containers.values()].find(
        (x) => x.name === idOrName.replace(/^\//, '') || (idOrName.length >= 12 && x.id.startsWith(idOrName)),
      );
    if (!c) throw notFound(`container: ${idOrName}`);
    return c;
  }

  private log(c: FakeContainer, message: string): void {
    const line: LogLine = { stream: 'stdout', timestamp: new Date(), message };
    c.logs.push(line);
    if (c.logs.length > 500) c.logs.shift();
    for (const f of c.followers) f(line);
  }

  private end(c: FakeContainer, exitCode: number): void {
    if (c.state !== 'running') return;
    c.state = 'exited';
    c.exitCode = exitCode;
    c.finishedAt = new Date();
    c.health = c.spec.healthCheck && c.spec.healthCheck.test[0] !== 'NONE' ? 'starting' : 'none';
    this.emitContainer(c, 'die', { exitCode: String(exitCode) });
    for (const w of c.waiters.splice(0)) w(exitCode);
    for (const f of [...c.followers]) f(null);
  }

  // ------------------------------------------------------------------ engine

  async ping(): Promise<void> {
    this.enter('ping');
  }

  async info(): Promise<EngineInfo> {
    this.enter('info');
    const all = [...this.containers.values()];
    return {
      id: this.engineId,
      hostname: this.endpoint.replace(/^\w+:\/\//, '').replace(/[:/].*$/, ''),
      serverVersion: '27.0.0-fake',
      apiVersion: '1.41',
      os: 'Fake Linux',
      osType: 'linux',
      arch: 'x86_64',
      cpus: this.opts.cpus ?? 8,
      memoryBytes: this.opts.memoryBytes ?? 32 * 1024 ** 3,
      containers: all.length,
      containersRunning: all.filter((c) => c.state === 'running').length,
      images: this.images.size,
      storageDriver: 'fake',
    };
  }

  // ------------------------------------------------------------------ containers

  async listContainers(filter: ContainerListFilter = {}): Promise<ContainerSummary[]> {
    this.enter('containers.list');
    const now = Date.now();
    const out: ContainerSummary[] = [];
    for (const c of this.containers.values()) {
      if (!(filter.all ?? true) && c.state !== 'running') continue;
      if (filter.name && !c.name.includes(filter.name.replace(/^\//, ''))) continue;
      if (!matchesLabels(c.spec.labels, filter.labels)) continue;
      out.push({
        id: c.id,
        name: c.name,
        image: c.spec.image,
        imageId: c.imageId,
        command: [...(c.spec.entrypoint ?? []), ...(c.spec.command ?? [])].join(' '),
        state: c.state,
        status: statusLine(c, now),
        labels: c.spec.labels,
        createdAt: c.createdAt,
        ports: c.state === 'running' ? this.bindings(c) : [],
      });
    }
    return out;
  }

  private bindings(c: FakeContainer) {
    return c.spec.ports.map((p, i) => ({
      containerPort: p.containerPort,
      protocol: p.protocol,
      hostIp: p.hostIp || '0.0.0.0',
      hostPort: p.hostPort || 32768 + ((Number.parseInt(c.id.slice(0, 4), 16) + i) % 28000),
    }));
  }

  async inspectContainer(idOrName: string): Promise<ContainerDetails> {
    this.enter('containers.inspect');
    const c = this.container(idOrName);
    const running = c.state === 'running';
    const hc = c.spec.healthCheck;
    return {
      id: c.id,
      name: c.name,
      image: c.spec.image,
      imageId: c.imageId,
      command: c.spec.command ?? [],
      entrypoint: c.spec.entrypoint ?? [],
      env: Object.entries(c.spec.env).map(([k, v]) => `${k}=${v}`),
      labels: c.spec.labels,
      state: {
        status: c.state,
        running,
        paused: false,
        restarting: false,
        oomKilled: false,
        dead: false,
        pid: running ? 1000 + (this.seq % 30000) : 0,
        exitCode: c.exitCode,
        error: '',
        startedAt: c.startedAt,
        finishedAt: c.finishedAt,
      },
      health: c.health === 'none' ? null : { status: c.health, failingStreak: 0, log: [] },
      healthCheck: hc ?? null,
      restartCount: c.restartCount,
      restartPolicy: {
        name: c.spec.restartPolicy.name,
        maximumRetryCount: c.spec.restartPolicy.maximumRetryCount,
      },
      resources: c.spec.resources,
      ports: running ? this.bindings(c) : [],
      mounts: c.spec.mounts,
      networks: running
        ? (c.spec.networks.length ? c.spec.networks : [{ name: 'bridge', aliases: [] }]).map((n, i) => ({
            name: n.name,
            ipAddress: `10.${(i + 1) % 255}.${(this.containers.size >> 8) % 255}.${(Number.parseInt(c.id.slice(0, 2), 16) % 250) + 2}`,
            gateway: `10.${(i + 1) % 255}.0.1`,
            macAddress: '02:42:ac:11:00:02',
            aliases: n.aliases,
          }))
        : [],
      createdAt: c.createdAt,
    };
  }

  async createContainer(spec: ContainerCreateSpec): Promise<string> {
    this.enter('containers.create');
    const img = this.image(spec.image);
    if (!img) throw notFound(`image: ${spec.image}`);
    const id = hex(`${this.endpoint}/${++this.seq}/${Date.now()}`);
    const name = spec.name ?? `fake_${this.seq}`;
    if ([...this.containers.values()].some((c) => c.name === name))
      throw new EngineError('CONFLICT', `Conflict. The container name "/${name}" is already in use`, 409);
    for (const n of spec.networks)
      if (!this.networks.has(n.name) && ![...this.networks.values()].some((x) => x.id === n.name))
        throw notFound(`network: ${n.name}`);
    const hasHealth = !!spec.healthCheck && spec.healthCheck.test[0] !== 'NONE';
    const c: FakeContainer = {
      id,
      name,
      spec,
      imageId: img.id,
      state: 'created',
      exitCode: 0,
      createdAt: new Date(),
      startedAt: null,
      finishedAt: null,
      restartCount: 0,
      health: hasHealth ? 'starting' : 'none',
      logs: [],
      cpuNanos: 0,
      waiters: [],
      followers: new Set(),
    };
    this.containers.set(id, c);
    this.emitContainer(c, 'create');
    return id;
  }

  async startContainer(id: string): Promise<void> {
    this.enter('containers.start');
    const c = this.container(id);
    if (c.state === 'running') return;
    c.state = 'running';
    c.startedAt = new Date();
    c.finishedAt = null;
    this.log(c, `started ${c.spec.image}`);
    this.emitContainer(c, 'start');
    if (c.health === 'starting') {
      const healthy = () => {
        if (c.state !== 'running' || c.health !== 'starting') return;
        c.health = 'healthy';
        this.emitContainer(c, 'health_status: healthy');
      };
      const after = this.opts.healthyAfterMs ?? 0;
      if (after > 0) setTimeout(healthy, after).unref();
      else queueMicrotask(healthy);
    }
  }

  async exec(id: string, _cmd: string[]): Promise<ExecResult> {
    this.enter('containers.exec');
    const c = this.container(id);
    if (c.state !== 'running') throw new EngineError('CONFLICT', `Container ${id} is not running`, 409);
    return { exitCode: 0, output: '' };
  }

  async stopContainer(id: string, _timeoutSec?: number): Promise<void> {
    this.enter('containers.stop');
    const c = this.container(id);
    if (c.state !== 'running') throw new EngineError('CONFLICT', 'container already stopped', 304);
    this.emitContainer(c, 'kill', { signal: '15' });
    this.end(c, 0);
    this.emitContainer(c, 'stop');
  }

  async restartContainer(id: string, timeoutSec?: number): Promise<void> {
    this.enter('containers.restart');
    const c = this.container(id);
    if (c.state === 'running') await this.stopContainer(id, timeoutSec);
    c.restartCount++;
    await this.startContainer(id);
  }

  async killContainer(id: string, signal = 'SIGKILL'): Promise<void> {
    this.enter('containers.kill');
    const c = this.container(id);
    if (c.state !== 'running') throw new EngineError('CONFLICT', `Container ${id} is not running`, 409);
    this.emitContainer(c, 'kill', { signal });
    this.end(c, 137);
  }

  async removeContainer(id: string, opts: { force?: boolean; volumes?: boolean } = {}): Promise<void> {
    this.enter('containers.remove');
    const c = this.container(id);
    if (c.state === 'running') {
      if (!opts.force)
        throw new EngineError(
          'CONFLICT',
          `You cannot remove a running container ${c.id}. Stop it first`,
          409,
        );
      this.emitContainer(c, 'kill', { signal: '9' });
      this.end(c, 137);
    }
    this.containers.delete(c.id);
    this.emitContainer(c, 'destroy');
  }

  async containerLogs(id: string, opts: LogOptions): Promise<LogLine[]> {
    this.enter('containers.logs');
    const c = this.container(id);
    const since = (opts.since ?? 0) * 1000;
    const lines = c.logs.filter((l) => l.timestamp.getTime() >= since);
    return opts.tail !== undefined ? lines.slice(-opts.tail) : lines;
  }

  /** The container a stream follows; a failure ends the stream (as the real driver's onEnd) instead of throwing. */
  private streamed(op: string, id: string, onEnd: (err?: Error) => void): FakeContainer | undefined {
    try {
      this.enter(op);
      return this.container(id);
    } catch (err) {
      queueMicrotask(() => onEnd(err as Error));
      return undefined;
    }
  }

  followLogs(
    id: string,
    opts: LogOptions,
    onLine: (l: LogLine) => void,
    onEnd: (err?: Error) => void,
  ): Subscription {
    let closed = false;
    const c = this.streamed('containers.logs', id, onEnd);
    if (!c) return { close: () => undefined };
    const follower = (l: LogLine | null) => {
      if (closed) return;
      if (l) return onLine(l);
      close();
      onEnd();
    };
    const close = () => {
      closed = true;
      c.followers.delete(follower);
    };
    const since = (opts.since ?? 0) * 1000;
    const past = c.logs.filter((l) => l.timestamp.getTime() >= since);
    for (const l of opts.tail !== undefined ? past.slice(-opts.tail) : past) onLine(l);
    if (c.state === 'running') c.followers.add(follower);
    else queueMicrotask(() => follower(null));
    return { close };
  }

  private sample(c: FakeContainer): ContainerStatsSample {
    const running = c.state === 'running';
    const pre = c.cpuNanos;
    // A steady 5 % of one CPU while running.
    if (running) c.cpuNanos += 50_000_000;
    const system = Date.now() * 1e6 * (this.opts.cpus ?? 8);
    return {
      read: new Date(),
      cpuTotalUsage: c.cpuNanos,
      systemCpuUsage: system,
      onlineCpus: this.opts.cpus ?? 8,
      preCpuTotalUsage: pre,
      preSystemCpuUsage: system - 1e9 * (this.opts.cpus ?? 8),
      memoryUsage: running ? 8 * 1024 ** 2 : 0,
      memoryCache: 0,
      memoryLimit: c.spec.resources.memoryBytes || (this.opts.memoryBytes ?? 32 * 1024 ** 3),
      networkRx: 0,
      networkTx: 0,
      blockRead: 0,
      blockWrite: 0,
      pids: running ? 1 : 0,
    };
  }

  async statsOnce(id: string): Promise<ContainerStatsSample> {
    this.enter('containers.stats');
    return this.sample(this.container(id));
  }

  streamStats(
    id: string,
    onSample: (s: ContainerStatsSample) => void,
    onEnd: (err?: Error) => void,
  ): Subscription {
    const c = this.streamed('containers.stats', id, onEnd);
    if (!c) return { close: () => undefined };
    const timer = setInterval(() => {
      if (!this.containers.has(c.id)) {
        clearInterval(timer);
        onEnd();
        return;
      }
      onSample(this.sample(c));
    }, 1000);
    timer.unref();
    queueMicrotask(() => onSample(this.sample(c)));
    return { close: () => clearInterval(timer) };
  }

  async waitContainer(id: string): Promise<number> {
    this.enter('containers.wait');
    const c = this.container(id);
    if (c.state !== 'running') return c.exitCode;
    return new Promise((resolve) => c.waiters.push(resolve));
  }

  async getArchive(id: string, _path: string): Promise<Readable> {
    this.enter('containers.archive');
    this.container(id);
    // An empty tar archive: two 512-byte zero blocks.
    return Readable.from([Buffer.alloc(1024)]);
  }

  async putArchive(id: string, _path: string, tar: Readable): Promise<void> {
    this.enter('containers.archive');
    this.container(id);
    for await (const _chunk of tar) {
      // consumed: the files are not kept
    }
  }

  // ------------------------------------------------------------------ images

  async listImages(): Promise<ImageSummary[]> {
    this.enter('images.list');
    return [...this.images.values()].map((i) => ({
      ...i,
      containers: [...this.containers.values()].filter((c) => c.imageId === i.id).length,
    }));
  }

  async inspectImage(ref: string): Promise<ImageSummary> {
    this.enter('images.inspect');
    const img = this.image(ref);
    if (!img) throw notFound(`image: ${ref}`);
    return img;
  }

  async pullImage(ref: string, onProgress?: (p: { status: string; id?: string }) => void): Promise<void> {
    this.enter('images.pull');
    if (this.opts.pullable && !this.opts.pullable(ref))
      throw notFound(`pull access denied for ${ref}, repository does not exist`);
    onProgress?.({ status: `Pulling from ${ref}` });
    const img = this.addImage(ref);
    onProgress?.({ status: `Digest: ${img.id}` });
    this.emit('image', 'pull', withTag(ref), { name: withTag(ref) });
  }

  async tagImage(source: string, repo: string, tag: string): Promise<void> {
    this.enter('images.tag');
    const img = this.image(source);
    if (!img) throw notFound(`image: ${source}`);
    for (const other of this.images.values())
      other.repoTags = other.repoTags.filter((t) => t !== `${repo}:${tag}`);
    img.repoTags.push(`${repo}:${tag}`);
    this.emit('image', 'tag', img.id, { name: `${repo}:${tag}` });
  }

  async pushImage(ref: string, onProgress?: (p: { status: string }) => void): Promise<void> {
    this.enter('images.push');
    if (!this.image(ref)) throw notFound(`image: ${ref}`);
    onProgress?.({ status: `Pushed ${ref}` });
  }

  async removeImage(ref: string, opts: { force?: boolean } = {}): Promise<string[]> {
    this.enter('images.remove');
    const img = this.image(ref);
    if (!img) throw notFound(`image: ${ref}`);
    if (!opts.force && [...this.containers.values()].some((c) => c.imageId === img.id))
      throw new EngineError('CONFLICT', `conflict: unable to remove ${ref}: image is being used`, 409);
    this.images.delete(img.id);
    this.emit('image', 'delete', img.id, { name: ref });
    return [img.id];
  }

  async importImage(tarball: Readable, repo: string, tag: string): Promise<string> {
    this.enter('images.import');
    for await (const _chunk of tarball) {
      // consumed: the layers are not kept
    }
    return this.addImage(`${repo}:${tag}`).id;
  }

  async imageHistory(ref: string): Promise<ImageHistoryEntry[]> {
    this.enter('images.history');
    const img = this.image(ref);
    if (!img) throw notFound(`image: ${ref}`);
    return [
      {
        id: img.id,
        createdAt: img.createdAt,
        createdBy: 'fake',
        sizeBytes: img.sizeBytes,
        tags: img.repoTags,
        comment: '',
      },
    ];
  }

  // ------------------------------------------------------------------ events

  events(
    sinceNano: number | undefined,
    onEvent: (e: EngineEvent) => void,
    onEnd: (err?: Error) => void,
  ): Subscription {
    if (this.down) {
      queueMicrotask(() => onEnd(new EngineError('UNAVAILABLE', `${this.endpoint}: connect ECONNREFUSED`)));
      return { close: () => undefined };
    }
    this.calls.set('events', (this.calls.get('events') ?? 0) + 1);
    if (sinceNano !== undefined) for (const e of this.history) if (e.timeNano > sinceNano) onEvent(e);
    this.listeners.add(onEvent);
    return { close: () => this.listeners.delete(onEvent) };
  }

  // ------------------------------------------------------------------ networks and volumes

  async createNetwork(spec: NetworkCreateSpec): Promise<string> {
    this.enter('networks.create');
    if (this.networks.has(spec.name))
      throw new EngineError('CONFLICT', `network with name ${spec.name} already exists`, 409);
    const id = hex(`${this.endpoint}/net/${spec.name}/${++this.seq}`);
    this.networks.set(spec.name, {
      id,
      name: spec.name,
      driver: spec.driver,
      internal: spec.internal,
      scope: 'local',
      subnet: spec.subnet ?? null,
      gateway: spec.gateway ?? null,
      labels: spec.labels,
      createdAt: new Date(),
      containers: [],
    });
    this.emit('network', 'create', id, { name: spec.name, type: spec.driver });
    return id;
  }

  async listNetworks(filter: { labels?: string[] } = {}): Promise<NetworkSummary[]> {
    this.enter('networks.list');
    return [...this.networks.values()].filter((n) => matchesLabels(n.labels, filter.labels));
  }

  private network(idOrName: string): NetworkSummary {
    const n = this.networks.get(idOrName) ?? [...this.networks.values()].find((x) => x.id === idOrName);
    if (!n) throw notFound(`network: ${idOrName}`);
    return n;
  }

  async inspectNetwork(idOrName: string): Promise<NetworkSummary> {
    this.enter('networks.inspect');
    const n = this.network(idOrName);
    const containers = [...this.containers.values()]
      .filter((c) => c.state === 'running' && c.spec.networks.some((a) => a.name === n.name))
      .map((c, i) => ({ containerId: c.id, name: c.name, ipv4: `10.0.${(i >> 8) % 255}.${(i % 250) + 2}` }));
    return { ...n, containers };
  }

  async removeNetwork(idOrName: string): Promise<void> {
    this.enter('networks.remove');
    const n = this.network(idOrName);
    if (
      [...this.containers.values()].some(
        (c) => c.state === 'running' && c.spec.networks.some((a) => a.name === n.name),
      )
    )
      throw new EngineError(
        'CONFLICT',
        `error while removing network: network ${n.name} has active endpoints`,
        403,
      );
    this.networks.delete(n.name);
    this.emit('network', 'destroy', n.id, { name: n.name });
  }

  async createVolume(spec: VolumeCreateSpec): Promise<VolumeSummary> {
    this.enter('volumes.create');
    const existing = this.volumes.get(spec.name);
    if (existing) return existing;
    const v: VolumeSummary = {
      name: spec.name,
      driver: spec.driver ?? 'local',
      mountpoint: `/var/lib/docker/volumes/${spec.name}/_data`,
      scope: 'local',
      labels: spec.labels,
      options: spec.driverOpts ?? {},
      createdAt: new Date(),
    };
    this.volumes.set(spec.name, v);
    this.emit('volume', 'create', spec.name, { driver: v.driver });
    return v;
  }

  async listVolumes(filter: { labels?: string[] } = {}): Promise<VolumeSummary[]> {
    this.enter('volumes.list');
    return [...this.volumes.values()].filter((v) => matchesLabels(v.labels, filter.labels));
  }

  private usedBy(name: string) {
    return [...this.containers.values()]
      .filter((c) => c.spec.mounts.some((m) => m.type === 'volume' && m.source === name))
      .map((c) => ({ id: c.id, name: c.name, state: c.state }));
  }

  async inspectVolume(name: string): Promise<VolumeDetails> {
    this.enter('volumes.inspect');
    const v = this.volumes.get(name);
    if (!v) throw notFound(`volume: ${name}`);
    return { ...v, usedBy: this.usedBy(name) };
  }

  async volumeSizes(): Promise<Map<string, number>> {
    this.enter('volumes.sizes');
    return new Map([...this.volumes.keys()].map((n) => [n, 0]));
  }

  async removeVolume(name: string, opts: { force?: boolean } = {}): Promise<void> {
    this.enter('volumes.remove');
    if (!this.volumes.has(name)) throw notFound(`volume: ${name}`);
    if (!opts.force && this.usedBy(name).length)
      throw new EngineError('CONFLICT', `remove ${name}: volume is in use`, 409);
    this.volumes.delete(name);
    this.emit('volume', 'destroy', name, {});
  }
}

/** One fake engine per endpoint, kept so a test or a benchmark can reach the engine a node uses. */
export class FakeEngineFleet {
  readonly engines = new Map<string, FakeEngine>();
  constructor(private readonly opts: FakeEngineOptions = {}) {}

  readonly factory: EngineFactory = (endpoint) => this.get(endpoint);

  get(endpoint: string): FakeEngine {
    let e = this.engines.get(endpoint);
    if (!e) this.engines.set(endpoint, (e = new FakeEngine(endpoint, this.opts)));
    return e;
  }
}
