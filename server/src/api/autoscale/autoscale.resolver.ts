import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { toServiceType } from '../service/service.resolver.js';
import { AutoscaleInput } from '../service/service.input.js';
import { AutoscaleSpecType, ServiceType } from '../service/service.type.js';

@ObjectType('AutoscaleDecision', { description: 'One evaluation of the autoscaler, with its inputs' })
export class AutoscaleDecisionType {
  @Field(() => Date) at: Date;
  @Field(() => String, { description: 'SCALE_UP, SCALE_DOWN or HOLD' }) action: string;
  @Field(() => Int) current: number;
  @Field(() => Int) desired: number;
  @Field(() => Int, { nullable: true, description: 'Before stabilization' }) recommended: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'cpu, memory or requestRate: the metric that drove it',
  })
  metric: string | null;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => String) reason: string;
  @Field(() => Int, { description: 'Replicas with a stats sample' }) measured: number;
  @Field(() => Boolean) applied: boolean;
}

@ObjectType('AutoscaleMetrics', { description: 'Averages per ready replica at the last evaluation' })
export class AutoscaleMetricsType {
  @Field(() => Float, { nullable: true }) cpuPercent: number | null;
  @Field(() => Float, { nullable: true }) memoryPercent: number | null;
  @Field(() => Float, { nullable: true }) requestRate: number | null;
}

@ObjectType('AutoscaleStatus')
export class AutoscaleStatusType {
  @Field(() => ID) serviceId: string;
  @Field(() => Boolean) enabled: boolean;
  @Field(() => AutoscaleSpecType, { nullable: true }) spec: AutoscaleSpecType | null;
  @Field(() => Int) replicas: number;
  @Field(() => AutoscaleMetricsType) metrics: AutoscaleMetricsType;
  @Field(() => Date, { nullable: true }) lastScaleAt: Date | null;
  @Field(() => [AutoscaleDecisionType], { description: 'Newest first' }) decisions: AutoscaleDecisionType[];
}

@Resolver()
export class AutoscaleResolver {
  @Mutation(() => ServiceType, {
    description: 'Sets (or with null, removes) the autoscale block: a new revision, no restarts',
  })
  async setAutoscale(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AutoscaleInput, { nullable: true }) input?: AutoscaleInput | null,
  ): Promise<ServiceType> {
    const s = await ctx.core.autoscale.set(id, input ?? null);
    return toServiceType(ctx, ctx.core.services.view(s));
  }

  @Query(() => AutoscaleStatusType)
  autoscaleStatus(@Ctx() ctx: Context, @Arg('serviceId', () => ID) serviceId: string): AutoscaleStatusType {
    return ctx.core.autoscale.status(serviceId);
  }
}
