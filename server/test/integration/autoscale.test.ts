import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeServicesAndWait } from './cluster-helpers.js';
import { startTestServer, uniq, waitFor, type TestServer } from './harness.js';

interface Decision {
  kind: string;
  message: string;
  data: {
    action: string;
    metric: string | null;
    value: number | null;
    target: number | null;
    current: number;
    desired: number;
    reason: string;
  };
}

/** A replica that burns CPU (capped at 0.2 CPUs) until `burnSeconds` from now, then idles, on n1. */
const burner = (name: string, tag: string, burnSeconds: number, extra: Record<string, unknown> = {}) => ({
  name,
  image: 'local/busybox:1',
  env: [{ key: 'END', value: String(Math.floor(Date.now() / 1000) + burnSeconds) }],
  command: [
    'sh',
    '-c',
    'r=$((END - $(date +%s))); if [ "$r" -gt 0 ]; then timeout "$r" sh -c "while :; do :; done"; fi; exec sleep 3600',
  ],
  resources: { cpuLimit: 0.2 },
  replicas: 1,
  stopTimeoutSec: 1,
  labels: [{ key: 'test', value: tag }],
  placement: { constraints: ['node.name == n1'] },
  ...extra,
});

describe('autoscaling on a real engine', () => {
  let s: TestServer;
  const tag = uniq('astest');
  const svc = uniq('burner');
  const capped = uniq('capped');
  const replicas = async () =>
    (
      await s.ok<{ service: { spec: { replicas: number }; runningReplicas: number } }>(
        `{ service(id: "${svc}") { spec { replicas } runningReplicas } }`,
      )
    ).service;

  beforeAll(async () => {
    s = await startTestServer({
      STEVEDORE_RESYNC_INTERVAL_MS: '500',
      STEVEDORE_LOCAL_NODE_NAME: 'n1',
      STEVEDORE_AUTOSCALE_INTERVAL_MS: '1000',
    });
  });

  afterAll(async () => {
    if (!s) return;
    await removeServicesAndWait(s, [svc, capped], tag, ['n1']);
    await s.stop();
  });

  it('refuses min above max with BAD_USER_INPUT naming the field', async () => {
    const r = await s.gql(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: {
        name: uniq('bad'),
        image: 'local/busybox:1',
        command: ['sleep', '1'],
        autoscale: { min: 5, max: 2, targetCpuPercent: 50 },
      },
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'autoscale.min' });
    expect(r.errors?.[0]?.message).toContain('min (5) must not be above max (2)');
  });

  it('scales a CPU-bound service up within the window and back down when it idles, each decision an event', async () => {
    // Each replica burns CPU (capped at 0.2 CPUs) until a wall-clock deadline, then idles.
    const burnSeconds = 20;
    const end = Math.floor(Date.now() / 1000) + burnSeconds;
    await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: burner(svc, tag, burnSeconds),
    });
    // Autoscaling set through the API after creation (editable without restarts).
    const bad = await s.gql(
      `mutation { setAutoscale(id: "${svc}", input: { min: 3, max: 1, targetCpuPercent: 50 }) { id } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'autoscale.min' });
    const set = await s.ok<{
      setAutoscale: {
        revision: number;
        spec: { autoscale: { min: number; max: number; scaleUpStabilizationMs: number } };
      };
    }>(
      `mutation { setAutoscale(id: "${svc}", input: { min: 1, max: 3, targetCpuPercent: 50, scaleUpStabilizationMs: 2000, scaleDownStabilizationMs: 2000, cooldownMs: 1000 }) { revision spec { autoscale { min max scaleUpStabilizationMs } } } }`,
    );
    expect(set.setAutoscale.spec.autoscale).toEqual({ min: 1, max: 3, scaleUpStabilizationMs: 2000 });

    const up = await waitFor(async () => ((await replicas()).spec.replicas >= 2 ? await replicas() : null), {
      timeoutMs: burnSeconds * 1000,
      intervalMs: 500,
      what: 'scale up under CPU load',
    });
    expect(up.spec.replicas).toBeGreaterThanOrEqual(2);
    const status = await s.ok<{
      autoscaleStatus: {
        metrics: { cpuPercent: number | null };
        decisions: { action: string; reason: string }[];
      };
    }>(`{ autoscaleStatus(serviceId: "${svc}") { metrics { cpuPercent } decisions { action reason } } }`);
    expect(status.autoscaleStatus.decisions.some((d) => d.action === 'SCALE_UP')).toBe(true);

    // The burn ends at `end`; then CPU drops and, after the 2 s down window, the service goes back to 1.
    await waitFor(async () => (await replicas()).spec.replicas === 1, {
      timeoutMs: Math.max(0, end * 1000 - Date.now()) + 30_000,
      intervalMs: 500,
      what: 'scale back down when idle',
    });
    const id = (await s.ok<{ service: { id: string } }>(`{ service(id: "${svc}") { id } }`)).service.id;
    const events = await s.ok<{ events: { items: Decision[] } }>(
      `{ events(filter: { kinds: ["autoscaler.decision"], serviceId: "${id}" }, limit: 200) { items { kind message data } } }`,
    );
    const actions = events.events.items.map((e) => e.data.action);
    expect(actions).toContain('SCALE_UP');
    expect(actions).toContain('SCALE_DOWN');
    const upEvent = events.events.items.find((e) => e.data.action === 'SCALE_UP')!;
    expect(upEvent.data).toMatchObject({ metric: 'cpu', target: 50 });
    expect(upEvent.data.value).toBeGreaterThan(55);
    expect(upEvent.data.desired).toBeGreaterThan(upEvent.data.current);
    expect(upEvent.data.reason).toMatch(/cpu .*% vs target 50%/);
    const downEvent = events.events.items.find((e) => e.data.action === 'SCALE_DOWN')!;
    expect(downEvent.data.desired).toBeLessThan(downEvent.data.current);
  });
  it("stops scaling up at the environment's quota and says so in its decision", async () => {
    // Room for 0.4 more CPUs in the environment, 0.2 per replica: 2 replicas fit, whatever the load asks.
    const used = (
      await s.ok<{ quotaUsage: { cpus: number } }>(`{ quotaUsage(environment: "default") { cpus } }`)
    ).quotaUsage.cpus;
    const max = Math.round((used + 0.4) * 10) / 10;
    await s.ok(`mutation { setQuota(environment: "default", quota: { maxCpus: ${max} }) { id } }`);
    try {
      await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
        s: burner(capped, tag, 25, {
          autoscale: {
            min: 1,
            max: 5,
            targetCpuPercent: 40,
            scaleUpStabilizationMs: 1000,
            scaleDownStabilizationMs: 60000,
            cooldownMs: 1000,
          },
        }),
      });
      const id = (await s.ok<{ service: { id: string } }>(`{ service(id: "${capped}") { id } }`)).service.id;
      const decisions = async () =>
        (
          await s.ok<{ events: { items: Decision[] } }>(
            `{ events(filter: { kinds: ["autoscaler.decision"], serviceId: "${id}" }, limit: 200) { items { kind message data } } }`,
          )
        ).events.items;
      const cappedDecision = await waitFor(
        async () => (await decisions()).find((e) => /by the quota of default/.test(e.data.reason)),
        { timeoutMs: 25_000, intervalMs: 500, what: 'a decision capped by the quota' },
      );
      expect(cappedDecision.data.reason).toContain(`capped at 2 by the quota of default: ${max} CPUs`);
      expect(cappedDecision.data.desired).toBeLessThanOrEqual(2);
      const spec = (
        await s.ok<{ service: { spec: { replicas: number } } }>(
          `{ service(id: "${capped}") { spec { replicas } } }`,
        )
      ).service.spec;
      expect(spec.replicas).toBe(2);
      expect((await decisions()).every((e) => e.data.desired <= 2)).toBe(true);
    } finally {
      await s.ok(`mutation { setQuota(environment: "default", quota: {}) { id } }`);
    }
  });
});
