import { Arg, Args, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { PageArgs, storeConnection } from '../common/connection.js';
import { visibleScope } from '../auth/visibility.js';
import type { LoggedEvent } from '../../domain/event-filter.js';
import type { SortOrder } from '../../domain/paging.js';
import { SafeIntResolver } from 'graphql-scalars';
import type { Context } from '../context.js';
import { badInput } from '../../app/errors.js';
import { EventStream, type StreamItem } from '../../app/event-stream.js';
import { EventConnection, EventFilterInput, EventPageType, EventType, toEventFilter } from './event.type.js';

/** eventsConnection's order: newest first, by the log's cursor. */
const EVENT_ORDER: SortOrder<LoggedEvent> = {
  name: 'CURSOR:DESC',
  key: (e) => [e.cursor],
  directions: ['DESC'],
};

const MAX_PAGE = 1000;

function cursorArg(name: string, v: number | null | undefined): number | undefined {
  if (v === null || v === undefined) return undefined;
  if (!Number.isSafeInteger(v) || v < 0) throw badInput(name, 'must be a cursor (an integer ≥ 0)');
  return v;
}

/** Node filters may name a node; events carry node ids. */
const nodeResolver = (ctx: Context) => (ref: string) => ctx.core.nodes.get(ref)?.id ?? ref;

@Resolver()
export class EventResolver {
  @Query(() => EventConnection, {
    description:
      'The event log, newest first, a page at a time (first/after); filtered in the store. For a live feed ' +
      'that resumes from a cursor, subscribe to events(after:)',
  })
  eventsConnection(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => EventFilterInput, {
      description: 'Which events; null: all you may see',
      nullable: true,
    })
    filter?: EventFilterInput | null,
  ): EventConnection {
    const f = toEventFilter(filter, nodeResolver(ctx));
    const scope = visibleScope(ctx);
    if (scope) f.clusterIds = ctx.core.clusters.list().flatMap((c) => (scope.cluster(c.id) ? [c.id] : []));
    const log = ctx.core.live.events;
    return storeConnection(
      EVENT_ORDER,
      page,
      (afterKey, limit) => log.readBackwards(afterKey ? Number(afterKey[0]) : undefined, f, limit),
      () => log.count(f),
      (items) => items.map(EventType.from),
    );
  }

  @Query(() => EventPageType, {
    name: 'events',
    deprecationReason: 'use eventsConnection (Relay paging); this field goes in the next release',
    description:
      'The event log, newest first by default (page on with before: nextCursor), or oldest first after a cursor ' +
      '(page on with after: nextCursor)',
  })
  eventHistory(
    @Ctx() ctx: Context,
    @Arg('filter', () => EventFilterInput, { description: 'Which events; null: all', nullable: true })
    filter?: EventFilterInput | null,
    @Arg('after', () => SafeIntResolver, { nullable: true, description: 'Oldest first, after this cursor' })
    after?: number | null,
    @Arg('before', () => SafeIntResolver, { nullable: true, description: 'Newest first, before this cursor' })
    before?: number | null,
    @Arg('limit', () => Int, { defaultValue: 100, description: `1..${MAX_PAGE}` }) limit = 100,
  ): EventPageType {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
      throw badInput('limit', `must be 1..${MAX_PAGE}`);
    const a = cursorArg('after', after);
    const b = cursorArg('before', before);
    if (a !== undefined && b !== undefined) throw badInput('before', 'give after or before, not both');
    const f = toEventFilter(filter, nodeResolver(ctx));
    const log = ctx.core.live.events;
    if (a !== undefined) {
      const rows = log.read(a, f, limit + 1);
      const items = rows.slice(0, limit);
      return {
        items: items.map(EventType.from),
        nextCursor: items.length ? items[items.length - 1]!.cursor : a,
        hasMore: rows.length > limit,
      };
    }
    const rows = log.readBackwards(b, f, limit + 1);
    const items = rows.slice(0, limit);
    const hasMore = rows.length > limit;
    return {
      items: items.map(EventType.from),
      nextCursor: hasMore ? items[items.length - 1]!.cursor : null,
      hasMore,
    };
  }

  @Subscription(() => EventType, {
    name: 'events',
    description:
      'Events as they happen. With after: cursor, first every logged event after it, then live, with no gap and ' +
      'no duplicate. A subscriber that falls behind gets one stream.gap event for what it missed',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const after = cursorArg('after', args.after as number | null | undefined);
      const live = ctx.core.live;
      return new EventStream(
        live.events,
        toEventFilter(args.filter as EventFilterInput | null, nodeResolver(ctx)),
        after,
        {
          queue: ctx.core.config.subscriptionQueue,
          onGap: (n) => live.subscriptionGap(n),
        },
      );
    },
  })
  eventStream(
    @Root() item: StreamItem,
    @Arg('filter', () => EventFilterInput, {
      description: 'Which events; null: all',
      nullable: true,
      validate: false,
    })
    _filter?: EventFilterInput | null,
    @Arg('after', () => SafeIntResolver, {
      nullable: true,
      description: 'Replay events after this cursor first',
    })
    _after?: number | null,
  ): EventType {
    return EventType.from(item);
  }
}
