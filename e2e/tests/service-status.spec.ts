import { expect, test } from '@playwright/test';
import { HEALTH, removeServices, shot, uniqueName } from '../helpers';

test.describe('status of a new service', () => {
  const name = uniqueName('status');
  test.afterAll(async () => {
    await removeServices(name);
  });

  test('a healthy new deploy is pending, then deploying, then healthy on its page, never failed', async ({
    page,
  }) => {
    // Every text the status badge shows, from the first paint on (the page is reached by a
    // client-side navigation after Deploy, so one observer sees the whole life of the badge).
    await page.addInitScript(() => {
      const w = window as unknown as { __statuses: string[] };
      const seen: string[] = (w.__statuses = []);
      const record = () => {
        const t = document.querySelector('[data-testid=detail-status]')?.textContent?.trim();
        if (t && seen.at(-1) !== t) seen.push(t);
      };
      new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto('/services/new');
    const form = page.getByRole('form', { name: 'Deploy a service' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Image').fill('local/webapp:v1');
    await form.getByRole('button', { name: '+ Add port' }).click();
    await form.locator('[data-field="ports[0].containerPort"]').fill('8080');
    await form.locator('[data-field="replicas"]').fill('2');
    await form.getByLabel('Check health').check();
    await form.locator('[data-field="healthCheck.shell"]').fill(HEALTH);
    await form.locator('[data-field="healthCheck.intervalMs"]').fill('1000');
    await form.locator('[data-field="healthCheck.timeoutMs"]').fill('5000');
    await form.getByRole('button', { name: 'Deploy' }).click();

    await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
    const status = page.getByTestId('detail-status');
    await expect(status).toHaveText(/^(pending|deploying|healthy)$/);
    await expect(page.getByTestId('count-healthy')).toHaveText('2', { timeout: 60_000 });
    await expect(status).toHaveText('healthy');
    await shot(page, 'new-service-healthy');

    const seen = await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
    expect(seen.at(-1)).toBe('healthy');
    expect(seen.filter((s) => !['pending', 'deploying', 'healthy'].includes(s))).toEqual([]);
  });
});
