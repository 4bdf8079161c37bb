'use client';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery, useSubscription } from '@urql/next';
import { NodeStatsSubscription, NodeTasksQuery, NodesQuery } from '@/graphql/nodes';
import { errorMessage } from '@/lib/errors';
import { bytes, pct, shortId } from '@/lib/format';
import { useRefetchOn } from '@/lib/live';
import { Ago } from './Ago';
import { NodeCard } from './NodeList';
import { TimeChart, pushSample, emptySeries, type SeriesDef } from './TimeChart';
import { Empty, ErrorBanner, StatusBadge } from './ui';

const CPU: SeriesDef[] = [{ label: 'CPU % of node', color: '#2563eb', format: (v) => pct(v, 1) }];
const MEM: SeriesDef[] = [{ label: 'Memory', color: '#9333ea', format: (v) => bytes(v) }];

function NodeCharts({ nodeId, ready }: { nodeId: string; ready: boolean }) {
  const [cpu, setCpu] = useState(emptySeries(1));
  const [mem, setMem] = useState(emptySeries(1));
  const [{ data }] = useSubscription({
    query: NodeStatsSubscription,
    variables: { nodeId, intervalMs: 1000 },
    pause: !ready,
  });
  const sample = data?.nodeStats;
  useEffect(() => {
    if (!sample) return;
    const t = Math.floor(new Date(sample.timestamp).getTime() / 1000);
    setCpu((s) => pushSample(s, t, [sample.cpuPercent ?? null]));
    setMem((s) => pushSample(s, t, [sample.memoryUsedBytes]));
  }, [sample]);
  if (!ready) return null;
  return (
    <div className="grid cols-2">
      <div className="card">
        <strong className="small">CPU</strong>
        <TimeChart label="Node CPU" unit="percent" series={CPU} data={cpu} yMax={10} />
      </div>
      <div className="card">
        <strong className="small">Memory used by containers</strong>
        <TimeChart label="Node memory" unit="bytes" series={MEM} data={mem} />
      </div>
    </div>
  );
}

export function NodeDetail({ id }: { id: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: NodesQuery });
  const [{ data: tasks }, reexecuteTasks] = useQuery({ query: NodeTasksQuery, variables: { nodeId: id } });
  const refetch = useCallback(() => {
    reexecute({ requestPolicy: 'network-only' });
    reexecuteTasks({ requestPolicy: 'network-only' });
  }, [reexecute, reexecuteTasks]);
  const node = data?.nodes.find((n) => n.id === id || n.name === id);
  useRefetchOn(
    (e) => e.nodeId === node?.id || e.kind.startsWith('task.') || e.kind.startsWith('node.'),
    refetch,
    { throttleMs: 500, pollMs: 5000 },
  );
  const names = useMemo(() => new Map((tasks?.services ?? []).map((s) => [s.id, s.name])), [tasks]);
  const active = (tasks?.tasks ?? [])
    .filter((t) => t.desiredState === 'RUNNING' || t.state === 'RUNNING')
    .sort(
      (a, b) => (names.get(a.serviceId) ?? '').localeCompare(names.get(b.serviceId) ?? '') || a.slot - b.slot,
    );
  if (!node)
    return error ? (
      <ErrorBanner error={errorMessage(error)} retry={refetch} />
    ) : (
      <Empty title="Node not found" />
    );
  return (
    <div className="stack" style={{ gap: 14 }}>
      <div className="page-head">
        <div>
          <h1>{node.name}</h1>
          <div className="sub mono">{node.engineId ?? node.id}</div>
        </div>
      </div>
      <NodeCharts nodeId={node.id} ready={node.status === 'READY'} />
      <div className="grid cols-2">
        <NodeCard n={node} />
        <section className="card tight" aria-labelledby="nt-h">
          <h2 id="nt-h">Tasks on this node ({active.length})</h2>
          {active.length === 0 ? (
            <Empty title="No tasks here" />
          ) : (
            <div className="table-wrap">
              <table data-testid="node-tasks">
                <thead>
                  <tr>
                    <th>Service</th>
                    <th>Slot</th>
                    <th>State</th>
                    <th>Container</th>
                    <th className="hide-phone">Since</th>
                  </tr>
                </thead>
                <tbody>
                  {active.map((t) => (
                    <tr key={t.id} data-testid="node-task-row">
                      <td>
                        <Link href={`/services/${encodeURIComponent(t.serviceId)}`}>
                          {names.get(t.serviceId) ?? shortId(t.serviceId, 8)}
                        </Link>
                      </td>
                      <td className="num">{t.slot}</td>
                      <td>
                        <StatusBadge status={t.state} />
                        {t.desiredState === 'SHUTDOWN' && <span className="small muted"> → shutdown</span>}
                      </td>
                      <td className="mono small">
                        {t.containerId ? (
                          <Link href={`/containers/${t.containerId}?node=${encodeURIComponent(node.id)}`}>
                            {shortId(t.containerId)}
                          </Link>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td className="small muted hide-phone">
                        <Ago iso={t.updatedAt} />
                      </td>
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
