import type { Command } from 'commander';
import { NodesQuery } from '../operations.js';
import { apiOf, globalsOf } from '../context.js';
import { bytes, printJson, printTable, shortId, word } from '../output.js';

export function registerNodes(program: Command): void {
  const node = program.command('node').description('Manage nodes (Docker engines)');
  node
    .command('ls')
    .description('List nodes')
    .action(async (_o, cmd: Command) => {
      const g = globalsOf(cmd);
      const { nodes } = await apiOf(g).query(NodesQuery);
      if (g.json) return printJson(nodes);
      printTable(
        [
          'ID',
          'NAME',
          'STATUS',
          'AVAILABILITY',
          'ROLE',
          'ENGINE VERSION',
          'CPUS',
          'MEMORY',
          'ALLOCATED',
          'CONTAINERS',
          'ENDPOINT',
        ],
        nodes.map((n) => [
          shortId(n.id),
          n.name,
          word(n.status),
          word(n.availability),
          word(n.role),
          n.engineVersion ?? '',
          n.cpus,
          bytes(n.memoryBytes),
          `${n.allocated.cpus} CPU, ${bytes(n.allocated.memoryBytes)}`,
          n.runningContainerCount,
          n.endpoint,
        ]),
      );
    });
}
