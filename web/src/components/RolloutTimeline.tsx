'use client';
import { useMemo } from 'react';
import { bandWidths, figuresText, timelineView, type SampleLike } from '@/lib/rollout-timeline';
import { TimeChart, type SeriesDef } from './TimeChart';

const STABLE = '#2563eb';
const CANARY = '#d97706';

/**
 * A canary's or blue-green's timeline: the steps as bands with their weights over the time shown,
 * then the two revisions' error rate and p95 side by side as lines (stable blue, new amber), each
 * as a uPlot chart on the same x range as the bands.
 */
export function RolloutTimeline({
  samples,
  stableRevision,
  canaryRevision,
  untilSec,
}: {
  samples: SampleLike[];
  stableRevision: number;
  canaryRevision: number;
  /** The band in progress runs to now while the rollout goes on. */
  untilSec?: number;
}) {
  const view = useMemo(() => timelineView(samples, untilSec), [samples, untilSec]);
  const widths = bandWidths(view.bands);
  const series = useMemo((): { err: SeriesDef[]; p95: SeriesDef[] } => {
    const names = [`stable r${stableRevision}`, `new r${canaryRevision}`];
    return {
      err: [
        { label: `${names[0]} error rate`, color: STABLE, format: (v) => `${v.toFixed(1)} %` },
        { label: `${names[1]} error rate`, color: CANARY, format: (v) => `${v.toFixed(1)} %` },
      ],
      p95: [
        { label: `${names[0]} p95`, color: STABLE, format: (v) => `${v.toFixed(0)} ms` },
        { label: `${names[1]} p95`, color: CANARY, format: (v) => `${v.toFixed(0)} ms` },
      ],
    };
  }, [stableRevision, canaryRevision]);
  const last = view.errorRate[0].length - 1;
  return (
    <div className="stack" style={{ gap: 6 }} data-testid="rollout-chart" data-points={samples.length}>
      <ol
        className="rollout-bands"
        aria-label="Steps and the new revision's share of requests"
        data-testid="rollout-bands"
      >
        {view.bands.map((b, i) => (
          <li
            key={`${b.from}-${i}`}
            style={{
              width: `${widths[i]}%`,
              background: `rgba(217, 119, 6, ${0.2 + (0.8 * b.weight) / 100})`,
            }}
            data-testid="rollout-band"
            data-step={b.step}
            data-weight={b.weight}
            title={`step ${b.step + 1}: ${b.weight} % to r${canaryRevision}`}
          >
            <span className="band-label">
              {b.weight} %<span className="sr-only">{` to the new revision, step ${b.step + 1}`}</span>
            </span>
          </li>
        ))}
      </ol>
      <div className="legend">
        <span>
          <i style={{ background: STABLE }} aria-hidden="true" />
          stable r{stableRevision}
          {last >= 0 && view.errorRate[1][last] !== null ? `: ${view.errorRate[1][last]} % errors` : ''}
        </span>
        <span>
          <i style={{ background: CANARY }} aria-hidden="true" />
          new r{canaryRevision}
          {last >= 0 && view.errorRate[2][last] !== null ? `: ${view.errorRate[2][last]} % errors` : ''}
        </span>
      </div>
      <div className="stack" style={{ gap: 6 }}>
        <div>
          <h4 className="small muted" style={{ margin: '0 0 2px' }}>
            Error rate (5xx), %
          </h4>
          <TimeChart
            series={series.err}
            data={view.errorRate}
            height={130}
            yMax={5}
            label="Error rate of the stable and the new revision"
            testId="rollout-errors"
            unit="percent"
          />
        </div>
        <div>
          <h4 className="small muted" style={{ margin: '0 0 2px' }}>
            p95 latency, ms
          </h4>
          <TimeChart
            series={series.p95}
            data={view.p95}
            height={130}
            label="p95 latency of the stable and the new revision"
            testId="rollout-p95"
            unit="ms"
          />
        </div>
      </div>
      {view.decisions.length > 0 && (
        <ol className="timeline small" aria-label="Decisions" data-testid="rollout-decisions">
          {view.decisions.map((d) => (
            <li key={d.at} className="info">
              <span className="muted">{new Date(d.at).toLocaleTimeString()}</span> step {d.step + 1} at{' '}
              {d.weight} %{d.phase ? ` → ${d.phase.toLowerCase()}` : ''}: stable {figuresText(d.stable)}; new{' '}
              {figuresText(d.canary)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
