import type { SqlDb } from './sql.js';

export interface Cluster {
  id: string;
  name: string;
  createdAt: Date;
}

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
      { id: string; name: string; created_at: string } | undefined;
    return r && { id: r.id, name: r.name, createdAt: new Date(r.created_at) };
  }

  /** The clusters of these ids (unknown ids are left out), in one query: what a request's loader batches. */
  getMany(ids: readonly string[]): Cluster[] {
    if (!ids.length) return [];
    const rows = this.db
      .prepare('SELECT * FROM clusters WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as { id: string; name: string; created_at: string }[];
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: new Date(r.created_at) }));
  }

  list(): Cluster[] {
    const rows = this.db.prepare('SELECT * FROM clusters ORDER BY created_at').all() as {
      id: string;
      name: string;
      created_at: string;
    }[];
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: new Date(r.created_at) }));
  }
}
