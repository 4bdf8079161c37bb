import { expect, test } from '@playwright/test';
import { axeViolations, expectLive, gql, removeServices, shot, uniqueName } from '../helpers';

interface ClusterRow {
  id: string;
  name: string;
  region: string;
  kind: string;
  health: { status: string; reason: string };
}

const CLUSTERS = `query { clusters { id name region kind health { status reason } } }`;

/**
 * The Fleet page: clusters grouped by region with their health. The stack has one engine (n1) in
 * the default cluster; this file adds an empty LOCAL cluster in a region of its own, which has no
 * READY node and so is UNREACHABLE with a reason, and checks the page shows both where they belong.
 */
test.describe('fleet', () => {
  const name = uniqueName('fleet').slice(0, 60);
  const region = `${name}-reg`;
  let created: ClusterRow | null = null;

  test.beforeAll(async () => {
    const r = await gql<{ createCluster: ClusterRow }>(
      `mutation ($input: CreateClusterInput!) {
        createCluster(input: $input) { id name region kind health { status reason } }
      }`,
      { input: { name, region, zone: 'z1' } },
    );
    created = r.createCluster;
  });
  const fedName = `${name}-svc`;
  test.afterAll(async () => {
    // The template and its copy NAME-CLUSTER (the copy goes with the template; named too in case).
    const { clusters } = await gql<{ clusters: ClusterRow[] }>(CLUSTERS);
    await removeServices(fedName, ...clusters.map((c) => `${fedName}-${c.name}`));
    if (created) await gql(`mutation ($id: ID!) { removeCluster(id: $id) { id } }`, { id: created.id });
  });

  test('clusters grouped by region, each with its health and reason', async ({ page }) => {
    const { clusters } = await gql<{ clusters: ClusterRow[] }>(CLUSTERS);
    const mine = clusters.find((c) => c.name === name)!;
    expect(mine.region).toBe(region);
    expect(mine.kind).toBe('LOCAL');
    // No nodes: nothing can be placed there.
    expect(mine.health.status).toBe('UNREACHABLE');
    const others = clusters.filter((c) => c.name !== name);
    expect(others.length).toBeGreaterThan(0);

    await page.goto('/fleet');
    await expectLive(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
    const group = page.getByTestId(`fleet-region-${region}`);
    await expect(group.getByRole('heading', { level: 2 })).toHaveText(`Region ${region}`);
    // Only the new cluster is in its region.
    await expect(group.locator('[data-testid^="fleet-cluster-"]')).toHaveCount(1);
    const card = group.getByTestId(`fleet-cluster-${name}`);
    await expect(card.getByTestId('cluster-health')).toHaveText('unreachable');
    await expect(card.getByTestId('cluster-health-reason')).toHaveText(mine.health.reason);
    await expect(card.getByTestId('cluster-kind')).toHaveText('Local');
    await expect(card.getByTestId('cluster-nodes')).toHaveText('0 of 0 nodes ready');
    // Every other cluster is on the page too, under its own region, with the health the API gives.
    for (const c of others) {
      const other = page
        .getByTestId(`fleet-region-${c.region || 'none'}`)
        .getByTestId(`fleet-cluster-${c.name}`);
      await expect(other.getByTestId('cluster-health')).toHaveText(c.health.status.toLowerCase());
    }
    // The sidebar links here and marks it as the page shown.
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fleet' }),
    ).toHaveAttribute('aria-current', 'page');
    // No federated service in this stack: the table says so instead of showing an empty table.
    await expect(page.getByText('No federated services')).toBeVisible();
    await shot(page, 'fleet');
  });

  test('no axe violations, light and dark, and fits a phone', async ({ browser }) => {
    test.setTimeout(120_000);
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      await page.goto('/fleet');
      await expectLive(page);
      await expect(page.getByTestId(`fleet-cluster-${name}`)).toBeVisible();
      found.push(...(await axeViolations(page, `/fleet ${colorScheme}`)));
      await ctx.close();
    }
    expect(found).toEqual([]);
    const phone = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const p = await phone.newPage();
    await p.goto('/fleet');
    await expectLive(p);
    await expect(p.getByTestId(`fleet-cluster-${name}`)).toBeVisible();
    const wide = await p.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const out = Array.from(document.querySelectorAll('main *'))
        .filter((el) => el.getBoundingClientRect().right > vw + 1 && !el.closest('.table-wrap, .nav'))
        .slice(0, 8)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().width)}px`,
        );
      return { overflow: document.documentElement.scrollWidth - vw, out };
    });
    expect(wide.overflow, `/fleet scrolls sideways: ${wide.out.join('; ')}`).toBeLessThanOrEqual(1);
    await shot(p, 'phone-fleet');
    await phone.close();
  });

  test('the deploy form places a service over clusters by weight; its page and /fleet show the division', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const { clusters } = await gql<{ clusters: ClusterRow[] }>(CLUSTERS);
    const home = clusters.find((c) => c.name !== name && c.health.status === 'HEALTHY')!;
    expect(home, 'a healthy cluster to place on').toBeTruthy();
    await page.goto('/services/new');
    await expectLive(page);
    const form = page.getByRole('form', { name: 'Deploy a service' });
    await form.getByLabel('Name', { exact: true }).fill(fedName);
    await form.getByLabel('Image').fill('local/webapp:v1');
    await form.locator('[data-field="replicas"]').fill('1');
    await form.getByLabel('Replicas over clusters').selectOption('DIVIDED_STATIC');
    await form.getByLabel('Only these clusters').fill(home.name);
    // A weight line the form refuses before sending, on its field.
    await form.getByLabel('Weights').fill(`${home.name}: 2`);
    await form.getByRole('button', { name: 'Deploy' }).click();
    await expect(page.getByTestId('error-placement.clusters.weights')).toContainText(
      'is not "cluster = weight"',
    );
    expect(await axeViolations(page, '/services/new clusters', '[data-testid=federation-fields]')).toEqual(
      [],
    );
    await form.getByLabel('Weights').fill(`${home.name} = 2`);
    await form.getByRole('button', { name: 'Deploy' }).click();

    await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
    const panel = page.getByTestId('federation-panel');
    await expect(
      panel.getByTestId('federation-division').getByRole('row', { name: new RegExp(home.name) }),
    ).toBeVisible({
      timeout: 30_000,
    });
    const { service } = await gql<{
      service: {
        federation: { summary: string; placement: { weights: { cluster: string; weight: number }[] } };
      };
    }>(
      'query($id: ID!) { service(id: $id) { federation { summary placement { weights { cluster weight } } } } }',
      {
        id: fedName,
      },
    );
    expect(service.federation.placement.weights).toEqual([{ cluster: home.name, weight: 2 }]);
    await expect(panel.getByTestId('federation-summary')).not.toHaveText('not placed yet', {
      timeout: 30_000,
    });
    await shot(page, 'federation-panel');

    // The Fleet table: a row for the service, its copy in the home cluster's column turning running.
    await page.goto('/fleet');
    await expectLive(page);
    const row = page.getByTestId('fleet-services').getByRole('row', { name: new RegExp(fedName) });
    await expect(row).toBeVisible();
    await expect(row.getByRole('cell').nth(2)).toHaveText(/^1 \/ 1 \/ \d$/, { timeout: 60_000 });
  });
});
