import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A value for ${NAME} (and ${NAME:-default}) in the compose file' })
export class StackVariableInput {
  @Field(() => String, { description: 'Variable name, as in ${NAME}' }) name: string;
  @Field(() => String, {
    description: 'Kept for this deploy only: the stack stores the names, never the values',
  })
  value: string;
}

@InputType({
  description:
    "The content of a file the compose file names (env_file, or a secret's file): the server never reads files of its own or the caller's disk",
})
export class StackFileInput {
  @Field(() => String, { description: 'The path as written in the compose file, e.g. "./web.env"' })
  path: string;
  @Field(() => String, { description: "The file's content" }) content: string;
}

@InputType({
  description:
    "An image of the compose file run as another (as Kustomize's images:): the file stays as it is, e.g. postgres:15 → a local test image",
})
export class StackImageInput {
  @Field(() => String, { description: 'The image as the file names it, after interpolation' })
  image: string;
  @Field(() => String, { description: 'The image to run instead' })
  replaceWith: string;
}
