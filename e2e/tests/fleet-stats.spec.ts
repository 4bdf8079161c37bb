import { expect, test, type Page } from '@playwright/test';
import {
  axeViolations,
  expectLive,
  gql,
  removeServices,
  shot,
  uniqueName,
  waitFor,
  getService,
} from '../helpers';

/**
 * Fleet-wide live stats against the real engine n1: the containers list's CPU, memory and
 * network columns (one containersStats subscription for the rows in view), sorting by CPU, the
 * nodes list's live use, and the top view listing a busy container first.
 */
test.describe('fleet-wide live stats', () => {
  const busy = uniqueName('busy');
  const idle = uniqueName('idle');
  const ids: string[] = [];

  const service = async (name: string, command: string[], cpuLimit: number) => {
    const d = await gql<{ createService: { id: string } }>(
      'mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }',
      {
        s: {
          name,
          image: 'local/busybox:1',
          command,
          replicas: 1,
          stopTimeoutSec: 1,
          resources: { cpuLimit },
        },
      },
    );
    ids.push(d.createService.id);
    await waitFor(
      `${name} running`,
      async () => (await getService(d.createService.id))?.runningReplicas === 1,
      60_000,
    );
  };

  test.beforeAll(async () => {
    // The burn ends on its own after 150 s, whatever happens to the cleanup.
    const end = Math.floor(Date.now() / 1000) + 150;
    await service(
      busy,
      [
        'sh',
        '-c',
        `r=$((${end} - $(date +%s))); [ "$r" -gt 0 ] && timeout "$r" sh -c 'while :; do :; done'; exec sleep 3600`,
      ],
      0.8,
    );
    await service(idle, ['sh', '-c', 'exec sleep 3600'], 0.5);
  });

  test.afterAll(async () => {
    await removeServices(...ids);
  });

  const cpuOf = async (row: ReturnType<Page['locator']>) =>
    Number((await row.getByTestId('stat-cpu').getAttribute('data-value')) || 'NaN');

  test('containers list: live columns, sorted by CPU; nodes: live use; top: the busy one first', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/containers');
    // The first page of a run hydrates slowly on a loaded machine (2 shared cores).
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected', {
      timeout: 90_000,
    });
    await page.getByLabel('Search containers').fill('e2e-');
    const busyRow = page.locator(`[data-testid=container-row][data-name^="${busy}."]`);
    const idleRow = page.locator(`[data-testid=container-row][data-name^="${idle}."]`);
    await expect(busyRow.getByTestId('stat-cpu')).toHaveText(/^\d+(\.\d)?%$/);
    await expect(busyRow.getByTestId('stat-mem')).toHaveText(/\d/);
    await expect(idleRow.getByTestId('stat-cpu')).toHaveText(/^\d+(\.\d)?%$/);
    await expect(busyRow.getByTestId('stat-net')).toHaveText(/↓.*↑/);
    await expect.poll(() => cpuOf(busyRow), { timeout: 30_000 }).toBeGreaterThan(20);
    // Sorted by CPU, busiest first: the burner comes before the sleeper.
    await page.getByTestId('sort-cpu').click();
    await expect(page.getByRole('columnheader', { name: /CPU/ })).toHaveAttribute('aria-sort', 'descending');
    await expect
      .poll(
        async () => {
          const names = await page
            .locator('[data-testid=container-row]')
            .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.name ?? ''));
          const b = names.findIndex((n) => n.startsWith(`${busy}.`));
          const i = names.findIndex((n) => n.startsWith(`${idle}.`));
          return b >= 0 && i >= 0 && b < i;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await shot(page, 'containers-stats');

    await page.goto('/nodes');
    await expectLive(page);
    await expect(page.getByTestId('node-cpu').first()).toHaveText(/^\d+(\.\d)?%$/);
    // The burner's share of the node shows once its containers are sampled.
    await expect
      .poll(
        async () => Number((await page.getByTestId('node-cpu').first().getAttribute('data-value')) || 0),
        {
          timeout: 30_000,
        },
      )
      .toBeGreaterThan(5);
    await expect(page.getByTestId('node-mem').first()).toHaveText(/\d/);
    await shot(page, 'nodes-stats');

    await page.goto('/top');
    await expectLive(page);
    await expect(page.getByTestId('top-row').first()).toBeVisible();
    // The busiest on n1: the burner (other runs' containers may share the engine, so wait for it).
    await expect(page.getByTestId('top-row').first()).toHaveAttribute(
      'data-name',
      new RegExp(`^${busy}\\.`),
      {
        timeout: 60_000,
      },
    );
    await expect(page.getByTestId('top-row').first().getByTestId('stat-cpu')).toHaveText(/^\d+(\.\d)?%$/);
    await shot(page, 'top');
  });

  test('no axe violations with live stats, light and dark', async ({ browser }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme });
      const page = await ctx.newPage();
      for (const [path, ready] of [
        ['/containers', '[data-testid=stat-cpu]:has-text("%")'],
        ['/nodes', '[data-testid=node-cpu]'],
        ['/top', '[data-testid=top-row] [data-testid=stat-cpu]:has-text("%")'],
      ] as const) {
        await page.goto(path);
        await expectLive(page);
        await expect(page.locator(ready).first()).toBeVisible({ timeout: 30_000 });
        found.push(...(await axeViolations(page, `${path} (${colorScheme})`)));
      }
      await ctx.close();
    }
    expect(found).toEqual([]);
  });
});
