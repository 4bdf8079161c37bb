'use client';
import { useEffect, useRef, useState } from 'react';
import type uPlotType from 'uplot';
import { tickLabels, ticksFor, yRange, type AxisUnit, type YRange } from '@/lib/chart-axis';

export interface SeriesDef {
  label: string;
  color: string;
  /** Formats a value for the legend and the y axis. */
  format?: (v: number) => string;
}

/**
 * A live time-series chart (uPlot): x is seconds since epoch, one y array per series. The
 * instance is made once per theme and size; new samples only call setData (cheap at 1 Hz).
 */
export function TimeChart({
  series,
  data,
  height = 170,
  yMin,
  yMax,
  unit = 'count',
  label,
  testId,
}: {
  series: SeriesDef[];
  data: [number[], ...(number | null)[][]];
  height?: number;
  yMin?: number;
  /** The top of the y axis is at least this (5 % keeps an error rate of 0.1 % low on the chart). */
  yMax?: number;
  /** The y axis's unit: its ticks are round in that unit (binary for bytes) and labelled in it. */
  unit?: AxisUnit;
  label: string;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlotType | null>(null);
  const [width, setWidth] = useState(0);
  const [theme, setTheme] = useState('');
  const dataRef = useRef(data);
  dataRef.current = data;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver((entries) => setWidth(Math.floor(entries[0]?.contentRect.width ?? 0)));
    ro.observe(el);
    const mo = new MutationObserver(() => setTheme(document.documentElement.dataset.theme ?? ''));
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    setTheme(document.documentElement.dataset.theme ?? '');
    return () => {
      ro.disconnect();
      mo.disconnect();
    };
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || width < 50) return;
    let cancelled = false;
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      const css = getComputedStyle(document.documentElement);
      const muted = css.getPropertyValue('--muted').trim() || '#888';
      const grid = css.getPropertyValue('--border').trim() || '#ccc';
      const fmt = series[0]?.format ?? ((v: number) => String(v));
      // The range function runs first on each redraw; splits and labels read what it chose.
      let axis: YRange = yRange(0, 0, { unit, maxTicks: ticksFor(height) });
      let labels = tickLabels(axis.ticks, axis.step, unit);
      // Wide enough for the longest label (about 7 px a character at the axis font), never cut.
      const size = (_u: uPlotType, vals: string[] | null) =>
        Math.ceil(Math.max(4, ...(vals ?? labels).map((v) => v.length)) * 7 + 18);
      const opts: uPlotType.Options = {
        width,
        height,
        padding: [8, 8, 0, 0],
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          x: { time: true },
          y: {
            range: (_u, min, max) => {
              axis = yRange(min, max, { unit, floor: yMin, atLeast: yMax, maxTicks: ticksFor(height) });
              labels = tickLabels(axis.ticks, axis.step, unit);
              return [axis.min, axis.max];
            },
          },
        },
        axes: [
          { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } },
          {
            stroke: muted,
            grid: { stroke: grid, width: 1 },
            ticks: { stroke: grid },
            size,
            splits: () => axis.ticks,
            values: () => labels,
          },
        ],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 1.6,
            fill: `${s.color}22`,
            points: { show: false },
            value: (_u: uPlotType, v: number | null) => (v === null ? '—' : (s.format ?? fmt)(v)),
          })),
        ],
      };
      plot.current?.destroy();
      plot.current = new UPlot(opts, dataRef.current as uPlotType.AlignedData, el);
    });
    return () => {
      cancelled = true;
      plot.current?.destroy();
      plot.current = null;
    };
  }, [width, height, theme, unit]);

  useEffect(() => {
    plot.current?.setData(data as uPlotType.AlignedData);
  }, [data]);

  const last = data[0].length;
  return (
    <div
      ref={box}
      className="chart"
      role="img"
      aria-label={`${label}: ${last} samples`}
      data-testid={testId}
      data-samples={last}
      data-last={series.map((_, i) => data[i + 1]?.[last - 1] ?? '').join(',')}
      style={{ minHeight: height + 30, position: 'relative' }}
    >
      {last === 0 && (
        <span
          className="muted small"
          style={{
            position: 'absolute',
            inset: 0,
            display: 'grid',
            placeItems: 'center',
            zIndex: 1,
            pointerEvents: 'none',
          }}
        >
          waiting for samples…
        </span>
      )}
    </div>
  );
}

/** Keeps the last `max` samples of several series in uPlot's column form. */
export function pushSample(
  prev: [number[], ...(number | null)[][]],
  t: number,
  values: (number | null)[],
  max = 120,
): [number[], ...(number | null)[][]] {
  const start = Math.max(0, prev[0].length + 1 - max);
  const xs = [...prev[0].slice(start), t];
  const ys = values.map((v, i) => [...(prev[i + 1] ?? []).slice(start), v]);
  return [xs, ...ys];
}

export const emptySeries = (n: number): [number[], ...(number | null)[][]] => [
  [],
  ...Array.from({ length: n }, () => [] as (number | null)[]),
];
