import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { docker } from './harness.js';

const run = promisify(execFile);

/** Runs a command in a node's network namespace (n1: the root one; nk: sdnk, scripts/engine.sh). */
export async function inNodeNs(node: string, cmd: string[]): Promise<string> {
  const argv = node === 'n1' ? cmd : ['nsenter', `--net=/var/run/netns/sd${node}`, ...cmd];
  const { stdout } = await run(argv[0]!, argv.slice(1), { timeout: 30_000 });
  return stdout;
}

/** The fabric routes on a node (`ip route show proto 211`), as lines. */
export async function fabricRoutes(node: string): Promise<string[]> {
  return (await inNodeNs(node, ['ip', '-4', 'route', 'show', 'proto', '211'])).split('\n').filter(Boolean);
}

/** The node's iptables rules (filter and nat) that mention `marker` (a chain name). */
export async function rulesWith(node: string, marker: string): Promise<string[]> {
  const out: string[] = [];
  for (const table of ['filter', 'nat'])
    for (const line of (await inNodeNs(node, ['iptables', '-w', '-t', table, '-S'])).split('\n'))
      if (line.includes(marker)) out.push(`${table}: ${line}`);
  return out;
}

/** A running container's init pid (all engines share the machine's pid namespace). */
export async function pidOf(node: string, container: string): Promise<number> {
  return Number(await docker(node, 'inspect', '-f', '{{.State.Pid}}', container));
}

/** The container's address on a network. */
export async function ipOn(node: string, container: string, network: string): Promise<string> {
  return docker(
    node,
    'inspect',
    '-f',
    `{{(index .NetworkSettings.Networks "${network}").IPAddress}}`,
    container,
  );
}

/** Node's own binary, run in a container's network namespace (busybox nc has no UDP). */
export async function nodeInNetns(pid: number, script: string, timeoutMs = 15_000): Promise<string> {
  const { stdout } = await run('nsenter', [`--net=/proc/${pid}/ns/net`, process.execPath, '-e', script], {
    timeout: timeoutMs,
  });
  return stdout.trim();
}

/**
 * A UDP datagram from the container `fromPid`'s netns to `to`:`port` where a UDP echo server runs
 * in `toPid`'s netns: the server answers "echo:<payload>@<sender address>". Resolves with the
 * reply, or "timeout" when none came within 3 s.
 */
export async function udpRoundTrip(
  fromPid: number,
  toPid: number,
  to: string,
  port: number,
): Promise<string> {
  const server = nodeInNetns(
    toPid,
    `const s=require('dgram').createSocket('udp4');` +
      `s.on('message',(m,r)=>s.send('echo:'+m+'@'+r.address,r.port,r.address,()=>s.close()));` +
      `s.bind(${port},()=>console.log('ready'));setTimeout(()=>{s.close()},6000).unref();`,
    10_000,
  ).catch(() => '');
  await new Promise((r) => setTimeout(r, 400));
  const reply = await nodeInNetns(
    fromPid,
    `const s=require('dgram').createSocket('udp4');` +
      `const t=setTimeout(()=>{console.log('timeout');s.close()},3000);` +
      `s.on('message',(m)=>{console.log(String(m));clearTimeout(t);s.close()});` +
      `s.send('ping',${port},'${to}');`,
  );
  await server;
  return reply;
}

/**
 * A TCP connection from a container to `to`:`port`, where `nc -l -e` in the target container
 * answers "pong": resolves with what came back ("" when nothing could connect).
 */
export async function tcpProbe(
  from: { node: string; container: string },
  target: { node: string; container: string },
  to: string,
  port: number,
): Promise<string> {
  await docker(
    target.node,
    'exec',
    '-d',
    target.container,
    'sh',
    '-c',
    `timeout 8 nc -l -p ${port} -e echo pong`,
  );
  await new Promise((r) => setTimeout(r, 300));
  const out = await docker(
    from.node,
    'exec',
    from.container,
    'sh',
    '-c',
    `timeout 4 nc ${to} ${port} </dev/null 2>&1 || true`,
  ).catch(() => '');
  return out.trim();
}

/** TCP listeners that answer "pong", on host addresses outside every container network (close them after). */
export function pongListeners(targets: readonly { addr: string; port: number }[]): Promise<net.Server[]> {
  return Promise.all(
    targets.map(
      (t) =>
        new Promise<net.Server>((resolve, reject) => {
          const srv = net.createServer((c) => c.end('pong')).once('error', reject);
          srv.listen(t.port, t.addr, () => resolve(srv));
        }),
    ),
  );
}
