/**
 * The first page against the whole list (issue #21 item 2): `npm run bench paging`.
 *
 * The built server (server/dist: startApp, access control on) in-process on a fresh data dir,
 * with the in-memory FakeEngine behind every node (as bench/src/scale.ts): 10 nodes, 50 services
 * of 10 replicas, 500 containers. Once every container runs, the same selection of container
 * fields is asked over HTTP, alternately, ROUNDS times each:
 *   - the old full list: `containers { items { … } }` (all 500);
 *   - the first page: `containersConnection(first: 50) { edges { cursor node { … } } totalCount }`;
 * and p50/p99 of each are printed with the ratio (target: the page's p99 <= 50 ms). Both list
 * every engine (the filter and the sort are the server's): what the page saves is building,
 * serialising and sending 450 containers. The fake engines answer in microseconds, so these are
 * the control plane's own costs, not an engine's.
 */
import os from 'node:os';
import { startFakeControlPlane } from './lib/fake-control-plane.js';

const NODES = 10;
const SERVICES = 50;
const REPLICAS = 10;
const ROUNDS = 200;
const TIMEOUT_MS = 180_000;

const FIELDS =
  'id name image state status createdAt serviceId taskId node { id name } ports { hostPort containerPort }';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const started = performance.now();
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log(`load average before: ${load()} (${os.cpus().length} cores)`);

  const cp = await startFakeControlPlane('paging');
  const gql = cp.gql;
  try {
    for (let i = 0; i < NODES; i++)
      await gql('mutation($i: AddNodeInput!) { addNode(input: $i) { id } }', {
        i: { name: `p${String(i).padStart(3, '0')}`, endpoint: `tcp://paging-${i}.sim:2375` },
      });
    for (let i = 0; i < SERVICES; i++)
      await gql('mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }', {
        s: {
          name: `ps${String(i).padStart(3, '0')}`,
          image: 'local/webapp:v1',
          replicas: REPLICAS,
          stopTimeoutSec: 1,
        },
      });
    const want = SERVICES * REPLICAS;
    const full = `{ containers(filter: { label: "stevedore.task", state: [RUNNING] }) { items { ${FIELDS} } } }`;
    const page = `{ containersConnection(first: 50, filter: { label: "stevedore.task", state: [RUNNING] }) {
      edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } totalCount } }`;
    for (;;) {
      const d = await gql<{ containersConnection: { totalCount: number } }>(page);
      if (d.data.containersConnection.totalCount >= want) break;
      if (performance.now() - started > TIMEOUT_MS) throw new Error('containers did not all start in time');
      await sleep(200);
    }
    await sleep(1000);
    // The floor: a request that asks for nothing (HTTP, auth, parse, validate, log).
    const floor = '{ __typename }';
    const times = { full: [] as number[], page: [] as number[], floor: [] as number[] };
    const bytes = { full: 0, page: 0, floor: 0 };
    for (let i = 0; i < 10; i++) {
      await gql(full);
      await gql(page);
    }
    for (let i = 0; i < ROUNDS && performance.now() - started < TIMEOUT_MS; i++) {
      for (const [k, q] of [
        ['full', full],
        ['page', page],
        ['floor', floor],
      ] as const) {
        const t0 = performance.now();
        const r = await gql<{
          containers?: { items: unknown[] };
          containersConnection?: { edges: unknown[]; totalCount: number };
        }>(q);
        times[k].push(performance.now() - t0);
        bytes[k] = r.bytes;
        if (k === 'full' && r.data.containers!.items.length !== want) throw new Error('full list short');
        if (
          k === 'page' &&
          (r.data.containersConnection!.edges.length !== 50 ||
            r.data.containersConnection!.totalCount !== want)
        )
          throw new Error('page wrong');
      }
    }
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(
      `\n${want} containers on ${NODES} fake nodes, ${times.page.length} requests each, alternating`,
    );
    console.log('| query | p50 | p99 | answer | target |');
    console.log('|---|---|---|---|---|');
    const p99 = quantile(times.page, 0.99);
    console.log(
      `| containersConnection(first: 50) | ${f(quantile(times.page, 0.5))} | ${f(p99)} | ${(bytes.page / 1024).toFixed(0)} KiB | p99 <= 50 ms ${p99 <= 50 ? '(met)' : '(MISSED)'} |`,
    );
    console.log(
      `| containers (all ${want}, baseline) | ${f(quantile(times.full, 0.5))} | ${f(quantile(times.full, 0.99))} | ${(bytes.full / 1024).toFixed(0)} KiB | |`,
    );
    console.log(
      `| { __typename } (the floor of any request) | ${f(quantile(times.floor, 0.5))} | ${f(quantile(times.floor, 0.99))} | ${bytes.floor} B | |`,
    );
    console.log(
      `ratio page/full: p50 ${(quantile(times.page, 0.5) / quantile(times.full, 0.5)).toFixed(2)}×, p99 ${(p99 / quantile(times.full, 0.99)).toFixed(2)}×`,
    );
    console.log(`load average after: ${load()}`);
  } finally {
    await cp.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
