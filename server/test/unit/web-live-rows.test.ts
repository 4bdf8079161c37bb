import { describe, expect, it } from 'vitest';

// Live lists patched in place (web/src/lib/live-rows.ts), loaded by path as web-stack does.
interface Row {
  id: string;
  name: string;
  status: string;
  desiredReplicas: number;
  runningReplicas: number;
  healthyReplicas: number;
  pendingReplicas: number;
  unhealthyReplicas: number;
  rollout: { state: string } | null;
}
type Patch =
  | { kind: 'patch'; id: string; patch: (r: Row) => Row }
  | { kind: 'upsert'; row: Row }
  | { kind: 'remove'; id: string };
interface StatusData {
  status: string;
  desired: number;
  running: number;
  healthy: number;
  pending: number | null;
  unhealthy: number | null;
  rollout: string | null;
}
const lib = (await import(new URL('../../../web/src/lib/live-rows.ts', import.meta.url).pathname)) as {
  applyRowPatches: (rows: readonly Row[], patches: readonly Patch[]) => Row[];
  serviceStatusData: (d: unknown) => StatusData | null;
  withServiceStatus: (row: Row, d: StatusData) => { row: Row; stale: boolean };
  serviceEventAction: (
    e: { kind: string; serviceId?: string | null; data?: unknown },
    rollingOut: (id: string) => boolean,
  ) => { kind: string; id?: string; data?: StatusData };
};

const row = (id: string, o: Partial<Row> = {}): Row => ({
  id,
  name: `svc-${id}`,
  status: 'HEALTHY',
  desiredReplicas: 2,
  runningReplicas: 2,
  healthyReplicas: 2,
  pendingReplicas: 0,
  unhealthyReplicas: 0,
  rollout: null,
  ...o,
});

describe('applyRowPatches', () => {
  const rows = [row('a'), row('b'), row('c')];

  it('patches one row in place and keeps the others by identity', () => {
    const out = lib.applyRowPatches(rows, [
      { kind: 'patch', id: 'b', patch: (r) => ({ ...r, runningReplicas: 1 }) },
    ]);
    expect(out.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(out[1]!.runningReplicas).toBe(1);
    expect(out[0]).toBe(rows[0]);
    expect(out[2]).toBe(rows[2]);
    expect(rows[1]!.runningReplicas).toBe(2);
  });

  it('gives back the same array when nothing changed', () => {
    expect(lib.applyRowPatches(rows, [])).toBe(rows);
    expect(lib.applyRowPatches(rows, [{ kind: 'patch', id: 'b', patch: (r) => r }])).toBe(rows);
    expect(lib.applyRowPatches(rows, [{ kind: 'patch', id: 'zz', patch: (r) => ({ ...r }) }])).toBe(rows);
    expect(lib.applyRowPatches(rows, [{ kind: 'remove', id: 'zz' }])).toBe(rows);
  });

  it('upserts: replaces a known row where it is, appends a new one', () => {
    const b2 = row('b', { name: 'renamed' });
    const d = row('d');
    const out = lib.applyRowPatches(rows, [
      { kind: 'upsert', row: b2 },
      { kind: 'upsert', row: d },
    ]);
    expect(out.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(out[1]).toBe(b2);
    expect(out[3]).toBe(d);
  });

  it('removes rows, also several and mixed with patches of the rows after them', () => {
    const out = lib.applyRowPatches(rows, [
      { kind: 'remove', id: 'a' },
      { kind: 'patch', id: 'c', patch: (r) => ({ ...r, status: 'DEGRADED' }) },
      { kind: 'remove', id: 'b' },
      { kind: 'remove', id: 'b' },
    ]);
    expect(out.map((r) => [r.id, r.status])).toEqual([['c', 'DEGRADED']]);
    // A removed row that comes back is a new one, at the end.
    const back = lib.applyRowPatches(out, [{ kind: 'upsert', row: row('a') }]);
    expect(back.map((r) => r.id)).toEqual(['c', 'a']);
  });
});

describe('service.status patches', () => {
  const payload = {
    status: 'DEGRADED',
    desired: 3,
    running: 2,
    healthy: 1,
    unhealthy: 1,
    pending: 1,
    failed: 0,
  };

  it('reads the payload, and refuses a malformed one', () => {
    expect(lib.serviceStatusData({ ...payload, rollout: null })).toEqual({
      ...payload,
      failed: undefined,
      rollout: null,
    });
    expect(lib.serviceStatusData(null)).toBeNull();
    expect(lib.serviceStatusData({ status: 'HEALTHY' })).toBeNull();
    expect(lib.serviceStatusData({ ...payload, running: 'two' })).toBeNull();
    expect(lib.serviceStatusData({ ...payload, status: '' })).toBeNull();
  });

  it('sets the counts and the status; the same row when they are what it shows', () => {
    const d = lib.serviceStatusData({ ...payload, rollout: null })!;
    const r = row('a');
    const { row: next, stale } = lib.withServiceStatus(r, d);
    expect(next).toMatchObject({
      status: 'DEGRADED',
      desiredReplicas: 3,
      runningReplicas: 2,
      healthyReplicas: 1,
      unhealthyReplicas: 1,
      pendingReplicas: 1,
    });
    expect(stale).toBe(false);
    expect(lib.withServiceStatus(next, d).row).toBe(next);
  });

  it('says the row is stale when the rollout state moved (its progress is not in the event)', () => {
    const d = lib.serviceStatusData({ ...payload, status: 'UPDATING', rollout: 'UPDATING' })!;
    expect(lib.withServiceStatus(row('a'), d).stale).toBe(true);
    expect(lib.withServiceStatus(row('a', { rollout: { state: 'UPDATING' } }), d).stale).toBe(false);
    const done = lib.serviceStatusData({ ...payload, status: 'HEALTHY', rollout: null })!;
    expect(lib.withServiceStatus(row('a', { rollout: { state: 'NONE' } }), done).stale).toBe(false);
    expect(lib.withServiceStatus(row('a', { rollout: { state: 'UPDATING' } }), done).stale).toBe(true);
  });
});

describe('serviceEventAction', () => {
  const never = () => false;
  it('maps each event to the least work that keeps the row right', () => {
    const data = { status: 'HEALTHY', desired: 1, running: 1, healthy: 1 };
    expect(lib.serviceEventAction({ kind: 'service.status', serviceId: 's1', data }, never)).toMatchObject({
      kind: 'counts',
      id: 's1',
    });
    // Without counts in the payload, the row is fetched instead.
    expect(lib.serviceEventAction({ kind: 'service.status', serviceId: 's1', data: {} }, never)).toEqual({
      kind: 'fetch',
      id: 's1',
    });
    expect(lib.serviceEventAction({ kind: 'service.removed', serviceId: 's1' }, never)).toEqual({
      kind: 'remove',
      id: 's1',
    });
    for (const kind of ['service.created', 'service.updated', 'service.scaled', 'rollout.completed'])
      expect(lib.serviceEventAction({ kind, serviceId: 's1' }, never)).toEqual({ kind: 'fetch', id: 's1' });
    expect(lib.serviceEventAction({ kind: 'stream.gap' }, never)).toEqual({ kind: 'refetch-all' });
    expect(lib.serviceEventAction({ kind: 'node.up' }, never)).toEqual({ kind: 'none' });
  });

  it('fetches for task and container events only while the service rolls out', () => {
    const e = { kind: 'task.state', serviceId: 's1' };
    expect(lib.serviceEventAction(e, never)).toEqual({ kind: 'none' });
    expect(lib.serviceEventAction(e, (id) => id === 's1')).toEqual({ kind: 'fetch', id: 's1' });
    expect(lib.serviceEventAction({ kind: 'container.died', serviceId: 's2' }, (id) => id === 's1')).toEqual({
      kind: 'none',
    });
  });
});

// Failure banners link to their event (web/src/lib/event-href.ts).
const href = (await import(new URL('../../../web/src/lib/event-href.ts', import.meta.url).pathname)) as {
  eventHref: (e: {
    kind: string;
    cursor?: number | null;
    serviceId?: string | null;
    nodeId?: string | null;
  }) => string;
  markedCursor: (at: string | null | undefined) => number | null;
};

describe('eventHref', () => {
  it('filters the events page to the kind and the service (else the node), marking the cursor', () => {
    expect(href.eventHref({ kind: 'rollout.rolled_back', serviceId: 's 1', nodeId: 'n1', cursor: 42 })).toBe(
      '/events?kind=rollout.rolled_back&service=s+1&at=42',
    );
    expect(href.eventHref({ kind: 'volume.backup.failed', nodeId: 'n1' })).toBe(
      '/events?kind=volume.backup.failed&node=n1',
    );
    expect(href.eventHref({ kind: '', cursor: null })).toBe('/events');
    expect(href.eventHref({ kind: 'x', cursor: Number.NaN })).toBe('/events?kind=x');
  });

  it('reads the marked cursor back, and nothing else', () => {
    const u = new URL(`http://h${href.eventHref({ kind: 'image.pull.failed', cursor: 7 })}`);
    expect(href.markedCursor(u.searchParams.get('at'))).toBe(7);
    for (const bad of [null, undefined, '', '-1', '1.5', 'abc', '99999999999999999999'])
      expect(href.markedCursor(bad)).toBeNull();
  });
});
