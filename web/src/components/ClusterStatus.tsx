'use client';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { useQuery } from '@urql/next';
import { OverviewQuery } from '@/graphql/cluster';
import { errorMessage } from '@/lib/errors';
import { useRefetchOn } from '@/lib/live';
import { EventFeed } from './EventFeed';
import { NodeHeatStrip, type NodeUse } from './NodeHeatStrip';
import { CpuMemoryBars, Empty, ErrorBanner } from './ui';

const relevant = (e: { kind: string }) =>
  /^(node|service|task|rollout|container\.(started|died|destroyed|health|created))/.test(e.kind);

export function ClusterStatus() {
  const [{ data, error }, reexecute] = useQuery({ query: OverviewQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn(relevant, refetch, { throttleMs: 1000, pollMs: 5000 });
  // Live use from the nodeStats streams, for when the cluster query has no sampled figure.
  const [use, setUse] = useState<Record<string, NodeUse | null>>({});
  const onUse = useCallback((id: string, u: NodeUse | null) => setUse((m) => ({ ...m, [id]: u })), []);
  if (!data) return <ErrorBanner error={errorMessage(error) ?? 'No data'} retry={refetch} />;
  const { cluster, nodes, services } = data;
  const nc = cluster.nodeCounts;
  const ready = new Set(nodes.filter((n) => n.status === 'READY').map((n) => n.id));
  const sampled = Object.entries(use)
    .filter(([id, u]) => u && ready.has(id))
    .map(([, u]) => u!);
  const sum = (f: (u: NodeUse) => number) => (sampled.length ? sampled.reduce((a, u) => a + f(u), 0) : null);
  const r = {
    ...cluster.resources,
    usedCpus: cluster.resources.usedCpus ?? sum((u) => u.usedCpus),
    usedMemoryBytes: cluster.resources.usedMemoryBytes ?? sum((u) => u.memoryUsedBytes),
  };
  const count = (s: string) => services.filter((x) => x.status === s).length;
  const degraded = services.filter((x) => x.status === 'DEGRADED' || x.status === 'FAILED').length;
  const updating = services.filter(
    (x) => x.status === 'UPDATING' || x.status === 'ROLLING_BACK' || x.status === 'PAUSED',
  ).length;
  return (
    <div className="stack" style={{ gap: 14 }}>
      <ErrorBanner error={errorMessage(error)} retry={refetch} />
      <div className="grid cols-4 stats-phone" data-testid="cluster-stats">
        <div className="card stat">
          <span className="label">Nodes</span>
          <span className="value" data-testid="nodes-total">
            {nc.total}
          </span>
          <span className="small">
            <span style={{ color: 'var(--ok)' }} data-testid="nodes-ready">
              {nc.ready} ready
            </span>{' '}
            ·{' '}
            <span style={{ color: nc.down ? 'var(--bad)' : undefined }} data-testid="nodes-down">
              {nc.down} down
            </span>
            {nc.draining ? ` · ${nc.draining} draining` : ''}
          </span>
        </div>
        <div className="card stat">
          <span className="label">Services</span>
          <span className="value">{services.length}</span>
          <span className="small">
            <span style={{ color: 'var(--ok)' }} data-testid="svc-healthy">
              {count('HEALTHY')} healthy
            </span>{' '}
            ·{' '}
            <span style={{ color: degraded ? 'var(--warn)' : undefined }} data-testid="svc-degraded">
              {degraded} degraded
            </span>{' '}
            · <span data-testid="svc-updating">{updating} updating</span>
          </span>
        </div>
        <div className="card stat">
          <span className="label">Containers</span>
          <span className="value">{cluster.runningContainerCount}</span>
          <span className="small muted">running of {cluster.containerCount}</span>
        </div>
        <div className="card stat">
          <span className="label">CPU in use</span>
          <span className="value">{r.usedCpus != null ? r.usedCpus.toFixed(2) : '—'}</span>
          <span className="small muted">of {r.totalCpus} CPUs on ready nodes</span>
        </div>
      </div>

      <div className="grid cols-2">
        <section className="card stack" aria-labelledby="cap-h">
          <h2 id="cap-h">Capacity</h2>
          <CpuMemoryBars r={r} />
          <div className="legend">
            <span>
              <i style={{ background: 'var(--bar-cap)' }} />
              capacity
            </span>
            <span>
              <i style={{ background: 'var(--bar-res)' }} />
              reserved
            </span>
            <span>
              <i style={{ background: 'var(--bar-used)' }} />
              used
            </span>
          </div>
          <h3 style={{ marginTop: 8 }}>Node CPU</h3>
          {nodes.length ? (
            <NodeHeatStrip nodes={nodes} onUse={onUse} />
          ) : (
            <Empty title="No nodes">Add an engine with the addNode mutation.</Empty>
          )}
        </section>
        <section className="card tight" aria-labelledby="ev-h">
          <div className="row between" style={{ padding: '12px 14px 8px' }}>
            <h2 id="ev-h" style={{ margin: 0 }}>
              Live events
            </h2>
            <Link href="/events" className="small">
              All events →
            </Link>
          </div>
          <EventFeed limit={30} />
        </section>
      </div>
    </div>
  );
}
