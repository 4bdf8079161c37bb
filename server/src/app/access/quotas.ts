import {
  ZERO_USAGE,
  addUsage,
  checkBounded,
  checkQuota,
  containerUsage,
  formatBytes,
  formatCpus,
  perReplica,
  replicasWithinQuota,
  serviceUsage,
  subUsage,
  sumUsage,
  type QuotaViolation,
  type ReplicaShape,
  type Usage,
} from '../../domain/auth/quota.js';
import type { Service, ServiceSpec } from '../../domain/service.js';
import type { NodeService } from '../nodes.js';
import type { Store } from '../../store/store.js';
import { AppError } from '../errors.js';
import type { EnvironmentService } from './environments.js';

const KIND_LABEL = 'stevedore.kind';
const CPU_RESERVATION_LABEL = 'stevedore.cpu-reservation';

/** A service spec admitted and not yet stored (before null: a new service). */
export interface QuotaChange {
  before: Service | null;
  after: ServiceSpec;
}

export interface QuotaReport {
  environmentId: string;
  usage: Usage;
  /** Nodes whose standalone containers could not be counted (DOWN or not answering). */
  unreachableNodes: string[];
}

/**
 * Use per environment and the quota check before createService, updateService, scaleService and
 * runContainer. Services count their desired replicas; standalone containers are counted on the
 * engines of the environment's nodes (running ones, with their limits).
 */
export class QuotaService {
  constructor(
    private readonly store: Store,
    private readonly environments: EnvironmentService,
    private readonly nodes: NodeService,
    private readonly engineTimeoutMs: number,
  ) {}

  /** Nodes a GLOBAL service of the environment runs on. */
  private globalNodes(envId: string): number {
    return this.environments
      .clustersOf(envId)
      .flatMap((c) => this.store.nodes.list(c))
      .filter((n) => n.availability === 'ACTIVE' && n.status !== 'DOWN').length;
  }

  servicesUsage(envId: string, except?: string): Usage {
    const n = this.globalNodes(envId);
    return sumUsage(
      this.environments
        .clustersOf(envId)
        .flatMap((c) => this.store.services.list(c))
        .filter((s) => s.id !== except)
        .map((s) => serviceUsage(s.spec, n)),
    );
  }

  async containersUsage(envId: string): Promise<{ usage: Usage; unreachable: string[] }> {
    const nodes = this.environments.clustersOf(envId).flatMap((c) => this.store.nodes.list(c));
    const unreachable: string[] = [];
    const parts = await Promise.all(
      nodes.map(async (node) => {
        if (node.status === 'DOWN') {
          unreachable.push(node.name);
          return ZERO_USAGE;
        }
        try {
          const d = this.nodes.driver(node);
          const list = await withTimeout(
            d.listContainers({ all: false, labels: [`${KIND_LABEL}=container`] }),
            this.engineTimeoutMs,
          );
          const shapes = await Promise.all(
            list.map(async (c) => {
              const det = await withTimeout(d.inspectContainer(c.id), this.engineTimeoutMs);
              return containerUsage({
                limits: { nanoCpus: det.resources.nanoCpus, memoryBytes: det.resources.memoryBytes },
                reservations: {
                  nanoCpus: Number(det.labels[CPU_RESERVATION_LABEL] ?? 0) || 0,
                  memoryBytes: det.resources.memoryReservationBytes,
                },
              });
            }),
          );
          return sumUsage(shapes);
        } catch {
          unreachable.push(node.name);
          return ZERO_USAGE;
        }
      }),
    );
    return { usage: sumUsage(parts), unreachable };
  }

  async report(envId: string): Promise<QuotaReport> {
    const containers = await this.containersUsage(envId);
    return {
      environmentId: envId,
      usage: addUsage(this.servicesUsage(envId), containers.usage),
      unreachableNodes: containers.unreachable,
    };
  }

  /**
   * A service created (before null) or changed: FORBIDDEN with the numbers when over. `earlier`:
   * changes admitted with it in one batch (a stack's other services), counted as in use.
   */
  async checkService(
    envId: string,
    before: Service | null,
    after: ServiceSpec,
    earlier: readonly QuotaChange[] = [],
  ): Promise<void> {
    const env = this.environments.require(envId);
    const q = env.quota;
    if (q.maxCpus === null && q.maxMemoryBytes === null && q.maxServices === null && q.maxContainers === null)
      return;
    const n = this.globalNodes(envId);
    const violations: QuotaViolation[] = [];
    // Shrinking (fewer replicas of the same shape) is always fine; anything else must be countable.
    const prevUse = before ? serviceUsage(before.spec, n) : null;
    const nextUse = serviceUsage(after, n);
    const sameShape = before && JSON.stringify(perReplica(before.spec)) === JSON.stringify(perReplica(after));
    if (!(sameShape && prevUse && nextUse.containers <= prevUse.containers))
      violations.push(...checkBounded(env.name, q, after));
    if (!violations.length) {
      const containers =
        q.maxContainers !== null || q.maxCpus !== null || q.maxMemoryBytes !== null
          ? (await this.containersUsage(envId)).usage
          : ZERO_USAGE;
      const batch = earlier.map((c) =>
        subUsage(serviceUsage(c.after, n), c.before ? serviceUsage(c.before.spec, n) : ZERO_USAGE),
      );
      const inUse = addUsage(addUsage(this.servicesUsage(envId), containers), sumUsage(batch));
      violations.push(...checkQuota(env.name, q, inUse, prevUse ?? ZERO_USAGE, nextUse));
    }
    throwIfOver(violations);
  }

  /**
   * The autoscaler's question before a scale-up: how many of `desired` replicas fit the quota of
   * the service's environment (at least its current count), and why it stopped short.
   */
  async replicasWithin(
    service: Service,
    desired: number,
  ): Promise<{ replicas: number; reason: string | null }> {
    const current = service.spec.replicas;
    if (desired <= current) return { replicas: desired, reason: null };
    const envId = this.environments.ofCluster(service.clusterId);
    const env = this.environments.get(envId);
    const q = env?.quota;
    if (!env || !q || (q.maxCpus === null && q.maxMemoryBytes === null && q.maxContainers === null))
      return { replicas: desired, reason: null };
    const others = addUsage(this.servicesUsage(envId, service.id), (await this.containersUsage(envId)).usage);
    const fit = replicasWithinQuota(q, others, service.spec, current, desired);
    if (!fit.limitedBy) return { replicas: fit.replicas, reason: null };
    const limit =
      fit.limitedBy === 'cpus'
        ? `${q.maxCpus} CPUs`
        : fit.limitedBy === 'memory'
          ? `${formatBytes(q.maxMemoryBytes ?? 0)} of memory`
          : `${q.maxContainers} containers`;
    const used =
      fit.limitedBy === 'cpus'
        ? `${formatCpus(others.nanoCpus)} CPUs`
        : fit.limitedBy === 'memory'
          ? formatBytes(others.memoryBytes)
          : `${others.containers} containers`;
    return {
      replicas: fit.replicas,
      reason: `capped at ${fit.replicas} by the quota of ${env.name}: ${limit}, ${used} used by the rest`,
    };
  }

  async checkContainer(envId: string, shape: ReplicaShape): Promise<void> {
    const env = this.environments.require(envId);
    const q = env.quota;
    if (q.maxCpus === null && q.maxMemoryBytes === null && q.maxContainers === null) return;
    const violations = checkBounded(env.name, q, shape);
    if (!violations.length) {
      const inUse = addUsage(this.servicesUsage(envId), (await this.containersUsage(envId)).usage);
      violations.push(...checkQuota(env.name, q, inUse, ZERO_USAGE, containerUsage(shape)));
    }
    throwIfOver(violations);
  }
}

function throwIfOver(v: QuotaViolation[]): void {
  if (!v.length) return;
  throw new AppError('FORBIDDEN', v.map((x) => x.message).join('; '), {
    rule: 'quota',
    quota: v.map((x) => ({ resource: x.resource, limit: x.limit, inUse: x.inUse, asks: x.asks })),
  });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]);
}
