import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';

/** Labels travel as key/value lists: typed for codegen, ordered for stable diffs. */
@ObjectType({ description: 'A label or environment entry', simpleResolvers: true })
export class KeyValue {
  @Field(() => String, { description: 'The key' })
  key: string;

  @Field(() => String, { description: 'Its value' })
  value: string;
}

@InputType({ description: 'A key and its value (a label or an environment variable)' })
export class KeyValueInput {
  @Field(() => String, { description: 'The key' })
  @MinLength(1)
  @MaxLength(255)
  key: string;

  @Field(() => String, { description: 'Its value' })
  @MaxLength(4096)
  value: string;
}

export const toKeyValues = (r: Record<string, string>): KeyValue[] =>
  Object.entries(r)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value }));

export const fromKeyValues = (list: KeyValueInput[] | undefined | null): Record<string, string> =>
  Object.fromEntries((list ?? []).map((kv) => [kv.key, kv.value]));
