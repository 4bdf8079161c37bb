/**
 * Network benchmark (issue #16): `npm run bench network` (engines n1..n3 up: scripts/engine.sh).
 *
 * A control plane with n1..n3 and one cluster network; two GLOBAL busybox services on it (a
 * replica of each on every node). Then, in the same run, a TCP echo between two containers on
 * one node (n2 -> n2) and across nodes (n2 -> n3, routed through the root namespace as any
 * cross-node traffic here; n1 -> n2): the round-trip latency of BENCH_ROUNDS (default 2000)
 * sequential 64-byte echoes (p50, p99) and the throughput of BENCH_MB (default 200) MiB streamed
 * and echoed back, with the cross/same ratios (target: within 1.2x) and the load average.
 *
 * The echo server and client are this Node binary run in the containers' network namespaces
 * (nsenter --net=/proc/PID/ns/net): busybox has no echo server, and the figures should measure the
 * network path, not a tool. Everything is bounded in count and time; the services and the network
 * are removed at the end (also on failure), the control plane's fabric then removes its routes,
 * rules and helpers.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, gql, startServer, stopServer, type Server } from './lib/control-plane.js';

const run = promisify(execFile);
const ROUNDS = Math.min(20_000, Number(process.env.BENCH_ROUNDS ?? 2000));
const MB = Math.min(2000, Number(process.env.BENCH_MB ?? 200));
const PORT = 4690;
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

const CLIENT = (ip: string) => `
const net=require('net');const ROUNDS=${ROUNDS},MB=${MB};
const c=net.connect(${PORT},'${ip}',async()=>{
  c.setNoDelay(true);const lat=[];const msg=Buffer.alloc(64,7);
  for(let i=0;i<ROUNDS;i++){const t=process.hrtime.bigint();
    await new Promise((res)=>{let got=0;const on=(d)=>{got+=d.length;if(got>=64){c.off('data',on);res();}};c.on('data',on);c.write(msg);});
    lat.push(Number(process.hrtime.bigint()-t)/1e6);}
  lat.sort((a,b)=>a-b);
  const total=MB*1024*1024;const chunk=Buffer.alloc(65536,1);let back=0;const t0=process.hrtime.bigint();
  await new Promise((res)=>{c.on('data',(d)=>{back+=d.length;if(back>=total)res();});
    (function pump(){let sent=0;const go=()=>{while(sent<total){sent+=chunk.length;if(!c.write(chunk)){c.once('drain',go);return;}}};go();})();});
  const s=Number(process.hrtime.bigint()-t0)/1e9;
  console.log(JSON.stringify({p50:lat[Math.floor(lat.length*0.5)],p99:lat[Math.floor(lat.length*0.99)],mbps:(total*2*8/1e6)/s}));
  c.destroy();});
c.on('error',(e)=>{console.log(JSON.stringify({error:e.message}));process.exit(1)});`;

interface Figures {
  p50: number;
  p99: number;
  mbps: number;
}

async function echo(
  e: Record<string, string>,
  from: { node: string; id: string },
  to: { node: string; id: string },
  network: string,
): Promise<Figures> {
  const pid = async (x: { node: string; id: string }) =>
    docker(e[x.node]!, 'inspect', '-f', '{{.State.Pid}}', x.id);
  const ip = await docker(
    e[to.node]!,
    'inspect',
    '-f',
    `{{(index .NetworkSettings.Networks "${network}").IPAddress}}`,
    to.id,
  );
  // Killed by its own pid below (nsenter execs node: the same process).
  const server = spawn('nsenter', [`--net=/proc/${await pid(to)}/ns/net`, process.execPath, '-e', SERVER], {
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 500));
  try {
    const { stdout } = await run(
      'nsenter',
      [`--net=/proc/${await pid(from)}/ns/net`, process.execPath, '-e', CLIENT(ip)],
      {
        timeout: 120_000,
      },
    );
    const r = JSON.parse(stdout.trim().split('\n').pop()!) as Figures & { error?: string };
    if (r.error) throw new Error(`${from.node} -> ${to.node} ${ip}: ${r.error}`);
    return r;
  } finally {
    server.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  const e = engines();
  for (const n of ['n1', 'n2', 'n3']) if (!e[n]) throw new Error(`engine ${n} is not running`);
  let s: Server | undefined;
  const net = `bench-net-${Date.now().toString(36)}`;
  const svcs = [`bench-echo-a-${Date.now().toString(36)}`, `bench-echo-b-${Date.now().toString(36)}`];
  try {
    s = await startServer(
      e.n1!,
      { STEVEDORE_NETWORK_FABRIC_INTERVAL_MS: '1000', STEVEDORE_RESYNC_INTERVAL_MS: '1000' },
      { port: 4680 },
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
    const ctr: Record<string, Record<string, string>> = {};
    for (const name of svcs) {
      ctr[name] = {};
      for (const n of ['n1', 'n2', 'n3'])
        ctr[name][n] = await waitFor(
          `${name} on ${n}`,
          async () =>
            (await docker(e[n]!, 'ps', '-q', '--filter', `label=stevedore.service.name=${name}`)).split(
              '\n',
            )[0],
        );
    }
    const [a, b] = svcs as [string, string];
    const at = (svc: string, node: string) => ({ node, id: ctr[svc]![node]! });
    // The fabric's routes: a first connection across nodes.
    await waitFor('a route n2 -> n3', async () => {
      const r = await echo(e, at(a, 'n2'), at(b, 'n3'), net).catch(() => null);
      return r ? true : null;
    });
    const cases: [string, { node: string; id: string }, { node: string; id: string }][] = [
      ['same node (n2 -> n2)', at(a, 'n2'), at(b, 'n2')],
      ['across nodes (n2 -> n3)', at(a, 'n2'), at(b, 'n3')],
      ['across nodes (n1 -> n2)', at(a, 'n1'), at(b, 'n2')],
    ];
    const results: Figures[] = [];
    console.log(
      `TCP echo, ${ROUNDS} round trips of 64 bytes, then ${MB} MiB each way; load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    for (const [label, from, to] of cases) {
      const r = await echo(e, from, to, net);
      results.push(r);
      console.log(
        `${label.padEnd(26)} p50 ${r.p50.toFixed(3)} ms  p99 ${r.p99.toFixed(3)} ms  throughput ${r.mbps.toFixed(0)} Mbit/s`,
      );
    }
    const same = results[0]!;
    for (let i = 1; i < results.length; i++) {
      const r = results[i]!;
      console.log(
        `${cases[i]![0].padEnd(26)} vs same node: latency p50 ${(r.p50 / same.p50).toFixed(2)}x, throughput ${(same.mbps / r.mbps).toFixed(2)}x slower (target <= 1.2x)`,
      );
    }
    console.log(
      `load average after: ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    if (s) {
      for (const name of svcs)
        await gql(s, `mutation { removeService(id: "${name}") { id } }`).catch(() => undefined);
      for (const n of ['n1', 'n2', 'n3'])
        await waitFor(`bench containers gone on ${n}`, async () =>
          (await docker(e[n]!, 'ps', '-aq', '--filter', 'label=bench=network')) === '' ? true : null,
        ).catch(() => undefined);
      await gql(s, `mutation { removeNetwork(id: "${net}") { id } }`).catch((err: unknown) =>
        console.log(`network not removed: ${(err as Error).message}`),
      );
      await new Promise((r) => setTimeout(r, 3000)); // the fabric's teardown pass
    }
    stopServer(s);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
