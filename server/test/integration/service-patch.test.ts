import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, uniq, type TestServer } from './harness.js';

// patchService (issue #13 item 2): only the fields given change, as `docker service update
// --image`. Replicas 0: the service never needs a container, only its spec and revisions matter.
const SPEC = `spec {
  name image command mode replicas priority preemption stopTimeoutSec networks
  env { key value } labels { key value }
  ports { containerPort hostPort hostIp protocol }
  volumes { type source target readOnly }
  limits { nanoCpus memoryBytes } reservations { nanoCpus memoryBytes }
  healthCheck { test intervalMs timeoutMs retries startPeriodMs }
  restartPolicy { condition maxAttempts delayMs maxDelayMs windowMs }
  placement { constraints spread maxReplicasPerNode nodeAffinity { expression weight } serviceAffinity { service weight } }
  update { parallelism delayMs order failureAction monitorMs minReadyMs maxFailureRatio }
  rollback { parallelism delayMs order failureAction monitorMs minReadyMs maxFailureRatio }
  ingress { port targetPort algorithm } autoscale { min max targetCpuPercent }
  secrets { name target env } security { privileged capAdd }
}`;

interface Svc {
  id: string;
  revision: number;
  spec: Record<string, unknown> & { image: string; env: { key: string; value: string }[] };
}

describe('patchService through GraphQL', () => {
  let s: TestServer;
  const name = uniq('patch');
  let id = '';
  const patch = (p: Record<string, unknown>, ref = id) =>
    s.gql<{ patchService: Svc }>(
      `mutation($id: ID!, $patch: ServicePatchInput!) { patchService(id: $id, patch: $patch) { id revision ${SPEC} } }`,
      { id: ref, patch: p },
    );
  const revisions = async () =>
    (
      await s.ok<{ serviceRevisions: { number: number; reason: string }[] }>(
        `{ serviceRevisions(id: "${id}") { number reason } }`,
      )
    ).serviceRevisions;

  beforeAll(async () => {
    s = await startTestServer();
    const created = await s.ok<{ createService: Svc }>(
      `mutation($spec: ServiceSpecInput!) { createService(spec: $spec) { id revision ${SPEC} } }`,
      {
        spec: {
          name,
          image: 'local/webapp:v1',
          replicas: 0,
          command: ['/app/run.sh'],
          env: [
            { key: 'MODE', value: 'x' },
            { key: 'OLD', value: 'y' },
          ],
          labels: [{ key: 'team', value: 'core' }],
          ports: [{ containerPort: 8080, hostPort: 0 }],
          volumes: [{ source: `${name}-data`, target: '/data' }],
          resources: { cpuLimit: 0.5, memoryLimit: '64m' },
          healthCheck: { shell: 'true', intervalMs: 700, retries: 4 },
          restartPolicy: { condition: 'ON_FAILURE', maxAttempts: 3 },
          priority: 5,
          placement: { constraints: ['node.labels.zone != mars'], spread: ['node.id'] },
          update: { parallelism: 2, order: 'START_FIRST', minReadyMs: 400 },
          stopTimeoutSec: 3,
        },
      },
    );
    id = created.createService.id;
  });
  afterAll(async () => {
    await s?.gql(`mutation { removeService(id: "${id}") { id } }`);
    await s?.stop();
  });

  it('changes only the fields given: image alone, then env and one placement field merged into the rest', async () => {
    const before = (await s.ok<{ service: Svc }>(`{ service(id: "${id}") { id revision ${SPEC} } }`)).service;
    const r = await patch({ image: 'local/webapp:v2' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.patchService.revision).toBe(before.revision + 1);
    expect(r.data!.patchService.spec).toEqual({ ...before.spec, image: 'local/webapp:v2' });

    const r2 = await patch({
      envAdd: [
        { key: 'MODE', value: 'z' },
        { key: 'NEW', value: '1' },
      ],
      envRemove: ['OLD'],
      placement: { maxReplicasPerNode: 2 },
      resources: { memoryLimit: '128m' },
    });
    expect(r2.errors).toBeUndefined();
    const after = r2.data!.patchService;
    expect(after.revision).toBe(before.revision + 2);
    expect(after.spec).toEqual({
      ...before.spec,
      image: 'local/webapp:v2',
      env: [
        { key: 'MODE', value: 'z' },
        { key: 'NEW', value: '1' },
      ],
      placement: { ...(before.spec.placement as object), maxReplicasPerNode: 2 },
      limits: { nanoCpus: 500_000_000, memoryBytes: 128 * 1024 * 1024 },
    });
    expect((await revisions()).map((x) => x.reason).slice(0, 2)).toEqual([
      'patched envAdd, envRemove, placement, resources',
      'patched image',
    ]);
  });

  it('makes no revision when nothing changes', async () => {
    const n = (await revisions()).length;
    const r = await patch({ image: 'local/webapp:v2', envAdd: [{ key: 'NEW', value: '1' }] });
    expect(r.errors).toBeUndefined();
    expect(await revisions()).toHaveLength(n);
  });

  it('refuses a bad patch with extensions.code and the field, and changes nothing', async () => {
    const n = (await revisions()).length;
    const bad = await patch({ replicas: -1 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'replicas' });
    const unset = await patch({ envRemove: ['NOPE'] });
    expect(unset.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'envRemove[0]' });
    expect(unset.errors?.[0]?.message).toContain('variable "NOPE" is not set');
    const image = await patch({ image: 'Not An Image' });
    expect(image.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'image' });
    // A query object spread into the input (issue #23): GraphQL refuses it, naming the field.
    const typename = await patch({ envAdd: [{ __typename: 'KeyValue', key: 'A', value: '1' }] });
    expect(typename.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'patch.envAdd[0]',
    });
    const missing = await patch({ image: 'local/webapp:v3' }, 'no-such-service');
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await revisions()).toHaveLength(n);
  });

  it('passes the admission of updateService: environment policy and the bind-path rule', async () => {
    const n = (await revisions()).length;
    const privileged = await patch({ privileged: true });
    expect(privileged.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'privileged' });
    const bind = await patch({ volumes: [{ type: 'BIND', source: '/etc', target: '/host-etc' }] });
    expect(bind.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'volumes[0].source',
    });
    const network = await patch({ networks: ['no-such-net'] });
    expect(network.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'networks[0]' });
    expect(await revisions()).toHaveLength(n);
  });
});
