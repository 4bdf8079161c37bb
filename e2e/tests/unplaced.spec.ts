import { expect, test } from '@playwright/test';
import { createWebService, removeServices, shot, uniqueName } from '../helpers';

test.describe('a service the cluster cannot place', () => {
  const name = uniqueName('unplaced');
  test.afterAll(async () => {
    await removeServices(name);
  });

  test('shows each unplaced task with the filter that rejected the nodes and how many', async ({ page }) => {
    const zone = `nowhere-${name}`;
    const id = await createWebService(name, {
      replicas: 1,
      placement: { constraints: [`node.labels.zone == ${zone}`] },
    });
    await page.goto(`/services/${id}`);
    const unplaced = page.getByTestId('unplaced');
    await expect(unplaced.getByRole('heading')).toHaveText('Unplaced tasks (1)');
    const task = unplaced.getByTestId('unplaced-task');
    await expect(task).toContainText(`slot 1: 1 node: 1 failed constraint node.labels.zone==${zone}`);
    const filters = task.getByTestId('unplaced-filter');
    await expect(filters).toHaveCount(1);
    await expect(filters).toHaveAttribute('data-filter', 'constraints');
    await expect(filters).toHaveText(
      `constraints rejected 1 of 1: 1 node failed constraint node.labels.zone==${zone}`,
    );
    await shot(page, 'unplaced-by-filter');
  });
});
