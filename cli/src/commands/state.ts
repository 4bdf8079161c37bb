import fs from 'node:fs';
import type { Command } from 'commander';
import { CliError } from '../errors.js';
import { ExportDesiredStateQuery, ImportDesiredStateMutation } from '../operations.js';
import { apiOf, globalsOf } from '../context.js';
import { printJson, printTable } from '../output.js';

/**
 * `state export` / `state import -f`: the fleet's desired state as one YAML document (secret
 * names, never values), to keep in git or to recreate a fleet on another control plane. An import
 * prints its plan; a MISSING secret or a CONFLICT stops it before any change and exits 1.
 */
export function registerState(program: Command): void {
  const state = program.command('state').description('Desired state as YAML: export, import (ADMIN)');

  state
    .command('export')
    .description('Print the desired state (or write it with -o)')
    .option('-o, --output <FILE>', 'write the document to FILE (mode 0600) instead of stdout')
    .action(async (o: { output?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const { exportDesiredState: doc } = await apiOf(g).query(ExportDesiredStateQuery);
      if (o.output) fs.writeFileSync(o.output, doc, { mode: 0o600 });
      else if (g.json) printJson({ document: doc });
      else process.stdout.write(doc);
    });

  state
    .command('import')
    .description(
      'Plan a document against the control plane and apply it (creates and updates; removes nothing)',
    )
    .requiredOption('-f, --file <FILE>', 'the YAML document ("-" reads stdin)')
    .option('--dry-run', 'print the plan and change nothing')
    .action(async (o: { file: string; dryRun?: boolean }, cmd: Command) => {
      const g = globalsOf(cmd);
      let document: string;
      try {
        document = fs.readFileSync(o.file === '-' ? 0 : o.file, 'utf8');
      } catch (err) {
        throw new CliError('BAD_USER_INPUT', `cannot read ${o.file}: ${(err as Error).message}`, {
          field: '--file',
        });
      }
      const { importDesiredState: r } = await apiOf(g).query(ImportDesiredStateMutation, {
        document,
        dryRun: o.dryRun ?? false,
      });
      if (g.json) printJson(r);
      else {
        printTable(
          ['ACTION', 'KIND', 'NAME', 'DETAILS'],
          r.changes.map((c) => [c.action, c.kind, c.name, c.details.join('; ')]),
        );
        process.stdout.write(
          r.applied
            ? 'applied\n'
            : o.dryRun
              ? 'dry run: nothing changed\n'
              : 'not applied: nothing changed\n',
        );
      }
      if (!r.applied && !o.dryRun) process.exitCode = 1;
    });
}
