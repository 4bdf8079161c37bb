import { expect, it } from 'vitest';
import { AuditRepository, type AuditEntry } from './audit.repo.js';
import { ClusterRepository } from './cluster.repo.js';
import { EventRepository } from './event.repo.js';
import { LeaseRepository } from './lease.repo.js';
import { RolloutSampleRepository } from './rollout-sample.repo.js';
import { StackRepository } from './stack.repo.js';
import { Store } from './store.js';
import { describeEachStore } from './testing/stores.js';
import { UserRepository } from './user.repo.js';
import { VolumeRepository } from './volume.repo.js';

/** The SQL that differs between the stores, read and written through the repositories on both. */
describeEachStore('repositories', (open) => {
  const at = new Date('2026-01-01T00:00:00.000Z');

  it('grant a lease to one holder at a time, keep its token on renew and change it with the holder', async () => {
    const leases = new LeaseRepository(open());
    const a = leases.acquire('leader', 'a', null, 60_000);
    expect(a?.token).toBe(1);
    // Held: b cannot take it, and a restarted a (no token) must wait for it to expire.
    expect(leases.acquire('leader', 'b', null, 60_000)).toBeNull();
    expect(leases.acquire('leader', 'a', null, 60_000)).toBeNull();
    expect(leases.acquire('leader', 'b', 1, 60_000)).toBeNull();
    const renewed = leases.acquire('leader', 'a', 1, 60_000);
    expect(renewed?.token).toBe(1);
    expect(renewed!.expiresAt).toBeGreaterThanOrEqual(a!.expiresAt);
    expect(renewed!.acquiredAt).toBe(a!.acquiredAt);
    expect(leases.tokenNow('leader')).toBe(1);
    // Released: b takes it at once with a new token.
    expect(leases.release('leader', 'a', 1)).toBe(true);
    expect(leases.get('leader')?.holder).toBe('');
    expect(leases.acquire('leader', 'b', null, 1)?.token).toBe(2);
    // Expired (1 ms): a takes it over, token 3; b's renew with token 2 is refused.
    const deadline = Date.now() + 2000;
    let took = leases.acquire('leader', 'a', null, 60_000);
    while (!took && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 5));
      took = leases.acquire('leader', 'a', null, 60_000);
    }
    expect(took?.token).toBe(3);
    expect(leases.acquire('leader', 'b', 2, 60_000)).toBeNull();
    const now = leases.get('leader')!;
    expect(now).toMatchObject({ holder: 'a', token: 3 });
    expect(now.expiresAt).toBeGreaterThan(now.now);
    expect(leases.release('leader', 'b', 2)).toBe(false);
    expect(leases.get('other')).toBeUndefined();
  });

  it('hand out event cursors that keep growing across a prune, with filters pushed into SQL', () => {
    const events = new EventRepository(open());
    expect(events.lastCursor()).toBe(0);
    const logged = events.insertMany(
      ['node.ready', 'service.created', 'service.scaled'].map((kind, i) => ({
        time: new Date(at.getTime() + i),
        kind,
        severity: 'INFO' as const,
        message: kind,
        serviceId: i ? 's1' : undefined,
        containerId: i === 2 ? 'abcdef123456' : undefined,
        data: { i },
      })),
    );
    expect(logged.map((e) => e.cursor)).toEqual([1, 2, 3]);
    expect(events.after(0, { kinds: ['service.*'] }, 10).map((e) => e.kind)).toEqual([
      'service.created',
      'service.scaled',
    ]);
    expect(events.before(undefined, { containerId: 'abcdef' }, 10).map((e) => e.cursor)).toEqual([3]);
    expect(events.after(1, { serviceId: 's1' }, 1)[0]?.data).toEqual({ i: 1 });
    expect(events.prune({ maxEvents: 1, maxAgeMs: 0 }, at)).toBe(2);
    expect(events.count()).toBe(1);
    expect(events.firstCursor()).toBe(3);
    expect(events.lastCursor()).toBe(3);
    const [next] = events.insertMany([{ time: at, kind: 'x', severity: 'INFO', message: 'x' }]);
    expect(next?.cursor).toBe(4);
  });

  it('count and list events by the clusters a token may see, none of them included (boolean SQL on both)', () => {
    const events = new EventRepository(open());
    events.insertMany(
      ['c1', 'c2', undefined].map((clusterId, i) => ({
        time: new Date(at.getTime() + i),
        kind: 'service.created',
        severity: 'INFO' as const,
        message: String(clusterId),
        clusterId,
      })),
    );
    expect(events.countMatching({})).toBe(3);
    expect(events.countMatching({ clusterIds: ['c1'] })).toBe(1);
    expect(events.countMatching({ clusterIds: [] })).toBe(0);
    expect(events.after(0, { clusterIds: [] }, 10)).toEqual([]);
    expect(events.before(undefined, { clusterIds: ['c2', 'c1'] }, 10).map((e) => e.clusterId)).toEqual([
      'c2',
      'c1',
    ]);
  });

  it('keep the audit log append-only (the database refuses UPDATE and DELETE)', () => {
    const db = open();
    const audit = new AuditRepository(db);
    const entry: Omit<AuditEntry, 'id'> = {
      time: at,
      actor: 'admin',
      actorKind: 'user',
      credentialId: null,
      action: 'createService',
      environmentId: 'default',
      target: 'web',
      ip: '127.0.0.1',
      userAgent: 'test',
      outcome: 'ok',
      errorCode: null,
      details: { replicas: 2 },
    };
    expect(audit.insert(entry).id).toBe(1);
    expect(audit.insert({ ...entry, actor: 'admin (token ci)' }).id).toBe(2);
    expect(audit.query({ actor: 'admin' }, { limit: 10 }).map((e) => e.id)).toEqual([2, 1]);
    expect(audit.query({}, { after: 1, limit: 10 })[0]?.details).toEqual({ replicas: 2 });
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('find users by name whatever the ASCII case, and keep names unique that way', () => {
    const users = new UserRepository(open());
    const u = { passwordHash: 'h', disabled: false, createdAt: at, updatedAt: at, lastLoginAt: null };
    users.insert({ ...u, id: 'u1', username: 'Alice' });
    users.insert({ ...u, id: 'u2', username: 'bob' });
    expect(users.findByName('alice')?.id).toBe('u1');
    expect(users.findByName('BOB')?.disabled).toBe(false);
    expect(() => users.insert({ ...u, id: 'u3', username: 'ALICE' })).toThrow();
    expect(users.list().map((x) => x.username)).toEqual(['Alice', 'bob']);
    expect(users.count()).toBe(2);
  });

  it('insert once where a row exists (ON CONFLICT DO NOTHING), and report the rows a write changed', () => {
    const db = open();
    const clusters = new ClusterRepository(db);
    expect(clusters.ensureDefault().id).toBe(clusters.ensureDefault().id);
    const volumes = new VolumeRepository(db);
    const v = { nodeId: 'n1', name: 'data', createdBy: 'test', labels: { a: 'b' }, createdAt: at };
    expect(volumes.insert(v)).toBe(true);
    expect(volumes.insert(v)).toBe(false);
    expect(volumes.get('n1', 'data')?.labels).toEqual({ a: 'b' });
    expect(volumes.delete('n1', 'data')).toBe(true);
    expect(volumes.delete('n1', 'data')).toBe(false);

    const stacks = new StackRepository(db);
    const stack = {
      name: 'shop',
      clusterId: clusters.ensureDefault().id,
      compose: 'services: {}',
      variables: [],
      warnings: [],
      createdBy: 'test',
      createdAt: at,
      updatedAt: at,
    };
    const member = { kind: 'service' as const, name: 'web', external: false };
    stacks.save(stack, [member, member]);
    expect(stacks.members('shop')).toEqual([member]);
    expect(stacks.ownerOf('service', 'web')).toBe('shop');
  });

  it('read a rollout timeline newest-bounded but in order, ids from RETURNING', () => {
    const samples = new RolloutSampleRepository(open());
    for (let i = 0; i < 4; i++)
      samples.add({
        serviceId: 's1',
        toRevision: 2,
        at: new Date(at.getTime() + i),
        kind: i === 3 ? 'decision' : 'sample',
        step: i,
        weight: 0.25 * i,
        figures: { i },
      });
    expect(samples.list('s1', 2, 2).map((s) => [s.id, s.weight])).toEqual([
      [3, 0.5],
      [4, 0.75],
    ]);
    expect(samples.lastDecision('s1', 2)?.step).toBe(3);
  });

  it('read many rows by id in one statement (json_each on SQLite, jsonb_array_elements_text on PostgreSQL)', () => {
    const store = new Store(open());
    const id = store.clusters.ensureDefault().id;
    expect(store.clusters.getMany([id, 'missing']).map((c) => c.id)).toEqual([id]);
    expect(store.clusters.getMany([])).toEqual([]);
    expect(store.nodes.getMany(['none'])).toEqual([]);
  });

  it('hold the installation id and roll a failed Store.tx back', () => {
    const store = new Store(open());
    expect(store.installationId).toMatch(/^[0-9a-f]{16}$/);
    const clusters = new ClusterRepository(store.db);
    expect(() =>
      store.tx(() => {
        clusters.ensureDefault();
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(clusters.list()).toEqual([]);
  });
});
