import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { actorName } from '../../app/access/principal.js';
import { badInput } from '../../app/errors.js';
import { toServiceType } from './service.view.js';
import { RolloutType, ServiceType } from './service.type.js';
import { RolloutSampleType } from './progressive.type.js';

/**
 * Canary and blue-green rollouts: the operator's promote and abort, and the rollout's timeline
 * (the analysis loop's samples and decisions). Live: serviceStatus pushes the service on every
 * sample and decision, the timeline included when selected.
 */
@Resolver(() => RolloutType)
export class ProgressiveResolver {
  @FieldResolver(() => [RolloutSampleType], {
    description:
      "A canary or blue-green rollout's timeline, oldest first: each revision's requests, error rate and p95 about every second, and every decision with its figures; empty for a plain rolling update",
  })
  timeline(
    @Ctx() ctx: Context,
    @Root() rollout: RolloutType,
    @Arg('limit', () => Int, { defaultValue: 300, description: 'The last this many points, 1..2000' })
    limit: number,
  ): RolloutSampleType[] {
    if (!Number.isInteger(limit) || limit < 1 || limit > 2000)
      throw badInput('limit', `must be a whole number from 1 to 2000, not ${limit}`);
    const s = ctx.core.services.get(rollout.serviceId);
    return s ? ctx.core.rollouts.timeline(s, limit).map((p) => RolloutSampleType.from(p)) : [];
  }

  @Mutation(() => ServiceType, {
    description:
      'Canary: on to 100 % now, the rolling update replaces the old tasks. Blue-green after the switch: the old revision goes now instead of after blueGreenKeepMs. CONFLICT when there is no canary or blue-green to promote',
  })
  promoteRollout(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
  ): ServiceType {
    const s = ctx.core.services.promoteRollout(id, actorName(ctx.principal));
    return toServiceType(ctx, ctx.core.services.view(s));
  }

  @Mutation(() => ServiceType, {
    description:
      "Back to the stable revision: a canary's or blue-green's new revision gets no request from now on and is stopped. CONFLICT when no rollout is in progress, and for a plain rolling update (abort belongs to canary and blue-green: rollbackService goes back, pauseRollout holds it)",
  })
  async abortRollout(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
  ): Promise<ServiceType> {
    const s = await ctx.core.services.abortRollout(id, actorName(ctx.principal));
    return toServiceType(ctx, ctx.core.services.view(s));
  }
}
