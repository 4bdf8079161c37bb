/**
 * Rollout benchmark against Docker Swarm: `npm run bench rollout` (builds the server first), or
 * `npx tsx bench/src/rollout.ts`. Issue #19's table, measured in one run on one engine.
 *
 * Swarm and Stevedore run on the same dedicated engine, n4 (scripts/engine.sh restart n4; never
 * n1..n3, which other work shares): the bench starts it when it is not running, initialises a
 * single-node swarm on it when it has none, and at the end removes what it made, leaves the swarm
 * it initialised and stops the engine it started, so n4 is left as it was found (also on failure
 * or Ctrl-C). Stevedore's control plane is a child process with n4 as its only node.
 *
 * The engine is the observer for both: its container list, read every 100 ms, filtered by the
 * bench's label, counting running and healthy containers per image. Each figure is the time from
 * the request (`docker service create|update --detach`, or the GraphQL mutation) to the state on
 * the engine, and for rollouts the fewest healthy replicas seen meanwhile. Scenarios, with the
 * same images and settings on both sides (1 s health check, 3 retries; stop grace 2 s; update
 * parallelism 2, delay 0, monitor 5 s; rollback parallelism 2, monitor 5 s; restart delay 0):
 *
 *   converge        20 replicas running (no health check); baseline also 20 parallel `docker run`
 *   replace         a killed replica (docker kill) running again
 *   update          10 replicas v1 → v2 (healthy), monitor 5 s
 *   update, mon 0   the same with Stevedore's monitor set to 0 (Swarm's stays 5 s)
 *   start-first     the update with order start-first: the fewest healthy should stay 10
 *   rollback        10 replicas v1 → v3 (its /health answers 500), failure action rollback: back on v1
 *
 * ROUNDS (env STEVEDORE_BENCH_ROUNDS, default 1): medians over rounds are printed.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';
import { engineGet as engineGetOn } from './lib/engine-api.js';
import { gql, startServer, stopServer, type Server } from './lib/control-plane.js';

const run = promisify(execFile);
const ROOT_DIR = new URL('../..', import.meta.url).pathname;
const ENGINE_DIR = process.env.STEVEDORE_ENGINE_DIR ?? '/var/lib/stevedore/engines';
const NODE = 'n4';
const SOCKET = `${ENGINE_DIR}/${NODE}/docker.sock`;
const ENDPOINT = `unix://${SOCKET}`;
/** n4's address in its network namespace (scripts/engine.sh: 10.214.k.2). */
const ADVERTISE = '10.214.4.2';
const DOCKER = '/usr/bin/docker';
const POLL_MS = 100;
const BOUND_MS = 120_000;
const ROUNDS = Number(process.env.STEVEDORE_BENCH_ROUNDS ?? 1);
const RUN_ID = `rb${Date.now().toString(36)}`;
const LABEL_KEY = 'bench.rollout';

const HEALTH = {
  cmd: 'wget -q -O /dev/null http://127.0.0.1:8080/health',
  intervalMs: 1000,
  timeoutMs: 5000,
  retries: 3,
};

// ---------------------------------------------------------------- the engine, as the observer

const engineGet = <T>(pathAndQuery: string) => engineGetOn<T>(SOCKET, pathAndQuery);

interface Listed {
  Id: string;
  Image: string;
  State: string;
  Status: string;
}

/** Running containers carrying the label, per image: running, healthy. */
interface Census {
  running: number;
  healthy: number;
  byImage: Map<string, { running: number; healthy: number }>;
}

async function census(label: string): Promise<Census> {
  const filters = JSON.stringify({ label: [label], status: ['running'] });
  const list = await engineGet<Listed[]>(`/containers/json?filters=${encodeURIComponent(filters)}`);
  const byImage = new Map<string, { running: number; healthy: number }>();
  let healthy = 0;
  for (const c of list) {
    const image = c.Image.split('@')[0]!;
    const e = byImage.get(image) ?? { running: 0, healthy: 0 };
    e.running++;
    if (c.Status.includes('(healthy)')) {
      e.healthy++;
      healthy++;
    }
    byImage.set(image, e);
  }
  return { running: list.length, healthy, byImage };
}

const onImage = (c: Census, image: string) => c.byImage.get(image) ?? { running: 0, healthy: 0 };

/** Reads the engine every 100 ms from `t0` until `done`; the time it took and the fewest healthy seen. */
async function observe(
  label: string,
  t0: number,
  done: (c: Census) => boolean,
  what: string,
): Promise<{ ms: number; minHealthy: number }> {
  let minHealthy = Number.POSITIVE_INFINITY;
  for (;;) {
    const at = performance.now();
    const c = await census(label);
    minHealthy = Math.min(minHealthy, c.healthy);
    if (done(c)) return { ms: at - t0, minHealthy };
    if (at - t0 > BOUND_MS) throw new Error(`${what}: not reached in ${BOUND_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, Math.max(0, POLL_MS - (performance.now() - at))));
  }
}

const docker = (...args: string[]) => run(DOCKER, ['-H', ENDPOINT, ...args], { timeout: 120_000 });

async function removeLabelled(label: string): Promise<void> {
  const filters = JSON.stringify({ label: [label] });
  const ids = (
    await engineGet<Listed[]>(`/containers/json?all=1&filters=${encodeURIComponent(filters)}`)
  ).map((c) => c.Id);
  if (ids.length) await docker('rm', '-f', ...ids).catch(() => {});
}

// ---------------------------------------------------------------- the two orchestrators

interface Settings {
  replicas: number;
  health: boolean;
  monitorMs: number;
  order: 'STOP_FIRST' | 'START_FIRST';
}

interface Orchestrator {
  name: string;
  /** Starts the service (detached); returns its engine label. */
  create(name: string, image: string, s: Settings): Promise<string>;
  update(name: string, image: string, s: Settings): Promise<void>;
  remove(name: string): Promise<void>;
}

const swarm: Orchestrator = {
  name: 'Swarm',
  async create(name, image, s) {
    const label = `${LABEL_KEY}=${RUN_ID}-${name}`;
    const health = s.health
      ? [
          '--health-cmd',
          HEALTH.cmd,
          '--health-interval',
          `${HEALTH.intervalMs}ms`,
          '--health-timeout',
          `${HEALTH.timeoutMs}ms`,
          '--health-retries',
          String(HEALTH.retries),
        ]
      : ['--no-healthcheck'];
    await docker(
      'service',
      'create',
      '--detach',
      '--quiet',
      '--no-resolve-image',
      '--name',
      name,
      '--replicas',
      String(s.replicas),
      '--container-label',
      label,
      ...health,
      '--stop-grace-period',
      '2s',
      '--restart-delay',
      '0s',
      '--update-parallelism',
      '2',
      '--update-delay',
      '0s',
      '--update-monitor',
      `${s.monitorMs}ms`,
      '--update-failure-action',
      'rollback',
      '--update-order',
      s.order === 'START_FIRST' ? 'start-first' : 'stop-first',
      '--rollback-parallelism',
      '2',
      '--rollback-monitor',
      '5s',
      '--rollback-delay',
      '0s',
      image,
    );
    return label;
  },
  async update(name, image) {
    await docker('service', 'update', '--detach', '--quiet', '--no-resolve-image', '--image', image, name);
  },
  async remove(name) {
    await docker('service', 'rm', name).catch(() => {});
  },
};

function stevedore(server: () => Server): Orchestrator {
  const ids = new Map<string, string>();
  const spec = (name: string, image: string, s: Settings) => ({
    name,
    image,
    replicas: s.replicas,
    labels: [{ key: LABEL_KEY, value: `${RUN_ID}-${name}` }],
    ...(s.health
      ? {
          healthCheck: {
            shell: HEALTH.cmd,
            intervalMs: HEALTH.intervalMs,
            timeoutMs: HEALTH.timeoutMs,
            retries: HEALTH.retries,
          },
        }
      : {}),
    stopTimeoutSec: 2,
    restartPolicy: { condition: 'ANY', delayMs: 0 },
    update: {
      parallelism: 2,
      delayMs: 0,
      monitorMs: s.monitorMs,
      minReadyMs: 0,
      failureAction: 'ROLLBACK',
      order: s.order,
    },
    rollback: {
      parallelism: 2,
      delayMs: 0,
      monitorMs: 5000,
      minReadyMs: 0,
      failureAction: 'PAUSE',
      order: 'STOP_FIRST',
    },
  });
  return {
    name: 'Stevedore',
    async create(name, image, s) {
      const d = await gql<{ createService: { id: string } }>(
        server(),
        `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`,
        { s: spec(name, image, s) },
      );
      ids.set(name, d.createService.id);
      return `${LABEL_KEY}=${RUN_ID}-${name}`;
    },
    async update(name, image, s) {
      await gql(
        server(),
        `mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { id } }`,
        {
          id: ids.get(name),
          s: spec(name, image, s),
        },
      );
    },
    async remove(name) {
      const id = ids.get(name);
      if (id)
        await gql(server(), `mutation($id: ID!) { removeService(id: $id) { id } }`, { id }).catch(() => {});
      ids.delete(name);
    },
  };
}

// ---------------------------------------------------------------- scenarios

interface Figure {
  ms: number;
  minHealthy?: number;
}

const V1 = 'local/webapp:v1';
const V2 = 'local/webapp:v2';
const V3 = 'local/webapp:v3';
let seq = 0;
const serviceName = (o: Orchestrator, what: string) => `${RUN_ID}-${o.name.toLowerCase()}-${what}-${++seq}`;

async function gone(label: string): Promise<void> {
  await observe(label, performance.now(), (c) => c.running === 0, 'service removed');
  await removeLabelled(label);
}

/** converge and replace: 20 replicas without a health check, then one killed. */
async function convergeAndReplace(o: Orchestrator): Promise<[Figure, Figure]> {
  const name = serviceName(o, 'converge');
  const s: Settings = { replicas: 20, health: false, monitorMs: 5000, order: 'STOP_FIRST' };
  const t0 = performance.now();
  const label = await o.create(name, V1, s);
  const converge = await observe(label, t0, (c) => c.running >= 20, `${o.name}: 20 running`);
  await new Promise((r) => setTimeout(r, 1000)); // settled
  const filters = JSON.stringify({ label: [label], status: ['running'] });
  const victim = (await engineGet<Listed[]>(`/containers/json?filters=${encodeURIComponent(filters)}`))[0]!;
  const t1 = performance.now();
  await docker('kill', victim.Id);
  const replace = await observe(label, t1, (c) => c.running >= 20, `${o.name}: killed replica replaced`);
  await o.remove(name);
  await gone(label);
  return [{ ms: converge.ms }, { ms: replace.ms }];
}

/** 10 healthy v1 replicas, then the update to `to`; done when the engine shows `back` (10 healthy, nothing else). */
async function rollout(
  o: Orchestrator,
  to: string,
  monitorMs: number,
  order: Settings['order'],
  back: string,
): Promise<Figure> {
  const name = serviceName(o, to === V3 ? 'rollback' : 'update');
  const s: Settings = { replicas: 10, health: true, monitorMs, order };
  const label = await o.create(name, V1, s);
  await observe(
    label,
    performance.now(),
    (c) => onImage(c, V1).healthy === 10 && c.running === 10,
    `${o.name}: 10 healthy v1`,
  );
  const t0 = performance.now();
  await o.update(name, to, s);
  const seenTarget = { v: to === back };
  const r = await observe(
    label,
    t0,
    (c) => {
      if (onImage(c, to).running > 0) seenTarget.v = true;
      return seenTarget.v && onImage(c, back).healthy === 10 && c.running === 10;
    },
    `${o.name}: 10 healthy on ${back}`,
  );
  await o.remove(name);
  await gone(label);
  return { ms: r.ms, minHealthy: r.minHealthy };
}

// ---------------------------------------------------------------- n4 and its swarm, left as found

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanup(): Promise<void> {
  while (cleanups.length)
    await cleanups.pop()!().catch((err: Error) => console.error(`cleanup: ${err.message}`));
}

async function engineUp(): Promise<boolean> {
  return engineGet<string>('/_ping').then(
    () => true,
    () => false,
  );
}

/**
 * Swarm's agent asks the registry for a task's image before every start, even one the engine
 * has, unless dockerd runs with DOCKER_SERVICE_PREFER_OFFLINE_IMAGE=1: this machine reaches no
 * registry, so without it every task waited for a DNS timeout. n4 is started with it.
 */
const OFFLINE = 'DOCKER_SERVICE_PREFER_OFFLINE_IMAGE';

async function prepareEngine(): Promise<void> {
  if (!(await engineUp())) {
    console.log(`starting ${NODE} (scripts/engine.sh restart ${NODE}); it is stopped again at the end`);
    const dir = `${ENGINE_DIR}/${NODE}`;
    if (!fs.existsSync(dir))
      // Its directory too, or `engine.sh start` without --nodes would start n1..n4 from then on.
      cleanups.push(async () => {
        const mounted = fs.readFileSync('/proc/mounts', 'utf8').includes(` ${dir}/`);
        if (mounted) console.log(`${dir} still has mounts: left in place`);
        else fs.rmSync(dir, { recursive: true, force: true });
      });
    await run('bash', [`${ROOT_DIR}scripts/engine.sh`, 'restart', NODE], {
      timeout: 300_000,
      env: { ...process.env, [OFFLINE]: '1' },
    });
    cleanups.push(() => run('bash', [`${ROOT_DIR}scripts/engine.sh`, 'stop', NODE], { timeout: 120_000 }));
  } else {
    const pid = fs.readFileSync(`${ENGINE_DIR}/${NODE}/docker.pid`, 'utf8').trim();
    const env = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    if (!env.includes(`${OFFLINE}=1`))
      console.log(`warning: ${NODE} runs without ${OFFLINE}=1: Swarm's figures include its registry lookups`);
  }
  const state = (await docker('info', '--format', '{{.Swarm.LocalNodeState}}')).stdout.trim();
  if (state === 'inactive') {
    const networks = async () => (await docker('network', 'ls', '--format', '{{.Name}}')).stdout.split('\n');
    const before = new Set(await networks());
    // Run after the leave (cleanups go last in, first out): what swarm init made and leave keeps.
    cleanups.push(async () => {
      const made = (await networks()).filter((n) => n && !before.has(n));
      if (made.length) await docker('network', 'rm', ...made);
    });
    await docker('swarm', 'init', '--advertise-addr', ADVERTISE);
    cleanups.push(() => docker('swarm', 'leave', '--force'));
  } else if (state !== 'active') throw new Error(`${NODE}: swarm state ${state}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const load0 = os.loadavg();
  await prepareEngine();
  cleanups.push(() => removeLabelled(LABEL_KEY));
  const server = await startServer(ENDPOINT);
  cleanups.push(async () => stopServer(server));
  const sd = stevedore(() => server);

  const rows: {
    what: string;
    swarm: Figure[];
    stevedore: Figure[];
    baseline?: number[];
    healthy?: boolean;
  }[] = [
    { what: '20 replicas running', swarm: [], stevedore: [], baseline: [] },
    { what: 'a killed replica replaced (restart delay 0)', swarm: [], stevedore: [] },
    {
      what: '10 replicas v1 → v2, parallelism 2, delay 0, 1 s health check, monitor 5 s',
      swarm: [],
      stevedore: [],
      healthy: true,
    },
    { what: "the same with Stevedore's monitor set to 0", swarm: [], stevedore: [], healthy: true },
    { what: 'the same (monitor 5 s), order start-first', swarm: [], stevedore: [], healthy: true },
    {
      what: '10 replicas v1 → broken v3, monitor 5 s, failure action rollback: back on v1',
      swarm: [],
      stevedore: [],
      healthy: true,
    },
  ];
  for (let round = 0; round < ROUNDS; round++) {
    // The two alternate which goes first from round to round.
    const order = round % 2 === 0 ? [swarm, sd] : [sd, swarm];
    for (const o of order) {
      const side = o === swarm ? 'swarm' : 'stevedore';
      const [c, r] = await convergeAndReplace(o);
      rows[0]![side].push(c);
      rows[1]![side].push(r);
      rows[2]![side].push(await rollout(o, V2, 5000, 'STOP_FIRST', V2));
      rows[3]![side].push(await rollout(o, V2, o === swarm ? 5000 : 0, 'STOP_FIRST', V2));
      rows[4]![side].push(await rollout(o, V2, 5000, 'START_FIRST', V2));
      rows[5]![side].push(await rollout(o, V3, 5000, 'STOP_FIRST', V1));
      console.log(`  round ${round + 1}: ${o.name} done (load ${os.loadavg()[0]!.toFixed(2)})`);
    }
    // Baseline for the first row: 20 parallel docker run of the same image on the same engine.
    const label = `${LABEL_KEY}=${RUN_ID}-baseline-${round}`;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 20 }, () =>
        docker('run', '-d', '--label', label, V1).catch((e: Error) => console.error(e.message)),
      ),
    );
    rows[0]!.baseline!.push((await observe(label, t0, (c) => c.running >= 20, 'baseline 20 running')).ms);
    await removeLabelled(label);
  }

  console.log(
    `\nrollout bench on ${NODE} (one engine, observed every ${POLL_MS} ms), ${ROUNDS} round(s), medians`,
  );
  console.log(
    '| scenario (same images, same settings) | Swarm | Stevedore | Stevedore / Swarm | fewest healthy (Swarm / Stevedore) |',
  );
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    const a = median(r.swarm.map((f) => f.ms));
    const b = median(r.stevedore.map((f) => f.ms));
    const what = r.baseline
      ? `${r.what} (vs 20 parallel \`docker run\`: ${sec(median(r.baseline))})`
      : r.what;
    const healthy = r.healthy
      ? `${Math.min(...r.swarm.map((f) => f.minHealthy!))} / ${Math.min(...r.stevedore.map((f) => f.minHealthy!))}`
      : '';
    console.log(`| ${what} | ${sec(a)} | ${sec(b)} | ${(b / a).toFixed(2)} | ${healthy} |`);
  }
  const load1 = os.loadavg();
  console.log(
    `load average: before ${load0.map((x) => x.toFixed(2)).join(' ')}, after ${load1.map((x) => x.toFixed(2)).join(' ')}`,
  );
}

process.on('SIGINT', () => void cleanup().finally(() => process.exit(130)));
main()
  .then(cleanup)
  .catch(async (err: Error) => {
    console.error(`rollout bench failed: ${err.message}`);
    await cleanup();
    process.exit(1);
  });
