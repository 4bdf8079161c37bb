import { Field, ObjectType, Query, Resolver } from 'type-graphql';

export const VERSION = '0.1.0';

@ObjectType({ description: "The control plane's version and start time" })
export class SystemInfo {
  @Field(() => String, { description: 'Stevedore version' })
  version: string;

  @Field(() => Date, { description: 'When this control plane process started' })
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
