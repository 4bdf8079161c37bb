import { expect, test } from '@playwright/test';
import {
  createWebService,
  docker,
  expectLive,
  getService,
  recordValues,
  removeServices,
  seenValues,
  shot,
  uniqueName,
  waitHealthy,
} from '../helpers';

test.describe('a live service page', () => {
  const name = uniqueName('live');
  let id = '';
  test.beforeAll(async () => {
    id = await createWebService(name);
    await waitHealthy(id, 2);
  });
  test.afterAll(async () => {
    await removeServices(id);
  });

  test('docker kill: the event appears, healthy replicas dip and recover', async ({ page }) => {
    await page.goto(`/services/${id}`);
    await expectLive(page);
    await expect(page.getByTestId('count-healthy')).toHaveText('2');
    await recordValues(page, 'count-healthy');
    const victim = (await getService(id))!.tasks.find(
      (t) => t.state === 'RUNNING' && t.containerId,
    )!.containerId!;
    await docker(1, 'kill', victim);

    const feed = page.getByTestId('service-events');
    await expect(feed.locator('[data-testid=event-row][data-kind="container.died"]').first()).toBeVisible({
      timeout: 15_000,
    });
    await expect(feed.locator('[data-testid=event-row][data-kind="task.state"]').first()).toBeVisible();
    await expect
      .poll(async () => (await seenValues(page, 'count-healthy')).some((v) => Number(v) < 2), {
        timeout: 15_000,
      })
      .toBe(true);
    await shot(page, 'kill-dip');
    await expect(page.getByTestId('count-healthy')).toHaveText('2', { timeout: 60_000 });
    const seen = await seenValues(page, 'count-healthy');
    expect(seen[0]).toBe('2');
    expect(seen.at(-1)).toBe('2');
    // The whole thing happened without a reload: the recorder installed before the kill is still there.
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });

  test('scale from the page', async ({ page }) => {
    await page.goto(`/services/${id}`);
    await expect(page.getByTestId('count-healthy')).toHaveText('2');
    await page.getByTestId('scale-input').fill('3');
    await page.getByTestId('scale-apply').click();
    await expect(page.getByTestId('count-desired')).toHaveText('3');
    await expect(page.getByTestId('count-healthy')).toHaveText('3', { timeout: 60_000 });
    await expect(page.locator('[data-testid=task-row][data-state=RUNNING]')).toHaveCount(3);
    await shot(page, 'scaled-3');
    // keyboard: the "one fewer" button
    await page.getByRole('button', { name: 'One replica fewer' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('count-desired')).toHaveText('2');
    await expect(page.locator('[data-testid=task-row][data-state=RUNNING]')).toHaveCount(2, {
      timeout: 30_000,
    });
    expect((await getService(id))!.desiredReplicas).toBe(2);
  });

  test('roll out v2, then a broken v3 that rolls back by itself', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(`/services/${id}`);
    await expect(page.getByTestId('count-healthy')).toHaveText('2');

    const rollTo = async (image: string) => {
      await page.getByTestId('tab-update').click();
      const form = page.getByRole('form', { name: 'Update service' });
      await form.getByLabel('Image').fill(image);
      await form.getByRole('button', { name: 'Roll out' }).click();
      await expect(page.getByTestId('rollout-panel')).toBeVisible();
    };

    await rollTo('local/webapp:v2');
    const timeline = page.getByTestId('rollout-timeline');
    await expect(timeline.locator('[data-kind="rollout.started"]').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('rollout-state')).toHaveText(/updating|completed/);
    await expect(page.getByTestId('rollout-state')).toHaveText(/completed/, { timeout: 90_000 });
    await expect(timeline.locator('[data-kind="rollout.completed"]')).toHaveCount(1);
    await expect(page.locator('h1 + .sub')).toContainText('local/webapp:v2');
    await shot(page, 'rollout-v2');

    await rollTo('local/webapp:v3');
    await expect(page.getByTestId('rollout-state')).toHaveText(/updating|rolling back/, { timeout: 15_000 });
    await expect(timeline.locator('[data-kind="rollout.rollback_started"]')).toHaveCount(1, {
      timeout: 90_000,
    });
    await expect(page.getByTestId('rollout-state')).toHaveText(/rolled back/, { timeout: 90_000 });
    await expect(timeline.locator('[data-kind="rollout.rolled_back"]')).toHaveCount(1);
    await expect(page.locator('h1 + .sub')).toContainText('local/webapp:v2');
    await expect(page.getByTestId('count-healthy')).toHaveText('2', { timeout: 60_000 });
    // Revision history: v1, v2, v3 (rolled back from) and the rollback revision, each with its diff.
    await expect(page.getByTestId('revision').first()).toBeVisible();
    // The failure is said on the panel, with the reason and a link to the event.
    const rolledBack = timeline.locator('[data-kind="rollout.rolled_back"]');
    const reason = (await rolledBack.locator('div').nth(1).textContent())?.trim() ?? '';
    expect(reason).not.toBe('');
    const banner = page.getByTestId('rollout-failed');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(reason);
    await shot(page, 'rollout-v3-rolled-back');
    await page.getByTestId('rollout-failed-event').click();
    await expect(page).toHaveURL(/\/events\?kind=rollout\.rolled_back&service=[^&]+&at=\d+/);
    const marked = page.locator('[data-testid="events-list"] [data-testid="event-row"][aria-current="true"]');
    await expect(marked).toHaveCount(1);
    await expect(marked).toHaveAttribute('data-kind', 'rollout.rolled_back');
    await expect(marked).toContainText(reason);
  });

  test('pause and resume a rollout from the timeline', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/services/${id}`);
    await page.getByTestId('tab-update').click();
    const form = page.getByRole('form', { name: 'Update service' });
    await form.getByLabel('Image').fill('local/webapp:v1');
    await form.getByText('Update and rollback config').click();
    await form.locator('[data-field="update.monitorMs"]').fill('4000');
    await form.getByRole('button', { name: 'Roll out' }).click();
    await page.getByTestId('rollout-pause').click({ timeout: 15_000 });
    await expect(page.getByTestId('rollout-state')).toHaveText(/paused/);
    await expect(
      page.getByTestId('rollout-timeline').locator('[data-kind="rollout.paused"]').first(),
    ).toBeVisible();
    await page.getByTestId('rollout-resume').click();
    await expect(
      page.getByTestId('rollout-timeline').locator('[data-kind="rollout.resumed"]').first(),
    ).toBeVisible();
    await expect(page.getByTestId('rollout-state')).toHaveText(/completed/, { timeout: 90_000 });
  });

  test('one-click rollback from the revision history', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/services/${id}`);
    const before = (await getService(id))!;
    expect(before.status).toBe('HEALTHY');
    // Scaling makes revisions too: pick the newest earlier revision that ran v2 (now on v1).
    await expect(page.locator('h1 + .sub')).toContainText('local/webapp:v1');
    const rev = page
      .locator('[data-testid=revision]:not([data-current=true])[data-image="local/webapp:v2"]')
      .first();
    const n = await rev.getAttribute('data-number');
    await rev.locator('summary').click();
    await rev.getByTestId(`rollback-${n}`).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Roll back' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await shot(page, 'rollback-clicked');
    await expect(page.getByTestId('revisions').getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('rollout-state')).toHaveText(/rolling back|rolled back/, {
      timeout: 15_000,
    });
    await expect(page.getByTestId('rollout-state')).toHaveText(/rolled back/, { timeout: 90_000 });
    await expect(page.locator('h1 + .sub')).toContainText('local/webapp:v2');
  });
});
