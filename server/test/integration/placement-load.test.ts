import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, uniq, waitFor, type TestServer } from './harness.js';
import { removeServicesAndWait, sleeper } from './cluster-helpers.js';
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
    s = await startCluster({ STEVEDORE_NODE_LOAD_INTERVAL_MS: '2000' });
    const d = await s.ok<{ nodes: { id: string; name: string }[] }>(`{ nodes { id name } }`);
    for (const n of d.nodes) nodeId[n.name] = n.id;
  });
  afterAll(async () => {
    if (burner) await docker('n2', 'rm', '-f', burner).catch(() => undefined);
    if (s) await removeServicesAndWait(s, services, tag, [...NODES]);
    await teardownCluster(s);
  });

  it('puts new replicas on the idle node and says so in the placement reason', async () => {
    // A busy loop, weighted well above the default CPU share: on a machine already saturated by
    // other work a plain one gets too little CPU to tell the node from an idle one.
    burner = await docker(
      'n2',
      'run',
      '-d',
      '--cpu-shares',
      '20480',
      '--label',
      `test=${tag}`,
      'local/busybox:1',
      'sh',
      '-c',
      'while :; do :; done',
    );
    const load = (name: string) => s.app.core.heartbeat.load.loadOf(nodeId[name]!);
    // A figure the scheduler uses: at most 3 intervals old (core.ts: nodeLoadMaxAgeMs).
    const fresh = (name: string) => {
      const l = load(name);
      return l !== undefined && Date.now() - l.measuredAt.getTime() < 3 * 2000;
    };
    const loads = () => NODES.map((n) => `${n} ${JSON.stringify(load(n))}`).join(', ');
    // The heartbeat has seen n2 busy (a quarter of its CPUs or more) and n3 idle, and has a fresh
    // figure for every READY node: the scheduler compares load only when all of them have one
    // (snapshot.ts), so an n1 still unmeasured (many containers on it: a long round) would leave
    // every placement neutral.
    await waitFor(
      () => NODES.every(fresh) && (load('n2')?.cpuPercent ?? 0) >= 20 && (load('n3')?.cpuPercent ?? 100) < 10,
      { timeoutMs: 60_000, what: 'the heartbeat to measure every node, n2 busy and n3 idle' },
    ).catch((err: Error) => {
      throw new Error(`${err.message}: ${loads()}`);
    });

    // Created back to back, so they are placed while the load just measured holds (a pass places
    // them in one batch, each seeing the ones before it).
    for (let i = 0; i < 3; i++) {
      const v = await createService(
        s,
        sleeper(`${tag}-${i}`, tag, {
          replicas: 1,
          placement: { constraints: ['node.labels.zone in (b, c)'] },
        }),
      );
      services.push(v.id);
    }
    for (const id of services)
      await waitFor(async () => (await engineContainers(id, { running: true })).length === 1, {
        timeoutMs: 60_000,
        what: `service ${id} running`,
      });
    const reasons = await Promise.all(
      services.map(async (id) => {
        const [task] = activeTasks(await getService(s, id));
        return task?.history.find((h) => h.state === 'ASSIGNED')?.reason ?? '';
      }),
    );
    const placed = await Promise.all(services.map((id) => engineContainers(id, { running: true })));
    const seen = `${reasons.join('\n')}\nnow ${new Date().toISOString()}: ${loads()}`;
    expect(countByNode(placed.flat()), seen).toEqual({ n1: 0, n2: 0, n3: 3 });
    for (const reason of reasons) {
      const m = /^scheduled on n3 \(cpu load (\d+)%, memory load (\d+)%\)$/.exec(reason);
      expect(m, reason).not.toBeNull();
      expect(Number(m![1])).toBeLessThan(10);
    }
  });
});
