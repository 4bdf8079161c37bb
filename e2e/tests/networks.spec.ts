import { expect, test } from '@playwright/test';
import { createWebService, gql, removeServices, shot, uniqueName, waitFor, waitHealthy } from '../helpers';
import { ENGINE } from '../env';

/**
 * The network page on real engines (n1 and n2): a cluster network with two services spread over
 * both nodes, their replicas drawn per node with health and the nodes' slices, and a connectivity
 * check from a replica of one service to the other through its name.
 */
test.describe('networks', () => {
  const net = uniqueName('net');
  const front = uniqueName('front');
  const back = uniqueName('back');
  const nodeName = uniqueName('n2');
  const ids: string[] = [];
  let n2 = '';

  test.beforeAll(async () => {
    const d = await gql<{ addNode: { id: string } }>(
      'mutation($i: AddNodeInput!) { addNode(input: $i) { id } }',
      { i: { name: nodeName, endpoint: `unix://${ENGINE(2)}`, publishAddress: '10.214.2.2' } },
    );
    n2 = d.addNode.id;
    await waitFor(
      'n2 ready',
      async () =>
        (await gql<{ node: { status: string } }>('query($id: ID!) { node(id: $id) { status } }', { id: n2 }))
          .node.status === 'READY',
    );
    await gql('mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }', { i: { name: net } });
    for (const name of [front, back])
      ids.push(await createWebService(name, { networks: [net], placement: { spread: ['node.id'] } }));
    for (const id of ids) await waitHealthy(id, 2, 90_000);
  });

  test.afterAll(async () => {
    await removeServices(...ids);
    const found = await gql<{ network: { id: string } | null }>(
      'query($id: ID!) { network(id: $id) { id } }',
      {
        id: net,
      },
    ).catch(() => null);
    if (found?.network)
      await gql('mutation($id: ID!) { removeNetwork(id: $id) { id } }', { id: found.network.id }).catch((e) =>
        console.warn(String(e)),
      );
    if (n2)
      await gql('mutation($id: ID!) { removeNode(id: $id) { id } }', { id: n2 }).catch((e) =>
        console.warn(String(e)),
      );
  });

  test('endpoints per node with health, slices, and a connectivity check', async ({ page }) => {
    await page.goto('/networks');
    const card = page.locator(`[data-testid=network-card][data-network="${net}"]`);
    await expect(card).toBeVisible();
    // Each node's box holds one healthy replica of each service, and shows the node's slice.
    for (const node of ['local', nodeName]) {
      const box = card.locator(`[data-testid=network-node][data-node="${node}"]`);
      await expect(box).toBeVisible();
      await expect(box.getByTestId('node-slice')).toHaveText(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
      for (const svc of [front, back])
        await expect(
          box.locator(`[data-testid=network-endpoint][data-service="${svc}"][data-health=HEALTHY]`),
        ).toHaveCount(1);
    }
    const slices = await card.getByTestId('node-slice').allTextContents();
    expect(new Set(slices).size).toBe(slices.length);
    await shot(page, 'networks');

    // From front's replica on n2, reach back by its name on the webapp's port.
    const form = page.getByRole('region', { name: 'Connectivity check' });
    const from = form.getByLabel('From replica');
    const option = from.locator('option', { hasText: new RegExp(`^${front} #\\d+ on ${nodeName}`) });
    await from.selectOption((await option.getAttribute('value'))!);
    await form.getByLabel('To service').selectOption(back);
    await expect(form.getByLabel('Port')).toHaveValue('8080');
    await form.getByRole('button', { name: 'Run check' }).click();
    const result = page.getByTestId('connectivity-result');
    await expect(result).toHaveAttribute('data-connected', 'yes', { timeout: 60_000 });
    await expect(result.getByTestId('connectivity-connected')).toHaveText('yes');
    await expect(result.getByTestId('connectivity-resolved')).toHaveText(/\d+\.\d+\.\d+\.\d+/);
    await expect(result.getByTestId('connect-ms')).toHaveText(/^\d+\.\d+ ms$/);
    await expect(result.getByRole('status')).toContainText(`connected to ${back}:8080`);
    await shot(page, 'networks-check');

    // A port nothing listens on: the result says no, with the error.
    await form.getByLabel('Port').fill('9');
    await form.getByRole('button', { name: 'Run check' }).click();
    await expect(result).toHaveAttribute('data-connected', 'no', { timeout: 60_000 });
    await expect(result.getByTestId('connectivity-error')).toContainText(
      `${back}:9 did not accept a connection`,
    );

    // Bad input is refused in the page, before anything runs.
    await form.getByLabel('Port').fill('70000');
    await form.getByRole('button', { name: 'Run check' }).click();
    await expect(form.getByRole('alert')).toHaveText(/Port must be a whole number from 1 to 65535/);
  });
});
