'use client';
import { print } from 'graphql';
import { useEffect, useRef, useState } from 'react';
import type { ContainerStatsSubscription as StatsResult } from '@/gql/graphql';
import { ContainerStatsSubscription } from '@/graphql/containers';
import { useWsClient } from './live';
import { STALE_INTERVALS, STATS_INTERVAL_MS, type Freshness } from './staleness';

export type Sample = StatsResult['containerStats'];
export type Series = [number[], ...(number | null)[][]];

export interface StatsTarget {
  id: string;
  nodeId?: string | null;
}

/**
 * Live stats of one or more containers, summed per second: [t, cpu%, memory bytes, rx B/s, tx B/s].
 * One containerStats subscription per container (the server shares one engine stream among all
 * watchers); the sum is taken once a second over each container's newest sample.
 */
export function useStatsSeries(
  targets: StatsTarget[],
  max = 120,
): { series: Series; latest: Map<string, Sample>; error: string | null; newest: Freshness | null } {
  const ws = useWsClient();
  const latest = useRef(new Map<string, Sample>());
  // When each container's newest sample arrived (browser clock: no skew with the server's).
  const received = useRef(new Map<string, number>());
  const [newest, setNewest] = useState<Freshness | null>(null);
  const [series, setSeries] = useState<Series>([[], [], [], [], []]);
  const [error, setError] = useState<string | null>(null);
  const key = targets
    .map((t) => `${t.id}@${t.nodeId ?? ''}`)
    .sort()
    .join(',');

  useEffect(() => {
    if (!ws || !key) return;
    const query = print(ContainerStatsSubscription);
    const offs = key.split(',').map((k) => {
      const [id = '', nodeId] = k.split('@');
      return ws.subscribe<StatsResult>(
        { query, variables: { containerId: id, ...(nodeId ? { nodeId } : {}) } },
        {
          next: (r) => {
            if (r.errors?.length) setError(r.errors.map((e) => e.message).join('; '));
            if (r.data) {
              latest.current.set(id, r.data.containerStats);
              received.current.set(id, Date.now());
            }
          },
          error: (e) => setError(e instanceof Error ? e.message : 'stats stream failed'),
          complete: () => {
            latest.current.delete(id);
            received.current.delete(id);
          },
        },
      );
    });
    const ids = new Set(key.split(',').map((k) => k.split('@')[0]));
    for (const id of latest.current.keys())
      if (!ids.has(id)) {
        latest.current.delete(id);
        received.current.delete(id);
      }
    return () => offs.forEach((off) => off());
  }, [ws, key]);

  useEffect(() => {
    const tick = setInterval(() => {
      const now = Date.now();
      const times = [...received.current.values()];
      setNewest(times.length ? { receivedAt: Math.max(...times), lagMs: 0 } : null);
      const fresh = [...latest.current.entries()]
        .filter(([id]) => now - (received.current.get(id) ?? 0) <= STALE_INTERVALS * STATS_INTERVAL_MS)
        .map(([, s]) => s);
      if (!fresh.length) {
        // The stream fell behind: a gap in the charts, never the last numbers drawn on as live.
        setSeries((prev) =>
          prev[0].length === 0 || prev[1]?.[prev[1].length - 1] === null
            ? prev
            : ([
                [...prev[0].slice(Math.max(0, prev[0].length + 1 - max)), Math.floor(now / 1000)],
                ...prev.slice(1).map((col) => [...col.slice(Math.max(0, col.length + 1 - max)), null]),
              ] as Series),
        );
        return;
      }
      const sum = (f: (s: Sample) => number) => fresh.reduce((a, s) => a + f(s), 0);
      setSeries((prev) => {
        const start = Math.max(0, prev[0].length + 1 - max);
        const cols: (number | null)[] = [
          sum((s) => s.cpuPercent),
          sum((s) => s.memoryUsageBytes),
          sum((s) => s.networkRxBytesPerSec),
          sum((s) => s.networkTxBytesPerSec),
        ];
        return [
          [...prev[0].slice(start), Math.floor(now / 1000)],
          ...cols.map((v, i) => [...(prev[i + 1] ?? []).slice(start), v]),
        ] as Series;
      });
    }, 1000);
    return () => clearInterval(tick);
  }, [max]);

  return { series, latest: latest.current, error, newest };
}
