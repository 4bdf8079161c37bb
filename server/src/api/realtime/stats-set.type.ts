import { Field, ObjectType } from 'type-graphql';
import { ContainerStatsType, NodeStatsType } from './stats.type.js';

@ObjectType('ContainerStatsBatch', {
  description: 'The newest sample of each container of a stats set, at one instant',
})
export class ContainerStatsBatchType {
  @Field(() => Date, { description: 'When the batch was put together' })
  timestamp: Date;

  @Field(() => [ContainerStatsType], { description: 'Each container with a current sample' })
  items: ContainerStatsType[];

  @Field(() => [String], {
    description: 'Containers without a current sample yet (a new stream gives its first after about 2 s)',
  })
  pending: string[];

  @Field(() => [String], {
    description: 'Containers not found, or whose stream ended (stopped, removed, node unreachable)',
  })
  gone: string[];
}

@ObjectType('NodeStatsBatch', { description: "Each node's aggregate use, at one instant" })
export class NodeStatsBatchType {
  @Field(() => Date, { description: 'When the batch was put together' })
  timestamp: Date;

  @Field(() => [NodeStatsType], { description: 'Each node with a current aggregate' })
  items: NodeStatsType[];
}
