import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { NodeService } from './api/node/node.service.js';
import { ContainerService } from './api/container/container.service.js';
import { ImageService } from './api/image/image.service.js';
import { EventBus } from './control/event-bus.js';
import { Heartbeat } from './control/heartbeat.js';
import { Realtime } from './control/realtime.js';
import type { EngineEvents } from './control/engine-events.js';
import { Reconciler } from './control/reconciler.js';
import { ServiceService } from './api/service/service.service.js';
import { DockerEngine } from './engine/docker-engine.js';
import type { EngineFactory } from './engine/engine.js';
import { EnginePool } from './engine/engine-pool.js';
import { Store } from './store/store.js';
import { Autoscaler } from './control/autoscaler.js';
import { EndpointRegistry } from './control/endpoints.js';
import { Ingress } from './control/ingress/ingress.js';
import { NetworkManager } from './control/networks.js';
import { VolumeManager } from './control/volumes/volume-manager.js';
import { NetworkRepository } from './store/network.repo.js';
import { VolumeRepository } from './store/volume.repo.js';
import { AuthService } from './api/auth/auth.service.js';
import { EnvironmentService } from './api/auth/environment.service.js';
import { QuotaService } from './api/auth/quota.service.js';
import { SecretService, checkEngineTls } from './api/auth/secret.service.js';
import { withSecretEnv, withSecretFiles } from './api/auth/secret-files.js';
import { SecretVolumes } from './control/secret-volumes.js';
import { AuditLog } from './control/audit.js';
import { checkPolicy } from './domain/auth/policy.js';
import { wakesReconciler } from './domain/container-actions.js';
import type { Service, ServiceSpec } from './domain/service.js';
import { AuditRepository } from './store/audit.repo.js';
import { EnvironmentRepository } from './store/environment.repo.js';
import { SecretRepository } from './store/secret.repo.js';
import { SessionRepository } from './store/session.repo.js';
import { TokenRepository } from './store/token.repo.js';
import { UserRepository } from './store/user.repo.js';

/**
 * The composition root: builds every service and loop once, in dependency order, and owns
 * their start and stop. Resolvers reach the services through `Context.core`.
 */
export class Core {
  readonly store: Store;
  readonly bus: EventBus;
  readonly engines: EnginePool;
  readonly nodes: NodeService;
  readonly containers: ContainerService;
  readonly images: ImageService;
  readonly heartbeat: Heartbeat;
  /** Event log, pubsub, engine event ingestion, shared stats/log streams (subscriptions). */
  readonly realtime: Realtime;
  /** Raw engine events per node: `engineEvents.onEngineEvent((nodeId, e) => ...)`. */
  readonly engineEvents: EngineEvents;
  readonly reconciler: Reconciler;
  readonly services: ServiceService;
  /** Cluster networks (desired state) created on the nodes tasks land on. */
  readonly networks: NetworkManager;
  /** Named volumes per node, bind policy, volume placement, backup and restore. */
  readonly volumes: VolumeManager;
  /** Service discovery: healthy replicas with published ports and network addresses. */
  readonly endpoints: EndpointRegistry;
  /** Reverse proxy per published service (round robin / least connections, breakers, draining). */
  readonly ingress: Ingress;
  readonly autoscaler: Autoscaler;
  /** Users, sessions, API tokens and the connections they hold (access control: api/auth). */
  readonly auth: AuthService;
  /** Environments grouping clusters, with their quotas and policies. */
  readonly environments: EnvironmentService;
  readonly quotas: QuotaService;
  /** Encrypted secrets per environment (and engine TLS material). */
  readonly secrets: SecretService;
  /** Append-only record of every mutation and login attempt. */
  readonly audit: AuditLog;

  constructor(
    readonly config: Config,
    readonly log: Logger,
    readonly metrics: Metrics,
    engineFactory?: EngineFactory,
  ) {
    this.store = Store.open(config.dbPath);
    this.store.clusters.ensureDefault();
    this.bus = new EventBus((err) => log.error({ err }, 'event listener failed'));
    const secretRepo = new SecretRepository(this.store.db);
    const userRepo = new UserRepository(this.store.db);
    const envRepo = new EnvironmentRepository(this.store.db);
    this.secrets = new SecretService(this.store, secretRepo, config, log.child({ part: 'secrets' }));
    this.environments = new EnvironmentService(this.store, envRepo, userRepo, secretRepo);
    this.auth = new AuthService(
      userRepo,
      new TokenRepository(this.store.db),
      new SessionRepository(this.store.db),
      envRepo,
      config.auth,
      log.child({ part: 'auth' }),
    );
    this.auth.bootstrap();
    this.audit = new AuditLog(new AuditRepository(this.store.db), log.child({ part: 'audit' }));
    this.engines = new EnginePool(
      engineFactory ??
        ((endpoint, opts) =>
          new DockerEngine(endpoint, {
            timeoutMs: config.engineTimeoutMs,
            tls: opts?.tls,
            onCall: (op, outcome) => metrics.engineCalls.inc({ op, outcome }),
          })),
      (endpoint) => this.secrets.tlsForEndpoint(endpoint),
    );
    this.nodes = new NodeService(this.store, this.engines, this.bus, {
      check: checkEngineTls,
      save: (nodeId, tls) => this.secrets.saveNodeTls(nodeId, tls),
      remove: (nodeId) => this.secrets.removeNodeTls(nodeId),
    });
    this.quotas = new QuotaService(this.store, this.environments, this.nodes, config.engineTimeoutMs);
    this.realtime = new Realtime(config, this.store, this.bus, this.nodes, metrics, log);
    this.engineEvents = this.realtime.engineEvents;
    this.containers = new ContainerService(this.nodes, { engineTimeoutMs: config.engineTimeoutMs });
    this.images = new ImageService(this.nodes);
    this.heartbeat = new Heartbeat(
      this.nodes,
      {
        intervalMs: config.heartbeatIntervalMs,
        graceMs: config.heartbeatGraceMs,
        timeoutMs: Math.min(config.engineTimeoutMs, config.heartbeatGraceMs),
        loadIntervalMs: config.nodeLoadIntervalMs,
      },
      log.child({ loop: 'heartbeat' }),
    );
    this.endpoints = new EndpointRegistry(
      this.store,
      (node) => this.nodes.driver(node),
      log.child({ part: 'endpoints' }),
      config.engineTimeoutMs,
    );
    this.ingress = new Ingress(
      this.store,
      this.endpoints,
      this.bus,
      metrics.registry,
      log.child({ loop: 'ingress' }),
      config.ingress,
    );
    this.networks = new NetworkManager(
      this.store,
      new NetworkRepository(this.store.db),
      this.nodes,
      this.bus,
      log.child({ part: 'networks' }),
      {
        pool: config.networkPool,
        engineTimeoutMs: config.engineTimeoutMs,
      },
    );
    this.volumes = new VolumeManager(
      this.store,
      new VolumeRepository(this.store.db),
      this.nodes,
      () => this.services,
      this.bus,
      log.child({ part: 'volumes' }),
      {
        dataDir: config.dataDir,
        bindAllowedPaths: config.bindAllowedPaths,
        helperImage: config.helperImage,
        engineTimeoutMs: config.engineTimeoutMs,
        helperTimeoutMs: 10 * 60_000,
      },
    );
    const secretVolumes = new SecretVolumes(
      (node) => this.nodes.driver(node),
      { installationId: this.store.installationId, helperImage: config.helperImage },
      log.child({ part: 'secrets' }),
    );
    this.reconciler = new Reconciler(
      this.store,
      (node) => this.nodes.driver(node),
      this.bus,
      log.child({ loop: 'reconciler' }),
      {
        resyncMs: config.resyncIntervalMs,
        nodeDownGraceMs: config.nodeDownGraceMs,
        engineTimeoutMs: config.engineTimeoutMs,
        nodeLoad: (nodeId) => this.heartbeat.load.loadOf(nodeId),
        nodeLoadMaxAgeMs: 3 * config.nodeLoadIntervalMs,
      },
      (serviceId, reason) => {
        try {
          this.services.rollback(serviceId, null, 'stevedore', `automatic rollback: ${reason}`);
        } catch (err) {
          log.error({ err, serviceId }, 'automatic rollback failed');
        }
      },
      {
        // Volumes first (policy, claim on this node), then networks: all exist before the container.
        // Then the task's tmpfs secret volume (secret-volumes.ts).
        beforeCreate: async (node, service, spec, task) => {
          // The environment's policy now, not when the spec was stored (an ADMIN may have tightened it).
          this.policyCheck(service, spec);
          await this.volumes.beforeCreate(node, service, spec);
          await this.networks.ensureFor(node, service, spec);
          if (spec.secrets?.length) await secretVolumes.prepare(node, task, spec.secrets);
        },
        beforeStop: (task) => this.ingress.beforeStop(task),
        // Secrets: variables into the create spec, the tmpfs volume read-only at /run/secrets.
        decorateCreate: (create, service, spec) =>
          spec.secrets?.length
            ? withSecretFiles(
                withSecretEnv(
                  create,
                  this.secrets.forSpec(this.environments.ofCluster(service.clusterId), spec),
                ),
              )
            : create,
        // The files, into the tmpfs held mounted by a holder until the task container holds it.
        afterCreate: async (node, service, spec, _containerId, task) => {
          if (!spec.secrets?.length) return;
          const values = this.secrets.forSpec(this.environments.ofCluster(service.clusterId), spec);
          return secretVolumes.populate(
            node,
            task,
            values.map((v) => ({ target: v.ref.target, value: v.value })),
          );
        },
        afterRemove: async (node, taskId, spec) => {
          if (!spec || spec.secrets?.length) await secretVolumes.remove(node, taskId);
        },
        sweep: (node, taskLive, taskBusy) => secretVolumes.sweep(node, taskLive, taskBusy),
      },
    );
    this.services = new ServiceService(
      this.store,
      this.bus,
      () => this.reconciler.wake(),
      (s) => this.reconciler.eligibleCount(s),
    );
    // A task container that dies, turns (un)healthy or vanishes is a reason for a pass now,
    // not at the next resync: this is what brings a killed replica back within a second.
    this.engineEvents.onEngineEvent((_nodeId, e) => {
      if (e.attributes['stevedore.kind'] === 'task' && wakesReconciler(e)) this.reconciler.wake();
    });
    this.autoscaler = new Autoscaler(
      this.store,
      this.nodes,
      this.services,
      this.realtime.stats,
      (id, windowMs) => this.ingress.requestRate(id, windowMs),
      this.bus,
      log.child({ loop: 'autoscaler' }),
      {
        intervalMs: config.autoscaleIntervalMs,
        quotaCap: (service, desired) => this.quotas.replicasWithin(service, desired),
      },
    );
    // A service mounting a volume that lives on a node is pinned there (before the reconciler wakes).
    this.bus.subscribe((e) => {
      if (
        e.serviceId &&
        (e.kind === 'service.created' || e.kind === 'service.updated' || e.kind === 'rollout.started')
      )
        this.volumes.pinService(e.serviceId);
    });
    // Node changes (down, drained, added) change what the reconciler must do: wake it.
    this.bus.subscribe((e) => {
      if (e.kind.startsWith('node.')) this.reconciler.wake();
    });
    this.bus.subscribe((e) => log.info({ kind: e.kind, node: e.nodeId, service: e.serviceId }, e.message));
  }

  private policyCheck(service: Service, spec: ServiceSpec): void {
    const env = this.environments.get(this.environments.ofCluster(service.clusterId));
    if (!env) return;
    const sec = spec.security;
    const v = checkPolicy(env.name, env.policy, {
      privileged: sec?.privileged,
      hostNetwork: sec?.hostNetwork,
      hostPid: sec?.hostPid,
      capAdd: sec?.capAdd,
      mounts: spec.mounts,
    });
    if (v.length) throw new Error(v.map((x) => `policy ${x.rule}: ${x.field}: ${x.reason}`).join('; '));
  }

  async start(): Promise<void> {
    await this.realtime.start();
    if (this.config.localEngine) {
      try {
        const n = await this.nodes.ensureLocalNode(this.config.localEngine, this.config.localNodeName);
        if (n) this.log.info({ node: n.name, endpoint: n.endpoint }, 'local engine registered');
      } catch (err) {
        this.log.warn(
          { endpoint: this.config.localEngine, err: (err as Error).message },
          'local engine not reachable',
        );
      }
    }
    this.heartbeat.start();
    this.reconciler.start();
    this.ingress.start();
    this.autoscaler.start();
  }

  async stop(): Promise<void> {
    this.autoscaler.stop();
    await Promise.all([this.heartbeat.stop(), this.reconciler.stop()]);
    await this.ingress.stop();
    await this.realtime.stop();
    this.store.close();
  }
}
