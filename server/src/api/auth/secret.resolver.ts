import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { SecretType } from './auth.type.js';
import { actorName } from '../../app/access/principal.js';

const envOf = (ctx: Context, ref: string) => ctx.core.environments.require(ref).id;

/** Secrets per environment: names and versions out, values only in (and into containers). */
@Resolver()
export class SecretResolver {
  @Query(() => [SecretType], { description: 'Secrets of an environment (names and versions, never values)' })
  secrets(
    @Ctx() ctx: Context,
    @Arg('environment', () => String, { description: 'Environment id or name' }) environment: string,
  ): SecretType[] {
    const env = envOf(ctx, environment);
    const clusters = ctx.core.environments.clustersOf(env);
    return ctx.core.secrets
      .list(env)
      .map((s) => SecretType.from(s, ctx.core.secrets.usedBy(s.name, clusters)));
  }

  @Mutation(() => SecretType, { description: 'Stores a secret, encrypted; its value is never returned' })
  createSecret(
    @Ctx() ctx: Context,
    @Arg('environment', () => String, { description: 'Environment id or name' }) environment: string,
    @Arg('name', () => String, { description: 'Secret name, unique in the environment' }) name: string,
    @Arg('value', () => String, { description: 'The secret value, stored encrypted; never returned' })
    value: string,
  ): SecretType {
    const env = envOf(ctx, environment);
    return SecretType.from(ctx.core.secrets.create(env, name, value, actorName(ctx.principal)), []);
  }

  @Mutation(() => SecretType, {
    description:
      'A new value (version + 1) for containers created from now on; update the services to roll it out',
  })
  rotateSecret(
    @Ctx() ctx: Context,
    @Arg('environment', () => String, { description: 'Environment id or name' }) environment: string,
    @Arg('name', () => String, { description: 'Secret name' }) name: string,
    @Arg('value', () => String, { description: 'The new value, stored encrypted; never returned' })
    value: string,
  ): SecretType {
    const env = envOf(ctx, environment);
    return SecretType.from(
      ctx.core.secrets.rotate(env, name, value),
      ctx.core.secrets.usedBy(name, ctx.core.environments.clustersOf(env)),
    );
  }

  @Mutation(() => SecretType, { description: 'Removes a secret no service refers to' })
  removeSecret(
    @Ctx() ctx: Context,
    @Arg('environment', () => String, { description: 'Environment id or name' }) environment: string,
    @Arg('name', () => String, { description: 'Secret name' }) name: string,
  ): SecretType {
    const env = envOf(ctx, environment);
    return SecretType.from(ctx.core.secrets.remove(env, name, ctx.core.environments.clustersOf(env)), []);
  }
}
