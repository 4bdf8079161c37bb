import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, startTestServer, uniq, waitFor, type TestServer } from './harness.js';

interface StatusView {
  id: string;
  status: string;
  healthyReplicas: number;
  tasks: { state: string }[];
}
const FIELDS = 'id status healthyReplicas tasks { state }';

/** The web app with a health check, so its replicas run a while before they are ready. */
const webapp = (name: string) => ({
  name,
  image: 'local/webapp:v1',
  replicas: 2,
  ports: [{ containerPort: 8080 }],
  healthCheck: { shell: 'wget -q -O /dev/null http://127.0.0.1:8080/health', intervalMs: 500, retries: 2 },
  stopTimeoutSec: 2,
  labels: [{ key: 'test', value: name }],
});

/** A new service is on its way up (PENDING, then DEPLOYING) until its tasks run; FAILED means a task failed. */
describe('service status of a new deploy', () => {
  let s: TestServer;
  const names: string[] = [];
  const get = async (id: string) =>
    (await s.ok<{ service: StatusView }>(`{ service(id: "${id}") { ${FIELDS} } }`)).service;
  const create = async (spec: Record<string, unknown>) => {
    names.push(String(spec.name));
    return (
      await s.ok<{ createService: StatusView }>(
        `mutation($s: ServiceSpecInput!) { createService(spec: $s) { ${FIELDS} } }`,
        { s: spec },
      )
    ).createService;
  };
  /** Every status the reconciler announced for the service, oldest first. */
  const announced = async (id: string) => {
    const r = await s.ok<{ events: { items: { cursor: number; data: { status: string } }[] } }>(
      `query($f: EventFilter) { events(filter: $f, limit: 1000) { items { cursor data } } }`,
      { f: { serviceId: id, kinds: ['service.status'] } },
    );
    return r.events.items.sort((a, b) => a.cursor - b.cursor).map((e) => e.data.status);
  };

  beforeAll(async () => {
    s = await startTestServer({ STEVEDORE_RESYNC_INTERVAL_MS: '500' });
  });
  afterAll(async () => {
    for (const n of names) await s?.gql(`mutation { removeService(id: "${n}") { id } }`);
    for (const n of names)
      await waitFor(async () => (await docker('n1', 'ps', '-aq', '--filter', `label=test=${n}`)) === '', {
        timeoutMs: 30_000,
        what: 'service containers removed',
      }).catch(() => undefined);
    await s?.stop();
  });

  it('answers createService with PENDING, is never FAILED on its way to HEALTHY', async () => {
    const created = await create(webapp(uniq('status')));
    expect(created.tasks).toEqual([]);
    expect(created.status).toBe('PENDING');
    // Asked again at once: still on its way up, whatever the reconciler did meanwhile.
    expect(['PENDING', 'DEPLOYING', 'HEALTHY']).toContain((await get(created.id)).status);

    await waitFor(
      async () => {
        const v = await get(created.id);
        return v.status === 'HEALTHY' && v.healthyReplicas === 2;
      },
      { timeoutMs: 60_000, what: '2 healthy replicas' },
    );
    const seen = await announced(created.id);
    expect(seen.at(-1)).toBe('HEALTHY');
    expect(seen.filter((x) => x !== 'PENDING' && x !== 'DEPLOYING' && x !== 'HEALTHY')).toEqual([]);
  });

  it('is FAILED once its task has failed', async () => {
    const name = uniq('status-fail');
    const created = await create({
      name,
      image: 'local/busybox:1',
      command: ['sh', '-c', 'exit 1'],
      replicas: 1,
      labels: [{ key: 'test', value: name }],
      restartPolicy: { condition: 'NONE' },
    });
    expect(created.status).toBe('PENDING');
    const failed = await waitFor(
      async () => {
        const v = await get(created.id);
        return v.status === 'FAILED' && v;
      },
      { timeoutMs: 30_000, what: 'status FAILED' },
    );
    expect(failed.tasks.map((t) => t.state)).toEqual(['FAILED']);
  });
});
