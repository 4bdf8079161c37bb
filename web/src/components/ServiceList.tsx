'use client';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from '@urql/next';
import type { ServiceFieldsFragment } from '@/gql/graphql';
import { ServicesQuery } from '@/graphql/services';
import { useMe } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { useLiveEvents, useRefetchOn } from '@/lib/live';
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
  useRefetchOn(serviceEventIsLive, refetch, { throttleMs: 300, pollMs: 5000 });
  const withLive = useLiveServices(data?.services, data);
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
