import type { Client } from 'graphql-ws';

/**
 * Ctrl-C for streaming commands: the first SIGINT (or SIGTERM) runs `stop` (close the streams, so
 * the server ends their subscriptions), waits for the socket to close (at most 2 s) and exits 130
 * as a shell does after SIGINT; a second one exits at once. `client` gives the socket in use now.
 */
export function onInterrupt(client: () => Client, stop: () => void): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    const code = signal === 'SIGTERM' ? 143 : 130;
    const closed = new Promise<void>((resolve) => {
      client().on('closed', () => resolve());
      setTimeout(resolve, 2000).unref();
    });
    stop();
    void client().dispose();
    void closed.then(() => process.exit(code));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
