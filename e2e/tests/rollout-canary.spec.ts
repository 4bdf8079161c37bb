import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  createWebService,
  getService,
  gql,
  removeServices,
  shot,
  uniqueName,
  waitFor,
  waitHealthy,
} from '../helpers';

/** The ingress port of this file's service (the e2e stack's control plane listens on it). */
const INGRESS_PORT = Number(process.env.E2E_CANARY_PORT ?? 4321);

/**
 * A canary rollout on the service page, on a real engine: webapp v1 → v2 with one canary task at
 * 20 %, requests through the ingress while the page is open, the timeline drawn (a band at 20 %,
 * both revisions' lines), then Promote with its confirmation, and the rollout finishing on v2.
 */
test.describe('canary rollout', () => {
  const name = uniqueName('canary');
  let id = '';
  let stop = false;
  let load: Promise<number> | null = null;

  test.beforeAll(async () => {
    id = await createWebService(name, {
      ingress: { port: INGRESS_PORT, targetPort: 8080, failureThreshold: 1000 },
      update: {
        parallelism: 1,
        monitorMs: 0,
        failureAction: 'PAUSE',
        maxFailureRatio: 0,
        canary: 1,
        canarySteps: [{ weight: 20, durationMs: 600_000 }],
      },
    });
    await waitHealthy(id, 2, 90_000);
  });

  test.afterAll(async () => {
    stop = true;
    await load;
    await removeServices(id);
  });

  test('a canary at 20 % with its timeline, promoted from the page', async ({ page }) => {
    await gql('mutation($id: ID!, $p: ServicePatchInput!) { patchService(id: $id, patch: $p) { id } }', {
      id,
      p: { image: 'local/webapp:v2' },
    });
    // Requests through the ingress for the figures, bounded in count and time.
    load = (async () => {
      let n = 0;
      const end = Date.now() + 170_000;
      while (!stop && n < 20_000 && Date.now() < end) {
        n++;
        await fetch(`http://127.0.0.1:${INGRESS_PORT}/version`)
          .then((r) => r.text())
          .catch(() => '');
        await new Promise((r) => setTimeout(r, 20));
      }
      return n;
    })();

    await page.goto(`/services/${id}`);
    const prog = page.getByTestId('progressive');
    await expect(prog).toHaveAttribute('data-phase', 'STEPPING', { timeout: 90_000 });
    await expect(prog).toHaveAttribute('data-kind', 'CANARY');
    await expect(prog.getByTestId('progressive-weight')).toHaveText('20');
    await expect(prog.locator('[data-testid=rollout-band][data-weight="20"]')).toHaveCount(1);
    // Both revisions' figures reach the charts, live (samples about every second).
    await expect(prog.getByTestId('rollout-errors')).not.toHaveAttribute('data-samples', '0');
    await expect
      .poll(async () => Number(await prog.getByTestId('rollout-p95').getAttribute('data-samples')), {
        timeout: 30_000,
      })
      .toBeGreaterThanOrEqual(3);
    await expect(prog.getByTestId('rollout-p95')).toHaveAttribute('data-last', /^\d+(\.\d+)?,\d+(\.\d+)?$/, {
      timeout: 30_000,
    });
    await shot(page, 'rollout-canary');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );

    await prog.getByTestId('rollout-promote').click();
    const dialog = page.getByRole('dialog', { name: /Promote revision 2/ });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Promote' }).click();
    await expect(prog).toHaveAttribute('data-phase', /PROMOTED|DONE/, { timeout: 60_000 });
    await expect(page.getByTestId('rollout-state')).toHaveText(/completed/, { timeout: 120_000 });
    const s = await waitFor('2 healthy on v2', async () => {
      const x = await getService(id);
      return x && x.healthyReplicas === 2 ? x : null;
    });
    expect(s.tasks.filter((t) => t.state === 'RUNNING' && t.desiredState === 'RUNNING')).toHaveLength(2);
    await shot(page, 'rollout-canary-promoted');
  });
});
