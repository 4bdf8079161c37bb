import { expect, test } from '@playwright/test';
import { createWebService, gql, removeServices, shot, uniqueName, waitFor, waitHealthy } from '../helpers';
import { ENGINE } from '../env';

test.describe('nodes', () => {
  const name = uniqueName('drain');
  const nodeName = uniqueName('n2');
  let id = '';
  let n2 = '';
  test.beforeAll(async () => {
    const d = await gql<{ addNode: { id: string } }>(
      'mutation($i: AddNodeInput!) { addNode(input: $i) { id } }',
      {
        i: {
          name: nodeName,
          endpoint: `unix://${ENGINE(2)}`,
          publishAddress: '10.214.2.2',
          labels: [{ key: 'zone', value: 'b' }],
        },
      },
    );
    n2 = d.addNode.id;
    await waitFor(
      'n2 ready',
      async () =>
        (await gql<{ node: { status: string } }>('query($id: ID!) { node(id: $id) { status } }', { id: n2 }))
          .node.status === 'READY',
    );
    id = await createWebService(name, { replicas: 2, placement: { spread: ['node.id'] } });
    const s = await waitHealthy(id, 2, 90_000);
    expect(new Set(s.tasks.filter((t) => t.state === 'RUNNING').map((t) => t.nodeName))).toEqual(
      new Set(['local', nodeName]),
    );
  });
  test.afterAll(async () => {
    await removeServices(id);
    if (n2)
      await gql('mutation($id: ID!) { removeNode(id: $id) { id } }', { id: n2 }).catch((e) =>
        console.warn(String(e)),
      );
  });

  test('drain a node and watch its tasks move', async ({ page }) => {
    await page.goto(`/services/${id}`);
    await expect(
      page.locator(`[data-testid=task-row][data-state=RUNNING][data-node="${nodeName}"]`),
    ).toHaveCount(1);

    const nodes = await page.context().newPage();
    await nodes.goto('/nodes');
    const card = nodes.locator(`[data-testid=node-card][data-node="${nodeName}"]`);
    await expect(card).toBeVisible();
    await expect(card.getByText('zone=b')).toBeVisible();
    await card.getByTestId(`avail-drain-${nodeName}`).click();
    await nodes.getByRole('dialog').getByRole('button', { name: 'Drain' }).click();
    await expect(card).toHaveAttribute('data-availability', 'DRAIN');
    await shot(nodes, 'nodes-draining');

    // The service page (open all along) shows the task leave the drained node.
    await expect(
      page.locator(`[data-testid=task-row][data-state=RUNNING][data-node="${nodeName}"]`),
    ).toHaveCount(0, { timeout: 60_000 });
    await expect(page.locator('[data-testid=task-row][data-state=RUNNING][data-node="local"]')).toHaveCount(
      2,
      { timeout: 60_000 },
    );
    await expect(page.getByTestId('count-healthy')).toHaveText('2', { timeout: 60_000 });
    await shot(page, 'drained-service');

    await nodes.goto(`/nodes/${n2}`);
    await expect(nodes.getByTestId('node-task-row')).toHaveCount(0, { timeout: 30_000 });
    await nodes.goto('/nodes');
    await card.getByTestId(`avail-active-${nodeName}`).click();
    await nodes.getByRole('dialog').getByRole('button', { name: 'Activate' }).click();
    await expect(card).toHaveAttribute('data-availability', 'ACTIVE');
  });
});
