import type { NodeService } from '../app/nodes.js';
import { AppError, badInput, fromEngineError, notFound } from '../app/errors.js';
import { NodeStatus } from '../domain/node.js';
import type { LocatedContainer } from '../app/live.js';

export type { LocatedContainer };

/**
 * Finds which node runs a container, given its id, a short id or a name (and optionally the
 * node). Remembers full id → node, fed by engine events, so the common case costs no engine call;
 * otherwise asks every READY node at once.
 */
export class ContainerLocator {
  private readonly nodeOf = new Map<string, string>();

  constructor(private readonly nodes: NodeService) {}

  remember(containerId: string, nodeId: string): void {
    this.nodeOf.set(containerId, nodeId);
  }

  forget(containerId: string): void {
    this.nodeOf.delete(containerId);
  }

  async locate(ref: string, nodeRef?: string | null): Promise<LocatedContainer> {
    if (!ref.trim()) throw badInput('containerId', 'must not be empty');
    if (nodeRef) {
      const node = this.nodes.require(nodeRef, 'nodeId');
      const driver = this.nodes.readyDriver(node);
      try {
        const d = await driver.inspectContainer(ref);
        this.remember(d.id, node.id);
        return { node, driver, id: d.id, name: d.name };
      } catch (err) {
        throw fromEngineError(err, node.name, 'containerId');
      }
    }
    const known = this.nodeOf.get(ref);
    if (known) {
      const node = this.nodes.get(known);
      if (node && node.status !== NodeStatus.DOWN) {
        try {
          const d = await this.nodes.driver(node).inspectContainer(ref);
          return { node, driver: this.nodes.driver(node), id: d.id, name: d.name };
        } catch {
          this.forget(ref); // gone or moved: ask everyone
        }
      }
    }
    const ready = this.nodes.list().filter((n) => n.status === NodeStatus.READY);
    const found = await Promise.all(
      ready.map(async (node) => {
        try {
          const d = await this.nodes.driver(node).inspectContainer(ref);
          return { node, driver: this.nodes.driver(node), id: d.id, name: d.name } as LocatedContainer;
        } catch {
          return null; // not there, or the node can't answer: either way not found there
        }
      }),
    );
    const hits = found.filter((f): f is LocatedContainer => f !== null);
    if (hits.length === 0) throw notFound('container', ref, 'containerId');
    if (hits.length > 1)
      throw new AppError('CONFLICT', `"${ref}" names containers on ${hits.length} nodes: give nodeId too`, {
        field: 'containerId',
        nodes: hits.map((h) => h.node.name),
      });
    const hit = hits[0]!;
    this.remember(hit.id, hit.node.id);
    return hit;
  }
}
