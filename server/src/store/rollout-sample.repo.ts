import type { SqlDb } from './sql.js';
import { parseJson } from './json.js';

/** One point of a progressive rollout's timeline: an analysis sample or a decision. */
export interface RolloutSample {
  id: number;
  serviceId: string;
  toRevision: number;
  at: Date;
  kind: 'sample' | 'decision';
  step: number;
  weight: number;
  /** Plain JSON: the step's figures per revision, and for a decision its event and reason. */
  figures: Record<string, unknown>;
}

interface Row {
  id: number;
  service_id: string;
  to_revision: number;
  at_ms: number;
  kind: string;
  step: number;
  weight: number;
  figures: string;
}

const toSample = (r: Row): RolloutSample => ({
  id: r.id,
  serviceId: r.service_id,
  toRevision: r.to_revision,
  at: new Date(r.at_ms),
  kind: r.kind === 'decision' ? 'decision' : 'sample',
  step: r.step,
  weight: r.weight,
  figures: parseJson<Record<string, unknown>>(r.figures, {}),
});

/** rollout_samples (migration 7): the canary analysis's samples and decisions, for the timeline. */
export class RolloutSampleRepository {
  constructor(private readonly db: SqlDb) {}

  add(s: Omit<RolloutSample, 'id'>): RolloutSample {
    const info = this.db
      .prepare(
        `INSERT INTO rollout_samples (service_id, to_revision, at_ms, kind, step, weight, figures)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        s.serviceId,
        s.toRevision,
        s.at.getTime(),
        s.kind,
        s.step,
        s.weight,
        JSON.stringify(s.figures),
      ) as {
      id: number;
    };
    return { ...s, id: info.id };
  }

  /** The rollout to `toRevision`'s points in order, the last `limit` of them. */
  list(serviceId: string, toRevision: number, limit = 2000): RolloutSample[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM (SELECT * FROM rollout_samples WHERE service_id = ? AND to_revision = ?
         ORDER BY id DESC LIMIT ?) AS newest ORDER BY id`,
      )
      .all(serviceId, toRevision, limit) as Row[];
    return rows.map(toSample);
  }

  /** The rollout to `toRevision`'s latest decision. */
  lastDecision(serviceId: string, toRevision: number): RolloutSample | null {
    const row = this.db
      .prepare(
        `SELECT * FROM rollout_samples WHERE service_id = ? AND to_revision = ? AND kind = 'decision'
         ORDER BY id DESC LIMIT 1`,
      )
      .get(serviceId, toRevision) as Row | undefined;
    return row ? toSample(row) : null;
  }

  /** Keeps the points of the service's last `keepRollouts` rollouts. */
  prune(serviceId: string, keepRollouts = 5): void {
    this.db
      .prepare(
        `DELETE FROM rollout_samples WHERE service_id = ? AND to_revision NOT IN
         (SELECT DISTINCT to_revision FROM rollout_samples WHERE service_id = ? ORDER BY to_revision DESC LIMIT ?)`,
      )
      .run(serviceId, serviceId, keepRollouts);
  }
}
