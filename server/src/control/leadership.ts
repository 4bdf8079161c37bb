import type { EventBus } from '../app/event-bus.js';
import type { Logger } from '../logger.js';
import type { Fence } from '../store/fenced-db.js';
import type { LeaseRepository } from '../store/lease.repo.js';

export interface LeadershipOptions {
  /** This replica's name in the lease (STEVEDORE_INSTANCE_ID). */
  instanceId: string;
  /** The lease's length (STEVEDORE_LEASE_MS). */
  leaseMs: number;
  /** How often the leader renews and a follower tries to take it (STEVEDORE_LEASE_RENEW_MS). */
  renewMs: number;
  /** SQLite: one process owns the file, so it always leads (no lease, no renewal). */
  always: boolean;
  /** The lease's name (one per store). */
  name: string;
}

/** What this replica runs while it leads: the loops. */
export interface LeadHooks {
  lead(): Promise<void>;
  stepDown(): Promise<void>;
  /** After each renewal while leading (the leader's heartbeat: a look for others' writes). */
  renewed?(): void;
}

export interface LeaderView {
  instanceId: string;
  since: Date;
  token: number;
  /** This replica is the leader. */
  self: boolean;
}

type State = 'follower' | 'leader' | 'stepping';

/**
 * Leader election by a lease row (store/lease.repo.ts). Every replica serves the API; the one
 * holding the lease also runs the loops (`hooks.lead`). The leader renews every renewMs; its local
 * deadline (monotonic clock, measured from before the renewing statement was sent, so never later
 * than the database's expiry) moves on each success. A failed renewal, a renewal that finds another
 * token, a deadline passed (the process was paused) or a fenced write: it steps down at once, the
 * loops stop, and writes and engine calls are refused (the Fence) until they have stopped. A
 * follower takes the lease once it has expired; the token then changes, so whatever the old leader
 * still tries is refused by the database's check too.
 */
export class Leadership implements Fence {
  private state: State = 'follower';
  private held: { token: number; since: Date; deadline: number } | null = null;
  private timer: NodeJS.Timeout | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private busy = false;
  private stopped = false;
  private leading: Promise<void> = Promise.resolve();
  private stepping: Promise<void> | null = null;
  /** Times this replica took the lease and stepped down (tests, /readyz). */
  readonly counts = { acquired: 0, lost: 0, fenced: 0 };

  constructor(
    private readonly leases: LeaseRepository,
    private readonly bus: EventBus,
    private readonly hooks: LeadHooks,
    private readonly log: Logger,
    private readonly opts: LeadershipOptions,
    private readonly onChange: (leader: boolean) => void = () => {},
    private readonly onFenced: () => void = () => {},
  ) {}

  get instanceId(): string {
    return this.opts.instanceId;
  }

  /** follower, leader, or stepping (its loops are stopping: its writes and engine calls are refused). */
  get role(): State {
    return this.state;
  }

  /** Whether this replica leads now: it holds the lease and its local deadline has not passed. */
  leads(): boolean {
    return this.state === 'leader' && this.valid();
  }

  /** Engine calls may go ahead: a follower's (the API's), or a leader's within its deadline. */
  engineAllowed(): boolean {
    return this.state === 'follower' || this.leads();
  }

  // Fence (store/fenced-db.ts): a follower's writes are not fenced; a leader's, and a stepping one's, are.
  token(): number | null {
    return this.state === 'follower' || this.opts.always ? null : (this.held?.token ?? null);
  }

  valid(): boolean {
    return this.state === 'leader' && !!this.held && performance.now() < this.held.deadline;
  }

  fenced(reason: string): void {
    this.counts.fenced++;
    this.onFenced();
    this.log.warn({ reason }, 'a write was refused by fencing: stepping down');
    void this.stepDown(`fenced: ${reason}`);
  }

  /** The leader as the store says (any replica), or null when the lease is free or expired. */
  leader(): LeaderView | null {
    if (this.opts.always)
      return (
        this.held && {
          instanceId: this.instanceId,
          since: this.held.since,
          token: this.held.token,
          self: true,
        }
      );
    const l = this.leases.get(this.opts.name);
    if (!l || !l.holder || l.expiresAt <= l.now) return null;
    return {
      instanceId: l.holder,
      since: new Date(l.acquiredAt),
      token: l.token,
      self: l.holder === this.instanceId && this.leads(),
    };
  }

  /** Takes the lease if it is free (then the loops start before this resolves) and keeps trying. */
  async start(): Promise<void> {
    this.stopped = false;
    if (this.opts.always) {
      this.become(0, new Date(), Infinity);
      await this.leading;
      return;
    }
    await this.tick();
    await this.leading;
  }

  /** A clean stop: the loops stop and the lease is released, so a follower takes it at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const held = this.held;
    await this.stepDown('stopping');
    if (held && !this.opts.always) {
      try {
        this.leases.release(this.opts.name, this.instanceId, held.token);
      } catch (err) {
        this.log.warn({ err }, 'could not release the leader lease (it will expire)');
      }
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), this.opts.renewMs);
    this.timer.unref();
  }

  /** One renewal (leader) or attempt (follower). */
  private async tick(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.busy = true;
    try {
      if (this.state === 'leader' && this.held) await this.renew(this.held.token);
      else if (this.state === 'follower') this.attempt();
    } finally {
      this.busy = false;
      this.schedule();
    }
  }

  private async renew(token: number): Promise<void> {
    if (!this.valid()) return this.stepDown('the lease passed its local deadline');
    const sent = performance.now();
    let reason: string;
    try {
      const grant = this.leases.acquire(this.opts.name, this.instanceId, token, this.opts.leaseMs);
      if (grant && grant.token === token && this.held?.token === token) {
        this.held.deadline = sent + this.opts.leaseMs;
        this.arm();
        this.hooks.renewed?.();
        return;
      }
      reason = 'the lease is held by another replica';
    } catch (err) {
      reason = `renewal failed: ${(err as Error).message}`;
    }
    return this.stepDown(reason);
  }

  private attempt(): void {
    const sent = performance.now();
    try {
      const grant = this.leases.acquire(this.opts.name, this.instanceId, null, this.opts.leaseMs);
      if (grant) this.become(grant.token, new Date(grant.acquiredAt), sent + this.opts.leaseMs);
    } catch (err) {
      this.log.debug({ err }, 'could not try the leader lease');
    }
  }

  private become(token: number, since: Date, deadline: number): void {
    this.held = { token, since, deadline };
    this.state = 'leader';
    this.counts.acquired++;
    this.arm();
    this.onChange(true);
    this.log.info({ instanceId: this.instanceId, token }, 'leader lease acquired: running the loops');
    // SQLite's one process leads from start to stop: no election to report.
    if (!this.opts.always)
      this.bus.publish({
        kind: 'leader.acquired',
        severity: 'INFO',
        message: `${this.instanceId} leads (token ${token})`,
        data: { instanceId: this.instanceId, token },
      });
    this.leading = this.hooks.lead().catch((err: unknown) => {
      this.log.error({ err }, 'the loops did not start: stepping down');
      void this.stepDown(`the loops did not start: ${(err as Error).message}`);
    });
  }

  /** A timer at the local deadline: a renewal that never came back still stops the loops. */
  private arm(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    const held = this.held;
    if (!held || !Number.isFinite(held.deadline)) return;
    this.watchdog = setTimeout(
      () => {
        if (this.state === 'leader' && !this.valid())
          void this.stepDown('the lease passed its local deadline');
      },
      Math.max(0, held.deadline - performance.now()) + 1,
    );
    this.watchdog.unref();
  }

  /** Stops the loops now (idempotent); writes and engine calls are refused until they have stopped. */
  private stepDown(reason: string): Promise<void> {
    if (this.stepping) return this.stepping;
    if (this.state !== 'leader') return Promise.resolve();
    this.state = 'stepping';
    if (this.watchdog) clearTimeout(this.watchdog);
    this.onChange(false);
    const token = this.held?.token;
    this.log.warn({ instanceId: this.instanceId, token, reason }, 'leader lease lost: stopping the loops');
    this.stepping = (async () => {
      await this.leading;
      try {
        await this.hooks.stepDown();
      } catch (err) {
        this.log.error({ err }, 'the loops did not stop cleanly');
      }
      this.held = null;
      this.state = 'follower';
      this.counts.lost++;
      this.stepping = null;
      if (!this.opts.always)
        this.bus.publish({
          kind: 'leader.lost',
          severity: reason === 'stopping' ? 'INFO' : 'WARNING',
          message: `${this.instanceId} no longer leads (token ${token}): ${reason}`,
          data: { instanceId: this.instanceId, token, reason },
        });
    })();
    return this.stepping;
  }
}
