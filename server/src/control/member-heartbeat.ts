import type { Cluster } from '../app/clusters.js';
import type { EventBus } from '../app/event-bus.js';
import type { MemberHealthStatus } from '../app/federation/member.js';
import type { RemoteMemberPool } from '../app/federation/remote-members.js';
import type { Logger } from '../logger.js';

/**
 * The heartbeat of REMOTE member clusters: every interval, one ping of each member control plane
 * (its `clusters` query), which keeps their health, capacity and latency p50 fresh for the API
 * (Cluster.health, Cluster.latencyP50Ms) and for federated placement. A change of health is a
 * `cluster.health` event with the reason. A beat waits for its pings (each bounded by the
 * client's timeout), so beats never overlap.
 */
export class MemberHeartbeat {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private beat: Promise<void> | null = null;
  private readonly last = new Map<string, MemberHealthStatus>();

  constructor(
    private readonly pool: RemoteMemberPool,
    private readonly clusters: () => readonly Cluster[],
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    const tick = () => {
      this.beat = this.once()
        .catch((err: unknown) => this.log.warn({ err }, 'member heartbeat failed'))
        .finally(() => {
          this.beat = null;
          if (this.running) this.timer = setTimeout(tick, this.intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.beat;
    await this.pool.closeAll();
  }

  /** One beat: every REMOTE cluster pinged once. */
  async once(): Promise<void> {
    const clusters = this.clusters();
    const members = await this.pool.sync(clusters);
    const names = new Map(clusters.map((c) => [c.id, c.name]));
    await Promise.all(
      members.map(async (m) => {
        const h = await m.ping();
        const prev = this.last.get(m.clusterId);
        this.last.set(m.clusterId, h.status);
        if (prev === h.status || (prev === undefined && h.status === 'HEALTHY')) return;
        this.bus.publish({
          kind: 'cluster.health',
          severity: h.status === 'HEALTHY' ? 'INFO' : 'WARNING',
          message: `remote cluster ${names.get(m.clusterId) ?? m.clusterId} is ${h.status}: ${h.reason}`,
          clusterId: m.clusterId,
        });
      }),
    );
    for (const id of this.last.keys()) if (!names.has(id)) this.last.delete(id);
  }
}
