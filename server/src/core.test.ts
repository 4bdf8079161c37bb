import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { Core } from './core.js';
import { createLogger } from './logger.js';
import { createMetrics } from './metrics.js';

/*
 * api/ is GraphQL only: resolvers reach the use cases and the app ports, never a loop (control/),
 * the store or the engines. dependency-cruiser checks imports; this checks what the context
 * carries at run time, and what the resolvers' source asks of it.
 */

/** What Context.core (Core.app) may hold: app modules and app ports, nothing else. */
const APP_MODULES = [
  'audit',
  'auth',
  'autoscale',
  'backups',
  'clusters',
  'config',
  'containers',
  'desiredState',
  'discovery',
  'environments',
  'federation',
  'images',
  'leadership',
  'live',
  'networks',
  'nodeProbe',
  'nodes',
  'quotas',
  'rollouts',
  'secrets',
  'serviceDiscovery',
  'services',
  'serviceStats',
  'stacks',
  'volumes',
].sort();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-core-'));
const core = new Core(
  loadConfig({ STEVEDORE_DATA_DIR: dir, STEVEDORE_DB_PATH: ':memory:' }),
  createLogger('silent'),
  createMetrics(),
  () => {
    throw new Error('no engine in this test');
  },
);
afterAll(() => {
  core.store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The loops (control/), what the real-time loop is made of, and the metrics registry. */
function controlObjects(): Set<unknown> {
  const rt = core.realtime;
  return new Set<unknown>([
    rt,
    rt.eventLog,
    rt.locator,
    rt.stats,
    rt.statsGroups,
    rt.logs,
    rt.pubsub,
    core.engineEvents,
    core.heartbeat,
    core.endpoints,
    core.ingress,
    core.autoscaler,
    core.federation,
    core.progressive,
    core.reconciler,
    core.leadership,
    core.metrics,
  ]);
}

function apiSources(root: string): { file: string; text: string }[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(root, f), 'utf8') }));
}

describe('the API context holds app modules only', () => {
  it('Core.app has exactly the app modules and ports', () => {
    expect(Object.keys(core.app).sort()).toEqual(APP_MODULES);
  });

  it('no value the API can reach (one level down) is a loop or the metrics registry', () => {
    const forbidden = controlObjects();
    const reached: [string, unknown][] = Object.entries(core.app).flatMap(([k, v]) => [
      [k, v] as [string, unknown],
      ...Object.entries(v as object).map(([k2, v2]) => [`${k}.${k2}`, v2] as [string, unknown]),
    ]);
    expect(reached.filter(([, v]) => forbidden.has(v)).map(([k]) => k)).toEqual([]);
  });

  it('resolvers ask ctx.core only for app modules', () => {
    const uses = apiSources(path.join(import.meta.dirname, 'api')).flatMap(({ file, text }) =>
      [...text.matchAll(/(?<![\w/])core\.([A-Za-z_$][\w$]*)/g)].map((m) => `${file}: core.${m[1]}`),
    );
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((u) => !APP_MODULES.includes(u.slice(u.lastIndexOf('core.') + 5)))).toEqual([]);
  });
});
