'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useSubscription } from '@urql/next';
import { NodeStatsSubscription } from '@/graphql/nodes';
import { pct } from '@/lib/format';

const CELLS = 60;

function heatColor(p: number | null): string {
  if (p === null) return 'var(--bar-cap)';
  const v = Math.max(0, Math.min(100, p));
  // green → amber → red by load
  const hue = 140 - (v / 100) * 140;
  return `hsl(${hue} 75% ${45 + (1 - v / 100) * 10}%)`;
}

/** One node's CPU over the last minute (2 s cells), from the nodeStats subscription. */
export interface NodeUse {
  usedCpus: number;
  memoryUsedBytes: number;
}

function NodeHeatRow({
  id,
  name,
  ready,
  onUse,
}: {
  id: string;
  name: string;
  ready: boolean;
  onUse?: (id: string, u: NodeUse | null) => void;
}) {
  const [cells, setCells] = useState<(number | null)[]>(() => Array(CELLS).fill(null));
  const [last, setLast] = useState<number | null>(null);
  // Samples are folded in an effect, not in urql's handler: the handler runs inside a state
  // updater, where setting state (here or in the parent) is not allowed.
  const [{ data }] = useSubscription({
    query: NodeStatsSubscription,
    variables: { nodeId: id, intervalMs: 2000 },
    pause: !ready,
  });
  const sample = data?.nodeStats;
  useEffect(() => {
    if (!sample) return;
    const p = sample.cpuPercent ?? null;
    setCells((c) => [...c.slice(1), p]);
    setLast(p);
    onUse?.(id, { usedCpus: sample.usedCpus, memoryUsedBytes: sample.memoryUsedBytes });
  }, [sample, id, onUse]);
  return (
    <div className="heat" data-testid="heat-row" data-node={name}>
      <Link href={`/nodes/${encodeURIComponent(id)}`} className="mono small">
        {name}
      </Link>
      <div
        className="heat-cells"
        role="img"
        aria-label={`${name} CPU over the last two minutes, now ${pct(last)}`}
      >
        {cells.map((p, i) => (
          <span key={i} style={{ background: heatColor(p) }} title={p === null ? 'no sample' : pct(p, 1)} />
        ))}
      </div>
      <span className="small num right">{ready ? pct(last, 1) : 'down'}</span>
    </div>
  );
}

export function NodeHeatStrip({
  nodes,
  onUse,
}: {
  nodes: { id: string; name: string; status: string }[];
  onUse?: (id: string, u: NodeUse | null) => void;
}) {
  return (
    <div className="stack" style={{ gap: 6 }}>
      {nodes.map((n) => (
        <NodeHeatRow key={n.id} id={n.id} name={n.name} ready={n.status === 'READY'} onUse={onUse} />
      ))}
      <div className="legend">
        <span>
          <i style={{ background: heatColor(5) }} />
          idle
        </span>
        <span>
          <i style={{ background: heatColor(50) }} />
          busy
        </span>
        <span>
          <i style={{ background: heatColor(95) }} />
          saturated
        </span>
        <span>cells: 2 s, last 2 min · CPU as a share of the node</span>
      </div>
    </div>
  );
}
