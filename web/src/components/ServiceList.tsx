'use client';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useClient, useQuery } from '@urql/next';
import type { ServiceFieldsFragment } from '@/gql/graphql';
import { ServiceRowQuery, ServicesQuery } from '@/graphql/services';
import { useMe } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { useBusState, useLiveEvents, useRefetchOn } from '@/lib/live';
import { applyRowPatches, serviceEventAction, withServiceStatus, type RowPatch } from '@/lib/live-rows';
import { Ago } from './Ago';
import { Empty, ErrorBanner, ProgressBar, StatusBadge } from './ui';

const STATUSES = [
  'PENDING',
  'DEPLOYING',
  'HEALTHY',
  'DEGRADED',
  'UPDATING',
  'ROLLING_BACK',
  'PAUSED',
  'FAILED',
] as const;
export const serviceEventIsLive = (e: { kind: string; serviceId?: string | null }) =>
  Boolean(e.serviceId) ||
  /^(service|rollout|task)\./.test(e.kind) ||
  e.kind === 'container.died' ||
  e.kind === 'container.health';

export function ServiceList() {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  // One query for every service; search and status filter on the client so typing never suspends.
  const [{ data, error }, reexecute] = useQuery({ query: ServicesQuery, variables: {} });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // Events patch the rows they name (a gap in the stream refetches all); the whole list is
  // polled only while the stream is down.
  const stream = useBusState();
  useRefetchOn(() => false, refetch, { pollMs: stream === 'live' ? 0 : 5000 });
  const withLive = useLiveServiceRows(data?.services, refetch);
  const services = useMemo(() => {
    const q = search.trim().toLowerCase();
    return withLive
      .filter(
        (s) =>
          (!q || s.name.toLowerCase().includes(q) || s.image.toLowerCase().includes(q)) &&
          (!status || s.status === status),
      )
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [withLive, search, status]);
  const total = data?.services.length ?? 0;
  const mayDeploy = useMe().can('OPERATOR');
  return (
    <>
      <ErrorBanner error={errorMessage(error)} retry={refetch} />
      <div className="toolbar" role="search">
        <label className="sr-only" htmlFor="svc-search">
          Search services
        </label>
        <input
          id="svc-search"
          type="search"
          placeholder="Search by name or image"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label className="sr-only" htmlFor="svc-status">
          Status
        </label>
        <select id="svc-status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">All statuses</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s.replace('_', ' ').toLowerCase()}
            </option>
          ))}
        </select>
        <span className="muted small">
          {services.length} of {total}
        </span>
      </div>
      <div className="card tight">
        {services.length === 0 ? (
          total === 0 ? (
            <Empty title="No services yet">
              {mayDeploy && (
                <p>
                  <Link href="/services/new" className="btn primary">
                    Deploy a service
                  </Link>
                </p>
              )}
            </Empty>
          ) : (
            <Empty title="Nothing matches">Clear the search or the status filter.</Empty>
          )
        ) : (
          <ServiceTable services={services} />
        )}
      </div>
    </>
  );
}

type ServiceRow = ServiceFieldsFragment;

/** Fetches of single rows in one flush beyond which one list answer is cheaper. */
const MAX_ROW_FETCHES = 8;
const ROW_FETCH_DELAY_MS = 250;

/**
 * The services list kept live in place (lib/live-rows.ts): service.status events patch a row's
 * counts from their payload; an event that changes more than counts (updated, scaled, a rollout's
 * step) fetches that one row again, coalesced per row; service.removed drops it. `refetchAll`
 * runs for a gap in the event stream or when too many rows changed at once.
 */
function useLiveServiceRows(list: readonly ServiceRow[] | undefined, refetchAll: () => void): ServiceRow[] {
  const client = useClient();
  const store = useRef<{ base: readonly ServiceRow[] | undefined; rows: ServiceRow[] }>({
    base: undefined,
    rows: [],
  });
  // A new list answer replaces the patched rows (it is at least as fresh as they are).
  if (store.current.base !== list) store.current = { base: list, rows: [...(list ?? [])] };
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const apply = useCallback((patches: RowPatch<ServiceRow>[]) => {
    const next = applyRowPatches(store.current.rows, patches);
    if (next === store.current.rows) return;
    store.current = { ...store.current, rows: next };
    bump();
  }, []);
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const all = useRef(refetchAll);
  all.current = refetchAll;
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const flush = useCallback(() => {
    timer.current = null;
    const ids = [...pending.current];
    pending.current.clear();
    if (ids.length > MAX_ROW_FETCHES) return all.current();
    for (const id of ids)
      void client
        .query(ServiceRowQuery, { id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((r) => {
          if (r.data?.service) apply([{ kind: 'upsert', row: r.data.service }]);
          else if (r.data && r.data.service === null) apply([{ kind: 'remove', id }]);
        });
  }, [client, apply]);
  const fetchRow = useCallback(
    (id: string) => {
      pending.current.add(id);
      timer.current ??= setTimeout(flush, ROW_FETCH_DELAY_MS);
    },
    [flush],
  );
  useLiveEvents(
    (e) => e.kind === 'stream.gap' || serviceEventIsLive(e),
    (e) => {
      const byId = (id: string) => store.current.rows.find((r) => r.id === id);
      const action = serviceEventAction(e, (id) => {
        const st = byId(id)?.rollout?.state;
        return st === 'UPDATING' || st === 'ROLLING_BACK';
      });
      switch (action.kind) {
        case 'refetch-all':
          return all.current();
        case 'remove':
          return apply([{ kind: 'remove', id: action.id }]);
        case 'fetch':
          return fetchRow(action.id);
        case 'counts': {
          if (!byId(action.id)) return fetchRow(action.id);
          let stale = false;
          apply([
            {
              kind: 'patch',
              id: action.id,
              patch: (row) => {
                const r = withServiceStatus(row, action.data);
                stale = r.stale;
                return r.row;
              },
            },
          ]);
          if (stale) fetchRow(action.id);
          return;
        }
        case 'none':
          return;
      }
    },
  );
  return store.current.rows;
}

/**
 * The services as the last query answered them, with the counts of service.status events that
 * arrived since (until the next answer, `answer`, lands).
 */
export function useLiveServices(list: readonly ServiceRow[] | undefined, answer: unknown): ServiceRow[] {
  // service.status events carry fresh counts: apply them until the next query answer lands.
  const [liveCounts, setLive] = useState<
    Record<string, { status: string; running: number; healthy: number; desired: number }>
  >({});
  useEffect(() => setLive({}), [answer]);
  useLiveEvents(
    (e) => e.kind === 'service.status' && Boolean(e.serviceId && e.data),
    (e) => {
      const d = e.data as Record<string, unknown>;
      const n = (k: string) => (typeof d[k] === 'number' ? (d[k] as number) : 0);
      setLive((m) => ({
        ...m,
        [e.serviceId!]: {
          status: String(d.status ?? ''),
          running: n('running'),
          healthy: n('healthy'),
          desired: n('desired'),
        },
      }));
    },
  );
  return useMemo(
    () =>
      (list ?? []).map((s) => {
        const l = liveCounts[s.id];
        return l
          ? {
              ...s,
              status: (l.status || s.status) as typeof s.status,
              runningReplicas: l.running,
              healthyReplicas: l.healthy,
              desiredReplicas: l.desired,
            }
          : s;
      }),
    [list, liveCounts],
  );
}

/** Services as a table: replicas desired / running / healthy, status, rollout progress. */
export function ServiceTable({ services }: { services: readonly ServiceRow[] }) {
  return (
    <div className="table-wrap">
      <table data-testid="services-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Image</th>
            <th className="right">Rev</th>
            <th className="right" title="desired / running / healthy">
              Replicas
            </th>
            <th>Status</th>
            <th style={{ minWidth: 140 }}>Rollout</th>
            <th className="hide-phone">Updated</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => {
            const ro = s.rollout;
            const active =
              ro &&
              (ro.state === 'UPDATING' ||
                ro.state === 'ROLLING_BACK' ||
                ro.state === 'PAUSED' ||
                ro.state === 'ROLLBACK_PAUSED');
            return (
              <tr key={s.id} data-testid="service-row" data-name={s.name}>
                <td>
                  <Link href={`/services/${encodeURIComponent(s.id)}`}>
                    <strong>{s.name}</strong>
                  </Link>
                  {s.mode === 'GLOBAL' && <span className="muted small"> · global</span>}
                </td>
                <td className="mono small">{s.image}</td>
                <td className="right num">{s.revision}</td>
                <td
                  className="right num nowrap"
                  data-testid="replicas"
                  data-desired={s.desiredReplicas}
                  data-running={s.runningReplicas}
                  data-healthy={s.healthyReplicas}
                >
                  {s.desiredReplicas} / {s.runningReplicas} /{' '}
                  <span
                    style={{
                      color: s.healthyReplicas < s.desiredReplicas ? 'var(--warn)' : 'var(--ok)',
                    }}
                  >
                    {s.healthyReplicas}
                  </span>
                </td>
                <td>
                  <StatusBadge status={s.status} testId="service-status" />
                </td>
                <td>
                  {ro && ro.state !== 'NONE' ? (
                    <div className="stack" style={{ gap: 2 }}>
                      <ProgressBar
                        done={ro.updated}
                        failed={ro.failed}
                        total={ro.total}
                        label={`Rollout of ${s.name}`}
                      />
                      <span className="small muted">
                        {ro.isRollback ? 'rollback ' : ''}
                        {ro.fromRevision}→{ro.toRevision} ·{' '}
                        {active ? ro.phase : ro.state.toLowerCase().replace('_', ' ')} · {ro.updated}/
                        {ro.total}
                      </span>
                    </div>
                  ) : (
                    <span className="muted small">—</span>
                  )}
                </td>
                <td className="small muted hide-phone">
                  <Ago iso={s.updatedAt} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The page head's deploy link, for those who may deploy (OPERATOR somewhere). */
export function DeployServiceLink() {
  if (!useMe().can('OPERATOR')) return null;
  return (
    <Link href="/services/new" className="btn primary" data-testid="deploy-link">
      Deploy service
    </Link>
  );
}
