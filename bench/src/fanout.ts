/**
 * Real-time fan-out benchmark (bounded: every loop has a count and a deadline).
 *
 *   npm run build -w server && npx tsx bench/src/fanout.ts
 *
 * The server runs in this process on 127.0.0.1:0 with engine n1 (from `scripts/engine.sh env`);
 * the clients run in a forked child, so this process's CPU (process.cpuUsage) is the server's.
 *
 *  1. 1,000 graphql-ws subscribers of `events` and 200 of `containerStats` on one busy container:
 *     synthetic events published on the bus at a steady rate, then in a burst; delivered
 *     messages/s, due → client receipt latency p50/p99 (see measure), server CPU and RSS, and a
 *     checksum of the ticks each subscriber got (every one, in order). The same
 *     fan-out through a bare `ws` broadcast server is the baseline (ratio printed).
 *  2. Engine events (between the steady and the burst parts): containers created/started/removed in a loop (≤ 15 s), engine event time
 *     → client receipt latency for the same 1,000 subscribers.
 *  3. Watching 100 containers at 1 Hz: Stevedore (100 containerStats subscriptions) vs `docker
 *     stats` streaming vs a `docker stats --no-stream` loop, 10 s each: CPU of the watcher and
 *     of dockerd.
 *
 * Knobs (env): BENCH_EVENT_SUBS=1000 BENCH_STATS_SUBS=200 BENCH_RATE=20 BENCH_RATE_SECONDS=5
 * BENCH_BURST=200 BENCH_WATCH=100 BENCH_WATCH_SECONDS=10.
 */
import 'reflect-metadata';
import { execFile, fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';

const execFileP = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const env = (k: string, d: number) => Number(process.env[k] ?? d);
const EVENT_SUBS = env('BENCH_EVENT_SUBS', 1000);
const STATS_SUBS = env('BENCH_STATS_SUBS', 200);
const RATE = env('BENCH_RATE', 20);
const RATE_SECONDS = env('BENCH_RATE_SECONDS', 5);
const BURST = env('BENCH_BURST', 200);
const WATCH = Math.min(env('BENCH_WATCH', 100), 100);
const WATCH_SECONDS = env('BENCH_WATCH_SECONDS', 10);
/** Which parts run: any of fanout,engine,baseline,watch (default all). */
const PHASES = new Set((process.env.BENCH_PHASES ?? 'fanout,engine,baseline,watch').split(','));
// Set in the parent before the clients' child is forked, which inherits it.
process.env.BENCH_ADMIN_TOKEN ??= `bench-admin-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
const TOKEN = process.env.BENCH_ADMIN_TOKEN;
const LABEL = `stevedore.bench=fanout-${Date.now().toString(36)}`;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ client side (forked child)

type Cmd =
  | { cmd: 'events'; url: string; n: number }
  | { cmd: 'stats'; url: string; ids: string[]; perId: number; perConn: number }
  | { cmd: 'ws'; url: string; n: number }
  | { cmd: 'reset'; engine?: boolean }
  | { cmd: 'report' }
  | { cmd: 'closeAll' }
  | { cmd: 'exit' };

interface Report {
  received: number;
  statsReceived: number;
  gaps: number;
  p50: number;
  p99: number;
  first: number;
  last: number;
  cpuMs: number;
  subscribersWithData: number;
  statsSubscribersWithData: number;
  /** "count:hash" of the bench.tick indexes each subscriber got, in order → how many subscribers. */
  checksums: Record<string, number>;
}

/** An order-sensitive hash of the tick indexes 0..count-1, as a subscriber that got all of them has it. */
function tickHash(h: number, i: number): number {
  return (Math.imul(h, 31) + i + 1) >>> 0;
}
function expectedChecksum(count: number): string {
  let h = 0;
  for (let i = 0; i < count; i++) h = tickHash(h, i);
  return `${count}:${h}`;
}

async function clientMain(): Promise<void> {
  let lat = new Float64Array(1 << 20);
  let n = 0;
  let received = 0;
  let statsReceived = 0;
  let gaps = 0;
  let first = 0;
  let last = 0;
  let cpu0 = process.cpuUsage();
  let countEngine = false;
  const gotData = new Set<number>();
  const sums = new Map<number, { n: number; h: number }>();
  const statsGotData = new Set<number>();
  const clients: Client[] = [];
  const stops: (() => void)[] = [];
  const raw: WebSocket[] = [];
  const record = (ms: number) => {
    if (n === lat.length) {
      const bigger = new Float64Array(lat.length * 2);
      bigger.set(lat);
      lat = bigger;
    }
    lat[n++] = ms;
  };
  /** Counts and times bench.* events (publish time in data.t) or container.* ones (engine time), per phase. */
  const onEvent = (
    sub: number,
    e: { kind: string; time: string; data?: { t?: number; i?: number } | null },
  ) => {
    const t = now();
    if (e.kind === 'stream.gap') {
      gaps++;
      return;
    }
    const engine = e.kind.startsWith('container.');
    if (engine !== countEngine) return;
    received++;
    gotData.add(sub);
    if (!first) first = t;
    last = t;
    if (engine) record(t - Date.parse(e.time));
    else if (typeof e.data?.t === 'number') record(t - e.data.t);
    if (!engine && typeof e.data?.i === 'number') {
      let c = sums.get(sub);
      if (!c) sums.set(sub, (c = { n: 0, h: 0 }));
      c.n++;
      c.h = tickHash(c.h, e.data.i);
    }
  };
  const connect = (url: string) => {
    // A few retries: on a loaded machine a connection_init can miss the server's 3 s init window.
    const c = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 5,
      lazy: false,
      connectionParams: { authToken: TOKEN },
      onNonLazyError: () => {},
    });
    clients.push(c);
    return c;
  };

  process.on('message', async (m: Cmd) => {
    switch (m.cmd) {
      case 'events': {
        for (let i = 0; i < m.n; i++) {
          const c = connect(m.url);
          stops.push(
            c.subscribe<{ events: { kind: string; time: string; data?: { t?: number } | null } }>(
              {
                query:
                  'subscription { events(filter: { kinds: ["bench.*", "container.*"] }) { cursor kind time data } }',
              },
              { next: (r) => r.data && onEvent(i, r.data.events), error: () => {}, complete: () => {} },
            ),
          );
          if (i % 100 === 99) await sleep(50); // don't SYN-flood our own listener
        }
        break;
      }
      case 'stats': {
        let c: Client | undefined;
        let k = 0;
        for (const id of m.ids) {
          for (let j = 0; j < m.perId; j++, k++) {
            if (k % m.perConn === 0) c = connect(m.url);
            const sub = k;
            stops.push(
              c!.subscribe(
                {
                  query: `subscription($id: String!) { containerStats(containerId: $id) { cpuPercent timestamp } }`,
                  variables: { id },
                },
                {
                  next: () => {
                    statsReceived++;
                    statsGotData.add(sub);
                  },
                  error: () => {},
                  complete: () => {},
                },
              ),
            );
          }
        }
        break;
      }
      case 'ws': {
        for (let i = 0; i < m.n; i++) {
          const ws = new WebSocket(m.url);
          const sub = i;
          ws.on('message', (d) =>
            onEvent(
              sub,
              (JSON.parse(String(d)) as { payload: { data: { events: never } } }).payload.data.events,
            ),
          );
          ws.on('error', () => {});
          raw.push(ws);
          if (i % 100 === 99) await sleep(50);
        }
        await Promise.all(
          raw.map((ws) => (ws.readyState === ws.OPEN ? null : new Promise((r) => ws.once('open', r)))),
        );
        break;
      }
      case 'reset':
        countEngine = m.engine ?? false;
        n = 0;
        received = 0;
        statsReceived = 0;
        gaps = 0;
        first = 0;
        last = 0;
        gotData.clear();
        sums.clear();
        statsGotData.clear();
        cpu0 = process.cpuUsage();
        break;
      case 'report': {
        const sorted = lat.slice(0, n).sort();
        const q = (p: number) => (n ? sorted[Math.min(n - 1, Math.floor(p * n))]! : NaN);
        const cpu = process.cpuUsage(cpu0);
        const checksums: Record<string, number> = {};
        for (const c of sums.values()) checksums[`${c.n}:${c.h}`] = (checksums[`${c.n}:${c.h}`] ?? 0) + 1;
        const r: Report = {
          checksums,
          received,
          statsReceived,
          gaps,
          p50: q(0.5),
          p99: q(0.99),
          first,
          last,
          cpuMs: (cpu.user + cpu.system) / 1000,
          subscribersWithData: gotData.size,
          statsSubscribersWithData: statsGotData.size,
        };
        process.send!(r);
        return;
      }
      case 'closeAll':
        for (const s of stops.splice(0)) s();
        await Promise.all(clients.splice(0).map((c) => c.dispose()));
        for (const ws of raw.splice(0)) ws.terminate();
        break;
      case 'exit':
        process.exit(0);
    }
    process.send!({ ok: true });
  });
  process.send!({ ok: true });
}

// ------------------------------------------------------------------ server side (this process)

class Clients {
  private child: ChildProcess;
  private waiting: ((m: unknown) => void)[] = [];
  constructor() {
    this.child = fork(fileURLToPath(import.meta.url), ['--clients'], {
      execArgv: process.execArgv,
      stdio: 'inherit',
    });
    this.child.on('message', (m) => this.waiting.shift()?.(m));
  }
  ready(): Promise<unknown> {
    return new Promise((r) => this.waiting.push(r));
  }
  send<T = { ok: true }>(c: Cmd, timeoutMs = 120_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`client command ${c.cmd} timed out`)), timeoutMs);
      this.waiting.push((m) => {
        clearTimeout(t);
        resolve(m as T);
      });
      this.child.send(c);
    });
  }
  report(): Promise<Report> {
    return this.send<Report>({ cmd: 'report' });
  }
  kill(): void {
    this.child.kill('SIGKILL');
  }
}

async function engineN1(): Promise<string> {
  const { stdout } = await execFileP('bash', [path.join(repo, 'scripts/engine.sh'), 'env'], {
    timeout: 30_000,
  });
  const m = /STEVEDORE_ENGINE_NODES="?([^"\n]*)"?/.exec(stdout);
  const n1 = m?.[1]
    ?.split(',')
    .find((p) => p.startsWith('n1='))
    ?.slice(3);
  if (!n1) throw new Error(`engine.sh env names no n1:\n${stdout}`);
  return n1;
}

async function docker(endpoint: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileP('/usr/bin/docker', ['-H', endpoint, ...args], { timeout: 60_000 });
  return stdout.trim();
}

/** CPU ms of a process from /proc (utime + stime; or children's, reaped). */
function procCpuMs(pid: number | 'self', children = false): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields after "(comm) ": state=0 ... utime=11 stime=12 cutime=13 cstime=14
  const [u, s] = children ? [Number(f[13]), Number(f[14])] : [Number(f[11]), Number(f[12])];
  return ((u + s) * 1000) / 100; // CLK_TCK = 100 on Linux
}

interface Row {
  case: string;
  delivered: string;
  rate: string;
  p50: string;
  p99: string;
  cpu: string;
  extra: string;
}
const rows: Row[] = [];
const fmt = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');

/** Waits until `expected` messages arrived, or no progress for 8 s, or the deadline. */
async function drain(clients: Clients, expected: number, deadlineMs: number): Promise<Report> {
  const end = Date.now() + deadlineMs;
  let last = -1;
  let still = Date.now();
  for (;;) {
    const r = await clients.report();
    if (r.received >= expected) return r;
    if (r.received !== last) {
      last = r.received;
      still = Date.now();
    }
    if (Date.now() - still > 8000 || Date.now() > end) return r;
    await sleep(200);
  }
}

/**
 * Publishes `count` events (at RATE per second, or as one burst) and waits for them all. Latency
 * is from when each event was due (its slot in the schedule; for a burst, the burst's start: all
 * of it happened at once) to its receipt, for Stevedore and the bare ws baseline alike. Stamping
 * the moment the publish call ran instead would hide the baseline's own backlog: its publish call
 * is the broadcast itself, so when the process is short of CPU it runs late and stamps late,
 * while Stevedore's publish (onto the bus) runs on time and its backlog shows.
 */
async function measure(
  name: string,
  clients: Clients,
  publish: (i: number, due: number) => void,
  count: number,
  pace: 'rate' | 'burst',
  subs: number,
): Promise<Report & { cpuMs: number; rssMb: number; wallMs: number; checksumsComplete: number }> {
  await clients.send({ cmd: 'reset' });
  let rss = process.memoryUsage().rss;
  const rssTimer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 100);
  const cpu0 = process.cpuUsage();
  const t0 = now();
  if (pace === 'rate') {
    const every = 1000 / RATE;
    for (let i = 0; i < count; i++) {
      publish(i, t0 + i * every);
      const due = t0 + (i + 1) * every;
      const wait = due - now();
      if (wait > 0) await sleep(wait);
    }
  } else {
    for (let i = 0; i < count; i += 50) {
      for (let j = i; j < Math.min(count, i + 50); j++) publish(j, t0);
      await new Promise((r) => setImmediate(r));
    }
  }
  const r = await drain(clients, count * subs, 30_000);
  const cpu = process.cpuUsage(cpu0);
  clearInterval(rssTimer);
  const wallMs = Math.max(1, r.last - t0);
  const complete = r.checksums[expectedChecksum(count)] ?? 0;
  const out = {
    ...r,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: rss / 2 ** 20,
    wallMs,
    checksumsComplete: complete,
  };
  rows.push({
    case: name,
    delivered: `${r.received}/${count * subs}${r.gaps ? ` (${r.gaps} gaps)` : ''}, checksums ${complete}/${subs}`,
    rate: fmt(r.received / (wallMs / 1000)),
    p50: fmt(r.p50, 1),
    p99: fmt(r.p99, 1),
    cpu: `${fmt(out.cpuMs)} ms (${fmt((out.cpuMs / wallMs) * 100)}%)`,
    extra: `rss ${fmt(out.rssMb)} MB, ${r.subscribersWithData}/${subs} subscribers got data, client CPU ${fmt(r.cpuMs)} ms`,
  });
  return out;
}

async function serverMain(): Promise<void> {
  const distApp = path.join(repo, 'server/dist/app.js');
  if (!fs.existsSync(distApp)) throw new Error('build the server first: npm run build -w server');
  const { startApp } = (await import(distApp)) as typeof import('../../server/dist/app.js');
  const { loadConfig } = (await import(
    path.join(repo, 'server/dist/config.js')
  )) as typeof import('../../server/dist/config.js');
  const { createLogger } = (await import(
    path.join(repo, 'server/dist/logger.js')
  )) as typeof import('../../server/dist/logger.js');

  const n1 = await engineN1();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-bench-'));
  const config = loadConfig({
    STEVEDORE_HOST: '127.0.0.1',
    STEVEDORE_PORT: '0',
    STEVEDORE_DATA_DIR: dataDir,
    STEVEDORE_LOCAL_ENGINE: n1,
    STEVEDORE_LOG_LEVEL: 'silent',
    STEVEDORE_WS_MAX_SUBSCRIPTIONS: '5000',
    // Access control stays on (token checks are part of the cost); 1,200 sockets from one address.
    STEVEDORE_ADMIN_TOKEN: TOKEN,
    STEVEDORE_RATE_LIMIT: '0',
    STEVEDORE_RATE_LIMIT_IP: '0',
    // No keep-alive: the bare ws baseline has none, and a CPU-starved client process falling more
    // than one period behind would be cut as dead (which is what keep-alive is for).
    STEVEDORE_WS_KEEPALIVE_MS: process.env.BENCH_KEEPALIVE_MS ?? '0',
  });
  const app = await startApp(config, { logger: createLogger('silent') });
  const clients = new Clients();
  await clients.ready();
  const dockerdPid = Number(
    fs.readFileSync(n1.replace(/^unix:\/\//, '').replace(/docker\.sock$/, 'docker.pid'), 'utf8'),
  );
  const started: string[] = [];
  try {
    console.log(
      `server ${app.url}, engine ${n1}, ${os.cpus().length} CPUs; clients in pid ${process.pid}+child`,
    );
    const busy = await docker(
      n1,
      'run',
      '-d',
      '--label',
      LABEL,
      'local/busybox:1',
      'sh',
      '-c',
      'trap "exit 0" TERM; end=$(($(date +%s)+180)); while [ $(date +%s) -lt $end ]; do :; done',
    );
    started.push(busy);

    // ---- 1. synthetic fan-out through Stevedore
    let steady: Awaited<ReturnType<typeof measure>> | undefined;
    let burst: typeof steady;
    let bSteady: typeof steady;
    let bBurst: typeof steady;
    if (PHASES.has('fanout') || PHASES.has('engine')) {
      progress('connecting subscribers');
      await clients.send({ cmd: 'events', url: app.wsUrl, n: EVENT_SUBS });
      await clients.send({ cmd: 'stats', url: app.wsUrl, ids: [busy], perId: STATS_SUBS, perConn: 10 });
      // Subscriptions start asynchronously: warm up until every subscriber has had an event.
      for (let i = 0; i < 100; i++) {
        app.core.bus.publish({
          kind: 'bench.warmup',
          severity: 'INFO',
          message: 'warmup',
          data: { t: now() },
        });
        await sleep(100);
        const r = await clients.report();
        if (r.subscribersWithData >= EVENT_SUBS && r.statsSubscribersWithData >= STATS_SUBS) break;
      }
      const pub = (i: number, due: number) =>
        app.core.bus.publish({
          kind: 'bench.tick',
          severity: 'INFO',
          message: `tick ${i}`,
          data: { t: due, i },
        });
      if (PHASES.has('fanout')) {
        progress('steady fan-out');
        steady = await measure(
          `stevedore ${EVENT_SUBS} subs, ${RATE} ev/s`,
          clients,
          pub,
          RATE * RATE_SECONDS,
          'rate',
          EVENT_SUBS,
        );
        rows.at(-1)!.extra +=
          `, stats msgs ${steady.statsReceived} (${fmt(steady.statsReceived / (steady.wallMs / 1000))}/s), engine stats streams ${app.core.realtime.stats.openStreams()}`;
      }

      // ---- 2. engine events end to end
      if (PHASES.has('engine')) {
        progress('engine events');
        await clients.send({ cmd: 'reset', engine: true });
        const cpu0 = process.cpuUsage();
        const t0 = now();
        let cycles = 0;
        while (now() - t0 < 15_000 && cycles < 30) {
          const id = await docker(n1, 'run', '-d', '--label', LABEL, 'local/busybox:1', 'true');
          await docker(n1, 'rm', '-f', id);
          cycles++;
        }
        const er = await drain(clients, Infinity, 10_000);
        const ecpu = process.cpuUsage(cpu0);
        rows.push({
          case: `engine events → ${EVENT_SUBS} subs (${cycles} run/rm cycles)`,
          delivered: `${er.received}`,
          rate: fmt(er.received / ((er.last - t0) / 1000)),
          p50: fmt(er.p50, 1),
          p99: fmt(er.p99, 1),
          cpu: `${fmt((ecpu.user + ecpu.system) / 1000)} ms`,
          extra: 'latency from engine event time (ms clock)',
        });
      }
      if (PHASES.has('fanout')) {
        progress('burst fan-out');
        burst = await measure(
          `stevedore ${EVENT_SUBS} subs, burst ${BURST}`,
          clients,
          pub,
          BURST,
          'burst',
          EVENT_SUBS,
        );
      }
      await clients.send({ cmd: 'closeAll' });
      await sleep(500);
    }

    // ---- 1b. baseline: bare ws broadcast of the same payloads
    if (PHASES.has('baseline')) {
      progress('bare ws baseline');
      const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
      await new Promise((r) => wss.once('listening', r));
      const wsUrl = `ws://127.0.0.1:${(wss.address() as { port: number }).port}`;
      await clients.send({ cmd: 'ws', url: wsUrl, n: EVENT_SUBS });
      let cursor = 0;
      const broadcast = (i: number, due: number) => {
        const msg = JSON.stringify({
          id: '1',
          type: 'next',
          payload: {
            data: {
              events: {
                cursor: ++cursor,
                kind: 'bench.tick',
                time: new Date().toISOString(),
                data: { t: due, i },
              },
            },
          },
        });
        for (const c of wss.clients) c.send(msg);
      };
      bSteady = await measure(
        `bare ws ${EVENT_SUBS} clients, ${RATE} msg/s`,
        clients,
        broadcast,
        RATE * RATE_SECONDS,
        'rate',
        EVENT_SUBS,
      );
      bBurst = await measure(
        `bare ws ${EVENT_SUBS} clients, burst ${BURST}`,
        clients,
        broadcast,
        BURST,
        'burst',
        EVENT_SUBS,
      );
      await clients.send({ cmd: 'closeAll' });
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
    }

    // ---- 3. watching many containers at 1 Hz
    if (PHASES.has('watch')) {
      progress(`starting ${WATCH} containers`);
      const ids: string[] = [];
      for (let i = 0; i < WATCH; i += 10) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(10, WATCH - i) }, () =>
            docker(n1, 'run', '-d', '--label', LABEL, 'local/busybox:1', 'sleep', '300'),
          ),
        );
        ids.push(...batch);
        started.push(...batch);
      }
      progress('watching: stevedore');
      // (a) Stevedore: one subscription per container, all sharing nothing but the server.
      await clients.send({ cmd: 'stats', url: app.wsUrl, ids, perId: 1, perConn: 100 });
      for (let i = 0; i < 60; i++) {
        const r = await clients.report();
        if (r.statsSubscribersWithData >= WATCH) break;
        await sleep(500);
      }
      await clients.send({ cmd: 'reset' });
      const w0 = {
        srv: process.cpuUsage(),
        dockerd: procCpuMs(dockerdPid),
        t: now(),
        samples: app.core.realtime.stats.samplesReceived,
      };
      await sleep(WATCH_SECONDS * 1000);
      const wr = await clients.report();
      const wsrv = process.cpuUsage(w0.srv);
      const wd = procCpuMs(dockerdPid) - w0.dockerd;
      const secs = (now() - w0.t) / 1000;
      rows.push({
        case: `watch ${WATCH} containers: stevedore`,
        delivered: `${wr.statsReceived} samples`,
        rate: fmt(wr.statsReceived / secs),
        p50: '',
        p99: '',
        cpu: `server ${fmt((wsrv.user + wsrv.system) / 1000 / secs / 10, 1)}% + client ${fmt(wr.cpuMs / secs / 10, 1)}%`,
        extra: `dockerd ${fmt(wd / secs / 10, 1)}%, engine streams ${app.core.realtime.stats.openStreams()}, engine samples ${fmt((app.core.realtime.stats.samplesReceived - w0.samples) / secs)}/s`,
      });
      await clients.send({ cmd: 'closeAll' });
      await sleep(1500);

      progress('watching: docker stats');
      // (b) docker stats, streaming, for the same containers
      {
        const c0 = procCpuMs('self', true);
        const d0 = procCpuMs(dockerdPid);
        const t = now();
        const p = spawn('/usr/bin/docker', ['-H', n1, 'stats', '--format', '{{json .}}', ...ids], {
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        let lines = 0;
        p.stdout.on('data', (d: Buffer) => (lines += d.toString().split('\n').length - 1));
        await sleep(WATCH_SECONDS * 1000);
        const exited = new Promise((r) => p.once('exit', r));
        p.kill('SIGTERM');
        await exited;
        const s = (now() - t) / 1000;
        rows.push({
          case: `watch ${WATCH} containers: docker stats`,
          delivered: `${lines} lines`,
          rate: fmt(lines / s),
          p50: '',
          p99: '',
          cpu: `cli ${fmt((procCpuMs('self', true) - c0) / s / 10, 1)}%`,
          extra: `dockerd ${fmt((procCpuMs(dockerdPid) - d0) / s / 10, 1)}%`,
        });
      }
      progress('watching: docker stats --no-stream');
      // (c) docker stats --no-stream in a loop
      {
        const c0 = procCpuMs('self', true);
        const d0 = procCpuMs(dockerdPid);
        const t = now();
        let rounds = 0;
        let lines = 0;
        while (now() - t < WATCH_SECONDS * 1000 && rounds < 50) {
          const out = await docker(n1, 'stats', '--no-stream', '--format', '{{json .}}', ...ids);
          lines += out.split('\n').filter(Boolean).length;
          rounds++;
        }
        const s = (now() - t) / 1000;
        rows.push({
          case: `watch ${WATCH} containers: docker stats --no-stream loop`,
          delivered: `${lines} lines, ${rounds} rounds`,
          rate: fmt(lines / s),
          p50: '',
          p99: '',
          cpu: `cli ${fmt((procCpuMs('self', true) - c0) / s / 10, 1)}%`,
          extra: `dockerd ${fmt((procCpuMs(dockerdPid) - d0) / s / 10, 1)}%`,
        });
      }
    }

    printTable();
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '-');
    const perMsg = (r: { cpuMs: number; received: number }) =>
      r.received ? (r.cpuMs * 1000) / r.received : NaN;
    if (steady && burst && bSteady && bBurst)
      console.log(
        `\nstevedore / bare ws: delivered msg/s ${ratio(steady.received / steady.wallMs, bSteady.received / bSteady.wallMs)} (steady), ` +
          `${ratio(burst.received / burst.wallMs, bBurst.received / bBurst.wallMs)} (burst); ` +
          `server CPU µs per delivered message ${fmt(perMsg(burst), 1)} vs ${fmt(perMsg(bBurst), 1)} (×${ratio(perMsg(burst), perMsg(bBurst))}); ` +
          `p99 latency steady ×${ratio(steady.p99, bSteady.p99)}, burst ×${ratio(burst.p99, bBurst.p99)}; ` +
          `every message to every subscriber (checksums): ${[steady, burst, bSteady, bBurst].every((r) => r.checksumsComplete === EVENT_SUBS) ? 'yes' : 'NO'}; load ${os
            .loadavg()
            .map((l) => l.toFixed(1))
            .join(' ')}`,
      );
  } finally {
    try {
      await clients.send({ cmd: 'closeAll' }, 20_000);
    } catch {
      // the child may be gone
    }
    clients.kill();
    await app.stop();
    const left = (await docker(n1, 'ps', '-aq', '--filter', `label=${LABEL}`)).split('\n').filter(Boolean);
    for (let i = 0; i < left.length; i += 50) await docker(n1, 'rm', '-f', ...left.slice(i, i + 50));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function progress(what: string): void {
  console.error(
    `bench: ${what} (${new Date().toISOString().slice(11, 19)}, load ${os.loadavg()[0]!.toFixed(1)})`,
  );
}

function printTable(): void {
  const head: Row = {
    case: 'case',
    delivered: 'delivered',
    rate: 'msg/s',
    p50: 'p50 ms',
    p99: 'p99 ms',
    cpu: 'CPU',
    extra: 'notes',
  };
  const cols = Object.keys(head) as (keyof Row)[];
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => r[c].length))]),
  ) as Record<keyof Row, number>;
  const line = (r: Row) => cols.map((c) => r[c].padEnd(width[c])).join(' | ');
  console.log('\n' + line(head));
  console.log(cols.map((c) => '-'.repeat(width[c])).join('-|-'));
  for (const r of rows) console.log(line(r));
}

if (process.argv.includes('--clients')) {
  void clientMain();
} else {
  const hardStop = setTimeout(() => {
    console.error('bench: hard deadline (10 min) reached');
    process.exit(1);
  }, 600_000);
  hardStop.unref();
  serverMain()
    .then(() => process.exit(0))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
