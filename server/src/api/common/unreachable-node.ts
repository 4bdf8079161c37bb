import { Field, ID, ObjectType } from 'type-graphql';

/** A node left out of a cluster-wide answer, and why: partial answers say they are partial. */
@ObjectType({ description: 'A node that could not be asked: DOWN, or its engine did not answer' })
export class UnreachableNode {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  reason: string;
}
