import type { Store } from '../../store/store.js';
import { DEFAULT_CLUSTER_ID } from '../../store/cluster.repo.js';
import {
  DEFAULT_ENVIRONMENT_ID,
  type Environment,
  type EnvironmentRepository,
} from '../../store/environment.repo.js';
import type { SecretRepository } from '../../store/secret.repo.js';
import type { UserRepository } from '../../store/user.repo.js';
import { checkName } from '@stevedore/spec-rules';
import type { ServiceSpec } from '../../domain/service.js';
import {
  checkCapabilityName,
  checkPolicy,
  normalizeCapability,
  normalizePolicy,
  type EnvironmentPolicy,
  type WorkloadSecurity,
} from '../../domain/auth/policy.js';
import { normalizeQuota, type Quota } from '../../domain/auth/quota.js';
import { parseAllowedPaths } from '../../domain/volume.js';
import { ALL_ENVIRONMENTS } from '../../domain/auth/roles.js';
import { AppError, badInput, conflict, notFound } from '../errors.js';

export type { Environment } from '../../store/environment.repo.js';

/**
 * Environments (dev, staging, prod…) group clusters; roles, quotas, the policy guard and secrets
 * are per environment. The default cluster is in the default environment, as is every cluster
 * not assigned elsewhere. Resolvers ask here which environment a service, node or network is in.
 */
export class EnvironmentService {
  constructor(
    private readonly store: Store,
    private readonly repo: EnvironmentRepository,
    private readonly users: UserRepository,
    private readonly secrets: SecretRepository,
  ) {}

  list(): Environment[] {
    return this.repo.list();
  }

  ids(): string[] {
    return this.repo.ids();
  }

  get(ref: string): Environment | undefined {
    return this.repo.get(ref);
  }

  /** The environment's policy refuses the workload: FORBIDDEN, naming every rule and field at fault. */
  enforcePolicy(ref: string, w: WorkloadSecurity): void {
    const e = this.require(ref);
    const v = checkPolicy(e.name, e.policy, w);
    if (!v.length) return;
    throw new AppError('FORBIDDEN', v.map((x) => `policy ${x.rule}: ${x.field}: ${x.reason}`).join('; '), {
      rule: v[0]!.rule,
      field: v[0]!.field,
      rules: v,
    });
  }

  require(ref: string, field = 'environment'): Environment {
    const e = this.repo.get(ref);
    if (!e) throw notFound('environment', ref, field);
    return e;
  }

  clustersOf(envId: string): string[] {
    return this.repo.clustersOf(envId);
  }

  ofCluster(clusterId: string): string {
    return this.repo.environmentOfCluster(clusterId);
  }

  /** The environment of a service (by id or name); undefined when there is no such service. */
  ofService(ref: string): string | undefined {
    const s = this.store.services.get(ref) ?? this.store.services.findByName(ref);
    return s ? this.ofCluster(s.clusterId) : undefined;
  }

  ofNode(ref: string): string | undefined {
    const n = this.store.nodes.get(ref) ?? this.store.nodes.findByName(ref);
    return n ? this.ofCluster(n.clusterId) : undefined;
  }

  ofClusterRef(ref: string): string | undefined {
    const c = this.store.clusters.get(ref);
    return c ? this.ofCluster(c.id) : undefined;
  }

  create(input: { name: string; description?: string | null; clusterIds?: string[] | null }): Environment {
    const err = checkName(input.name);
    if (err) throw badInput('name', err);
    if (input.name === ALL_ENVIRONMENTS)
      throw badInput('name', `"${ALL_ENVIRONMENTS}" means every environment`);
    if (this.repo.get(input.name))
      throw conflict(`an environment named "${input.name}" already exists`, 'name');
    const clusterIds = input.clusterIds ?? [];
    clusterIds.forEach((c, i) => {
      if (!this.store.clusters.get(c)) throw notFound('cluster', c, `clusterIds[${i}]`);
      if (this.store.clusters.get(c)!.id === DEFAULT_CLUSTER_ID)
        throw badInput(`clusterIds[${i}]`, 'the default cluster stays in the default environment');
    });
    if (clusterIds.length === 0 && this.store.clusters.get(input.name))
      throw conflict(`a cluster named "${input.name}" already exists: assign it with clusterIds`, 'name');
    const env: Environment = {
      id: input.name,
      name: input.name,
      description: input.description ?? '',
      quota: normalizeQuota(null),
      policy: normalizePolicy(null),
      createdAt: new Date(),
    };
    this.store.tx(() => {
      this.repo.insert(env);
      // Without clusters named, the environment brings its own cluster of the same name.
      if (clusterIds.length === 0) this.repo.createCluster(env.id, env.name);
      for (const c of clusterIds.length ? clusterIds : [env.id])
        this.repo.assignCluster(this.store.clusters.get(c)!.id, env.id);
    });
    return env;
  }

  /** Only an empty environment goes: no node, service, network or secret in it. Its empty clusters go with it. */
  remove(ref: string): Environment {
    const env = this.require(ref, 'name');
    if (env.id === DEFAULT_ENVIRONMENT_ID)
      throw conflict('the default environment cannot be removed', 'name');
    const clusters = this.clustersOf(env.id);
    for (const c of clusters) {
      if (this.store.nodes.list(c).length)
        throw conflict(
          `environment ${env.name} still has nodes (cluster ${c}): remove or move them first`,
          'name',
        );
      if (this.store.services.list(c).length)
        throw conflict(
          `environment ${env.name} still has services (cluster ${c}): remove them first`,
          'name',
        );
    }
    if (this.secrets.countOfEnvironment(env.id))
      throw conflict(`environment ${env.name} still has secrets: remove them first`, 'name');
    this.store.tx(() => {
      for (const c of clusters) {
        try {
          this.store.db.prepare('DELETE FROM clusters WHERE id = ?').run(c);
        } catch {
          throw conflict(
            `cluster ${c} of environment ${env.name} is still in use (networks?): empty it first`,
            'name',
          );
        }
      }
      this.users.removeBindingsOfEnvironment(env.id);
      this.repo.delete(env.id);
    });
    return env;
  }

  /** Moves a cluster (with its nodes and services) into an environment. */
  assignCluster(clusterRef: string, envRef: string): Environment {
    const c = this.store.clusters.get(clusterRef);
    if (!c) throw notFound('cluster', clusterRef, 'clusterId');
    const env = this.require(envRef);
    if (c.id === DEFAULT_CLUSTER_ID && env.id !== DEFAULT_ENVIRONMENT_ID)
      throw badInput('clusterId', 'the default cluster stays in the default environment');
    this.repo.assignCluster(c.id, env.id);
    return env;
  }

  setQuota(ref: string, q: Partial<Quota>): Environment {
    const env = this.require(ref);
    for (const [k, v] of Object.entries(q))
      if (v !== null && v !== undefined && (!Number.isFinite(v) || v < 0))
        throw badInput(`quota.${k}`, `must be a number ≥ 0 or null (got ${v})`);
    for (const k of ['maxServices', 'maxContainers'] as const)
      if (q[k] != null && !Number.isInteger(q[k])) throw badInput(`quota.${k}`, 'must be a whole number');
    const quota = normalizeQuota(q);
    this.repo.setQuota(env.id, quota);
    return { ...env, quota };
  }

  setPolicy(ref: string, p: Partial<EnvironmentPolicy>): Environment {
    const env = this.require(ref);
    (p.allowedCapabilities ?? []).forEach((c, i) => {
      const err = checkCapabilityName(c);
      if (err) throw badInput(`policy.allowedCapabilities[${i}]`, err);
    });
    let paths: string[] | null = null;
    if (p.bindAllowedPaths) {
      const parsed = parseAllowedPaths(p.bindAllowedPaths.join(','));
      if (typeof parsed === 'string') throw badInput('policy.bindAllowedPaths', parsed);
      paths = parsed;
    }
    const policy = normalizePolicy({
      ...p,
      allowedCapabilities: (p.allowedCapabilities ?? []).map(normalizeCapability),
      bindAllowedPaths: paths,
    });
    this.repo.setPolicy(env.id, policy);
    return { ...env, policy };
  }

  /** For messages: an environment's name (the id when it is gone). */
  nameOf(id: string): string {
    return this.repo.get(id)?.name ?? id;
  }

  static forbidden(message: string, extra: Record<string, unknown> = {}): AppError {
    return new AppError('FORBIDDEN', message, extra);
  }
}

/** What an environment's policy judges of a service spec. */
export function specSecurity(spec: ServiceSpec): WorkloadSecurity {
  const sec = spec.security;
  return {
    privileged: sec?.privileged,
    hostNetwork: sec?.hostNetwork,
    hostPid: sec?.hostPid,
    capAdd: sec?.capAdd,
    mounts: spec.mounts,
  };
}
