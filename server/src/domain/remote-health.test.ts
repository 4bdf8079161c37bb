import { describe, expect, it } from 'vitest';
import { LatencyWindow, nextRemoteHealth, pingVerdict, type RemoteClusterReport } from './remote-health.js';

const cl = (name: string, status: RemoteClusterReport['status'], readyNodes: number, reason = 'x') => ({
  name,
  status,
  readyNodes,
  reason,
});

describe('remote member health', () => {
  it('a failed ping is UNREACHABLE with its error as the reason', () => {
    expect(pingVerdict({ ok: false, error: 'connection refused' })).toEqual({
      status: 'UNREACHABLE',
      reason: 'connection refused',
    });
  });

  it('an answer without any ready node is DEGRADED, quoting the clusters', () => {
    const v = pingVerdict({ ok: true, clusters: [cl('default', 'UNREACHABLE', 0, 'n2 down')] });
    expect(v.status).toBe('DEGRADED');
    expect(v.reason).toBe('no node ready on the member (default: n2 down)');
    expect(pingVerdict({ ok: true, clusters: [] })).toEqual({
      status: 'DEGRADED',
      reason: 'the member has no cluster',
    });
  });

  it('some unhealthy clusters make it DEGRADED; all healthy is HEALTHY with the count', () => {
    expect(
      pingVerdict({ ok: true, clusters: [cl('a', 'HEALTHY', 2), cl('b', 'DEGRADED', 1, '1 of 2 ready')] }),
    ).toEqual({ status: 'DEGRADED', reason: 'b DEGRADED: 1 of 2 ready' });
    expect(pingVerdict({ ok: true, clusters: [cl('a', 'HEALTHY', 2), cl('b', 'HEALTHY', 1)] })).toEqual({
      status: 'HEALTHY',
      reason: '3 nodes ready in 2 clusters',
    });
  });

  it('keeps since while the status stays, and moves it when the status changes', () => {
    const t0 = new Date(1000);
    const t1 = new Date(2000);
    const t2 = new Date(3000);
    const a = nextRemoteHealth(null, { ok: true, clusters: [cl('a', 'HEALTHY', 1)] }, t0);
    expect(a.since).toBe(t0);
    const b = nextRemoteHealth(a, { ok: true, clusters: [cl('a', 'HEALTHY', 2)] }, t1);
    expect(b.since).toBe(t0);
    const c = nextRemoteHealth(b, { ok: false, error: 'timed out' }, t2);
    expect(c).toEqual({ status: 'UNREACHABLE', reason: 'timed out', since: t2 });
  });

  it('the latency window is bounded, ignores bad samples and gives the median', () => {
    const w = new LatencyWindow(3);
    expect(w.p50()).toBeNull();
    w.add(10);
    w.add(Number.NaN);
    w.add(-1);
    expect(w.count).toBe(1);
    w.add(30);
    expect(w.p50()).toBe(20);
    w.add(20);
    w.add(100); // drops 10: [30, 20, 100]
    expect(w.count).toBe(3);
    expect(w.p50()).toBe(30);
  });
});
