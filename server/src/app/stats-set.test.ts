import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Live } from './live.js';
import type { NodeService } from './nodes.js';
import type { ContainerStats, StatsTarget } from './stats.js';
import { MAX_STATS_SET, watchContainerSet, type ContainerStatsBatch } from './stats-set.js';

/** A Live whose stats streams the test drives by hand, and two nodes. */
function fakes() {
  const watchers = new Map<string, { onSample: (s: ContainerStats) => void; onEnd?: (e?: Error) => void }>();
  const stopped: string[] = [];
  const live = {
    locate: vi.fn(async (ref: string) => {
      if (ref.startsWith('missing')) throw new Error('not found');
      return { id: `${ref}-full`, name: ref, node: { id: 'n2' }, driver: {} };
    }),
    watchStats: vi.fn(
      (t: StatsTarget, onSample: (s: ContainerStats) => void, onEnd?: (e?: Error) => void) => {
        watchers.set(t.containerId, { onSample, onEnd });
        return () => stopped.push(t.containerId);
      },
    ),
  } as unknown as Live;
  const nodes = {
    require: (ref: string, field: string) => {
      if (ref !== 'n1' && ref !== 'n2') throw Object.assign(new Error(`node "${ref}" not found`), { field });
      return { id: ref };
    },
    driver: () => ({}),
  } as unknown as NodeService;
  const sample = (containerId: string, cpuPercent: number): ContainerStats =>
    ({ containerId, nodeId: 'n1', timestamp: new Date(), cpuPercent }) as ContainerStats;
  return { live, nodes, watchers, stopped, sample };
}

describe('watchContainerSet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('one batch per interval with the newest sample of each, pending and gone named', async () => {
    const f = fakes();
    const batches: ContainerStatsBatch[] = [];
    const stop = await watchContainerSet(
      f.live,
      f.nodes,
      [
        { containerId: 'a', nodeId: 'n1' },
        { containerId: 'b', nodeId: 'n1' },
        { containerId: 'a', nodeId: 'n1' }, // once only
        { containerId: 'short' }, // located
        { containerId: 'missing-1' },
      ],
      1000,
      (b) => batches.push(b),
    );
    expect(f.live.locate).toHaveBeenCalledTimes(2);
    expect([...f.watchers.keys()].sort()).toEqual(['a', 'b', 'short-full']);
    f.watchers.get('a')!.onSample(f.sample('a', 10));
    f.watchers.get('a')!.onSample(f.sample('a', 30));
    vi.advanceTimersByTime(1000);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.items.map((s) => [s.containerId, s.cpuPercent])).toEqual([['a', 30]]);
    expect(batches[0]!.pending.sort()).toEqual(['b', 'short']);
    expect(batches[0]!.gone).toEqual(['missing-1']);
    // A stream that ends: its container is gone from then on.
    f.watchers.get('b')!.onEnd!();
    vi.advanceTimersByTime(1000);
    expect(batches[1]!.gone.sort()).toEqual(['b', 'missing-1']);
    // A sample older than 3 intervals is no longer current.
    vi.advanceTimersByTime(3000);
    expect(batches.at(-1)!.items).toEqual([]);
    expect(batches.at(-1)!.pending.sort()).toEqual(['a', 'short']);
    stop();
    expect(f.stopped.sort()).toEqual(['a', 'b', 'short-full']);
    const n = batches.length;
    vi.advanceTimersByTime(5000);
    expect(batches).toHaveLength(n);
  });

  it('refuses too many containers and an unknown node before opening any stream', async () => {
    const f = fakes();
    const many = Array.from({ length: MAX_STATS_SET + 1 }, (_, i) => ({
      containerId: `c${i}`,
      nodeId: 'n1',
    }));
    await expect(watchContainerSet(f.live, f.nodes, many, 1000, () => {})).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'containers' },
    });
    await expect(
      watchContainerSet(
        f.live,
        f.nodes,
        [
          { containerId: 'a', nodeId: 'n1' },
          { containerId: 'b', nodeId: 'nope' },
        ],
        1000,
        () => {},
      ),
    ).rejects.toMatchObject({ field: 'containers[1].nodeId' });
    expect(f.live.watchStats).not.toHaveBeenCalled();
  });
});
