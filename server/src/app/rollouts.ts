import type { Service } from '../domain/service.js';
import type { RolloutSample, RolloutSampleRepository } from '../store/rollout-sample.repo.js';

/** One revision's figures over a sample's interval, or over a judged step. */
export interface RevisionFigures {
  requests: number;
  errors: number;
  errorRate: number;
  p95Ms: number | null;
}

/** A point of a progressive rollout's timeline, as the API shows it. */
export interface TimelinePoint {
  id: number;
  at: Date;
  kind: 'sample' | 'decision';
  step: number;
  weight: number;
  /** The rollout's phase then (a decision: the phase it moved to). */
  phase: string | null;
  stable: RevisionFigures | null;
  canary: RevisionFigures | null;
}

/** A decision of the canary analysis (or of the planner, or the operator), with its figures. */
export interface RolloutDecision extends TimelinePoint {
  event: string;
  from: string;
  to: string;
  reason: string;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function figures(v: unknown): RevisionFigures | null {
  if (!v || typeof v !== 'object') return null;
  const f = v as Record<string, unknown>;
  return {
    requests: num(f.requests),
    errors: num(f.errors),
    errorRate: num(f.errorRate),
    p95Ms: typeof f.p95Ms === 'number' ? f.p95Ms : null,
  };
}

/** A stored sample as a timeline point: a sample keeps its figures at the top, a decision under `figures`. */
function toPoint(s: RolloutSample): TimelinePoint {
  const f = s.figures;
  const judged = (s.kind === 'decision' ? f.figures : f) as Record<string, unknown> | null | undefined;
  const phase = s.kind === 'decision' ? f.to : f.phase;
  return {
    id: s.id,
    at: s.at,
    kind: s.kind,
    step: s.step,
    weight: s.weight,
    phase: typeof phase === 'string' ? phase : null,
    stable: figures(judged?.stable),
    canary: figures(judged?.canary),
  };
}

/**
 * The timeline of a service's canary or blue-green rollout (the last one when none is in flight):
 * the analysis loop's samples, each revision's requests, error rate and p95 over a second or so,
 * and its decisions with the step's figures (control/progressive.ts writes them to
 * rollout_samples).
 */
export class RolloutTimeline {
  constructor(private readonly samples: RolloutSampleRepository) {}

  /** The last `limit` points, oldest first; empty when the service never had a progressive rollout. */
  timeline(service: Service, limit: number): TimelinePoint[] {
    const p = service.rollout?.progressive;
    if (!p) return [];
    return this.samples.list(service.id, p.canaryRevision, limit).map(toPoint);
  }

  /** The rollout's latest decision with its figures; null before the first. */
  lastDecision(service: Service): RolloutDecision | null {
    const p = service.rollout?.progressive;
    if (!p) return null;
    const d = this.samples.lastDecision(service.id, p.canaryRevision);
    if (!d) return null;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      ...toPoint(d),
      event: str(d.figures.event),
      from: str(d.figures.from),
      to: str(d.figures.to),
      reason: str(d.figures.reason),
    };
  }
}
