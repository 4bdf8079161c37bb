'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useQuery } from '@urql/next';
import { ContainersPageQuery } from '@/graphql/containers';
import { NodesQuery } from '@/graphql/nodes';
import { ServicesQuery } from '@/graphql/services';
import { useMe } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { useRefetchOn } from '@/lib/live';
import { useContainerStatsSet, useVisibleIds } from '@/lib/stats-set';
import { Ago } from './Ago';
import { ContainerActions } from './ContainerActions';
import { ContainerNameCell, ServiceCell } from './ContainerCells';
import { sortByStats, StatsCells, StatsHeaders, type StatsSort } from './StatsColumns';
import { Empty, ErrorBanner, StatusBadge, useNow } from './ui';

const STATES = ['RUNNING', 'EXITED', 'CREATED', 'RESTARTING', 'PAUSED', 'DEAD'] as const;
type State = (typeof STATES)[number];
/** Rows per step of "Show more"; the server gives at most 500 in one page. */
const STEP = 50;
const MAX_ROWS = 500;

export function ContainerList() {
  const params = useSearchParams();
  const router = useRouter();
  const [q, setQ] = useState(params.get('q') ?? '');
  const state = params.get('state') ?? '';
  const node = params.get('node') ?? '';
  const service = params.get('service') ?? '';
  // The window grows by STEP with "Show more" and starts again when a filter changes.
  const [shown, setShown] = useState({ key: '', rows: STEP });
  const search = useDeferredValue(q.trim());
  const key = [state, node, service, search].join('\u0000');
  const first = shown.key === key ? shown.rows : STEP;
  const variables = useMemo(
    () => ({
      first,
      filter: {
        ...(state ? { state: [state as State] } : {}),
        ...(node ? { node } : {}),
        ...(service ? { service } : {}),
        ...(search ? { search } : {}),
      },
    }),
    [first, state, node, service, search],
  );
  const [{ data, error }, reexecute] = useQuery({ query: ContainersPageQuery, variables });
  const [{ data: nodes }] = useQuery({ query: NodesQuery });
  const [{ data: svcs }] = useQuery({ query: ServicesQuery, variables: {} });
  // Container actions need OPERATOR on the node's environment; none anywhere: no column.
  const showActions = useMe().can('OPERATOR');
  const svcName = useMemo(() => new Map((svcs?.services ?? []).map((s) => [s.id, s.name])), [svcs]);
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn((e) => e.kind.startsWith('container.') && e.kind !== 'container.health', refetch, {
    throttleMs: 500,
    pollMs: 8000,
  });
  const setParam = (k: string, v: string) => {
    const p = new URLSearchParams(params.toString());
    if (v) p.set(k, v);
    else p.delete(k);
    router.replace(`/containers${p.size ? `?${p}` : ''}`, { scroll: false });
  };
  const page = data?.containersConnection;
  const items = useMemo(() => (page?.edges ?? []).map((e) => e.node), [page]);
  const total = page?.totalCount ?? 0;
  // Every service, not only those of the rows loaded: the filter works on the server.
  const services = useMemo(
    () => [...(svcs?.services ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((s) => s.id),
    [svcs],
  );
  const unreachable = page?.unreachableNodes ?? [];
  // Live CPU, memory and network for the running rows on screen: one subscription for the set.
  const [sort, setSort] = useState<StatsSort | null>(null);
  const { visible, observe } = useVisibleIds();
  const inView = useMemo(
    () =>
      items
        .filter((c) => c.state === 'RUNNING' && visible.has(c.id))
        .map((c) => ({ id: c.id, nodeId: c.node.id })),
    [items, visible],
  );
  const { samples } = useContainerStatsSet(inView);
  // Ticks so that a stream that stops shows its last numbers as stale, with no new sample.
  const now = useNow(1000);
  const rows = useMemo(() => sortByStats(items, sort, (c) => samples.get(c.id)), [items, sort, samples]);
  return (
    <>
      <ErrorBanner error={errorMessage(error)} retry={refetch} />
      {unreachable.length > 0 && (
        <div className="banner warn">
          Not listed (node unreachable): {unreachable.map((u) => `${u.name} — ${u.reason}`).join('; ')}
        </div>
      )}
      <div className="toolbar" role="search">
        <label className="sr-only" htmlFor="ct-search">
          Search containers
        </label>
        <input
          id="ct-search"
          type="search"
          placeholder="Name, image or id"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <label className="sr-only" htmlFor="ct-state">
          State
        </label>
        <select id="ct-state" value={state} onChange={(e) => setParam('state', e.target.value)}>
          <option value="">All states</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {s.toLowerCase()}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="ct-node">
          Node
        </label>
        <select id="ct-node" value={node} onChange={(e) => setParam('node', e.target.value)}>
          <option value="">All nodes</option>
          {(nodes?.nodes ?? []).map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="ct-service">
          Service
        </label>
        <select id="ct-service" value={service} onChange={(e) => setParam('service', e.target.value)}>
          <option value="">Any service</option>
          {services.map((s) => (
            <option key={s} value={s}>
              {svcName.get(s) ?? s}
            </option>
          ))}
        </select>
        <span className="muted small">
          {items.length} of {total}
        </span>
      </div>
      <div className="card tight">
        {items.length === 0 ? (
          <Empty title={state || node || service || search ? 'Nothing matches' : 'No containers'}>
            {state || node || service || search ? 'Change the filters.' : 'Deploy a service to run some.'}
          </Empty>
        ) : (
          <div className="table-wrap">
            <table data-testid="containers-table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>State</th>
                  <th className="hide-phone">Image</th>
                  <th>Node</th>
                  <th className="hide-phone">Service</th>
                  <th className="hide-phone">Created</th>
                  <StatsHeaders sort={sort} onSort={setSort} />
                  {showActions && <th>Actions</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr
                    key={c.id}
                    ref={observe}
                    data-stats-id={c.id}
                    data-testid="container-row"
                    data-name={c.name}
                    data-state={c.state}
                  >
                    <ContainerNameCell c={c} />
                    <td>
                      <StatusBadge status={c.state} />
                      <div className="small muted">{c.status}</div>
                    </td>
                    <td className="mono small hide-phone">{c.image}</td>
                    <td>{c.node.name}</td>
                    <ServiceCell service={c.serviceId} names={svcName} />
                    <td className="small muted hide-phone">
                      <Ago iso={c.createdAt} />
                    </td>
                    <StatsCells s={c.state === 'RUNNING' ? samples.get(c.id) : null} now={now} />
                    {showActions && (
                      <td>
                        <ContainerActions
                          compact
                          id={c.id}
                          nodeId={c.node.id}
                          clusterId={c.node.clusterId}
                          name={c.name}
                          state={c.state}
                          managed={c.managed}
                          onRemoved={refetch}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {page?.pageInfo.hasNextPage && (
              <div className="toolbar">
                {first < MAX_ROWS ? (
                  <button
                    type="button"
                    data-testid="containers-more"
                    onClick={() => setShown({ key, rows: Math.min(MAX_ROWS, first + STEP) })}
                  >
                    Show {Math.min(STEP, total - items.length)} more
                  </button>
                ) : (
                  <span className="muted small">
                    The first {MAX_ROWS} are shown: narrow the filters to see the others.
                  </span>
                )}
              </div>
            )}
          </div>
        )}
      </div>
    </>
  );
}
