'use client';
import { useMemo } from 'react';
import { bytes, pct, rate } from '@/lib/format';
import { isStale, staleText } from '@/lib/staleness';
import { useStatsSeries, type StatsTarget } from '@/lib/stats';
import { TimeChart, type SeriesDef } from './TimeChart';
import { Empty, useNow } from './ui';

const CPU: SeriesDef[] = [{ label: 'CPU %', color: '#2563eb', format: (v) => pct(v, 1) }];
const MEM: SeriesDef[] = [{ label: 'Memory', color: '#9333ea', format: (v) => bytes(v) }];
const NET: SeriesDef[] = [
  { label: 'rx', color: '#059669', format: (v) => rate(v) },
  { label: 'tx', color: '#d97706', format: (v) => rate(v) },
];

/** Live CPU, memory and network charts of one container, or the sum over several (a service). */
export function ContainerMetrics({
  targets,
  title,
  memoryLimit,
}: {
  targets: StatsTarget[];
  title?: string;
  memoryLimit?: number | null;
}) {
  const { series, error, newest } = useStatsSeries(targets);
  const now = useNow(1000);
  // Older than three intervals: the figures are greyed and marked, never shown as live.
  const stale = isStale(newest, now);
  const [t, cpu, mem, rx, tx] = series;
  const cpuData = useMemo(() => [t, cpu ?? []] as [number[], (number | null)[]], [t, cpu]);
  const memData = useMemo(() => [t, mem ?? []] as [number[], (number | null)[]], [t, mem]);
  const netData = useMemo(
    () => [t, rx ?? [], tx ?? []] as [number[], (number | null)[], (number | null)[]],
    [t, rx, tx],
  );
  if (!targets.length) return <Empty title="Nothing running">Charts appear while a container runs.</Empty>;
  const n = t.length;
  const last = (a: (number | null)[] | undefined) => (a && n ? (a[n - 1] ?? null) : null);
  return (
    <div className="stack">
      {title && <h2>{title}</h2>}
      {error && <div className="banner warn">Stats: {error}</div>}
      {stale && newest && (
        <div className="banner warn" data-testid="stats-stale" role="status">
          Live stats are behind ({staleText(newest, now)}); the figures below are the last ones received.
        </div>
      )}
      <div className={`grid cols-3${stale ? ' stale' : ''}`} data-stale={stale}>
        <div className="card">
          <div className="row between small">
            <strong>CPU</strong>
            <span className="num" data-testid="cpu-now">
              {pct(last(cpu), 1)}
            </span>
          </div>
          <TimeChart label="CPU percent" unit="percent" series={CPU} data={cpuData} testId="chart-cpu" />
        </div>
        <div className="card">
          <div className="row between small">
            <strong>Memory</strong>
            <span className="num" data-testid="mem-now">
              {bytes(last(mem))}
              {memoryLimit ? ` / ${bytes(memoryLimit)}` : ''}
            </span>
          </div>
          <TimeChart label="Memory use" unit="bytes" series={MEM} data={memData} testId="chart-mem" />
        </div>
        <div className="card">
          <div className="row between small">
            <strong>Network</strong>
            <span className="num">
              ↓{rate(last(rx))} ↑{rate(last(tx))}
            </span>
          </div>
          <TimeChart
            label="Network rates"
            unit="bytesPerSecond"
            series={NET}
            data={netData}
            testId="chart-net"
          />
        </div>
      </div>
    </div>
  );
}
