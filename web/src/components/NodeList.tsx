'use client';
import Link from 'next/link';
import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@urql/next';
import type { NodeAvailability, NodesQuery as NodesResult } from '@/gql/graphql';
import { NodesQuery, UpdateNodeMutation } from '@/graphql/nodes';
import { useMe } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { bytes, cpus, pct, rate } from '@/lib/format';
import { useRefetchOn } from '@/lib/live';
import { useNodeStatsSet, type NodeSample } from '@/lib/stats-set';
import { isStale, staleText } from '@/lib/staleness';
import { Ago } from './Ago';
import { sortByStats, type StatsSort } from './StatsColumns';
import { Badge, CapacityBar, ConfirmButton, Empty, ErrorBanner, StatusBadge, useNow } from './ui';

type NodeT = NodesResult['nodes'][number];

const AVAIL_TEXT: Record<NodeAvailability, string> = {
  ACTIVE: 'takes new tasks',
  PAUSE: 'keeps its tasks, takes no new ones',
  DRAIN: 'moves its tasks to other nodes',
};

/** Activate / pause / drain: node changes need ADMIN in the node's environment (else nothing shows). */
export function AvailabilityControl({ node }: { node: NodeT }) {
  const [, update] = useMutation(UpdateNodeMutation);
  const [err, setErr] = useState<string | null>(null);
  const auth = useMe();
  if (!auth.canInCluster('ADMIN', node.clusterId)) return null;
  const set = async (availability: NodeAvailability) => {
    setErr(null);
    const r = await update({ id: node.id, input: { availability } });
    if (r.error) setErr(errorMessage(r.error));
  };
  return (
    <div className="stack" style={{ gap: 4 }}>
      <div className="row" role="group" aria-label={`Availability of ${node.name}`}>
        {(['ACTIVE', 'PAUSE', 'DRAIN'] as const).map((a) =>
          a === node.availability ? (
            <button key={a} type="button" className="small primary" aria-pressed="true" disabled>
              {a === 'ACTIVE' ? 'Active' : a === 'PAUSE' ? 'Paused' : 'Draining'}
            </button>
          ) : (
            <ConfirmButton
              key={a}
              className="small"
              danger={a === 'DRAIN'}
              title={`${a === 'ACTIVE' ? 'Activate' : a === 'PAUSE' ? 'Pause' : 'Drain'} ${node.name}?`}
              body={`The node ${AVAIL_TEXT[a]}.`}
              confirmLabel={a === 'ACTIVE' ? 'Activate' : a === 'PAUSE' ? 'Pause' : 'Drain'}
              onConfirm={() => set(a)}
              testId={`avail-${a.toLowerCase()}-${node.name}`}
            >
              {a === 'ACTIVE' ? 'Activate' : a === 'PAUSE' ? 'Pause' : 'Drain'}
            </ConfirmButton>
          ),
        )}
      </div>
      {err && (
        <span className="field-error" role="alert">
          {err}
        </span>
      )}
    </div>
  );
}

export function LabelEditor({ node }: { node: NodeT }) {
  const [, update] = useMutation(UpdateNodeMutation);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [err, setErr] = useState<string | null>(null);
  const mayEdit = useMe().canInCluster('ADMIN', node.clusterId);
  if (!editing || !mayEdit)
    return (
      <div className="row" style={{ gap: 4 }}>
        {node.labels.length ? (
          node.labels.map((l) => <Badge key={l.key}>{`${l.key}=${l.value}`}</Badge>)
        ) : (
          <span className="muted small">no labels</span>
        )}
        {mayEdit && (
          <button
            type="button"
            className="small link"
            onClick={() => {
              setText(node.labels.map((l) => `${l.key}=${l.value}`).join('\n'));
              setEditing(true);
            }}
          >
            edit
          </button>
        )}
      </div>
    );
  return (
    <form
      className="stack"
      style={{ gap: 4 }}
      onSubmit={async (e) => {
        e.preventDefault();
        const labels = text
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((l) => {
            const i = l.indexOf('=');
            return i < 0
              ? { key: l, value: '' }
              : { key: l.slice(0, i).trim(), value: l.slice(i + 1).trim() };
          });
        const r = await update({ id: node.id, input: { labels } });
        if (r.error) setErr(errorMessage(r.error));
        else setEditing(false);
      }}
    >
      <label className="field">
        <span>Labels, one key=value a line</span>
        <textarea
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={err ? true : undefined}
        />
      </label>
      {err && (
        <span className="field-error" role="alert">
          {err}
        </span>
      )}
      <div className="row">
        <button type="submit" className="small primary">
          Save
        </button>
        <button type="button" className="small" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A node; `live` (the nodes list's one nodesStats subscription) adds its containers' use now. */
export function NodeCard({ n, live }: { n: NodeT; live?: NodeSample | null }) {
  return (
    <section
      className="card stack"
      data-testid="node-card"
      data-node={n.name}
      data-availability={n.availability}
      aria-labelledby={`node-${n.id}`}
    >
      <div className="row between">
        <h2 id={`node-${n.id}`} style={{ margin: 0 }}>
          <Link href={`/nodes/${encodeURIComponent(n.id)}`}>{n.name}</Link> <StatusBadge status={n.status} />{' '}
          <StatusBadge status={n.availability} testId="node-availability" />
        </h2>
        <span className="small muted">
          {n.role.toLowerCase()} · seen <Ago iso={n.lastSeenAt} />
        </span>
      </div>
      {n.statusMessage && <div className="banner bad">{n.statusMessage}</div>}
      <AvailabilityControl node={n} />
      <CapacityBar
        label="CPU"
        total={n.capacity.cpus}
        reserved={n.allocated.cpus}
        used={live?.usedCpus ?? null}
        format={(v) => cpus(v, 2)}
      />
      <CapacityBar
        label="Memory"
        total={n.capacity.memoryBytes}
        reserved={n.allocated.memoryBytes}
        used={live?.memoryUsedBytes ?? null}
        format={(v) => bytes(v)}
      />
      {live && <NodeLiveLine s={live} />}
      <LabelEditor node={n} />
      <dl className="kv small">
        <dt>Engine</dt>
        <dd>
          Docker {n.engineVersion ?? '?'} · {n.platform.os}/{n.platform.arch} · {n.hostname ?? '—'}
        </dd>
        <dt>Endpoint</dt>
        <dd className="mono">{n.endpoint}</dd>
        <dt>Publishes on</dt>
        <dd className="mono">{n.publishAddress}</dd>
        <dt>Containers</dt>
        <dd>
          <Link href={`/containers?node=${encodeURIComponent(n.id)}`}>
            {n.runningContainerCount} running of {n.containerCount}
          </Link>
        </dd>
      </dl>
    </section>
  );
}

/**
 * The node's containers' use now: CPU (share of the node), memory, network; greyed and marked
 * "stale" once the newest aggregate is older than three intervals (the stream fell behind).
 */
function NodeLiveLine({ s }: { s: NodeSample }) {
  const now = useNow(1000);
  const stale = isStale(s, now);
  return (
    <div
      className={`row small${stale ? ' stale' : ''}`}
      style={{ gap: 14 }}
      data-testid="node-live"
      data-stale={stale}
      title={stale ? staleText(s, now) : undefined}
    >
      <span>
        CPU{' '}
        <strong className="num" data-testid="node-cpu" data-value={s.cpuPercent ?? ''}>
          {pct(s.cpuPercent, 1)}
        </strong>
      </span>
      <span>
        Memory{' '}
        <strong className="num" data-testid="node-mem" data-value={s.memoryUsedBytes}>
          {bytes(s.memoryUsedBytes)}
        </strong>
      </span>
      <span>
        Network{' '}
        <strong className="num" data-testid="node-net">
          ↓{rate(s.networkRxBytesPerSec)} ↑{rate(s.networkTxBytesPerSec)}
        </strong>
      </span>
      <span className="muted">
        {s.sampledContainerCount}/{s.containerCount} sampled
      </span>
      {stale && <span className="stale-mark">stale</span>}
    </div>
  );
}

const NODE_SORTS: { value: StatsSort | ''; label: string }[] = [
  { value: '', label: 'Name' },
  { value: 'cpu', label: 'CPU' },
  { value: 'memory', label: 'Memory' },
  { value: 'network', label: 'Network' },
];

export function NodeList() {
  const [{ data, error }, reexecute] = useQuery({ query: NodesQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn(
    (e) =>
      e.kind.startsWith('node.') ||
      e.kind === 'container.started' ||
      e.kind === 'container.died' ||
      e.kind === 'container.destroyed',
    refetch,
    { throttleMs: 800, pollMs: 10_000 },
  );
  // Every node's live use on one subscription; sortable busiest first.
  const { samples } = useNodeStatsSet();
  const [sort, setSort] = useState<StatsSort | ''>('');
  const nodes = useMemo(
    () =>
      sortByStats(data?.nodes ?? [], sort || null, (n) => {
        const s = samples.get(n.id);
        return s && { ...s, memoryUsageBytes: s.memoryUsedBytes };
      }),
    [data, samples, sort],
  );
  return (
    <>
      <ErrorBanner error={errorMessage(error)} retry={refetch} />
      {nodes.length > 1 && (
        <div className="toolbar">
          <label htmlFor="node-sort" className="small">
            Sort by
          </label>
          <select id="node-sort" value={sort} onChange={(e) => setSort(e.target.value as StatsSort | '')}>
            {NODE_SORTS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {nodes.length === 0 ? (
        <div className="card">
          <Empty title="No nodes">Register an engine with the addNode mutation.</Empty>
        </div>
      ) : (
        <div className="grid cols-2">
          {nodes.map((n) => (
            <NodeCard key={n.id} n={n} live={samples.get(n.id)} />
          ))}
        </div>
      )}
    </>
  );
}
