/**
 * Ingress benchmark: `npx tsx bench/src/ingress.ts` (engines up: `npm run engine -- start`).
 *
 * Starts one local/webapp:v1 replica on engine n1, published on 127.0.0.1, and a fast node:http
 * upstream in its own process, each with Stevedore's ingress proxy (the real ServiceIngress:
 * balancer, breaker, stats) in front of it on another loopback port. Then, in the same run, loads
 * each for BENCH_SECONDS (default 10) with BENCH_CONNECTIONS (default 50) connections — first the
 * upstream directly, then through the ingress — and prints throughput, latency percentiles and the
 * ingress/direct ratios.
 *
 * The load generator is autocannon (a separate process, so it does not share the proxy's event
 * loop), or wrk with BENCH_TOOL=wrk. Everything targets 127.0.0.1 only and is bounded in time;
 * the container is labelled stevedore.bench=ingress and removed at the end (also on failure).
 *
 * The webapp is busybox nc forking a shell per request, so it is slow and hides the proxy; the
 * node:http upstream answers in microseconds, so its ratio is what the proxy itself costs.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
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

/** A fast upstream in its own process (node:http answering 200 "ok"), so the proxy's cost shows. */
async function fastUpstream(): Promise<{ port: number; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      "const s=require('http').createServer((q,r)=>{r.setHeader('content-type','text/plain');r.end('ok\\n')});s.listen(0,'127.0.0.1',()=>console.log(s.address().port))",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('fast upstream did not start within 10 s')), 10_000);
    child.stdout.once('data', (d: Buffer) => {
      clearTimeout(timer);
      resolve(Number(String(d).trim()));
    });
  });
  return { port, stop: () => child.kill() };
}

/** Stevedore's ServiceIngress (balancer, breaker, stats) behind a plain server on a loopback port. */
async function ingressFor(
  port: number,
): Promise<{ ingress: ServiceIngress; server: http.Server; url: string }> {
  const ingress = new ServiceIngress({
    serviceId: 'bench',
    serviceName: 'bench',
    algorithm: 'ROUND_ROBIN',
    breaker: { failureThreshold: 5, resetTimeoutMs: 60_000 },
    upstreamTimeoutMs: 30_000,
    retries: 2,
    maxBufferedBody: 1024 * 1024,
  });
  ingress.setEndpoints([
    { taskId: 'bench-replica', revision: 1, nodeId: 'n1', nodeName: 'n1', host: '127.0.0.1', port },
  ]);
  const server = http.createServer((req, res) => void ingress.handle(req, res));
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  await waitUp(url);
  return { ingress, server, url };
}

const row = (name: string, r: Result) =>
  `${name.padEnd(30)} ${r.rps.toFixed(1).padStart(10)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(9)} ${String(r.total).padStart(8)} ${String(r.errors + r.non2xx).padStart(7)}`;
const head = () =>
  console.log(
    `${'target'.padEnd(30)} ${'req/s'.padStart(10)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'total'.padStart(8)} ${'failed'.padStart(7)}`,
  );
const ratio = (i: Result, d: Result) =>
  `throughput ${(i.rps / d.rps).toFixed(3)}, p50 ${(i.p50 / d.p50).toFixed(3)}, p99 ${(i.p99 / d.p99).toFixed(3)}`;

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
  const fast = await fastUpstream();
  const opened: { ingress: ServiceIngress; server: http.Server }[] = [];
  try {
    const hostPort = Number(
      (await docker(endpoint, 'port', id, '8080/tcp')).split('\n')[0]!.split(':').pop(),
    );
    const targets = [
      { name: 'local/webapp:v1 on n1', port: hostPort },
      { name: 'node:http upstream', port: fast.port },
    ];
    console.log(`ingress benchmark: ${TOOL}, ${CONNECTIONS} connections, ${SECONDS} s each, GET /`);
    head();
    for (const t of targets) {
      const direct = `http://127.0.0.1:${t.port}/`;
      await waitUp(direct);
      const via = await ingressFor(t.port);
      opened.push(via);
      const d = await load(direct);
      const i = await load(via.url);
      console.log(row(`${t.name}: direct`, d));
      console.log(row(`${t.name}: ingress`, i));
      console.log(`  ratio ingress/direct: ${ratio(i, d)}`);
      const snap = via.ingress.stats.snapshot();
      console.log(
        `  ingress counters: ${snap.requests} requests, ${snap.errors} errors, ${snap.retries} retries`,
      );
    }
  } finally {
    for (const o of opened) {
      await o.ingress.close();
      o.server.closeAllConnections();
      o.server.close();
    }
    fast.stop();
    await docker(endpoint, 'rm', '-f', id).catch(() => undefined);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
