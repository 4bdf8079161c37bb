/**
 * The dashboard's time to data visible (issue #22 item 3): `npm run bench dashboard`.
 *
 * Two control planes, each in its own child process (the built server in-process there, with the
 * in-memory FakeEngine behind 3 nodes, access control on): "500" holds 100 services of 5
 * replicas (500 containers), "10" holds 10 services of 1 replica (10 containers). Each gets its
 * own `next start` of the built dashboard (web/.next) pointed at it, and Debian's Chromium
 * (playwright-core, never a downloaded browser) signs in to both. Then, LOADS times (after one
 * warm-up load), for each page and alternately on the two fleets so both see the same machine,
 * a fresh tab opens the page and the time from navigation start to the first data row being in
 * the DOM and visible is read in the page (performance.now() at the first animation frame that
 * has it). p50/p99 per page are printed for 500 and 10 containers with the ratio, next to the
 * issue's target (p50 <= 600 ms, p99 <= 1 s at 500) and the load average.
 *
 * The fake engines answer in microseconds: these are the control plane's and the dashboard's own
 * costs. STEVEDORE_BENCH_LOADS sets the loads per page (default 5), STEVEDORE_BENCH_PAGES a subset
 * (names as printed, comma-separated).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, ROOT } from './lib/control-plane.js';

const LOADS = Math.max(1, Number(process.env.STEVEDORE_BENCH_LOADS ?? 5));
const NODES = 3;
const ADMIN = 'admin';
const PASSWORD = `bench-${Math.random().toString(36).slice(2)}-password`;
const SETUP_TIMEOUT_MS = 300_000;
const LOAD_TIMEOUT_MS = 30_000;
const CHROMIUM = process.env.STEVEDORE_BENCH_CHROMIUM ?? '/usr/bin/chromium';

interface Fleet {
  name: string;
  services: number;
  replicas: number;
}
const FLEETS: Fleet[] = [
  { name: '500', services: 100, replicas: 5 },
  { name: '10', services: 10, replicas: 1 },
];

/** Each page with the selector of its first data row (see the components' data-testid). */
interface PageDef {
  name: string;
  path: (serviceId: string) => string;
  row: string;
}
const ALL_PAGES: PageDef[] = [
  { name: 'overview', path: () => '/', row: '[data-testid="svc-healthy"]' },
  { name: 'services', path: () => '/services', row: '[data-testid="service-row"]' },
  { name: 'a service', path: (id) => `/services/${id}`, row: '[data-testid="task-row"]' },
  { name: 'containers', path: () => '/containers', row: '[data-testid="container-row"]' },
  { name: 'nodes', path: () => '/nodes', row: '[data-testid="node-card"]' },
  { name: 'images', path: () => '/images', row: '[data-testid="image-group"], [data-testid="image-row"]' },
  { name: 'volumes', path: () => '/volumes', row: '[data-testid="volume-row"]' },
  { name: 'events', path: () => '/events', row: '[data-testid="events-list"] [data-testid="event-row"]' },
  { name: 'top', path: () => '/top', row: '[data-testid="top-row"]' },
];

/** STEVEDORE_BENCH_PAGES=services,top measures only those. */
const only = (process.env.STEVEDORE_BENCH_PAGES ?? '').split(',').filter(Boolean);
const PAGES = only.length ? ALL_PAGES.filter((p) => only.includes(p.name)) : ALL_PAGES;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// ---------------------------------------------------------------- the child: one control plane

/** Starts a fake control plane, fills it, prints one JSON line {url, serviceId}, waits for SIGTERM. */
async function serve(fleet: Fleet, webOrigin: string): Promise<void> {
  const { startFakeControlPlane } = await import('./lib/fake-control-plane.js');
  const cp = await startFakeControlPlane(`dashboard-${fleet.name}`, {
    STEVEDORE_ADMIN_USER: ADMIN,
    STEVEDORE_ADMIN_PASSWORD: process.env.BENCH_ADMIN_PASSWORD ?? PASSWORD,
    STEVEDORE_CORS_ORIGIN: webOrigin,
  });
  const stop = () => void cp.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  const { gql } = cp;
  const started = performance.now();
  const nodeIds: string[] = [];
  for (let i = 0; i < NODES; i++) {
    const n = await gql<{ addNode: { id: string } }>(
      'mutation($i: AddNodeInput!) { addNode(input: $i) { id } }',
      { i: { name: `d${i + 1}`, endpoint: `tcp://dashboard-${fleet.name}-${i}.sim:2375` } },
    );
    nodeIds.push(n.data.addNode.id);
  }
  let serviceId = '';
  for (let i = 0; i < fleet.services; i++) {
    const s = await gql<{ createService: { id: string } }>(
      'mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }',
      {
        s: {
          name: `web${String(i).padStart(3, '0')}`,
          image: 'local/webapp:v1',
          replicas: fleet.replicas,
          stopTimeoutSec: 1,
        },
      },
    );
    serviceId ||= s.data.createService.id;
  }
  for (const [i, node] of nodeIds.entries())
    await gql('mutation($i: CreateVolumeInput!) { createVolume(input: $i) { name } }', {
      i: { node, name: `data-${i + 1}` },
    });
  const want = fleet.services * fleet.replicas;
  const count = `{ containersConnection(first: 1, filter: { label: "stevedore.task", state: [RUNNING] }) { totalCount } }`;
  for (;;) {
    const d = await gql<{ containersConnection: { totalCount: number } }>(count);
    if (d.data.containersConnection.totalCount >= want) break;
    if (performance.now() - started > SETUP_TIMEOUT_MS)
      throw new Error(`${fleet.name}: containers did not all start in time`);
    await sleep(500);
  }
  process.stdout.write(`${JSON.stringify({ url: cp.app.url, serviceId, containers: want })}\n`);
}

// ---------------------------------------------------------------- the parent: web, browser, figures

interface Running {
  fleet: Fleet;
  api: { url: string; serviceId: string; containers: number };
  webUrl: string;
  procs: ChildProcess[];
}

/** Starts a child process and resolves with its first stdout line (bounded by `timeoutMs`). */
function firstLine(proc: ChildProcess, what: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`${what}: no answer in ${timeoutMs} ms`)), timeoutMs);
    proc.stdout!.on('data', (b: Buffer) => {
      buf += b.toString();
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(buf.slice(0, nl));
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}`));
    });
  });
}

async function waitHttp(url: string, timeoutMs: number): Promise<void> {
  const t0 = performance.now();
  for (;;) {
    try {
      const res = await fetch(url, { headers: { connection: 'close' } });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (performance.now() - t0 > timeoutMs) throw new Error(`${url} did not answer in ${timeoutMs} ms`);
    await sleep(300);
  }
}

async function startFleet(fleet: Fleet): Promise<Running> {
  const webPort = await freePort();
  const webUrl = `http://127.0.0.1:${webPort}`;
  const procs: ChildProcess[] = [];
  const self = fileURLToPath(import.meta.url);
  const cp = spawn(process.execPath, [...process.execArgv, self, '--serve', fleet.name, webUrl], {
    cwd: ROOT,
    env: { ...process.env, BENCH_ADMIN_PASSWORD: PASSWORD },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  procs.push(cp);
  try {
    const api = JSON.parse(
      await firstLine(cp, `control plane ${fleet.name}`, SETUP_TIMEOUT_MS),
    ) as Running['api'];
    const webDir = path.join(ROOT, 'web');
    if (!fs.existsSync(path.join(webDir, '.next', 'BUILD_ID')))
      throw new Error('web/.next is not built (npx turbo run build --filter=@stevedore/web)');
    const nextBin = createRequire(path.join(webDir, 'package.json')).resolve('next/dist/bin/next');
    const web = spawn(process.execPath, [nextBin, 'start', '-p', String(webPort), '-H', '127.0.0.1'], {
      cwd: webDir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_PUBLIC_STEVEDORE_API: api.url,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    procs.push(web);
    await waitHttp(`${webUrl}/login`, 90_000);
    return { fleet, api, webUrl, procs };
  } catch (err) {
    for (const p of procs) if (p.exitCode === null) p.kill('SIGTERM');
    throw err;
  }
}

async function main() {
  console.log(`load average before: ${load()} (${os.cpus().length} cores)`);
  const { chromium } = await import('playwright-core');
  const running: Running[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    for (const f of FLEETS) running.push(await startFleet(f));
    const contexts = [];
    for (const r of running) {
      const ctx = await browser.newContext({ baseURL: r.webUrl, viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.goto('/login');
      // The button is enabled once the page has hydrated.
      await page
        .getByRole('button', { name: 'Sign in' })
        .and(page.locator(':enabled'))
        .waitFor({ timeout: LOAD_TIMEOUT_MS })
        .catch((err: unknown) => {
          throw new Error(`${r.webUrl}/login did not hydrate: ${problems.join('; ') || String(err)}`);
        });
      await page.getByLabel('Username').fill(ADMIN);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((u) => u.pathname !== '/login', { timeout: LOAD_TIMEOUT_MS });
      await page.close();
      contexts.push(ctx);
    }
    const times = new Map<string, number[]>();
    const key = (p: PageDef, r: Running) => `${p.name}|${r.fleet.name}`;
    // One tab per load: the app's JS is in the HTTP cache after the warm-up, as for a returning user.
    const once = async (p: PageDef, i: number): Promise<number> => {
      const r = running[i]!;
      const tab = await contexts[i]!.newPage();
      try {
        await tab.goto(p.path(r.api.serviceId), { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
        const h = await tab.waitForFunction(
          (sel) => {
            const el = document.querySelector(sel);
            if (!el) return false;
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.height > 0 ? performance.now() : false;
          },
          p.row,
          { polling: 'raf', timeout: LOAD_TIMEOUT_MS },
        );
        return (await h.jsonValue()) as number;
      } catch (err) {
        const shot = path.join(
          os.tmpdir(),
          `dashboard-bench-${p.name.replace(/\W/g, '-')}-${r.fleet.name}.png`,
        );
        await tab.screenshot({ path: shot }).catch(() => undefined);
        throw new Error(
          `${p.name} (${r.fleet.name} containers, ${tab.url()}): no ${p.row} in time (screenshot ${shot})`,
          {
            cause: err,
          },
        );
      } finally {
        await tab.close();
      }
    };
    for (const p of PAGES)
      for (let i = 0; i < running.length; i++)
        console.log(`warm-up ${p.name} @${running[i]!.api.containers}: ${Math.round(await once(p, i))} ms`);
    for (let round = 0; round < LOADS; round++)
      for (const p of PAGES)
        for (let i = 0; i < running.length; i++) {
          const ms = await once(p, i);
          const k = key(p, running[i]!);
          times.set(k, [...(times.get(k) ?? []), ms]);
        }

    const f = (ms: number) => `${Math.round(ms)} ms`;
    const [big, small] = running as [Running, Running];
    console.log(
      `\ntime to data visible, ${LOADS} loads per page after a warm-up, alternating fleets (${NODES} fake nodes each)`,
    );
    console.log(
      `| page | p50 @${big.api.containers} | p99 @${big.api.containers} | p50 @${small.api.containers} | p99 @${small.api.containers} | ratio p50 | ratio p99 | target @${big.api.containers} (p50 <= 600, p99 <= 1000) |`,
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const p of PAGES) {
      const b = times.get(key(p, big)) ?? [];
      const s = times.get(key(p, small)) ?? [];
      const [b50, b99, s50, s99] = [quantile(b, 0.5), quantile(b, 0.99), quantile(s, 0.5), quantile(s, 0.99)];
      const met = b50 <= 600 && b99 <= 1000;
      console.log(
        `| ${p.name} | ${f(b50)} | ${f(b99)} | ${f(s50)} | ${f(s99)} | ${(b50 / s50).toFixed(2)}× | ${(b99 / s99).toFixed(2)}× | ${met ? 'met' : 'MISSED'} |`,
      );
    }
    console.log(`load average after: ${load()}`);
  } finally {
    await browser.close().catch(() => undefined);
    for (const r of running) for (const p of r.procs) if (p.exitCode === null) p.kill('SIGTERM');
  }
}

if (process.argv[2] === '--serve') {
  const fleet = FLEETS.find((f) => f.name === process.argv[3]);
  if (!fleet) throw new Error(`no fleet ${process.argv[3]}`);
  serve(fleet, process.argv[4] ?? '').catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
