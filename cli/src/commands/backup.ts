import type { Command } from 'commander';
import { CliError } from '../errors.js';
import { BackupVolumeMutation, VolumeBackupsQuery } from '../operations.js';
import { apiOf, globalsOf } from '../context.js';
import { ago, bytes, printJson, printTable } from '../output.js';

/**
 * `backup`: the API backs up volumes (backupVolume: a tar of the volume made by a helper container,
 * kept in the control plane's data dir); it has no backup of the control plane's own store.
 */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description("Back up a volume into the control plane's data dir (or --list the backups)")
    .argument('[volume]', 'volume name')
    .option('--node <NODE>', 'the node holding the volume (id or name)')
    .option('--list', 'list the backup files instead')
    .action(async (volume: string | undefined, o: { node?: string; list?: boolean }, cmd: Command) => {
      const g = globalsOf(cmd);
      const api = apiOf(g);
      if (o.list) {
        const { volumeBackups } = await api.query(VolumeBackupsQuery);
        if (g.json) return printJson(volumeBackups);
        return printTable(
          ['FILE', 'SIZE', 'CREATED'],
          volumeBackups.map((b) => [b.file, bytes(b.bytes), ago(b.createdAt)]),
        );
      }
      if (!volume)
        throw new CliError('BAD_USER_INPUT', 'name the volume to back up (or give --list)', {
          field: 'volume',
        });
      if (!o.node)
        throw new CliError('BAD_USER_INPUT', 'give the node holding the volume: --node <node>', {
          field: '--node',
        });
      const { backupVolume: b } = await api.query(BackupVolumeMutation, { name: volume, node: o.node });
      if (g.json) return printJson(b);
      process.stdout.write(
        `${b.volume}@${b.nodeName} backed up: ${b.file} (${bytes(b.bytes)}, sha256 ${b.sha256})\n`,
      );
    });
}
