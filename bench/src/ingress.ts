/**
 * Ingress benchmark: `npx tsx bench/src/ingress.ts` (engines up: `npm run engine -- start`).
 *
 * Starts one local/webapp:v1 replica on engine n1, published on 127.0.0.1, and Stevedore's
 * ingress proxy (the real ServiceIngress: balancer, breaker, stats) in front of it on another
 * loopback port. Then, in the same run, loads each for BENCH_SECONDS (default 10) with
 * BENCH_CONNECTIONS (default 50) connections — first the replica directly, then through the
 * ingress — and prints throughput, latency percentiles and the ingress/direct ratios.
 *
 * The load generator is autocannon (a separate process, so it does not share the proxy's event
 * loop), or wrk with BENCH_TOOL=wrk. Everything targets 127.0.0.1 only and is bounded in time;
 * the container is labelled stevedore.bench=ingress and removed at the end (also on failure).
 *
 * The webapp is busybox nc forking a shell per request, so it is slow: the absolute numbers say
 * little, the ratio says what the proxy costs.
 */
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ServiceIngress } from '../../server/src/control/ingress/service-ingress.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const SECONDS = Math.min(60, Number(process.env.BENCH_SECONDS ?? 10));
const CONNECTIONS = Math.min(200, Number(process.env.BENCH_CONNECTIONS ?? 50));
const TOOL = process.env.BENCH_TOOL === 'wrk' ? 'wrk' : 'autocannon';
const LABEL = 'stevedore.bench=ingress';

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

function engineEndpoint(): string {
  if (process.env.BENCH_ENGINE) return process.env.BENCH_ENGINE;
  const env = execFileSync('bash', [path.join(root, 'scripts/engine.sh'), 'env'], { encoding: 'utf8' });
  const nodes = /STEVEDORE_ENGINE_NODES="?([^"\n]*)"?/.exec(env)?.[1] ?? '';
  const n1 = nodes.split(',').find((p) => p.startsWith('n1='));
  if (!n1) throw new Error('engine n1 is not running: npm run engine -- start');
  return n1.slice(3);
}

const docker = async (endpoint: string, ...args: string[]) =>
  (await run('/usr/bin/docker', ['-H', endpoint, ...args], { timeout: 60_000 })).stdout.trim();

async function waitUp(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function load(url: string): Promise<Result> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error('benchmarks target 127.0.0.1 only');
  if (TOOL === 'wrk') {
    const { stdout } = await run(
      '/usr/bin/wrk',
      ['-t2', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency', '--timeout', '10s', url],
      {
        timeout: (SECONDS + 30) * 1000,
      },
    );
    const num = (re: RegExp) => Number(re.exec(stdout)?.[1] ?? 0);
    const ms = (re: RegExp) => {
      const m = re.exec(stdout);
      if (!m) return 0;
      const v = Number(m[1]);
      return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
    };
    const total = num(/(\d+) requests in/);
    const errs = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
    return {
      rps: num(/Requests\/sec:\s+([\d.]+)/),
      p50: ms(/\s50%\s+([\d.]+)(us|ms|s)/),
      p99: ms(/\s99%\s+([\d.]+)(us|ms|s)/),
      errors: errs ? errs.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
      non2xx: num(/Non-2xx or 3xx responses: (\d+)/),
      total,
    };
  }
  const bin = path.join(root, 'node_modules/.bin/autocannon');
  const { stdout } = await run(
    bin,
    ['-j', '-c', String(CONNECTIONS), '-d', String(SECONDS), '-t', '10', url],
    {
      timeout: (SECONDS + 30) * 1000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const r = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
  };
}

async function main(): Promise<void> {
  const endpoint = engineEndpoint();
  const stale = (await docker(endpoint, 'ps', '-aq', '--filter', `label=${LABEL}`))
    .split('\n')
    .filter(Boolean);
  if (stale.length) await docker(endpoint, 'rm', '-f', ...stale);
  const id = await docker(
    endpoint,
    'run',
    '-d',
    '--label',
    LABEL,
    '-p',
    '127.0.0.1::8080',
    'local/webapp:v1',
  );
  let ingress: ServiceIngress | undefined;
  try {
    const hostPort = Number(
      (await docker(endpoint, 'port', id, '8080/tcp')).split('\n')[0]!.split(':').pop(),
    );
    const direct = `http://127.0.0.1:${hostPort}/`;
    await waitUp(direct);
    ingress = new ServiceIngress({
      serviceId: 'bench',
      serviceName: 'bench',
      host: '127.0.0.1',
      port: 0,
      algorithm: 'ROUND_ROBIN',
      breaker: { failureThreshold: 5, resetTimeoutMs: 60_000 },
      upstreamTimeoutMs: 30_000,
      retries: 2,
      maxBufferedBody: 1024 * 1024,
    });
    await ingress.listen();
    ingress.setEndpoints([
      { taskId: 'bench-replica', nodeId: 'n1', nodeName: 'n1', host: '127.0.0.1', port: hostPort },
    ]);
    const via = `http://127.0.0.1:${ingress.port}/`;
    await waitUp(via);

    console.log(
      `ingress benchmark: ${TOOL}, ${CONNECTIONS} connections, ${SECONDS} s each, GET / of one local/webapp:v1 replica on n1`,
    );
    const d = await load(direct);
    const i = await load(via);
    const row = (name: string, r: Result) =>
      `${name.padEnd(16)} ${r.rps.toFixed(1).padStart(10)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(9)} ${String(r.total).padStart(8)} ${String(r.errors + r.non2xx).padStart(7)}`;
    console.log(
      `${'target'.padEnd(16)} ${'req/s'.padStart(10)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'total'.padStart(8)} ${'failed'.padStart(7)}`,
    );
    console.log(row('direct', d));
    console.log(row('through ingress', i));
    console.log(
      `ratio ingress/direct: throughput ${(i.rps / d.rps).toFixed(3)}, p50 ${(i.p50 / d.p50).toFixed(3)}, p99 ${(i.p99 / d.p99).toFixed(3)}`,
    );
    const snap = ingress.stats.snapshot();
    console.log(
      `ingress counters: ${snap.requests} requests, ${snap.errors} errors, ${snap.retries} retries`,
    );
  } finally {
    await ingress?.close();
    await docker(endpoint, 'rm', '-f', id).catch(() => undefined);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
