'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef } from 'react';
import { useQuery } from '@urql/next';
import { ContainerQuery } from '@/graphql/containers';
import { ServicesQuery } from '@/graphql/services';
import { errorMessage } from '@/lib/errors';
import { bytes, dateTime, ms, shortId, time } from '@/lib/format';
import { useRefetchOn } from '@/lib/live';
import { Ago } from './Ago';
import { ContainerActions } from './ContainerActions';
import { ContainerMetrics } from './ContainerMetrics';
import { LogViewer } from './LogViewer';
import { Empty, ErrorBanner, StatusBadge } from './ui';

export function ContainerDetail({ id, node }: { id: string; node?: string }) {
  const router = useRouter();
  const [{ data, error }, reexecute] = useQuery({
    query: ContainerQuery,
    variables: { id, node: node ?? null },
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const last = useRef<NonNullable<NonNullable<typeof data>['container']> | null>(null);
  const c = data ? data.container : last.current;
  if (data?.container) last.current = data.container;
  const [{ data: svcs }] = useQuery({ query: ServicesQuery, variables: {} });
  const serviceName = svcs?.services.find((s) => s.id === c?.serviceId)?.name ?? c?.serviceId;
  const full = c?.id ?? id;
  useRefetchOn(
    (e) => Boolean(e.containerId && (full.startsWith(e.containerId) || e.containerId.startsWith(full))),
    refetch,
    { throttleMs: 300, pollMs: 5000 },
  );
  const targets = useMemo(() => (c && c.state === 'RUNNING' ? [{ id: c.id, nodeId: c.node.id }] : []), [c]);
  if (!c)
    return error || !data ? (
      <ErrorBanner error={errorMessage(error) ?? 'Loading…'} retry={refetch} />
    ) : (
      <Empty title="Container not found">
        It may have been removed. <Link href="/containers">All containers</Link>
      </Empty>
    );
  const h = c.health;
  return (
    <div className="stack" style={{ gap: 14 }}>
      <div className="page-head">
        <div>
          <h1>
            {c.name.replace(/^\//, '')} <StatusBadge status={c.state} testId="container-state" />{' '}
            {c.healthStatus !== 'NONE' && <StatusBadge status={c.healthStatus} testId="container-health" />}
          </h1>
          <div className="sub">
            <span className="mono">{shortId(c.id)}</span> · {c.status} · on{' '}
            <Link href={`/nodes/${encodeURIComponent(c.node.id)}`}>{c.node.name}</Link>
            {c.serviceId && (
              <>
                {' '}
                · task of <Link href={`/services/${encodeURIComponent(c.serviceId)}`}>{serviceName}</Link>
              </>
            )}
          </div>
        </div>
        <ContainerActions
          id={c.id}
          nodeId={c.node.id}
          clusterId={c.node.clusterId}
          name={c.name}
          state={c.state}
          managed={c.managed}
          onRemoved={() => router.push('/containers')}
        />
      </div>
      <ErrorBanner error={errorMessage(error)} retry={refetch} />
      {c.state === 'RUNNING' ? (
        <ContainerMetrics targets={targets} memoryLimit={c.resources.memoryLimitBytes || null} />
      ) : (
        <div className="banner warn">Not running: live stats resume when it starts.</div>
      )}
      <section className="card">
        <h2>Logs</h2>
        <LogViewer containerId={c.id} nodeId={c.node.id} name={c.name} />
      </section>
      <div className="grid cols-2">
        <section className="card">
          <h2>Inspect</h2>
          <dl className="kv">
            <dt>Image</dt>
            <dd className="mono">
              {c.image} <span className="muted">({shortId(c.imageId)})</span>
            </dd>
            <dt>Command</dt>
            <dd className="mono">{[...c.entrypoint, ...c.command].join(' ') || '—'}</dd>
            <dt>Created</dt>
            <dd>{dateTime(c.createdAt)}</dd>
            <dt>Started</dt>
            <dd>
              {c.startedAt ? (
                <>
                  {dateTime(c.startedAt)} (<Ago iso={c.startedAt} />)
                </>
              ) : (
                '—'
              )}
            </dd>
            {c.finishedAt && c.state !== 'RUNNING' && (
              <>
                <dt>Finished</dt>
                <dd>
                  {dateTime(c.finishedAt)} · exit {c.exitCode ?? '—'}
                  {c.oomKilled ? ' · OOM killed' : ''}
                </dd>
              </>
            )}
            {c.error && (
              <>
                <dt>Error</dt>
                <dd style={{ color: 'var(--bad)' }}>{c.error}</dd>
              </>
            )}
            <dt>PID</dt>
            <dd>{c.pid ?? '—'}</dd>
            <dt>Restarts</dt>
            <dd>
              {c.restartCount} · policy {c.restartPolicy.condition.toLowerCase()}
            </dd>
            <dt>Limits</dt>
            <dd>
              {c.resources.cpuLimit || '—'} CPU ·{' '}
              {c.resources.memoryLimitBytes ? bytes(c.resources.memoryLimitBytes) : '—'} memory
            </dd>
            <dt>Ports</dt>
            <dd className="mono">
              {c.ports.length
                ? c.ports
                    .map((p) => `${p.hostIp}:${p.hostPort}→${p.containerPort}/${p.protocol.toLowerCase()}`)
                    .join(', ')
                : '—'}
            </dd>
            <dt>Networks</dt>
            <dd className="mono">{c.networks.map((n) => `${n.name} ${n.ipAddress}`).join(', ') || '—'}</dd>
            <dt>Mounts</dt>
            <dd className="mono">
              {c.mounts
                .map((m) => `${m.source || m.type.toLowerCase()}:${m.target}${m.readOnly ? ':ro' : ''}`)
                .join(', ') || '—'}
            </dd>
            {c.env.length > 0 && (
              <>
                <dt>Env</dt>
                <dd className="mono small">
                  {c.env.map((e) => (
                    <div key={e.key}>
                      {e.key}={e.value}
                    </div>
                  ))}
                </dd>
              </>
            )}
            <dt>Labels</dt>
            <dd className="mono small">
              {c.labels.map((l) => (
                <div key={l.key}>
                  {l.key}={l.value}
                </div>
              ))}
            </dd>
          </dl>
        </section>
        <section className="card" data-testid="health-history">
          <h2>Health</h2>
          {!c.healthCheck || !h ? (
            <span className="muted small">No health check.</span>
          ) : (
            <div className="stack">
              <div className="small">
                <StatusBadge status={h.status} />{' '}
                {h.failingStreak > 0 && (
                  <span style={{ color: 'var(--bad)' }}>{h.failingStreak} failing in a row</span>
                )}
              </div>
              <div className="mono small muted">
                {c.healthCheck.test.join(' ')} · every {ms(c.healthCheck.intervalMs)}, timeout{' '}
                {ms(c.healthCheck.timeoutMs)}, {c.healthCheck.retries} retries
              </div>
              <table>
                <thead>
                  <tr>
                    <th>Probe</th>
                    <th>Exit</th>
                    <th>Took</th>
                    <th>Output</th>
                  </tr>
                </thead>
                <tbody>
                  {[...h.probes].reverse().map((p) => (
                    <tr key={p.start} data-testid="probe">
                      <td className="small num" suppressHydrationWarning>
                        {time(p.start)}
                      </td>
                      <td>
                        <StatusBadge status={p.exitCode === 0 ? 'HEALTHY' : 'UNHEALTHY'} /> {p.exitCode}
                      </td>
                      <td className="small num">
                        {p.end ? `${new Date(p.end).getTime() - new Date(p.start).getTime()} ms` : '—'}
                      </td>
                      <td className="mono small">{p.output.trim() || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
