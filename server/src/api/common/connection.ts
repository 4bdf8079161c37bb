import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { badInput } from '../../app/errors.js';
import {
  DEFAULT_FIRST,
  MAX_FIRST,
  decodeCursor,
  encodeCursor,
  pageOf,
  type Direction,
  type Page,
  type SortOrder,
  type SortValue,
} from '../../domain/paging.js';

/**
 * The Relay connections' plumbing, shared by every paged list (`containersConnection`,
 * `servicesConnection`, ...): the arguments, `PageInfo`, the `XConnection` / `XEdge` types and
 * the one function that turns a filtered list into a page. The cursor maths is domain/paging.ts.
 */

export const OrderDirection = { ASC: 'ASC', DESC: 'DESC' } as const;
export type OrderDirection = Direction;
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'A sort direction',
  valuesConfig: {
    ASC: { description: 'Ascending: smallest, oldest or A first' },
    DESC: { description: 'Descending: largest, newest or Z first' },
  },
});

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Items in the page, 0..${MAX_FIRST}; default ${DEFAULT_FIRST}`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only items after this cursor (an edge's cursor or pageInfo.endCursor); null: from the start",
  })
  after?: string | null;
}

@ObjectType('PageInfo', {
  description: 'Where a page stands in its list (Relay cursor connections)',
  simpleResolvers: true,
})
export class PageInfo {
  @Field(() => Boolean, { description: 'True: items follow this page (ask again with after: endCursor)' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'True: items come before this page (it was asked for with after)' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The first edge's cursor; null: the page is empty" })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The last edge's cursor; null: the page is empty" })
  endCursor: string | null;
}

export interface Edge<V> {
  cursor: string;
  node: V;
}

export interface Connection<V> {
  edges: Edge<V>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The fields of a connection of an item type: edges (`${name}Edge`: cursor and node), pageInfo and
 * totalCount. Abstract: each list declares its own `@ObjectType('XConnection')` extending it, with
 * its description and any fields of its own (unreachableNodes).
 */
export function connectionType<V extends object>(
  item: ClassType<V>,
  name: string,
  what: string,
): ClassType<Connection<V>> {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor`, simpleResolvers: true })
  class EdgeType {
    @Field(() => String, { description: 'Where this item stands: pass it as after to page on from it' })
    cursor: string;

    @Field(() => item, { description: `The ${what}` })
    node: V;
  }

  @ObjectType(`${name}ConnectionFields`, { description: `The fields every ${what} connection has` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: `The ${what}s of this page, in the list's order` })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: `Every ${what} of the list under its filters, not only this page` })
    totalCount: number;
  }
  return ConnectionType;
}

/** first, checked: 0..MAX_FIRST, DEFAULT_FIRST when absent; BAD_USER_INPUT naming first otherwise. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST)
    throw badInput('first', `must be 0..${MAX_FIRST} (got ${first})`);
  return first;
}

/**
 * A page of `items` (the whole list under its filters, already cut to what the caller may see)
 * in `order`, each turned into its GraphQL view. A cursor that is not one of this list's and this
 * order's is BAD_USER_INPUT naming after.
 */
export function connection<T, V>(
  items: readonly T[],
  order: SortOrder<T>,
  args: PageArgs,
  view: (items: T[]) => V[],
): Connection<V> {
  const { first, afterKey } = pageRequest(args, order);
  return toConnection(pageOf(items, order, first, afterKey), view);
}

/**
 * A page of a list the store pages itself (the event log, the audit log): `read` gets the key
 * after which to start (undefined: from the start) and how many rows to read, in `order`.
 */
export function storeConnection<T, V>(
  order: SortOrder<T>,
  args: PageArgs,
  read: (afterKey: SortValue[] | undefined, limit: number) => T[],
  totalCount: () => number,
  view: (items: T[]) => V[],
): Connection<V> {
  const { first, afterKey } = pageRequest(args, order);
  const rows = read(afterKey, first + 1);
  const items = rows.slice(0, first);
  return toConnection(
    {
      items: items.map((item) => ({ item, cursor: encodeCursor(order.name, order.key(item)) })),
      totalCount: totalCount(),
      hasNextPage: rows.length > first,
      hasPreviousPage: afterKey !== undefined,
    },
    view,
  );
}

function pageRequest<T>(args: PageArgs, order: SortOrder<T>): { first: number; afterKey?: SortValue[] } {
  const first = pageSize(args.first);
  if (args.after === null || args.after === undefined) return { first };
  const d = decodeCursor(args.after, order as SortOrder<unknown>);
  if ('error' in d) throw badInput('after', d.error);
  return { first, afterKey: d.key };
}

function toConnection<T, V>(page: Page<T>, view: (items: T[]) => V[]): Connection<V> {
  const views = view(page.items.map((p) => p.item));
  const edges = page.items.map((p, i) => ({ cursor: p.cursor, node: views[i]! }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
