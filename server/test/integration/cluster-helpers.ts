import net from 'node:net';
import { docker, endpointOf, fleet, waitFor, type TestServer } from './harness.js';

/** Where each namespaced node publishes ports (scripts/engine.sh: nk's eth0 is 10.214.k.2). */
export const PUBLISH_ADDRESS: Record<string, string> = { n2: '10.214.2.2', n3: '10.214.3.2' };

/** Adds n2 and n3 (when the fleet has them) with their publish addresses; returns the node names present. */
export async function addFleetNodes(s: TestServer): Promise<string[]> {
  const names = ['n1'];
  for (const name of ['n2', 'n3']) {
    if (!fleet().nodes[name]) continue;
    await s.ok(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
      i: { name, endpoint: endpointOf(name), publishAddress: PUBLISH_ADDRESS[name] },
    });
    names.push(name);
  }
  return names;
}

/** A tiny service that only sleeps, labelled test=<tag> (see removeServicesAndWait). */
export function sleeper(name: string, tag: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    image: 'local/busybox:1',
    command: ['sleep', '3600'],
    stopTimeoutSec: 1,
    labels: [{ key: 'test', value: tag }],
    ...extra,
  };
}

/** A free port on 127.0.0.1 in 20000..29999 (bound and released at once). */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    const ok = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error('no free port found');
}

/** Removes the services (by id or name), then waits until no container labelled test=<tag> is left on any node. */
export async function removeServicesAndWait(
  s: TestServer,
  services: string[],
  tag: string,
  nodes: string[],
): Promise<void> {
  for (const id of services)
    await s.gql(`mutation { removeService(id: "${id}") { id } }`).catch(() => undefined);
  await waitFor(
    async () => {
      for (const n of nodes)
        if ((await docker(n, 'ps', '-aq', '--filter', `label=test=${tag}`)) !== '') return false;
      return true;
    },
    { timeoutMs: 60_000, what: `containers labelled test=${tag} removed` },
  ).catch(async () => {
    for (const n of nodes) {
      const ids = (await docker(n, 'ps', '-aq', '--filter', `label=test=${tag}`)).split('\n').filter(Boolean);
      if (ids.length) await docker(n, 'rm', '-f', ...ids).catch(() => undefined);
    }
  });
}

export interface LoopResult {
  sent: number;
  ok: number;
  failures: { status: number; error?: string; body?: string }[];
  versions: Map<string, number>;
  hosts: Map<string, number>;
}

/**
 * A bounded request loop against a loopback URL: at most `maxRequests`, at most `maxMs`, `concurrency`
 * workers, until `until()` says stop. Counts statuses, X-App-Version headers and host names in bodies.
 */
export async function requestLoop(
  url: string,
  opts: { maxRequests: number; maxMs: number; concurrency: number; until?: () => boolean; pauseMs?: number },
): Promise<LoopResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url))
    throw new Error(`request loops only target 127.0.0.1 (got ${url})`);
  const r: LoopResult = { sent: 0, ok: 0, failures: [], versions: new Map(), hosts: new Map() };
  const deadline = Date.now() + opts.maxMs;
  const worker = async () => {
    while (r.sent < opts.maxRequests && Date.now() < deadline && !(opts.until?.() ?? false)) {
      r.sent++;
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
        const body = await res.text();
        if (res.status !== 200) r.failures.push({ status: res.status, body: body.slice(0, 200) });
        else {
          r.ok++;
          const v = res.headers.get('x-app-version') ?? '?';
          r.versions.set(v, (r.versions.get(v) ?? 0) + 1);
          const host = /host: <code>([^<]+)<\/code>/.exec(body)?.[1];
          if (host) r.hosts.set(host, (r.hosts.get(host) ?? 0) + 1);
        }
      } catch (err) {
        r.failures.push({ status: 0, error: (err as Error).message });
      }
      if (opts.pauseMs) await new Promise((res) => setTimeout(res, opts.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return r;
}
