import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, uniq, waitFor, type TestServer } from './harness.js';
import { removeServicesAndWait } from './cluster-helpers.js';
import {
  NODES,
  activeTasks,
  countByNode,
  createService,
  engineContainers,
  getService,
  startCluster,
  teardownCluster,
} from './orchestration-helpers.js';

/**
 * Issue #13 item 4 on the real engines: the load scorer is fed the node load the heartbeat
 * measures. n2 and n3 are equal (same engine build, no reservations, zones b and c); a CPU
 * burner started by hand keeps n2 busy, and new single-replica services all go to idle n3, with
 * the load they were placed by in the task's reason. Without load, ties alternate n2 / n3.
 */
describe('placement: new replicas avoid a node kept busy', () => {
  let s: TestServer;
  const tag = uniq('load');
  const services: string[] = [];
  let burner = '';
  const nodeId: Record<string, string> = {};

  beforeAll(async () => {
    s = await startCluster({ STEVEDORE_NODE_LOAD_INTERVAL_MS: '1000' });
    const d = await s.ok<{ nodes: { id: string; name: string }[] }>(`{ nodes { id name } }`);
    for (const n of d.nodes) nodeId[n.name] = n.id;
  });
  afterAll(async () => {
    if (burner) await docker('n2', 'rm', '-f', burner).catch(() => undefined);
    if (s) await removeServicesAndWait(s, services, tag, [...NODES]);
    await teardownCluster(s);
  });

  it('puts new replicas on the idle node and says so in the placement reason', async () => {
    burner = await docker(
      'n2',
      'run',
      '-d',
      '--label',
      `test=${tag}`,
      'local/busybox:1',
      'sh',
      '-c',
      'while :; do :; done',
    );
    const load = (name: string) => s.app.core.heartbeat.load.loadOf(nodeId[name]!);
    // The heartbeat has seen n2 busy and n3 idle (burner ≈ one of the host's CPUs).
    await waitFor(() => (load('n2')?.cpuPercent ?? 0) >= 15 && (load('n3')?.cpuPercent ?? 100) < 5, {
      timeoutMs: 30_000,
      what: `n2 busy and n3 idle (n2 ${JSON.stringify(load('n2'))}, n3 ${JSON.stringify(load('n3'))})`,
    });

    for (let i = 0; i < 3; i++) {
      const v = await createService(s, {
        name: `${tag}-${i}`,
        image: 'local/busybox:1',
        command: ['sleep', '3600'],
        replicas: 1,
        stopTimeoutSec: 1,
        labels: [{ key: 'test', value: tag }],
        placement: { constraints: ['node.labels.zone in (b, c)'] },
      });
      services.push(v.id);
      // One at a time, so each placement sees the one before (n3 then has more tasks than n2).
      await waitFor(async () => (await engineContainers(v.id, { running: true })).length === 1, {
        timeoutMs: 60_000,
        what: `${tag}-${i} running`,
      });
    }
    const placed = await Promise.all(services.map((id) => engineContainers(id, { running: true })));
    expect(countByNode(placed.flat())).toEqual({ n1: 0, n2: 0, n3: 3 });

    for (const id of services) {
      const [task] = activeTasks(await getService(s, id));
      const reason = task?.history.find((h) => h.state === 'ASSIGNED')?.reason ?? '';
      const m = /^scheduled on n3 \(cpu load (\d+)%, memory load (\d+)%\)$/.exec(reason);
      expect(m, reason).not.toBeNull();
      expect(Number(m![1])).toBeLessThan(5);
    }
  });
});
