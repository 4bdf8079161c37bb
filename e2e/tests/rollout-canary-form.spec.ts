import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createWebService, gql, removeServices, shot, uniqueName, waitHealthy } from '../helpers';

/** This file's ingress port (in the e2e stack's range; rollout-canary.spec.ts uses E2E_CANARY_PORT). */
const INGRESS_PORT = Number(process.env.E2E_CANARY_FORM_PORT ?? 4326);

/**
 * A canary set from the Update tab (issue #19): a plain service with an ingress, then canary 1 and
 * one step at 20 % typed into the form with the new image. The form first refuses canary with
 * blue-green on the field, with the rule's message; once fixed, the rollout goes to the canary
 * step at 20 % on a real engine, and the stored spec holds what was typed.
 */
test.describe('canary from the form', () => {
  const name = uniqueName('canaryform');
  let id = '';

  test.beforeAll(async () => {
    id = await createWebService(name, {
      ingress: { port: INGRESS_PORT, targetPort: 8080, failureThreshold: 1000 },
      update: { parallelism: 1, monitorMs: 0, failureAction: 'PAUSE', maxFailureRatio: 0 },
    });
    await waitHealthy(id, 2, 90_000);
  });

  test.afterAll(async () => {
    await removeServices(id);
  });

  test('canary tasks and a step typed into the Update tab start a canary at 20 %', async ({ page }) => {
    await page.goto(`/services/${id}`);
    await page.getByTestId('tab-update').click();
    const form = page.getByRole('form', { name: 'Update service' });
    await form.getByText('Update and rollback config').click();
    const fields = form.getByTestId('progressive-fields');
    await expect(fields).toBeVisible();
    await form.getByLabel('Image').fill('local/webapp:v2');
    await fields.getByLabel('Canary tasks').fill('1');
    await fields.getByRole('button', { name: '+ Add step' }).click();
    await fields.getByLabel('Step 1 weight (%)').fill('20');
    await fields.getByLabel('Step 1 duration (ms)').fill('600000');
    await fields.getByLabel('Blue-green').check();
    await form.getByRole('button', { name: 'Roll out' }).click();
    // The shared rule refuses it in the browser, on the field, with the server's message.
    await expect(form.getByTestId('error-update.blueGreen')).toHaveText(
      /a rollout is either a canary or blue-green, not both/,
    );
    await expect(fields.getByLabel('Blue-green')).toHaveAttribute('aria-invalid', 'true');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    await shot(page, 'update-tab-canary');

    await fields.getByLabel('Blue-green').uncheck();
    await form.getByRole('button', { name: 'Roll out' }).click();
    await expect(page.getByTestId('rollout-panel')).toBeVisible();
    const prog = page.getByTestId('progressive');
    await expect(prog).toHaveAttribute('data-kind', 'CANARY', { timeout: 60_000 });
    await expect(prog).toHaveAttribute('data-phase', 'STEPPING', { timeout: 90_000 });
    await expect(prog.getByTestId('progressive-weight')).toHaveText('20');
    // The Ingress panel shows the two revisions side by side, the new one at its share.
    const revisions = page.getByTestId('ingress-revisions');
    await expect(revisions.getByTestId('ingress-revision')).toHaveCount(2, { timeout: 30_000 });
    await expect(revisions.getByTestId('ingress-revision').last()).toContainText('20 %');
    await expect(revisions.getByTestId('ingress-revision').first()).toContainText('80 %');

    const d = await gql<{
      service: {
        spec: {
          image: string;
          update: { canary: number; canarySteps: { weight: number; durationMs: number }[] };
        };
      };
    }>(
      'query($id: ID!) { service(id: $id) { spec { image update { canary canarySteps { weight durationMs } } } } }',
      {
        id,
      },
    );
    expect(d.service.spec.image).toBe('local/webapp:v2');
    expect(d.service.spec.update.canary).toBe(1);
    expect(d.service.spec.update.canarySteps).toEqual([{ weight: 20, durationMs: 600_000 }]);
    await shot(page, 'update-tab-canary-stepping');
  });
});
