import fs from 'node:fs';
import type { Command } from 'commander';
import { collect, durationMs, int, keyValue, port } from '../args.js';
import { CliError } from '../errors.js';
import type { ServiceSpecInput, ServicePatchInput, UpdateConfigInput } from '../gql/graphql.js';
import {
  CreateServiceMutation,
  PatchServiceMutation,
  RemoveServiceMutation,
  RollbackServiceMutation,
  ScaleServiceMutation,
  ServicesQuery,
  ServiceTasksQuery,
} from '../operations.js';
import { apiOf, globalsOf, serviceRef } from '../context.js';
import { ago, printJson, printTable, shortId, word } from '../output.js';
import { registerServiceLogs } from './logs.js';

interface SpecFlags {
  env?: string[];
  publish?: string[];
  label?: string[];
  network?: string[];
  replicas?: string;
  healthCmd?: string;
  healthInterval?: string;
  healthRetries?: string;
  updateParallelism?: string;
  updateDelay?: string;
  updateOrder?: string;
  updateFailureAction?: string;
}

const ports = (list: string[] | undefined) => list?.map(port);
const pairs = (list: string[] | undefined, what: string) => list?.map((t) => keyValue(t, what));

function updateConfig(f: SpecFlags): UpdateConfigInput | undefined {
  const u: UpdateConfigInput = {};
  if (f.updateParallelism) u.parallelism = int(f.updateParallelism, '--update-parallelism', 0);
  if (f.updateDelay) u.delayMs = durationMs(f.updateDelay, '--update-delay');
  if (f.updateOrder) {
    const o = f.updateOrder.toLowerCase();
    if (o !== 'start-first' && o !== 'stop-first')
      throw new CliError('BAD_USER_INPUT', `--update-order ${f.updateOrder}: start-first or stop-first`, {
        field: '--update-order',
      });
    u.order = o === 'start-first' ? 'START_FIRST' : 'STOP_FIRST';
  }
  if (f.updateFailureAction) {
    const a = f.updateFailureAction.toUpperCase();
    if (a !== 'PAUSE' && a !== 'CONTINUE' && a !== 'ROLLBACK')
      throw new CliError(
        'BAD_USER_INPUT',
        `--update-failure-action ${f.updateFailureAction}: pause, continue or rollback`,
        {
          field: '--update-failure-action',
        },
      );
    u.failureAction = a;
  }
  return Object.keys(u).length ? u : undefined;
}

function healthCheck(f: SpecFlags): ServiceSpecInput['healthCheck'] {
  if (!f.healthCmd) return undefined;
  return {
    shell: f.healthCmd,
    ...(f.healthInterval ? { intervalMs: durationMs(f.healthInterval, '--health-interval') } : {}),
    ...(f.healthRetries ? { retries: int(f.healthRetries, '--health-retries', 1) } : {}),
  };
}

/** The spec flags shared by create and update (docker service create's names). */
function specOptions(cmd: Command, forUpdate: boolean): Command {
  return cmd
    .option(
      '-e, --env <KEY=VALUE>',
      forUpdate ? 'replace every variable (repeat)' : 'a variable (repeat)',
      collect,
    )
    .option(
      '-p, --publish <[IP:]HOST:CONTAINER[/PROTO]>',
      forUpdate ? 'replace the ports (repeat)' : 'a port (repeat)',
      collect,
    )
    .option(
      '-l, --label <KEY=VALUE>',
      forUpdate ? 'replace the labels (repeat)' : 'a label (repeat)',
      collect,
    )
    .option(
      '--network <NAME>',
      forUpdate ? 'replace the networks (repeat)' : 'a network to join (repeat)',
      collect,
    )
    .option('--replicas <N>', 'replicas (REPLICATED services)')
    .option('--health-cmd <SHELL>', 'health check, run with /bin/sh -c')
    .option('--health-interval <DURATION>', 'between checks (e.g. 2s)')
    .option('--health-retries <N>', 'failures in a row that make it unhealthy')
    .option('--update-parallelism <N>', 'tasks replaced at once (0: all)')
    .option('--update-delay <DURATION>', 'between batches (e.g. 10s)')
    .option('--update-order <ORDER>', 'start-first or stop-first')
    .option('--update-failure-action <ACTION>', 'pause, continue or rollback');
}

type ServiceResult = {
  id: string;
  name: string;
  image: string;
  status: string;
  revision: number;
  desiredReplicas: number;
  runningReplicas: number;
};

function printService(json: boolean | undefined, s: ServiceResult, verb: string): void {
  if (json) printJson(s);
  else
    process.stdout.write(
      `${s.name} ${verb}: revision ${s.revision}, ${s.image}, ${s.desiredReplicas} replicas (${s.id})\n`,
    );
}

export function registerServices(program: Command): void {
  const service = program.command('service').description('Manage services');

  service
    .command('ls')
    .description('List services')
    .action(async (_o, cmd: Command) => {
      const g = globalsOf(cmd);
      const { services } = await apiOf(g).query(ServicesQuery);
      if (g.json) return printJson(services);
      printTable(
        ['ID', 'NAME', 'MODE', 'REPLICAS', 'STATUS', 'IMAGE', 'PORTS'],
        services.map((s) => [
          shortId(s.id),
          s.name,
          s.mode.toLowerCase(),
          `${s.runningReplicas}/${s.desiredReplicas}`,
          s.status,
          s.image,
          s.spec.ports
            .map((p) =>
              p.hostPort
                ? `${p.hostIp || '*'}:${p.hostPort}->${p.containerPort}/${p.protocol.toLowerCase()}`
                : `${p.containerPort}/${p.protocol.toLowerCase()}`,
            )
            .join(', '),
        ]),
      );
    });

  service
    .command('ps')
    .description("List a service's tasks")
    .argument('<service>', 'service id or name')
    .action(async (ref: string, _o, cmd: Command) => {
      const g = globalsOf(cmd);
      const { service: s } = await apiOf(g).query(ServiceTasksQuery, { id: ref });
      if (!s) throw new CliError('NOT_FOUND', `no service ${ref} (by id or name)`, { field: 'service' });
      if (g.json) return printJson(s.tasks);
      // Per slot the task meant to run first, then the older ones newest first (as docker service ps).
      const live = (t: { desiredState: string }) => (t.desiredState === 'RUNNING' ? 0 : 1);
      const tasks = [...s.tasks].sort(
        (a, b) => a.slot - b.slot || live(a) - live(b) || Date.parse(b.updatedAt) - Date.parse(a.updatedAt),
      );
      printTable(
        ['ID', 'NAME', 'REVISION', 'NODE', 'DESIRED STATE', 'CURRENT STATE', 'HEALTH', 'ERROR'],
        tasks.map((t) => [
          shortId(t.id),
          `${s.name}.${t.slot}`,
          t.revision,
          t.nodeName ?? '',
          word(t.desiredState),
          `${word(t.state)} ${ago(t.updatedAt)}`,
          t.health === 'NONE' ? '' : t.health,
          t.state === 'FAILED' || t.state === 'REJECTED' ? t.stateReason : '',
        ]),
      );
    });

  specOptions(
    service
      .command('create')
      .description('Create a service')
      .requiredOption('--name <NAME>', 'service name')
      .option('--mode <MODE>', 'replicated (default) or global')
      .option('--cluster <ID>', 'cluster (default: the default cluster)')
      .option('--spec-file <FILE>', 'a ServiceSpecInput as JSON; flags given override it'),
    false,
  )
    .argument('[image]', 'image (optional with --spec-file)')
    .argument('[command...]', 'command and arguments (after --, when they have options: -- sh -c "...")')
    .action(
      async (
        image: string | undefined,
        command: string[],
        o: SpecFlags & { name: string; mode?: string; cluster?: string; specFile?: string },
        cmd: Command,
      ) => {
        const g = globalsOf(cmd);
        let base: Partial<ServiceSpecInput> = {};
        if (o.specFile) {
          try {
            base = JSON.parse(fs.readFileSync(o.specFile, 'utf8')) as Partial<ServiceSpecInput>;
          } catch (err) {
            throw new CliError('BAD_USER_INPUT', `--spec-file ${o.specFile}: ${(err as Error).message}`, {
              field: '--spec-file',
            });
          }
        }
        const img = image ?? base.image;
        if (!img)
          throw new CliError(
            'BAD_USER_INPUT',
            'an image is needed (stevedore service create --name web IMAGE)',
            { field: 'image' },
          );
        const mode = o.mode?.toUpperCase();
        if (mode && mode !== 'REPLICATED' && mode !== 'GLOBAL')
          throw new CliError('BAD_USER_INPUT', `--mode ${o.mode}: replicated or global`, { field: '--mode' });
        const spec: ServiceSpecInput = {
          ...base,
          name: o.name,
          image: img,
          ...(command.length ? { command } : {}),
          ...(mode ? { mode: mode as 'REPLICATED' | 'GLOBAL' } : {}),
          ...(o.replicas ? { replicas: int(o.replicas, '--replicas', 0) } : {}),
          ...(o.env ? { env: pairs(o.env, '--env') } : {}),
          ...(o.label ? { labels: pairs(o.label, '--label') } : {}),
          ...(o.publish ? { ports: ports(o.publish) } : {}),
          ...(o.network ? { networks: o.network } : {}),
          ...(healthCheck(o) ? { healthCheck: healthCheck(o) } : {}),
          ...(updateConfig(o) ? { update: { ...base.update, ...updateConfig(o) } } : {}),
        };
        const { createService } = await apiOf(g).query(CreateServiceMutation, {
          spec,
          clusterId: o.cluster ?? null,
        });
        printService(g.json, createService, 'created');
      },
    );

  specOptions(
    service
      .command('update')
      .description('Change some fields of a service (a new revision, rolled out by its update config)')
      .option('--image <IMAGE>', 'a new image')
      .option('--env-add <KEY=VALUE>', 'set a variable, keeping the others (repeat)', collect)
      .option('--env-rm <KEY>', 'remove a variable (repeat)', collect)
      .option('--args <ARG>', 'replace the command (repeat, in order)', collect),
    true,
  )
    .argument('<service>', 'service id or name')
    .action(
      async (
        ref: string,
        o: SpecFlags & { image?: string; envAdd?: string[]; envRm?: string[]; args?: string[] },
        cmd: Command,
      ) => {
        const g = globalsOf(cmd);
        const api = apiOf(g);
        const { id } = await serviceRef(api, ref);
        const patch: ServicePatchInput = {
          ...(o.image ? { image: o.image } : {}),
          ...(o.env ? { env: pairs(o.env, '--env') } : {}),
          ...(o.envAdd ? { envAdd: pairs(o.envAdd, '--env-add') } : {}),
          ...(o.envRm ? { envRemove: o.envRm } : {}),
          ...(o.args ? { command: o.args } : {}),
          ...(o.label ? { labels: pairs(o.label, '--label') } : {}),
          ...(o.publish ? { ports: ports(o.publish) } : {}),
          ...(o.network ? { networks: o.network } : {}),
          ...(o.replicas ? { replicas: int(o.replicas, '--replicas', 0) } : {}),
          ...(healthCheck(o) ? { healthCheck: healthCheck(o) } : {}),
          ...(updateConfig(o) ? { update: updateConfig(o) } : {}),
        };
        if (!Object.keys(patch).length)
          throw new CliError(
            'BAD_USER_INPUT',
            'nothing to change: give --image, --env-add, --replicas ... (see --help)',
          );
        const { patchService } = await api.query(PatchServiceMutation, { id, patch });
        printService(g.json, patchService, 'updated');
      },
    );

  service
    .command('scale')
    .description('Scale services: SERVICE=REPLICAS ... (or SERVICE REPLICAS)')
    .argument('<targets...>', 'SERVICE=REPLICAS pairs')
    .action(async (targets: string[], _o, cmd: Command) => {
      const g = globalsOf(cmd);
      const api = apiOf(g);
      const pairsGiven =
        targets.length === 2 && !targets[0]!.includes('=') && /^\d+$/.test(targets[1]!)
          ? [{ key: targets[0]!, value: targets[1]! }]
          : targets.map((t) => keyValue(t, 'SERVICE=REPLICAS'));
      const wanted = pairsGiven.map((p) => ({
        ref: p.key,
        replicas: int(p.value, `replicas of ${p.key}:`, 0),
      }));
      const done = [];
      for (const w of wanted) {
        const { id } = await serviceRef(api, w.ref);
        const { scaleService } = await api.query(ScaleServiceMutation, { id, replicas: w.replicas });
        done.push(scaleService);
        if (!g.json) process.stdout.write(`${scaleService.name} scaled to ${w.replicas}\n`);
      }
      if (g.json) printJson(done);
    });

  service
    .command('rollback')
    .description('Go back to the previous revision (or --to-revision), with the rollback config')
    .argument('<service>', 'service id or name')
    .option('--to-revision <N>', 'the revision to go back to')
    .action(async (ref: string, o: { toRevision?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const api = apiOf(g);
      const { id } = await serviceRef(api, ref);
      const toRevision = o.toRevision ? int(o.toRevision, '--to-revision', 1) : null;
      const { rollbackService } = await api.query(RollbackServiceMutation, { id, toRevision });
      printService(g.json, rollbackService, 'rolled back');
    });

  service
    .command('rm')
    .description('Remove services (their containers are stopped and removed)')
    .argument('<services...>', 'service ids or names')
    .action(async (refs: string[], _o, cmd: Command) => {
      const g = globalsOf(cmd);
      const api = apiOf(g);
      const removed = [];
      for (const ref of refs) {
        const { id } = await serviceRef(api, ref);
        const { removeService } = await api.query(RemoveServiceMutation, { id });
        removed.push(removeService);
        if (!g.json) process.stdout.write(`${removeService.name}\n`);
      }
      if (g.json) printJson(removed);
    });

  registerServiceLogs(service);
}
