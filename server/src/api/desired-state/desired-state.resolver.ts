import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { actorName } from '../../app/access/principal.js';
import type { Context } from '../context.js';
import { DesiredStateImportType } from './desired-state.type.js';

@Resolver()
export class DesiredStateResolver {
  @Query(() => String, {
    description:
      'The desired state as one YAML document (kind StevedoreDesiredState): environments with quotas and policies, networks, managed volumes, secret names (never values) and services with their whole spec; sorted, so two exports of one fleet are the same text (ADMIN)',
  })
  exportDesiredState(@Ctx() ctx: Context): Promise<string> {
    return ctx.core.desiredState.export();
  }

  @Mutation(() => DesiredStateImportType, {
    description:
      'Plans a desired-state document against this control plane and applies it (creates and updates through the same checks as the API; removes nothing). A MISSING secret or a CONFLICT stops it before any change (ADMIN)',
  })
  importDesiredState(
    @Ctx() ctx: Context,
    @Arg('document', () => String, { description: 'The YAML text, as exportDesiredState writes it' })
    document: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Plan only; change nothing' })
    dryRun: boolean,
  ): Promise<DesiredStateImportType> {
    return ctx.core.desiredState.import(document, {
      dryRun,
      actor: actorName(ctx.principal),
    }) as Promise<DesiredStateImportType>;
  }
}
