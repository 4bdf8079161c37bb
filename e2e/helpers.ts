import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';
import { ADMIN_TOKEN, API_URL, ARTIFACTS, DOCKER, ENGINE } from './env';

const run = promisify(execFile);

/** One GraphQL operation against the e2e API, as the admin (API token), unless `token` says otherwise. */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token: string = ADMIN_TOKEN,
): Promise<T> {
  const res = await fetch(API_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export async function docker(node: number, ...args: string[]): Promise<string> {
  const { stdout } = await run(DOCKER, ['-H', `unix://${ENGINE(node)}`, ...args], { timeout: 30_000 });
  return stdout.trim();
}

/** A name no earlier run used: e2e-<what>-<base36 time>. */
export const uniqueName = (what: string) => `e2e-${what}-${Date.now().toString(36)}`;

/** A port nothing listens on now (for an ingress: it listens on 127.0.0.1). */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export const HEALTH = 'wget -q -O /dev/null http://127.0.0.1:8080/health';

export interface ServiceRow {
  id: string;
  name: string;
  status: string;
  desiredReplicas: number;
  runningReplicas: number;
  healthyReplicas: number;
  tasks: {
    id: string;
    state: string;
    desiredState: string;
    nodeName: string | null;
    containerId: string | null;
    health: string;
  }[];
}

export async function createWebService(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const spec = {
    name,
    image: 'local/webapp:v1',
    replicas: 2,
    ports: [{ containerPort: 8080 }],
    // Tolerant of a loaded machine: a probe may take seconds when every core is busy.
    healthCheck: { shell: HEALTH, intervalMs: 1000, timeoutMs: 5000, retries: 3, startPeriodMs: 3000 },
    update: { parallelism: 1, monitorMs: 2000, failureAction: 'ROLLBACK', maxFailureRatio: 0 },
    rollback: { parallelism: 2, monitorMs: 1000 },
    restartPolicy: { delayMs: 200 },
    ...extra,
  };
  const d = await gql<{ createService: { id: string } }>(
    'mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }',
    { s: spec },
  );
  return d.createService.id;
}

export async function getService(id: string): Promise<ServiceRow | null> {
  const d = await gql<{ service: ServiceRow | null }>(
    `query($id: ID!) { service(id: $id) { id name status desiredReplicas runningReplicas healthyReplicas
      tasks { id state desiredState nodeName containerId health } } }`,
    { id },
  );
  return d.service;
}

export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | null | undefined | false>,
  timeoutMs = 60_000,
  everyMs = 300,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export async function waitHealthy(id: string, n: number, timeoutMs = 60_000): Promise<ServiceRow> {
  return waitFor(
    `${n} healthy replicas`,
    async () => {
      const s = await getService(id);
      return s && s.healthyReplicas === n && s.runningReplicas === n ? s : null;
    },
    timeoutMs,
  );
}

/** Removes services (by id or name) and waits until their containers are gone. */
export async function removeServices(...refs: string[]): Promise<void> {
  const ids: string[] = [];
  for (const ref of refs) {
    const d = await gql<{ service: { id: string } | null }>('query($id: ID!) { service(id: $id) { id } }', {
      id: ref,
    }).catch(() => null);
    if (d?.service) ids.push(d.service.id);
  }
  for (const id of ids) {
    try {
      await gql('mutation($id: ID!) { removeService(id: $id) { id } }', { id });
    } catch (e) {
      if (!/not found/i.test(String(e))) console.warn(`cleanup of ${id}: ${String(e)}`);
    }
  }
  for (const id of ids) {
    await waitFor(
      `containers of ${id} removed`,
      async () => {
        const d = await gql<{ containers: { items: { id: string }[] } }>(
          'query($s: String) { containers(filter: { service: $s }) { items { id } } }',
          { s: id },
        );
        return d.containers.items.length === 0;
      },
      60_000,
      500,
    ).catch((e) => console.warn(String(e)));
  }
}

export async function shot(page: Page, name: string): Promise<void> {
  // Sticky header and sidebar sit where the page is scrolled to: capture from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The page's live link is up (graphql-ws acknowledged). */
export async function expectLive(page: Page): Promise<void> {
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
}

/**
 * Records every value a test-id'd element shows (MutationObserver in the page), so a brief dip
 * between two polls of the test is not missed.
 */
export async function recordValues(page: Page, testId: string): Promise<void> {
  await page.evaluate((id) => {
    const w = window as unknown as { __seen?: Record<string, string[]> };
    w.__seen ??= {};
    const seen: string[] = (w.__seen[id] = []);
    const el = document.querySelector(`[data-testid="${id}"]`);
    if (!el) throw new Error(`no ${id}`);
    seen.push(el.textContent ?? '');
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  }, testId);
}

export async function seenValues(page: Page, testId: string): Promise<string[]> {
  return page.evaluate(
    (id) => (window as unknown as { __seen: Record<string, string[]> }).__seen[id] ?? [],
    testId,
  );
}

/** Signs in through the real /login page and waits for the dashboard to be live. */
export async function signIn(
  page: Page,
  username: string,
  password: string,
  next = '/',
  origin = '',
): Promise<void> {
  await page.goto(`${origin}${next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`}`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => u.pathname !== '/login');
  await expect(page.getByTestId('current-user')).toHaveText(username);
  await expectLive(page);
}

/** axe's WCAG 2 A and AA violations on the page (or the part `include` selects), one line each. */
export async function axeViolations(page: Page, where: string, include?: string): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  if (include) axe = axe.include(include);
  const { violations } = await axe.analyze();
  return violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}
