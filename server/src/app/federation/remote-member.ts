import { createHash } from 'node:crypto';
import {
  LatencyWindow,
  nextRemoteHealth,
  type RemoteClusterReport,
  type RemotePing,
} from '../../domain/remote-health.js';
import type { Cluster, RemoteCredentials } from '../clusters.js';
import { AppError } from '../errors.js';
import { specToInput } from '../service-spec.js';
import {
  FEDERATION_FLEET_LABEL,
  FEDERATION_PARENT_LABEL,
  type MemberCapacity,
  type MemberCluster,
  type MemberHealth,
  type MemberServiceStatus,
  type MemberWork,
} from './member.js';
import { RemoteClient, RemoteError, type RemoteEndpoint, type RemoteFeed } from './remote-client.js';

/**
 * The spec a copy was last applied from, as a label on the copy itself: a federating control plane
 * that restarts (even after kill -9) sees that a copy is already up to date without a new revision.
 */
export const FEDERATION_SPEC_LABEL = 'stevedore.federation.spec';

export interface RemoteMemberOptions {
  /** Between health pings; 0: no timer (the caller pings). Default 2000. */
  pingIntervalMs?: number;
  /** Per GraphQL call. Default 5000. */
  timeoutMs?: number;
  /** Pages of 500 services read at most when listing the member's copies. Default 20. */
  maxPages?: number;
  now?: () => Date;
}

export interface RemoteMemberDeps {
  /** The cluster's url, opened token and CA, read on each (re)connect: a rotated token applies. */
  credentials: () => RemoteCredentials | undefined;
  /** The federating control plane's installation id (FEDERATION_FLEET_LABEL). */
  fleetId: string;
  /** graphql-ws, for onStatus; without it listeners hear of the copies this member applies only. */
  feed?: RemoteFeed;
  onError?: (err: unknown, what: string) => void;
}

const SERVICE_FIELDS = `id name image desiredReplicas runningReplicas healthyReplicas
  spec { labels { key value } } rollout { state phase }`;

interface RemoteService {
  id: string;
  name: string;
  image: string;
  desiredReplicas: number;
  runningReplicas: number;
  healthyReplicas: number;
  spec: { labels: { key: string; value: string }[] };
  rollout: { state: string; phase: string } | null;
}

interface RemoteClusterRow {
  name: string;
  kind?: string;
  health: { status: RemoteClusterReport['status']; reason: string };
  nodeCounts: { ready: number };
  resources: {
    totalCpus: number;
    totalMemoryBytes: number;
    reservedCpus: number;
    reservedMemoryBytes: number;
    usedCpus: number | null;
    usedMemoryBytes: number | null;
  };
}

const EMPTY_CAPACITY: MemberCapacity = {
  cpuTotal: 0,
  memoryTotal: 0,
  cpuFree: 0,
  memoryFree: 0,
  cpuUtilisation: null,
  memoryUtilisation: null,
};

/**
 * A member cluster that is another Stevedore control plane (issue #15, item 2b), reached over its
 * GraphQL API with one of its API tokens. A copy is a Service in the member's store, created and
 * updated through its createService / updateService mutations and run by its own reconciler; it
 * is found again by the federation labels (parent + fleet), so apply is idempotent and a restarted
 * federating control plane adopts its copies instead of creating them twice.
 *
 * Health comes from periodic pings of the member's `clusters` query (domain/remote-health.ts),
 * which also give its capacity and the round-trip latency; copies' status follows serviceStatus
 * over graphql-ws through the injected RemoteFeed.
 */
export class RemoteMember implements MemberCluster {
  readonly kind = 'REMOTE' as const;
  readonly clusterId: string;
  private readonly client: RemoteClient;
  private readonly now: () => Date;
  private readonly latency = new LatencyWindow(60);
  private current: MemberHealth;
  private room: MemberCapacity = EMPTY_CAPACITY;
  private timer: NodeJS.Timeout | null = null;
  private pinging: Promise<MemberHealth> | null = null;
  private closed = false;
  private readonly listeners = new Set<(s: MemberServiceStatus) => void>();
  /** Copies known by federated service id → member service id, and their live subscriptions. */
  private readonly copies = new Map<string, string>();
  private readonly follows = new Map<string, () => void>();

  constructor(
    private readonly cluster: Cluster,
    private readonly deps: RemoteMemberDeps,
    private readonly opts: RemoteMemberOptions = {},
  ) {
    this.clusterId = cluster.id;
    this.now = opts.now ?? (() => new Date());
    this.current = { status: 'UNREACHABLE', reason: 'not pinged yet', since: this.now() };
    this.client = new RemoteClient(this.endpoint(), opts.timeoutMs ?? 5000);
    const every = opts.pingIntervalMs ?? 2000;
    if (every > 0) {
      void this.ping();
      this.timer = setInterval(() => void this.ping(), every);
      this.timer.unref();
    }
  }

  health(): MemberHealth {
    return this.current;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  capacity(): MemberCapacity {
    return this.room;
  }

  latencyP50Ms(): number | null {
    return this.latency.p50();
  }

  /**
   * One health ping: the member's clusters (health, ready nodes, resources). Concurrent callers
   * share the ping in flight. Never throws: a failure is the UNREACHABLE health it returns.
   */
  ping(): Promise<MemberHealth> {
    this.pinging ??= this.pingOnce().finally(() => (this.pinging = null));
    return this.pinging;
  }

  private async pingOnce(): Promise<MemberHealth> {
    const started = process.hrtime.bigint();
    let ping: RemotePing;
    try {
      this.refreshEndpoint();
      const d = await this.client.request<{ clusters: RemoteClusterRow[] }>(
        `{ clusters { name kind health { status reason } nodeCounts { ready }
            resources { totalCpus totalMemoryBytes reservedCpus reservedMemoryBytes usedCpus usedMemoryBytes } } }`,
      );
      this.latency.add(Number(process.hrtime.bigint() - started) / 1e6);
      // The member's own REMOTE members are not its capacity (they would be counted twice).
      const own = d.clusters.filter((c) => (c.kind ?? 'LOCAL') === 'LOCAL');
      this.room = capacityOf(own);
      ping = {
        ok: true,
        clusters: own.map((c) => ({
          name: c.name,
          status: c.health.status,
          reason: c.health.reason,
          readyNodes: c.nodeCounts.ready,
        })),
      };
    } catch (err) {
      const reason =
        err instanceof RemoteError && err.code === 'UNAUTHENTICATED'
          ? 'the member refused the API token (UNAUTHENTICATED)'
          : err instanceof AppError
            ? err.message.replace(/^member \S+ (unreachable: )?/, '')
            : String(err);
      ping = { ok: false, error: reason };
    }
    const wasReachable = this.current.status !== 'UNREACHABLE';
    this.current = nextRemoteHealth(this.current, ping, this.now());
    // Back from UNREACHABLE: the status streams died with the member; follow them again.
    if (!wasReachable && ping.ok) this.refollow();
    return this.current;
  }

  async apply(work: MemberWork): Promise<MemberServiceStatus> {
    this.refreshEndpoint();
    const input = specToInput(work.spec);
    const fingerprint = specFingerprint(input);
    const labels = [
      ...(input.labels ?? []).filter(
        (l) =>
          l.key !== FEDERATION_PARENT_LABEL &&
          l.key !== FEDERATION_FLEET_LABEL &&
          l.key !== FEDERATION_SPEC_LABEL,
      ),
      { key: FEDERATION_PARENT_LABEL, value: work.federatedServiceId },
      { key: FEDERATION_FLEET_LABEL, value: this.deps.fleetId },
      { key: FEDERATION_SPEC_LABEL, value: fingerprint },
    ];
    const spec = { ...input, labels };
    const existing = await this.findCopy(work.federatedServiceId);
    let svc: RemoteService;
    if (!existing) {
      svc = (
        await this.client.request<{ createService: RemoteService }>(
          `mutation($spec: ServiceSpecInput!) { createService(spec: $spec) { ${SERVICE_FIELDS} } }`,
          { spec },
        )
      ).createService;
    } else if (labelOf(existing, FEDERATION_SPEC_LABEL) === fingerprint) {
      svc = existing; // up to date: no new revision, no rolling restart on the member
    } else {
      svc = (
        await this.client.request<{ updateService: RemoteService }>(
          `mutation($id: ID!, $spec: ServiceSpecInput!) { updateService(id: $id, spec: $spec) { ${SERVICE_FIELDS} } }`,
          { id: existing.id, spec },
        )
      ).updateService;
    }
    const status = this.toStatus(work.federatedServiceId, svc);
    this.learn(work.federatedServiceId, svc.id);
    this.emit(status);
    return status;
  }

  async remove(federatedServiceId: string): Promise<void> {
    this.refreshEndpoint();
    const copy = await this.findCopy(federatedServiceId);
    this.forget(federatedServiceId);
    if (!copy) return;
    try {
      await this.client.request(`mutation($id: ID!) { removeService(id: $id) { id } }`, { id: copy.id });
    } catch (err) {
      // Removed meanwhile (by a concurrent remove or an operator there): what was asked is done.
      if (!(err instanceof RemoteError && err.code === 'NOT_FOUND')) throw err;
    }
  }

  async statuses(): Promise<MemberServiceStatus[]> {
    this.refreshEndpoint();
    const out: MemberServiceStatus[] = [];
    for (const s of await this.ourCopies()) {
      const parent = labelOf(s, FEDERATION_PARENT_LABEL)!;
      this.learn(parent, s.id);
      out.push(this.toStatus(parent, s));
    }
    return out;
  }

  onStatus(listener: (status: MemberServiceStatus) => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) for (const [parent, id] of this.copies) this.follow(parent, id);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.unfollowAll();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.unfollowAll();
    this.listeners.clear();
    await this.deps.feed?.close(this.endpoint()).catch(() => undefined);
  }

  // ------------------------------------------------------------------ copies on the member

  private async findCopy(federatedServiceId: string): Promise<RemoteService | undefined> {
    return (await this.ourCopies()).find((s) => labelOf(s, FEDERATION_PARENT_LABEL) === federatedServiceId);
  }

  /** Every service of the member with both federation labels of this fleet, page by page (bounded). */
  private async ourCopies(): Promise<RemoteService[]> {
    const out: RemoteService[] = [];
    let after: string | null = null;
    for (let page = 0; page < (this.opts.maxPages ?? 20); page++) {
      const d: {
        servicesConnection: {
          edges: { node: RemoteService }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await this.client.request(
        `query($after: String) { servicesConnection(first: 500, after: $after) {
            edges { node { ${SERVICE_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      for (const e of d.servicesConnection.edges)
        if (
          labelOf(e.node, FEDERATION_FLEET_LABEL) === this.deps.fleetId &&
          labelOf(e.node, FEDERATION_PARENT_LABEL)
        )
          out.push(e.node);
      if (!d.servicesConnection.pageInfo.hasNextPage) return out;
      after = d.servicesConnection.pageInfo.endCursor;
    }
    throw new AppError(
      'INTERNAL_SERVER_ERROR',
      `member ${this.cluster.name}: more than ${(this.opts.maxPages ?? 20) * 500} services to look through`,
    );
  }

  private toStatus(federatedServiceId: string, s: RemoteService): MemberServiceStatus {
    return {
      federatedServiceId,
      memberServiceId: s.id,
      name: s.name,
      image: s.image,
      desired: s.desiredReplicas,
      running: s.runningReplicas,
      healthy: s.healthyReplicas,
      rollout: s.rollout ? { state: s.rollout.state, message: s.rollout.phase || null } : null,
      observedAt: this.now(),
    };
  }

  // ------------------------------------------------------------------ status over graphql-ws

  private learn(parent: string, memberServiceId: string): void {
    const prev = this.copies.get(parent);
    this.copies.set(parent, memberServiceId);
    if (prev !== memberServiceId && this.listeners.size) this.follow(parent, memberServiceId);
  }

  private forget(parent: string): void {
    this.copies.delete(parent);
    this.follows.get(parent)?.();
    this.follows.delete(parent);
  }

  private follow(parent: string, memberServiceId: string): void {
    const feed = this.deps.feed;
    if (!feed || this.closed) return;
    this.follows.get(parent)?.();
    const stop = feed.subscribe<{ serviceStatus: RemoteService }>(
      this.endpoint(),
      `subscription($id: ID!) { serviceStatus(serviceId: $id) { ${SERVICE_FIELDS} } }`,
      { id: memberServiceId },
      {
        next: (d) => this.emit(this.toStatus(parent, d.serviceStatus)),
        error: (err) => {
          // The member went away or the copy was removed there: the next ping that reaches it follows again.
          if (this.follows.get(parent) === stop) this.follows.delete(parent);
          this.deps.onError?.(err, `status of ${parent} on member ${this.cluster.name}`);
        },
      },
    );
    this.follows.set(parent, stop);
  }

  private refollow(): void {
    if (!this.listeners.size) return;
    for (const [parent, id] of this.copies) if (!this.follows.has(parent)) this.follow(parent, id);
  }

  private unfollowAll(): void {
    for (const stop of this.follows.values()) stop();
    this.follows.clear();
  }

  private emit(status: MemberServiceStatus): void {
    for (const l of this.listeners) {
      try {
        l(status);
      } catch (err) {
        this.deps.onError?.(err, 'member status listener');
      }
    }
  }

  // ------------------------------------------------------------------ endpoint

  private endpoint(): RemoteEndpoint {
    const c = this.deps.credentials();
    return { name: this.cluster.name, url: c?.url ?? '', token: c?.token ?? '', ca: c?.ca ?? null };
  }

  /** Reads the credentials again (a rotated token, a new URL); refuses when none are stored. */
  private refreshEndpoint(): void {
    const e = this.endpoint();
    if (!e.url || !e.token)
      throw new AppError('BAD_USER_INPUT', `cluster ${this.cluster.name} has no remote URL or token`, {
        field: 'remote',
      });
    this.client.setEndpoint(e);
  }
}

const labelOf = (s: RemoteService, key: string) => s.spec.labels.find((l) => l.key === key)?.value;

/** A short, stable digest of the spec input (its labels sorted, federation ones left out). */
function specFingerprint(input: ReturnType<typeof specToInput>): string {
  const labels = (input.labels ?? [])
    .filter((l) => l.key !== FEDERATION_SPEC_LABEL)
    .sort((a, b) => a.key.localeCompare(b.key));
  return createHash('sha256')
    .update(JSON.stringify({ ...input, labels }))
    .digest('hex')
    .slice(0, 16);
}

function capacityOf(clusters: readonly RemoteClusterRow[]): MemberCapacity {
  const sum = (f: (r: RemoteClusterRow['resources']) => number | null) =>
    clusters.reduce((s, c) => s + (f(c.resources) ?? 0), 0);
  const cpuTotal = sum((r) => r.totalCpus);
  const memoryTotal = sum((r) => r.totalMemoryBytes);
  const sampled = clusters.some((c) => c.resources.usedCpus != null);
  return {
    cpuTotal,
    memoryTotal,
    cpuFree: Math.max(0, cpuTotal - sum((r) => r.reservedCpus)),
    memoryFree: Math.max(0, memoryTotal - sum((r) => r.reservedMemoryBytes)),
    cpuUtilisation: sampled && cpuTotal > 0 ? sum((r) => r.usedCpus) / cpuTotal : null,
    memoryUtilisation: sampled && memoryTotal > 0 ? sum((r) => r.usedMemoryBytes) / memoryTotal : null,
  };
}

/** What the member registry (app/federation/members.ts) is given to make REMOTE members with. */
export type RemoteMemberFactory = (cluster: Cluster) => MemberCluster;

/** The factory for core.ts: credentials from ClusterService, this installation as the fleet. */
export function remoteMemberFactory(
  credentialsOf: (clusterId: string) => RemoteCredentials | undefined,
  fleetId: string,
  feed?: RemoteFeed,
  opts: RemoteMemberOptions = {},
  onError?: (err: unknown, what: string) => void,
): (cluster: Cluster) => RemoteMember {
  return (cluster) =>
    new RemoteMember(cluster, { credentials: () => credentialsOf(cluster.id), fleetId, feed, onError }, opts);
}
