import type pLimit from 'p-limit';
import { NodeStatus, type Node } from '../domain/node.js';
import type { EngineDriver } from '../engine/engine.js';

export interface Unreachable {
  node: Node;
  reason: string;
}

export interface FanOut<T> {
  results: { node: Node; value: T }[];
  /** DOWN nodes (not asked) and nodes whose engine failed, by name. */
  unreachable: Unreachable[];
}

/**
 * Asks each node's engine in parallel, `limit` bounding how many at once. A DOWN node is not asked;
 * a failing one does not fail the rest: both come back in `unreachable` with the reason.
 */
export async function askNodes<T>(
  nodes: Node[],
  driverOf: (n: Node) => EngineDriver,
  limit: ReturnType<typeof pLimit>,
  fn: (driver: EngineDriver, node: Node) => Promise<T>,
): Promise<FanOut<T>> {
  const results: { node: Node; value: T }[] = [];
  const unreachable: Unreachable[] = [];
  await Promise.all(
    nodes.map((node) =>
      limit(async () => {
        if (node.status === NodeStatus.DOWN) {
          unreachable.push({ node, reason: node.statusMessage ?? 'the node is DOWN' });
          return;
        }
        try {
          results.push({ node, value: await fn(driverOf(node), node) });
        } catch (err) {
          unreachable.push({ node, reason: err instanceof Error ? err.message : String(err) });
        }
      }),
    ),
  );
  unreachable.sort((a, b) => a.node.name.localeCompare(b.node.name));
  return { results, unreachable };
}
