#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerBackup } from './commands/backup.js';
import { registerEvents } from './commands/events.js';
import { registerLogin } from './commands/login.js';
import { registerNodes } from './commands/nodes.js';
import { registerServices } from './commands/services.js';
import { registerStacks } from './commands/stacks.js';
import { registerState } from './commands/state.js';
import { CliError } from './errors.js';

/** The `stevedore` command: the Stevedore API from a shell, with tables like the Docker CLI's. */
export function program(): Command {
  const p = new Command('stevedore')
    .description('Command-line client of the Stevedore control plane')
    .version('0.1.0')
    .option('--url <URL>', 'the API (default: STEVEDORE_URL, else the one stored by login)')
    .option('--json', 'print JSON (one object per line for -f streams) instead of tables')
    .showHelpAfterError()
    .exitOverride();
  registerLogin(p);
  registerNodes(p);
  registerServices(p);
  registerStacks(p);
  registerEvents(p);
  registerBackup(p);
  registerState(p);
  return p;
}

/** Runs the command: an error prints the server's code and message (no stack) and exits 1. */
export async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  try {
    await program().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and --version "fail" with exit code 0; usage errors are already printed.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    const e =
      err instanceof CliError ? err : new CliError('CLIENT_ERROR', (err as Error)?.message ?? String(err));
    if (process.env.STEVEDORE_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.stderr.write(json ? JSON.stringify(e.toJSON()) + '\n' : e.describe() + '\n');
    process.exitCode = 1;
  }
}

await main(process.argv);
