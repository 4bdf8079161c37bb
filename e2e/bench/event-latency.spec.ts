import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS } from '../env';
import { docker, gql, waitFor } from '../helpers';

/**
 * 1. Event latency: engine event → its row on the Events page, measured in the browser. Each
 *    row carries the event's time; a MutationObserver stamps the moment the row is inserted
 *    (performance.timeOrigin + performance.now(), same clock as the server: one machine).
 * 2. Overview load with 200 containers in 50 services.
 */

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const summary = (xs: number[]) => ({
  n: xs.length,
  p50: +pct(xs, 50).toFixed(1),
  p90: +pct(xs, 90).toFixed(1),
  p99: +pct(xs, 99).toFixed(1),
  max: +Math.max(...xs).toFixed(1),
});
const results: Record<string, unknown> = {};

test.afterAll(() => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'bench.json'), JSON.stringify(results, null, 2));
  console.log('\nBENCH', JSON.stringify(results, null, 2));
});

async function observeRows(page: Page, prefix: string): Promise<void> {
  await page.evaluate((pfx) => {
    const w = window as unknown as { __lat: { kind: string; ms: number }[] };
    w.__lat = [];
    const seen = new Set<string>(); // a row counts once, when first inserted
    const list = document.querySelector('[data-testid=events-list]')!;
    new MutationObserver((muts) => {
      const now = performance.timeOrigin + performance.now();
      for (const m of muts)
        for (const n of m.addedNodes) {
          const el = n as HTMLElement;
          if (el.nodeType !== 1 || el.dataset.testid !== 'event-row' || !el.textContent?.includes(pfx))
            continue;
          if (seen.has(el.dataset.cursor ?? '')) continue;
          seen.add(el.dataset.cursor ?? '');
          w.__lat.push({ kind: el.dataset.kind ?? '', ms: now - Date.parse(el.dataset.time ?? '') });
        }
    }).observe(list, { childList: true });
  }, prefix);
}

test('event latency: engine event to row on the Events page', async ({ page }) => {
  const prefix = `bench-lat-${Date.now().toString(36)}`;
  const N = 25; // 25 × (created, started, killed, died) = 100 events
  await page.goto('/events');
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('events-list')).toBeVisible();
  await observeRows(page, prefix);
  const ids: string[] = [];
  try {
    for (let i = 0; i < N; i++) {
      // The engine is shared and busy: retry a start that hangs up (bounded).
      const d = await waitFor(
        `container ${i}`,
        () =>
          gql<{ runContainer: { id: string } }>(
            'mutation($i: RunContainerInput!) { runContainer(input: $i) { id } }',
            {
              i: { name: `${prefix}-${i}`, image: 'local/busybox:1', command: ['sleep', '300'] },
            },
          ).catch(async (e) => {
            await gql('mutation($id: ID!) { removeContainer(id: $id, force: true) }', {
              id: `${prefix}-${i}`,
            }).catch(() => undefined);
            throw e;
          }),
        60_000,
        1000,
      );
      ids.push(d.runContainer.id);
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const id of ids) {
      await docker(1, 'kill', id);
      await new Promise((r) => setTimeout(r, 100));
    }
    await waitFor(
      '100 rows',
      async () =>
        (await page.evaluate(() => (window as unknown as { __lat: unknown[] }).__lat.length)) >= 4 * N,
      60_000,
      250,
    ).catch(() => null);
    const lat = await page.evaluate(
      () => (window as unknown as { __lat: { kind: string; ms: number }[] }).__lat,
    );
    const all = lat.map((l) => l.ms);
    const byKind: Record<string, unknown> = {};
    for (const k of [...new Set(lat.map((l) => l.kind))])
      byKind[k] = summary(lat.filter((l) => l.kind === k).map((l) => l.ms));
    results.eventLatencyMs = { ...summary(all), byKind };
    console.log(
      `event → row latency over ${all.length} events: p50 ${pct(all, 50).toFixed(1)} ms, p99 ${pct(all, 99).toFixed(1)} ms`,
    );
    expect(all.length).toBeGreaterThanOrEqual(4 * N * 0.9);
  } finally {
    for (const id of ids)
      await gql('mutation($id: ID!) { removeContainer(id: $id, force: true) }', { id }).catch(
        () => undefined,
      );
  }
});

test('overview page load with 200 containers and 50 services', async ({ browser }) => {
  const prefix = `bench-load-${Date.now().toString(36)}`;
  const SERVICES = 50;
  const REPLICAS = 4;
  const ids: string[] = [];
  try {
    const t0 = Date.now();
    for (let i = 0; i < SERVICES; i++) {
      const d = await gql<{ createService: { id: string } }>(
        'mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }',
        {
          s: {
            name: `${prefix}-${i}`,
            image: 'local/busybox:1',
            command: ['sleep', '300'],
            replicas: REPLICAS,
            stopTimeoutSec: 0,
          },
        },
      );
      ids.push(d.createService.id);
    }
    await waitFor(
      `${SERVICES * REPLICAS} running`,
      async () => {
        const d = await gql<{ services: { name: string; runningReplicas: number }[] }>(
          '{ services { name runningReplicas } }',
        );
        const running = d.services
          .filter((s) => s.name.startsWith(prefix))
          .reduce((a, s) => a + s.runningReplicas, 0);
        return running >= SERVICES * REPLICAS;
      },
      12 * 60_000,
      2000,
    );
    results.setupSeconds = Math.round((Date.now() - t0) / 1000);
    const runs: Record<string, number[]> = { ttfb: [], domContentLoaded: [], load: [], dataVisible: [] };
    const pages: Record<string, number[]> = {};
    for (let i = 0; i < 6; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto('/', { waitUntil: 'load' });
      await page.waitForFunction((n) => {
        const v = document.querySelector('[data-testid=svc-healthy]')?.textContent ?? '';
        return parseInt(v, 10) >= n;
      }, SERVICES);
      const m = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          ttfb: nav.responseStart,
          domContentLoaded: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd,
          dataVisible: performance.now(),
        };
      });
      if (i > 0) for (const k of Object.keys(runs)) runs[k]!.push(m[k as keyof typeof m]); // first run warms Next's caches
      for (const [p, sel] of [
        ['/services', '[data-testid=service-row]'],
        ['/containers', '[data-testid=container-row]'],
      ] as const) {
        const s = performance.now();
        await page.goto(p, { waitUntil: 'load' });
        await page.waitForFunction(([q, n]) => document.querySelectorAll(q).length >= n, [
          sel,
          p === '/services' ? SERVICES : SERVICES * REPLICAS,
        ] as const);
        if (i > 0) (pages[p] ??= []).push(performance.now() - s);
      }
      await ctx.close();
    }
    results.overviewLoadMs = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summary(v)]));
    results.otherPagesMs = Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, summary(v)]));
    const ov = runs.dataVisible!;
    console.log(
      `overview with ${SERVICES * REPLICAS} containers / ${SERVICES} services: data visible p50 ${pct(ov, 50).toFixed(0)} ms (TTFB p50 ${pct(runs.ttfb!, 50).toFixed(0)} ms, DCL p50 ${pct(runs.domContentLoaded!, 50).toFixed(0)} ms)`,
    );
  } finally {
    for (const id of ids)
      await gql('mutation($id: ID!) { removeService(id: $id) { id } }', { id }).catch(() => undefined);
    await waitFor(
      'bench containers removed',
      async () =>
        (
          await gql<{ containers: { items: { name: string }[] } }>('{ containers { items { name } } }')
        ).containers.items.every((c) => !c.name.startsWith(prefix)),
      10 * 60_000,
      3000,
    ).catch((e) => console.warn(String(e)));
  }
});
