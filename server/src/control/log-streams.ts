import type { EngineDriver } from '../engine/engine.js';
import type { LogLine, LogOptions, Subscription } from '../engine/types.js';

/**
 * Engine log-follow streams, counted: each containerLogs subscription holds one, closed when the
 * client leaves (or the container's output ends). The count feeds a gauge and teardown tests.
 */
export class LogStreams {
  private open = 0;

  constructor(private readonly onCount?: (n: number) => void) {}

  count(): number {
    return this.open;
  }

  follow(
    driver: EngineDriver,
    containerId: string,
    opts: LogOptions,
    onLine: (l: LogLine) => void,
    onEnd: (err?: Error) => void,
  ): Subscription {
    let closed = false;
    const done = () => {
      if (closed) return false;
      closed = true;
      this.open--;
      this.onCount?.(this.open);
      return true;
    };
    this.open++;
    this.onCount?.(this.open);
    const sub = driver.followLogs(containerId, { ...opts, follow: true }, onLine, (err) => {
      if (done()) onEnd(err);
    });
    return {
      close: () => {
        if (done()) sub.close();
      },
    };
  }
}
