import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { parse } from 'yaml';
import { CliError } from '../errors.js';
import { DeployStackMutation, RemoveStackMutation, StacksQuery } from '../operations.js';
import { apiOf, globalsOf } from '../context.js';
import { ago, printJson, printTable } from '../output.js';

/** Names the file interpolates ($NAME, ${NAME}, ${NAME:-x} ...); $$ is a literal dollar. */
export function referencedVariables(compose: string): string[] {
  const names = new Set<string>();
  for (const m of compose
    .replace(/\$\$/g, '')
    .matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g))
    names.add((m[1] ?? m[2])!);
  return [...names];
}

/** The paths the file names for the server to read: services' env_file, secrets' and configs' file. */
export function namedFiles(compose: string): string[] {
  let doc: unknown;
  try {
    doc = parse(compose);
  } catch {
    return []; // the server reports the syntax error with its line
  }
  const files = new Set<string>();
  const obj = (v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  for (const svc of Object.values(obj(obj(doc).services))) {
    const ef = obj(svc).env_file;
    for (const e of Array.isArray(ef) ? ef : ef == null ? [] : [ef]) {
      const p = typeof e === 'string' ? e : obj(e).path;
      if (typeof p === 'string') files.add(p);
    }
  }
  for (const key of ['secrets', 'configs'])
    for (const s of Object.values(obj(obj(doc)[key]))) {
      const f = obj(s).file;
      if (typeof f === 'string') files.add(f);
    }
  return [...files];
}

export function registerStacks(program: Command): void {
  const stack = program.command('stack').description('Manage stacks (compose files)');
  stack
    .command('ls')
    .description('List stacks')
    .action(async (_o, cmd: Command) => {
      const g = globalsOf(cmd);
      const { stacks } = await apiOf(g).query(StacksQuery);
      if (g.json) return printJson(stacks);
      printTable(
        ['NAME', 'SERVICES', 'REPLICAS', 'STATUS', 'UPDATED'],
        stacks.map((st) => [
          st.name,
          st.services.length,
          `${st.services.reduce((n, x) => n + x.healthyReplicas, 0)}/${st.services.reduce((n, x) => n + x.desiredReplicas, 0)}`,
          st.status,
          ago(st.updatedAt),
        ]),
      );
    });

  stack
    .command('rm')
    .description('Remove a stack: its services, and the networks and secrets it created')
    .argument('<name>', 'stack name')
    .option('--volumes', 'also remove the named volumes it created, with their data')
    .action(async (name: string, o: { volumes?: boolean }, cmd: Command) => {
      const g = globalsOf(cmd);
      const { removeStack } = await apiOf(g).query(RemoveStackMutation, {
        name,
        removeVolumes: o.volumes ?? false,
      });
      if (g.json) return printJson(removeStack);
      for (const x of removeStack.services) process.stdout.write(`Removing service ${x.name}\n`);
      process.stdout.write(`stack ${removeStack.name} removed\n`);
    });

  stack
    .command('deploy')
    .description('Deploy a compose file as a stack (a redeploy updates only what changed)')
    .argument('<name>', 'stack name')
    .option('-f, --file <FILE>', 'the compose file ("-" reads stdin)')
    .option('-c, --compose-file <FILE>', 'the same, as docker stack deploy names it')
    .option('--dry-run', 'validate and print the plan; change nothing')
    .option('--prune', "remove the stack's services, networks and secrets that left the file")
    .action(
      async (
        name: string,
        o: { file?: string; composeFile?: string; dryRun?: boolean; prune?: boolean },
        cmd: Command,
      ) => {
        const g = globalsOf(cmd);
        const file = o.file ?? o.composeFile;
        if (!file)
          throw new CliError('BAD_USER_INPUT', 'give the compose file: -f <file>', { field: '--file' });
        let compose: string;
        try {
          compose = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
        } catch (err) {
          throw new CliError(
            'BAD_USER_INPUT',
            `${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
            {
              field: '--file',
            },
          );
        }
        const dir = file === '-' ? process.cwd() : path.dirname(path.resolve(file));
        const variables = referencedVariables(compose)
          .filter((v) => process.env[v] !== undefined)
          .map((v) => ({ name: v, value: process.env[v]! }));
        const envFiles = namedFiles(compose)
          .filter((p) => fs.existsSync(path.resolve(dir, p)))
          .map((p) => ({ path: p, content: fs.readFileSync(path.resolve(dir, p), 'utf8') }));
        const { deployStack: r } = await apiOf(g)
          .query(DeployStackMutation, {
            name,
            compose,
            variables,
            envFiles,
            dryRun: o.dryRun ?? false,
            removeOrphans: o.prune ?? false,
          })
          .catch((err: unknown) => {
            // "compose.yml:5: ..." when the server names the line.
            if (err instanceof CliError && err.details.line != null && !g.json)
              err.message = `${file}:${err.details.line}: ${err.message.replace(/^line \d+: /, '')}`;
            throw err;
          });
        if (g.json) return printJson(r);
        const p = r.plan;
        const rows = [
          ...p.create.map((i) => [r.applied ? 'created' : 'create', i.kind, i.name, '']),
          ...p.update.map((i) => [
            r.applied ? 'updated' : 'update',
            i.kind,
            i.name,
            i.diff.map((d) => d.field).join(', '),
          ]),
          ...p.remove.map((i) => [
            r.applied && o.prune ? 'removed' : 'left (not in the file)',
            i.kind,
            i.name,
            '',
          ]),
          ...p.unchanged.map((u) => ['unchanged', u.split(':')[0], u.split(':').slice(1).join(':'), '']),
        ];
        printTable(['ACTION', 'KIND', 'NAME', 'CHANGES'], rows);
        for (const w of p.warnings)
          process.stderr.write(
            `warning: ${file}${w.line != null ? `:${w.line}` : ''}: ${w.path}: ${w.message}\n`,
          );
        if (r.applied && r.stack) process.stdout.write(`stack ${r.stack.name}: ${r.stack.status}\n`);
        else if (!r.applied) process.stdout.write('dry run: nothing was changed\n');
      },
    );
}
