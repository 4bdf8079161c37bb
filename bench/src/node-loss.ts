/**
 * Node-loss benchmark: `npx tsx bench/src/node-loss.ts` (or `npm run bench node-loss`). Needs the
 * three-node fleet (`scripts/engine.sh start --nodes 3`).
 *
 * The control plane runs with its default timings (heartbeat every 2 s, a node DOWN after 5 s
 * without an answer, its tasks rescheduled once it has been silent for the 5 s node-down grace). A service of 6 webapp replicas is
 * spread over n1, n2 and n3; then n2's dockerd is killed with SIGKILL (`engine.sh kill n2`: its
 * containers keep running, unreachable, as on a host that dropped off the network). Measured: from
 * the kill until 6 replicas run again on n1 and n3, polling both engines every 100 ms.
 *
 * Baseline in the same run: starting the lost replicas by hand (parallel `docker run -d` on n1
 * and n3), the engine work any orchestrator must do once it has decided. Swarm, measured on this
 * machine, brings a lost node's tasks back in 13–20 s. n2 is restarted at the end and everything
 * created is removed, also on failure.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, gql, startServer, stopServer, type Server } from './lib/control-plane.js';

const run = promisify(execFile);
const ENGINE_DIR = process.env.STEVEDORE_ENGINE_DIR ?? '/var/lib/stevedore/engines';
const sock = (n: string) => `unix://${ENGINE_DIR}/${n}/docker.sock`;
const DOCKER = '/usr/bin/docker';
const ENGINE_SCRIPT = path.join(ROOT, 'scripts/engine.sh');
const IMAGE = 'local/webapp:v1';
const REPLICAS = 6;
const POLL_MS = 100;
const BOUND_MS = 120_000;
const RUN_ID = `bench-${Date.now().toString(36)}`;
const LABEL = `stevedore.bench=${RUN_ID}-baseline`;

const docker = async (node: string, ...args: string[]) =>
  (await run(DOCKER, ['-H', sock(node), ...args], { timeout: 60_000 })).stdout.trim();

async function running(node: string, label: string): Promise<number> {
  const out = await docker(node, 'ps', '-q', '--filter', `label=${label}`, '--filter', 'status=running');
  return out ? out.split('\n').length : 0;
}

async function until(what: string, t0: number, done: () => Promise<boolean>): Promise<number> {
  for (;;) {
    if (await done().catch(() => false)) return performance.now() - t0;
    if (performance.now() - t0 > BOUND_MS)
      throw new Error(`${what}: not reached within ${BOUND_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

async function removeLabelled(node: string, label: string): Promise<void> {
  const ids = (await docker(node, 'ps', '-aq', '--filter', `label=${label}`)).split('\n').filter(Boolean);
  if (ids.length) await docker(node, 'rm', '-f', ...ids);
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  for (const n of ['n1', 'n2', 'n3'])
    await docker(n, 'version', '--format', '{{.Server.Version}}').catch(() => {
      throw new Error(`engine ${n} does not answer: scripts/engine.sh start --nodes 3`);
    });
  let server: Server | undefined;
  let killed = false;
  let serviceId = '';
  try {
    server = await startServer(sock('n1'));
    for (const n of ['n2', 'n3'])
      await gql(server, 'mutation($i: AddNodeInput!) { addNode(input: $i) { id } }', {
        i: { name: n, endpoint: sock(n) },
      });
    serviceId = (
      await gql<{ createService: { id: string } }>(
        server,
        'mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }',
        {
          s: {
            name: RUN_ID,
            image: IMAGE,
            replicas: REPLICAS,
            stopTimeoutSec: 1,
            labels: [{ key: 'stevedore.bench', value: RUN_ID }],
          },
        },
      )
    ).createService.id;
    const svcLabel = `stevedore.service=${serviceId}`;
    await until('spread', performance.now(), async () => {
      const counts = await Promise.all(['n1', 'n2', 'n3'].map((n) => running(n, svcLabel)));
      return counts.every((c) => c === REPLICAS / 3);
    });
    console.log(`node-loss: ${REPLICAS} replicas of ${IMAGE}, 2 on each of n1 n2 n3; killing n2's dockerd`);

    const t0 = performance.now();
    await run('bash', [ENGINE_SCRIPT, 'kill', 'n2'], { timeout: 60_000 });
    killed = true;
    const down = until('n2 DOWN', t0, async () => {
      const d = await gql<{ nodes: { name: string; status: string }[] }>(
        server!,
        '{ nodes { name status } }',
      );
      return d.nodes.find((n) => n.name === 'n2')?.status === 'DOWN';
    });
    const back = until('replicas back', t0, async () => {
      const counts = await Promise.all(['n1', 'n3'].map((n) => running(n, svcLabel)));
      return counts[0]! + counts[1]! === REPLICAS;
    });
    const [downMs, backMs] = await Promise.all([down, back]);

    // Baseline: the same number of replicas started by hand on the nodes left.
    const lost = REPLICAS / 3;
    const b0 = performance.now();
    await Promise.all(
      Array.from({ length: lost }, (_, i) =>
        docker(i % 2 ? 'n3' : 'n1', 'run', '-d', '--label', LABEL, IMAGE),
      ),
    );
    const baselineMs = await until('baseline', b0, async () => {
      const counts = await Promise.all(['n1', 'n3'].map((n) => running(n, LABEL)));
      return counts[0]! + counts[1]! === lost;
    });

    console.log(`  n2 seen DOWN                          ${fmt(downMs)}   (heartbeat grace 5 s)`);
    console.log(
      `  its ${lost} replicas running on n1/n3      ${fmt(backMs)}   (rescheduled after 5 s of silence; Swarm: 13–20 s)`,
    );
    console.log(
      `  baseline: ${lost} × docker run -d by hand   ${fmt(baselineMs)}   → detection and grace are ${fmt(backMs - baselineMs)} of it`,
    );
  } finally {
    if (server && serviceId)
      await gql(server, 'mutation($id: ID!) { removeService(id: $id) { id } }', { id: serviceId }).catch(
        () => undefined,
      );
    for (const n of ['n1', 'n3']) await removeLabelled(n, LABEL).catch(() => undefined);
    if (killed) {
      await run('bash', [ENGINE_SCRIPT, 'restart', 'n2'], { timeout: 180_000 }).catch((e: Error) =>
        console.error(`restarting n2 failed: ${e.message}`),
      );
      await removeLabelled('n2', `stevedore.bench=${RUN_ID}`).catch(() => undefined);
    }
    for (const n of ['n1', 'n3']) await removeLabelled(n, `stevedore.bench=${RUN_ID}`).catch(() => undefined);
    stopServer(server);
  }
}

main().catch((err) => {
  console.error(`node-loss benchmark failed: ${(err as Error).message}`);
  process.exitCode = 1;
});
