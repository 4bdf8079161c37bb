import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniq, waitFor, type TestServer } from './harness.js';
import { sleeper } from './cluster-helpers.js';
import { teardownCluster } from './orchestration-helpers.js';
import {
  federation,
  removeFederated,
  runningPerCluster,
  startFleet,
  waitForRunning,
} from './federation-helpers.js';

/**
 * Rebalancing (issue #15, item 5) on real engines: a DIVIDED service of 4 over eu-1 (n2) and ap-1
 * (n4) runs 2/2; CPU burners in ap-1 put it over the high-water mark while eu-1 stays under the
 * low-water mark, so its replicas migrate to eu-1 one at a time, start-first, each move an event
 * with the reason; the service never has fewer than 4 running during the moves, nor more than 5.
 * With the burners gone ap-1 cools and the replicas return.
 *
 * The marks are lowered from the defaults (80 % / 30 %): on this shared two-core machine a busy
 * loop in a container gets about a tenth of a CPU, far from 80 % of a node. The logic is the same.
 */
describe('federated rebalancing from a hot cluster to an idle one', () => {
  let s: TestServer;
  const tag = uniq('rb');
  const burnTag = uniq('burn');
  let id = '';
  let burner = '';

  beforeAll(async () => {
    s = await startFleet({
      STEVEDORE_FEDERATION_HIGH_WATER: '0.05',
      STEVEDORE_FEDERATION_LOW_WATER: '0.03',
      STEVEDORE_FEDERATION_REBALANCE_INTERVAL_MS: '2000',
      STEVEDORE_NODE_LOAD_INTERVAL_MS: '1000',
    });
  }, 120_000);

  afterAll(async () => {
    if (s && burner) await removeFederated(s, [burner], burnTag);
    if (s && id) await removeFederated(s, [id], tag);
    await teardownCluster(s);
  }, 240_000);

  it('moves replicas start-first off the cluster over the high-water mark, and back once it cools', async () => {
    id = (
      await s.ok<{ createService: { id: string } }>(
        `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`,
        {
          s: sleeper(uniq('rb'), tag, {
            replicas: 4,
            update: { parallelism: 1 },
            placement: {
              clusters: {
                affinity: { names: ['eu-1', 'ap-1'] },
                weights: [
                  { cluster: 'eu-1', weight: 1 },
                  { cluster: 'ap-1', weight: 1 },
                ],
              },
            },
          }),
        },
      )
    ).createService.id;
    await waitForRunning(tag, { 'eu-1': 2, 'ap-1': 2 });

    burner = (
      await s.ok<{ createService: { id: string } }>(
        `mutation($s: ServiceSpecInput!, $c: ID) { createService(spec: $s, clusterId: $c) { id } }`,
        {
          s: {
            ...sleeper(uniq('burn'), burnTag, { replicas: 3 }),
            command: ['sh', '-c', 'while :; do :; done'],
          },
          c: 'ap-1',
        },
      )
    ).createService.id;

    let min = Infinity;
    let max = 0;
    const seen: string[] = [];
    await waitFor(
      async () => {
        const r = await runningPerCluster(tag, ['eu-1', 'ap-1']);
        const total = (r['eu-1'] ?? 0) + (r['ap-1'] ?? 0);
        min = Math.min(min, total);
        max = Math.max(max, total);
        const line = Object.keys(r)
          .sort()
          .map((k) => `${k}=${r[k]}`)
          .join(' ');
        if (seen[seen.length - 1] !== line) seen.push(line);
        return r['eu-1'] === 4 && r['ap-1'] === 0;
      },
      { timeoutMs: 180_000, intervalMs: 100, what: 'all 4 replicas moved to eu-1' },
    ).catch((err: Error) => {
      throw new Error(`${err.message}; states ${seen.join(' → ')}`);
    });
    console.log(`rebalance: running between ${min} and ${max} during the moves; ${seen.join(' → ')}`);
    expect(min).toBeGreaterThanOrEqual(4);
    expect(max).toBeLessThanOrEqual(5);
    const events = (
      await s.ok<{ events: { items: { message: string }[] } }>(
        `{ events(filter: { kinds: ["federation.rebalance"], serviceId: "${id}" }, limit: 50) { items { message } } }`,
      )
    ).events.items;
    console.log(
      'rebalance events:',
      events.map((e) => e.message),
    );
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events[0]!.message).toMatch(
      /1 replica ap-1 → eu-1 \(start-first\): ap-1 at \d+ % is over the high-water mark 5 %; eu-1 at \d+ % is under the low-water mark 3 %/,
    );
    const f = (await federation(s, id)).federation!;
    expect(f.division.find((d) => d.cluster === 'ap-1')!.reason).toContain('rebalanced -2');

    // The burners go: ap-1 cools under the low-water mark and the replicas return to 2/2.
    await removeFederated(s, [burner], burnTag);
    burner = '';
    await waitForRunning(tag, { 'eu-1': 2, 'ap-1': 2 }, 180_000);
  }, 480_000);
});
