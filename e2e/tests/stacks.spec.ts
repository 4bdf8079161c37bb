import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { docker, gql, HEALTH, shot, signIn, uniqueName } from '../helpers';

/**
 * A compose file through the stack pages, on the real engine: paste, plan, deploy, watch the
 * services go healthy, edit, see the diff, redeploy (only the changed service rolls), remove.
 */
const file = (replicas: number, greeting: string) => `services:
  web:
    image: \${WEB_IMAGE}
    stdin_open: true
    environment:
      GREETING: ${greeting}
    deploy:
      replicas: ${replicas}
    healthcheck:
      test: ["CMD-SHELL", "${HEALTH}"]
      interval: 1s
      retries: 3
  worker:
    image: local/busybox:1
    command: ["sleep", "3600"]
    volumes:
      - data:/data
volumes:
  data: {}
`;

type StackService = NonNullable<StackRow['stack']>['services'][number];
interface StackRow {
  stack: {
    status: string;
    volumes: string[];
    services: {
      name: string;
      image: string;
      revision: number;
      status: string;
      desiredReplicas: number;
      healthyReplicas: number;
      tasks: { containerId: string | null; state: string; desiredState: string; revision: number }[];
    }[];
  } | null;
}
const stackNow = (name: string) =>
  gql<StackRow>(
    `query($name: String!) { stack(name: $name) { status volumes services { name image revision status desiredReplicas healthyReplicas tasks { containerId state desiredState revision } } } }`,
    { name },
  );
/** Container ids of the running tasks of a service's current revision, sorted. */
const runningIds = (svc: StackService) =>
  svc.tasks
    .filter((t) => t.state === 'RUNNING' && t.desiredState === 'RUNNING' && t.revision === svc.revision)
    .map((t) => t.containerId)
    .sort();

/** Each service's tasks with their state and reason, for a failure's message. */
const tasksNow = (name: string) =>
  gql(
    `query($name: String!) { stack(name: $name) { services { name status tasks { slot revision state desiredState stateReason } } } }`,
    { name },
  ).catch((e: Error) => e.message);

/** axe's WCAG 2 A/AA violations on the page as it is (pages.spec.ts checks the empty pages). */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Replaces the editor's whole text (CodeMirror takes typed and pasted input, not a value). */
async function setCompose(page: Page, text: string) {
  const editor = page.getByTestId('compose-editor');
  await editor.fill(text);
  await expect(editor).toContainText('worker:');
}

test.describe('stacks', () => {
  const name = uniqueName('stack');

  // A failed run leaves nothing behind: the stack goes with its volume, and the containers
  // are waited for (removal is the reconciler's, after the mutation answers).
  test.afterAll(async () => {
    if (!(await stackNow(name)).stack) return;
    await gql(`mutation($name: String!) { removeStack(name: $name, removeVolumes: true) { name } }`, {
      name,
    });
    await expect
      .poll(async () => docker(1, 'ps', '-aq', '--filter', `label=stevedore.stack=${name}`), {
        timeout: 60_000,
      })
      .toBe('');
  });

  test('paste, plan, deploy, watch healthy, edit, diff, redeploy, remove', async ({ page, browser }) => {
    await page.goto('/stacks');
    await page.getByTestId('new-stack-link').click();
    await expect(page).toHaveURL(/\/stacks\/new$/);
    await page.getByLabel('Stack name').fill(name);
    await setCompose(page, file(2, 'hello'));
    await page.locator('button', { hasText: '+ WEB_IMAGE' }).click();
    await page.getByLabel('variable 1 value').fill('local/webapp:v1');

    // The plan first: everything is created, nothing runs yet.
    await page.getByTestId('plan-stack').click();
    const plan = page.getByTestId('stack-plan');
    await expect(
      plan.getByTestId('plan-create').locator('[data-testid=plan-item][data-kind=service]'),
    ).toHaveCount(2);
    await expect(page.locator('[data-testid=stack-warning][data-path*="stdin_open"]')).toBeVisible();
    expect((await stackNow(name)).stack).toBeNull();
    await shot(page, 'stack-plan-new');

    await page.getByTestId('deploy-stack').click();
    await expect(page).toHaveURL(new RegExp(`/stacks/${name}$`));
    await expect(page.getByTestId('stack-replicas'))
      .toHaveText('3/3 healthy', { timeout: 90_000 })
      .catch(async (err: Error) => {
        throw new Error(`${err.message}\ntasks: ${JSON.stringify(await tasksNow(name))}`);
      });
    await expect(page.getByTestId('stack-status').first()).toHaveText(/healthy/);
    await expect(page.getByTestId('service-row')).toHaveCount(2);
    await shot(page, 'stack-healthy');
    // Settled: every service HEALTHY with no rollout going (a named volume's pin is a revision).
    await expect.poll(async () => (await stackNow(name)).stack?.status, { timeout: 60_000 }).toBe('HEALTHY');
    const before = (await stackNow(name)).stack!;
    const worker = before.services.find((s) => s.image === 'local/busybox:1')!;
    const web = before.services.find((s) => s.name !== worker.name)!;
    const workerIds = runningIds(worker);
    const webIds = runningIds(web);
    expect(workerIds).toHaveLength(1);
    expect(webIds).toHaveLength(2);
    expect(before.volumes.length).toBe(1);

    // Edit: one more web replica and another greeting; the plan shows both field changes and
    // leaves the worker alone.
    await setCompose(page, file(3, 'bonjour'));
    await page.getByLabel('variable 1 value').fill('local/webapp:v1');
    await expect(page.getByTestId('deploy-stack')).toBeDisabled();
    await page.getByTestId('plan-stack').click();
    const update = page.getByTestId('plan-update').locator('[data-testid=plan-item][data-kind=service]');
    await expect(update).toHaveCount(1);
    await expect(update.locator('[data-testid=plan-change][data-field*=replicas]')).toContainText('2');
    await expect(update.locator('[data-testid=plan-change][data-field*=replicas]')).toContainText('3');
    const greeting = update.locator('[data-testid=plan-change]', { hasText: 'GREETING' });
    await expect(greeting).toContainText('hello');
    await expect(greeting).toContainText('bonjour');
    await expect(page.getByTestId('plan-unchanged')).toContainText(worker.name.split(/[._]/).pop()!);
    await shot(page, 'stack-plan-diff');
    // The stack page with its services, warnings and a plan with a diff is axe-clean.
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('deploy-stack').click();
    await expect(page.getByTestId('stack-deployed')).toBeVisible();
    // The web service rolls to its new revision (every replica replaced); the worker keeps its container.
    await expect
      .poll(
        async () => {
          const w = (await stackNow(name)).stack!.services.find((s) => s.name === web.name)!;
          return [w.revision > web.revision, w.status, w.healthyReplicas];
        },
        { timeout: 120_000 },
      )
      .toEqual([true, 'HEALTHY', 3]);
    await expect(page.getByTestId('stack-replicas')).toHaveText('4/4 healthy', { timeout: 30_000 });
    const after = (await stackNow(name)).stack!;
    const webAfter = runningIds(after.services.find((s) => s.name === web.name)!);
    expect(webAfter.filter((id) => webIds.includes(id))).toEqual([]);
    expect(runningIds(after.services.find((s) => s.name === worker.name)!)).toEqual(workerIds);
    await shot(page, 'stack-redeployed');

    // Export: the compose file of what runs, to keep in git.
    await page.getByTestId('export-compose').click();
    const exported = page.getByTestId('stack-export-text');
    await expect(exported).toContainText('local/busybox:1');
    await expect(exported).toContainText('GREETING');
    await expect(page.getByTestId('stack-export-download')).toHaveAttribute(
      'download',
      `${name}.compose.yml`,
    );
    await shot(page, 'stack-export');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('stack-export').getByRole('button', { name: 'Close' }).click();
    await expect(exported).toBeHidden();

    // A VIEWER sees the stack and its file, and no control that changes it.
    const viewer = uniqueName('stackviewer');
    await gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { username: viewer, password: 'viewer-password-1', roles: [{ environment: '*', role: 'VIEWER' }] },
    });
    const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const vp = await ctx.newPage();
      await signIn(vp, viewer, 'viewer-password-1', `/stacks/${name}`);
      await expect(vp.getByTestId('stack-readonly')).toBeVisible();
      await expect(vp.getByTestId('compose-editor')).toContainText('worker:');
      await expect(vp.getByTestId('compose-editor')).toHaveAttribute('contenteditable', 'false');
      await expect(vp.getByTestId('deploy-stack')).toHaveCount(0);
      await expect(vp.getByTestId('remove-stack')).toHaveCount(0);
    } finally {
      await ctx.close();
    }

    // Remove, with the confirmation, and its volume.
    const volumeOn = async () =>
      (await docker(1, 'volume', 'ls', '-q', '--filter', `label=stevedore.stack=${name}`)).trim();
    expect(await volumeOn()).not.toBe('');
    await page.getByTestId('remove-stack').click();
    const dialog = page.getByRole('dialog', { name: `Remove stack ${name}?` });
    await dialog.getByTestId('remove-volumes').check();
    await shot(page, 'stack-remove');
    await dialog.getByRole('button', { name: 'Remove stack' }).click();
    await expect(page).toHaveURL(/\/stacks$/);
    await expect(page.locator(`[data-testid=stack-row][data-name="${name}"]`)).toHaveCount(0);
    await expect.poll(async () => (await stackNow(name)).stack).toBeNull();
    const left = await gql<{ services: { name: string }[] }>('{ services { name } }');
    for (const s of before.services) expect(left.services.map((x) => x.name)).not.toContain(s.name);
    await expect.poll(volumeOn, { timeout: 60_000 }).toBe('');
  });

  test('a bad file is refused with the line, and nothing is created', async ({ page }) => {
    const bad = uniqueName('stackbad');
    await page.goto('/stacks/new');
    await page.getByLabel('Stack name').fill(bad);
    await setCompose(
      page,
      `services:\n  web:\n    image: local/webapp:v1\n    deploy:\n      replicas: many\n  worker:\n    image: local/busybox:1\n`,
    );
    await page.getByTestId('plan-stack').click();
    const err = page.getByTestId('stack-error').first();
    await expect(err).toContainText(/replicas/);
    await expect(err).toHaveAttribute('data-line', '5');
    await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);
    await expect(page.getByTestId('deploy-stack')).toBeDisabled();
    expect((await stackNow(bad)).stack).toBeNull();
    await shot(page, 'stack-error');
  });
});
