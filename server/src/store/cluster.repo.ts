import { parseJson } from './json.js';
import type { SqlDb } from './sql.js';

export interface Cluster {
  id: string;
  name: string;
  /** Where it runs, for placement across clusters (federation): '' when not said. */
  region: string;
  zone: string;
  labels: Record<string, string>;
  /** LOCAL: engines this control plane drives; REMOTE: another control plane over its API. */
  kind: 'LOCAL' | 'REMOTE';
  /** REMOTE only: where its GraphQL API is, and whether a token is stored (never the token). */
  remote: ClusterRemote | null;
  createdAt: Date;
}

export interface ClusterRemote {
  url: string;
  /** PEM of the CA its https certificate is signed by, when not a public one. */
  ca: string | null;
  hasToken: boolean;
}

interface Row {
  id: string;
  name: string;
  region: string | null;
  zone: string | null;
  labels: string | null;
  kind: string | null;
  remote_url: string | null;
  remote_token: string | null;
  remote_ca: string | null;
  created_at: string;
}

const fromRow = (r: Row): Cluster => ({
  id: r.id,
  name: r.name,
  region: r.region ?? '',
  zone: r.zone ?? '',
  labels: parseJson<Record<string, string>>(r.labels, {}),
  kind: r.kind === 'REMOTE' ? 'REMOTE' : 'LOCAL',
  remote:
    r.kind === 'REMOTE' && r.remote_url
      ? { url: r.remote_url, ca: r.remote_ca, hasToken: !!r.remote_token }
      : null,
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

  /** `sealedToken`: a REMOTE cluster's API token as SecretService sealed it. */
  insert(c: Cluster, sealedToken: string | null = null): void {
    this.db
      .prepare(
        'INSERT INTO clusters (id, name, region, zone, labels, kind, remote_url, remote_token, remote_ca, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        c.id,
        c.name,
        c.region,
        c.zone,
        JSON.stringify(c.labels),
        c.kind,
        c.remote?.url ?? null,
        sealedToken,
        c.remote?.ca ?? null,
        c.createdAt.toISOString(),
      );
  }

  /** The kind stays; a REMOTE cluster's url and CA follow `c.remote`, its token only when given. */
  update(c: Cluster, sealedToken?: string): void {
    this.db
      .prepare(
        'UPDATE clusters SET name = ?, region = ?, zone = ?, labels = ?, remote_url = ?, remote_ca = ? WHERE id = ?',
      )
      .run(
        c.name,
        c.region,
        c.zone,
        JSON.stringify(c.labels),
        c.remote?.url ?? null,
        c.remote?.ca ?? null,
        c.id,
      );
    if (sealedToken !== undefined)
      this.db.prepare('UPDATE clusters SET remote_token = ? WHERE id = ?').run(sealedToken, c.id);
  }

  /** A REMOTE cluster's sealed API token: for the member client only, never the API. */
  sealedToken(id: string): string | null {
    const r = this.db.prepare('SELECT remote_token FROM clusters WHERE id = ?').get(id) as
      { remote_token: string | null } | undefined;
    return r?.remote_token ?? null;
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM environment_clusters WHERE cluster_id = ?').run(id);
    this.db.prepare('DELETE FROM clusters WHERE id = ?').run(id);
  }
}
