import { Field, ID, InputType } from 'type-graphql';

@InputType('ContainerStatsTargetInput', { description: 'A container of a stats set' })
export class ContainerStatsTargetInput {
  @Field(() => String, { description: 'Full id (a unique prefix or the name when nodeId is not given)' })
  containerId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Node id or name it runs on: watched at once; absent: found by asking every node',
  })
  nodeId?: string | null;
}
