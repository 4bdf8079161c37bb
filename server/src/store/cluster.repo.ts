import { parseJson } from './json.js';
import type { SqlDb } from './sql.js';

export interface Cluster {
  id: string;
  name: string;
  /** Where it runs, for placement across clusters (federation): '' when not said. */
  region: string;
  zone: string;
  labels: Record<string, string>;
  createdAt: Date;
}

interface Row {
  id: string;
  name: string;
  region: string | null;
  zone: string | null;
  labels: string | null;
  created_at: string;
}

const fromRow = (r: Row): Cluster => ({
  id: r.id,
  name: r.name,
  region: r.region ?? '',
  zone: r.zone ?? '',
  labels: parseJson<Record<string, string>>(r.labels, {}),
  createdAt: new Date(r.created_at),
});

export const DEFAULT_CLUSTER_ID = 'default';

export class ClusterRepository {
  constructor(private readonly db: SqlDb) {}

  /** The default cluster exists from the first start on; federation adds others later. */
  ensureDefault(): Cluster {
    this.db
      .prepare('INSERT INTO clusters (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
      .run(DEFAULT_CLUSTER_ID, 'default', new Date().toISOString());
    return this.get(DEFAULT_CLUSTER_ID)!;
  }

  get(id: string): Cluster | undefined {
    const r = this.db.prepare('SELECT * FROM clusters WHERE id = ? OR name = ?').get(id, id) as
      Row | undefined;
    return r && fromRow(r);
  }

  /** The clusters of these ids (unknown ids are left out), in one query: what a request's loader batches. */
  getMany(ids: readonly string[]): Cluster[] {
    if (!ids.length) return [];
    const rows = this.db
      .prepare('SELECT * FROM clusters WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as Row[];
    return rows.map(fromRow);
  }

  list(): Cluster[] {
    return (this.db.prepare('SELECT * FROM clusters ORDER BY created_at, name').all() as Row[]).map(fromRow);
  }

  insert(c: Cluster): void {
    this.db
      .prepare('INSERT INTO clusters (id, name, region, zone, labels, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(c.id, c.name, c.region, c.zone, JSON.stringify(c.labels), c.createdAt.toISOString());
  }

  update(c: Cluster): void {
    this.db
      .prepare('UPDATE clusters SET name = ?, region = ?, zone = ?, labels = ? WHERE id = ?')
      .run(c.name, c.region, c.zone, JSON.stringify(c.labels), c.id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM environment_clusters WHERE cluster_id = ?').run(id);
    this.db.prepare('DELETE FROM clusters WHERE id = ?').run(id);
  }
}
