import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, endpointOf, startTestServer, uniq, waitFor, type TestServer } from './harness.js';

const SERVICE_FIELDS = `id name revision status desiredReplicas runningReplicas healthyReplicas pendingReplicas
  rollout { state fromRevision toRevision updated failed isRollback phase }
  tasks { id slot revision state desiredState stateReason nodeName containerId health }
  unplaced { slot reason }`;

interface TaskView {
  id: string;
  slot: number;
  revision: number;
  state: string;
  desiredState: string;
  stateReason: string;
  nodeName: string | null;
  containerId: string | null;
  health: string;
}
interface ServiceView {
  id: string;
  name: string;
  revision: number;
  status: string;
  desiredReplicas: number;
  runningReplicas: number;
  healthyReplicas: number;
  pendingReplicas: number;
  rollout: {
    state: string;
    fromRevision: number;
    toRevision: number;
    updated: number;
    failed: number;
    isRollback: boolean;
  } | null;
  tasks: TaskView[];
  unplaced: { slot: number; reason: string }[];
}

export function webappSpec(
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
    healthCheck: {
      shell: 'wget -q -O /dev/null http://127.0.0.1:8080/health',
      intervalMs: 500,
      timeoutMs: 2000,
      retries: 2,
    },
    stopTimeoutSec: 2,
    update: { parallelism: 1, monitorMs: 1000, failureAction: 'ROLLBACK' },
    rollback: { parallelism: 0, monitorMs: 500 },
    labels: [{ key: 'test', value: name }],
    ...extra,
  };
}

describe('services on a real engine', () => {
  let s: TestServer;
  const svc = uniq('web');
  const get = async (id: string) =>
    (await s.ok<{ service: ServiceView }>(`{ service(id: "${id}") { ${SERVICE_FIELDS} } }`)).service;

  beforeAll(async () => {
    s = await startTestServer({ STEVEDORE_RESYNC_INTERVAL_MS: '500' });
  });
  afterAll(async () => {
    await s?.gql(`mutation { removeService(id: "${svc}") { id } }`);
    await waitFor(async () => (await docker('n1', 'ps', '-aq', '--filter', `label=test=${svc}`)) === '', {
      timeoutMs: 30_000,
      what: 'service containers removed',
    }).catch(() => undefined);
    await s?.stop();
  });

  it('creates a service and converges to healthy replicas with labelled containers', async () => {
    const created = await s.ok<{ createService: ServiceView }>(
      `mutation($s: ServiceSpecInput!) { createService(spec: $s) { ${SERVICE_FIELDS} } }`,
      { s: webappSpec(svc) },
    );
    expect(created.createService.revision).toBe(1);
    const ready = await waitFor(
      async () => {
        const v = await get(svc);
        return v.healthyReplicas === 3 && v.status === 'HEALTHY' && v;
      },
      { timeoutMs: 60_000, what: '3 healthy replicas' },
    );
    expect(
      ready.tasks
        .filter((t) => t.state === 'RUNNING')
        .map((t) => t.slot)
        .sort(),
    ).toEqual([1, 2, 3]);
    const ids = (await docker('n1', 'ps', '-q', '--filter', `label=stevedore.service=${ready.id}`))
      .split('\n')
      .filter(Boolean);
    expect(ids).toHaveLength(3);
    const labels = JSON.parse(
      await docker('n1', 'inspect', '--format', '{{json .Config.Labels}}', ids[0]!),
    ) as Record<string, string>;
    expect(labels['stevedore.task']).toBeTruthy();
    expect(labels['stevedore.revision']).toBe('1');
    expect(endpointOf('n1')).toBeTruthy();
  });

  it('replaces a killed replica', async () => {
    const before = await get(svc);
    const victim = before.tasks.find((t) => t.state === 'RUNNING')!;
    await docker('n1', 'kill', victim.containerId!);
    const after = await waitFor(
      async () => {
        const v = await get(svc);
        const replacement = v.tasks.find(
          (t) => t.slot === victim.slot && t.id !== victim.id && t.state === 'RUNNING',
        );
        return replacement && v.healthyReplicas === 3 && v;
      },
      { timeoutMs: 30_000, what: 'replacement of killed replica' },
    );
    const old = after.tasks.find((t) => t.id === victim.id);
    expect(old?.state).toBe('FAILED');
    expect(old?.stateReason).toMatch(/exited with code 137/);
  });

  it('scales up and down', async () => {
    await s.ok(`mutation { scaleService(id: "${svc}", replicas: 5) { id } }`);
    await waitFor(async () => (await get(svc)).healthyReplicas === 5, {
      timeoutMs: 60_000,
      what: '5 healthy',
    });
    await s.ok(`mutation { scaleService(id: "${svc}", replicas: 2) { id } }`);
    await waitFor(
      async () => {
        const v = await get(svc);
        const running = await docker('n1', 'ps', '-q', '--filter', `label=stevedore.service=${v.id}`);
        return v.runningReplicas === 2 && running.split('\n').filter(Boolean).length === 2;
      },
      { timeoutMs: 60_000, what: 'scaled down to 2' },
    );
  });

  it('rolls out v3 (broken) and rolls back automatically to v1', async () => {
    const before = await get(svc);
    await s.ok(`mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { id } }`, {
      id: before.id,
      s: webappSpec(svc, 'local/webapp:v3', 2),
    });
    const rolled = await waitFor(
      async () => {
        const v = await get(svc);
        return v.rollout?.isRollback && v.rollout.state === 'ROLLED_BACK' && v;
      },
      { timeoutMs: 60_000, what: 'automatic rollback' },
    );
    expect(rolled.healthyReplicas).toBe(2);
    const revs = await s.ok<{ serviceRevisions: { number: number; image: string; reason: string }[] }>(
      `{ serviceRevisions(id: "${svc}") { number image reason } }`,
    );
    expect(revs.serviceRevisions[0]!.image).toBe('local/webapp:v1');
    expect(revs.serviceRevisions[0]!.reason).toMatch(/automatic rollback/);
  });
});
