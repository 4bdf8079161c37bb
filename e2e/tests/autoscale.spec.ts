import { expect, test } from '@playwright/test';
import {
  axeViolations,
  docker,
  expectLive,
  gql,
  removeServices,
  shot,
  signIn,
  uniqueName,
  waitFor,
  getService,
} from '../helpers';

/**
 * The autoscaling panel against the real engine n1: a service with a CPU policy, a CPU burn
 * started in its container with docker exec, and the scale-up decision appearing on the chart
 * as a marker with its reason. The policy is edited through the panel (the server's refusal on
 * its field), and a VIEWER sees the panel without the edit.
 */
test.describe('autoscaling panel', () => {
  const name = uniqueName('autoscale');
  const viewer = uniqueName('asviewer');
  const PASSWORD = 'viewer-password-long-enough';
  let id = '';

  test.beforeAll(async () => {
    const d = await gql<{ createService: { id: string } }>(
      'mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }',
      {
        s: {
          name,
          image: 'local/busybox:1',
          command: ['sh', '-c', 'exec sleep 3600'],
          replicas: 1,
          stopTimeoutSec: 1,
          resources: { cpuLimit: 0.2 },
          autoscale: {
            min: 1,
            max: 2,
            targetCpuPercent: 25,
            scaleUpStabilizationMs: 1000,
            scaleDownStabilizationMs: 600000,
            cooldownMs: 1000,
          },
        },
      },
    );
    id = d.createService.id;
    await gql('mutation($u: CreateUserInput!) { createUser(input: $u) { id } }', {
      u: { username: viewer, password: PASSWORD, roles: [{ environment: 'default', role: 'VIEWER' }] },
    });
  });

  test.afterAll(async () => {
    await removeServices(id);
    await gql('mutation($u: ID!) { removeUser(id: $u) { id } }', { u: viewer }).catch(() => undefined);
  });

  test('edit the policy, burn CPU, see the scale-up marker with its reason', async ({ page, browser }) => {
    test.setTimeout(240_000);
    await page.goto(`/services/${id}`);
    // The first page of a run hydrates slowly on a loaded machine (2 shared cores).
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected', {
      timeout: 90_000,
    });
    const panel = page.getByTestId('autoscale-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId('autoscale-policy')).toContainText('1–2 replicas');

    // The server refuses min above max, and says so on the Min field.
    await panel.getByTestId('autoscale-edit').click();
    await panel.getByTestId('as-min').fill('5');
    await panel.getByTestId('as-max').fill('2');
    await panel.getByTestId('autoscale-save').click();
    await expect(panel.getByTestId('as-min-error')).toContainText('must not be above max');
    await panel.getByTestId('as-min').fill('1');
    await panel.getByTestId('as-max').fill('3');
    await panel.getByTestId('autoscale-save').click();
    await expect(panel.getByTestId('autoscale-form')).toHaveCount(0);
    await expect(panel.getByTestId('autoscale-policy')).toContainText('1–3 replicas');

    // A load burst inside the running replica (its CPU limit 0.2: up to 100 % of it, target 25 %:
    // above it even when the machine's 2 cores are shared by many).
    const running = await waitFor(
      'a running replica',
      async () => (await getService(id))?.tasks.find((t) => t.state === 'RUNNING' && t.containerId),
      60_000,
    );
    await docker(1, 'exec', '-d', running.containerId!, 'sh', '-c', 'while :; do :; done');

    const up = panel.locator('[data-testid=autoscale-marker][data-action=SCALE_UP]').first();
    await expect(up).toBeVisible({ timeout: 120_000 });
    await expect(up).toHaveAttribute('aria-label', /scale up 1 → [23]: .*cpu .*% vs target 25%/);
    await expect(
      panel.locator('[data-testid=autoscale-decision][data-action=SCALE_UP]').first(),
    ).toContainText(/cpu .*% vs target 25%/);
    await expect(panel.getByTestId('autoscale-replicas')).toContainText(/[23] wanted/);
    await shot(page, 'autoscale-panel');

    // No axe violations on the panel with its chart and markers, light and dark.
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({
        colorScheme,
        storageState: await page.context().storageState(),
      });
      const p = await ctx.newPage();
      await p.goto(`/services/${id}`);
      await expectLive(p);
      await expect(p.locator('[data-testid=autoscale-marker][data-action=SCALE_UP]').first()).toBeVisible();
      found.push(...(await axeViolations(p, colorScheme, '[data-testid=autoscale-panel]')));
      await ctx.close();
    }
    expect(found).toEqual([]);
  });

  test('a VIEWER sees the panel but not the edit', async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await ctx.newPage();
    try {
      await signIn(page, viewer, PASSWORD, `/services/${id}`);
      await expect(page.getByTestId('autoscale-panel')).toBeVisible();
      await expect(page.getByTestId('autoscale-policy')).toBeVisible();
      await expect(page.getByTestId('autoscale-edit')).toHaveCount(0);
    } finally {
      await ctx.close();
    }
  });
});
