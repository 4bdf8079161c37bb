import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  docker,
  expectLive,
  freePort,
  gql,
  HEALTH,
  removeServices,
  shot,
  uniqueName,
  waitFor,
} from '../helpers';

const run = promisify(execFile);

// The Update tab changes what the operator changed and nothing else (issues #13 item 2 and #23):
// a service made through the API with every kind of setting the environment's policy allows
// gets a new image from the form; afterwards its spec is the old one but for the image, the new
// revision runs the new image, and its volume pin is still there.
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
  ingress { port targetPort algorithm failureThreshold resetTimeoutMs upstreamTimeoutMs
    routes { host pathPrefix } tls { secret }
    probe { path intervalMs timeoutMs healthyThreshold unhealthyThreshold } }
  autoscale { min max targetCpuPercent targetMemoryPercent targetRequestRate tolerance
    scaleUpStabilizationMs scaleDownStabilizationMs cooldownMs }
  secrets { name target env }
  security { privileged hostNetwork hostPid capAdd }
}`;

interface Svc {
  id: string;
  revision: number;
  spec: Record<string, unknown> & { image: string };
  pins: { volume: string; nodeName: string; constraint: string; reason: string }[];
  rollout: { state: string } | null;
  tasks: { revision: number; state: string; desiredState: string; containerId: string | null }[];
}

const service = async (id: string) =>
  (
    await gql<{ service: Svc }>(
      `query($id: ID!) { service(id: $id) { id revision ${SPEC}
        pins { volume nodeName constraint reason } rollout { state }
        tasks { revision state desiredState containerId } } }`,
      { id },
    )
  ).service;

/**
 * Revision `rev` rolled out and nothing else starting or stopping. Containers coming and going
 * add and remove host interfaces, and Chromium drops requests in flight when the host's network
 * changes (net::ERR_NETWORK_CHANGED): the page is opened, and each action made, in a quiet moment.
 */
const steady = (id: string, rev?: number) =>
  waitFor(
    `the service steady${rev ? ` on revision ${rev}` : ''}`,
    async () => {
      const s = await service(id);
      const live = s.tasks.filter((t) => t.desiredState === 'RUNNING' || t.state === 'RUNNING');
      return (rev === undefined || s.revision === rev) &&
        (!s.rollout || s.rollout.state === 'COMPLETED') &&
        live.length > 0 &&
        live.every((t) => t.revision === s.revision && t.state === 'RUNNING' && t.containerId)
        ? s
        : null;
    },
    120_000,
    500,
  );

test.describe('the Update tab keeps every setting', () => {
  const name = uniqueName('keep');
  const volume = `${name}-data`;
  const network = `${name}-net`;
  const secret = `${name}-pw`;
  const certSecret = `${name}-cert`;
  let id = '';
  let networkId = '';

  test.beforeAll(async () => {
    networkId = (
      await gql<{ createNetwork: { id: string } }>(
        'mutation($n: String!) { createNetwork(input: { name: $n }) { id } }',
        { n: network },
      )
    ).createNetwork.id;
    await gql(
      'mutation($n: String!) { createSecret(environment: "default", name: $n, value: "s3cret") { name } }',
      {
        n: secret,
      },
    );
    // A self-signed certificate and its key in one secret, for the ingress' TLS.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-keep-'));
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=keep.e2e.test',
      '-addext',
      'subjectAltName=DNS:keep.e2e.test',
      '-days',
      '2',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ]);
    const pem =
      (await fs.readFile(path.join(dir, 'cert.pem'), 'utf8')) +
      (await fs.readFile(path.join(dir, 'key.pem'), 'utf8'));
    await fs.rm(dir, { recursive: true, force: true });
    await gql(
      'mutation($n: String!, $v: String!) { createSecret(environment: "default", name: $n, value: $v) { name } }',
      { n: certSecret, v: pem },
    );
    const d = await gql<{ createService: { id: string } }>(
      'mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }',
      {
        s: {
          name,
          image: 'local/webapp:v1',
          replicas: 1,
          env: [
            { key: 'MODE', value: 'x' },
            { key: 'GREETING', value: 'hello world' },
          ],
          labels: [{ key: 'team', value: 'core' }],
          ports: [{ containerPort: 8080 }],
          volumes: [
            { source: volume, target: '/data' },
            { type: 'TMPFS', target: '/scratch' },
          ],
          networks: [network],
          secrets: [{ name: secret, target: 'pw', env: 'PASSWORD' }],
          resources: { cpuLimit: 0.5, cpuReservation: 0.05, memoryLimit: '96m', memoryReservation: '16m' },
          healthCheck: { shell: HEALTH, intervalMs: 1000, timeoutMs: 5000, retries: 3, startPeriodMs: 3000 },
          restartPolicy: {
            condition: 'ON_FAILURE',
            maxAttempts: 7,
            delayMs: 300,
            maxDelayMs: 9000,
            windowMs: 120000,
          },
          priority: 7,
          preemption: true,
          placement: {
            constraints: ['node.platform.os == linux'],
            spread: ['node.id'],
            maxReplicasPerNode: 3,
            nodeAffinity: [{ expression: 'node.platform.arch != s390x', weight: 10 }],
            serviceAffinity: [{ service: 'nobody-else', weight: -20 }],
          },
          update: {
            parallelism: 1,
            delayMs: 100,
            order: 'STOP_FIRST',
            failureAction: 'PAUSE',
            monitorMs: 1500,
            minReadyMs: 700,
            maxFailureRatio: 0.5,
          },
          rollback: {
            parallelism: 2,
            delayMs: 50,
            order: 'STOP_FIRST',
            failureAction: 'CONTINUE',
            monitorMs: 1000,
            minReadyMs: 300,
            maxFailureRatio: 0.25,
          },
          stopTimeoutSec: 3,
          ingress: {
            port: await freePort(),
            algorithm: 'LEAST_CONNECTIONS',
            failureThreshold: 3,
            resetTimeoutMs: 4000,
            upstreamTimeoutMs: 7000,
            routes: [{ host: 'keep.e2e.test', pathPrefix: '/api' }, { host: '*.keep.e2e.test' }],
            tls: { secret: certSecret },
            probe: {
              path: '/health',
              intervalMs: 1500,
              timeoutMs: 700,
              healthyThreshold: 2,
              unhealthyThreshold: 3,
            },
          },
          // min = max: the autoscaler never changes the replica count under the test.
          autoscale: { min: 1, max: 1, targetCpuPercent: 80, cooldownMs: 60000 },
        },
      },
    );
    id = d.createService.id;
  });
  test.afterAll(async () => {
    await removeServices(id);
    await docker(1, 'volume', 'rm', volume).catch(() => undefined);
    await gql('mutation($n: ID!) { removeNetwork(id: $n) { id } }', { n: networkId }).catch(() => undefined);
    for (const n of [secret, certSecret])
      await gql('mutation($n: String!) { removeSecret(environment: "default", name: $n) { name } }', {
        n,
      }).catch(() => undefined);
  });

  test('a new image from the form: a new revision on that image, the spec otherwise the same, still pinned', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    // Running, and pinned to its volume's node (a revision Stevedore made itself).
    await waitFor(
      'the service pinned to its volume',
      async () => (await service(id)).pins.length === 1,
      120_000,
      500,
    );
    const before = await steady(id);
    const pin = before.pins[0]!;
    expect(pin.reason).toBe(`pinned to ${pin.nodeName}: volume ${volume} lives there`);

    await page.goto(`/services/${id}`);
    await expectLive(page);
    await page.getByTestId('tab-update').click();
    const form = page.getByRole('form', { name: 'Update service' });
    // The pin is shown with its reason, read-only, outside the operator's constraints.
    await expect(form.getByTestId('pin')).toHaveText(new RegExp(pin.reason));
    await expect(form.locator('[data-field="placement.constraints"]')).toHaveValue(
      'node.platform.os == linux',
    );
    // The ingress block is in the form's own inputs now, as stored.
    const ingress = form.getByTestId('ingress-fields');
    await expect(ingress.getByLabel('TLS secret')).toHaveValue(certSecret);
    await expect(ingress.getByLabel('Route 1 path prefix')).toHaveValue('/api');
    await expect(ingress.getByLabel('Route 2 host')).toHaveValue('*.keep.e2e.test');
    await expect(ingress.getByLabel('Probe timeout (ms)')).toHaveValue('700');
    await expect(ingress.getByLabel('Load balancing')).toHaveValue('LEAST_CONNECTIONS');
    await form.getByLabel('Image').fill('local/webapp:v2');
    await shot(page, 'update-tab-pinned');
    await form.getByRole('button', { name: 'Roll out' }).click();
    // Accepted: the page is back on the overview (a refused update keeps the form open).
    await expect(page.getByTestId('rollout-panel')).toBeVisible();

    const after = await steady(id, before.revision + 1);
    expect(JSON.stringify(after.spec)).toBe(JSON.stringify({ ...before.spec, image: 'local/webapp:v2' }));
    expect(after.pins).toEqual(before.pins);
    const task = after.tasks.find((t) => t.revision === after.revision && t.state === 'RUNNING')!;
    expect(await docker(1, 'inspect', '--format', '{{.Config.Image}}', task.containerId!)).toBe(
      'local/webapp:v2',
    );
  });

  test('small actions send only their change through patchService: the image, one variable set, one removed', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const before = await steady(id);
    await page.goto(`/services/${id}`);
    await expectLive(page);
    const quick = page.getByTestId('quick-changes');
    // The revision rolled out, then the page shows it: the next action starts from there.
    const next = async (rev: number) => {
      const s = await steady(id, rev);
      await expect(page.locator('h1 + .sub')).toContainText(`revision ${rev} `);
      return s;
    };
    const image = before.spec.image === 'local/webapp:v1' ? 'local/webapp:v2' : 'local/webapp:v1';

    await quick.getByTestId('quick-image').fill(image);
    await quick.getByTestId('quick-image-apply').click();
    const imaged = await next(before.revision + 1);
    expect(JSON.stringify(imaged.spec)).toBe(JSON.stringify({ ...before.spec, image }));

    await quick.getByTestId('quick-env').fill('MODE=y');
    await quick.getByTestId('quick-env-apply').click();
    const set = await next(before.revision + 2);
    await quick.getByRole('button', { name: 'Remove variable GREETING' }).click();
    const removed = await next(before.revision + 3);
    const env = before.spec.env as { key: string; value: string }[];
    const modeY = env.map((e) => (e.key === 'MODE' ? { key: 'MODE', value: 'y' } : e));
    expect(set.spec.env).toEqual(modeY);
    expect(JSON.stringify(removed.spec)).toBe(
      JSON.stringify({
        ...before.spec,
        image,
        env: modeY.filter((e) => e.key !== 'GREETING'),
      }),
    );
    expect(removed.pins).toEqual(before.pins);
    const reasons = (
      await gql<{ serviceRevisions: { reason: string }[] }>(
        'query($id: ID!) { serviceRevisions(id: $id) { reason } }',
        { id },
      )
    ).serviceRevisions.map((r) => r.reason);
    expect(reasons.slice(0, 3)).toEqual(['patched envRemove', 'patched envAdd', 'patched image']);
  });

  test('a refused update says why in a sentence and changes nothing', async ({ page }) => {
    const before = await steady(id);
    await gql('mutation { setQuota(environment: "default", quota: { maxContainers: 1 }) { name } }');
    try {
      await page.goto(`/services/${id}`);
      await expectLive(page);
      await page.getByTestId('tab-update').click();
      const form = page.getByRole('form', { name: 'Update service' });
      await form.getByLabel('Replicas', { exact: true }).fill('2');
      await form.getByRole('button', { name: 'Roll out' }).click();
      const banner = form.getByRole('alert').first();
      await expect(banner).toContainText('quota');
      await expect(banner).not.toContainText('Variable "$');
      await expect(banner).not.toContainText('Input');
      await shot(page, 'update-refused');
      expect((await service(id)).revision).toBe(before.revision);
    } finally {
      await gql('mutation { setQuota(environment: "default", quota: {}) { name } }');
    }
  });
});
