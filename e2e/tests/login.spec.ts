import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { ADMIN_PASSWORD, ADMIN_USER, API_URL, ARTIFACTS, WEB_PORT } from '../env';
import {
  createWebService,
  expectLive,
  gql,
  removeServices,
  shot,
  signIn,
  uniqueName,
  waitFor,
  waitHealthy,
} from '../helpers';

const SIGNED_OUT = { cookies: [], origins: [] };

test.describe('sign in and out', () => {
  test.use({ storageState: SIGNED_OUT });

  test('works from http://localhost too, though the API is configured as 127.0.0.1 (cookies are per site)', async ({
    page,
  }) => {
    await signIn(page, ADMIN_USER, ADMIN_PASSWORD, '/services', `http://localhost:${WEB_PORT}`);
    expect(new URL(page.url()).hostname).toBe('localhost');
    await expect(page.getByRole('heading', { name: 'Services' })).toBeVisible();
  });

  test('anonymous → /login; wrong password; right one → live dashboard; sign out → /login', async ({
    page,
  }) => {
    // Any page sends a signed-out visitor to the login page, remembering where they were going.
    await page.goto('/services');
    await expect(page).toHaveURL(/\/login\?next=%2Fservices$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

    // Wrong password: a clear error, still on /login, password cleared.
    await page.goto('/login?next=%2Fservices');
    await page.getByLabel('Username').fill(ADMIN_USER);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('login-error')).toContainText('wrong username or password');
    await expect(page.getByRole('alert').filter({ hasText: 'wrong username or password' })).toBeVisible();
    await expect(page).toHaveURL(/\/login\?next=%2Fservices$/);
    await expect(page.getByLabel('Password')).toHaveValue('');
    await shot(page, 'login-error');

    // The right one: back to where the visitor was going, live.
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => u.pathname === '/services');
    await expect(page.getByRole('heading', { name: 'Services' })).toBeVisible();
    await expect(page.getByTestId('current-user')).toHaveText(ADMIN_USER);
    await expect(page.getByTestId('current-role')).toHaveText('ADMIN');
    await expectLive(page);

    // The overview draws live data (the node count from the API, events from the socket).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByTestId('nodes-total')).toHaveText(/^[1-9]\d*$/);
    await expect(page.getByTestId('event-row').first()).toBeVisible();
    await expectLive(page);
    await shot(page, 'signed-in-overview');

    // Sign out: back to /login, and the session is gone (pages and the API refuse it).
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/login');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.goto('/nodes');
    await expect(page).toHaveURL(/\/login\?next=%2Fnodes$/);
    const me = await page.evaluate(async (api) => {
      const r = await fetch(api, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'x-stevedore-csrf': '1' },
        body: JSON.stringify({ query: '{ me { username } services { id } }' }),
      });
      return (await r.json()) as {
        data?: { me: unknown } | null;
        errors?: { path?: string[]; extensions?: { code?: string } }[];
      };
    }, API_URL);
    // `me` says nobody (null); anything else is refused.
    expect(me.data?.me ?? null).toBeNull();
    expect(me.errors?.find((e) => e.path?.[0] === 'services')?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a sign-in typed and submitted before the page has hydrated is not lost, nor sent in the address bar', async ({
    page,
  }) => {
    const urls: string[] = [];
    page.on('framenavigated', (f) => urls.push(f.url()));
    // The page's scripts arrive late (a busy machine), so the form is on screen before React runs.
    let release = () => undefined as void;
    const scriptsHeld = new Promise<void>((r) => (release = r));
    await page.route('**/_next/static/chunks/**', async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto('/login?next=%2Fservices', { waitUntil: 'commit' });
    await page.getByLabel('Username').fill(ADMIN_USER);
    await page.getByLabel('Password').fill('not-the-password');
    // Enter before React runs: the browser would submit the form itself, as a GET of /login.
    await page.getByLabel('Password').press('Enter');
    release();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('login-error')).toContainText('wrong username or password');
    await expect(page).toHaveURL(/\/login\?next=%2Fservices$/);
    expect(urls.filter((u) => u.includes('password'))).toEqual([]);
  });

  test('sign out leaves the page once, though the closed socket also leads to /login', async ({ page }) => {
    await signIn(page, ADMIN_USER, ADMIN_PASSWORD, '/services');
    // The socket the server closes (4403) makes the page ask who it is, then go to /login. Hold
    // that question until sign-out's own navigation has started, so both want to leave at once.
    const loginLoads: string[] = [];
    const aborted: string[] = [];
    let leaving = () => undefined as void;
    const started = new Promise<void>((r) => (leaving = r));
    page.on('request', (r) => {
      if (r.isNavigationRequest() && new URL(r.url()).pathname === '/login') {
        loginLoads.push(r.url());
        leaving();
      }
    });
    page.on('requestfailed', (r) => {
      if (r.isNavigationRequest()) aborted.push(`${r.url()} ${r.failure()?.errorText}`);
    });
    await page.route(API_URL, async (route) => {
      if (/query Session\b/.test(route.request().postData() ?? '')) await started;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/login');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect(aborted).toEqual([]);
    expect(loginLoads).toEqual([`${new URL(page.url()).origin}/login`]);
  });

  test('login page and header in both themes', async ({ browser }) => {
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme: scheme, storageState: SIGNED_OUT });
      const page = await ctx.newPage();
      await page.goto('/login');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.getByLabel('Username')).toBeFocused();
      await shot(page, `login-${scheme}`);
      await signIn(page, ADMIN_USER, ADMIN_PASSWORD);
      await page.locator('header.topbar').screenshot({ path: path.join(ARTIFACTS, `header-${scheme}.png`) });
      await shot(page, `overview-signed-in-${scheme}`);
      await ctx.close();
    }
  });
});

/** What the admin can do and the viewer cannot, page by page. */
async function expectControls(page: Page, serviceId: string, shown: boolean, tag: string): Promise<void> {
  const n = shown ? 1 : 0;
  const nav = page.getByRole('navigation', { name: 'Main' });

  await page.goto('/services');
  await expect(page.getByTestId('service-row').first()).toBeVisible();
  await expect(page.getByTestId('deploy-link')).toHaveCount(n);
  await expect(nav.getByRole('link', { name: 'Deploy' })).toHaveCount(n);
  await expect(nav.getByRole('link', { name: 'Access' })).toHaveCount(n);
  await expect(nav.getByRole('link', { name: 'Audit' })).toHaveCount(1);
  await shot(page, `roles-${tag}-services`);

  await page.goto(`/services/${serviceId}`);
  await expect(page.getByTestId('task-row').first()).toBeVisible();
  await expect(page.getByTestId('revision')).toHaveCount(2);
  await expect(page.getByTestId('scale-apply')).toHaveCount(n);
  await expect(page.getByTestId('scale-input')).toHaveCount(n);
  await expect(page.getByTestId('tab-update')).toHaveCount(n);
  await expect(page.getByTestId('remove-service')).toHaveCount(n);
  await expect(page.getByTestId('rollback-1')).toHaveCount(n);
  await shot(page, `roles-${tag}-service-detail`);

  await page.goto('/nodes');
  const card = page.locator('[data-testid=node-card][data-node="local"]');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('avail-drain-local')).toHaveCount(n);
  await expect(card.getByTestId('avail-pause-local')).toHaveCount(n);
  await expect(card.getByRole('button', { name: 'edit' })).toHaveCount(n);
  await shot(page, `roles-${tag}-nodes`);

  await page.goto('/containers');
  await expect(page.getByTestId('container-row').first()).toBeVisible();
  for (const id of ['ct-stop', 'ct-restart', 'ct-remove'])
    if (shown) await expect(page.getByTestId(id).first()).toBeAttached();
    else await expect(page.getByTestId(id)).toHaveCount(0);
  if (!shown) await expect(page.getByTestId('ct-start')).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Actions' })).toHaveCount(n);
  await shot(page, `roles-${tag}-containers`);
}

test.describe('roles in the dashboard', () => {
  const svc = uniqueName('roles');
  const viewer = uniqueName('viewer');
  const viewerPassword = 'viewer-password-1';
  let id = '';
  let userId = '';

  test.beforeAll(async () => {
    const u = await gql<{ createUser: { id: string } }>(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { username: viewer, password: viewerPassword, roles: [{ environment: '*', role: 'VIEWER' }] } },
    );
    userId = u.createUser.id;
    id = await createWebService(svc, { replicas: 1 });
    await waitHealthy(id, 1, 90_000);
    // A second revision, so revision 1 can be rolled back to; scaling replaces nothing.
    await gql('mutation($id: ID!) { scaleService(id: $id, replicas: 2) { id } }', { id });
    await waitHealthy(id, 2, 90_000);
    await waitFor('its containers on the containers list', async () => {
      const d = await gql<{ containers: { items: { id: string }[] } }>(
        'query($s: String) { containers(filter: { service: $s }) { items { id } } }',
        { s: id },
      );
      return d.containers.items.length >= 2;
    });
  });

  test.afterAll(async () => {
    await removeServices(id);
    if (userId)
      await gql('mutation($id: ID!) { removeUser(id: $id) { id } }', { id: userId }).catch((e) =>
        console.warn(String(e)),
      );
  });

  test('an admin sees deploy, scale, rollback, drain and container actions', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('current-role')).toHaveText('ADMIN');
    await expectControls(page, id, true, 'admin');
  });

  test('a viewer sees the same pages without any of them', async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: SIGNED_OUT });
    const page = await ctx.newPage();
    await signIn(page, viewer, viewerPassword);
    await expect(page.getByTestId('current-role')).toHaveText('VIEWER');
    await page.locator('header.topbar').screenshot({ path: path.join(ARTIFACTS, 'header-viewer.png') });
    await expectControls(page, id, false, 'viewer');

    // Straight to the deploy page: told why, no form.
    await page.goto('/services/new');
    await expect(page.getByTestId('deploy-forbidden')).toContainText('OPERATOR');
    await expect(page.getByRole('button', { name: 'Deploy' })).toHaveCount(0);

    // And the server agrees: a mutation with the viewer's session is refused.
    const r = await page.evaluate(
      async ([api, sid]) => {
        const res = await fetch(api!, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json', 'x-stevedore-csrf': '1' },
          body: JSON.stringify({
            query: 'mutation($id: ID!) { scaleService(id: $id, replicas: 3) { id } }',
            variables: { id: sid },
          }),
        });
        return (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      },
      [API_URL, id],
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ctx.close();
  });
});
