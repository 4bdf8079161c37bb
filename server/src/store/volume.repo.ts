import type { VolumeRecord } from '../domain/volume.js';
import type { SqlDb } from './sql.js';
import { parseJson } from './json.js';

interface VolumeRow {
  node_id: string;
  name: string;
  created_by: string;
  labels: string;
  created_at: string;
}

const toRecord = (r: VolumeRow): VolumeRecord => ({
  nodeId: r.node_id,
  name: r.name,
  createdBy: r.created_by,
  labels: parseJson<Record<string, string>>(r.labels, {}),
  createdAt: new Date(r.created_at),
});

/** Which node holds which named volume (as far as Stevedore made or adopted it). */
export class VolumeRepository {
  constructor(private readonly db: SqlDb) {}

  list(nodeId?: string): VolumeRecord[] {
    const rows = nodeId
      ? this.db.prepare('SELECT * FROM volumes WHERE node_id = ? ORDER BY name').all(nodeId)
      : this.db.prepare('SELECT * FROM volumes ORDER BY name, node_id').all();
    return (rows as VolumeRow[]).map(toRecord);
  }

  /** Every node holding a volume of that name. */
  holders(name: string): VolumeRecord[] {
    return (
      this.db.prepare('SELECT * FROM volumes WHERE name = ? ORDER BY created_at').all(name) as VolumeRow[]
    ).map(toRecord);
  }

  get(nodeId: string, name: string): VolumeRecord | undefined {
    const r = this.db.prepare('SELECT * FROM volumes WHERE node_id = ? AND name = ?').get(nodeId, name) as
      VolumeRow | undefined;
    return r && toRecord(r);
  }

  /** Records the volume; false when it was already recorded on that node. */
  insert(v: VolumeRecord): boolean {
    return (
      this.db
        .prepare(
          'INSERT INTO volumes (node_id, name, created_by, labels, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        )
        .run(v.nodeId, v.name, v.createdBy, JSON.stringify(v.labels), v.createdAt.toISOString()).changes > 0
    );
  }

  delete(nodeId: string, name: string): boolean {
    return (
      this.db.prepare('DELETE FROM volumes WHERE node_id = ? AND name = ?').run(nodeId, name).changes > 0
    );
  }
}
