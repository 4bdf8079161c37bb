import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';

export const VERSION = '0.1.0';

@ObjectType({ description: 'The replica holding the leader lease: the one running the loops' })
export class LeaderInfo {
  @Field(() => String, { description: "The leader's instance id (STEVEDORE_INSTANCE_ID)" })
  instanceId: string;

  @Field(() => Date, { description: 'When it took the lease' })
  since: Date;

  @Field(() => Int, { description: 'Its fencing token: grows with every change of leader' })
  token: number;

  @Field(() => Boolean, { description: 'The replica answering this query is the leader' })
  self: boolean;
}

@ObjectType({ description: "The control plane's version and start time" })
export class SystemInfo {
  @Field(() => String, { description: 'Stevedore version' })
  version: string;

  @Field(() => Date, { description: 'When this control plane process started' })
  startedAt: Date;

  @Field(() => String, {
    description: 'This replica (STEVEDORE_INSTANCE_ID): every replica on one store serves the API',
  })
  instanceId: string;

  @Field(() => LeaderInfo, {
    nullable: true,
    description: 'The leader as the store says; null while no replica holds the lease (a takeover)',
  })
  leader: LeaderInfo | null;
}

const startedAt = new Date();

@Resolver()
export class SystemResolver {
  @Query(() => SystemInfo, { description: 'Control-plane version, start time, this replica and the leader' })
  system(@Ctx() ctx: Context): SystemInfo {
    const { leadership } = ctx.core;
    return { version: VERSION, startedAt, instanceId: leadership.instanceId, leader: leadership.leader() };
  }
}
