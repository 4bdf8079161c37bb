import { Field, ID, ObjectType } from 'type-graphql';

/** A node left out of a cluster-wide answer, and why: partial answers say they are partial. */
@ObjectType({ description: 'A node that could not be asked: DOWN, or its engine did not answer' })
export class UnreachableNode {
  @Field(() => ID, { description: 'Node id' })
  id: string;

  @Field(() => String, { description: 'Node name' })
  name: string;

  @Field(() => String, { description: 'Why the engine did not answer' })
  reason: string;
}
