'use client';
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@urql/next';
import { ContainersQuery } from '@/graphql/containers';
import { ServicesQuery } from '@/graphql/services';
import { errorMessage } from '@/lib/errors';
import { useRefetchOn } from '@/lib/live';
import { useContainerStatsSet } from '@/lib/stats-set';
import { ContainerNameCell, ServiceCell } from './ContainerCells';
import { sortByStats, StatsCells, StatsHeaders, type StatsSort } from './StatsColumns';
import { Empty, ErrorBanner, useNow } from './ui';

/** How many rows the view shows. */
const LIMITS = [10, 25, 50, 100];
/** The server watches at most this many in one subscription. */
const MAX_WATCHED = 500;

/**
 * `top` for the fleet: every running container on every node (up to 500) on one containersStats
 * subscription, sorted busiest first by CPU, memory or network.
 */
export function TopContainers() {
  const [{ data, error }, reexecute] = useQuery({ query: ContainersQuery, variables: {} });
  const [{ data: svcs }] = useQuery({ query: ServicesQuery, variables: {} });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn(
    (e) => e.kind === 'container.started' || e.kind === 'container.died' || e.kind === 'container.destroyed',
    refetch,
    { throttleMs: 1000, pollMs: 10_000 },
  );
  const [sort, setSort] = useState<StatsSort | null>('cpu');
  const [limit, setLimit] = useState(25);
  const svcName = useMemo(() => new Map((svcs?.services ?? []).map((s) => [s.id, s.name])), [svcs]);
  const running = useMemo(() => (data?.containers.items ?? []).filter((c) => c.state === 'RUNNING'), [data]);
  const refs = useMemo(
    () => running.slice(0, MAX_WATCHED).map((c) => ({ id: c.id, nodeId: c.node.id })),
    [running],
  );
  const { samples, error: statsError } = useContainerStatsSet(refs);
  // Ticks so that a stream that stops shows its last numbers as stale, with no new sample.
  const now = useNow(1000);
  const rows = useMemo(
    () => sortByStats(running, sort ?? 'cpu', (c) => samples.get(c.id)).slice(0, limit),
    [running, sort, samples, limit],
  );
  const sampled = running.filter((c) => samples.has(c.id)).length;
  return (
    <>
      <ErrorBanner
        error={errorMessage(error) ?? (statsError ? `Stats: ${statsError}` : null)}
        retry={refetch}
      />
      <div className="toolbar">
        <label htmlFor="top-limit" className="small">
          Show
        </label>
        <select id="top-limit" value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
          {LIMITS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <span className="muted small" data-testid="top-count">
          {sampled} of {running.length} running sampled
          {running.length > MAX_WATCHED ? ` (the first ${MAX_WATCHED} watched)` : ''}
        </span>
      </div>
      <div className="card tight">
        {rows.length === 0 ? (
          <Empty title="Nothing running">Containers appear here while they run.</Empty>
        ) : (
          <div className="table-wrap">
            <table data-testid="top-table">
              <thead>
                <tr>
                  <th className="right">#</th>
                  <th>Name</th>
                  <th>Node</th>
                  <th className="hide-phone">Service</th>
                  <StatsHeaders sort={sort ?? 'cpu'} onSort={(s) => setSort(s ?? 'cpu')} />
                </tr>
              </thead>
              <tbody>
                {rows.map((c, i) => (
                  <tr key={c.id} data-testid="top-row" data-name={c.name}>
                    <td className="right num">{i + 1}</td>
                    <ContainerNameCell c={c} />
                    <td>{c.node.name}</td>
                    <ServiceCell service={c.serviceId} names={svcName} />
                    <StatsCells s={samples.get(c.id)} now={now} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}
