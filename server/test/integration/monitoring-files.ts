import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** deploy/: the Grafana dashboard and the Prometheus alert rules shipped with the server. */
export const DEPLOY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../deploy');
export const RULES_FILE = path.join(DEPLOY, 'prometheus/alerts.yml');
export const DASHBOARD_FILE = path.join(DEPLOY, 'grafana/stevedore.json');

export interface DashboardPanel {
  id: number;
  title: string;
  type: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets: { refId: string; expr: string }[];
}

export function dashboard(): {
  uid: string;
  panels: DashboardPanel[];
  templating: { list: { query?: unknown }[] };
} {
  return JSON.parse(fs.readFileSync(DASHBOARD_FILE, 'utf8')) as ReturnType<typeof dashboard>;
}

const METRIC = /\bstevedore_[a-z0-9_]+/g;

/** Every stevedore_* metric the dashboard's queries and variables and the alert rules name. */
export function monitoredMetrics(): { dashboard: string[]; rules: string[] } {
  const d = dashboard();
  const queries = [
    ...d.panels.flatMap((p) => p.targets.map((t) => t.expr)),
    ...d.templating.list.map((v) => JSON.stringify(v.query ?? '')),
  ];
  const names = (text: string) => [...new Set(text.match(METRIC) ?? [])].sort();
  return { dashboard: names(queries.join('\n')), rules: names(fs.readFileSync(RULES_FILE, 'utf8')) };
}
