import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  docker,
  dockerJson,
  endpointOf,
  removeLabelled,
  startTestServer,
  uniq,
  waitFor,
  type GqlResult,
  type TestServer,
} from './harness.js';

/** Every container these tests create carries this label, so cleanup removes only ours. */
const TEST_ID = uniq('ctr');
const TEST_LABEL = `stevedore.test=${TEST_ID}`;
const labels = [{ key: 'stevedore.test', value: TEST_ID }];

const DETAILS = `id name node { id name } image imageId command entrypoint state status exitCode startedAt finishedAt
  labels { key value } healthStatus health { status failingStreak lastOutput lastExitCode probes { exitCode output } }
  healthCheck { test intervalMs timeoutMs retries } restartCount restartPolicy { condition maxRetries }
  resources { nanoCpusLimit cpuLimit nanoCpusReservation cpuReservation memoryLimitBytes memoryReservationBytes }
  ports { containerPort hostPort hostIp protocol } mounts { type source target readOnly }
  networks { name ipAddress } managed serviceId taskId revision`;

const RUN = `mutation($i: RunContainerInput!) { runContainer(input: $i) { ${DETAILS} } }`;

interface Details {
  id: string;
  name: string;
  node: { id: string; name: string };
  image: string;
  state: string;
  status: string;
  exitCode: number | null;
  startedAt: string | null;
  labels: { key: string; value: string }[];
  healthStatus: string;
  health: {
    status: string;
    failingStreak: number;
    lastOutput: string | null;
    probes: { exitCode: number }[];
  } | null;
  resources: {
    nanoCpusLimit: number;
    cpuLimit: number;
    nanoCpusReservation: number;
    cpuReservation: number;
    memoryLimitBytes: number;
    memoryReservationBytes: number;
  };
  ports: { containerPort: number; hostPort: number; hostIp: string; protocol: string }[];
  mounts: { type: string; source: string; target: string; readOnly: boolean }[];
  restartPolicy: { condition: string; maxRetries: number };
  managed: boolean;
}

interface DockerInspect {
  Id: string;
  Name: string;
  State: { Running: boolean; Status: string; StartedAt: string; ExitCode: number };
  Config: { Labels: Record<string, string>; Env: string[] };
  HostConfig: {
    NanoCpus: number;
    Memory: number;
    MemoryReservation: number;
    RestartPolicy: { Name: string; MaximumRetryCount: number };
  };
}

const MiB = 1024 * 1024;

/** A TCP port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function mine(node: string): Promise<string[]> {
  return (await docker(node, 'ps', '-aq', '--filter', `label=${TEST_LABEL}`)).split('\n').filter(Boolean);
}

const firstError = (r: GqlResult) => r.errors?.[0];

describe('containers against real engines', () => {
  let s: TestServer;

  beforeAll(async () => {
    // A short engine timeout, so a stop that outlasts it is exercised (see "stops a container ignoring SIGTERM").
    s = await startTestServer({ STEVEDORE_ENGINE_TIMEOUT_MS: '5000' });
    await s.ok(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
      i: { name: 'n2', endpoint: endpointOf('n2') },
    });
  });

  afterAll(async () => {
    await s?.stop();
    for (const n of ['n1', 'n2']) await removeLabelled(n, TEST_LABEL).catch(() => undefined);
  });

  it('runs webapp v1 with limits, a published port and a health check that turns healthy', async () => {
    const name = uniq('web');
    const d = (
      await s.ok<{ runContainer: Details }>(RUN, {
        i: {
          name,
          image: 'local/webapp:v1',
          ports: [{ containerPort: 8080 }],
          resources: { cpuLimit: 0.5, cpuReservation: 0.25, memoryLimit: '64m', memoryReservation: '32MiB' },
          healthCheck: {
            shell: 'wget -q -O /dev/null http://127.0.0.1:8080/health',
            intervalMs: 500,
            timeoutMs: 2000,
            retries: 2,
          },
          restartPolicy: { condition: 'ON_FAILURE', maxRetries: 3 },
          env: [{ key: 'GREETING', value: 'hi there' }],
          labels,
        },
      })
    ).runContainer;
    expect(d.name).toBe(name);
    expect(d.node.name).toBe('local');
    expect(d.state).toBe('RUNNING');
    expect(d.managed).toBe(true);
    expect(d.labels).toEqual(
      expect.arrayContaining([
        { key: 'stevedore.managed', value: 'true' },
        { key: 'stevedore.kind', value: 'container' },
        { key: 'stevedore.test', value: TEST_ID },
      ]),
    );
    expect(d.resources).toEqual({
      nanoCpusLimit: 500_000_000,
      cpuLimit: 0.5,
      nanoCpusReservation: 250_000_000,
      cpuReservation: 0.25,
      memoryLimitBytes: 64 * MiB,
      memoryReservationBytes: 32 * MiB,
    });
    expect(d.restartPolicy).toEqual({ condition: 'ON_FAILURE', maxRetries: 3 });
    const port = d.ports[0];
    expect(port).toMatchObject({ containerPort: 8080, hostIp: '127.0.0.1', protocol: 'TCP' });
    expect(port!.hostPort).toBeGreaterThan(0);

    // The engine's own view agrees.
    const [ins] = await dockerJson<DockerInspect[]>('n1', 'inspect', d.id);
    expect(ins!.State.Running).toBe(true);
    expect(ins!.HostConfig.NanoCpus).toBe(500_000_000);
    expect(ins!.HostConfig.Memory).toBe(64 * MiB);
    expect(ins!.HostConfig.MemoryReservation).toBe(32 * MiB);
    expect(ins!.HostConfig.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 3 });
    expect(ins!.Config.Labels).toMatchObject({
      'stevedore.managed': 'true',
      'stevedore.kind': 'container',
      'stevedore.test': TEST_ID,
    });
    expect(ins!.Config.Env).toContain('GREETING=hi there');

    // The published port answers on loopback.
    const version = await waitFor(
      async () => {
        const res = await fetch(`http://127.0.0.1:${port!.hostPort}/version`);
        return res.ok && (await res.text()).trim();
      },
      { timeoutMs: 10_000, what: 'webapp /version' },
    );
    expect(version).toBe('v1');

    const healthy = await waitFor(
      async () => {
        const c = (
          await s.ok<{ container: Details }>(`query($id: ID!) { container(id: $id) { ${DETAILS} } }`, {
            id: d.id,
          })
        ).container;
        return c.healthStatus === 'HEALTHY' && c;
      },
      { timeoutMs: 20_000, what: 'healthy' },
    );
    expect(healthy.health?.status).toBe('HEALTHY');
    expect(healthy.health?.probes.length).toBeGreaterThan(0);
    expect(healthy.health?.probes.at(-1)?.exitCode).toBe(0);
    expect(healthy.status).toMatch(/^Up .*\(healthy\)$/);
    expect(
      (await dockerJson<{ Status: string }>('n1', 'inspect', '-f', '{{json .State.Health}}', d.id)).Status,
    ).toBe('healthy');
  });

  it('reports webapp v3 unhealthy with the probe output', async () => {
    const d = (
      await s.ok<{ runContainer: Details }>(RUN, {
        i: {
          name: uniq('web3'),
          image: 'local/webapp:v3',
          healthCheck: {
            command: ['CMD-SHELL', 'wget -q -O /dev/null http://127.0.0.1:8080/health'],
            intervalMs: 500,
            retries: 2,
          },
          labels,
        },
      })
    ).runContainer;
    const c = await waitFor(
      async () => {
        const r = (
          await s.ok<{ container: Details }>(`query($id: ID!) { container(id: $id) { ${DETAILS} } }`, {
            id: d.id,
          })
        ).container;
        return r.healthStatus === 'UNHEALTHY' && r;
      },
      { timeoutMs: 20_000, what: 'unhealthy' },
    );
    expect(c.health?.failingStreak).toBeGreaterThanOrEqual(2);
    expect(c.health?.probes.at(-1)?.exitCode).not.toBe(0);
    expect(
      (await dockerJson<{ Status: string }>('n1', 'inspect', '-f', '{{json .State.Health}}', d.id)).Status,
    ).toBe('unhealthy');
  });

  it('returns logs, and stops, starts, restarts and removes a container', async () => {
    const name = uniq('logs');
    const d = (
      await s.ok<{ runContainer: Details }>(RUN, {
        i: {
          name,
          image: 'local/busybox:1',
          command: [
            'sh',
            '-c',
            'trap "exit 0" TERM; echo hello; echo oops >&2; while true; do sleep 1; done',
          ],
          labels,
        },
      })
    ).runContainer;

    const lines = await waitFor(
      async () => {
        const r = await s.ok<{ containerLogs: { timestamp: string; stream: string; message: string }[] }>(
          `query($id: ID!) { containerLogs(id: $id) { timestamp stream message } }`,
          { id: name },
        );
        return r.containerLogs.length >= 2 && r.containerLogs;
      },
      { timeoutMs: 10_000, what: 'two log lines' },
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stream: 'STDOUT', message: 'hello' }),
        expect.objectContaining({ stream: 'STDERR', message: 'oops' }),
      ]),
    );
    expect(Number.isNaN(Date.parse(lines[0]!.timestamp))).toBe(false);
    const tail = await s.ok<{ containerLogs: unknown[] }>(
      `query($id: ID!) { containerLogs(id: $id, tail: 1) { message } }`,
      {
        id: d.id,
      },
    );
    expect(tail.containerLogs).toHaveLength(1);

    // By unique id prefix, with the node named.
    const stopped = await s.ok<{ stopContainer: Details }>(
      `mutation($id: ID!) { stopContainer(id: $id, node: "local", timeoutSeconds: 1) { state exitCode status } }`,
      { id: d.id.slice(0, 10) },
    );
    expect(stopped.stopContainer.state).toBe('EXITED');
    expect(stopped.stopContainer.status).toMatch(/^Exited \(\d+\)/);
    expect((await dockerJson<DockerInspect[]>('n1', 'inspect', d.id))[0]!.State.Running).toBe(false);

    const started = await s.ok<{ startContainer: Details }>(
      `mutation($id: ID!) { startContainer(id: $id) { state startedAt } }`,
      {
        id: name,
      },
    );
    expect(started.startContainer.state).toBe('RUNNING');
    expect((await dockerJson<DockerInspect[]>('n1', 'inspect', d.id))[0]!.State.Running).toBe(true);

    const restarted = await s.ok<{ restartContainer: Details }>(
      `mutation($id: ID!) { restartContainer(id: $id, timeoutSeconds: 1) { state startedAt } }`,
      { id: name },
    );
    expect(restarted.restartContainer.state).toBe('RUNNING');
    expect(Date.parse(restarted.restartContainer.startedAt!)).toBeGreaterThan(
      Date.parse(started.startContainer.startedAt!),
    );

    const busy = await s.gql(`mutation($id: ID!) { removeContainer(id: $id) }`, { id: name });
    expect(firstError(busy)?.extensions?.code).toBe('CONFLICT');
    expect(firstError(busy)?.extensions?.field).toBe('id');

    const removed = await s.ok<{ removeContainer: string }>(
      `mutation($id: ID!) { removeContainer(id: $id, force: true) }`,
      { id: name },
    );
    expect(removed.removeContainer).toBe(d.id);
    await expect(docker('n1', 'inspect', d.id)).rejects.toThrow(/No such object/);
    expect(
      (
        await s.ok<{ container: Details | null }>(`query($id: ID!) { container(id: $id) { id } }`, {
          id: name,
        })
      ).container,
    ).toBeNull();

    const gone = await s.gql(`mutation($id: ID!) { startContainer(id: $id) { id } }`, { id: name });
    expect(firstError(gone)?.extensions?.code).toBe('NOT_FOUND');
    expect(firstError(gone)?.extensions?.field).toBe('id');
  });

  it('stops a container ignoring SIGTERM even when the timeout outlasts the engine timeout', async () => {
    const d = (
      await s.ok<{ runContainer: Details }>(RUN, {
        i: { name: uniq('stubborn'), image: 'local/busybox:1', command: ['sleep', '300'], labels },
      })
    ).runContainer;
    const t0 = Date.now();
    const r = await s.ok<{ stopContainer: Details }>(
      `mutation($id: ID!) { stopContainer(id: $id, timeoutSeconds: 5) { state exitCode } }`,
      { id: d.id },
    );
    expect(Date.now() - t0).toBeGreaterThanOrEqual(4_500);
    expect(r.stopContainer).toEqual({ state: 'EXITED', exitCode: 137 });
  });

  it('runs on n2 when asked, and lists containers across nodes', async () => {
    const name = uniq('on-n2');
    const d = (
      await s.ok<{ runContainer: Details }>(RUN, {
        i: {
          node: 'n2',
          name,
          image: 'local/busybox:1',
          command: ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done'],
          labels,
        },
      })
    ).runContainer;
    expect(d.node.name).toBe('n2');
    expect(await docker('n2', 'ps', '--filter', `name=${name}`, '--format', '{{.Names}} {{.State}}')).toBe(
      `${name} running`,
    );
    await expect(docker('n1', 'inspect', name)).rejects.toThrow();

    const all = await s.ok<{
      containers: {
        items: { name: string; node: { name: string }; state: string }[];
        unreachableNodes: unknown[];
      };
    }>(
      `query($f: ContainerFilter) { containers(filter: $f) { items { name state node { name } } unreachableNodes { name reason } } }`,
      {
        f: { label: TEST_LABEL },
      },
    );
    expect(all.containers.unreachableNodes).toEqual([]);
    expect(all.containers.items).toContainEqual({ name, state: 'RUNNING', node: { name: 'n2' } });
    expect(new Set(all.containers.items.map((c) => c.node.name))).toEqual(new Set(['local', 'n2']));

    const onN2 = await s.ok<{ containers: { items: { name: string }[] } }>(
      `query($f: ContainerFilter) { containers(filter: $f) { items { name } } }`,
      { f: { label: TEST_LABEL, node: 'n2', state: ['RUNNING'], name: name.slice(0, -2) } },
    );
    expect(onN2.containers.items.map((c) => c.name)).toEqual([name]);

    // Found by name without naming the node.
    const found = await s.ok<{ container: Details }>(
      `query($id: ID!) { container(id: $id) { id node { name } } }`,
      { id: name },
    );
    expect(found.container).toMatchObject({ id: d.id, node: { name: 'n2' } });
  });

  it('refuses bad input with codes and fields, leaving no container behind', async () => {
    const before = { n1: (await mine('n1')).length, n2: (await mine('n2')).length };
    const expectError = async (
      input: Record<string, unknown>,
      code: string,
      field: string,
      message?: RegExp,
    ) => {
      const r = await s.gql(RUN, { i: { labels, ...input } });
      const e = firstError(r);
      expect(e?.extensions?.code, JSON.stringify(r.errors)).toBe(code);
      expect(e?.extensions?.field).toBe(field);
      if (message) expect(e?.message).toMatch(message);
      expect(JSON.stringify(r)).not.toMatch(/\.ts:\d+|stacktrace/);
      return e!;
    };

    await expectError(
      { image: 'local/nope:1' },
      'BAD_USER_INPUT',
      'image',
      /^image local\/nope:1 not found on node local and could not be pulled: /,
    );
    await expectError(
      { image: 'local/busybox:1', ports: [{ containerPort: 70000 }] },
      'BAD_USER_INPUT',
      'ports[0].containerPort',
      /between 1 and 65535/,
    );
    await expectError(
      { image: 'local/busybox:1', resources: { memoryLimit: '-64m' } },
      'BAD_USER_INPUT',
      'resources.memoryLimit',
      /must not be negative/,
    );
    await expectError({ image: 'local/busybox:1', node: 'no-such-node' }, 'NOT_FOUND', 'node');

    // Every field at fault in one answer.
    const many = await expectError(
      {
        image: 'Local/Busybox',
        name: 'bad name',
        ports: [
          { containerPort: 80, hostPort: 8080 },
          { containerPort: 81, hostPort: 8080 },
        ],
        resources: { cpuLimit: 0, memoryLimit: '1m' },
        volumes: [{ type: 'BIND', source: 'relative', target: '/x' }],
        healthCheck: { shell: 'true', intervalMs: 0 },
        restartPolicy: { condition: 'ALWAYS', maxRetries: 2 },
        env: [{ key: 'A=B', value: '' }],
      },
      'BAD_USER_INPUT',
      'name',
    );
    expect((many.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'name',
      'image',
      'env[0].key',
      'ports[1].hostPort',
      'volumes[0].source',
      'resources.cpuLimit',
      'resources.memoryLimit',
      'restartPolicy.maxRetries',
      'healthCheck.intervalMs',
    ]);

    // Name taken on the node.
    const name = uniq('dup');
    const hostPort = await freePort();
    await s.ok(RUN, {
      i: { name, image: 'local/webapp:v2', ports: [{ containerPort: 8080, hostPort }], labels },
    });
    const afterFirst = (await mine('n1')).length;
    await expectError(
      { name, image: 'local/busybox:1' },
      'CONFLICT',
      'name',
      new RegExp(`"${name}" already exists on node local`),
    );
    // Host port held by the first one.
    await expectError(
      { image: 'local/webapp:v2', ports: [{ containerPort: 9090 }, { containerPort: 8080, hostPort }] },
      'CONFLICT',
      'ports[1].hostPort',
      new RegExp(`127\\.0\\.0\\.1:${hostPort}/tcp is already published by container "${name}"`),
    );
    // The same port on n2 (another network namespace) is free.
    await s.ok(RUN, {
      i: { node: 'n2', image: 'local/webapp:v2', ports: [{ containerPort: 8080, hostPort }], labels },
    });

    expect((await mine('n1')).length).toBe(afterFirst);
    expect(afterFirst).toBe(before.n1 + 1);
    expect((await mine('n2')).length).toBe(before.n2 + 1);
  });

  it('removes a container that fails to start', async () => {
    const before = (await mine('n1')).length;
    const r = await s.gql(RUN, { i: { image: 'local/busybox:1', command: ['/no/such/program'], labels } });
    const e = firstError(r);
    expect(e?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e?.extensions?.field).toBe('command');
    expect((await mine('n1')).length).toBe(before);
  });
});
