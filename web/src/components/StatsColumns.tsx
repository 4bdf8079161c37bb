'use client';
import { bytes, pct, rate } from '@/lib/format';
import { isStale, staleText, type Freshness } from '@/lib/staleness';

/*
 * CPU, memory and network columns for a list fed by one stats-set subscription (the containers
 * list, the top view): the headers sort, the cells show the row's newest sample.
 */

export type StatsSort = 'cpu' | 'memory' | 'network';

export interface RowStats {
  cpuPercent: number | null;
  memoryUsageBytes: number;
  networkRxBytesPerSec: number;
  networkTxBytesPerSec: number;
  memoryLimitBytes?: number | null;
}

/** A row's sample with what tells its age: cells of an old one are marked stale, not shown as live. */
export type TimedRowStats = RowStats & Freshness;

const COLS: { key: StatsSort; label: string; phone: boolean }[] = [
  { key: 'cpu', label: 'CPU', phone: true },
  { key: 'memory', label: 'Memory', phone: true },
  { key: 'network', label: 'Network', phone: false },
];

/** The value a sort reads (busiest first); null: no sample, sorted last. */
export function statsSortValue(s: RowStats | undefined | null, sort: StatsSort): number | null {
  if (!s) return null;
  if (sort === 'cpu') return s.cpuPercent;
  if (sort === 'memory') return s.memoryUsageBytes;
  return s.networkRxBytesPerSec + s.networkTxBytesPerSec;
}

/** Rows sorted busiest first by `sort` (rows without a sample last, in their order). */
export function sortByStats<T>(
  rows: T[],
  sort: StatsSort | null,
  stats: (r: T) => RowStats | undefined,
): T[] {
  if (!sort) return rows;
  return rows
    .map((r, i) => ({ r, i, v: statsSortValue(stats(r), sort) }))
    .sort((a, b) => (b.v ?? -1) - (a.v ?? -1) || a.i - b.i)
    .map((x) => x.r);
}

export function StatsHeaders({
  sort,
  onSort,
}: {
  sort: StatsSort | null;
  onSort: (s: StatsSort | null) => void;
}) {
  return (
    <>
      {COLS.map((c) => (
        <th
          key={c.key}
          className={`right${c.phone ? '' : ' hide-phone'}`}
          aria-sort={sort === c.key ? 'descending' : 'none'}
        >
          <button
            type="button"
            className="link small"
            data-testid={`sort-${c.key}`}
            onClick={() => onSort(sort === c.key ? null : c.key)}
            aria-label={
              sort === c.key ? `${c.label}: sorted busiest first; sort by name` : `Sort by ${c.label}`
            }
          >
            {c.label}
            {sort === c.key ? ' ▼' : ''}
          </button>
        </th>
      ))}
    </>
  );
}

/**
 * The three cells of one row: a dash while there is no sample (stopped, or not in view yet); the
 * last numbers greyed and marked "stale" once the newest sample is older than three intervals.
 */
export function StatsCells({ s, now }: { s: TimedRowStats | undefined | null; now: number }) {
  const stale = !!s && isStale(s, now);
  const title = stale && s ? staleText(s, now) : undefined;
  const cls = stale ? ' stale' : '';
  const mark = stale ? <span className="stale-mark"> stale</span> : null;
  return (
    <>
      <td
        className={`right num${cls}`}
        data-testid="stat-cpu"
        data-value={s?.cpuPercent ?? ''}
        data-stale={stale}
        title={title}
      >
        {s ? (
          <>
            {pct(s.cpuPercent, 1)}
            {mark}
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td
        className={`right num${cls}`}
        data-testid="stat-mem"
        data-value={s?.memoryUsageBytes ?? ''}
        data-stale={stale}
        title={title}
      >
        {s ? bytes(s.memoryUsageBytes) : <span className="muted">—</span>}
      </td>
      <td
        className={`right num small hide-phone${cls}`}
        data-testid="stat-net"
        data-stale={stale}
        title={title}
      >
        {s ? (
          <>
            ↓{rate(s.networkRxBytesPerSec)} ↑{rate(s.networkTxBytesPerSec)}
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </>
  );
}
