'use client';
import Link from 'next/link';
import { useCallback } from 'react';
import { useQuery } from '@urql/next';
import { FleetQuery } from '@/graphql/fleet';
import type { FleetQuery as FleetData } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { ms } from '@/lib/format';
import { useRefetchOn } from '@/lib/live';
import { Badge, CpuMemoryBars, Empty, ErrorBanner, type Tone } from './ui';

type Cluster = FleetData['clusters'][number];

// Health changes, placements, failovers and rebalances all change what this page shows; nodes
// coming and going change a cluster's counts and capacity.
const relevant = (e: { kind: string }) => /^(cluster\.|federation\.|node\.)/.test(e.kind);

const HEALTH_TONE: Record<string, Tone> = { HEALTHY: 'ok', DEGRADED: 'warn', UNREACHABLE: 'bad' };

/** Clusters grouped by region ('' last, as "No region"), each group and its clusters by name. */
export function byRegion(clusters: readonly Cluster[]): [string, Cluster[]][] {
  const groups = new Map<string, Cluster[]>();
  for (const c of clusters) groups.set(c.region, [...(groups.get(c.region) ?? []), c]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([r, cs]) => [r, [...cs].sort((x, y) => x.name.localeCompare(y.name))]);
}

function ClusterCard({ c }: { c: Cluster }) {
  const r = c.resources;
  const id = `cl-${c.id}`;
  return (
    <article className="card stack" aria-labelledby={id} data-testid={`fleet-cluster-${c.name}`}>
      <div className="row between">
        <h3 id={id} className="mono">
          {c.name}
        </h3>
        <Badge tone={HEALTH_TONE[c.health.status] ?? 'idle'} testId="cluster-health">
          <span className="dot" aria-hidden="true" />
          {c.health.status.toLowerCase()}
        </Badge>
      </div>
      <div className="small muted" data-testid="cluster-health-reason">
        {c.health.reason}
      </div>
      <div className="row small" style={{ gap: 12, flexWrap: 'wrap' }}>
        <span data-testid="cluster-kind">{c.kind === 'REMOTE' ? 'Remote' : 'Local'}</span>
        {c.zone && <span>zone {c.zone}</span>}
        <span title="median round trip to its engines (or its API)">
          p50 {c.latencyP50Ms != null ? ms(+c.latencyP50Ms.toFixed(1)) : '—'}
        </span>
        <span data-testid="cluster-nodes">
          {c.nodeCounts.ready} of {c.nodeCounts.total} nodes ready
        </span>
      </div>
      <CpuMemoryBars r={r} />
    </article>
  );
}

export function FleetView() {
  const [{ data, error }, reexecute] = useQuery({ query: FleetQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn(relevant, refetch, { throttleMs: 1000, pollMs: 10_000 });
  if (!data) return <ErrorBanner error={errorMessage(error) ?? 'No data'} retry={refetch} />;
  const regions = byRegion(data.clusters);
  const federated = data.services.filter((s) => s.federation);
  // One column per cluster that runs a copy of any federated service, in name order.
  const columns = [
    ...new Map(
      federated.flatMap((s) => s.federation!.members.map((m) => [m.clusterId, m.cluster] as const)),
    ).entries(),
  ].sort(([, a], [, b]) => a.localeCompare(b));
  return (
    <div className="stack" style={{ gap: 18 }}>
      <ErrorBanner error={errorMessage(error)} retry={refetch} />
      {regions.map(([region, cs]) => {
        const hid = `region-${region || 'none'}`;
        return (
          <section
            key={region}
            className="stack"
            aria-labelledby={hid}
            data-testid={`fleet-region-${region || 'none'}`}
          >
            <h2 id={hid}>{region ? `Region ${region}` : 'No region'}</h2>
            <div className="grid cols-3">
              {cs.map((c) => (
                <ClusterCard key={c.id} c={c} />
              ))}
            </div>
          </section>
        );
      })}
      <section className="card stack" aria-labelledby="fed-h">
        <h2 id="fed-h">Federated services</h2>
        {federated.length === 0 ? (
          <Empty title="No federated services">
            <span className="small muted">
              A service with placement.clusters runs a copy in each chosen cluster.
            </span>
          </Empty>
        ) : (
          <div className="table-wrap">
            <table data-testid="fleet-services">
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col" className="right">
                    Replicas
                  </th>
                  {columns.map(([id, name]) => (
                    <th key={id} scope="col" className="right" title="desired / running / healthy">
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {federated.map((s) => {
                  const per = new Map(s.federation!.members.map((m) => [m.clusterId, m]));
                  return (
                    <tr key={s.id}>
                      <td>
                        <Link href={`/services/${encodeURIComponent(s.id)}`}>{s.name}</Link>
                        {s.federation!.moving && <span className="small muted"> · moving</span>}
                      </td>
                      <td className="right num">{s.desiredReplicas}</td>
                      {columns.map(([id]) => {
                        const m = per.get(id);
                        return (
                          <td key={id} className="right num">
                            {m ? `${m.desired} / ${m.running} / ${m.healthy}` : '—'}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
