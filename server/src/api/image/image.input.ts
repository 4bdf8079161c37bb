import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Credentials for a registry; absent for anonymous access' })
export class RegistryAuthInput {
  @Field(() => String, { description: 'User name; null: anonymous', nullable: true })
  username?: string;

  @Field(() => String, { description: 'Password or access token; null: anonymous', nullable: true })
  password?: string;

  @Field(() => String, { nullable: true, description: 'Registry address, e.g. registry.example.com:5000' })
  serverAddress?: string;
}
