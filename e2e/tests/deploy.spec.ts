import { expect, test } from '@playwright/test';
import { createWebService, gql, HEALTH, removeServices, shot, uniqueName } from '../helpers';

test.describe('deploy form', () => {
  const name = uniqueName('deploy');
  const taken = uniqueName('deploy-taken');
  test.afterAll(async () => {
    await removeServices(name, taken);
  });

  test('validates like the server, shows server errors on their field, deploys and goes healthy live', async ({
    page,
  }) => {
    await page.goto('/services/new');
    const form = page.getByRole('form', { name: 'Deploy a service' });
    // A service already holds this name (no tasks): the server's CONFLICT is the last mistake.
    await createWebService(taken, { replicas: 0 });
    await form.getByLabel('Name', { exact: true }).fill(taken);
    await form.getByLabel('Image').fill('Local/WebApp:v1');
    await form.getByRole('button', { name: '+ Add port' }).click();
    await form.getByRole('button', { name: '+ Add port' }).click();
    await form.locator('[data-field="ports[0].containerPort"]').fill('8080');
    await form.locator('[data-field="ports[1].containerPort"]').fill('70000');
    await form.getByRole('button', { name: 'Deploy' }).click();

    // Client-side: the same reasons the server gives, on the same fields.
    await expect(page.getByTestId('error-image')).toContainText('must be lowercase');
    await expect(page.getByTestId('error-ports[1].containerPort')).toContainText('between 1 and 65535');
    await expect(form.locator('[data-field="image"]')).toBeFocused();

    // Fix those; a constraint the server's parser rejects and a host port clash are caught before
    // submitting too: the form runs the server's own rules (@stevedore/spec-rules), which read a
    // port without a host IP as 127.0.0.1.
    await form.getByLabel('Image').fill('local/webapp:v1');
    await form.locator('[data-field="ports[1].containerPort"]').fill('8081');
    await form.locator('[data-field="ports[0].hostPort"]').fill('18080');
    await form.locator('[data-field="ports[0].hostIp"]').fill('127.0.0.1');
    await form.locator('[data-field="ports[1].hostPort"]').fill('18080');
    await form.getByLabel('Constraints').fill('node.role == ');
    await form.getByRole('button', { name: 'Deploy' }).click();
    await expect(page.getByTestId('error-placement.constraints')).toContainText('missing value');
    await expect(page.getByTestId('error-ports[1].hostPort')).toContainText('already published by ports[0]');
    await expect(form.locator('[data-field="ports[1].hostPort"]')).toHaveAttribute('aria-invalid', 'true');

    // Then a mistake only the server catches: the name is taken (CONFLICT, extensions.field: name).
    await form.getByLabel('Constraints').fill('node.role == manager');
    await form.getByRole('button', { name: 'Remove port 2' }).click();
    await form.getByRole('button', { name: 'Deploy' }).click();
    await expect(page.getByTestId('error-name')).toContainText(`a service named "${taken}" already exists`);
    await expect(form.locator('[data-field="name"]')).toBeFocused();
    await expect(form.locator('[data-field="name"]')).toHaveAttribute('aria-invalid', 'true');
    await shot(page, 'deploy-server-error');

    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.locator('[data-field="ports[0].hostPort"]').fill('');
    await form.locator('[data-field="ports[0].hostIp"]').fill('');
    await form.getByLabel('Constraints').fill('node.role == manager');
    await form.locator('[data-field="replicas"]').fill('2');
    await form.getByLabel('Check health').check();
    await form.locator('[data-field="healthCheck.shell"]').fill(HEALTH);
    await form.locator('[data-field="healthCheck.intervalMs"]').fill('1000');
    await form.locator('[data-field="healthCheck.timeoutMs"]').fill('5000');
    await form.getByRole('button', { name: '+ Add variable' }).click();
    await form.getByLabel('variable 1 key').fill('GREETING');
    await form.getByLabel('variable 1 value').fill('hello');
    await form.getByLabel('Memory limit').fill('64m');
    await form.getByRole('button', { name: 'Deploy' }).click();

    // The service page, without reloading: replicas turn healthy as the events arrive.
    await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('count-desired')).toHaveText('2');
    await expect(page.getByTestId('count-healthy')).toHaveText('2', { timeout: 60_000 });
    await expect(page.getByTestId('detail-status')).toHaveText(/healthy/);
    await expect(page.locator('[data-testid=task-row][data-health=HEALTHY]')).toHaveCount(2);
    await shot(page, 'deploy-healthy');

    const d = await gql<{
      service: { spec: { env: { key: string; value: string }[]; limits: { memoryBytes: number } } };
    }>('query($id: ID!) { service(id: $id) { spec { env { key value } limits { memoryBytes } } } }', {
      id: name,
    });
    expect(d.service.spec.env).toContainEqual({ key: 'GREETING', value: 'hello' });
    expect(d.service.spec.limits.memoryBytes).toBe(64 * 1024 * 1024);
  });
});
