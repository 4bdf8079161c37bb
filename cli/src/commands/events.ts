import type { Command } from 'commander';
import { collect, int, keyValue } from '../args.js';
import type { Api } from '../client.js';
import { subscribe, type Stream } from '../client.js';
import { CliError } from '../errors.js';
import type { EventFilter, EventSeverity } from '../gql/graphql.js';
import { EventsQuery, EventsSubscription } from '../operations.js';
import { apiOf, globalsOf } from '../context.js';
import { onInterrupt } from '../interrupt.js';
import { printJson, printJsonLine, printTable } from '../output.js';

interface EventRow {
  cursor: number;
  time: string;
  kind: string;
  severity: string;
  message: string;
  serviceId: string | null;
  nodeId: string | null;
  containerId: string | null;
}

/** --filter kind=service.scaled, service=ID, node=NAME, container=ID, severity=WARNING (as docker events). */
function filterOf(list: string[] | undefined): EventFilter | null {
  if (!list?.length) return null;
  const f: EventFilter = {};
  for (const item of list) {
    const { key, value } = keyValue(item, '--filter');
    if (key === 'kind' || key === 'type') f.kinds = [...(f.kinds ?? []), value];
    else if (key === 'service') f.serviceId = value;
    else if (key === 'node') f.nodeId = value;
    else if (key === 'container') f.containerId = value;
    else if (key === 'task') f.taskId = value;
    else if (key === 'cluster') f.clusterId = value;
    else if (key === 'severity')
      f.severities = [...(f.severities ?? []), value.toUpperCase() as EventSeverity];
    else
      throw new CliError(
        'BAD_USER_INPUT',
        `--filter ${key}: one of kind, service, node, container, task, cluster, severity`,
        {
          field: '--filter',
        },
      );
  }
  return f;
}

const line = (e: EventRow) =>
  `${e.time} ${e.kind} ${e.severity.toLowerCase()} ${e.message}` +
  [
    e.serviceId && `service=${e.serviceId}`,
    e.nodeId && `node=${e.nodeId}`,
    e.containerId && `container=${e.containerId.slice(0, 12)}`,
  ]
    .filter(Boolean)
    .map((s) => ` ${s}`)
    .join('') +
  ` (cursor ${e.cursor})\n`;

/** Backoff between reconnects: 0.25 s doubling to 5 s; `--retry-for` bounds the time without a socket. */
const backoff = (attempt: number) => Math.min(5000, 250 * 2 ** attempt);

/**
 * `events -f`: the live stream, resumed after a drop (server restart, lost socket) from the cursor of
 * the last event shown, so nothing is missed and nothing shown twice (the API replays after: cursor).
 */
async function follow(
  api: Api,
  g: { json?: boolean },
  after: number | null,
  filter: EventFilter | null,
  retryForMs: number,
): Promise<void> {
  let cursor = after;
  let stream: Stream | null = null;
  let stopped = false;
  let client = api.socket();
  const stop = () => {
    stopped = true;
    stream?.close();
  };
  onInterrupt(() => client, stop);
  let attempt = 0;
  let downSince: number | null = null;
  while (!stopped) {
    stream = subscribe(client, EventsSubscription, { after: cursor, filter }, ({ events: e }) => {
      attempt = 0;
      downSince = null;
      if (cursor != null && e.cursor <= cursor) return; // never twice
      cursor = e.cursor;
      if (g.json) printJsonLine(e);
      else process.stdout.write(line(e));
    });
    try {
      await stream.done;
      if (!stopped) throw new CliError('DISCONNECTED', 'the server ended the event stream');
    } catch (err) {
      if (stopped) break;
      const e = err as CliError;
      // Refusals are final; a lost socket or a restarting server is tried again.
      if (e.code !== 'DISCONNECTED' && e.code !== 'UNREACHABLE') throw e;
      downSince ??= Date.now();
      if (Date.now() - downSince > retryForMs)
        throw new CliError(
          e.code,
          `${e.message}; gave up after ${Math.round(retryForMs / 1000)} s of retries`,
        );
      const wait = backoff(attempt++);
      process.stderr.write(
        `events: ${e.message}; reconnecting in ${wait} ms${cursor != null ? ` (resuming after cursor ${cursor})` : ''}\n`,
      );
      await new Promise((r) => setTimeout(r, wait));
      void client.dispose();
      client = api.socket();
    }
  }
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('Show the event log (newest last); -f follows it live')
    .option('-f, --follow', 'follow live events until Ctrl-C, resuming after a dropped connection')
    .option('--after <CURSOR>', 'start after this cursor (with -f: replay from there, then live)')
    .option('--limit <N>', 'events shown without -f (default 50)')
    .option(
      '--filter <KEY=VALUE>',
      'kind, service, node, container, task, cluster or severity (repeat)',
      collect,
    )
    .option('--retry-for <SECONDS>', 'with -f: how long to keep reconnecting before giving up (default 300)')
    .action(
      async (
        o: { follow?: boolean; after?: string; limit?: string; filter?: string[]; retryFor?: string },
        cmd: Command,
      ) => {
        const g = globalsOf(cmd);
        const api = apiOf(g);
        const filter = filterOf(o.filter);
        const after = o.after ? int(o.after, '--after', 0) : null;
        if (o.follow)
          return follow(api, g, after, filter, (o.retryFor ? int(o.retryFor, '--retry-for', 0) : 300) * 1000);
        const limit = o.limit ? int(o.limit, '--limit', 1, 1000) : 50;
        const { events } = await api.query(EventsQuery, { limit, filter, after });
        // Newest first without --after, oldest first after it: shown oldest first either way.
        const items = after == null ? [...events.items].reverse() : events.items;
        if (g.json) return printJson(items);
        printTable(
          ['CURSOR', 'TIME', 'KIND', 'SEVERITY', 'MESSAGE'],
          items.map((e) => [e.cursor, e.time, e.kind, e.severity.toLowerCase(), e.message]),
        );
      },
    );
}
