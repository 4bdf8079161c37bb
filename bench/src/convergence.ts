/**
 * Convergence benchmark: `npx tsx bench/src/convergence.ts` (or `npm run bench convergence`, which
 * builds the server first). Needs the engine fleet (`scripts/engine.sh start`); uses n1 only.
 *
 * Starts the control plane as a child process (server/dist/main.js; without a build, the sources
 * through the tests' SWC loader) on a fresh data dir with n1 as its only node, then per round:
 *
 *   converge   createService(webapp v1, 20 replicas, no health check) → 20 running containers,
 *              next to the baseline: 20 parallel `docker run -d` of the same image on the same
 *              engine (the two alternate which goes first from round to round)
 *   replace    `docker kill` of one replica → 20 running again
 *   rollback   update to v3 (its /health answers 500) with a health check → rollout ROLLED_BACK
 *
 * Time is measured from the request to the state seen by polling the engine's API every 50 ms
 * (the rollout state over GraphQL), each bounded to 120 s. Three rounds; medians are printed,
 * with convergence as a ratio to the baseline (Swarm does 1.13× on the same comparison).
 * Everything created is removed at the end, also on failure or Ctrl-C.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { engineGet as engineGetOn } from './lib/engine-api.js';
import { gql, startServer, stopServer, type Server } from './lib/control-plane.js';

const run = promisify(execFile);
const ENGINE_DIR = process.env.STEVEDORE_ENGINE_DIR ?? '/var/lib/stevedore/engines';
const SOCKET = `${ENGINE_DIR}/n1/docker.sock`;
const ENDPOINT = `unix://${SOCKET}`;
const DOCKER = '/usr/bin/docker';
const IMAGE = 'local/webapp:v1';
const REPLICAS = 20;
const ROUNDS = 3;
const POLL_MS = 50;
const BOUND_MS = 120_000;
const RUN_ID = `bench-${Date.now().toString(36)}`;
const BASELINE_LABEL = `stevedore.bench=${RUN_ID}`;

// ---------------------------------------------------------------- engine (Engine API over the unix socket)

const engineGet = <T>(pathAndQuery: string) => engineGetOn<T>(SOCKET, pathAndQuery);

interface EngineContainer {
  Id: string;
  State: string;
}

async function containers(label: string, running: boolean): Promise<EngineContainer[]> {
  const filters = JSON.stringify({ label: [label], ...(running ? { status: ['running'] } : {}) });
  return engineGet<EngineContainer[]>(`/containers/json?all=1&filters=${encodeURIComponent(filters)}`);
}

const docker = (...args: string[]) => run(DOCKER, ['-H', ENDPOINT, ...args], { timeout: 60_000 });

async function removeByLabel(label: string): Promise<void> {
  const ids = (await containers(label, false)).map((c) => c.Id);
  if (ids.length) await docker('rm', '-f', ...ids);
}

/** Polls `done` every 50 ms until it holds; returns the ms since `t0`. */
async function until(what: string, t0: number, done: () => Promise<boolean>): Promise<number> {
  for (;;) {
    if (await done()) return performance.now() - t0;
    if (performance.now() - t0 > BOUND_MS)
      throw new Error(`${what}: not reached within ${BOUND_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

// ---------------------------------------------------------------- measurements

interface Round {
  baselineMs: number;
  convergeMs: number;
  replaceMs: number;
  rollbackMs: number;
}

async function baseline(round: number): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: REPLICAS }, (_, i) =>
      docker('run', '-d', '--name', `${RUN_ID}-r${round}-${i}`, '--label', BASELINE_LABEL, IMAGE),
    ),
  );
  const ms = await until(
    'baseline',
    t0,
    async () => (await containers(BASELINE_LABEL, true)).length === REPLICAS,
  );
  await removeByLabel(BASELINE_LABEL);
  return ms;
}

function spec(name: string, image: string, broken = false) {
  return {
    name,
    image,
    replicas: REPLICAS,
    stopTimeoutSec: 1,
    labels: [{ key: 'stevedore.bench', value: RUN_ID }],
    ...(broken
      ? {
          healthCheck: {
            shell: 'wget -q -O /dev/null http://127.0.0.1:8080/health',
            intervalMs: 500,
            timeoutMs: 2000,
            retries: 2,
          },
          update: { parallelism: 2, monitorMs: 1000, failureAction: 'ROLLBACK' },
          rollback: { parallelism: 0, monitorMs: 1000 },
        }
      : {}),
  };
}

async function serviceRound(s: Server, round: number): Promise<Omit<Round, 'baselineMs'>> {
  const name = `${RUN_ID}-s${round}`;
  let id = '';
  try {
    const t0 = performance.now();
    id = (
      await gql<{ createService: { id: string } }>(
        s,
        'mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }',
        {
          s: spec(name, IMAGE),
        },
      )
    ).createService.id;
    const label = `stevedore.service=${id}`;
    const convergeMs = await until(
      'converge',
      t0,
      async () => (await containers(label, true)).length === REPLICAS,
    );

    const [victim] = await containers(label, true);
    const t1 = performance.now();
    await docker('kill', victim!.Id);
    const replaceMs = await until('replace', t1, async () => {
      const list = await containers(label, true);
      return list.length === REPLICAS && !list.some((c) => c.Id === victim!.Id);
    });

    const t2 = performance.now();
    await gql(s, 'mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { id } }', {
      id,
      s: spec(name, 'local/webapp:v3', true),
    });
    const rollbackMs = await until('rollback', t2, async () => {
      const d = await gql<{ service: { rollout: { state: string } | null } }>(
        s,
        'query($id: ID!) { service(id: $id) { rollout { state } } }',
        { id },
      );
      return d.service.rollout?.state === 'ROLLED_BACK';
    });
    return { convergeMs, replaceMs, rollbackMs };
  } finally {
    if (id) {
      await gql(s, 'mutation($id: ID!) { removeService(id: $id) { id } }', { id }).catch(() => undefined);
      await until(
        'cleanup',
        performance.now(),
        async () => (await containers(`stevedore.service=${id}`, false)).length === 0,
      ).catch(() => undefined);
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);

async function main(): Promise<void> {
  await engineGet('/_ping').catch(() => {
    throw new Error(`engine n1 does not answer at ${SOCKET}: start the fleet with scripts/engine.sh start`);
  });
  console.log(
    `convergence: ${REPLICAS} replicas of ${IMAGE} on n1, ${ROUNDS} rounds, polling every ${POLL_MS} ms`,
  );
  let server: Server | undefined;
  const cleanup = async () => {
    await removeByLabel(BASELINE_LABEL).catch(() => undefined);
    await removeByLabel(`stevedore.bench=${RUN_ID}`).catch(() => undefined);
    stopServer(server);
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    server = await startServer(ENDPOINT);
    // Warm-up: the first container of a fresh control plane pays for code paths loading.
    await serviceRound(server, 0).catch((e) => console.log(`warm-up: ${(e as Error).message}`));
    const rounds: Round[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      let baselineMs: number;
      let svc: Omit<Round, 'baselineMs'>;
      if (r % 2) {
        baselineMs = await baseline(r);
        svc = await serviceRound(server, r);
      } else {
        svc = await serviceRound(server, r);
        baselineMs = await baseline(r);
      }
      rounds.push({ baselineMs, ...svc });
      console.log(
        `round ${r}: docker run ×${REPLICAS} ${fmt(baselineMs)} | createService ${fmt(svc.convergeMs)} ` +
          `(${(svc.convergeMs / baselineMs).toFixed(2)}×) | replace killed ${fmt(svc.replaceMs)} | rollback ${fmt(svc.rollbackMs)}`,
      );
    }
    const b = median(rounds.map((x) => x.baselineMs));
    const c = median(rounds.map((x) => x.convergeMs));
    console.log('\nmedian of 3');
    console.log(`  ${REPLICAS} × docker run -d (baseline)     ${fmt(b)}`);
    console.log(
      `  createService → ${REPLICAS} running           ${fmt(c)}   ${(c / b).toFixed(2)}× baseline (Swarm: 1.13×)`,
    );
    console.log(`  killed replica → running again         ${fmt(median(rounds.map((x) => x.replaceMs)))}`);
    console.log(
      `  broken rollout (v3) → ROLLED_BACK      ${fmt(median(rounds.map((x) => x.rollbackMs)))}   (health 500 ms × 2 retries, monitor 1 s)`,
    );
  } finally {
    await cleanup();
  }
}

main().catch((err) => {
  console.error(`convergence benchmark failed: ${(err as Error).message}`);
  process.exitCode = 1;
});
