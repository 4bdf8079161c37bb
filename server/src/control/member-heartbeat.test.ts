import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../app/clusters.js';
import { EventBus } from '../app/event-bus.js';
import type { MemberHealth } from '../app/federation/member.js';
import type { RemoteMember } from '../app/federation/remote-member.js';
import { RemoteMemberPool } from '../app/federation/remote-members.js';
import type { StevedoreEvent } from '../domain/event.js';
import { MemberHeartbeat } from './member-heartbeat.js';

const cluster = (id: string, kind: Cluster['kind'] = 'REMOTE'): Cluster => ({
  id,
  name: `c-${id}`,
  region: '',
  zone: '',
  labels: {},
  kind,
  remote: kind === 'REMOTE' ? { url: 'http://127.0.0.1:1/graphql', ca: null, hasToken: true } : null,
  createdAt: new Date(0),
});

/** A member whose next ping answers what the test says. */
function fakeMember(c: Cluster, script: MemberHealth[]) {
  let closed = false;
  let cur: MemberHealth = { status: 'UNREACHABLE', reason: 'not pinged yet', since: new Date(0) };
  const m = {
    clusterId: c.id,
    kind: 'REMOTE',
    pings: 0,
    get isClosed() {
      return closed;
    },
    health: () => cur,
    ping: () => {
      m.pings++;
      cur = script.shift() ?? cur;
      return Promise.resolve(cur);
    },
    close: () => {
      closed = true;
      return Promise.resolve();
    },
  };
  return m;
}

const h = (status: MemberHealth['status'], reason: string): MemberHealth => ({
  status,
  reason,
  since: new Date(),
});

describe('the member heartbeat', () => {
  it('pings every REMOTE cluster once a beat and says health changes as cluster.health events', async () => {
    const script = [
      h('HEALTHY', '1 node ready in 1 cluster'),
      h('UNREACHABLE', 'connection refused'),
      h('UNREACHABLE', 'connection refused'),
      h('HEALTHY', '1 node ready in 1 cluster'),
    ];
    const made: ReturnType<typeof fakeMember>[] = [];
    const pool = new RemoteMemberPool((c) => {
      const m = fakeMember(c, script);
      made.push(m);
      return m as unknown as RemoteMember;
    });
    const bus = new EventBus();
    const events: StevedoreEvent[] = [];
    bus.subscribe((e) => events.push(e));
    let clusters = [cluster('a'), cluster('local', 'LOCAL')];
    const hb = new MemberHeartbeat(pool, () => clusters, bus, pino({ level: 'silent' }), 1000);

    for (let i = 0; i < 4; i++) await hb.once();
    // One member, for the REMOTE cluster only, pinged once per beat.
    expect(made).toHaveLength(1);
    expect(made[0]!.pings).toBe(4);
    // A first HEALTHY says nothing; each change says the status and the reason, once.
    expect(events.map((e) => [e.kind, e.severity, e.message, e.clusterId])).toEqual([
      ['cluster.health', 'WARNING', 'remote cluster c-a is UNREACHABLE: connection refused', 'a'],
      ['cluster.health', 'INFO', 'remote cluster c-a is HEALTHY: 1 node ready in 1 cluster', 'a'],
    ]);
    expect(pool.health('a')?.status).toBe('HEALTHY');

    // The cluster removed: its member is closed and forgotten.
    clusters = [];
    await hb.once();
    expect(made[0]!.isClosed).toBe(true);
    expect(pool.health('a')).toBeUndefined();
  });

  it('makes a member again when the one handed out was closed', () => {
    const made: ReturnType<typeof fakeMember>[] = [];
    const pool = new RemoteMemberPool((c) => {
      const m = fakeMember(c, []);
      made.push(m);
      return m as unknown as RemoteMember;
    });
    const first = pool.member(cluster('a'));
    expect(pool.member(cluster('a'))).toBe(first);
    void first.close();
    expect(pool.member(cluster('a'))).not.toBe(first);
    expect(made).toHaveLength(2);
  });
});
