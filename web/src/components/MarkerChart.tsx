'use client';
import { useEffect, useRef, useState } from 'react';
import { time } from '@/lib/format';

export interface LineDef {
  label: string;
  /** A CSS colour (a var() of the theme works: the chart is SVG). */
  color: string;
  /** [ms since epoch, value]; null breaks the line. */
  points: [number, number | null][];
  /** Steps (replica counts) instead of slopes. */
  step?: boolean;
  dashed?: boolean;
}

export interface MarkDef {
  t: number;
  v: number;
  color: string;
  /** What the marker says (its tooltip and accessible name). */
  label: string;
  testId?: string;
  data?: Record<string, string>;
}

/** A round step (1, 2 or 5 × 10ⁿ) giving about two to three grid lines over `range`. */
function niceStep(range: number): number {
  const raw = range / 2;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

const PAD = { top: 10, right: 10, bottom: 22, left: 44 };

/**
 * A small SVG time chart with lines and focusable markers (a decision with its reason): uPlot
 * draws on a canvas, where a marker can be neither focused nor named. Sized to its box.
 */
export function MarkerChart({
  lines,
  marks = [],
  height = 160,
  label,
  format = (v) => String(v),
  yMin = 0,
  integer = false,
  testId,
}: {
  lines: LineDef[];
  marks?: MarkDef[];
  height?: number;
  label: string;
  format?: (v: number) => string;
  yMin?: number;
  /** Whole-number grid lines (replica counts). */
  integer?: boolean;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver((e) => setWidth(Math.floor(e[0]?.contentRect.width ?? 0)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const ts = [...lines.flatMap((l) => l.points.map((p) => p[0])), ...marks.map((m) => m.t)];
  const vs = [
    ...lines.flatMap((l) => l.points.map((p) => p[1]).filter((v): v is number => v !== null)),
    ...marks.map((m) => m.v),
  ];
  const t0 = ts.length ? Math.min(...ts) : 0;
  const t1 = ts.length ? Math.max(...ts) : 1;
  const step = Math.max(integer ? 1 : 0, niceStep(Math.max(yMin + 1, ...vs) - yMin));
  const ticks = [0, 1, 2, 3]
    .map((i) => yMin + i * step)
    .filter((v, i) => i < 2 || v <= Math.max(...vs, yMin + 1) + step);
  const vMax = ticks[ticks.length - 1]!;
  const w = Math.max(0, width - PAD.left - PAD.right);
  const h = height - PAD.top - PAD.bottom;
  const x = (t: number) => PAD.left + (t1 > t0 ? ((t - t0) / (t1 - t0)) * w : w);
  const y = (v: number) => PAD.top + h - ((v - yMin) / (vMax - yMin)) * h;
  const path = (l: LineDef) => {
    let d = '';
    let prev: [number, number] | null = null;
    for (const [t, v] of l.points) {
      if (v === null) {
        prev = null;
        continue;
      }
      const px = x(t);
      const py = y(v);
      if (!prev) d += `M${px.toFixed(1)},${py.toFixed(1)}`;
      else if (l.step) d += `H${px.toFixed(1)}V${py.toFixed(1)}`;
      else d += `L${px.toFixed(1)},${py.toFixed(1)}`;
      prev = [px, py];
    }
    return d;
  };
  return (
    <div ref={box} className="marker-chart" data-testid={testId} style={{ minHeight: height }}>
      {width > 0 && (
        <svg width={width} height={height} role="group" aria-label={label}>
          {ticks.map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={PAD.left + w} y1={y(v)} y2={y(v)} stroke="var(--border)" />
              <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="var(--muted)">
                {format(v)}
              </text>
            </g>
          ))}
          {ts.length > 0 && (
            <>
              <text x={PAD.left} y={height - 6} fontSize="11" fill="var(--muted)">
                {time(new Date(t0).toISOString())}
              </text>
              <text x={PAD.left + w} y={height - 6} fontSize="11" textAnchor="end" fill="var(--muted)">
                {time(new Date(t1).toISOString())}
              </text>
            </>
          )}
          {lines.map((l) => (
            <path
              key={l.label}
              d={path(l)}
              fill="none"
              stroke={l.color}
              strokeWidth={1.8}
              strokeDasharray={l.dashed ? '5 4' : undefined}
            >
              <title>{l.label}</title>
            </path>
          ))}
          {marks.map((m, i) => (
            <g
              key={`${m.t}-${i}`}
              tabIndex={0}
              role="img"
              aria-label={m.label}
              data-testid={m.testId}
              {...Object.fromEntries(Object.entries(m.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}
            >
              <title>{m.label}</title>
              <circle cx={x(m.t)} cy={y(m.v)} r={5} fill={m.color} stroke="var(--panel)" strokeWidth={1.5} />
            </g>
          ))}
        </svg>
      )}
      {ts.length === 0 && <span className="muted small">No evaluations yet.</span>}
    </div>
  );
}
