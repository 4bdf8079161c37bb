import {
  GraphQLInt,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  createSourceEventStream,
  execute,
  parse,
  type ExecutionResult,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { Fifo, QueueIterator } from '../../app/iterators.js';
import { operationKey, sharedSubscribe } from './shared-subscribe.js';

/** A schema whose `tick` subscription yields whatever the test pushes, counting resolver runs. */
function setup() {
  const feeds: QueueIterator<{ n: number }>[] = [];
  let resolved = 0;
  let closed = 0;
  const Tick = new GraphQLObjectType({
    name: 'Tick',
    fields: {
      n: { type: GraphQLInt },
      label: { type: GraphQLString, resolve: (t: { n: number }) => (resolved++, `#${t.n}`) },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt, resolve: () => 1 } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        tick: {
          type: Tick,
          args: { every: { type: GraphQLInt } },
          subscribe: () => {
            const it = new QueueIterator(new Fifo<{ n: number }>() as never).onClose(() => closed++);
            feeds.push(it as never);
            return it;
          },
          resolve: (t: unknown) => t,
        },
      },
    }),
  });
  const subscribe = sharedSubscribe({ createSourceEventStream, execute }, (a) => operationKey(a, undefined));
  const open = async (query: string, variableValues?: Record<string, unknown>) =>
    (await subscribe({
      schema,
      document: parse(query),
      variableValues,
    })) as AsyncIterableIterator<ExecutionResult>;
  return { feeds, open, counts: () => ({ resolved, closed }) };
}

describe('sharedSubscribe', () => {
  it('executes an event once for subscribers of the same operation, separately for different ones', async () => {
    const { feeds, open, counts } = setup();
    const q = 'subscription { tick { n label } }';
    const subs = await Promise.all([open(q), open(q), open(q), open('subscription { tick { label } }')]);
    const ev = { n: 7 };
    for (const f of feeds) f.push(ev); // one event object to everyone, as the event log does
    const results = await Promise.all(subs.map((s) => s.next()));
    expect(results.slice(0, 3).map((r) => r.value)).toEqual(
      Array(3).fill({ data: { tick: { n: 7, label: '#7' } } }),
    );
    expect(results[0]!.value).toBe(results[1]!.value);
    expect(results[3]!.value).toEqual({ data: { tick: { label: '#7' } } });
    expect(counts().resolved).toBe(2);
    // Distinct objects (say, gap markers) are executed per subscriber.
    feeds[0]!.push({ n: 8 });
    feeds[1]!.push({ n: 8 });
    await Promise.all([subs[0]!.next(), subs[1]!.next()]);
    expect(counts().resolved).toBe(4);
  });

  it('passes return() through to the source at once', async () => {
    const { open, counts } = setup();
    const s = await open('subscription { tick { n } }');
    const pending = s.next();
    await s.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(counts().closed).toBe(1);
  });

  it('returns execution errors as graphql subscribe does', async () => {
    const { open } = setup();
    const r = (await open('subscription { nope }')) as unknown as ExecutionResult;
    expect(r.errors?.[0]?.message).toMatch(/nope/);
  });
});
