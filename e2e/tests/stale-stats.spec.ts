import { expect, test, type Page } from '@playwright/test';
import {
  axeViolations,
  expectLive,
  getService,
  gql,
  removeServices,
  shot,
  uniqueName,
  waitFor,
} from '../helpers';

/**
 * A live figure that stops being live (issue #20, "Also"): the browser's graphql-ws socket is routed
 * through Playwright, which can hold back the stats messages while everything else flows. With the
 * stream held, the containers list, the nodes list and the container page must mark their numbers
 * stale within a few intervals instead of showing the last ones as current; released, they are live
 * again. Runs against the real engine n1.
 */
test.describe('stale live stats', () => {
  const name = uniqueName('stale');
  let serviceId = '';

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
        },
      },
    );
    serviceId = d.createService.id;
    await waitFor(
      `${name} running`,
      async () => (await getService(serviceId))?.runningReplicas === 1,
      60_000,
    );
  });

  test.afterAll(async () => {
    await removeServices(serviceId);
  });

  /** Routes the page's graphql-ws socket; while `held.on`, stats messages are dropped on the way in. */
  async function holdableStats(page: Page): Promise<{ on: boolean; dropped: number }> {
    const held = { on: false, dropped: 0 };
    await page.routeWebSocket(/\/graphql/, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((m) => server.send(m));
      server.onMessage((m) => {
        if (held.on && typeof m === 'string' && /"(containersStats|nodesStats|containerStats)"/.test(m)) {
          held.dropped++;
          return;
        }
        ws.send(m);
      });
    });
    return held;
  }

  test('the containers list, nodes and container page mark held-back stats stale, then live again', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const held = await holdableStats(page);
    await page.goto('/containers');
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected', {
      timeout: 90_000,
    });
    await page.getByLabel('Search containers').fill(name);
    const cpu = page.locator(`[data-testid=container-row][data-name^="${name}."]`).getByTestId('stat-cpu');
    await expect(cpu).toHaveText(/^\d+(\.\d)?%$/);
    await expect(cpu).toHaveAttribute('data-stale', 'false');

    held.on = true;
    await expect(cpu).toHaveAttribute('data-stale', 'true', { timeout: 15_000 });
    await expect(cpu).toHaveAttribute('title', /stale: last sample \d+ s ago/);
    await expect(cpu).toContainText('stale');
    expect(held.dropped).toBeGreaterThan(0);
    await shot(page, 'containers-stale');
    expect(await axeViolations(page, 'containers, stale stats')).toEqual([]);
    held.on = false;
    await expect(cpu).toHaveAttribute('data-stale', 'false', { timeout: 15_000 });
    await expect(cpu).not.toContainText('stale');

    await page.goto('/nodes');
    await expectLive(page);
    const live = page.getByTestId('node-live').first();
    await expect(live).toHaveAttribute('data-stale', 'false');
    held.on = true;
    await expect(live).toHaveAttribute('data-stale', 'true', { timeout: 15_000 });
    await expect(live).toContainText(/stale/i);
    held.on = false;
    await expect(live).toHaveAttribute('data-stale', 'false', { timeout: 15_000 });

    await page.goto('/containers');
    await expectLive(page);
    await page.getByLabel('Search containers').fill(name);
    await page.locator(`[data-testid=container-row][data-name^="${name}."] a`).first().click();
    await expect(page.getByTestId('cpu-now')).toHaveText(/\d/);
    await expect(page.getByTestId('stats-stale')).toHaveCount(0);
    held.on = true;
    await expect(page.getByTestId('stats-stale')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('stats-stale')).toContainText(/stale: last sample \d+ s ago/);
    await shot(page, 'container-stale');
    expect(await axeViolations(page, 'container page, stale stats')).toEqual([]);
    held.on = false;
    await expect(page.getByTestId('stats-stale')).toHaveCount(0, { timeout: 15_000 });
  });
});
