import type { Revision, Rollout, Service, ServiceSpec, SpecChange } from '../domain/service.js';
import type { SqlDb } from './sql.js';
import { fromIso, parseJson } from './json.js';
import { RowMemo } from './row-memo.js';

interface ServiceRow {
  id: string;
  cluster_id: string;
  name: string;
  current_revision: number;
  previous_revision: number | null;
  spec: string;
  rollout: string | null;
  created_at: string;
  updated_at: string;
}

type RolloutJson = Omit<Rollout, 'startedAt' | 'updatedAt' | 'completedAt' | 'lastBatchAt'> & {
  startedAt: string;
  updatedAt: string;
  completedAt: string | null;
  lastBatchAt: string | null;
};

function toRollout(text: string | null): Rollout | null {
  const r = parseJson<RolloutJson | null>(text, null);
  if (!r) return null;
  return {
    ...r,
    startedAt: new Date(r.startedAt),
    updatedAt: new Date(r.updatedAt),
    completedAt: fromIso(r.completedAt),
    lastBatchAt: fromIso(r.lastBatchAt),
    progressive: r.progressive
      ? {
          ...r.progressive,
          stepStartedAt: fromIso(r.progressive.stepStartedAt as unknown as string | null),
          switchedAt: fromIso(r.progressive.switchedAt as unknown as string | null),
        }
      : null,
  };
}

function toService(r: ServiceRow): Service {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    name: r.name,
    currentRevision: r.current_revision,
    previousRevision: r.previous_revision,
    spec: JSON.parse(r.spec) as ServiceSpec,
    rollout: toRollout(r.rollout),
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

export class ServiceRepository {
  /** Rows parsed once (their specs are JSON): the ingress and the reconciler list them often. */
  private readonly parsed = new RowMemo<ServiceRow, Service>(toService);
  private readonly toService = (r: ServiceRow) => this.parsed.get(r);

  constructor(private readonly db: SqlDb) {}

  list(clusterId?: string): Service[] {
    const rows = clusterId
      ? this.db.prepare('SELECT * FROM services WHERE cluster_id = ? ORDER BY name').all(clusterId)
      : this.db.prepare('SELECT * FROM services ORDER BY name').all();
    return (rows as ServiceRow[]).map(this.toService);
  }

  /**
   * Services whose rollout has a progressive (canary, blue-green) part: what the analysis loop
   * looks at four times a second, without parsing every spec. The rollout is stored as
   * JSON.stringify writes it, so the text always holds `"progressive":{` then; a string that
   * happens to hold it too only costs a parse (the caller checks the parsed rollout).
   */
  withProgressiveRollout(): Service[] {
    const rows = this.db
      .prepare(`SELECT * FROM services WHERE rollout LIKE '%"progressive":{%' ORDER BY name`)
      .all() as ServiceRow[];
    return rows.map(this.toService);
  }

  get(id: string): Service | undefined {
    const r = this.db.prepare('SELECT * FROM services WHERE id = ?').get(id) as ServiceRow | undefined;
    return r && this.toService(r);
  }

  /** The services of these ids (unknown ids are left out), in one query: what a request's loader batches. */
  getMany(ids: readonly string[]): Service[] {
    if (!ids.length) return [];
    const rows = this.db
      .prepare('SELECT * FROM services WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as ServiceRow[];
    return rows.map(this.toService);
  }

  findByName(name: string): Service | undefined {
    const r = this.db.prepare('SELECT * FROM services WHERE name = ?').get(name) as ServiceRow | undefined;
    return r && this.toService(r);
  }

  insert(s: Service): void {
    this.db
      .prepare(
        `INSERT INTO services (id, cluster_id, name, current_revision, previous_revision, spec, rollout, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        s.id,
        s.clusterId,
        s.name,
        s.currentRevision,
        s.previousRevision,
        JSON.stringify(s.spec),
        s.rollout ? JSON.stringify(s.rollout) : null,
        s.createdAt.toISOString(),
        s.updatedAt.toISOString(),
      );
  }

  update(s: Service): void {
    this.db
      .prepare(
        `UPDATE services SET current_revision = ?, previous_revision = ?, spec = ?, rollout = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        s.currentRevision,
        s.previousRevision,
        JSON.stringify(s.spec),
        s.rollout ? JSON.stringify(s.rollout) : null,
        s.updatedAt.toISOString(),
        s.id,
      );
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM services WHERE id = ?').run(id);
  }

  addRevision(r: Revision): void {
    this.db
      .prepare(
        `INSERT INTO revisions (service_id, number, spec, created_at, created_by, reason, diff) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.serviceId,
        r.number,
        JSON.stringify(r.spec),
        r.createdAt.toISOString(),
        r.createdBy,
        r.reason,
        JSON.stringify(r.diff),
      );
  }

  revisions(serviceId: string): Revision[] {
    const rows = this.db
      .prepare('SELECT * FROM revisions WHERE service_id = ? ORDER BY number DESC')
      .all(serviceId) as {
      service_id: string;
      number: number;
      spec: string;
      created_at: string;
      created_by: string;
      reason: string;
      diff: string;
    }[];
    return rows.map((r) => ({
      serviceId: r.service_id,
      number: r.number,
      spec: JSON.parse(r.spec) as ServiceSpec,
      createdAt: new Date(r.created_at),
      createdBy: r.created_by,
      reason: r.reason,
      diff: parseJson<SpecChange[]>(r.diff, []),
    }));
  }

  revision(serviceId: string, n: number): Revision | undefined {
    return this.revisions(serviceId).find((r) => r.number === n);
  }
}
