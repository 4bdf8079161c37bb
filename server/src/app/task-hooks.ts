import type { Node } from '../domain/node.js';
import type { ContainerCreateSpec } from '../engine/types.js';
import type { SecretRef, Service, ServiceSpec } from '../domain/service.js';
import type { Task } from '../domain/task.js';
import { specSecurity, type EnvironmentService } from './access/environments.js';
import { withSecretEnv, withSecretFiles } from './access/secret-files.js';
import type { SecretService } from './access/secrets.js';
import type { NetworkManager } from './networks.js';
import type { TaskHooks } from './ports.js';
import type { VolumeManager } from './volumes/volumes.js';

/** A task's tmpfs secret volume on its node (control/secret-volumes.ts does the engine work). */
export interface SecretVolumePort {
  prepare(node: Node, task: Task, refs: readonly SecretRef[]): Promise<void>;
  populate(
    node: Node,
    task: Task,
    files: readonly { target: string; value: Buffer }[],
  ): Promise<(started: boolean) => Promise<void>>;
  remove(node: Node, taskId: string): Promise<void>;
  sweep(
    node: Node,
    taskLive: (taskId: string) => boolean,
    taskBusy: (taskId: string) => boolean,
  ): Promise<void>;
}

/** Takes a replica out of rotation before its container stops (control/ingress/ingress.ts). */
export interface DrainPort {
  beforeStop(task: Task): Promise<void>;
}

/** The cluster resolver's side of a task (control/dns/service-dns.ts). */
export interface ServiceDnsPort {
  /** The nameserver containers get, or null when service discovery DNS is off or not serving. */
  nameserver(): string | null;
  /** Takes the replica out of the DNS answers before its container stops. */
  beforeStop(task: Task): Promise<void>;
}

export interface TaskHookDeps {
  environments: EnvironmentService;
  secrets: SecretService;
  volumes: VolumeManager;
  networks: NetworkManager;
  secretVolumes: SecretVolumePort;
  ingress: DrainPort;
  dns?: ServiceDnsPort;
}

/**
 * With the cluster resolver serving, a container asks it (Docker's embedded resolver forwards the
 * names it does not know) and the service-name alias goes: Docker would answer it with the
 * replicas on this node only.
 */
function withClusterDns(
  create: ContainerCreateSpec,
  serviceName: string,
  dns: ServiceDnsPort | undefined,
): ContainerCreateSpec {
  const ns = dns?.nameserver();
  if (!ns || create.networkMode === 'host') return create;
  return {
    ...create,
    dns: [ns],
    networks: create.networks.map((n) => ({ ...n, aliases: n.aliases.filter((a) => a !== serviceName) })),
  };
}

/**
 * What the use cases add around a task's container, in order: the environment's policy as it is
 * now, then volumes (policy, claim on this node), then networks, all before the container exists;
 * then the task's tmpfs secret volume (secret variables go into the create spec, the files into
 * that volume while a holder keeps it mounted); before a stop, the ingress drains the replica.
 */
export function taskHooks(d: TaskHookDeps): TaskHooks {
  const secretsOf = (service: Service, spec: ServiceSpec) =>
    d.secrets.forSpec(d.environments.ofCluster(service.clusterId), spec);
  return {
    beforeCreate: async (node, service, spec, task) => {
      // The environment's policy now, not when the spec was stored (an ADMIN may have tightened it).
      const env = d.environments.ofCluster(service.clusterId);
      if (d.environments.get(env)) d.environments.enforcePolicy(env, specSecurity(spec));
      await d.volumes.beforeCreate(node, service, spec);
      await d.networks.ensureFor(node, service, spec);
      if (spec.secrets?.length) await d.secretVolumes.prepare(node, task, spec.secrets);
    },
    beforeStop: async (task) => {
      await d.dns?.beforeStop(task);
      await d.ingress.beforeStop(task);
    },
    decorateCreate: (create, service, spec) => {
      const c = withClusterDns(create, service.name, d.dns);
      return spec.secrets?.length ? withSecretFiles(withSecretEnv(c, secretsOf(service, spec))) : c;
    },
    afterCreate: async (node, service, spec, _containerId, task) => {
      if (!spec.secrets?.length) return;
      const files = secretsOf(service, spec).map((v) => ({ target: v.ref.target, value: v.value }));
      return d.secretVolumes.populate(node, task, files);
    },
    afterRemove: async (node, taskId, spec) => {
      if (!spec || spec.secrets?.length) await d.secretVolumes.remove(node, taskId);
    },
    sweep: (node, taskLive, taskBusy) => d.secretVolumes.sweep(node, taskLive, taskBusy),
  };
}
