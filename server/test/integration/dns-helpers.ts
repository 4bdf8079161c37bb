import path from 'node:path';
import { stopResolver } from '../../src/control/dns/service-dns.js';
import { docker, waitFor, type TestServer } from './harness.js';

/*
 * Service discovery DNS in integration tests: the cluster resolver serves on n1's bridge
 * address (10.213.1.1, scripts/engine.sh), which containers on every node reach through their
 * node's default route; port 53, as Docker's --dns needs. No upstream: other names are NXDOMAIN.
 */
export const DNS_ADDRESS = '10.213.1.1';
export const dnsEnv = { STEVEDORE_DNS_LISTEN: DNS_ADDRESS, STEVEDORE_DNS_UPSTREAM: '' };

/** Stops the resolver a test server started (it outlives the server on purpose). */
export const stopTestResolver = (s: TestServer) => stopResolver(path.join(s.dataDir, 'dns'));

export interface Replica {
  taskId: string;
  slot: number;
  nodeName: string;
  containerIp: string | null;
  health: string;
}

/** The service's tasks as the API has them (running ones), with their node and address. */
export async function replicas(s: TestServer, service: string): Promise<Replica[]> {
  const r = await s.ok<{
    service: {
      tasks: { id: string; slot: number; state: string; nodeName: string | null; health: string }[];
    };
  }>(`{ service(id: "${service}") { tasks { id slot state nodeName health } } }`);
  return r.service.tasks
    .filter((t) => t.state === 'RUNNING')
    .map((t) => ({
      taskId: t.id,
      slot: t.slot,
      nodeName: t.nodeName ?? '',
      containerIp: null,
      health: t.health,
    }));
}

/** The container of a task on its node. */
export async function containerOf(node: string, taskId: string): Promise<string> {
  const id = (await docker(node, 'ps', '-q', '--filter', `label=stevedore.task=${taskId}`)).split('\n')[0];
  if (!id) throw new Error(`no container for task ${taskId} on ${node}`);
  return id;
}

/** The addresses busybox nslookup answers for `name` inside the container ([] for NXDOMAIN or none). */
export async function lookup(node: string, container: string, name: string): Promise<string[]> {
  const out = await docker(node, 'exec', container, 'nslookup', '-type=a', name).catch(
    (err: { stdout?: string }) => err.stdout ?? '',
  );
  return [...out.matchAll(/^Address:\s+(\d+\.\d+\.\d+\.\d+)\s*$/gm)].map((m) => m[1]!);
}

export const sorted = (xs: readonly string[]) => [...xs].sort();

/** Waits until `name` answers exactly `want` (as a set) inside the container. */
export function waitForAnswer(
  node: string,
  container: string,
  name: string,
  want: () => Promise<string[]> | string[],
  what: string,
  timeoutMs = 60_000,
): Promise<string[]> {
  return waitFor(
    async () => {
      const [got, expected] = await Promise.all([lookup(node, container, name), want()]);
      return JSON.stringify(sorted(got)) === JSON.stringify(sorted(expected)) ? got : null;
    },
    { timeoutMs, intervalMs: 100, what },
  );
}

/** The running containers of a service: task id, node and IP on `network`. */
export async function serviceContainers(
  node: string,
  serviceName: string,
  network: string,
): Promise<{ id: string; taskId: string; ip: string }[]> {
  const ids = (await docker(node, 'ps', '-q', '--filter', `label=stevedore.service.name=${serviceName}`))
    .split('\n')
    .filter(Boolean);
  // Listed running, then inspected: a container that stopped in between (an unhealthy one being
  // replaced) inspects with no address, and is left out as it no longer runs.
  const all = await Promise.all(
    ids.map(async (id) => {
      const [taskId, running, ip] = (
        await docker(
          node,
          'inspect',
          '-f',
          `{{index .Config.Labels "stevedore.task"}} {{.State.Running}} {{(index .NetworkSettings.Networks "${network}").IPAddress}}`,
          id,
        )
      ).split(' ');
      return { id, taskId: taskId!, running: running === 'true', ip: ip ?? '' };
    }),
  );
  return all.filter((c) => c.running).map(({ id, taskId, ip }) => ({ id, taskId, ip }));
}
