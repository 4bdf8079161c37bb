import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFleetNodes, freePort, removeServicesAndWait, requestLoop } from './cluster-helpers.js';
import { docker, startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import { taggedWebapp } from './tagged-webapp.js';

interface Endpoint {
  taskId: string;
  nodeName: string;
  address: string;
  port: number;
  containerIp: string | null;
  network: string | null;
}
interface Backend {
  taskId: string;
  nodeName: string;
  state: string;
  requests: number;
  draining: boolean;
  transitions: { from: string; to: string }[];
}
interface Stats {
  listening: boolean;
  requests: number;
  errors: number;
  retries: number;
  backends: Backend[];
}

const webapp = taggedWebapp;

describe('networks, service discovery and the ingress on real engines', () => {
  let s: TestServer;
  let nodes: string[] = [];
  const tag = uniq('nettest');
  const netName = uniq('net');
  const api = uniq('api');
  const client = uniq('client');
  const web = uniq('web');
  const flaky = uniq('flaky');
  const created: string[] = [];
  let networkId = '';

  const stats = async (svc: string) =>
    (
      await s.ok<{ ingressStats: Stats | null }>(
        `{ ingressStats(serviceId: "${svc}") { listening requests errors retries backends { taskId nodeName state requests draining transitions { from to } } } }`,
      )
    ).ingressStats;
  const endpoints = async (svc: string) =>
    (
      await s.ok<{ serviceEndpoints: Endpoint[] }>(
        `{ serviceEndpoints(id: "${svc}") { taskId nodeName address port containerIp network } }`,
      )
    ).serviceEndpoints;
  const healthy = (svc: string, n: number, timeoutMs = 90_000) =>
    waitFor(
      async () => {
        const v = (
          await s.ok<{ service: { healthyReplicas: number; runningReplicas: number } }>(
            `{ service(id: "${svc}") { healthyReplicas runningReplicas } }`,
          )
        ).service;
        return v.healthyReplicas === n && v.runningReplicas === n;
      },
      { timeoutMs, what: `${svc}: ${n} healthy replicas` },
    );
  const create = async (spec: Record<string, unknown>) => {
    await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, { s: spec });
    created.push(String(spec.name));
  };

  beforeAll(async () => {
    s = await startTestServer({
      STEVEDORE_RESYNC_INTERVAL_MS: '500',
      STEVEDORE_INGRESS_REFRESH_MS: '300',
      STEVEDORE_INGRESS_UPSTREAM_TIMEOUT_MS: '3000',
      STEVEDORE_LOCAL_NODE_NAME: 'n1',
    });
    nodes = await addFleetNodes(s);
  });

  afterAll(async () => {
    if (!s) return;
    await removeServicesAndWait(s, created, tag, nodes);
    if (networkId) await s.gql(`mutation { removeNetwork(id: "${networkId}") { id } }`);
    await s.stop();
  });

  it('creates a network from the pool and refuses an overlapping subnet, naming the field', async () => {
    const r = await s.ok<{ createNetwork: { id: string; subnet: string; gateway: string } }>(
      `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id subnet gateway } }`,
      { i: { name: netName, labels: [{ key: 'test', value: tag }] } },
    );
    networkId = r.createNetwork.id;
    expect(r.createNetwork.subnet).toMatch(/^10\.240\.\d+\.0\/22$/);
    const wider = r.createNetwork.subnet.replace(/\.\d+\.0\/22$/, '.0.0/16');
    const bad = await s.gql(`mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, {
      i: { name: uniq('net2'), subnet: wider },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('subnet');
    expect(bad.errors?.[0]?.message).toContain(`overlaps ${r.createNetwork.subnet} of network "${netName}"`);
    // a service naming a network that does not exist is refused up front
    const missing = await s.gql(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: webapp(uniq('nonet'), tag, { networks: ['no-such-network'] }),
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'networks[0]' });
  });

  it('two services on one network reach each other by name', async () => {
    const onN1 = { placement: { constraints: ['node.name == n1'] }, networks: [netName] };
    await create(webapp(api, tag, { image: 'local/webapp:v2', ...onN1 }));
    await create(webapp(client, tag, onN1));
    await healthy(api, 1);
    await healthy(client, 1);
    const [clientEp] = await endpoints(client);
    const [apiEp] = await endpoints(api);
    expect(apiEp).toMatchObject({ nodeName: 'n1', address: '127.0.0.1', network: netName });
    expect(apiEp!.port).toBeGreaterThan(0);
    const net = (
      await s.ok<{
        network: {
          subnet: string;
          services: string[];
          nodes: { nodeName: string; present: boolean; subnet: string; containers: { ipv4: string }[] }[];
        };
      }>(
        `{ network(id: "${netName}") { subnet services nodes { nodeName present subnet containers { ipv4 } } } }`,
      )
    ).network;
    expect(net.services.sort()).toEqual([api, client].sort());
    const onNode = net.nodes.find((n) => n.nodeName === 'n1')!;
    expect(onNode).toMatchObject({ present: true, subnet: net.subnet });
    expect(onNode.containers.map((c) => c.ipv4)).toContain(apiEp!.containerIp);
    // Inside the engine: the client's container asks the api by its service name.
    const containers = await docker('n1', 'ps', '-q', '--filter', `label=stevedore.task=${clientEp!.taskId}`);
    const version = await docker(
      'n1',
      'exec',
      containers.split('\n')[0]!,
      'wget',
      '-q',
      '-O-',
      `http://${api}:8080/version`,
    );
    expect(version.trim()).toBe('v2');
  });

  it('spreads requests through the ingress over the replicas of every node', async () => {
    const port = await freePort();
    await create(
      webapp(web, tag, {
        replicas: nodes.length,
        placement: { maxReplicasPerNode: 1 },
        ingress: { port, targetPort: 8080 },
        update: { parallelism: 1, monitorMs: 1000, order: 'STOP_FIRST', failureAction: 'PAUSE' },
      }),
    );
    await healthy(web, nodes.length);
    await waitFor(async () => (await stats(web))?.backends.length === nodes.length, {
      what: 'all replicas in the ingress',
      timeoutMs: 20_000,
    });
    const eps = await endpoints(web);
    expect(eps.map((e) => e.nodeName).sort()).toEqual([...nodes].sort());
    if (nodes.includes('n2')) expect(eps.find((e) => e.nodeName === 'n2')!.address).toBe('10.214.2.2');

    const r = await requestLoop(`http://127.0.0.1:${port}/`, {
      maxRequests: 30,
      maxMs: 30_000,
      concurrency: 1,
    });
    expect(r.failures).toEqual([]);
    expect(r.hosts.size).toBe(nodes.length);
    const st = (await stats(web))!;
    expect(st.requests).toBeGreaterThanOrEqual(30);
    for (const b of st.backends) expect(b.requests).toBeGreaterThanOrEqual(30 / nodes.length - 1);

    const conf = (await s.ok<{ nginxConfig: string }>(`{ nginxConfig(serviceId: "${web}") }`)).nginxConfig;
    for (const e of eps) expect(conf).toContain(`server ${e.address}:${e.port} `);
    const metrics = await (
      await fetch(s.app.url.replace('/graphql', '/metrics'), {
        headers: { authorization: `Bearer ${s.token}` },
      })
    ).text();
    expect(metrics).toMatch(
      new RegExp(`stevedore_ingress_requests_total\\{service="${web}",code="2xx"\\} \\d+`),
    );
    expect(metrics).toContain(`stevedore_ingress_request_duration_seconds_bucket{le="0.5",service="${web}"}`);
  });

  it('a rolling update under a bounded request loop loses no request', async () => {
    const port = (
      await s.ok<{ service: { spec: { ingress: { port: number } } } }>(
        `{ service(id: "${web}") { spec { ingress { port } } } }`,
      )
    ).service.spec.ingress.port;
    const spec = webapp(web, tag, {
      image: 'local/webapp:v2',
      replicas: nodes.length,
      placement: { maxReplicasPerNode: 1 },
      ingress: { port, targetPort: 8080 },
      update: { parallelism: 1, monitorMs: 1000, order: 'STOP_FIRST', failureAction: 'PAUSE' },
    });
    let done = false;
    let doneAt = 0;
    const loop = requestLoop(`http://127.0.0.1:${port}/`, {
      maxRequests: 2000,
      maxMs: 60_000,
      concurrency: 3,
      // a few more seconds after the rollout completed, on the new replicas only
      until: () => done && Date.now() - doneAt > 2000,
    });
    await new Promise((r) => setTimeout(r, 500));
    await s.ok(`mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { id } }`, {
      id: web,
      s: spec,
    });
    await waitFor(
      async () => {
        const v = (
          await s.ok<{ service: { rollout: { state: string } | null; healthyReplicas: number } }>(
            `{ service(id: "${web}") { rollout { state } healthyReplicas } }`,
          )
        ).service;
        return v.rollout?.state === 'COMPLETED' && v.healthyReplicas === nodes.length;
      },
      { timeoutMs: 55_000, what: 'rollout to v2 completed', intervalMs: 300 },
    ).finally(() => {
      done = true;
      doneAt = Date.now();
    });
    const r = await loop;
    expect(r.failures).toEqual([]);
    expect(r.ok).toBe(r.sent);
    expect(r.sent).toBeGreaterThan(50);
    expect(r.versions.get('v1')).toBeGreaterThan(0);
    expect(r.versions.get('v2')).toBeGreaterThan(0);
    const id = (await s.ok<{ service: { id: string } }>(`{ service(id: "${web}") { id } }`)).service.id;
    const drained = await s.ok<{ events: { items: { message: string; data: { inFlightLeft: number } }[] } }>(
      `{ events(filter: { kinds: ["ingress.drained"], serviceId: "${id}" }, limit: 50) { items { message data } } }`,
    );
    // Each replica the rollout stopped was taken out of rotation first.
    expect(drained.events.items.length).toBeGreaterThanOrEqual(1);
  });

  it('a hung replica: its breaker opens, no request goes to it, it half-opens after the reset timeout', async () => {
    const port = await freePort();
    // No health check: the orchestrator keeps a paused replica as running; only the ingress notices.
    await create({
      ...webapp(flaky, tag, { replicas: nodes.length, placement: { maxReplicasPerNode: 1 } }),
      healthCheck: undefined,
      ingress: { port, targetPort: 8080, failureThreshold: 1, resetTimeoutMs: 5000, upstreamTimeoutMs: 1000 },
    });
    await waitFor(async () => (await stats(flaky))?.backends.length === nodes.length, {
      what: 'replicas in the ingress',
      timeoutMs: 60_000,
    });
    // Warm up: every replica answers.
    await waitFor(
      async () =>
        (await requestLoop(`http://127.0.0.1:${port}/`, { maxRequests: 12, maxMs: 10_000, concurrency: 1 }))
          .hosts.size === nodes.length,
      {
        what: 'every replica answering',
      },
    );
    const victim = (await stats(flaky))!.backends[nodes.length - 1]!;
    const vNode = victim.nodeName;
    const cid = (await docker(vNode, 'ps', '-q', '--filter', `label=stevedore.task=${victim.taskId}`)).split(
      '\n',
    )[0]!;
    const victimHost = cid.slice(0, 12);
    // Hang it: stop its listener (SIGSTOP); the kernel still accepts connections, nobody answers.
    // (Not `docker pause`: the cgroup freezer is unreliable on a loaded machine.)
    const signal = (sig: string) => docker(vNode, 'exec', cid, 'sh', '-c', `kill -${sig} $(pidof nc)`);
    await signal('STOP');
    try {
      // Requests go on succeeding (retried elsewhere) until the victim's breaker opens.
      let b: Backend | undefined;
      for (let i = 0; i < 20 && b?.state !== 'OPEN'; i++) {
        const r = await requestLoop(`http://127.0.0.1:${port}/`, {
          maxRequests: 1,
          maxMs: 10_000,
          concurrency: 1,
        });
        expect(r.failures).toEqual([]);
        expect(r.hosts.has(victimHost)).toBe(false);
        b = (await stats(flaky))!.backends.find((x) => x.taskId === victim.taskId)!;
      }
      expect(b!.state).toBe('OPEN');
      const sentToIt = b!.requests;
      // More requests while OPEN (within the reset timeout): none reaches it.
      const r2 = await requestLoop(`http://127.0.0.1:${port}/`, {
        maxRequests: 6,
        maxMs: 3000,
        concurrency: 1,
      });
      expect(r2.failures).toEqual([]);
      b = (await stats(flaky))!.backends.find((x) => x.taskId === victim.taskId)!;
      expect(b.requests).toBe(sentToIt);
      // After the reset timeout the breaker lets a trial through: HALF_OPEN.
      await waitFor(
        async () =>
          (await stats(flaky))!.backends.find((x) => x.taskId === victim.taskId)!.state === 'HALF_OPEN',
        {
          what: 'breaker half-open',
          timeoutMs: 10_000,
        },
      );
    } finally {
      await signal('CONT').catch(() => undefined);
    }
    // It answers again: the trial succeeds and the breaker closes.
    await waitFor(
      async () => {
        await requestLoop(`http://127.0.0.1:${port}/`, {
          maxRequests: nodes.length,
          maxMs: 10_000,
          concurrency: 1,
        });
        return (await stats(flaky))!.backends.find((x) => x.taskId === victim.taskId)!.state === 'CLOSED';
      },
      { what: 'breaker closed again', timeoutMs: 20_000 },
    );
    const b = (await stats(flaky))!.backends.find((x) => x.taskId === victim.taskId)!;
    expect(b.transitions.map((t) => t.to)).toEqual(expect.arrayContaining(['OPEN', 'HALF_OPEN', 'CLOSED']));
  });

  it('a killed replica leaves the rotation and requests keep succeeding', async () => {
    const port = (
      await s.ok<{ service: { spec: { ingress: { port: number } } } }>(
        `{ service(id: "${flaky}") { spec { ingress { port } } } }`,
      )
    ).service.spec.ingress.port;
    const victim = (await stats(flaky))!.backends[0]!;
    const cid = (
      await docker(victim.nodeName, 'ps', '-q', '--filter', `label=stevedore.task=${victim.taskId}`)
    ).split('\n')[0]!;
    await docker(victim.nodeName, 'kill', cid);
    const r = await requestLoop(`http://127.0.0.1:${port}/`, {
      maxRequests: 40,
      maxMs: 30_000,
      concurrency: 1,
      pauseMs: 50,
    });
    expect(r.failures).toEqual([]);
    expect(r.hosts.has(cid.slice(0, 12))).toBe(false);
    await waitFor(async () => !(await stats(flaky))!.backends.some((x) => x.taskId === victim.taskId), {
      what: 'killed replica out of the ingress',
    });
  });
});
