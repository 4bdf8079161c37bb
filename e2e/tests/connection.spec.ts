import { expect, test, type WebSocketRoute } from '@playwright/test';
import { API_URL } from '../env';
import { gql, shot, uniqueName } from '../helpers';

/**
 * The live link drops (the socket is closed under the page), the indicator says so and counts its
 * retries, and on the way back the event stream resumes from the last cursor: an event that
 * happened while the link was down still shows up in the feed.
 */
test('connection indicator: drop, reconnect with retries, resume without a gap', async ({ page }) => {
  const wsUrl = API_URL.replace(/^http/, 'ws');
  let allow = true;
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(wsUrl, (ws) => {
    if (!allow) {
      // refuse while "down": the client sees a failed attempt and retries
      void ws.close({ code: 1012, reason: 'test outage' });
      return;
    }
    sockets.push(ws);
    ws.connectToServer();
  });

  await page.goto('/');
  const conn = page.getByTestId('connection');
  await expect(conn).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('event-row').first()).toBeVisible();

  // Outage: close the live socket and refuse new ones for a while.
  allow = false;
  for (const s of sockets) await s.close({ code: 1012, reason: 'outage' }).catch(() => undefined);
  await expect(conn).toHaveAttribute('data-state', /closed|reconnecting/);
  await expect
    .poll(async () => Number(await conn.getAttribute('data-retries')), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(2);
  await shot(page, 'connection-reconnecting');

  // Something happens while the page is cut off.
  const name = uniqueName('outage');
  const d = await gql<{ addNode: { id: string } } | null>(
    'mutation($i: AddNodeInput!) { addNode(input: $i) { id } }',
    {
      i: { name, endpoint: 'unix:///var/lib/stevedore/engines/n3/docker.sock', publishAddress: '10.214.3.2' },
    },
  );
  try {
    await page.waitForTimeout(500);
    allow = true;
    await expect(conn).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
    await expect(conn).toContainText('resumed 1×');
    // The stream resumed after its last cursor: the node.added event from the outage is in the feed.
    await expect(
      page.locator('[data-testid=event-row][data-kind="node.added"]').filter({ hasText: name }),
    ).toBeVisible({ timeout: 15_000 });
    await shot(page, 'connection-resumed');
  } finally {
    if (d) await gql('mutation($id: ID!) { removeNode(id: $id) { id } }', { id: d.addNode.id });
  }
});
