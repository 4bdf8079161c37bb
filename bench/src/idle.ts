/**
 * Idle cost benchmark: `npm run bench idle` (or `npx tsx bench/src/idle.ts` after a server build).
 * Needs the engine fleet n1..n3 (`scripts/engine.sh start --nodes 3`).
 *
 * One control plane (a child process, access control on) with n1, n2 and n3 runs 100 services of
 * 5 sleeping busybox replicas: 500 containers. Once they all run and the control plane has
 * settled, nothing changes for 30 s and the process's CPU time (/proc/PID/stat, user + system)
 * and RSS are read. Then one replica is killed with `docker kill` and the time until its service
 * has 5 running replicas again is measured (polling the engines every 50 ms).
 *
 * The same control plane is then restarted on the same data dir (it adopts the same 500
 * containers) with the settings before issue #20: a full resync every 2 s, containers listed on
 * every heartbeat, node load sampled every 5 s whether or not anything is placed
 * (STEVEDORE_RESYNC_INTERVAL_MS=2000, STEVEDORE_HEARTBEAT_RELIST_MS=100,
 * STEVEDORE_NODE_LOAD_DEMAND_MS=0), and measured the same way: the baseline of the same run.
 * With STEVEDORE_BENCH_BASE_DIST (another build's main.js, e.g. today's main) the baseline is
 * that build with the same default settings instead: a change's before and after in one run.
 * stevedore_resync_repairs_total is read from /metrics at the end of each phase.
 * Everything created is removed at the end, also on failure.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { gql, startServer, type Server } from './lib/control-plane.js';

const run = promisify(execFile);
const ENGINE_DIR = process.env.STEVEDORE_ENGINE_DIR ?? '/var/lib/stevedore/engines';
const sock = (n: string) => `unix://${ENGINE_DIR}/${n}/docker.sock`;
const DOCKER = '/usr/bin/docker';
const NODES = ['n1', 'n2', 'n3'];
const SERVICES = Number(process.env.IDLE_SERVICES ?? 100);
const REPLICAS = 5;
const IDLE_MS = Number(process.env.IDLE_MS ?? 30_000);
const RUN_ID = `bench-idle-${Date.now().toString(36)}`;
const LABEL = `stevedore.bench=${RUN_ID}`;
const PORT = Number(process.env.BENCH_PORT ?? 4710);
const TICKS = 100; // USER_HZ on Linux
const BASE_DIST = process.env.STEVEDORE_BENCH_BASE_DIST;

const docker = async (node: string, ...args: string[]) =>
  (await run(DOCKER, ['-H', sock(node), ...args], { timeout: 120_000, maxBuffer: 64 << 20 })).stdout.trim();

async function runningIds(node: string, label: string): Promise<string[]> {
  const out = await docker(node, 'ps', '-q', '--filter', `label=${label}`, '--filter', 'status=running');
  return out.split('\n').filter(Boolean);
}

async function runningTotal(label: string): Promise<number> {
  const counts = await Promise.all(NODES.map((n) => runningIds(n, label)));
  return counts.reduce((sum, ids) => sum + ids.length, 0);
}

async function until(what: string, boundMs: number, check: () => Promise<boolean>): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    if (await check()) return performance.now() - t0;
    if (performance.now() - t0 > boundMs) throw new Error(`${what}: not within ${boundMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** User + system CPU seconds of a process. */
function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function repairs(s: Server): Promise<number> {
  const res = await fetch(s.url.replace('/graphql', '/metrics')).catch(() => undefined);
  const text = res?.ok ? await res.text() : '';
  const m = /^stevedore_resync_repairs_total (\d+)/m.exec(text);
  return m ? Number(m[1]) : Number.NaN;
}

interface Phase {
  cpuS: number;
  cpuPercent: number;
  rssMiB: number;
  backMs: number;
  repairs: number;
}

/** 30 s of nothing, then one replica killed and back. */
async function measure(s: Server, serviceIds: string[]): Promise<Phase> {
  const pid = s.proc.pid!;
  // Settle: every replica running, then a few quiet seconds.
  await until(
    '500 replicas running',
    600_000,
    async () => (await runningTotal(LABEL)) === SERVICES * REPLICAS,
  );
  await new Promise((r) => setTimeout(r, 5_000));
  const c0 = cpuSeconds(pid);
  const t0 = performance.now();
  let peak = 0;
  while (performance.now() - t0 < IDLE_MS) {
    await new Promise((r) => setTimeout(r, 1_000));
    peak = Math.max(peak, rssMiB(pid));
  }
  const cpuS = cpuSeconds(pid) - c0;
  const seconds = (performance.now() - t0) / 1000;
  // Kill one replica of a service on n2 and wait for its service to run 5 again.
  const serviceId = serviceIds[Math.floor(serviceIds.length / 2)]!;
  const svcLabel = `stevedore.service=${serviceId}`;
  let victimNode = 'n1';
  let victim = '';
  for (const n of NODES) {
    const ids = await runningIds(n, svcLabel);
    if (ids.length) {
      victimNode = n;
      victim = ids[0]!;
      if (n === 'n2') break;
    }
  }
  const k0 = performance.now();
  await docker(victimNode, 'kill', victim);
  await until('killed replica back', 60_000, async () => {
    const ids = (await Promise.all(NODES.map((n) => runningIds(n, svcLabel)))).flat();
    return ids.length === REPLICAS && !ids.some((id) => victim.startsWith(id));
  });
  const backMs = performance.now() - k0;
  return { cpuS, cpuPercent: (cpuS / seconds) * 100, rssMiB: peak, backMs, repairs: await repairs(s) };
}

async function stop(s: Server | undefined): Promise<void> {
  if (!s || s.proc.exitCode !== null) return;
  const exited = new Promise((r) => s.proc.once('exit', r));
  s.proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
  if (s.proc.exitCode === null) s.proc.kill('SIGKILL');
}

function row(name: string, now: string, base: string, ratio: string): string {
  return `  ${name.padEnd(34)} ${now.padStart(12)}   ${base.padStart(12)}   ${ratio}`;
}

async function main(): Promise<void> {
  for (const n of NODES)
    await docker(n, 'version', '--format', '{{.Server.Version}}').catch(() => {
      throw new Error(`engine ${n} does not answer: scripts/engine.sh start --nodes 3`);
    });
  let server: Server | undefined;
  let dataDir: string | undefined;
  const serviceIds: string[] = [];
  const load = (await run('cat', ['/proc/loadavg'])).stdout.trim();
  try {
    server = await startServer(sock('n1'), { STEVEDORE_METRICS_PUBLIC: 'true' }, { port: PORT });
    dataDir = server.dataDir;
    for (const n of ['n2', 'n3'])
      await gql(server, 'mutation($i: AddNodeInput!) { addNode(input: $i) { id } }', {
        i: { name: n, endpoint: sock(n) },
      });
    for (let i = 0; i < SERVICES; i++) {
      const d = await gql<{ createService: { id: string } }>(
        server,
        'mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }',
        {
          s: {
            name: `${RUN_ID}-${i}`,
            image: 'local/busybox:1',
            command: ['sleep', '86400'],
            replicas: REPLICAS,
            stopTimeoutSec: 1,
            labels: [{ key: 'stevedore.bench', value: RUN_ID }],
          },
        },
      );
      serviceIds.push(d.createService.id);
    }
    console.log(`idle: ${SERVICES} services × ${REPLICAS} busybox replicas over n1 n2 n3 (load ${load})`);
    const now = await measure(server, serviceIds);
    await stop(server);
    // The baseline: the same control plane and containers with the settings before issue #20.
    server = BASE_DIST
      ? await startServer(
          sock('n1'),
          { STEVEDORE_METRICS_PUBLIC: 'true' },
          { port: PORT + 1, dataDir, dist: BASE_DIST },
        )
      : await startServer(
          sock('n1'),
          {
            STEVEDORE_METRICS_PUBLIC: 'true',
            STEVEDORE_RESYNC_INTERVAL_MS: '2000',
            STEVEDORE_HEARTBEAT_RELIST_MS: '100',
            STEVEDORE_NODE_LOAD_DEMAND_MS: '0',
          },
          { port: PORT + 1, dataDir },
        );
    const base = await measure(server, serviceIds);
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log(row('', 'this build', BASE_DIST ? 'base build' : 'resync 2 s', 'ratio'));
    console.log(
      row(
        `CPU over ${IDLE_MS / 1000} s idle`,
        `${now.cpuS.toFixed(2)} s`,
        `${base.cpuS.toFixed(2)} s`,
        ratio(now.cpuS, base.cpuS),
      ),
    );
    console.log(
      row(
        'share of one core',
        `${now.cpuPercent.toFixed(2)} %`,
        `${base.cpuPercent.toFixed(2)} %`,
        `(target ≤ 1 %)`,
      ),
    );
    console.log(
      row(
        'RSS (peak while idle)',
        `${now.rssMiB.toFixed(0)} MiB`,
        `${base.rssMiB.toFixed(0)} MiB`,
        `${ratio(now.rssMiB, base.rssMiB)} (target ≤ 150 MB)`,
      ),
    );
    console.log(
      row(
        'killed replica back',
        `${(now.backMs / 1000).toFixed(2)} s`,
        `${(base.backMs / 1000).toFixed(2)} s`,
        `${ratio(now.backMs, base.backMs)} (target ≤ 0.7 s)`,
      ),
    );
    console.log(row('stevedore_resync_repairs_total', String(now.repairs), String(base.repairs), ''));
    console.log(`  load average after: ${(await run('cat', ['/proc/loadavg'])).stdout.trim()}`);
  } finally {
    if (server && server.proc.exitCode === null)
      for (const id of serviceIds)
        await gql(server, 'mutation($id: ID!) { removeService(id: $id) { id } }', { id }).catch(
          () => undefined,
        );
    if (server) {
      const s = server;
      await until('services removed', 180_000, async () => (await runningTotal(LABEL)) === 0).catch(() => 0);
      await stop(s);
    }
    for (const n of NODES) {
      const ids = (await docker(n, 'ps', '-aq', '--filter', `label=${LABEL}`).catch(() => '')).split('\n');
      if (ids.filter(Boolean).length) await docker(n, 'rm', '-f', ...ids.filter(Boolean)).catch(() => '');
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  console.error(`idle bench failed: ${err.message}`);
  process.exitCode = 1;
});
