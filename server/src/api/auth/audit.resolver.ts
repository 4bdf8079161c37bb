import { Arg, Args, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { PageArgs, storeConnection } from '../common/connection.js';
import type { SortOrder } from '../../domain/paging.js';
import { SafeIntResolver } from 'graphql-scalars';
import { Fifo, QueueIterator } from '../../app/iterators.js';
import type { AuditEntry, AuditFilter } from '../../app/access/audit.js';
import type { Context } from '../context.js';
import { AppError, badInput } from '../../app/errors.js';
import { AuditEntryConnection, AuditEntryType, AuditFilterInput, AuditPageType } from './auth.type.js';

/** auditConnection's order: newest first, by entry id. */
const AUDIT_ORDER: SortOrder<AuditEntry> = { name: 'ID:DESC', key: (e) => [e.id], directions: ['DESC'] };

function auditFilter(ctx: Context, filter: AuditFilterInput | null | undefined): AuditFilter {
  if (filter?.outcome && filter.outcome !== 'ok' && filter.outcome !== 'error')
    throw badInput('filter.outcome', 'ok or error');
  return {
    actor: filter?.actor ?? undefined,
    action: filter?.action ?? undefined,
    outcome: (filter?.outcome as 'ok' | 'error' | undefined) ?? undefined,
    sinceMs: filter?.since?.getTime(),
    untilMs: filter?.until?.getTime(),
    environmentIds: scope(ctx, filter?.environment),
  };
}
import { visibleEnvironments } from './visibility.js';

const MAX_PAGE = 1000;
/** Entries held for a slow auditEvents reader before its stream is ended. */
const MAX_QUEUE = 10_000;

/** The environments an audit reader may see: the one asked for, or those where it is ADMIN. */
function scope(ctx: Context, environment: string | null | undefined): string[] | undefined {
  if (environment) return [ctx.core.environments.require(environment, 'filter.environment').id];
  const visible = visibleEnvironments(ctx, 'ADMIN');
  return visible ? [...visible] : undefined;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description:
      'The audit log, newest first, a page at a time (first/after): of one environment, or those where you are ADMIN',
  })
  auditConnection(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditFilterInput, {
      description: 'Which entries; null: all you may see',
      nullable: true,
    })
    filter?: AuditFilterInput | null,
  ): AuditEntryConnection {
    const f = auditFilter(ctx, filter);
    const audit = ctx.core.audit;
    return storeConnection(
      AUDIT_ORDER,
      page,
      (afterKey, limit) => audit.query(f, { before: afterKey ? Number(afterKey[0]) : undefined, limit }),
      () => audit.count(f),
      (items) => items.map(AuditEntryType.from),
    );
  }

  @Query(() => AuditPageType, {
    deprecationReason: 'use auditConnection (Relay paging); this field goes in the next release',
    description:
      'The audit log, newest first (page on with before: nextCursor), or oldest first after a cursor',
  })
  auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditFilterInput, {
      description: 'Which entries; null: all you may see',
      nullable: true,
    })
    filter?: AuditFilterInput | null,
    @Arg('after', () => SafeIntResolver, {
      description: 'Oldest first, the entries after this id (a cursor)',
      nullable: true,
    })
    after?: number | null,
    @Arg('before', () => SafeIntResolver, {
      description: 'Newest first, the entries before this id (nextCursor of the page before)',
      nullable: true,
    })
    before?: number | null,
    @Arg('limit', () => Int, { defaultValue: 100, description: `1..${MAX_PAGE}` }) limit = 100,
  ): AuditPageType {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
      throw badInput('limit', `must be 1..${MAX_PAGE}`);
    if (after != null && before != null) throw badInput('before', 'give after or before, not both');
    const f = auditFilter(ctx, filter);
    const rows = ctx.core.audit.query(f, {
      after: after ?? undefined,
      before: before ?? undefined,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit);
    const hasMore = rows.length > limit;
    return {
      items: items.map(AuditEntryType.from),
      nextCursor: after != null ? (items.at(-1)?.id ?? after) : hasMore ? items.at(-1)!.id : null,
      hasMore,
    };
  }

  @Subscription(() => AuditEntryType, {
    description: 'Audit entries as they are written (of one environment, or those where you are ADMIN)',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const envs = scope(ctx, args.environment as string | null | undefined);
      const keep = envs ? new Set(envs) : null;
      const queue = new Fifo<AuditEntry>();
      const it = new QueueIterator<AuditEntry>(queue);
      // Resuming after a cursor: what was written since, then live. The store is synchronous, so
      // no entry can be written between the replay and the listener below (no gap, no double).
      let last = (args.after as number | null | undefined) ?? null;
      if (last !== null) {
        for (;;) {
          const page = ctx.core.audit.query({ environmentIds: envs }, { after: last, limit: 1000 });
          for (const e of page) it.push(e);
          if (page.length) last = page.at(-1)!.id;
          if (queue.size >= MAX_QUEUE) {
            it.end(
              new AppError(
                'BAD_USER_INPUT',
                'auditEvents: too far behind the cursor; page with auditLog(after:)',
              ),
            );
            return it;
          }
          if (page.length < 1000) break;
        }
      }
      const stop = ctx.core.audit.listen((e) => {
        if (keep && !(e.environmentId && keep.has(e.environmentId))) return;
        if (last !== null && e.id <= last) return;
        if (queue.size >= MAX_QUEUE)
          it.end(new AppError('BAD_USER_INPUT', 'auditEvents: the reader fell too far behind'));
        else it.push(e);
      });
      it.onClose(stop);
      return it;
    },
  })
  auditEvents(
    @Root() e: AuditEntry,
    @Arg('environment', () => String, {
      description:
        "Only this environment's entries (id or name); null: those of environments where you are ADMIN",
      nullable: true,
    })
    _environment?: string | null,
    @Arg('after', () => SafeIntResolver, {
      nullable: true,
      description: 'Resume: first the entries after this id (a cursor from auditLog or an entry), then live',
    })
    _after?: number | null,
  ): AuditEntryType {
    return AuditEntryType.from(e);
  }
}
