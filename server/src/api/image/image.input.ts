import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Credentials for a registry; absent for anonymous access' })
export class RegistryAuthInput {
  @Field(() => String, { nullable: true })
  username?: string;

  @Field(() => String, { nullable: true })
  password?: string;

  @Field(() => String, { nullable: true, description: 'Registry address, e.g. registry.example.com:5000' })
  serverAddress?: string;
}
