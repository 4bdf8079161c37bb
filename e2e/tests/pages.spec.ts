import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  createWebService,
  expectLive,
  freePort,
  gql,
  removeServices,
  shot,
  uniqueName,
  waitHealthy,
} from '../helpers';

/**
 * Pages axe checks (WCAG 2 A and AA rules, both themes); a new page goes in this list. The service
 * and container detail pages are checked on the service this file creates, which is published
 * through the ingress so its page shows the Ingress panel (with the figures of a few requests).
 */
const AXE_PAGES = [
  '/',
  '/services',
  '/services/new',
  '/containers',
  '/top',
  '/nodes',
  '/fleet',
  '/events',
  '/networks',
  '/images',
  '/volumes',
  '/stacks',
  '/stacks/new',
  '/audit',
];

/** Every main page renders with live data, in both themes and on a phone; screenshots for review. */
test.describe('pages', () => {
  const name = uniqueName('pages');
  let id = '';
  let containerId = '';
  let ingressPort = 0;

  test.beforeAll(async () => {
    ingressPort = await freePort();
    id = await createWebService(name, { ingress: { port: ingressPort } });
    const s = await waitHealthy(id, 2);
    containerId = s.tasks.find((t) => t.state === 'RUNNING' && t.containerId)!.containerId!;
    // A few requests through the ingress, so the panel has figures (bounded: 20, each with a timeout).
    for (let i = 0; i < 20; i++)
      await fetch(`http://127.0.0.1:${ingressPort}/health`, { signal: AbortSignal.timeout(5000) })
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
  });
  test.afterAll(async () => {
    await removeServices(id);
  });

  test('overview', async ({ page }) => {
    await page.goto('/');
    await expectLive(page);
    await expect(page.getByTestId('nodes-total')).toHaveText('1');
    await expect(page.getByTestId('heat-row').first()).toBeVisible();
    await expect(page.getByTestId('event-row').first()).toBeVisible();
    // One replica on SQLite: it holds the lease itself, and says so with its own instance id.
    await expect(page.getByTestId('cp-leader-state')).toHaveText('this replica leads');
    const me = (await page.getByTestId('cp-instance').textContent())?.trim() ?? '';
    expect(me).not.toBe('');
    await expect(page.getByTestId('cp-leader')).toContainText(me);
    await expect(page.getByTestId('cp-leader')).toContainText(/fencing token \d+/);
    await page.waitForTimeout(4500); // a few heat cells
    await shot(page, 'overview');
  });

  test('services list, search and filter', async ({ page }) => {
    await page.goto('/services');
    const row = page.locator(`[data-testid=service-row][data-name="${name}"]`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('service-status')).toHaveText(/healthy/);
    await page.getByLabel('Search services').fill('no-such-service-xyz');
    await expect(page.getByText('Nothing matches')).toBeVisible();
    await page.getByLabel('Search services').fill(name);
    await expect(row).toBeVisible();
    await page.getByLabel('Status').selectOption('DEGRADED');
    await expect(row).toHaveCount(0);
    await page.getByLabel('Status').selectOption('');
    await shot(page, 'services');
  });

  test('service detail', async ({ page }) => {
    await page.goto(`/services/${id}`);
    await expect(page.getByTestId('count-healthy')).toHaveText('2');
    await expect(page.getByTestId('task-row')).toHaveCount(2);
    await expect(page.getByTestId('chart-cpu')).not.toHaveAttribute('data-samples', '0');
    await expect(page.getByTestId('ingress-replica')).toHaveCount(2);
    await shot(page, 'service-detail');
  });

  test('deploy form', async ({ page }) => {
    await page.goto('/services/new');
    await expect(page.getByRole('button', { name: 'Deploy' })).toBeVisible();
    await shot(page, 'deploy');
  });

  test('stacks list and new stack', async ({ page }) => {
    await page.goto('/stacks');
    await expectLive(page);
    await expect(page.getByTestId('new-stack-link')).toBeVisible();
    await shot(page, 'stacks');
    await page.goto('/stacks/new');
    await expect(page.getByTestId('compose-editor')).toBeVisible();
    await expect(page.getByTestId('plan-stack')).toBeVisible();
    await shot(page, 'stack-new');
  });

  test('containers list and detail', async ({ page }) => {
    await page.goto('/containers');
    await expect(page.locator(`[data-testid=container-row][data-name^="${name}."]`)).toHaveCount(2);
    await page.getByLabel('State').selectOption('EXITED');
    await expect(page.locator(`[data-testid=container-row][data-name^="${name}."]`)).toHaveCount(0);
    await page.getByLabel('State').selectOption('');
    await shot(page, 'containers');
    await page.goto(`/containers/${containerId}`);
    await expect(page.getByTestId('container-state')).toHaveText(/running/);
    await expect(page.getByTestId('probe').first()).toBeVisible();
    await expect(page.getByTestId('log-line').first()).toBeVisible();
    await page.waitForTimeout(3000);
    await shot(page, 'container-detail');
  });

  test('nodes', async ({ page }) => {
    await page.goto('/nodes');
    await expect(page.getByTestId('node-card')).toHaveCount(1);
    await shot(page, 'nodes');
    const nodes = await gql<{ nodes: { id: string }[] }>('{ nodes { id } }');
    await page.goto(`/nodes/${nodes.nodes[0]!.id}`);
    await expect(page.getByTestId('node-task-row').first()).toBeVisible();
    await page.waitForTimeout(3000);
    await shot(page, 'node-detail');
  });

  test('events: filters and paging', async ({ page }) => {
    await page.goto('/events');
    await expect(page.getByTestId('event-row').first()).toBeVisible();
    await page.getByLabel('Kind').selectOption('service.*');
    await expect(page).toHaveURL(/kind=service/);
    await expect(page.locator('[data-testid=event-row]:not([data-kind^="service."])')).toHaveCount(0);
    await expect(page.locator('[data-testid=event-row][data-kind="service.created"]').first()).toBeVisible();
    await page.getByLabel('Kind').selectOption('');
    await shot(page, 'events');
  });

  test('no axe violations on any page, light and dark', async ({ browser }) => {
    test.setTimeout(600_000); // 22 page loads and axe runs on 2 shared cores
    const nodes = await gql<{ nodes: { id: string }[] }>('{ nodes { id } }');
    const paths = [
      ...AXE_PAGES,
      `/services/${id}`,
      `/containers/${containerId}`,
      `/nodes/${nodes.nodes[0]!.id}`,
    ];
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      for (const path of paths) {
        await page.goto(path);
        await expectLive(page);
        // The page's own data is in (every page has a heading), not only its skeleton.
        await expect(page.locator('main h1').first()).toBeVisible();
        await expect(page.locator('.skeleton')).toHaveCount(0);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        for (const v of violations)
          found.push(
            `${path} (${colorScheme}): ${v.id} (${v.impact}): ${v.help} at ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
          );
      }
      await ctx.close();
    }
    expect(found).toEqual([]);
  });

  test('dark theme and phone layout', async ({ browser }) => {
    const dark = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    const p1 = await dark.newPage();
    await p1.goto('/');
    await expect(p1.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(p1.getByTestId('nodes-total')).toHaveText('1');
    await shot(p1, 'overview-dark');
    await p1.getByRole('button', { name: /Switch to light theme/ }).click();
    await expect(p1.locator('html')).toHaveAttribute('data-theme', 'light');
    await dark.close();

    const phone = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const p2 = await phone.newPage();
    for (const [path, file] of [
      ['/', 'phone-overview'],
      ['/services', 'phone-services'],
      ['/top', 'phone-top'],
      ['/stacks/new', 'phone-stack-new'],
      [`/services/${id}`, 'phone-service-detail'],
      [`/containers/${containerId}`, 'phone-container'],
    ] as const) {
      await p2.goto(path);
      await expectLive(p2);
      await p2.waitForTimeout(1500);
      const overflow = await p2.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
      await shot(p2, file);
    }
    await phone.close();
  });
});
