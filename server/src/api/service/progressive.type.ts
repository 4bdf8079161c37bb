import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RevisionFigures, RolloutDecision, TimelinePoint } from '../../app/rollouts.js';
import { canarySteps } from '../../domain/orchestrator/progressive.js';
import type { CanaryAnalysis, CanaryStep, ProgressiveState, ServiceSpec } from '../../domain/service.js';

/** The GraphQL names of domain/service.ts's ProgressiveState kind and phase. */
export const ProgressiveKind = { CANARY: 'CANARY', BLUE_GREEN: 'BLUE_GREEN' } as const;
export type ProgressiveKind = (typeof ProgressiveKind)[keyof typeof ProgressiveKind];
export const ProgressivePhase = {
  STARTING: 'STARTING',
  STEPPING: 'STEPPING',
  PROMOTED: 'PROMOTED',
  SWITCHED: 'SWITCHED',
  DONE: 'DONE',
  ABORTED: 'ABORTED',
} as const;
export type ProgressivePhase = (typeof ProgressivePhase)[keyof typeof ProgressivePhase];

registerEnumType(ProgressiveKind, {
  description: 'Which progressive rollout runs',
  name: 'ProgressiveKind',
  valuesConfig: {
    CANARY: {
      description: 'The update.canary tasks of the new revision take a stepped share of ingress requests',
    },
    BLUE_GREEN: {
      description: 'The whole new revision starts beside the old, then all requests switch at once',
    },
  },
});
registerEnumType(ProgressivePhase, {
  description: 'Where a canary or blue-green rollout is',
  name: 'ProgressivePhase',
  valuesConfig: {
    STARTING: { description: 'The new revision is starting beside the stable one; it gets no requests yet' },
    STEPPING: { description: 'Canary: the new revision gets the current step’s weight; each step is judged' },
    PROMOTED: { description: 'Canary: 100 % to the new revision; the rolling update replaces the old tasks' },
    SWITCHED: {
      description: 'Blue-green: every request goes to the new revision; the old stays blueGreenKeepMs',
    },
    DONE: { description: 'The new revision serves alone' },
    ABORTED: { description: 'Back to the stable revision: the new one gets nothing and is stopped' },
  },
});

@InputType({ description: "One canary step: weight % of the ingress's requests for durationMs" })
export class CanaryStepInput {
  @Field(() => Int, { description: '1..100, never less than the step before' }) weight: number;
  @Field(() => Int, {
    description: 'How long the step lasts, in ms (0..86400000); with analysis, at least until minRequests',
  })
  durationMs: number;
}

@InputType({
  description:
    "Automatic analysis of each canary step from the ingress's own figures, canary against stable over the step. Fields left out take the defaults",
})
export class CanaryAnalysisInput {
  @Field(() => Float, {
    nullable: true,
    description: 'Canary error rate (5xx) minus the stable one above this fails the step; default 0.05',
  })
  maxErrorRateIncrease?: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Canary p95 above this many times the stable p95 fails the step (with minP95IncreaseMs); default 2',
  })
  maxP95Ratio?: number;
  @Field(() => Float, {
    nullable: true,
    description: '...when the canary p95 is also this many ms above the stable one; default 50',
  })
  minP95IncreaseMs?: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Requests the canary must serve in a step before it is judged; default 20',
  })
  minRequests?: number;
}

@ObjectType('CanaryStep', {
  description: "One canary step: weight % of the ingress's requests for durationMs",
})
export class CanaryStepType {
  @Field(() => Int, {
    description: "The new revision's share of ingress requests in this step, in % (1..100)",
  })
  weight: number;
  @Field(() => Int, { description: 'How long the step lasts, in ms' }) durationMs: number;
}

@ObjectType('CanaryAnalysis', {
  description: 'When a canary step fails: both bounds of a rule must be passed to fail it',
})
export class CanaryAnalysisType {
  @Field(() => Float, {
    description: 'Canary error rate (5xx, 0..1) minus the stable one above this fails the step',
  })
  maxErrorRateIncrease: number;
  @Field(() => Float, {
    description:
      'Canary p95 latency above this many times the stable one fails the step, when minP95IncreaseMs is also passed',
  })
  maxP95Ratio: number;
  @Field(() => Float, {
    description: 'Canary p95 must also be this many ms above the stable one for maxP95Ratio to fail the step',
  })
  minP95IncreaseMs: number;
  @Field(() => Int, { description: 'Requests the canary must serve in a step before it is judged' })
  minRequests: number;

  static from(a: CanaryAnalysis): CanaryAnalysisType {
    return { ...a };
  }
}

@ObjectType('RevisionFigures', { description: 'One side of a split through the ingress, over an interval' })
export class RevisionFiguresType {
  @Field(() => Int, { description: 'Requests answered in the interval' }) requests: number;
  @Field(() => Int, { description: '5xx answers (by a replica or by the ingress)' }) errors: number;
  @Field(() => Float, { description: 'Errors / requests, 0..1; 0 without requests' }) errorRate: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The 95th percentile latency, in ms; null without requests',
  })
  p95Ms: number | null;

  static from(f: RevisionFigures | null): RevisionFiguresType | null {
    return f && { ...f };
  }
}

@ObjectType('RolloutSample', {
  description:
    "A point of a canary or blue-green rollout's timeline: each revision's figures over about a second (SAMPLE), or a decision (DECISION: a step passed or failed, promote, switch, abort; its figures are the step's)",
})
export class RolloutSampleType {
  @Field(() => Date, { description: 'When it was taken' }) at: Date;
  @Field(() => String, { description: 'SAMPLE or DECISION' }) kind: string;
  @Field(() => Int, { description: 'Canary step index (0-based)' }) step: number;
  @Field(() => Int, { description: "The new revision's share of requests then, %" }) weight: number;
  @Field(() => ProgressivePhase, { description: 'The phase then; null: not recorded', nullable: true })
  phase: ProgressivePhase | null;
  @Field(() => RevisionFiguresType, {
    nullable: true,
    description: 'The stable revision (every revision but the new one); null for a decision without figures',
  })
  stable: RevisionFiguresType | null;
  @Field(() => RevisionFiguresType, { nullable: true, description: 'The new revision' })
  canary: RevisionFiguresType | null;

  static from(p: TimelinePoint): RolloutSampleType {
    return {
      at: p.at,
      kind: p.kind.toUpperCase(),
      step: p.step,
      weight: p.weight,
      phase: p.phase as ProgressivePhase | null,
      stable: RevisionFiguresType.from(p.stable),
      canary: RevisionFiguresType.from(p.canary),
    };
  }
}

@ObjectType('RolloutDecision', {
  description: 'The latest move of a canary or blue-green, with the figures it was made on',
})
export class RolloutDecisionType extends RolloutSampleType {
  @Field(() => String, { description: 'What happened: ready, pass, fail, promote, abort or done' })
  event: string;
  @Field(() => ProgressivePhase, { description: 'The phase before the decision' }) from: ProgressivePhase;
  @Field(() => ProgressivePhase, { description: 'The phase after it' }) to: ProgressivePhase;
  @Field(() => String, { description: 'Why, in words (the analysis names the bound that failed)' })
  reason: string;

  static fromDecision(d: RolloutDecision): RolloutDecisionType {
    return {
      ...RolloutSampleType.from(d),
      event: d.event,
      from: d.from as ProgressivePhase,
      to: d.to as ProgressivePhase,
      reason: d.reason,
    };
  }
}

@ObjectType('ProgressiveRollout', { description: 'The canary or blue-green part of a rollout' })
export class ProgressiveRolloutType {
  @Field(() => ProgressiveKind, { description: 'CANARY or BLUE_GREEN' }) kind: ProgressiveKind;
  @Field(() => ProgressivePhase, { description: 'Where it is now' }) phase: ProgressivePhase;
  @Field(() => Int, { description: 'Canary step index (0-based)' }) step: number;
  @Field(() => [CanaryStepType], { description: 'The steps in effect (the defaults when none were given)' })
  steps: CanaryStepType[];
  @Field(() => Int, { description: "The new revision's share of ingress requests now, %" }) weight: number;
  @Field(() => Int, { description: 'The revision serving before the rollout' }) stableRevision: number;
  @Field(() => Int, { description: 'The new revision' }) canaryRevision: number;
  @Field(() => Int, { description: 'Tasks of the new revision started beside the old ones' }) tasks: number;
  @Field(() => Date, {
    description: 'When the current canary step began; null: no step started yet',
    nullable: true,
  })
  stepStartedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Blue-green: when all requests switched' })
  switchedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The last decision in words' }) message: string | null;
  @Field(() => RolloutDecisionType, { nullable: true, description: 'The last decision with its figures' })
  decision: RolloutDecisionType | null;

  static from(p: ProgressiveState, spec: ServiceSpec, d: RolloutDecision | null): ProgressiveRolloutType {
    return {
      kind: p.kind,
      phase: p.phase,
      step: p.step,
      steps: (p.steps ?? (p.kind === 'CANARY' ? canarySteps(spec) : [])).map((s: CanaryStep) => ({ ...s })),
      weight: p.weight,
      stableRevision: p.stableRevision,
      canaryRevision: p.canaryRevision,
      tasks: p.tasks,
      stepStartedAt: p.stepStartedAt,
      switchedAt: p.switchedAt,
      message: p.decision,
      decision: d && RolloutDecisionType.fromDecision(d),
    };
  }
}
