import { Field, ObjectType, Query, Resolver } from 'type-graphql';

export const VERSION = '0.1.0';

@ObjectType()
export class SystemInfo {
  @Field(() => String)
  version: string;

  @Field(() => Date)
  startedAt: Date;
}

const startedAt = new Date();

@Resolver()
export class SystemResolver {
  @Query(() => SystemInfo, { description: 'Control-plane version and start time' })
  system(): SystemInfo {
    return { version: VERSION, startedAt };
  }
}
