import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { toServiceType } from '../service/service.view.js';
import { AutoscaleInput } from '../service/service.input.js';
import { AutoscaleSpecType, ServiceType } from '../service/service.type.js';

@ObjectType('AutoscaleDecision', { description: 'One evaluation of the autoscaler, with its inputs' })
export class AutoscaleDecisionType {
  @Field(() => Date, { description: 'When the autoscaler decided' }) at: Date;
  @Field(() => String, { description: 'SCALE_UP, SCALE_DOWN or HOLD' }) action: string;
  @Field(() => Int, { description: 'Replicas before the decision' }) current: number;
  @Field(() => Int, { description: 'Replicas after stabilization and the min/max bounds' }) desired: number;
  @Field(() => Int, { nullable: true, description: 'Before stabilization' }) recommended: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The metric that drove it: cpu, memory or requestRate; null: none did',
  })
  metric: string | null;
  @Field(() => Float, {
    description:
      'The measured average of the driving metric (% for cpu and memory, requests/s for requestRate); null: no sample',
    nullable: true,
  })
  value: number | null;
  @Field(() => Float, {
    description: 'The target of that metric (its unit as value); null: no metric drove it',
    nullable: true,
  })
  target: number | null;
  @Field(() => String, { description: 'Why, as a sentence' }) reason: string;
  @Field(() => Int, { description: 'Replicas with a stats sample' }) measured: number;
  @Field(() => Boolean, {
    description:
      'True: the service was scaled to desired; false: held (cooldown, stabilization or no change)',
  })
  applied: boolean;
}

@ObjectType('AutoscaleMetrics', { description: 'Averages per ready replica at the last evaluation' })
export class AutoscaleMetricsType {
  @Field(() => Float, {
    description: 'Average CPU per replica, in % of its CPU limit; null: no sample',
    nullable: true,
  })
  cpuPercent: number | null;
  @Field(() => Float, {
    description: 'Average memory per replica, in % of its memory limit; null: no sample or no limit',
    nullable: true,
  })
  memoryPercent: number | null;
  @Field(() => Float, {
    description: 'Requests per second per replica through the ingress; null: not published',
    nullable: true,
  })
  requestRate: number | null;
}

@ObjectType('AutoscaleStatus', {
  description:
    "The autoscaler's view of one service: its settings, the metrics it sees and its recent decisions",
})
export class AutoscaleStatusType {
  @Field(() => ID, { description: 'Id of the service' }) serviceId: string;
  @Field(() => Boolean, { description: 'True: the service has an autoscale block' }) enabled: boolean;
  @Field(() => AutoscaleSpecType, {
    description: 'The autoscale block; null: autoscaling is off',
    nullable: true,
  })
  spec: AutoscaleSpecType | null;
  @Field(() => Int, { description: 'Replicas wanted now' }) replicas: number;
  @Field(() => AutoscaleMetricsType, { description: 'The averages the autoscaler sees now' })
  metrics: AutoscaleMetricsType;
  @Field(() => Date, {
    description: 'When the autoscaler last changed the replicas; null: never',
    nullable: true,
  })
  lastScaleAt: Date | null;
  @Field(() => [AutoscaleDecisionType], { description: 'Newest first' }) decisions: AutoscaleDecisionType[];
}

@Resolver()
export class AutoscaleResolver {
  @Mutation(() => ServiceType, {
    description: 'Sets (or with null, removes) the autoscale block: a new revision, no restarts',
  })
  async setAutoscale(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
    @Arg('input', () => AutoscaleInput, {
      description: 'The autoscale block; null: autoscaling off (replicas stay as they are)',
      nullable: true,
    })
    input?: AutoscaleInput | null,
  ): Promise<ServiceType> {
    const s = await ctx.core.autoscale.set(id, input ?? null);
    return toServiceType(ctx, ctx.core.services.view(s));
  }

  @Query(() => AutoscaleStatusType, {
    description: "The autoscaler's settings, metrics and recent decisions for a service",
  })
  autoscaleStatus(
    @Ctx() ctx: Context,
    @Arg('serviceId', () => ID, { description: 'Service id or name' }) serviceId: string,
  ): AutoscaleStatusType {
    return ctx.core.autoscale.status(serviceId);
  }
}
