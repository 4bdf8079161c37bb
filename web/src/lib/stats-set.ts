'use client';
import { print } from 'graphql';
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ContainersStatsSubscription as SetResult,
  NodesStatsSubscription as NodesResult,
} from '@/gql/graphql';
import { ContainersStatsSubscription } from '@/graphql/containers';
import { NodesStatsSubscription } from '@/graphql/nodes';
import { useWsClient } from './live';
import { serverLag, type Freshness } from './staleness';

/*
 * Live stats for the rows of a list: ONE containersStats (or nodesStats) subscription for the
 * set in view, opened again (after a short pause) when the set changes. The newest sample of
 * each row is kept after it leaves the view, so that a sort by CPU still places it.
 */

/** A row's newest sample, with what tells its age (lib/staleness.ts). */
export type SetSample = SetResult['containersStats']['items'][number] & Freshness;
export type NodeSample = NodesResult['nodesStats']['items'][number] & Freshness;

export interface StatsRef {
  id: string;
  nodeId?: string | null;
}

/** The server takes at most this many per subscription. */
const MAX = 500;

/** Samples of these containers (by id), refreshed about every second. */
export function useContainerStatsSet(refs: StatsRef[]): {
  samples: Map<string, SetSample>;
  error: string | null;
} {
  const ws = useWsClient();
  const [samples, setSamples] = useState<Map<string, SetSample>>(() => new Map());
  const [error, setError] = useState<string | null>(null);
  const key = refs
    .slice(0, MAX)
    .map((r) => `${r.id}@${r.nodeId ?? ''}`)
    .sort()
    .join(',');
  const [settled, setSettled] = useState(key);
  // Scrolling changes the set many times a second: subscribe once it rests.
  useEffect(() => {
    const t = setTimeout(() => setSettled(key), 300);
    return () => clearTimeout(t);
  }, [key]);
  useEffect(() => {
    if (!ws || !settled) return;
    const containers = settled.split(',').map((k) => {
      const [containerId = '', nodeId] = k.split('@');
      return nodeId ? { containerId, nodeId } : { containerId };
    });
    return ws.subscribe<SetResult>(
      { query: print(ContainersStatsSubscription), variables: { containers } },
      {
        next: (r) => {
          if (r.errors?.length) setError(r.errors.map((e) => e.message).join('; '));
          const b = r.data?.containersStats;
          if (!b) return;
          setError(null);
          const receivedAt = Date.now();
          setSamples((prev) => {
            const next = new Map(prev);
            for (const s of b.items)
              next.set(s.containerId, { ...s, receivedAt, lagMs: serverLag(b.timestamp, s.timestamp) });
            for (const id of b.gone) next.delete(id);
            return next;
          });
        },
        error: (e) => setError(e instanceof Error ? e.message : 'stats stream failed'),
        complete: () => {},
      },
    );
  }, [ws, settled]);
  return { samples, error };
}

/** Each node's aggregate (every node), refreshed about every second. */
export function useNodeStatsSet(enabled = true): { samples: Map<string, NodeSample>; error: string | null } {
  const ws = useWsClient();
  const [samples, setSamples] = useState<Map<string, NodeSample>>(() => new Map());
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!ws || !enabled) return;
    return ws.subscribe<NodesResult>(
      { query: print(NodesStatsSubscription), variables: {} },
      {
        next: (r) => {
          if (r.errors?.length) setError(r.errors.map((e) => e.message).join('; '));
          const b = r.data?.nodesStats;
          const receivedAt = Date.now();
          if (b)
            setSamples(
              new Map(
                b.items.map((n) => [
                  n.nodeId,
                  { ...n, receivedAt, lagMs: serverLag(b.timestamp, n.timestamp) },
                ]),
              ),
            );
        },
        error: (e) => setError(e instanceof Error ? e.message : 'stats stream failed'),
        complete: () => {},
      },
    );
  }, [ws, enabled]);
  return { samples, error };
}

/**
 * Which rows are on screen: `observe` goes on each row as its ref (with data-stats-id), the
 * set is of those ids intersecting the viewport.
 */
export function useVisibleIds(): { visible: Set<string>; observe: (el: Element | null) => () => void } {
  const [visible, setVisible] = useState<Set<string>>(() => new Set());
  const io = useRef<IntersectionObserver | null>(null);
  const pending = useRef<Map<string, boolean>>(new Map());
  const flush = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      io.current?.disconnect();
      if (flush.current) clearTimeout(flush.current);
    },
    [],
  );
  const schedule = useRef(() => {
    if (flush.current) return;
    flush.current = setTimeout(() => {
      flush.current = null;
      const changes = pending.current;
      pending.current = new Map();
      setVisible((prev) => {
        const next = new Set(prev);
        for (const [id, on] of changes)
          if (on) next.add(id);
          else next.delete(id);
        return next;
      });
    }, 100);
  });
  const observe = useCallback((el: Element | null) => {
    if (!el) return () => {};
    if (!io.current && typeof IntersectionObserver !== 'undefined')
      io.current = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            const id = (e.target as HTMLElement).dataset.statsId;
            if (id) pending.current.set(id, e.isIntersecting);
          }
          schedule.current();
        },
        { rootMargin: '200px 0px' },
      );
    io.current?.observe(el);
    return () => {
      io.current?.unobserve(el);
      const id = (el as HTMLElement).dataset.statsId;
      if (id) pending.current.set(id, false);
      schedule.current();
    };
  }, []);
  return { visible, observe };
}
