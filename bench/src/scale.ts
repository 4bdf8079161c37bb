/**
 * The control plane at scale on simulated engines (issue #20 item 4): `npm run bench scale`.
 *
 * Each case runs in a child process of its own (so RSS is that case's alone): the built server
 * (server/dist: startApp, access control on) in-process on a fresh data dir, with the in-memory
 * FakeEngine (server/src/engine/testing/fake-engine.ts) behind every node. The case adds N nodes
 * (addNode over HTTP), creates S services of R replicas (createService over HTTP), then measures:
 *   - place: first createService → every task's container running on a fake engine;
 *   - reconcile passes once settled (the reconcile loop's own passes, resync every 300 ms),
 *     p50/p99 of their durations;
 *   - peak RSS (sampled every 100 ms through the whole case);
 *   - the services page's query (web/src/graphql/services.ts, printed from the web's codegen)
 *     over HTTP: the first one, then the p50 of 5.
 * The fake engines answer in microseconds: these figures are the control plane's own cost, not
 * an engine's. The baseline is the same at a tenth of the size, in the same run.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import { startFakeControlPlane } from './lib/fake-control-plane.js';

export interface CaseResult {
  nodes: number;
  services: number;
  tasks: number;
  createMs: number;
  placeMs: number;
  passes: number;
  passP50Ms: number;
  passP99Ms: number;
  rssPeakMb: number;
  firstQueryMs: number;
  queryP50Ms: number;
  queryBytes: number;
}

const CASE_TIMEOUT_MS = 240_000;
const SETTLED_PASSES = 30;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runCase(nodeCount: number, serviceCount: number, replicas: number): Promise<CaseResult> {
  const { ServicesDocument } = await import('../../web/src/gql/graphql.js');

  let rssPeak = process.memoryUsage().rss;
  const rssTimer = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
  const cp = await startFakeControlPlane('scale', {
    STEVEDORE_RESYNC_INTERVAL_MS: '300',
    // The store under test: SQLite in the data dir, or PostgreSQL (npm run bench store).
    ...(process.env.STEVEDORE_BENCH_DATABASE_URL
      ? { STEVEDORE_DATABASE_URL: process.env.STEVEDORE_BENCH_DATABASE_URL }
      : {}),
  });
  const { app, fleet, gql } = cp;
  const running = () => {
    let n = 0;
    for (const e of fleet.engines.values())
      for (const c of (e as unknown as { containers: Map<string, { state: string }> }).containers.values())
        if (c.state === 'running') n++;
    return n;
  };
  // The reconcile loop's own passes, timed around Reconciler.pass (what onPass reports to /metrics).
  const passes: number[] = [];
  const reconciler = app.core.reconciler;
  const pass = reconciler.pass.bind(reconciler);
  reconciler.pass = async (now?: Date) => {
    const t0 = performance.now();
    try {
      return await pass(now);
    } finally {
      passes.push(performance.now() - t0);
    }
  };
  try {
    for (let i = 0; i < nodeCount; i++)
      await gql('mutation($i: AddNodeInput!) { addNode(input: $i) { id } }', {
        i: { name: `f${String(i).padStart(4, '0')}`, endpoint: `tcp://fake-${i}.sim:2375` },
      });
    const tasks = serviceCount * replicas;
    const t0 = performance.now();
    for (let i = 0; i < serviceCount; i++)
      await gql('mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }', {
        s: { name: `s${String(i).padStart(4, '0')}`, image: 'local/webapp:v1', replicas, stopTimeoutSec: 1 },
      });
    const createMs = performance.now() - t0;
    for (;;) {
      if (running() >= tasks) break;
      if (performance.now() - t0 > CASE_TIMEOUT_MS - 60_000)
        throw new Error(
          `only ${running()} of ${tasks} tasks running after ${Math.round(performance.now() - t0)} ms`,
        );
      await sleep(50);
    }
    const placeMs = performance.now() - t0;
    // Settled: let the store catch up with the containers, then time the next passes.
    await sleep(1000);
    passes.length = 0;
    const deadline = performance.now() + 60_000;
    while (passes.length < SETTLED_PASSES && performance.now() < deadline) await sleep(50);
    const settled = passes.slice(0, SETTLED_PASSES);
    const query = print(ServicesDocument);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 6; i++) {
      const q0 = performance.now();
      const r = await gql<{ services: { runningReplicas: number }[] }>(query, {});
      times.push(performance.now() - q0);
      bytes = r.bytes;
      if (i === 0) {
        const sum = r.data.services.reduce((a, s) => a + s.runningReplicas, 0);
        if (r.data.services.length !== serviceCount || sum !== tasks)
          throw new Error(`services query: ${r.data.services.length} services, ${sum} running replicas`);
      }
    }
    return {
      nodes: nodeCount,
      services: serviceCount,
      tasks,
      createMs,
      placeMs,
      passes: settled.length,
      passP50Ms: quantile(settled, 0.5),
      passP99Ms: quantile(settled, 0.99),
      rssPeakMb: Math.max(rssPeak, process.memoryUsage().rss) / 2 ** 20,
      firstQueryMs: times[0]!,
      queryP50Ms: quantile(times.slice(1), 0.5),
      queryBytes: bytes,
    };
  } finally {
    clearInterval(rssTimer);
    await cp.stop();
  }
}

/** Runs one case in a child (tsx's loader again), bounded in time; its result is its last line. */
export function child(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CaseResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--case', ...args],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env,
      },
    );
    let out = '';
    proc.stdout.on('data', (b: Buffer) => (out += b.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), CASE_TIMEOUT_MS);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as CaseResult);
      else reject(new Error(`case ${args.join('/')} failed (exit ${code}): ${out.slice(-2000)}`));
    });
  });
}

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

async function main() {
  if (process.argv[2] === '--case') {
    const [n, s, r] = process.argv.slice(3).map(Number) as [number, number, number];
    const result = await runCase(n, s, r);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  }
  console.log(
    `load average before: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${os.cpus().length} cores)`,
  );
  const base = await child(['20', '100', '10']);
  const big = await child(['200', '1000', '10']);
  const rows: [string, number, number, string, (v: number) => string][] = [
    ['createService ×services (HTTP, one by one)', big.createMs, base.createMs, '', fmtMs],
    ['all tasks placed and running (from the first create)', big.placeMs, base.placeMs, '', fmtMs],
    ['reconcile pass p50, settled', big.passP50Ms, base.passP50Ms, '', fmtMs],
    ['reconcile pass p99, settled', big.passP99Ms, base.passP99Ms, '<= 100 ms', fmtMs],
    ['peak RSS', big.rssPeakMb, base.rssPeakMb, '<= 400 MB', (v) => `${v.toFixed(0)} MB`],
    ['services page query, first', big.firstQueryMs, base.firstQueryMs, '', fmtMs],
    ['services page query, p50 of 5', big.queryP50Ms, base.queryP50Ms, '', fmtMs],
  ];
  console.log(
    `\n| case | ${big.nodes} nodes / ${big.services} services / ${big.tasks} tasks | baseline ${base.nodes} / ${base.services} / ${base.tasks} | ratio | target |`,
  );
  console.log('|---|---|---|---|---|');
  for (const [name, v, b, target, f] of rows) {
    const verdict = target
      ? `${target} ${v <= Number(/[\d.]+/.exec(target)![0]) ? '(met)' : '(MISSED)'}`
      : '';
    console.log(`| ${name} | ${f(v)} | ${f(b)} | ${(v / b).toFixed(2)}× | ${verdict} |`);
  }
  console.log(
    `(settled passes timed: ${big.passes} and ${base.passes}; services query ${(big.queryBytes / 1024).toFixed(0)} KiB and ${(base.queryBytes / 1024).toFixed(0)} KiB)`,
  );
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

// Run as a bench (or a case); imported (bench/src/store.ts), it only lends child().
if (process.argv[1] === fileURLToPath(import.meta.url))
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
