import type { Network, NetworkDriver } from '../domain/network.js';
import type { SqlDb } from './sql.js';
import { parseJson } from './json.js';

interface NetworkRow {
  id: string;
  cluster_id: string;
  name: string;
  driver: string;
  subnet: string;
  gateway: string;
  labels: string;
  created_at: string;
}

const toNetwork = (r: NetworkRow): Network => ({
  id: r.id,
  clusterId: r.cluster_id,
  name: r.name,
  driver: r.driver as NetworkDriver,
  subnet: r.subnet,
  gateway: r.gateway,
  labels: parseJson<Record<string, string>>(r.labels, {}),
  createdAt: new Date(r.created_at),
});

export class NetworkRepository {
  constructor(private readonly db: SqlDb) {}

  list(clusterId?: string): Network[] {
    const rows = clusterId
      ? this.db.prepare('SELECT * FROM networks WHERE cluster_id = ? ORDER BY name').all(clusterId)
      : this.db.prepare('SELECT * FROM networks ORDER BY cluster_id, name').all();
    return (rows as NetworkRow[]).map(toNetwork);
  }

  get(id: string): Network | undefined {
    const r = this.db.prepare('SELECT * FROM networks WHERE id = ?').get(id) as NetworkRow | undefined;
    return r && toNetwork(r);
  }

  findByName(clusterId: string, name: string): Network | undefined {
    const r = this.db
      .prepare('SELECT * FROM networks WHERE cluster_id = ? AND name = ?')
      .get(clusterId, name) as NetworkRow | undefined;
    return r && toNetwork(r);
  }

  insert(n: Network): void {
    this.db
      .prepare(
        `INSERT INTO networks (id, cluster_id, name, driver, subnet, gateway, labels, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        n.id,
        n.clusterId,
        n.name,
        n.driver,
        n.subnet,
        n.gateway,
        JSON.stringify(n.labels),
        n.createdAt.toISOString(),
      );
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM networks WHERE id = ?').run(id).changes > 0;
  }

  /** The slices of a network by node id (index into the network's subnet; domain/network-fabric.ts). */
  slices(networkId: string): Map<string, number> {
    const rows = this.db
      .prepare('SELECT node_id, slice FROM network_slices WHERE network_id = ?')
      .all(networkId) as { node_id: string; slice: number }[];
    return new Map(rows.map((r) => [r.node_id, r.slice]));
  }

  /**
   * The node's slice of the network: the one it has, else `pick(taken)` stored for it, in one
   * transaction (null: no slice left).
   */
  claimSlice(networkId: string, nodeId: string, pick: (taken: number[]) => number | null): number | null {
    return this.db.transaction(() => {
      const have = this.slices(networkId);
      const mine = have.get(nodeId);
      if (mine !== undefined) return mine;
      const next = pick([...have.values()]);
      if (next === null) return null;
      this.db
        .prepare('INSERT INTO network_slices (network_id, node_id, slice) VALUES (?, ?, ?)')
        .run(networkId, nodeId, next);
      return next;
    })();
  }
}
