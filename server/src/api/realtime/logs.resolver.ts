import { Arg, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context.js';
import { badInput, fromEngineError } from '../../app/errors.js';
import { LogLineType, LogStream } from '../container/container.type.js';
import type { LogLine } from '../../app/containers.js';
import { GapQueue, QueueIterator } from '../../app/iterators.js';

/** Lines held for a client reading slower than the container writes; beyond, a "dropped" line. */
const LOG_QUEUE = 10_000;
/** "Every line" for the engine's tail (it takes a number or "all"; the driver passes numbers). */
const ALL_LINES = 1_000_000_000;

function toLine(l: LogLine): LogLineType {
  return {
    timestamp: l.timestamp,
    stream: l.stream === 'stderr' ? LogStream.STDERR : LogStream.STDOUT,
    message: l.message,
  };
}

function droppedMarker(_first: LogLineType, _last: LogLineType, count: number): LogLineType {
  return {
    timestamp: new Date(),
    stream: LogStream.STDERR,
    message: `[stevedore] ${count} lines not delivered: the client reads slower than the container writes`,
  };
}

@Resolver()
export class LogsResolver {
  @Subscription(() => LogLineType, {
    description:
      'Container output. follow (default): the tail (default none unless since is given), then new lines as they ' +
      'are written, until the container stops or the client leaves (which closes the engine stream); without ' +
      'follow, the lines so far, then complete',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const tail = args.tail === null || args.tail === undefined ? undefined : Number(args.tail);
      if (tail !== undefined && (!Number.isInteger(tail) || tail < 0)) throw badInput('tail', 'must be ≥ 0');
      const since = args.since instanceof Date ? Math.floor(args.since.getTime() / 1000) : undefined;
      const follow = args.follow !== false;
      const live = ctx.core.live;
      const c = await live.locate(String(args.containerId ?? ''), (args.nodeId as string | null) ?? null);
      const it = new QueueIterator<LogLineType>(
        new GapQueue(follow ? LOG_QUEUE : Number.MAX_SAFE_INTEGER, droppedMarker),
      );
      if (!follow) {
        try {
          const lines = await c.driver.containerLogs(c.id, { tail, since });
          for (const l of lines) it.push(toLine(l));
          it.end();
        } catch (err) {
          throw fromEngineError(err, c.node.name, 'containerId');
        }
        return it;
      }
      const sub = live.followLogs(
        c.driver,
        c.id,
        { tail: tail ?? (since !== undefined ? ALL_LINES : 0), since },
        (l) => it.push(toLine(l)),
        (err) => it.end(err ? fromEngineError(err, c.node.name, 'containerId') : undefined),
      );
      return it.onClose(() => sub.close());
    },
  })
  containerLogs(
    @Root() line: LogLineType,
    @Arg('containerId', () => String, { description: 'Full or short id, or name' }) _containerId: string,
    @Arg('nodeId', () => ID, {
      nullable: true,
      description: 'Node id or name; found by asking every node if not given',
    })
    _nodeId?: string | null,
    @Arg('follow', () => Boolean, {
      description: 'True (default): go on with new lines; false: end after the lines there are',
      defaultValue: true,
    })
    _follow?: boolean,
    @Arg('tail', () => Int, { nullable: true, description: 'Lines from the end to start with' })
    _tail?: number | null,
    @Arg('since', () => Date, { nullable: true, description: 'Only lines written from then on' })
    _since?: Date | null,
  ): LogLineType {
    return line;
  }
}
