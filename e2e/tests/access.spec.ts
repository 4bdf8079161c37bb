import { expect, test, type Browser, type Page } from '@playwright/test';
import { ADMIN_STATE, ADMIN_USER } from '../env';
import { expectLive, gql, removeServices, shot, signIn, uniqueName, waitFor } from '../helpers';

const PASSWORD = 'a-long-enough-password';

/**
 * The access-control pages and the audit log, signed in as the admin: a user, a token shown once
 * and revoked, a secret whose value never reaches the page, quota bars, and the audit log showing
 * all of it, with an action made through the API arriving live.
 */
test.describe('access control and audit', () => {
  // Each step builds on the ones before (the audit test looks for their actions).
  test.describe.configure({ mode: 'serial' });
  const user = uniqueName('user');
  const tokenName = uniqueName('token');
  const secret = uniqueName('secret');
  const secretValue = `v4lue-${Date.now().toString(36)}-do-not-show`;
  const rotatedValue = `r0tated-${Date.now().toString(36)}-do-not-show`;
  const service = uniqueName('uses-secret');
  let tokenValue = '';

  test.afterAll(async () => {
    await removeServices(service);
    for (const name of [secret, `${secret}-api`])
      await gql('mutation($n: String!) { removeSecret(environment: "default", name: $n) { name } }', {
        n: name,
      }).catch(() => undefined);
    await gql('mutation { setQuota(environment: "default", quota: {}) { id } }').catch(() => undefined);
    const u = await gql<{ users: { id: string; username: string }[] }>('{ users { id username } }');
    const id = u.users.find((x) => x.username === user)?.id;
    if (id) await gql('mutation($id: ID!) { removeUser(id: $id) { id } }', { id }).catch(() => undefined);
  });

  test('overview shows who is signed in and their roles', async ({ page }) => {
    await page.goto('/access');
    await expect(page.getByTestId('access-me')).toContainText(ADMIN_USER);
    await expect(page.getByTestId('my-roles')).toContainText('admin');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Access' }),
    ).toHaveAttribute('aria-current', 'page');
    await shot(page, 'access-overview');
  });

  test('create a user through the form; it is listed with its role; a bad one shows the server error', async ({
    page,
  }) => {
    await page.goto('/access/users');
    const form = page.getByTestId('user-form');
    // A password the server refuses is named beside its field.
    await form.getByLabel('Username').fill(user);
    await form.getByLabel('Password').fill('short');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByTestId('error-user-password')).toContainText('8 characters');

    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByLabel('Role 1', { exact: true }).selectOption('OPERATOR');
    await form.getByRole('button', { name: 'Create user' }).click();
    const row = page.locator(`[data-testid=user-row][data-name="${user}"]`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('user-role')).toHaveText('default: operator');
    await expect(row.getByTestId('user-status')).toHaveText('active');
    await expect(form.getByLabel('Username')).toHaveValue('');
    await expect(
      page.locator(`[data-testid=binding-row][data-user="${user}"][data-env="default"]`),
    ).toBeVisible();

    // The same name again: the server's conflict lands on the username field.
    await form.getByLabel('Username').fill(user);
    await form.getByLabel('Password').fill('a-long-enough-password');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByTestId('error-user-username')).toContainText('already exists');
    await form.getByLabel('Username').fill('');
    await form.getByLabel('Password').fill('');
    await shot(page, 'access-users');
  });

  test('an OPERATOR sees no ADMIN controls, and a FORBIDDEN answer is shown plainly', async ({ browser }) => {
    // A second environment, where the OPERATOR has no role.
    const other = uniqueName('env');
    await gql('mutation($n: String!) { createEnvironment(input: { name: $n }) { id } }', { n: other });
    const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await ctx.newPage();
    try {
      await signIn(page, user, PASSWORD);
      await page.goto('/access/users');
      await expect(page.getByText('ADMIN only')).toBeVisible();
      await expect(page.getByTestId('user-form')).toHaveCount(0);

      await page.goto('/access/environments');
      await expect(page.getByTestId('quota-bars').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Edit quota' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'New environment' })).toHaveCount(0);

      // OPERATOR may manage secrets of the environment, and own tokens.
      await page.goto('/access/secrets');
      await expect(page.getByTestId('secret-form')).toBeVisible();
      await page.goto('/access/tokens');
      await expect(page.getByRole('heading', { name: 'Your API tokens' })).toBeVisible();
      await expect(page.getByRole('option', { name: 'ADMIN' })).toBeDisabled();
      // A token for every environment would be stronger than its owner: the server says no.
      const form = page.getByTestId('token-form');
      await form.getByLabel('Name').fill(`${tokenName}-op`);
      await form.getByLabel('Role').selectOption('OPERATOR');
      await form.getByLabel('* every environment').check();
      await form.getByRole('button', { name: 'Create token' }).click();
      await expect(form.getByRole('alert').first()).toContainText('Not allowed (FORBIDDEN)');
      await expect(form.getByTestId('error-tok-envs')).toContainText('needs that role everywhere');
      await expect(page.getByTestId('token-once')).toHaveCount(0);
      await shot(page, 'access-operator-forbidden');

      await page.goto('/audit');
      await expect(page.getByRole('alert').filter({ hasText: 'FORBIDDEN' }).first()).toBeVisible();
    } finally {
      await ctx.close();
      await gql('mutation($n: String!) { removeEnvironment(name: $n) { id } }', { n: other });
    }
  });

  test('a token is shown once, works, is gone after reload, and is revoked', async ({ page }) => {
    await page.goto('/access/tokens');
    const form = page.getByTestId('token-form');
    await form.getByLabel('Name').fill(tokenName);
    await form.getByLabel('Role').selectOption('OPERATOR');
    await form.getByLabel('Expires').selectOption('30');
    await form.getByRole('button', { name: 'Create token' }).click();

    const once = page.getByTestId('token-once');
    await expect(once).toBeVisible();
    await expect(once).toContainText('will not be shown again');
    tokenValue = await page.getByTestId('token-value').inputValue();
    expect(tokenValue.length).toBeGreaterThan(20);
    // It is a real credential, with the scope chosen.
    const me = await gql<{ me: { tokenName: string; roles: { environment: string; role: string }[] } }>(
      '{ me { tokenName roles { environment role } } }',
      {},
      tokenValue,
    );
    expect(me.me.tokenName).toBe(tokenName);
    expect(me.me.roles).toEqual([{ environment: 'default', role: 'OPERATOR' }]);

    const row = page.locator(`[data-testid=token-row][data-name="${tokenName}"]`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('token-state')).toHaveText('active');
    await shot(page, 'access-token-once');

    // Reloaded: the value is nowhere on the page any more; the token is still listed.
    await page.reload();
    await expect(row).toBeVisible();
    await expect(page.getByTestId('token-once')).toHaveCount(0);
    expect(await page.content()).not.toContain(tokenValue);

    await row.getByRole('button', { name: 'Revoke' }).click();
    await page
      .getByRole('dialog', { name: `Revoke ${tokenName}?` })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await expect(row.getByTestId('token-state')).toHaveText('revoked');
    await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
    // Revoked: the API no longer knows it (me is null, anything else is refused).
    expect((await gql<{ me: unknown }>('{ me { username } }', {}, tokenValue)).me).toBeNull();
    await expect(gql('{ environments { id } }', {}, tokenValue)).rejects.toThrow(
      /sign in|UNAUTHENTICATED|credential/i,
    );
    await shot(page, 'access-tokens');
  });

  test('a secret: created, rotated, its value never on the page; removal refused while used', async ({
    page,
  }) => {
    await page.goto('/access/secrets');
    const form = page.getByTestId('secret-form');
    await form.getByLabel('Name').fill(secret);
    await form.getByLabel('Value').fill(secretValue);
    // Masked as it is typed (a password-like textarea).
    await expect(form.getByLabel('Value')).toHaveAttribute('data-masked', 'true');
    await form.getByRole('button', { name: 'Create secret' }).click();
    const row = page.locator(`[data-testid=secret-row][data-name="${secret}"]`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('secret-version')).toHaveText('v1');
    await expect(form.getByLabel('Value')).toHaveValue('');

    const nowhere = async (v: string) => {
      expect(await page.content()).not.toContain(v);
      const values = await page
        .locator('input, textarea')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(values).not.toContain(v);
    };
    await nowhere(secretValue);
    await page.reload();
    await expect(row).toBeVisible();
    await nowhere(secretValue);

    await row.getByRole('button', { name: 'Rotate…' }).click();
    const dialog = page.getByRole('dialog', { name: `Rotate ${secret}` });
    await dialog.getByLabel('New value').fill(rotatedValue);
    await dialog.getByRole('button', { name: 'Rotate' }).click();
    await expect(row.getByTestId('secret-version')).toHaveText('v2');
    await nowhere(rotatedValue);
    await nowhere(secretValue);

    // A service refers to it: the server refuses the removal, and the page says why.
    await gql('mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }', {
      s: {
        name: service,
        image: 'local/busybox:1',
        command: ['sleep', '3600'],
        replicas: 1,
        secrets: [{ name: secret }],
      },
    });
    await expect(row).toContainText(service);
    await row.getByRole('button', { name: 'Remove' }).click();
    await page
      .getByRole('dialog', { name: `Remove ${secret}?` })
      .getByRole('button', { name: 'Remove' })
      .click();
    await expect(page.getByTestId('secret-error')).toContainText(service);
    await expect(row).toBeVisible();
    await shot(page, 'access-secrets');
  });

  test('quota use bars render; an ADMIN edits the quota and the bars follow', async ({ page }) => {
    await page.goto('/access/environments');
    const card = page.locator('[data-testid=env-card][data-env="default"]');
    await expect(card).toBeVisible();
    const bars = card.getByTestId('quota-bars');
    for (const k of ['cpu', 'memory', 'services', 'containers'])
      await expect(bars.getByTestId(`quota-${k}`)).toBeVisible();
    await expect(bars.getByRole('meter')).toHaveCount(4);
    await expect(card.getByTestId('env-policy')).toContainText('run privileged');

    await card.getByRole('button', { name: 'Edit quota' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quota of default' });
    await dialog.getByLabel('Memory').fill('not-a-size');
    await dialog.getByRole('button', { name: 'Save quota' }).click();
    await expect(dialog.getByTestId('error-q-mem')).toBeVisible();
    await dialog.getByLabel('Memory').fill('64g');
    await dialog.getByLabel('CPUs').fill('64');
    await dialog.getByLabel('Services').fill('100');
    await dialog.getByLabel('Containers').fill('200');
    await dialog.getByRole('button', { name: 'Save quota' }).click();
    await expect(dialog).toBeHidden();
    await expect(bars.getByTestId('quota-services')).toHaveAttribute('data-max', '100');
    await expect(bars.getByTestId('quota-cpu')).toHaveAttribute('data-max', '64');
    const used = Number(await bars.getByTestId('quota-services').getAttribute('data-used'));
    expect(used).toBeGreaterThanOrEqual(1); // the service of the secret test

    // Near the limit the bar turns red.
    await gql('mutation($n: Int!) { setQuota(environment: "default", quota: { maxServices: $n }) { id } }', {
      n: used,
    });
    await page.reload();
    await expect(bars.getByTestId('quota-services')).toHaveAttribute('data-level', 'bad');
    await expect(bars.getByTestId('quota-cpu')).toHaveAttribute('data-level', 'none');
    await expect(card.getByTestId('env-policy')).toBeVisible();
    await shot(page, 'access-environments');
    await gql('mutation { setQuota(environment: "default", quota: {}) { id } }');
  });

  test('the audit log shows those actions, and a new one arrives live', async ({ page }) => {
    await page.goto('/audit');
    await expectLive(page);
    const rows = page.getByTestId('audit-row');
    const row = (action: string, extra = '') =>
      page.locator(`[data-testid=audit-row][data-action="${action}"]${extra}`);
    await expect(row('createUser').filter({ hasText: user }).first()).toBeVisible();
    await expect(row('createApiToken').filter({ hasText: tokenName }).first()).toBeVisible();
    await expect(row('revokeApiToken').first()).toBeVisible();
    await expect(row('createSecret', '[data-outcome=ok]').filter({ hasText: secret }).first()).toBeVisible();
    // The refused removal is there, in red, with its code.
    await expect(
      row('removeSecret', '[data-outcome=error]')
        .filter({ hasText: secret })
        .first()
        .getByTestId('audit-outcome'),
    ).toHaveText('CONFLICT');
    // Secret values never reach the log either.
    expect(await page.content()).not.toContain(secretValue);
    await expect(page.getByTestId('audit-chart')).toBeVisible();
    const before = await rows.count();

    // A change through the API (the admin's token) appears without a reload, highlighted.
    await gql(
      'mutation($n: String!, $v: String!) { createSecret(environment: "default", name: $n, value: $v) { name } }',
      {
        n: `${secret}-api`,
        v: 'from-the-api',
      },
    );
    const live = row('createSecret', '[data-live=true]').filter({ hasText: `${secret}-api` });
    await expect(live).toBeVisible();
    await expect(rows).toHaveCount(before + 1);
    // And a refused one, in red.
    await gql('mutation { removeSecret(environment: "default", name: "no-such-secret") { name } }').catch(
      () => undefined,
    );
    // A refused one comes through the stream too (which resumed after the first page: no gap).
    await expect(
      row('removeSecret', '[data-live=true][data-via=stream][data-outcome=error]').first(),
    ).toBeVisible({
      timeout: 5000,
    });
    await expect(page.getByTestId('audit-chart-total')).not.toHaveText('0 in all');
    await expect(page.getByTestId('audit-chart').locator('canvas')).toHaveCount(1);
    await shot(page, 'audit');

    // Filters: by action and outcome (URL-driven), live rows still filtered.
    await page.getByLabel('Outcome', { exact: true }).selectOption('error');
    await expect(page).toHaveURL(/outcome=error/);
    await expect(page.locator('[data-testid=audit-row][data-outcome=ok]')).toHaveCount(0);
    await expect(row('removeSecret').first()).toBeVisible();
    await page.getByLabel('Action', { exact: true }).fill('createSecret');
    await page.getByLabel('Action', { exact: true }).press('Enter');
    await expect(page).toHaveURL(/action=createSecret/);
    await expect(page.getByText('Nothing in the audit log matches')).toBeVisible();
    await page.getByLabel('Outcome', { exact: true }).selectOption('');
    await expect(row('createSecret').first()).toBeVisible();
    await expect(page.locator('[data-testid=audit-row]:not([data-action=createSecret])')).toHaveCount(0);
  });

  test('dark theme and phone layout of the access and audit pages', async ({ browser }) => {
    await views(browser, 'dark', { width: 1280, height: 900 });
    await views(browser, 'phone', { width: 390, height: 844 });
  });
});

async function views(browser: Browser, tag: 'dark' | 'phone', viewport: { width: number; height: number }) {
  const ctx = await browser.newContext({
    storageState: ADMIN_STATE,
    colorScheme: tag === 'dark' ? 'dark' : 'light',
    viewport,
    ...(tag === 'phone' ? { isMobile: true, hasTouch: true } : {}),
  });
  const page: Page = await ctx.newPage();
  try {
    for (const [path, ready, file] of [
      ['/access/users', 'users-table', 'users'],
      ['/access/tokens', 'tokens-table', 'tokens'],
      ['/access/environments', 'quota-bars', 'environments'],
      ['/access/secrets', 'secret-form', 'secrets'],
      ['/audit', 'audit-table', 'audit'],
    ] as const) {
      await page.goto(path);
      if (tag === 'dark') await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByTestId(ready).first()).toBeVisible();
      await waitFor('the page settles', async () => (await page.getByLabel('Loading').count()) === 0, 10_000);
      if (path === '/audit') await expect(page.getByTestId('audit-chart').locator('canvas')).toHaveCount(1);
      if (tag === 'phone') {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
      }
      await shot(page, `access-${file}-${tag}`);
    }
  } finally {
    await ctx.close();
  }
}
