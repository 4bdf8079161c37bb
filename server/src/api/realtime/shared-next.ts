import type { ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import { writeFrame } from './ws-transport.js';

/**
 * The delivery of a subscription's results, in place of graphql-ws's per-result `next`.
 *
 * graphql-ws stringifies every `next` message for every subscriber, runs the onNext hook, and
 * awaits the write, then pulls the next result. With sharedSubscribe, the subscribers of one
 * operation (same document, variables, auth) already share one ExecutionResult object per event;
 * here that object is serialised once (kept in a WeakMap for as long as it lives) and each
 * subscriber's frame is its own `{"id":…,"type":"next","payload":` head, the shared bytes and `}`.
 * So each subscriber still gets exactly what its own operation selected, and nothing its own
 * source stream (filter, permissions: api/auth/guard.ts) did not let through: only the bytes of
 * identical results are shared.
 *
 * A result with errors is not shared: it goes through `format` (the onNext hook, which stamps the
 * subscriber's request id on each error) and is serialised for its subscriber alone.
 *
 * graphql-ws is handed a stand-in iterator that yields nothing and ends when this delivery ends
 * (or fails with its error), so completion, errors, client `complete` and socket close keep their
 * graphql-ws behaviour: its return() stops the delivery and closes the source at once.
 */
export function deliverShared(
  ws: WebSocket,
  id: string,
  source: AsyncIterable<ExecutionResult>,
  format: (r: ExecutionResult) => ExecutionResult,
): AsyncGenerator<ExecutionResult> {
  const it = source[Symbol.asyncIterator]();
  const head = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  let started = false;
  let stopped = false;
  let settle: { resolve: (r: IteratorResult<ExecutionResult>) => void; reject: (e: unknown) => void } | null =
    null;
  let outcome: { error: unknown } | null = null;

  const finish = (error?: unknown) => {
    if (!outcome) outcome = { error };
    const s = settle;
    settle = null;
    if (!s) return;
    if (outcome.error !== undefined) s.reject(outcome.error);
    else s.resolve({ value: undefined, done: true });
  };

  const pump = async () => {
    try {
      for (;;) {
        const r = await it.next();
        if (r.done || stopped) break;
        const result = r.value;
        const frame = result.errors?.length
          ? JSON.stringify({ id, type: 'next', payload: format(result) })
          : Buffer.concat([head, sharedBytes(result), TAIL]);
        const backedUp = writeFrame(ws, frame);
        if (backedUp) await backedUp;
      }
      finish();
    } catch (err) {
      finish(err ?? new Error('subscription failed'));
    }
  };

  const stop = async (): Promise<IteratorResult<ExecutionResult>> => {
    stopped = true;
    finish();
    if (typeof it.return === 'function') await it.return();
    return { value: undefined, done: true };
  };

  const gen: AsyncGenerator<ExecutionResult> = {
    next() {
      if (outcome)
        return outcome.error !== undefined
          ? Promise.reject(outcome.error)
          : Promise.resolve({ value: undefined, done: true });
      if (!started) {
        started = true;
        void pump();
      }
      return new Promise((resolve, reject) => (settle = { resolve, reject }));
    },
    return: stop,
    async throw(err?: unknown) {
      await stop();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return gen;
    },
  };
  return gen;
}

const TAIL = Buffer.from('}');
const bytes = new WeakMap<ExecutionResult, Buffer>();

/** The JSON of a result without errors, once per result object. */
function sharedBytes(result: ExecutionResult): Buffer {
  let b = bytes.get(result);
  if (!b) bytes.set(result, (b = Buffer.from(JSON.stringify(result))));
  return b;
}
