import type { Node, NodeAvailability, NodeRole, NodeStatus } from '../domain/node.js';
import type { SqlDb } from './sql.js';
import { fromIso, parseJson, toIso } from './json.js';

interface NodeRow {
  id: string;
  cluster_id: string;
  name: string;
  endpoint: string;
  engine_id: string | null;
  role: string;
  status: string;
  status_message: string | null;
  availability: string;
  labels: string;
  os: string;
  arch: string;
  nano_cpus: number;
  memory_bytes: number;
  engine_version: string | null;
  hostname: string | null;
  publish_address: string;
  last_seen_at: string | null;
  created_at: string;
}

function toNode(r: NodeRow): Node {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    name: r.name,
    endpoint: r.endpoint,
    engineId: r.engine_id,
    role: r.role as NodeRole,
    status: r.status as NodeStatus,
    statusMessage: r.status_message,
    availability: r.availability as NodeAvailability,
    labels: parseJson<Record<string, string>>(r.labels, {}),
    platform: { os: r.os, arch: r.arch },
    capacity: { nanoCpus: r.nano_cpus, memoryBytes: r.memory_bytes },
    engineVersion: r.engine_version,
    hostname: r.hostname,
    publishAddress: r.publish_address,
    lastSeenAt: fromIso(r.last_seen_at),
    createdAt: new Date(r.created_at),
  };
}

export class NodeRepository {
  constructor(private readonly db: SqlDb) {}

  list(clusterId?: string): Node[] {
    const rows = clusterId
      ? this.db.prepare('SELECT * FROM nodes WHERE cluster_id = ? ORDER BY created_at, name').all(clusterId)
      : this.db.prepare('SELECT * FROM nodes ORDER BY created_at, name').all();
    return (rows as NodeRow[]).map(toNode);
  }

  get(id: string): Node | undefined {
    const row = this.db.prepare('SELECT * FROM nodes WHERE id = ?').get(id) as NodeRow | undefined;
    return row && toNode(row);
  }

  /** The nodes of these ids (unknown ids are left out), in one query: what a request's loader batches. */
  getMany(ids: readonly string[]): Node[] {
    if (!ids.length) return [];
    const rows = this.db
      .prepare('SELECT * FROM nodes WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as NodeRow[];
    return rows.map(toNode);
  }

  findByName(name: string): Node | undefined {
    const row = this.db.prepare('SELECT * FROM nodes WHERE name = ?').get(name) as NodeRow | undefined;
    return row && toNode(row);
  }

  findByEngineId(engineId: string): Node | undefined {
    const row = this.db.prepare('SELECT * FROM nodes WHERE engine_id = ?').get(engineId) as
      NodeRow | undefined;
    return row && toNode(row);
  }

  insert(n: Node): void {
    this.db
      .prepare(
        `INSERT INTO nodes (id, cluster_id, name, endpoint, engine_id, role, status, status_message, availability,
          labels, os, arch, nano_cpus, memory_bytes, engine_version, hostname, publish_address, last_seen_at, created_at)
         VALUES (@id, @clusterId, @name, @endpoint, @engineId, @role, @status, @statusMessage, @availability,
          @labels, @os, @arch, @nanoCpus, @memoryBytes, @engineVersion, @hostname, @publishAddress, @lastSeenAt, @createdAt)`,
      )
      .run(this.params(n));
  }

  update(n: Node): void {
    this.db
      .prepare(
        `UPDATE nodes SET cluster_id=@clusterId, name=@name, endpoint=@endpoint, engine_id=@engineId, role=@role,
          status=@status, status_message=@statusMessage, availability=@availability, labels=@labels, os=@os,
          arch=@arch, nano_cpus=@nanoCpus, memory_bytes=@memoryBytes, engine_version=@engineVersion,
          hostname=@hostname, publish_address=@publishAddress, last_seen_at=@lastSeenAt WHERE id=@id`,
      )
      .run(this.params(n));
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM nodes WHERE id = ?').run(id).changes > 0;
  }

  private params(n: Node) {
    return {
      id: n.id,
      clusterId: n.clusterId,
      name: n.name,
      endpoint: n.endpoint,
      engineId: n.engineId,
      role: n.role,
      status: n.status,
      statusMessage: n.statusMessage,
      availability: n.availability,
      labels: JSON.stringify(n.labels),
      os: n.platform.os,
      arch: n.platform.arch,
      nanoCpus: n.capacity.nanoCpus,
      memoryBytes: n.capacity.memoryBytes,
      engineVersion: n.engineVersion,
      hostname: n.hostname,
      publishAddress: n.publishAddress,
      lastSeenAt: toIso(n.lastSeenAt),
      createdAt: n.createdAt.toISOString(),
    };
  }
}
