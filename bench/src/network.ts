/**
 * Network benchmark (issue #16): `npm run bench network` (engines n1..n3 up: scripts/engine.sh).
 *
 * A control plane with n1..n3 and one cluster network; two GLOBAL busybox services on it (a
 * replica of each on every node). Then, in the same run, a TCP echo between two containers on
 * one node (n2 -> n2) and across nodes (n2 -> n3, routed through the root namespace as any
 * cross-node traffic here; n1 -> n2), and between two plain Docker containers on n2's and n3's
 * default bridges (no Stevedore rule on the path; the server reached through n3's published port,
 * Docker's NAT): the round-trip latency of BENCH_ROUNDS (default 1000) sequential 64-byte echoes
 * (p50, p99), the first TCP connect with both ends' neighbour caches flushed (a first contact:
 * proxy ARP answers the other nodes' addresses) and the throughput of BENCH_MB (default 100) MiB streamed and echoed back, in
 * BENCH_REPEAT (default 5) rounds that interleave the cases (the machine is shared: one case
 * measured alone would catch another's load), medians of the rounds, with the cross/same ratios
 * (target: within 1.2x), the cross/plain-Docker ones (what Stevedore's routes and rules add to the
 * topology) and the load average.
 *
 * Then names: a webapp service with a health check scaled from 1 to 6 replicas over n1..n3; the
 * time from each new replica's health_status: healthy event (its engine's clock, the same machine)
 * to the first answer of the cluster resolver (polled over UDP every 10 ms from the host) that
 * includes its address. The baseline in the same run: Docker's embedded DNS on n1, the time from
 * a container's network connect event to the first answer of 127.0.0.11 in another container of
 * that network that includes it (Docker answers from connect on, health or not).
 *
 * The echo server and client are this Node binary run in the containers' network namespaces
 * (nsenter --net=/proc/PID/ns/net): busybox has no echo server, and the figures should measure the
 * network path, not a tool. Everything is bounded in count and time; the services and the network
 * are removed at the end (also on failure), the control plane's fabric then removes its routes,
 * rules and helpers.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, gql, startServer, stopServer, type Server } from './lib/control-plane.js';

const run = promisify(execFile);
const ROUNDS = Math.min(20_000, Number(process.env.BENCH_ROUNDS ?? 1000));
const MB = Math.min(2000, Number(process.env.BENCH_MB ?? 100));
const PORT = 4690; // the echo server's, inside the containers' namespaces
/** Host ports (the bench's range 4700-4799): the plain baseline's published port, the resolver's. */
const PLAIN_PORT = 4790;
const DNS_PORT = 4753;
const REPEAT = Math.max(1, Math.min(20, Number(process.env.BENCH_REPEAT ?? 5)));
const DNS_REPLICAS = 6;
const PUBLISH: Record<string, string> = { n2: '10.214.2.2', n3: '10.214.3.2' };

function engines(): Record<string, string> {
  const env = execFileSync('bash', [path.join(ROOT, 'scripts/engine.sh'), 'env'], { encoding: 'utf8' });
  const list = /STEVEDORE_ENGINE_NODES="?([^"\n]*)"?/.exec(env)?.[1] ?? '';
  return Object.fromEntries(
    list
      .split(',')
      .filter(Boolean)
      .map((p) => [p.split('=')[0]!, p.slice(p.indexOf('=') + 1)]),
  );
}

const docker = async (endpoint: string, ...args: string[]) =>
  (await run('/usr/bin/docker', ['-H', endpoint, ...args], { timeout: 60_000 })).stdout.trim();

async function waitFor<T>(
  what: string,
  fn: () => Promise<T | null | undefined | false>,
  ms = 90_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const SERVER = `
const net=require('net');const srv=net.createServer((c)=>c.pipe(c));
srv.listen(${PORT},()=>console.log('ready'));setTimeout(()=>process.exit(0),120000).unref();`;

const CLIENT = (ip: string, port: number) => `
const net=require('net');const ROUNDS=${ROUNDS},MB=${MB};
const tc=process.hrtime.bigint();const c=net.connect(${port},'${ip}',async()=>{
  const connect=Number(process.hrtime.bigint()-tc)/1e6;c.setNoDelay(true);const lat=[];const msg=Buffer.alloc(64,7);
  for(let i=0;i<ROUNDS;i++){const t=process.hrtime.bigint();
    await new Promise((res)=>{let got=0;const on=(d)=>{got+=d.length;if(got>=64){c.off('data',on);res();}};c.on('data',on);c.write(msg);});
    lat.push(Number(process.hrtime.bigint()-t)/1e6);}
  lat.sort((a,b)=>a-b);
  const total=MB*1024*1024;const chunk=Buffer.alloc(65536,1);let back=0;const t0=process.hrtime.bigint();
  await new Promise((res)=>{c.on('data',(d)=>{back+=d.length;if(back>=total)res();});
    (function pump(){let sent=0;const go=()=>{while(sent<total){sent+=chunk.length;if(!c.write(chunk)){c.once('drain',go);return;}}};go();})();});
  const s=Number(process.hrtime.bigint()-t0)/1e9;
  console.log(JSON.stringify({connect,p50:lat[Math.floor(lat.length*0.5)],p99:lat[Math.floor(lat.length*0.99)],mbps:(total*2*8/1e6)/s}));
  c.destroy();});
c.on('error',(e)=>{console.log(JSON.stringify({error:e.message}));process.exit(1)});`;

interface Figures {
  /** The TCP connect with both ends' neighbour (ARP) caches flushed: a first contact. */
  connect: number;
  p50: number;
  p99: number;
  mbps: number;
}

/** A container on a node, and the address (and port) its echo server is reached at. */
interface End {
  node: string;
  id: string;
  ip: string;
  port: number;
}

const pidOf = async (e: Record<string, string>, x: { node: string; id: string }) =>
  docker(e[x.node]!, 'inspect', '-f', '{{.State.Pid}}', x.id);

async function echo(e: Record<string, string>, from: End, to: End): Promise<Figures> {
  const [fromNs, toNs] = [`/proc/${await pidOf(e, from)}/ns/net`, `/proc/${await pidOf(e, to)}/ns/net`];
  for (const ns of [fromNs, toNs]) await run('nsenter', [`--net=${ns}`, 'ip', 'neigh', 'flush', 'all']);
  // Killed by its own pid below (nsenter execs node: the same process).
  const server = spawn(
    'nsenter',
    [`--net=/proc/${await pidOf(e, to)}/ns/net`, process.execPath, '-e', SERVER],
    {
      stdio: 'ignore',
    },
  );
  await new Promise((r) => setTimeout(r, 500));
  try {
    const { stdout } = await run(
      'nsenter',
      [`--net=${fromNs}`, process.execPath, '-e', CLIENT(to.ip, to.port)],
      { timeout: 120_000 },
    );
    const r = JSON.parse(stdout.trim().split('\n').pop()!) as Figures & { error?: string };
    if (r.error) throw new Error(`${from.node} -> ${to.node} ${to.ip}:${to.port}: ${r.error}`);
    return r;
  } finally {
    server.kill('SIGTERM');
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** First time (ms since the epoch) each address answered for `name`, polled every 10 ms over UDP. */
const POLLER = (server: string, port: number, name: string, want: number, boundMs: number) => `
const dgram=require('dgram');const pkt=require(${JSON.stringify(createRequire(import.meta.url).resolve('dns-packet'))});
const seen=new Map();const s=dgram.createSocket('udp4');let id=1;const t0=Date.now();
s.on('message',(m)=>{let a;try{a=pkt.decode(m)}catch{return}
  for(const r of a.answers||[])if(r.type==='A'&&!seen.has(r.data)){seen.set(r.data,Date.now());console.log(JSON.stringify({ip:r.data,at:Date.now()}));}
  if(seen.size>=${want})process.exit(0);});
const tick=()=>{if(Date.now()-t0>${boundMs})process.exit(0);
  id=(id+1)&0xffff;s.send(pkt.encode({type:'query',id,flags:pkt.RECURSION_DESIRED,questions:[{type:'A',name:${JSON.stringify(name)}}]}),${port},${JSON.stringify(server)});
  setTimeout(tick,10);};
console.log(JSON.stringify({ready:true}));tick();`;

interface Poller {
  /** Address -> first time it answered (ms since the epoch). */
  seen: Map<string, number>;
  done: Promise<void>;
}

/** Runs POLLER (in the network namespace `netns` when given) and collects what it prints. */
function poll(netns: string | null, server: string, port: number, name: string, want: number): Poller {
  const args = [process.execPath, '-e', POLLER(server, port, name, want, 120_000)];
  const child = netns ? spawn('nsenter', [`--net=${netns}`, ...args]) : spawn(args[0]!, args.slice(1));
  const seen = new Map<string, number>();
  let buf = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = JSON.parse(buf.slice(0, i)) as { ip?: string; at?: number };
      buf = buf.slice(i + 1);
      if (line.ip) seen.set(line.ip, line.at!);
    }
  });
  return { seen, done: new Promise((r) => child.once('exit', () => r())) };
}

/** Engine events of one kind on every node, as they come: (container id, time in ms since the epoch). */
function watchEvents(
  e: Record<string, string>,
  nodes: string[],
  filters: string[],
  pick: (ev: EngineEvent) => string | null,
) {
  const at = new Map<string, number>();
  const procs = nodes.map((n) => {
    const p = spawn('/usr/bin/docker', [
      '-H',
      e[n]!,
      'events',
      '--format',
      '{{json .}}',
      ...filters.flatMap((f) => ['--filter', f]),
    ]);
    let buf = '';
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        const ev = JSON.parse(buf.slice(0, i)) as EngineEvent;
        buf = buf.slice(i + 1);
        const id = pick(ev);
        if (id && !at.has(id)) at.set(id, ev.timeNano / 1e6);
      }
    });
    return p;
  });
  return { at, stop: () => procs.forEach((p) => p.kill('SIGTERM')) };
}

interface EngineEvent {
  status?: string;
  id?: string;
  timeNano: number;
  Actor?: { ID: string; Attributes?: Record<string, string> };
}

async function main(): Promise<void> {
  const e = engines();
  for (const n of ['n1', 'n2', 'n3']) if (!e[n]) throw new Error(`engine ${n} is not running`);
  let s: Server | undefined;
  const run36 = Date.now().toString(36);
  const net = `bench-net-${run36}`;
  const plainNet = `bench-dnsplain-${run36}`;
  const svcs = [`bench-echo-a-${run36}`, `bench-echo-b-${run36}`];
  const dnsSvc = `bench-dns-${run36}`;
  const plain: Record<string, string[]> = { n1: [], n2: [], n3: [] };
  const plainRun = async (node: string, ...args: string[]) => {
    const id = (
      await docker(
        e[node]!,
        'run',
        '-d',
        '--label',
        'bench=network',
        ...args,
        'local/busybox:1',
        'sleep',
        '600',
      )
    ).slice(0, 12);
    plain[node]!.push(id);
    return id;
  };
  const events: { stop: () => void }[] = [];
  try {
    s = await startServer(
      e.n1!,
      {
        STEVEDORE_NETWORK_FABRIC_INTERVAL_MS: '1000',
        STEVEDORE_RESYNC_INTERVAL_MS: '1000',
        // The cluster resolver on the host only: the bench polls it there (containers here never resolve).
        STEVEDORE_DNS_LISTEN: '127.0.0.1',
        STEVEDORE_DNS_PORT: String(DNS_PORT),
        STEVEDORE_DNS_UPSTREAM: '',
      },
      { port: Number(process.env.BENCH_PORT ?? 4700) },
    );
    for (const n of ['n2', 'n3'])
      await gql(s, `mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
        i: { name: n, endpoint: e[n], publishAddress: PUBLISH[n] },
      });
    await gql(s, `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, {
      i: { name: net },
    });
    for (const name of svcs)
      await gql(s, `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
        s: {
          name,
          image: 'local/busybox:1',
          command: ['sleep', '3600'],
          mode: 'GLOBAL',
          networks: [net],
          stopTimeoutSec: 1,
          labels: [{ key: 'bench', value: 'network' }],
        },
      });
    const ipOn = (node: string, id: string, network: string) =>
      docker(e[node]!, 'inspect', '-f', `{{(index .NetworkSettings.Networks "${network}").IPAddress}}`, id);
    const ctr: Record<string, Record<string, End>> = {};
    for (const name of svcs) {
      ctr[name] = {};
      for (const n of ['n1', 'n2', 'n3']) {
        const id = await waitFor(
          `${name} on ${n}`,
          async () =>
            (await docker(e[n]!, 'ps', '-q', '--filter', `label=stevedore.service.name=${name}`)).split(
              '\n',
            )[0],
        );
        ctr[name][n] = { node: n, id, ip: await ipOn(n, id, net), port: PORT };
      }
    }
    const [a, b] = svcs as [string, string];
    const at = (svc: string, node: string) => ctr[svc]![node]!;
    // The second baseline: plain Docker containers on the nodes' default bridges, no Stevedore
    // rule on their path, the server reached through its node's published port (Docker's NAT).
    const plainFrom = await plainRun('n2');
    const plainTo = await plainRun('n3', '-p', `${PLAIN_PORT}:${PORT}`);
    // The fabric's routes: a first connection across nodes.
    await waitFor('a route n2 -> n3', async () => {
      const r = await echo(e, at(a, 'n2'), at(b, 'n3')).catch(() => null);
      return r ? true : null;
    });
    const cases: [string, End, End][] = [
      ['same node (n2 -> n2)', at(a, 'n2'), at(b, 'n2')],
      ['across nodes (n2 -> n3)', at(a, 'n2'), at(b, 'n3')],
      ['across nodes (n1 -> n2)', at(a, 'n1'), at(b, 'n2')],
      [
        'plain Docker (n2 -> n3)',
        { node: 'n2', id: plainFrom, ip: '', port: PORT },
        { node: 'n3', id: plainTo, ip: PUBLISH.n3!, port: PLAIN_PORT },
      ],
    ];
    console.log(
      `TCP echo, ${REPEAT} rounds (the cases interleaved, order rotated), each ${ROUNDS} round trips of 64 bytes then ${MB} MiB each way; medians of the rounds; load average ${load()}`,
    );
    const per: Figures[][] = cases.map(() => []);
    for (let round = 0; round < REPEAT; round++)
      for (let k = 0; k < cases.length; k++) {
        const i = (k + round) % cases.length;
        const [, from, to] = cases[i]!;
        per[i]!.push(await echo(e, from, to));
      }
    const results: Figures[] = per.map((rs) => ({
      connect: median(rs.map((r) => r.connect)),
      p50: median(rs.map((r) => r.p50)),
      p99: median(rs.map((r) => r.p99)),
      mbps: median(rs.map((r) => r.mbps)),
    }));
    for (let i = 0; i < cases.length; i++) {
      const r = results[i]!;
      const spread = per[i]!.map((x) => x.mbps.toFixed(0)).join('/');
      console.log(
        `${cases[i]![0].padEnd(26)} first connect ${r.connect.toFixed(1)} ms (max ${Math.max(...per[i]!.map((x) => x.connect)).toFixed(0)})  p50 ${r.p50.toFixed(3)} ms  p99 ${r.p99.toFixed(3)} ms  throughput ${r.mbps.toFixed(0)} Mbit/s (rounds ${spread})`,
      );
    }
    const [same, , , plainR] = results as [Figures, Figures, Figures, Figures];
    for (let i = 1; i < 3; i++) {
      const r = results[i]!;
      console.log(
        `${cases[i]![0].padEnd(26)} latency p50 ${(r.p50 / same.p50).toFixed(2)}x same node's, throughput same/this ${(same.mbps / r.mbps).toFixed(2)}x (target <= 1.2x); vs plain Docker across the same namespaces: latency ${(r.p50 / plainR.p50).toFixed(2)}x, throughput plain/this ${(plainR.mbps / r.mbps).toFixed(2)}x`,
      );
    }
    console.log(
      `${'plain Docker (n2 -> n3)'.padEnd(26)} latency p50 ${(plainR.p50 / same.p50).toFixed(2)}x same node's, throughput same/this ${(same.mbps / plainR.mbps).toFixed(2)}x (the test topology alone: three namespaces route, two more veth pairs)`,
    );

    // Names: from a replica turning healthy (the engine's health_status event) to the first
    // answer of the cluster resolver that includes its address.
    const health = watchEvents(e, ['n1', 'n2', 'n3'], ['event=health_status'], (ev) =>
      ev.status === 'health_status: healthy' ? ev.id!.slice(0, 12) : null,
    );
    events.push(health);
    await gql(s, `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: {
        name: dnsSvc,
        image: 'local/webapp:v1',
        replicas: 1,
        networks: [net],
        healthCheck: {
          shell: 'wget -q -O /dev/null http://127.0.0.1:8080/health',
          intervalMs: 500,
          timeoutMs: 2000,
          retries: 2,
        },
        stopTimeoutSec: 1,
        labels: [{ key: 'bench', value: 'network' }],
      },
    });
    const first = poll(null, '127.0.0.1', DNS_PORT, dnsSvc, 1);
    await Promise.race([first.done, new Promise((r) => setTimeout(r, 120_000))]);
    if (!first.seen.size) throw new Error(`${dnsSvc} never answered`);
    const dnsPoll = poll(null, '127.0.0.1', DNS_PORT, dnsSvc, DNS_REPLICAS);
    await new Promise((r) => setTimeout(r, 300));
    await gql(s, `mutation { scaleService(id: "${dnsSvc}", replicas: ${DNS_REPLICAS}) { id } }`);
    await Promise.race([dnsPoll.done, new Promise((r) => setTimeout(r, 120_000))]);
    const ours: number[] = [];
    for (const n of ['n1', 'n2', 'n3'])
      for (const id of (await docker(e[n]!, 'ps', '-q', '--filter', `label=stevedore.service.name=${dnsSvc}`))
        .split('\n')
        .filter(Boolean)) {
        const ip = await ipOn(n, id, net).catch(() => ''); // replaced meanwhile: not a sample
        const healthy = health.at.get(id.slice(0, 12));
        const answered = dnsPoll.seen.get(ip);
        if (healthy !== undefined && answered !== undefined && !first.seen.has(ip))
          ours.push(answered - healthy);
      }
    // Baseline: Docker's embedded DNS on one node (n1), from a container's network connect to the
    // first answer that includes it, asked from another container of that network.
    await docker(e.n1!, 'network', 'create', '--label', 'bench=network', plainNet);
    const asker = await plainRun('n1', '--network', plainNet);
    const connect = watchEvents(
      e,
      ['n1'],
      ['type=network', 'event=connect', `network=${plainNet}`],
      (ev) => ev.Actor?.Attributes?.container?.slice(0, 12) ?? null,
    );
    events.push(connect);
    const askerPid = await pidOf(e, { node: 'n1', id: asker });
    const docPoll = poll(`/proc/${askerPid}/ns/net`, '127.0.0.11', 53, 'bdns', DNS_REPLICAS - 1);
    await new Promise((r) => setTimeout(r, 300));
    const joined: string[] = [];
    for (let i = 1; i < DNS_REPLICAS; i++)
      joined.push(await plainRun('n1', '--network', plainNet, '--network-alias', 'bdns'));
    await Promise.race([docPoll.done, new Promise((r) => setTimeout(r, 120_000))]);
    const theirs: number[] = [];
    for (const id of joined) {
      const ip = await ipOn('n1', id, plainNet);
      const connected = connect.at.get(id);
      const answered = docPoll.seen.get(ip);
      if (connected !== undefined && answered !== undefined) theirs.push(answered - connected);
    }
    const fmt = (xs: number[]) =>
      xs.length
        ? `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (${xs.length} replicas)`
        : 'none measured';
    console.log(`names: healthy -> first answer of the cluster resolver that includes it: ${fmt(ours)}`);
    console.log(
      `       baseline, Docker's embedded DNS on one node, network connect -> first answer: ${fmt(theirs)}`,
    );
    if (ours.length && theirs.length)
      console.log(
        `       ratio ${(median(ours) / Math.max(1, median(theirs))).toFixed(2)}x (target: within 1 s)`,
      );
    console.log(`load average after: ${load()}`);
  } finally {
    for (const w of events) w.stop();
    for (const n of ['n1', 'n2', 'n3'])
      if (plain[n]!.length) await docker(e[n]!, 'rm', '-f', ...plain[n]!).catch(() => undefined);
    await docker(e.n1!, 'network', 'rm', plainNet).catch(() => undefined);
    if (s) {
      for (const name of [...svcs, dnsSvc])
        await gql(s, `mutation { removeService(id: "${name}") { id } }`).catch(() => undefined);
      for (const n of ['n1', 'n2', 'n3'])
        await waitFor(`bench containers gone on ${n}`, async () =>
          (await docker(e[n]!, 'ps', '-aq', '--filter', 'label=bench=network')) === '' ? true : null,
        ).catch(() => undefined);
      await gql(s, `mutation { removeNetwork(id: "${net}") { id } }`).catch((err: unknown) =>
        console.log(`network not removed: ${(err as Error).message}`),
      );
      await new Promise((r) => setTimeout(r, 3000)); // the fabric's teardown pass
      // The resolver outlives its control plane on purpose: stop it by its pid file.
      const pidFile = path.join(s.dataDir, 'dns', 'resolver.pid');
      if (fs.existsSync(pidFile)) {
        try {
          process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGTERM');
        } catch {
          // already gone
        }
      }
    }
    stopServer(s);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
