import { createRequire } from 'node:module';
import type { Logger } from 'pino';

/**
 * LISTEN on a PostgreSQL channel from its own connection (the store's queries go through a
 * worker on one synchronous connection, which cannot wait for notifications). Replicas sharing
 * one database use it to hear at once that another replica appended to the event log
 * (control/event-log.ts), instead of only at the next poll. The connection comes back after an
 * error, with a bounded backoff, and calls `onNotify` once on every (re)connect so that nothing
 * notified while it was away waits for the poll.
 */
export async function listenPg(
  url: string,
  channel: string,
  onNotify: () => void,
  log: Logger,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  const pg = createRequire(import.meta.url)('pg') as typeof import('pg');
  let stopped = false;
  let client: import('pg').Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  let backoffMs = 250;

  const connect = async (): Promise<void> => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, application_name: 'stevedore-listen' });
    c.on('notification', (m) => {
      if (m.channel === channel) onNotify();
    });
    c.on('error', (err) => {
      log.warn({ err: err.message }, 'LISTEN connection failed; reconnecting');
      again(c);
    });
    c.on('end', () => again(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
      client = c;
      backoffMs = 250;
      onNotify();
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'LISTEN connection failed; retrying');
      again(c);
    }
  };
  const again = (c: import('pg').Client) => {
    if (client === c) client = null;
    c.removeAllListeners('end');
    void c.end().catch(() => {});
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, backoffMs);
    retry.unref();
    backoffMs = Math.min(backoffMs * 2, 5000);
  };

  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = client;
    client = null;
    if (c) {
      c.removeAllListeners('end');
      await c.end().catch(() => {});
    }
  };
}
