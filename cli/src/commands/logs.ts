import type { Command } from 'commander';
import { int } from '../args.js';
import { subscribe, type Stream } from '../client.js';
import { CliError } from '../errors.js';
import { ContainerLogsSubscription, ServiceStatusSubscription, ServiceTasksQuery } from '../operations.js';
import { apiOf, globalsOf, serviceRef } from '../context.js';
import { onInterrupt } from '../interrupt.js';
import { printJsonLine, shortId } from '../output.js';

interface LogFlags {
  follow?: boolean;
  tail?: string;
  since?: string;
  timestamps?: boolean;
}

interface TaskRef {
  id: string;
  slot: number;
  nodeName: string | null;
  nodeId: string | null;
  containerId: string | null;
  state: string;
}

const ENDED = new Set(['COMPLETE', 'FAILED', 'SHUTDOWN', 'REJECTED', 'ORPHANED']);

/**
 * `service logs [-f]`: every task's container output, each line prefixed as docker service logs
 * does (name.slot.task@node |). With -f the service's status subscription names the tasks, and a
 * replica that replaces another is followed as it appears; Ctrl-C closes every stream and exits 130.
 */
export function registerServiceLogs(service: Command): void {
  service
    .command('logs')
    .description("Show a service's output (all its tasks)")
    .argument('<service>', 'service id or name')
    .option('-f, --follow', 'follow new output (and new tasks) until Ctrl-C')
    .option('-n, --tail <N>', 'lines from the end of each task to start with ("all" by default)')
    .option('--since <ISO>', 'only lines written from then on (e.g. 2026-01-01T10:00:00Z)')
    .option('-t, --timestamps', 'show the time of each line')
    .action(async (ref: string, o: LogFlags, cmd: Command) => {
      const g = globalsOf(cmd);
      const api = apiOf(g);
      const svc = await serviceRef(api, ref);
      const tail = o.tail && o.tail !== 'all' ? int(o.tail, '--tail', 0) : null;
      if (o.since && Number.isNaN(Date.parse(o.since)))
        throw new CliError('BAD_USER_INPUT', `--since ${o.since}: want an ISO time`, { field: '--since' });
      // Without a tail the whole output: the API's default for a follow is none, so ask from the start.
      const since = o.since
        ? new Date(o.since).toISOString()
        : tail == null
          ? new Date(0).toISOString()
          : null;
      const client = api.socket();
      const streams = new Map<string, Stream>();
      const width = { n: 0 };

      const attach = (t: TaskRef, follow: boolean): Promise<void> | null => {
        if (!t.containerId || streams.has(t.containerId)) return null;
        const prefix = `${svc.name}.${t.slot}.${shortId(t.id)}@${t.nodeName ?? '?'}`;
        width.n = Math.max(width.n, prefix.length);
        const s = subscribe(
          client,
          ContainerLogsSubscription,
          { containerId: t.containerId, nodeId: t.nodeId, tail, since, follow },
          ({ containerLogs: l }) => {
            if (g.json) return printJsonLine({ task: t.id, slot: t.slot, node: t.nodeName, ...l });
            const line = `${prefix.padEnd(width.n)} | ${o.timestamps ? `${l.timestamp} ` : ''}${l.message.replace(/\n$/, '')}\n`;
            (l.stream === 'STDERR' ? process.stderr : process.stdout).write(line);
          },
        );
        streams.set(t.containerId, s);
        return s.done.catch((err: CliError) => {
          // A container removed meanwhile has no output left to show: say so and go on.
          if (err.code === 'NOT_FOUND') process.stderr.write(`${prefix}: ${err.message}\n`);
          else throw err;
        });
      };

      if (!o.follow) {
        const { service: s } = await api.query(ServiceTasksQuery, { id: svc.id });
        const tasks = s?.tasks ?? [];
        try {
          await Promise.all(tasks.map((t) => attach(t, false)).filter(Boolean));
        } finally {
          await client.dispose();
        }
        return;
      }

      onInterrupt(
        () => client,
        () => {
          status.close();
          for (const s of streams.values()) s.close();
        },
      );
      const failures: Promise<void>[] = [];
      let failed: (err: unknown) => void = () => {};
      const failure = new Promise<never>((_, reject) => (failed = reject));
      const status = subscribe(client, ServiceStatusSubscription, { id: svc.id }, ({ serviceStatus }) => {
        for (const t of serviceStatus.tasks) {
          if (ENDED.has(t.state)) continue;
          const p = attach(t, true);
          if (p) failures.push(p.catch(failed));
        }
      });
      await Promise.race([status.done, failure]);
      // The service went away (its status stream completed): show what its tasks still print.
      await Promise.all(failures);
      await client.dispose();
    });
}
