import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  createWebService,
  docker,
  expectLive,
  freePort,
  gql,
  removeServices,
  shot,
  uniqueName,
  waitFor,
} from '../helpers';

/**
 * The ingress from the dashboard (issues #19 and #22): a service published from the deploy form
 * (the form's own checks and the server's refusals on their fields first: a TLS secret that
 * does not exist, a route another service holds), requests sent to its
 * port from here, requests/s moving on the service page's Ingress panel; then one replica broken
 * (its /health answers 500 while /tmp/unhealthy exists) and the error rate rising on the panel,
 * on that replica's row and for the service. The Update tab then adds an active probe, which takes
 * the broken replica out: the panel shows its probe down.
 */

/**
 * GET `path` on the ingress port from two workers, 20 ms apart each, until stopped, at most
 * `maxRequests` requests and `maxMs` of time (whichever comes first).
 */
function load(port: number, path: string, maxRequests = 6000, maxMs = 150_000) {
  let stopped = false;
  let sent = 0;
  const codes: Record<number, number> = {};
  const end = Date.now() + maxMs;
  const worker = async () => {
    while (!stopped && sent < maxRequests && Date.now() < end) {
      sent++;
      try {
        const r = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(10_000) });
        await r.arrayBuffer();
        codes[r.status] = (codes[r.status] ?? 0) + 1;
      } catch {
        codes[0] = (codes[0] ?? 0) + 1;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const done = Promise.all([worker(), worker()]);
  return {
    codes,
    stop: async () => {
      stopped = true;
      await done;
      return { sent, codes };
    },
  };
}

const numberOf = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).getAttribute('data-value')) || 'NaN');

interface Svc {
  id: string;
  spec: {
    ingress: {
      port: number;
      failureThreshold: number | null;
      routes: { host: string | null; pathPrefix: string }[];
      probe: { path: string; intervalMs: number; timeoutMs: number } | null;
    } | null;
  };
  tasks: { id: string; state: string; containerId: string | null; nodeId: string }[];
  runningReplicas: number;
}

const service = async (ref: string) =>
  (
    await gql<{ service: Svc | null }>(
      `query($id: ID!) { service(id: $id) { id runningReplicas
        spec { ingress { port failureThreshold routes { host pathPrefix } probe { path intervalMs timeoutMs } } }
        tasks { id state containerId nodeId } } }`,
      { id: ref },
    )
  ).service;

test.describe('ingress from the dashboard', () => {
  const name = uniqueName('ingress');
  let port = 0;

  test.beforeAll(async () => {
    port = await freePort();
  });
  test.afterAll(async () => {
    await removeServices(name, `${name}-holder`);
  });

  test('published from the form; requests/s moves; a broken replica raises the error rate; the Update tab adds a probe', async ({
    page,
  }) => {
    test.setTimeout(420_000);
    await page.goto('/services/new');
    await expectLive(page);
    const form = page.getByRole('form', { name: 'Deploy a service' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Image').fill('local/webapp:v1');
    await form.locator('[data-field="replicas"]').fill('2');
    await form.getByRole('button', { name: '+ Add port' }).click();
    await form.locator('[data-field="ports[0].containerPort"]').fill('8080');
    await form.getByTestId('ingress-enabled').check();
    const ingress = form.getByTestId('ingress-fields');

    // The form's own checks (spec-rules checkIngress, the server's rules): port range, route host.
    await ingress.getByLabel('Ingress port').fill('80');
    await ingress.getByRole('button', { name: '+ Add route' }).click();
    await ingress.getByLabel('Route 1 path prefix').fill('/health');
    await ingress.getByRole('button', { name: '+ Add route' }).click();
    await ingress.getByLabel('Route 2 host').fill('bad host');
    await form.getByRole('button', { name: 'Deploy' }).click();
    await expect(page.getByTestId('error-ingress.port')).toContainText('from 1024 to 65535 (got 80)');
    await expect(page.getByTestId('error-ingress.routes[1].host')).toContainText('is not a host name');
    await expect(form.locator('[data-field="ingress.port"]')).toBeFocused();

    // A refusal only the server can make: the TLS secret does not exist (BAD_USER_INPUT on its field).
    await ingress.getByLabel('Ingress port').fill(String(port));
    await ingress.getByRole('button', { name: 'Remove route 2' }).click();
    await ingress.getByLabel('TLS secret').fill(`${name}-no-such-cert`);
    await form.getByRole('button', { name: 'Deploy' }).click();
    await expect(page.getByTestId('error-ingress.tls.secret')).toContainText('does not exist');
    await expect(form.locator('[data-field="ingress.tls.secret"]')).toHaveAttribute('aria-invalid', 'true');
    await shot(page, 'ingress-form-server-error');

    // Another refusal only the server can make: a route another service holds on the port
    // (CONFLICT), on the row of that route.
    await createWebService(`${name}-holder`, {
      replicas: 0,
      ingress: { port, routes: [{ pathPrefix: '/version' }] },
    });
    await ingress.getByLabel('TLS secret').fill('');
    await ingress.getByRole('button', { name: '+ Add route' }).click();
    await ingress.getByLabel('Route 2 path prefix').fill('/version');
    await form.getByRole('button', { name: 'Deploy' }).click();
    await expect(page.getByTestId('error-ingress.routes[1]')).toContainText(
      `already routes *any host*/version to service ${name}-holder`,
    );
    await ingress.getByRole('button', { name: 'Remove route 2' }).click();

    // Fixed: plain HTTP, and a breaker that stays closed so the broken replica keeps answering.
    await ingress.getByLabel('Breaker opens after').fill('1000');
    await ingress.getByLabel('Load balancing').selectOption('ROUND_ROBIN');
    await form.getByRole('button', { name: 'Deploy' }).click();
    await page.waitForURL(/\/services\/[^/]+$/);
    const created = await waitFor(
      'both replicas running',
      async () => {
        const s = await service(name);
        return s && s.tasks.filter((t) => t.state === 'RUNNING' && t.containerId).length === 2 ? s : null;
      },
      120_000,
      500,
    );
    expect(created.spec.ingress).toMatchObject({
      port,
      failureThreshold: 1000,
      routes: [{ host: null, pathPrefix: '/health' }],
      probe: null,
    });

    const panel = page.getByTestId('ingress-panel');
    await expect(panel.getByTestId('ingress-listening')).toHaveText(`listening on ${port}`);
    await expect(panel.getByTestId('ingress-replica')).toHaveCount(2);

    const traffic = load(port, '/health');
    try {
      // Requests/s moves, on the figure and on the chart, and every replica takes its share.
      await expect.poll(() => numberOf(page, 'ingress-rps'), { timeout: 60_000 }).toBeGreaterThan(1);
      await expect(panel.getByTestId('ingress-chart-rps')).not.toHaveAttribute('data-samples', '0');
      await expect.poll(() => numberOf(page, 'ingress-error-rate'), { timeout: 30_000 }).toBe(0);
      for (const row of await panel.getByTestId('ingress-replica').all())
        await expect(row.getByTestId('ingress-replica-rps')).not.toHaveText(/^(—|0\.00)$/, {
          timeout: 30_000,
        });
      expect(traffic.codes[500] ?? 0).toBe(0);
      await shot(page, 'ingress-panel-traffic');

      // One replica broken: its /health answers 500 (the breaker stays closed at 1000 in a row).
      const broken = created.tasks.find((t) => t.state === 'RUNNING' && t.containerId)!;
      await docker(1, 'exec', broken.containerId!, 'touch', '/tmp/unhealthy');
      await expect.poll(() => numberOf(page, 'ingress-error-rate'), { timeout: 60_000 }).toBeGreaterThan(10);
      const brokenRow = panel.locator(`[data-testid=ingress-replica][data-task="${broken.id}"]`);
      const healthyRow = panel.locator(`[data-testid=ingress-replica]:not([data-task="${broken.id}"])`);
      await expect(brokenRow.getByTestId('ingress-replica-errors')).toHaveText(/^(100\.0|9\d\.\d)%$/, {
        timeout: 30_000,
      });
      await expect(healthyRow.getByTestId('ingress-replica-errors')).toHaveText('0.0%');
      await expect(brokenRow).toHaveAttribute('data-breaker', 'CLOSED');
      await shot(page, 'ingress-panel-errors');

      // The Update tab shows the ingress as it is and adds an active probe of /health.
      await page.getByTestId('tab-update').click();
      const update = page.getByRole('form', { name: 'Update service' });
      const fields = update.getByTestId('ingress-fields');
      await expect(update.getByTestId('ingress-enabled')).toBeChecked();
      await expect(fields.getByLabel('Ingress port')).toHaveValue(String(port));
      await expect(fields.getByLabel('Route 1 path prefix')).toHaveValue('/health');
      await expect(fields.getByLabel('Breaker opens after')).toHaveValue('1000');
      await fields.getByTestId('ingress-probe-enabled').check();
      await fields.getByLabel('Probe path').fill('/health');
      await fields.getByLabel('Probe every (ms)').fill('500');
      await fields.getByLabel('Probe timeout (ms)').fill('900');
      await update.getByRole('button', { name: 'Roll out' }).click();
      await expect(page.getByTestId('error-ingress.probe.timeoutMs')).toContainText(
        'must not exceed intervalMs',
      );
      await fields.getByLabel('Probe timeout (ms)').fill('400');
      await update.getByRole('button', { name: 'Roll out' }).click();
      await expect(page.getByTestId('rollout-panel')).toBeVisible();
      await waitFor(
        'the probe in the spec',
        async () => (await service(name))?.spec.ingress?.probe,
        30_000,
        500,
      );
      expect((await service(name))!.spec.ingress!.probe).toEqual({
        path: '/health',
        intervalMs: 500,
        timeoutMs: 400,
      });
      // The probe takes the broken replica out; clients see no more errors.
      await expect(brokenRow.getByText('down', { exact: true })).toBeVisible({ timeout: 30_000 });
      await expect.poll(() => numberOf(page, 'ingress-error-rate'), { timeout: 60_000 }).toBe(0);
      await shot(page, 'ingress-panel-probe');
    } finally {
      const { sent, codes } = await traffic.stop();
      console.log(`ingress load: ${sent} requests, by status ${JSON.stringify(codes)}`);
    }
  });

  test('the Ingress panel has no axe violations, light and dark, and fits a phone', async ({ browser }) => {
    test.setTimeout(180_000);
    const s = await service(name);
    // This check reuses the published service the first test made (creating another costs a minute
    // of the run); when that test failed before creating it, its failure is the one to read.
    test.skip(!s, 'the service of the first test is gone');
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(`/services/${s!.id}`);
      await expectLive(page);
      await expect(page.getByTestId('ingress-replica').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .include('[data-testid=ingress-panel]')
        .withTags(['wcag2a', 'wcag2aa'])
        .analyze();
      for (const v of violations)
        found.push(
          `${colorScheme}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      await ctx.close();
    }
    expect(found).toEqual([]);
    const phone = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const p = await phone.newPage();
    await p.goto(`/services/${s!.id}`);
    await expectLive(p);
    await expect(p.getByTestId('ingress-replica').first()).toBeVisible();
    await p.waitForTimeout(1500);
    // What sticks out (outside the parts that scroll on their own), to name it when the page does.
    const wide = await p.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const out = Array.from(document.querySelectorAll('main *'))
        .filter((el) => el.getBoundingClientRect().right > vw + 1 && !el.closest('.table-wrap, .nav'))
        .slice(0, 8)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().width)}px`,
        );
      return { overflow: document.documentElement.scrollWidth - vw, out };
    });
    expect(wide.overflow, `the service page scrolls sideways: ${wide.out.join('; ')}`).toBeLessThanOrEqual(1);
    await shot(p, 'phone-ingress');
    await phone.close();
  });
});
