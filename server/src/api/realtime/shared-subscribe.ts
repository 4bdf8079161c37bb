import type { ExecutionArgs, ExecutionResult } from 'graphql';

type MaybePromise<T> = T | Promise<T>;

/** The two graphql functions a subscription needs, from the graphql instance the schema was built with. */
export interface GraphqlExecution {
  createSourceEventStream(args: ExecutionArgs): MaybePromise<AsyncIterable<unknown> | ExecutionResult>;
  execute(args: ExecutionArgs): MaybePromise<ExecutionResult>;
}

/**
 * graphql's `subscribe`, except that one source event executed for many subscribers with the
 * same operation (same document, operation name, variables and auth token) is executed once and
 * the result shared. graphql-js runs the whole selection set per subscriber per event; with 1,000
 * dashboards on the same `events` subscription that is 1,000 identical executions of every event.
 *
 * Sharing needs the very same payload object to reach every subscriber, which is how the real-time
 * layer fans out (the event log and the stats hub push one object to all); anything else (a gap
 * marker, a primitive) is executed per subscriber as usual. Results are keyed by payload in a
 * WeakMap, so they live as long as the event object does.
 */
export function sharedSubscribe(
  graphql: GraphqlExecution,
  keyOf: (args: ExecutionArgs) => string | null,
): (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const results = new WeakMap<object, Map<string, MaybePromise<ExecutionResult>>>();
  return async (args) => {
    const stream = await graphql.createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    const key = keyOf(args);
    const run = (payload: unknown): MaybePromise<ExecutionResult> => {
      if (key === null || payload === null || typeof payload !== 'object')
        return graphql.execute({ ...args, rootValue: payload });
      let byKey = results.get(payload);
      if (!byKey) results.set(payload, (byKey = new Map()));
      let r = byKey.get(key);
      if (r === undefined) {
        r = graphql.execute({ ...args, rootValue: payload });
        byKey.set(key, r);
      }
      return r;
    };
    return mapIterator(stream, run);
  };
}

/** The sharing key: what the result of an execution depends on besides the payload. */
export function operationKey(args: ExecutionArgs, authToken: string | undefined): string | null {
  const body = args.document.loc?.source.body;
  if (body === undefined) return null;
  return JSON.stringify([authToken ?? null, args.operationName ?? null, body, args.variableValues ?? null]);
}

function isPromise<T>(x: T | Promise<T>): x is Promise<T> {
  return typeof (x as { then?: unknown } | null)?.then === 'function';
}

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return typeof (x as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';
}

/** Maps an async iterable; return() and throw() go straight to the source (teardown at once). */
function mapIterator<T, U>(
  source: AsyncIterable<T>,
  fn: (v: T) => MaybePromise<U>,
): AsyncIterableIterator<U> & {
  return(): Promise<IteratorResult<U>>;
  throw(err?: unknown): Promise<IteratorResult<U>>;
} {
  const it = source[Symbol.asyncIterator]();
  const close = async () => {
    if (typeof it.return === 'function') await it.return();
  };
  return {
    async next(): Promise<IteratorResult<U>> {
      const r = await it.next();
      if (r.done) return { value: undefined, done: true };
      try {
        // A synchronous execution (the usual case) is not awaited: one microtask less per
        // subscriber per event.
        const v = fn(r.value);
        return { value: isPromise(v) ? await v : v, done: false };
      } catch (err) {
        await close().catch(() => {});
        throw err;
      }
    },
    async return(): Promise<IteratorResult<U>> {
      await close();
      return { value: undefined, done: true };
    },
    async throw(err?: unknown): Promise<IteratorResult<U>> {
      await close();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
