import { expect, test } from '@playwright/test';
import { createWebService, docker, removeServices, shot, uniqueName, waitHealthy } from '../helpers';

test.describe('container page', () => {
  const name = uniqueName('ct');
  let id = '';
  let cid = '';
  test.beforeAll(async () => {
    id = await createWebService(name, { replicas: 1 });
    const s = await waitHealthy(id, 1);
    cid = s.tasks.find((t) => t.containerId)!.containerId!;
  });
  test.afterAll(async () => {
    await removeServices(id);
  });

  test('CPU chart moves and logs follow, stop following on scroll up, resume at the bottom', async ({
    page,
  }) => {
    await page.goto(`/containers/${cid}`);
    await expect(page.getByTestId('container-state')).toHaveText(/running/);
    const cpu = page.getByTestId('chart-cpu');
    await expect
      .poll(async () => Number(await cpu.getAttribute('data-samples')), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);

    // Burn CPU inside the container for a few seconds: the chart's newest value must rise.
    const burn = docker(1, 'exec', cid, 'sh', '-c', 'timeout 6 sh -c "while :; do :; done"').catch(() => '');
    await expect
      .poll(async () => Number((await cpu.getAttribute('data-last')) ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(20);
    const samples1 = Number(await cpu.getAttribute('data-samples'));
    await shot(page, 'container-cpu-busy');
    await burn;
    await expect
      .poll(async () => Number(await cpu.getAttribute('data-samples')), { timeout: 10_000 })
      .toBeGreaterThan(samples1);

    // Logs: health probes hit /health every second, so lines keep coming.
    const viewer = page.getByTestId('log-viewer');
    const count = page.getByTestId('log-count');
    await expect
      .poll(async () => Number(await count.getAttribute('data-count')), { timeout: 15_000 })
      .toBeGreaterThan(3);
    const atBottom = () => viewer.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight <= 24);
    await expect(page.getByTestId('log-follow-state')).toHaveAttribute('data-following', 'true');
    // enough lines to scroll
    await expect
      .poll(async () => viewer.evaluate((el) => el.scrollHeight > el.clientHeight + 60), { timeout: 60_000 })
      .toBe(true);
    expect(await atBottom()).toBe(true);
    const n0 = Number(await count.getAttribute('data-count'));
    await expect
      .poll(async () => Number(await count.getAttribute('data-count')), { timeout: 10_000 })
      .toBeGreaterThan(n0);
    expect(await atBottom()).toBe(true); // followed the new lines

    // Scroll up: following stops; new lines arrive but the view stays put.
    await viewer.hover();
    await page.mouse.wheel(0, -400);
    await expect(page.getByTestId('log-follow-state')).toHaveAttribute('data-following', 'false');
    const top = await viewer.evaluate((el) => el.scrollTop);
    const n1 = Number(await count.getAttribute('data-count'));
    await expect
      .poll(async () => Number(await count.getAttribute('data-count')), { timeout: 10_000 })
      .toBeGreaterThan(n1);
    expect(await viewer.evaluate((el) => el.scrollTop)).toBe(top);
    await expect(page.getByTestId('log-resume')).toContainText('new');
    await shot(page, 'container-logs-paused');

    // Back to the bottom: following resumes.
    await viewer.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(page.getByTestId('log-follow-state')).toHaveAttribute('data-following', 'true');
    const n2 = Number(await count.getAttribute('data-count'));
    await expect
      .poll(async () => Number(await count.getAttribute('data-count')), { timeout: 10_000 })
      .toBeGreaterThan(n2);
    expect(await atBottom()).toBe(true);

    // Search highlights; download saves the lines.
    await page.getByTestId('log-search').fill('health');
    await expect(viewer.locator('mark').first()).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('log-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-logs\.txt$/);
  });

  test('restart with confirmation', async ({ page }) => {
    await page.goto(`/containers/${cid}`);
    await page.getByTestId('ct-restart').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await page.getByTestId('ct-restart').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restart' }).click();
    await expect(page.getByTestId('container-state')).toHaveText(/running/, { timeout: 30_000 });
  });
});
