import { describe, expect, it } from 'vitest';
import { EventBus } from '../app/event-bus.js';
import { createLogger } from '../logger.js';
import type { LeaseGrant, LeaseRepository } from '../store/lease.repo.js';
import { Leadership } from './leadership.js';

/** A lease table of one row in memory, with a clock the test moves and a switch to fail renewals. */
function leaseTable() {
  const row = { holder: '', token: 0, expiresAt: 0, acquiredAt: 0 };
  const t = { now: 1_000_000, failing: false, row };
  const repo = {
    acquire(_name: string, holder: string, held: number | null, ms: number): LeaseGrant | null {
      if (t.failing) throw new Error('connection lost');
      const mine = row.holder === holder && row.token === held;
      if (!mine && row.expiresAt > t.now) return null;
      if (!mine) Object.assign(row, { token: row.token + 1, acquiredAt: t.now, holder });
      row.expiresAt = t.now + ms;
      return { token: row.token, expiresAt: row.expiresAt, acquiredAt: row.acquiredAt };
    },
    release(_name: string, holder: string, token: number) {
      if (row.holder !== holder || row.token !== token) return false;
      Object.assign(row, { holder: '', expiresAt: 0 });
      return true;
    },
    get: () => ({ name: 'leader', ...row, now: t.now }),
    tokenNow: () => row.token,
  };
  return { t, repo: repo as unknown as LeaseRepository };
}

function replica(repo: LeaseRepository, id: string, leaseMs = 200, renewMs = 50) {
  const log: string[] = [];
  const events: string[] = [];
  const bus = new EventBus();
  bus.subscribe((e) => events.push(e.kind));
  const l = new Leadership(
    repo,
    bus,
    {
      lead: async () => void log.push('lead'),
      stepDown: async () => void log.push('stepDown'),
    },
    createLogger('silent'),
    { instanceId: id, leaseMs, renewMs, always: false, name: 'leader' },
  );
  return { l, log, events };
}

const until = async (cond: () => boolean, what: string) => {
  const deadline = Date.now() + 5000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('leadership', () => {
  it('one replica leads; it steps down on a failed renewal and fences until its loops stopped', async () => {
    const { t, repo } = leaseTable();
    const a = replica(repo, 'a');
    const b = replica(repo, 'b');
    await a.l.start();
    await b.l.start();
    expect(a.log).toEqual(['lead']);
    expect(b.log).toEqual([]);
    expect(a.l.role).toBe('leader');
    expect(a.l.token()).toBe(1);
    expect(b.l.token()).toBeNull();
    expect(a.l.leader()).toMatchObject({ instanceId: 'a', token: 1, self: true });
    expect(b.l.leader()).toMatchObject({ instanceId: 'a', token: 1, self: false });
    expect(a.events).toContain('leader.acquired');

    t.failing = true;
    await until(() => a.l.role === 'follower', 'a to step down');
    expect(a.log).toEqual(['lead', 'stepDown']);
    expect(a.events).toContain('leader.lost');
    expect(a.l.engineAllowed()).toBe(true);

    // The row still names a until it expires; then b takes it with token 2 (a is stopped, or it
    // could as well take it again: a new term, a new token).
    await a.l.stop();
    t.failing = false;
    expect(b.l.role).toBe('follower');
    t.now += 1000;
    await until(() => b.l.role === 'leader', 'b to take over');
    expect(b.l.token()).toBe(2);
    await b.l.stop();
    expect(b.log).toEqual(['lead', 'stepDown']);
  });

  it('a leader past its local deadline refuses engine calls and steps down when a write is fenced', async () => {
    const { repo } = leaseTable();
    // A renewal period far past the lease: nothing renews, so the local deadline passes.
    const a = replica(repo, 'a', 100, 60_000);
    await a.l.start();
    expect(a.l.leads()).toBe(true);
    // The process stalls past its deadline (as under SIGSTOP): when it runs again, before any
    // timer has fired, it still believes it leads, and refuses engine calls and writes.
    const stall = performance.now() + 150;
    while (performance.now() < stall);
    expect(a.l.role).toBe('leader');
    expect(a.l.valid()).toBe(false);
    expect(a.l.engineAllowed()).toBe(false);
    expect(a.l.token()).toBe(1);
    a.l.fenced('test: a write found another token');
    expect(a.l.role).toBe('stepping');
    expect(a.l.engineAllowed()).toBe(false);
    await until(() => a.l.role === 'follower', 'a to step down at its deadline');
    expect(a.log).toEqual(['lead', 'stepDown']);
    await a.l.stop();
  });

  it('a clean stop releases the lease: the next replica takes it without waiting for the expiry', async () => {
    const { t, repo } = leaseTable();
    const a = replica(repo, 'a', 60_000, 50);
    const b = replica(repo, 'b', 60_000, 50);
    await a.l.start();
    await b.l.start();
    await a.l.stop();
    expect(t.row.holder).toBe('');
    await until(() => b.l.role === 'leader', 'b to take the released lease');
    expect(b.l.token()).toBe(2);
    await b.l.stop();
  });
});
