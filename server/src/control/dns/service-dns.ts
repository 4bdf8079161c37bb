import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventBus } from '../../app/event-bus.js';
import type { ServiceDnsPort } from '../../app/task-hooks.js';
import {
  buildNames,
  sameNames,
  type DnsNames,
  type DnsTable,
  type ReplicaAddress,
} from '../../domain/dns.js';
import type { Task } from '../../domain/task.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/store.js';
import type { EndpointRegistry } from '../endpoints.js';
import { CoalescedPass } from '../coalesced-pass.js';
import { feedSocket, pidFile, type ResolverCounters, type ResolverOptions } from './resolver.js';

export interface ServiceDnsOptions {
  listen: string[];
  /** The nameserver containers get. */
  address: string;
  port: number;
  upstream: string[];
  stateDir: string;
  /** The table is pushed on every change and at least this often (a restarted resolver catches up). */
  refreshMs: number;
  /** How long a replica being stopped stays up after it left the answers (clients that just resolved it). */
  leaveGraceMs: number;
}

export interface ResolverHealth {
  pid: number;
  version: number;
  counters: ResolverCounters;
}

/** One request on the resolver's feed socket. */
function feed<T>(stateDir: string, method: 'GET' | 'PUT', route: string, body?: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { socketPath: feedSocket(stateDir), method, path: route, timeout: 2000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200)
            return reject(new Error(`resolver feed ${route}: ${res.statusCode} ${text}`));
          try {
            resolve(JSON.parse(text) as T);
          } catch (err) {
            reject(err as Error);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('resolver feed timed out')));
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** The resolver's process entry: the compiled .js beside this file, or the .ts through tsx (tests). */
function resolverCommand(): { args: string[]; cwd: string } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const js = path.join(here, 'resolver-main.js');
  const serverDir = path.resolve(here, '../../..');
  if (fs.existsSync(js)) return { args: [js], cwd: serverDir };
  return { args: ['--import', 'tsx', path.join(here, 'resolver-main.ts')], cwd: serverDir };
}

/** Starts a resolver for `stateDir` unless one answers there; resolves once it serves. */
export async function ensureResolver(opts: ResolverOptions, log?: Logger): Promise<ResolverHealth> {
  try {
    return await feed<ResolverHealth>(opts.stateDir, 'GET', '/health');
  } catch {
    // none there: start one
  }
  fs.mkdirSync(opts.stateDir, { recursive: true, mode: 0o700 });
  const logPath = path.join(opts.stateDir, 'resolver.log');
  const out = fs.openSync(logPath, 'a');
  const { args, cwd } = resolverCommand();
  const child = spawn(process.execPath, [...args, JSON.stringify(opts)], {
    cwd,
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  child.unref();
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (exited !== null) {
      const tail = fs.readFileSync(logPath, 'utf8').trim().split('\n').slice(-3).join(' / ');
      throw new Error(`the cluster resolver exited (${exited}): ${tail}`);
    }
    try {
      const h = await feed<ResolverHealth>(opts.stateDir, 'GET', '/health');
      log?.info({ pid: h.pid, listen: opts.listen, port: opts.port }, 'cluster resolver started');
      return h;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('the cluster resolver did not answer on its feed within 15 s');
}

/** Stops the resolver of `stateDir` (SIGTERM to the pid it wrote); bounded wait. */
export async function stopResolver(stateDir: string): Promise<void> {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile(stateDir), 'utf8'));
  } catch {
    return;
  }
  if (!Number.isSafeInteger(pid) || pid <= 1) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Feeds the cluster resolver from the control plane's view: on every task, container, service
 * and node event (debounced 20 ms) and every `refreshMs`, the healthy replicas of every service
 * with a network (their address on its first network) become the table; a changed table is
 * pushed at once. A replica about to be stopped leaves the answers before its container stops.
 */
export class ServiceDns implements ServiceDnsPort {
  private ready = false;
  private names: DnsNames = {};
  private version = 0;
  private pushed = 0;
  private unsubscribe: (() => void) | undefined;
  private readonly pass: CoalescedPass;
  private lastEnsure = 0;
  /** Tasks being stopped: out of the answers whatever their health says. */
  private readonly leaving = new Set<string>();
  /** When each task first appeared in a table pushed (the bench reads it). */
  readonly firstAnswered = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly endpoints: EndpointRegistry,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly opts: ServiceDnsOptions,
  ) {
    this.pass = new CoalescedPass(() => this.syncOnce(), {
      debounceMs: 20,
      intervalMs: opts.refreshMs,
      onError: (err) => this.log.warn({ err: (err as Error).message }, 'dns table sync failed'),
    });
  }

  private resolverOptions(): ResolverOptions {
    return {
      listen: this.opts.listen,
      port: this.opts.port,
      upstream: this.opts.upstream,
      upstreamTimeoutMs: 2000,
      stateDir: this.opts.stateDir,
    };
  }

  async start(): Promise<void> {
    try {
      const h = await ensureResolver(this.resolverOptions(), this.log);
      this.version = h.version;
      this.ready = true;
    } catch (err) {
      this.log.error(
        { err: (err as Error).message },
        'cluster resolver not available: containers keep Docker DNS',
      );
    }
    this.unsubscribe = this.bus.subscribe((e) => {
      if (e.kind.startsWith('dns.') || e.kind.startsWith('ingress.') || e.kind.startsWith('autoscaler.'))
        return;
      if (e.serviceId || e.taskId || e.kind.startsWith('node.') || e.kind.startsWith('container.'))
        this.pass.soon();
    });
    this.pass.start();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.pass.stop();
  }

  /** The nameserver for new containers, or null while no resolver serves (Docker's aliases then). */
  nameserver(): string | null {
    return this.ready ? this.opts.address : null;
  }

  /** The TaskRunner's beforeStop: out of the answers, pushed, then a short grace before the stop. */
  async beforeStop(task: Task): Promise<void> {
    if (!this.ready || !this.names[this.serviceName(task.serviceId) ?? '']) return;
    this.leaving.add(task.id);
    await this.sync();
    if (this.opts.leaveGraceMs > 0) await new Promise((r) => setTimeout(r, this.opts.leaveGraceMs));
  }

  /** The names as last computed (what the resolver was fed). */
  table(): DnsNames {
    return this.names;
  }

  /** Asks the resolver how it is (null when it does not answer). */
  async health(): Promise<ResolverHealth | null> {
    return feed<ResolverHealth>(this.opts.stateDir, 'GET', '/health').catch(() => null);
  }

  private serviceName(serviceId: string): string | undefined {
    return this.store.services.get(serviceId)?.name.toLowerCase();
  }

  /** Computes and pushes the table now (coalesced: one run at a time, one more if asked meanwhile). */
  sync(): Promise<void> {
    return this.pass.run();
  }

  private async syncOnce(): Promise<void> {
    const services = this.store.services.list().filter((s) => s.spec.networks.length);
    const active = new Set(this.store.tasks.active().map((t) => t.id));
    for (const id of this.leaving) if (!active.has(id)) this.leaving.delete(id);
    const replicas: ReplicaAddress[] = [];
    for (const service of services) {
      for (const r of await this.endpoints.replicaNetworks(service)) {
        if (this.leaving.has(r.task.id)) continue;
        const spec =
          r.task.revision === service.currentRevision
            ? service.spec
            : (this.store.services.revision(service.id, r.task.revision)?.spec ?? service.spec);
        const network = spec.networks[0];
        const ip = r.networks.find((n) => n.name === network)?.ip;
        if (!ip) continue;
        replicas.push({
          serviceName: service.name,
          slot: service.spec.mode === 'GLOBAL' ? r.node.name : r.task.slot,
          taskId: r.task.id,
          revision: r.task.revision,
          current: r.task.revision === service.currentRevision,
          ip,
        });
      }
    }
    const names = buildNames(
      services.map((s) => s.name),
      replicas,
    );
    const changed = !sameNames(names, this.names);
    if (!changed && Date.now() - this.pushed < this.opts.refreshMs) return;
    await this.push(names, changed);
    const now = Date.now();
    for (const r of replicas) if (!this.firstAnswered.has(r.taskId)) this.firstAnswered.set(r.taskId, now);
    for (const id of this.firstAnswered.keys()) if (!active.has(id)) this.firstAnswered.delete(id);
  }

  private async push(names: DnsNames, changed: boolean): Promise<void> {
    const table: DnsTable = {
      version: Math.max(this.version + 1, Date.now()),
      generatedAt: new Date().toISOString(),
      names,
    };
    try {
      await feed(this.opts.stateDir, 'PUT', '/table', table);
    } catch (err) {
      // A resolver gone (killed, host restarted) is started again, at most every 2 s.
      if (Date.now() - this.lastEnsure < 2000) throw err;
      this.lastEnsure = Date.now();
      const h = await ensureResolver(this.resolverOptions(), this.log);
      this.ready = true;
      table.version = Math.max(table.version, h.version + 1);
      await feed(this.opts.stateDir, 'PUT', '/table', table);
    }
    this.version = table.version;
    this.names = names;
    this.pushed = Date.now();
    if (changed) this.log.debug({ version: table.version }, 'dns table pushed');
  }
}
