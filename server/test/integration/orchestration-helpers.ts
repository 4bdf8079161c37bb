/**
 * Shared by the orchestration*.test.ts files: a three-node cluster (n1 local, n2 and n3 in their
 * network namespaces, labelled zone=a/b/c), service views over GraphQL, and what the engines
 * themselves say (docker CLI per node) about a service's containers.
 */
import http from 'node:http';
import { docker, endpointOf, startTestServer, waitFor, type TestServer } from './harness.js';

export const NODES = ['n1', 'n2', 'n3'] as const;
export type NodeName = (typeof NODES)[number];
export const ZONE: Record<NodeName, string> = { n1: 'a', n2: 'b', n3: 'c' };
/** Where a node's published ports are reached from the root namespace. */
export const PUBLISH: Record<NodeName, string> = { n1: '127.0.0.1', n2: '10.214.2.2', n3: '10.214.3.2' };

export const ORCHESTRATION_ENV = {
  STEVEDORE_RESYNC_INTERVAL_MS: '500',
  STEVEDORE_NODE_DOWN_GRACE_MS: '3000',
  STEVEDORE_LOCAL_NODE_NAME: 'n1',
};

export const SERVICE_FIELDS = `id name revision previousRevision status desiredReplicas runningReplicas healthyReplicas
  pendingReplicas unhealthyReplicas
  rollout { state fromRevision toRevision updated failed isRollback phase }
  tasks { id slot revision state desiredState stateReason nodeId nodeName containerId health exitCode failures notBefore
    readyAt createdAt updatedAt history { state reason } }
  unplaced { slot reason nodesConsidered failures { filter nodes reason } }`;

export interface TaskView {
  id: string;
  slot: number;
  revision: number;
  state: string;
  desiredState: string;
  stateReason: string;
  nodeId: string | null;
  nodeName: string | null;
  containerId: string | null;
  health: string;
  exitCode: number | null;
  failures: number;
  notBefore: string | null;
  readyAt: string | null;
  createdAt: string;
  updatedAt: string;
  history: { state: string; reason: string }[];
}

export interface ServiceView {
  id: string;
  name: string;
  revision: number;
  previousRevision: number | null;
  status: string;
  desiredReplicas: number;
  runningReplicas: number;
  healthyReplicas: number;
  pendingReplicas: number;
  unhealthyReplicas: number;
  rollout: {
    state: string;
    fromRevision: number;
    toRevision: number;
    updated: number;
    failed: number;
    isRollback: boolean;
    phase: string;
  } | null;
  tasks: TaskView[];
  unplaced: {
    slot: number;
    reason: string;
    nodesConsidered: number;
    failures: { filter: string; nodes: number; reason: string }[];
  }[];
}

/**
 * Probes every 500 ms; a broken replica (500s, refused) is unhealthy after 3 quick failures. The
 * generous timeout is for loaded CI machines, where starting the probe's exec alone can take
 * seconds: with 2 s, healthy replicas were failed and restarted mid-test.
 */
export const HEALTH = {
  shell: 'wget -q -O /dev/null http://127.0.0.1:8080/health',
  intervalMs: 500,
  timeoutMs: 5000,
  retries: 3,
};

/** A webapp service publishing :8080 on an engine-picked port, labelled test=<name>. */
export function webapp(
  name: string,
  image = 'local/webapp:v1',
  replicas = 3,
  extra: Record<string, unknown> = {},
) {
  return {
    name,
    image,
    replicas,
    ports: [{ containerPort: 8080 }],
    healthCheck: HEALTH,
    stopTimeoutSec: 2,
    update: { parallelism: 1, monitorMs: 1000, failureAction: 'ROLLBACK' },
    rollback: { parallelism: 0, monitorMs: 500 },
    labels: [{ key: 'test', value: name }],
    ...extra,
  };
}

/** Starts a test server and makes it a three-node cluster: n1 (local), n2, n3 with zone labels. */
export async function startCluster(env: Record<string, string> = {}): Promise<TestServer> {
  const s = await startTestServer({ ...ORCHESTRATION_ENV, ...env });
  await s.ok(`mutation($i: UpdateNodeInput!) { updateNode(id: "n1", input: $i) { id } }`, {
    i: { labels: [{ key: 'zone', value: ZONE.n1 }] },
  });
  for (const n of ['n2', 'n3'] as const) await addNode(s, n);
  return s;
}

export async function addNode(s: TestServer, n: 'n2' | 'n3'): Promise<string> {
  const d = await s.ok<{ addNode: { id: string } }>(
    `mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`,
    {
      i: {
        name: n,
        endpoint: endpointOf(n),
        labels: [{ key: 'zone', value: ZONE[n] }],
        publishAddress: PUBLISH[n],
      },
    },
  );
  return d.addNode.id;
}

export async function getService(s: TestServer, ref: string): Promise<ServiceView> {
  const d = await s.ok<{ service: ServiceView | null }>(
    `query($id: ID!) { service(id: $id) { ${SERVICE_FIELDS} } }`,
    {
      id: ref,
    },
  );
  if (!d.service) throw new Error(`no service ${ref}`);
  return d.service;
}

export async function createService(s: TestServer, spec: Record<string, unknown>): Promise<ServiceView> {
  const d = await s.ok<{ createService: ServiceView }>(
    `mutation($s: ServiceSpecInput!) { createService(spec: $s) { ${SERVICE_FIELDS} } }`,
    { s: spec },
  );
  return d.createService;
}

export async function updateService(
  s: TestServer,
  id: string,
  spec: Record<string, unknown>,
): Promise<ServiceView> {
  const d = await s.ok<{ updateService: ServiceView }>(
    `mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { ${SERVICE_FIELDS} } }`,
    { id, s: spec },
  );
  return d.updateService;
}

export const activeTasks = (v: ServiceView) =>
  v.tasks.filter((t) => t.desiredState === 'RUNNING' && !TERMINAL.has(t.state));
export const TERMINAL = new Set(['COMPLETE', 'FAILED', 'SHUTDOWN', 'REJECTED', 'ORPHANED']);

export interface EngineContainer {
  node: NodeName;
  id: string;
  state: string;
  task: string;
  revision: string;
  name: string;
}

/**
 * A service's containers as the engines list them (all states), per node. A node whose engine
 * does not answer is left out, or makes this throw when `strict`.
 */
export async function engineContainers(
  serviceId: string,
  { nodes = NODES as readonly NodeName[], strict = false, running = false } = {},
): Promise<EngineContainer[]> {
  const out: EngineContainer[] = [];
  await Promise.all(
    nodes.map(async (node) => {
      let text: string;
      try {
        text = await docker(
          node,
          'ps',
          '-a',
          '--no-trunc',
          '--filter',
          `label=stevedore.service=${serviceId}`,
          '--format',
          '{{.ID}}|{{.State}}|{{.Label "stevedore.task"}}|{{.Label "stevedore.revision"}}|{{.Names}}',
        );
      } catch (err) {
        if (strict) throw err;
        return;
      }
      for (const line of text.split('\n').filter(Boolean)) {
        const [id, state, task, revision, name] = line.split('|') as [string, string, string, string, string];
        if (!running || state === 'running') out.push({ node, id, state, task, revision, name });
      }
    }),
  );
  return out;
}

export function countByNode(list: EngineContainer[]): Record<NodeName, number> {
  const c: Record<NodeName, number> = { n1: 0, n2: 0, n3: 0 };
  for (const x of list) c[x.node]++;
  return c;
}

/** GET on a node's Engine API over its unix socket: cheap enough to poll (no CLI process). */
export function engineApi<T>(node: NodeName, pathAndQuery: string): Promise<T> {
  const socketPath = endpointOf(node).replace(/^unix:\/\//, '');
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath, path: pathAndQuery, timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () =>
        res.statusCode === 200
          ? resolve(JSON.parse(body) as T)
          : reject(new Error(`${res.statusCode}: ${body}`)),
      );
    });
    req.on('timeout', () => req.destroy(new Error(`engine ${node} did not answer ${pathAndQuery}`)));
    req.on('error', reject);
    req.end();
  });
}

/** /health URLs of the service's running containers on every node, from the Engine API. */
export async function healthUrls(serviceId: string): Promise<string[]> {
  const filters = encodeURIComponent(
    JSON.stringify({ label: [`stevedore.service=${serviceId}`], status: ['running'] }),
  );
  const lists = await Promise.all(
    NODES.map(async (node) => {
      const list = await engineApi<{ Ports: { PrivatePort: number; PublicPort?: number }[] }[]>(
        node,
        `/containers/json?filters=${filters}`,
      );
      return list.flatMap((c) =>
        c.Ports.filter((p) => p.PrivatePort === 8080 && p.PublicPort).map(
          (p) => `http://${PUBLISH[node]}:${p.PublicPort}/health`,
        ),
      );
    }),
  );
  return [...new Set(lists.flat())];
}

/** http://<publish address>:<host port> of a container's :8080 on its node. */
export async function publishedUrl(node: NodeName, containerId: string): Promise<string> {
  const out = await docker(node, 'port', containerId, '8080/tcp');
  const line = out.split('\n').find((l) => /:\d+$/.test(l));
  if (!line)
    throw new Error(`container ${containerId.slice(0, 12)} on ${node} publishes no 8080/tcp (${out})`);
  const port = line.slice(line.lastIndexOf(':') + 1);
  return `http://${PUBLISH[node]}:${port}`;
}

export async function httpGet(
  url: string,
  timeoutMs = 2000,
): Promise<{ status: number; body: string } | null> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: res.status, body: (await res.text()).trim() };
  } catch {
    return null;
  }
}

/** /version of every running container of the service, fetched over its published port. */
export async function versions(serviceId: string): Promise<string[]> {
  const list = await engineContainers(serviceId, { running: true, strict: true });
  return Promise.all(
    list.map(async (c) => {
      const r = await httpGet(`${await publishedUrl(c.node, c.id)}/version`);
      return r?.status === 200 ? r.body : `error ${r?.status ?? 'no answer'} from ${c.node}`;
    }),
  );
}

/** Removes the service and waits until none of its containers is left on any node. */
export async function removeService(s: TestServer, id: string): Promise<void> {
  await s.gql(`mutation($id: ID!) { removeService(id: $id) { id } }`, { id });
  await waitFor(async () => (await engineContainers(id)).length === 0, {
    timeoutMs: 60_000,
    what: `containers of service ${id} removed`,
  });
}

/** Last resort for afterAll: any container of this control plane still on an engine is removed. */
export async function removeLeftovers(installationId: string): Promise<number> {
  let n = 0;
  for (const node of NODES) {
    try {
      const ids = (
        await docker(node, 'ps', '-aq', '--filter', `label=stevedore.installation=${installationId}`)
      )
        .split('\n')
        .filter(Boolean);
      if (ids.length) await docker(node, 'rm', '-f', ...ids);
      n += ids.length;
    } catch {
      // engine down: nothing we can do from here
    }
  }
  return n;
}

/**
 * Core.stop() closes the store without waiting for a heartbeat beat in flight; that beat then
 * fails on the closed database inside its own error handler and the rejection escapes (an
 * unhandled error that fails the whole file). Until Core.stop waits for it, stop the beat first
 * and let the one in flight finish.
 */
async function quiesceHeartbeat(s: TestServer): Promise<void> {
  const hb = s.app.core.heartbeat as unknown as {
    stop(): void;
    limit?: { activeCount: number; pendingCount: number };
  };
  hb.stop();
  if (hb.limit)
    await waitFor(() => hb.limit!.activeCount === 0 && hb.limit!.pendingCount === 0, {
      timeoutMs: 15_000,
      intervalMs: 20,
      what: 'heartbeat beats in flight to finish',
    }).catch(() => undefined);
}

/** Stops the server after removing every service it has, then checks the engines are clean. */
export async function teardownCluster(s: TestServer | undefined): Promise<void> {
  if (!s) return;
  const installation = s.app.core.store.installationId;
  const d = await s.gql<{ services: { id: string }[] }>(`{ services { id } }`).catch(() => null);
  for (const { id } of d?.data?.services ?? []) await removeService(s, id).catch(() => undefined);
  await quiesceHeartbeat(s);
  await s.stop();
  const left = await removeLeftovers(installation);
  if (left > 0) throw new Error(`${left} container(s) of this test server were left on the engines`);
}
