import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { CliError } from '../errors.js';
import {
  BackupsQuery,
  BackupVolumeMutation,
  CreateBackupMutation,
  VerifyBackupMutation,
  VolumeBackupsQuery,
} from '../operations.js';
import { apiOf, globalsOf } from '../context.js';
import { ago, bytes, printJson, printTable } from '../output.js';

/**
 * `backup`: snapshots of the control plane's whole desired state (createBackup: a tar with a
 * manifest and checksums in the server's data dir, never the secret key), their list and check,
 * and volume backups (backupVolume). `restore` is offline: it runs the server's own restore
 * command on this machine, into an empty data directory, because a restore replaces the store
 * the API would be served from.
 */
export function registerBackup(program: Command): void {
  const backup = program
    .command('backup')
    .description('Snapshots of the control plane (create, ls, verify) and volume backups (volume, volumes)');

  backup
    .command('create')
    .description("Snapshot the control plane's desired state now (ADMIN)")
    .action(async (_o: unknown, cmd: Command) => {
      const g = globalsOf(cmd);
      const { createBackup: b } = await apiOf(g).query(CreateBackupMutation);
      if (g.json) return printJson(b);
      process.stdout.write(
        `control-plane backup written: ${b.file} (${bytes(b.bytes)}, schema ${b.schemaVersion}, sha256 ${b.sha256})\n`,
      );
    });

  backup
    .command('ls')
    .description('List the control-plane snapshots, newest first (ADMIN)')
    .action(async (_o: unknown, cmd: Command) => {
      const g = globalsOf(cmd);
      const { backups } = await apiOf(g).query(BackupsQuery);
      if (g.json) return printJson(backups);
      printTable(
        ['FILE', 'SIZE', 'SHA256', 'CREATED'],
        backups.map((b) => [b.file, bytes(b.bytes), b.sha256.slice(0, 12), ago(b.createdAt)]),
      );
    });

  backup
    .command('verify')
    .description('Check a snapshot end to end: its tar checksum, manifest and every file (ADMIN)')
    .argument('<file>', 'a file name from backup ls')
    .action(async (file: string, _o: unknown, cmd: Command) => {
      const g = globalsOf(cmd);
      const { verifyBackup: b } = await apiOf(g).query(VerifyBackupMutation, { file });
      if (g.json) return printJson(b);
      process.stdout.write(`${b.file}: intact (schema ${b.schemaVersion}, ${bytes(b.bytes)})\n`);
    });

  backup
    .command('volume')
    .description("Back up a volume into the control plane's data dir")
    .argument('<volume>', 'volume name')
    .requiredOption('--node <NODE>', 'the node holding the volume (id or name)')
    .action(async (volume: string, o: { node: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const { backupVolume: b } = await apiOf(g).query(BackupVolumeMutation, { name: volume, node: o.node });
      if (g.json) return printJson(b);
      process.stdout.write(
        `${b.volume}@${b.nodeName} backed up: ${b.file} (${bytes(b.bytes)}, sha256 ${b.sha256})\n`,
      );
    });

  backup
    .command('volumes')
    .description('List the volume backup files')
    .action(async (_o: unknown, cmd: Command) => {
      const g = globalsOf(cmd);
      const { volumeBackups } = await apiOf(g).query(VolumeBackupsQuery);
      if (g.json) return printJson(volumeBackups);
      printTable(
        ['FILE', 'SIZE', 'CREATED'],
        volumeBackups.map((b) => [b.file, bytes(b.bytes), ago(b.createdAt)]),
      );
    });

  program
    .command('restore')
    .description(
      'Restore a control-plane snapshot into an empty data directory, or with STEVEDORE_DATABASE_URL set into that empty PostgreSQL database (offline, on the server machine)',
    )
    .argument('<file>', 'the snapshot tar (its .sha256 note beside it is checked when present)')
    .option(
      '--data-dir <DIR>',
      'the data directory to create (absent or empty); not needed with STEVEDORE_DATABASE_URL',
    )
    .option('--server-main <FILE>', "the server's dist/main.js (default: the installed @stevedore/server)")
    .action((file: string, o: { dataDir?: string; serverMain?: string }) => {
      if (!o.dataDir && !process.env.STEVEDORE_DATABASE_URL)
        throw new CliError(
          'BAD_USER_INPUT',
          '--data-dir is required (or set STEVEDORE_DATABASE_URL to restore into PostgreSQL)',
          { field: '--data-dir' },
        );
      const main = o.serverMain ?? serverMain();
      const args = [main, 'restore', file, ...(o.dataDir ? ['--data-dir', o.dataDir] : [])];
      // The environment goes with it: STEVEDORE_DATABASE_URL picks the PostgreSQL restore.
      const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
      // The server's command printed why; pass its status on (1 refused, 2 usage).
      if (r.error) throw new CliError('CLIENT_ERROR', `cannot run ${main}: ${r.error.message}`);
      process.exitCode = r.status ?? 1;
    });
}

function serverMain(): string {
  try {
    return createRequire(import.meta.url).resolve('@stevedore/server/dist/main.js');
  } catch {
    throw new CliError(
      'CLIENT_ERROR',
      'restore runs where the server is installed: @stevedore/server was not found (build it, or give --server-main)',
      { field: '--server-main' },
    );
  }
}
