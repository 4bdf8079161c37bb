import { randomUUID } from 'node:crypto';
/**
 * Cluster networks: the use cases (create, remove, views) and their creation on each node.
 *
 * How addresses work across nodes (issue #16; the mechanism is control/network-fabric.ts, the
 * arithmetic domain/network-fabric.ts):
 * - A network's `subnet` (default: the next free /22 of STEVEDORE_NETWORK_POOL) is the same on
 *   every node, as Docker sees it. It is cut into equal slices (`slicePrefix`: at least 16, at
 *   most /24, at least /28: a /22 gives 16 slices of /26, a /16 256 of /24). Each node the
 *   network lives on owns one slice, allocated once per (network, node) and stored
 *   (`network_slices`; freed when the node or the network goes). The engine's network there is
 *   Subnet = the network's subnet, IPRange = the node's slice, Gateway = the slice's first host
 *   (or the network's gateway, in the slice that holds it).
 * - So a replica's address is in the slice of the node it runs on, and it stays the address the
 *   engine reports (inspect: NetworkSettings.Networks[name].IPAddress): that address is reachable,
 *   by TCP and UDP, from every container of the same network on every node. A container of
 *   another network, or no network, cannot reach it (Docker's isolation; nothing is published).
 * - The fabric creates every network of a cluster on every READY node of the cluster (not only
 *   where a task lands), so the routes between nodes exist before the first replica starts.
 */
import type { Logger } from '../logger.js';
import { AppError, conflict, fromEngineError, notFound } from './errors.js';
import type { NodeService } from './nodes.js';
import {
  allocateSubnet,
  checkNetwork,
  cidrText,
  defaultGateway,
  parseCidr,
  parseCidrLoose,
  type Cidr,
  type Network,
  type NetworkInput,
} from '../domain/network.js';
import { freeSlice, sliceCidr, sliceGateway } from '../domain/network-fabric.js';
import type { Node } from '../domain/node.js';
import type { Service, ServiceSpec } from '../domain/service.js';
import { EngineError } from '../engine/errors.js';
import type { NetworkEndpoint } from '../engine/network-volume-types.js';
import { DEFAULT_CLUSTER_ID } from '../store/cluster.repo.js';
import type { NetworkRepository } from '../store/network.repo.js';
import type { Store } from '../store/store.js';
import type { EventBus } from './event-bus.js';
import { withTimeout } from '../engine/timeout.js';
import { LABEL } from './labels.js';

export const NETWORK_LABEL = 'stevedore.network';

/** Networks created without a subnet get a /22: 16 node slices of /26 (61 containers each). */
const DEFAULT_PREFIX = 22;

export interface NetworkOnNode {
  node: Node;
  present: boolean;
  engineNetworkId: string | null;
  subnet: string | null;
  /** The part of the subnet this node's containers get their addresses from. */
  slice: string | null;
  containers: NetworkEndpoint[];
  error: string | null;
}

export interface NetworkManagerOptions {
  /** Where subnets come from when none is given, as /22s. */
  pool: string;
  engineTimeoutMs: number;
}

/**
 * Cluster networks: validated and stored as desired state, created lazily (and idempotently) on
 * each node a task attached to them lands on (`ensureFor`, the task runner's beforeCreate hook),
 * with the same name and subnet everywhere, labelled with the network id and this installation.
 */
export class NetworkManager {
  private readonly ensuring = new Map<string, Promise<void>>();
  /** Networks being removed: not created again meanwhile (the fabric creates them on every node). */
  private readonly removing = new Set<string>();
  private readonly pool: Cidr;

  constructor(
    private readonly store: Store,
    private readonly repo: NetworkRepository,
    private readonly nodes: NodeService,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly opts: NetworkManagerOptions,
  ) {
    const pool = parseCidr(opts.pool);
    if (typeof pool === 'string') throw new Error(`network pool: ${pool}`);
    this.pool = pool;
  }

  list(clusterId?: string): Network[] {
    return this.repo.list(clusterId);
  }

  get(ref: string, clusterId = DEFAULT_CLUSTER_ID): Network | undefined {
    return this.repo.get(ref) ?? this.repo.findByName(clusterId, ref);
  }

  require(ref: string, field = 'id', clusterId?: string): Network {
    const n = this.get(ref, clusterId);
    if (!n) throw notFound('network', ref, field);
    return n;
  }

  /** Services of the cluster attached to the network. */
  usedBy(n: Network): Service[] {
    return this.store.services.list(n.clusterId).filter((s) => s.spec.networks.includes(n.name));
  }

  async create(input: NetworkInput, clusterRef = DEFAULT_CLUSTER_ID): Promise<Network> {
    const clusterId = this.store.clusters.get(clusterRef)?.id;
    if (!clusterId) throw notFound('cluster', clusterRef, 'clusterId');
    const existing = this.repo.list(clusterId);
    const reserved = await this.engineSubnets(clusterId);
    const { value, errors } = checkNetwork(input, existing, reserved);
    if (errors.length) {
      throw new AppError('BAD_USER_INPUT', errors.map((e) => `${e.field}: ${e.reason}`).join('; '), {
        field: errors[0]!.field,
        fields: errors,
      });
    }
    let subnet = value.subnet;
    if (!subnet) {
      const taken = [...existing, ...reserved]
        .map((n) => parseCidrLoose(n.subnet))
        .filter((c): c is Cidr => c !== null);
      subnet = allocateSubnet(this.pool, DEFAULT_PREFIX, taken);
      if (!subnet)
        throw new AppError(
          'CONFLICT',
          `the network pool ${cidrText(this.pool)} has no free /${DEFAULT_PREFIX} left: give a subnet`,
          { field: 'subnet' },
        );
    }
    const network: Network = {
      id: randomUUID(),
      clusterId,
      name: value.name,
      driver: value.driver,
      subnet: cidrText(subnet),
      gateway: value.gateway ?? defaultGateway(subnet),
      labels: value.labels,
      createdAt: new Date(),
    };
    try {
      this.repo.insert(network);
    } catch (err) {
      if (/UNIQUE/.test((err as Error).message))
        throw conflict(`a network named "${value.name}" already exists in this cluster`, 'name');
      throw err;
    }
    this.bus.publish({
      kind: 'network.created',
      severity: 'INFO',
      message: `network ${network.name} created (${network.driver.toLowerCase()}, ${network.subnet})`,
      clusterId,
      data: { networkId: network.id, subnet: network.subnet },
    });
    return network;
  }

  /** Removes the network from every node, then from the store; refused while a service is attached. */
  async remove(ref: string): Promise<Network> {
    const n = this.require(ref);
    const users = this.usedBy(n);
    if (users.length)
      throw conflict(
        `network ${n.name} is used by service(s) ${users.map((s) => s.name).join(', ')}: detach them first`,
        'id',
      );
    this.removing.add(n.id);
    try {
      return await this.removeFromNodes(n);
    } finally {
      this.removing.delete(n.id);
    }
  }

  private async removeFromNodes(n: Network): Promise<Network> {
    await Promise.all(
      [...this.ensuring].filter(([k]) => k.endsWith(`/${n.id}`)).map(([, p]) => p.catch(() => undefined)),
    );
    const failures: string[] = [];
    for (const node of this.nodes.list(n.clusterId).filter((x) => x.status === 'READY')) {
      try {
        const d = this.nodes.driver(node);
        const found = await withTimeout(
          d.inspectNetwork(n.name),
          this.opts.engineTimeoutMs,
          'inspect timed out',
        );
        if (found.labels[NETWORK_LABEL] !== n.id) continue;
        await withTimeout(d.removeNetwork(found.id), this.opts.engineTimeoutMs, 'remove timed out');
      } catch (err) {
        if (err instanceof EngineError && err.kind === 'NOT_FOUND') continue;
        failures.push(`${node.name}: ${(err as Error).message}`);
      }
    }
    if (failures.length)
      throw new AppError(
        'CONFLICT',
        `network ${n.name} could not be removed everywhere: ${failures.join('; ')}`,
        { field: 'id' },
      );
    for (const key of [...this.ensuring.keys()]) if (key.endsWith(`/${n.id}`)) this.ensuring.delete(key);
    this.repo.delete(n.id);
    this.bus.publish({
      kind: 'network.removed',
      severity: 'INFO',
      message: `network ${n.name} removed`,
      clusterId: n.clusterId,
      data: { networkId: n.id },
    });
    return n;
  }

  /** The network as each node of its cluster has it (live). */
  async onNodes(n: Network): Promise<NetworkOnNode[]> {
    return Promise.all(
      this.nodes.list(n.clusterId).map(async (node): Promise<NetworkOnNode> => {
        const base = {
          node,
          present: false,
          engineNetworkId: null,
          subnet: null,
          slice: this.sliceOn(node, n),
          containers: [],
          error: null,
        };
        if (node.status !== 'READY') return { ...base, error: `node is ${node.status}` };
        try {
          const found = await withTimeout(
            this.nodes.driver(node).inspectNetwork(n.name),
            this.opts.engineTimeoutMs,
            'inspect timed out',
          );
          if (found.labels[NETWORK_LABEL] !== n.id)
            return { ...base, error: 'a network of that name exists but Stevedore did not create it' };
          return {
            ...base,
            present: true,
            engineNetworkId: found.id,
            subnet: found.subnet,
            containers: found.containers,
          };
        } catch (err) {
          if (err instanceof EngineError && err.kind === 'NOT_FOUND') return base;
          return { ...base, error: (err as Error).message };
        }
      }),
    );
  }

  /** The beforeCreate hook: every network of the spec exists on the node (idempotent, deduplicated). */
  async ensureFor(node: Node, service: Service, spec: ServiceSpec): Promise<void> {
    for (const name of spec.networks) {
      const n = this.repo.findByName(service.clusterId, name);
      if (!n)
        throw new Error(
          `network "${name}" does not exist in the cluster: create it with createNetwork first`,
        );
      await this.ensureOnNode(node, n);
    }
  }

  /** The node's slice of the network (CIDR text), or null when it has none yet. */
  sliceOn(node: Node, n: Network): string | null {
    const index = this.repo.slices(n.id).get(node.id);
    const cidr = parseCidr(n.subnet);
    return index === undefined || typeof cidr === 'string' ? null : cidrText(sliceCidr(cidr, index));
  }

  /** Every slice of the network: node id → CIDR text. */
  slices(n: Network): Map<string, string> {
    const cidr = parseCidr(n.subnet);
    const out = new Map<string, string>();
    if (typeof cidr === 'string') return out;
    for (const [nodeId, index] of this.repo.slices(n.id)) out.set(nodeId, cidrText(sliceCidr(cidr, index)));
    return out;
  }

  ensureOnNode(node: Node, n: Network): Promise<void> {
    const key = `${node.id}/${n.id}`;
    let p = this.ensuring.get(key);
    if (!p) {
      p = this.doEnsure(node, n).catch((err: unknown) => {
        this.ensuring.delete(key);
        throw err;
      });
      this.ensuring.set(key, p);
      // Re-checked now and then: a network removed behind our back is recreated.
      setTimeout(() => this.ensuring.get(key) === p && this.ensuring.delete(key), 60_000).unref();
    }
    return p;
  }

  private async doEnsure(node: Node, n: Network): Promise<void> {
    const d = this.nodes.driver(node);
    const verify = async () => {
      const found = await d.inspectNetwork(n.name);
      if (found.labels[NETWORK_LABEL] !== n.id)
        throw new Error(
          `node ${node.name} already has a network named "${n.name}" that is not this Stevedore network; rename or remove it`,
        );
    };
    try {
      await verify();
      return;
    } catch (err) {
      if (!(err instanceof EngineError && err.kind === 'NOT_FOUND')) throw err;
    }
    if (this.removing.has(n.id)) throw new Error(`network ${n.name} is being removed`);
    const cidr = parseCidr(n.subnet);
    if (typeof cidr === 'string') throw new Error(`network ${n.name}: subnet ${cidr}`);
    const index = this.repo.claimSlice(n.id, node.id, (taken) => freeSlice(cidr, taken));
    if (index === null)
      throw new Error(
        `network ${n.name} (${n.subnet}) has no slice left for node ${node.name}: every slice is taken by another node; use a larger subnet`,
      );
    const slice = cidrText(sliceCidr(cidr, index));
    try {
      await d.createNetwork({
        name: n.name,
        driver: 'bridge',
        internal: n.driver === 'INTERNAL',
        subnet: n.subnet,
        ipRange: slice,
        gateway: sliceGateway(cidr, index, n.gateway),
        labels: {
          ...n.labels,
          [LABEL.managed]: 'true',
          [LABEL.installation]: this.store.installationId,
          [NETWORK_LABEL]: n.id,
        },
      });
      this.log.info({ node: node.name, network: n.name, subnet: n.subnet, slice }, 'network created on node');
      this.bus.publish({
        kind: 'network.attached_node',
        severity: 'INFO',
        message: `network ${n.name} (${n.subnet}) created on node ${node.name}, its addresses from ${slice}`,
        nodeId: node.id,
        clusterId: n.clusterId,
        data: { networkId: n.id },
      });
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'CONFLICT') return verify();
      throw new Error(
        `creating network ${n.name} (${n.subnet}) on node ${node.name}: ${fromEngineError(err, node.name).message}`,
      );
    }
  }

  /** Subnets the cluster's engines use for networks that are not this Stevedore's (best effort). */
  private async engineSubnets(clusterId: string): Promise<{ name: string; subnet: string }[]> {
    const out: { name: string; subnet: string }[] = [];
    await Promise.all(
      this.nodes
        .list(clusterId)
        .filter((n) => n.status === 'READY')
        .map(async (node) => {
          try {
            const list = await withTimeout(
              this.nodes.driver(node).listNetworks(),
              this.opts.engineTimeoutMs,
              'list timed out',
            );
            for (const n of list)
              if (
                n.subnet &&
                n.labels[LABEL.installation] !== this.store.installationId &&
                !n.subnet.includes(':')
              )
                out.push({ name: `${n.name} on node ${node.name}`, subnet: n.subnet });
          } catch (err) {
            this.log.debug({ node: node.name, err: (err as Error).message }, 'listing networks failed');
          }
        }),
    );
    return out;
  }
}
