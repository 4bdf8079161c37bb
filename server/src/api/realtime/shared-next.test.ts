import type { ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { QueueIterator, Fifo } from '../../app/iterators.js';
import { deliverShared } from './shared-next.js';

/** A ws WebSocket as writeFrame sees it: open, never backed up, recording text frames. */
function fakeSocket() {
  const frames: unknown[] = [];
  const ws = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    send(data: string | Buffer, opts: { binary: boolean }) {
      expect(opts.binary).toBe(false);
      frames.push(JSON.parse(String(data)));
    },
  };
  return { ws: ws as unknown as WebSocket, frames };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('deliverShared', () => {
  it('writes one shared result under each subscription id, and formats a result with errors per subscriber', async () => {
    const { ws, frames } = fakeSocket();
    const a = new QueueIterator<ExecutionResult>(new Fifo());
    const b = new QueueIterator<ExecutionResult>(new Fifo());
    const ga = deliverShared(ws, 'a', a, (r) => r);
    const gb = deliverShared(ws, 'b', b, (r) => ({ ...r, errors: [{ message: 'formatted' }] }) as never);
    const doneA = ga.next();
    const doneB = gb.next();
    const shared: ExecutionResult = { data: { events: { kind: 'x.y', cursor: 1 } } };
    a.push(shared);
    b.push(shared);
    await tick();
    b.push({ data: null, errors: [new Error('boom')] as never });
    await tick();
    expect(frames).toEqual([
      { id: 'a', type: 'next', payload: shared },
      { id: 'b', type: 'next', payload: shared },
      { id: 'b', type: 'next', payload: { data: null, errors: [{ message: 'formatted' }] } },
    ]);
    // graphql-ws's return() (client complete, socket close) ends the delivery and the source.
    await ga.return(undefined);
    expect(await doneA).toEqual({ value: undefined, done: true });
    expect(a.isClosed).toBe(true);
    await gb.return(undefined);
    expect(await doneB).toEqual({ value: undefined, done: true });
    expect(b.isClosed).toBe(true);
  });

  // graphql-ws then sends it as the subscription's error message.
  it('rejects with the error of a source that ends with one', async () => {
    const { ws } = fakeSocket();
    const src = new QueueIterator<ExecutionResult>(new Fifo());
    const g = deliverShared(ws, 's', src, (r) => r);
    const done = g.next();
    src.end(new Error('engine stream lost'));
    await expect(done).rejects.toThrow('engine stream lost');
  });
});
