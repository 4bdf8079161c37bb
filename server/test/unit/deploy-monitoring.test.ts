import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RULES_FILE, dashboard, monitoredMetrics } from '../integration/monitoring-files.js';

const run = promisify(execFile);

/** deploy/: the alert rules pass promtool; the dashboard is well formed (its metrics: observability.test.ts). */
describe('deploy/ monitoring files', () => {
  it('promtool check rules accepts deploy/prometheus/alerts.yml', async () => {
    // promtool comes with Debian's prometheus package (.ci/run installs it).
    const { stdout } = await run('promtool', ['check', 'rules', RULES_FILE], { timeout: 60_000 });
    expect(stdout).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('the Grafana dashboard has unique panel ids, a query per panel and a layout within 24 columns', () => {
    const d = dashboard();
    expect(d.uid).toBe('stevedore-overview');
    expect(d.panels.length).toBeGreaterThan(10);
    expect(new Set(d.panels.map((p) => p.id)).size).toBe(d.panels.length);
    for (const p of d.panels) {
      expect(p.targets.length, p.title).toBeGreaterThan(0);
      for (const t of p.targets) expect(t.expr, p.title).toMatch(/stevedore_/);
      expect(p.gridPos.x + p.gridPos.w, p.title).toBeLessThanOrEqual(24);
    }
  });

  it('both name the workload metrics of issue #21', () => {
    const { dashboard: used, rules } = monitoredMetrics();
    for (const m of [
      'stevedore_service_replicas_desired',
      'stevedore_service_replicas_healthy',
      'stevedore_service_restarts_total',
      'stevedore_node_up',
      'stevedore_reconcile_pass_duration_seconds_bucket',
    ])
      expect([...used, ...rules]).toContain(m);
    expect(used).toContain('stevedore_service_cpu_seconds');
    expect(used).toContain('stevedore_service_memory_bytes');
    expect(used).toContain('stevedore_rollout_duration_seconds_bucket');
  });
});
