import { expect, test, type Request } from '@playwright/test';
import { createWebService, expectLive, gql, removeServices, uniqueName, waitHealthy } from '../helpers';

/** The GraphQL operation a dashboard request runs (urql sends its name with the query text). */
function operation(r: Request): string | null {
  if (r.method() !== 'POST' || !r.url().endsWith('/graphql')) return null;
  try {
    const body = r.postDataJSON() as { operationName?: string; query?: string } | null;
    return body?.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * Live updates patch the services list in place (issue #22): scaling a service on real engines
 * changes its row's replica counts from the events, without the page asking for the whole list
 * again (it used to refetch all services, network-only, on every task or container event).
 */
test.describe('live list', () => {
  const name = uniqueName('live-list');
  let id = '';

  test.beforeAll(async () => {
    id = await createWebService(name, { replicas: 1 });
    await waitHealthy(id, 1);
  });
  test.afterAll(async () => {
    await removeServices(id);
  });

  test('scaling patches the service row; the list is not fetched again', async ({ page }) => {
    const ops: string[] = [];
    page.on('request', (r) => {
      const op = operation(r);
      if (op) ops.push(op);
    });
    await page.goto('/services');
    await expectLive(page);
    const row = page.locator(`[data-testid=service-row][data-name="${name}"]`);
    const replicas = row.getByTestId('replicas');
    await expect(replicas).toHaveAttribute('data-healthy', '1');
    // The list as the page first asked for it (server rendering may have answered it instead).
    const before = ops.filter((o) => o === 'Services').length;

    await gql('mutation($id: ID!) { scaleService(id: $id, replicas: 2) { id } }', { id });
    await expect(replicas).toHaveAttribute('data-desired', '2', { timeout: 60_000 });
    await expect(replicas).toHaveAttribute('data-running', '2', { timeout: 90_000 });
    await expect(replicas).toHaveAttribute('data-healthy', '2', { timeout: 90_000 });
    await expect(row.getByTestId('service-status')).toHaveText(/healthy/);

    // The row changed by patches (and at most a fetch of that one row), not by list refetches.
    expect(ops.filter((o) => o === 'Services').length).toBe(before);
    expect(ops.filter((o) => o === 'ServiceRow').length).toBeGreaterThan(0);

    // Removal drops the row in place too.
    await removeServices(id);
    await expect(row).toHaveCount(0, { timeout: 60_000 });
    expect(ops.filter((o) => o === 'Services').length).toBe(before);
  });
});
