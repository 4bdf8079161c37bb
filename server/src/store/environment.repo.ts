import { DEFAULT_POLICY, normalizePolicy, type EnvironmentPolicy } from '../domain/auth/policy.js';
import { NO_QUOTA, normalizeQuota, type Quota } from '../domain/auth/quota.js';
import type { SqlDb } from './sql.js';
import { parseJson } from './json.js';

export const DEFAULT_ENVIRONMENT_ID = 'default';

export interface Environment {
  id: string;
  name: string;
  description: string;
  quota: Quota;
  policy: EnvironmentPolicy;
  createdAt: Date;
}

interface Row {
  id: string;
  name: string;
  description: string;
  quota: string;
  policy: string;
  created_at: string;
}

const toEnv = (r: Row): Environment => ({
  id: r.id,
  name: r.name,
  description: r.description,
  quota: normalizeQuota(parseJson(r.quota, NO_QUOTA)),
  policy: normalizePolicy(parseJson(r.policy, DEFAULT_POLICY)),
  createdAt: new Date(r.created_at),
});

/** Environments and which clusters each groups (a cluster not listed is in `default`). */
export class EnvironmentRepository {
  constructor(private readonly db: SqlDb) {}

  list(): Environment[] {
    return (this.db.prepare('SELECT * FROM environments ORDER BY created_at, name').all() as Row[]).map(
      toEnv,
    );
  }

  ids(): string[] {
    return (this.db.prepare('SELECT id FROM environments ORDER BY id').all() as { id: string }[]).map(
      (r) => r.id,
    );
  }

  /** By id or name. */
  get(ref: string): Environment | undefined {
    const r = this.db.prepare('SELECT * FROM environments WHERE id = ? OR name = ?').get(ref, ref) as
      Row | undefined;
    return r && toEnv(r);
  }

  insert(e: Environment): void {
    this.db
      .prepare(
        'INSERT INTO environments (id, name, description, quota, policy, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        e.id,
        e.name,
        e.description,
        JSON.stringify(e.quota),
        JSON.stringify(e.policy),
        e.createdAt.toISOString(),
      );
  }

  setQuota(id: string, quota: Quota): void {
    this.db.prepare('UPDATE environments SET quota = ? WHERE id = ?').run(JSON.stringify(quota), id);
  }

  setPolicy(id: string, policy: EnvironmentPolicy): void {
    this.db.prepare('UPDATE environments SET policy = ? WHERE id = ?').run(JSON.stringify(policy), id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM environments WHERE id = ?').run(id);
  }

  environmentOfCluster(clusterId: string): string {
    const r = this.db
      .prepare('SELECT environment_id FROM environment_clusters WHERE cluster_id = ?')
      .get(clusterId) as { environment_id: string } | undefined;
    return r?.environment_id ?? DEFAULT_ENVIRONMENT_ID;
  }

  /** Cluster ids of an environment (the default one also holds every cluster not assigned). */
  clustersOf(environmentId: string): string[] {
    const rows = this.db
      .prepare(
        `SELECT c.id AS id FROM clusters c LEFT JOIN environment_clusters ec ON ec.cluster_id = c.id
         WHERE COALESCE(ec.environment_id, ?) = ? ORDER BY c.created_at`,
      )
      .all(DEFAULT_ENVIRONMENT_ID, environmentId) as { id: string }[];
    return rows.map((r) => r.id);
  }

  assignCluster(clusterId: string, environmentId: string): void {
    this.db
      .prepare(
        `INSERT INTO environment_clusters (cluster_id, environment_id) VALUES (?, ?)
         ON CONFLICT (cluster_id) DO UPDATE SET environment_id = excluded.environment_id`,
      )
      .run(clusterId, environmentId);
  }

  /** A new cluster (clusters have no API of their own yet: an environment brings its first). */
  createCluster(id: string, name: string): void {
    this.db
      .prepare('INSERT INTO clusters (id, name, created_at) VALUES (?, ?, ?)')
      .run(id, name, new Date().toISOString());
  }
}
