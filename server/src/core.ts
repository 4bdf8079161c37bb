import path from 'node:path';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { AuditLog } from './app/access/audit.js';
import { AuthService } from './app/access/auth.js';
import { EnvironmentService } from './app/access/environments.js';
import { QuotaService } from './app/access/quotas.js';
import { SecretService } from './app/access/secrets.js';
import { RateBucketRepository } from './store/rate-bucket.repo.js';
import { AutoscaleService } from './app/autoscale.js';
import { ClusterService } from './app/clusters.js';
import { remoteMemberFactory, type RemoteMemberFactory } from './app/federation/remote-member.js';
import { RemoteSockets } from './control/remote-socket.js';
import { RemoteMemberPool } from './app/federation/remote-members.js';
import { MemberHeartbeat } from './control/member-heartbeat.js';
import { FederationStatus } from './app/federation/federation-status.js';
import { MemberRegistry, type MemberClusterRecord } from './app/federation/members.js';
import { FederationLoop } from './control/federation.js';
import { ContainerService } from './app/containers.js';
import { EventBus, logEvents } from './app/event-bus.js';
import { ImageService } from './app/images.js';
import type { Discovery } from './app/ingress.js';
import type { Live } from './app/live.js';
import { NetworkManager } from './app/networks.js';
import { NodeService } from './app/nodes.js';
import { ReconcileLine, type NodeProbe } from './app/ports.js';
import { RolloutTimeline } from './app/rollouts.js';
import { StackService } from './app/stacks/stacks.js';
import { parseStack, toCompose } from './app/stacks/compose.js';
import { StackRepository } from './store/stack.repo.js';
import { Admission } from './app/admission.js';
import { ServiceService } from './app/services.js';
import { ServiceStats } from './app/stats.js';
import { taskHooks } from './app/task-hooks.js';
import { VolumeManager } from './app/volumes/volumes.js';
import { BackupService } from './app/backup/backups.js';
import { DesiredStateService } from './app/desired-state/desired-state.js';
import { BackupSchedule } from './control/backup-schedule.js';
import { Autoscaler } from './control/autoscaler.js';
import { EndpointRegistry } from './control/endpoints.js';
import { ServiceDns } from './control/dns/service-dns.js';
import { ServiceDiscovery } from './app/service-discovery.js';
import type { EngineEvents } from './control/engine-events.js';
import { Heartbeat } from './control/heartbeat.js';
import { Leadership, type LeaderView } from './control/leadership.js';
import { fencedEngine } from './engine/fenced-engine.js';
import type { Node } from './domain/node.js';
import { changesNodeContainers } from './domain/container-actions.js';
import { Ingress } from './control/ingress/ingress.js';
import { ProgressiveLoop } from './control/progressive.js';
import { Realtime } from './control/realtime.js';
import { Reconciler } from './control/reconciler.js';
import { readiness, type Readiness } from './control/readiness.js';
import { WorkloadMetrics } from './control/workload-metrics.js';
import { SecretVolumes } from './control/secret-volumes.js';
import { DockerEngine } from './engine/docker-engine.js';
import { EnginePool } from './engine/engine-pool.js';
import type { EngineDriver, EngineFactory } from './engine/engine.js';
import { AuditRepository } from './store/audit.repo.js';
import { EnvironmentRepository } from './store/environment.repo.js';
import { NetworkRepository } from './store/network.repo.js';
import { RolloutSampleRepository } from './store/rollout-sample.repo.js';
import { SecretRepository } from './store/secret.repo.js';
import { SessionRepository } from './store/session.repo.js';
import { LEADER_LEASE, Store } from './store/store.js';
import { NetworkFabric } from './control/network-fabric.js';
import { TokenRepository } from './store/token.repo.js';
import { UserRepository } from './store/user.repo.js';
import { VolumeRepository } from './store/volume.repo.js';

/**
 * What the API (Context.core) holds: the use cases and the ports the loops answer through,
 * never a loop, the store or the engines themselves (api/context.test.ts keeps it so).
 */
export interface AppModules {
  readonly config: Config;
  readonly nodes: NodeService;
  readonly containers: ContainerService;
  readonly images: ImageService;
  readonly services: ServiceService;
  readonly clusters: ClusterService;
  readonly serviceStats: ServiceStats;
  readonly networks: NetworkManager;
  readonly volumes: VolumeManager;
  /** Control-plane backups (app/backup). */
  readonly backups: BackupService;
  /** Desired state as a YAML document: export and import (app/desired-state). */
  readonly desiredState: DesiredStateService;
  readonly auth: AuthService;
  readonly environments: EnvironmentService;
  readonly quotas: QuotaService;
  readonly secrets: SecretService;
  readonly audit: AuditLog;
  readonly autoscale: AutoscaleService;
  /** The event log and the shared log and stats streams the subscriptions open. */
  readonly live: Live;
  /** Service endpoints and ingress views. */
  readonly discovery: Discovery;
  /** A heartbeat now (after a node is added). */
  readonly nodeProbe: NodeProbe;
  /** Replicas per network with their DNS answers, the resolver's status, the connectivity check. */
  readonly serviceDiscovery: ServiceDiscovery;
  /** Canary and blue-green rollouts' timelines and decisions (the analysis loop's samples). */
  readonly rollouts: RolloutTimeline;
  /** Compose files deployed, diffed, updated and removed as one application. */
  readonly stacks: StackService;
  /** This replica and the leader (the system query). */
  readonly leadership: { readonly instanceId: string; leader(): LeaderView | null };
  /** Federated services: the federation loop's last division and what runs in each member. */
  readonly federation: Pick<FederationStatus, 'get'>;
}

/**
 * The composition root and nothing else: builds every use case (app/) and loop (control/) once,
 * in dependency order, connects them through the ports of app/ports.ts, and owns their start and
 * stop. Resolvers reach the use cases through `Context.core`, which is `app` (AppModules).
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
  readonly clusters: ClusterService;
  /**
   * Makes the MemberCluster of a REMOTE cluster (another control plane over its API): what the
   * federation's member registry (app/federation/members.ts) is given. Status over graphql-ws
   * goes through `remoteSockets`.
   */
  readonly remoteMembers: RemoteMemberFactory;
  readonly remoteSockets: RemoteSockets;
  readonly remotePool: RemoteMemberPool;
  /** Pings every REMOTE cluster each heartbeat interval: their health and latency in the API. */
  readonly memberHeartbeat: MemberHeartbeat;
  /** A service's live stats: its running replicas as a stats group, and one by one. */
  readonly serviceStats: ServiceStats;
  /** Cluster networks (desired state) created on the nodes tasks land on. */
  readonly networks: NetworkManager;
  /** Named volumes per node, bind policy, volume placement, backup and restore. */
  readonly volumes: VolumeManager;
  /** Control-plane backups: snapshots of the whole desired state (app/backup). */
  readonly backups: BackupService;
  /** Scheduled control-plane backups with retention (STEVEDORE_BACKUP_INTERVAL_MS, _KEEP). */
  readonly backupSchedule: BackupSchedule;
  /** Stacks: compose files as one application (app/stacks). */
  readonly stacks: StackService;
  /** Service discovery: healthy replicas with published ports and network addresses. */
  readonly endpoints: EndpointRegistry;
  /** Reverse proxy per published service (round robin / least connections, breakers, draining). */
  readonly ingress: Ingress;
  /** Feeds the cluster resolver (service discovery DNS); null when STEVEDORE_DNS_LISTEN is empty. */
  readonly dns: ServiceDns | null;
  /** Cluster networks across nodes: slices, routes and rules on every node (control/network-fabric.ts). */
  readonly fabric: NetworkFabric;
  readonly autoscaler: Autoscaler;
  /** Federated placement and failover over member clusters (control/federation.ts). */
  readonly federation: FederationLoop;
  readonly federationStatus = new FederationStatus();
  /** The member clusters (local engines; remote control planes through `remoteMember`). */
  readonly members: MemberRegistry;
  /** Canary analysis: steps judged from the ingress's per-revision figures, timeline samples. */
  readonly progressive: ProgressiveLoop;
  readonly rolloutSamples: RolloutSampleRepository;
  /** Users, sessions, API tokens and the connections they hold (access control: api/auth). */
  readonly auth: AuthService;
  /** Environments grouping clusters, with their quotas and policies. */
  readonly environments: EnvironmentService;
  readonly quotas: QuotaService;
  /** Encrypted secrets per environment (and engine TLS material). */
  readonly secrets: SecretService;
  /** Append-only record of every mutation and login attempt. */
  readonly audit: AuditLog;
  /** What the API gets. */
  readonly app: AppModules;
  /** Services' replicas, CPU and memory, nodes' allocation and rollout durations on /metrics. */
  readonly workload: WorkloadMetrics;
  /**
   * The leader lease (control/leadership.ts): every replica serves the API and subscriptions;
   * the one holding the lease runs the loops (`lead`). SQLite: always this process.
   */
  readonly leadership: Leadership;
  /** The loops' engine drivers: refused once this replica no longer leads (engine/fenced-engine.ts). */
  private readonly loopDrivers = new WeakMap<EngineDriver, EngineDriver>();
  private localNodeDone = false;
  private dnsStarted = false;

  constructor(
    readonly config: Config,
    readonly log: Logger,
    readonly metrics: Metrics,
    engineFactory?: EngineFactory,
  ) {
    this.store = Store.open(config);
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
      // Unfenced: a follower counts its callers' requests as the leader does.
      this.store.shared ? new RateBucketRepository(this.store.raw) : null,
    );
    // Replicas starting together on one PostgreSQL: one of them creates the default cluster and
    // the first admin, the others find them.
    this.store.exclusive('stevedore.bootstrap', () => {
      this.store.clusters.ensureDefault();
      this.auth.bootstrap();
    });
    this.audit = new AuditLog(new AuditRepository(this.store.db), log.child({ part: 'audit' }));
    const makeEngine: EngineFactory =
      engineFactory ??
      ((endpoint, opts) =>
        new DockerEngine(endpoint, {
          timeoutMs: config.engineTimeoutMs,
          tls: opts?.tls,
          onCall: (op, outcome) => metrics.engineCalls.inc({ op, outcome }),
        }));
    // Every engine call of this replica: refused while it believes it leads past its lease's
    // local deadline (paused, then resumed before it has noticed and stepped down).
    this.engines = new EnginePool(
      (endpoint, opts) =>
        fencedEngine(
          makeEngine(endpoint, opts),
          () => this.leadership.engineAllowed(),
          () => metrics.fencedWrites.inc({ kind: 'engine' }),
        ),
      (endpoint) => this.secrets.tlsForEndpoint(endpoint),
    );
    this.nodes = new NodeService(this.store, this.engines, this.bus, this.secrets.nodeTlsStore);
    this.quotas = new QuotaService(this.store, this.environments, this.nodes, config.engineTimeoutMs);
    this.realtime = new Realtime(config, this.store, this.bus, this.nodes, metrics, log);
    this.engineEvents = this.realtime.engineEvents;
    this.serviceStats = new ServiceStats(this.store, this.nodes, (id) => this.realtime.stats.latest(id));
    this.containers = new ContainerService(this.nodes, { engineTimeoutMs: config.engineTimeoutMs });
    this.images = new ImageService(this.nodes, this.bus);
    this.heartbeat = new Heartbeat(
      this.nodes,
      {
        intervalMs: config.heartbeatIntervalMs,
        graceMs: config.heartbeatGraceMs,
        timeoutMs: Math.min(config.engineTimeoutMs, config.heartbeatGraceMs),
        loadIntervalMs: config.nodeLoadIntervalMs,
        relistMs: config.heartbeatRelistMs,
        loadDemandMs: config.nodeLoadDemandMs,
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
      (service, name) =>
        this.secrets.reveal(this.environments.ofCluster(service.clusterId), name).toString('utf8'),
    );
    this.dns = config.dns
      ? new ServiceDns(this.store, this.endpoints, this.bus, log.child({ loop: 'dns' }), {
          ...config.dns,
          stateDir: path.join(config.dataDir, 'dns'),
          refreshMs: 2000,
          leaveGraceMs: 250,
        })
      : null;
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
    this.fabric = new NetworkFabric(
      this.networks,
      this.nodes,
      this.bus,
      log.child({ loop: 'network-fabric' }),
      {
        installationId: this.store.installationId,
        image: config.helperImage,
        intervalMs: config.networkFabricIntervalMs,
        engineTimeoutMs: config.engineTimeoutMs,
        nameserver: config.dns && { address: config.dns.address, port: config.dns.port },
      },
    );
    this.nodes.onRemove((node) => this.fabric.teardownNode(node));
    // The use cases signal the reconcile loop through this line; the loop is connected below.
    const loop = new ReconcileLine();
    const { environments, secrets, quotas, networks } = this;
    const admission = new Admission({
      clusters: this.store.clusters,
      environments,
      secrets,
      quotas,
      networks,
      services: this.store.services,
      bindAllowedPaths: config.bindAllowedPaths,
    });
    this.services = new ServiceService(this.store, this.bus, loop, admission);
    this.clusters = new ClusterService(
      this.store,
      environments,
      {
        networks: (id) => this.networks.list(id),
        stacks: (id) => this.stacks.list(id),
      },
      this.bus,
      this.secrets,
    );
    this.remoteSockets = new RemoteSockets();
    const memberLog = log.child({ part: 'remote-members' });
    // One shared member per REMOTE cluster, pinged by the member heartbeat (no timer of its own).
    this.remotePool = new RemoteMemberPool(
      remoteMemberFactory(
        (id) => this.clusters.remoteCredentials(id),
        this.store.installationId,
        this.remoteSockets,
        { pingIntervalMs: 0 },
        (err, what) => memberLog.debug({ err: String(err) }, what),
      ),
    );
    this.remoteMembers = (cluster) => this.remotePool.member(cluster);
    this.clusters.setRemoteStatus(this.remotePool);
    this.memberHeartbeat = new MemberHeartbeat(
      this.remotePool,
      () => this.clusters.list(),
      this.bus,
      log.child({ loop: 'member-heartbeat' }),
      config.heartbeatIntervalMs,
    );
    this.volumes = new VolumeManager(
      this.store,
      new VolumeRepository(this.store.db),
      this.nodes,
      this.services,
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
    this.backups = new BackupService(this.store, config.dataDir, log.child({ part: 'backups' }));
    this.backupSchedule = new BackupSchedule(
      this.backups,
      { intervalMs: config.backupIntervalMs, keep: config.backupKeep },
      log.child({ loop: 'backups' }),
    );
    const secretVolumes = new SecretVolumes(
      (node) => this.loopDriver(node),
      { installationId: this.store.installationId, helperImage: config.helperImage },
      log.child({ part: 'secrets' }),
    );
    this.reconciler = new Reconciler(
      this.store,
      (node) => this.loopDriver(node),
      this.bus,
      log.child({ loop: 'reconciler' }),
      {
        resyncMs: config.resyncIntervalMs,
        nodeDownGraceMs: config.nodeDownGraceMs,
        engineTimeoutMs: config.engineTimeoutMs,
        nodeLoad: (nodeId) => this.heartbeat.load.loadOf(nodeId),
        nodeLoadMaxAgeMs: 3 * config.nodeLoadIntervalMs,
        onRepairs: (count) => metrics.resyncRepairs.inc(count),
        onPass: (seconds, failed) =>
          metrics.reconcileDuration.observe({ outcome: failed ? 'error' : 'ok' }, seconds),
      },
      this.services,
      taskHooks({
        environments: this.environments,
        secrets: this.secrets,
        volumes: this.volumes,
        networks: this.networks,
        secretVolumes,
        ingress: this.ingress,
        dns: this.dns ?? undefined,
      }),
    );
    loop.connect(this.reconciler);
    this.reconciler.wakeOnChanges((l) => this.engineEvents.onEngineEvent(l));
    // The heartbeat lists a node's containers again only after something changed there: what
    // runs, what exists or a container's resources (not health-check execs, every interval).
    this.engineEvents.onEngineEvent((nodeId, e) => {
      if (changesNodeContainers(e)) this.heartbeat.changed(nodeId);
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
    this.members = new MemberRegistry(
      {
        clusters: this.clusters,
        nodes: this.nodes,
        services: this.services,
        usage: (ids) => this.realtime.usage(ids),
        nodeLoad: (id) => this.heartbeat.load.loadOf(id),
        installationId: this.store.installationId,
        engineTimeoutMs: config.engineTimeoutMs,
      },
      // The REMOTE kind: another control plane (app/federation/remote-member.ts), the shared,
      // heartbeat-pinged member of each REMOTE cluster.
      (c: MemberClusterRecord) => this.remoteMembers(c),
    );
    this.federation = new FederationLoop(
      {
        services: this.services,
        clusters: this.clusters,
        registry: this.members,
        status: this.federationStatus,
        bus: this.bus,
        log: log.child({ loop: 'federation' }),
      },
      { ...config.federation, installationId: this.store.installationId },
    );
    this.rolloutSamples = new RolloutSampleRepository(this.store.db);
    this.progressive = new ProgressiveLoop(
      this.store,
      this.rolloutSamples,
      this.ingress,
      this.bus,
      this.audit,
      (clusterId) => this.environments.ofCluster(clusterId),
      loop,
      log.child({ loop: 'progressive' }),
      { tickMs: 250, sampleMs: 1000 },
    );
    const volumeRecords = new VolumeRepository(this.store.db);
    this.stacks = new StackService({
      repo: new StackRepository(this.store.db),
      services: this.services,
      admission,
      networks: this.networks,
      volumes: {
        holders: (name) => volumeRecords.holders(name),
        remove: (node, name) => this.volumes.remove(node, name),
      },
      secrets: this.secrets,
      environments: this.environments,
      clusters: this.store.clusters,
      bus: this.bus,
      parse: parseStack,
      toCompose,
    });
    // A service mounting a volume that lives on a node is pinned there.
    this.volumes.pinOnServiceChanges();
    logEvents(this.bus, log);
    this.workload = new WorkloadMetrics(
      this.store,
      this.nodes,
      (id) => this.reconciler.snapshot(id)?.counts,
      this.bus,
      metrics,
      log.child({ part: 'metrics' }),
      { statsEveryMs: 10_000, maxContainers: 500 },
    );
    this.leadership = new Leadership(
      this.store.leases,
      this.bus,
      {
        lead: () => this.lead(),
        stepDown: () => this.stepDown(),
        renewed: () => this.wakeOnOthersWrites(),
      },
      log.child({ part: 'leadership' }),
      {
        instanceId: config.instanceId,
        leaseMs: config.lease.ms,
        renewMs: config.lease.renewMs,
        always: !this.store.shared,
        name: LEADER_LEASE,
      },
      (leader) => metrics.leader.set(leader ? 1 : 0),
      () => metrics.fencedWrites.inc({ kind: 'store' }),
    );
    this.store.setFence(this.leadership);
    this.app = this.appModules();
  }

  /**
   * A loop's driver for a node: its mutating calls are refused as soon as this replica no longer
   * leads, stepping down or not (a pass in flight when the lease was lost acts on no engine).
   */
  private loopDriver(node: Node): EngineDriver {
    const driver = this.nodes.driver(node);
    let fenced = this.loopDrivers.get(driver);
    if (!fenced) {
      fenced = fencedEngine(
        driver,
        () => this.leadership.leads(),
        () => this.metrics.fencedWrites.inc({ kind: 'engine' }),
      );
      this.loopDrivers.set(driver, fenced);
    }
    return fenced;
  }

  /**
   * On each renewal the leader looks whether other replicas wrote: their API's changes reach the
   * log as events (service.updated...), and the log's sequence then grew by more than this
   * process appended. The reconciler is woken at once rather than at its next resync.
   */
  private wakeOnOthersWrites(): void {
    try {
      const cursor = this.realtime.eventLog.lastCursor();
      const own = this.realtime.logged;
      const prev = this.othersSeen;
      this.othersSeen = { cursor, own };
      if (prev && cursor - prev.cursor > own - prev.own) this.reconciler.wake();
    } catch (err) {
      this.log.debug({ err }, 'could not read the event log sequence');
    }
  }

  private othersSeen: { cursor: number; own: number } | null = null;

  /** The leader in the store, and whether it is this replica (the system query, /readyz). */
  leader(): LeaderView | null {
    return this.leadership.leader();
  }

  /** The API's view: each loop behind the few operations the resolvers need of it. */
  private appModules(): AppModules {
    const { realtime: rt, endpoints, ingress, heartbeat, autoscaler, metrics, dns } = this;
    return {
      config: this.config,
      nodes: this.nodes,
      containers: this.containers,
      images: this.images,
      services: this.services,
      clusters: this.clusters,
      serviceStats: this.serviceStats,
      networks: this.networks,
      volumes: this.volumes,
      backups: this.backups,
      desiredState: new DesiredStateService(
        this.store,
        this.environments,
        this.secrets,
        this.networks,
        this.volumes,
        this.services,
      ),
      auth: this.auth,
      environments: this.environments,
      quotas: this.quotas,
      secrets: this.secrets,
      audit: this.audit,
      autoscale: new AutoscaleService(this.services, { status: (id) => autoscaler.status(id) }),
      live: {
        events: {
          subscribe: (listener) => rt.eventLog.subscribe(listener),
          read: (after, filter, limit) => rt.eventLog.read(after, filter, limit),
          readBackwards: (before, filter, limit) => rt.eventLog.readBackwards(before, filter, limit),
          count: (filter) => rt.eventLog.count(filter),
          oldestCursor: () => rt.eventLog.oldestCursor(),
        },
        locate: (ref, nodeRef) => rt.locator.locate(ref, nodeRef),
        followLogs: (driver, id, opts, onLine, onEnd) => rt.logs.follow(driver, id, opts, onLine, onEnd),
        watchStats: (target, onSample, onEnd) => rt.stats.watch(target, onSample, onEnd),
        watchGroup: (spec, intervalMs, listener) => rt.statsGroups.watch(spec, intervalMs, listener),
        nodeStats: (nodeId) => rt.nodeStatsSpec(nodeId),
        usage: (nodeIds) => rt.usage(nodeIds),
        subscriptionGap: (n) => metrics.subscriptionGaps.inc(n),
      },
      discovery: {
        endpoints: (service, containerPort) => endpoints.endpoints(service, containerPort),
        view: (serviceId) => ingress.view(serviceId),
        nginxConfig: (service) => ingress.nginxConfig(service),
      },
      nodeProbe: { beat: (node) => heartbeat.beat(node) },
      serviceDiscovery: new ServiceDiscovery(
        this.store,
        this.nodes,
        this.networks,
        dns && { nameserver: () => dns.nameserver(), table: () => dns.table(), health: () => dns.health() },
      ),
      rollouts: new RolloutTimeline(this.rolloutSamples),
      stacks: this.stacks,
      leadership: {
        instanceId: this.config.instanceId,
        leader: () => this.leadership.leader(),
      },
      federation: this.federationStatus,
    };
  }

  /**
   * Serving starts on every replica (the event log, the pubsub); the loops start once this
   * replica holds the leader lease (at once on SQLite), and stop whenever it loses it.
   */
  async start(): Promise<void> {
    await this.realtime.start();
    await this.leadership.start();
  }

  /** The lead part: every loop that writes desired state or acts on engines. */
  private async lead(): Promise<void> {
    this.othersSeen = null;
    if (this.config.localEngine && !this.localNodeDone) {
      this.localNodeDone = true;
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
    this.memberHeartbeat.start();
    // Before the reconciler: containers it creates get the resolver as their nameserver. The
    // resolver, once started, keeps serving through a change of leader (it only reads).
    if (!this.dnsStarted) {
      this.dnsStarted = true;
      await this.dns?.start();
    }
    this.engineEvents.start();
    this.reconciler.start();
    this.ingress.start();
    this.progressive.start();
    this.autoscaler.start();
    this.fabric.start();
    this.backupSchedule.start();
    this.federation.start();
  }

  /** The loops stop (the lease was lost, or the process stops); the API keeps serving. */
  private async stepDown(): Promise<void> {
    await this.backupSchedule.stop();
    await this.federation.stop();
    this.autoscaler.stop();
    this.progressive.stop();
    this.engineEvents.stop();
    await Promise.all([
      this.heartbeat.stop(),
      this.memberHeartbeat.stop(),
      this.reconciler.stop(),
      this.fabric.stop(),
    ]);
    await this.ingress.stop();
  }

  /**
   * /readyz: store writable, enough engines READY, Redis connected when configured; and whether
   * this replica leads (a follower is ready: it serves the API).
   */
  readiness(): Readiness & { leader: boolean; role: string; instanceId: string } {
    return {
      ...readiness(this.store, this.realtime.pubsub, this.config.api.readyMinEngines),
      leader: this.leadership.leads(),
      role: this.leadership.role,
      instanceId: this.config.instanceId,
    };
  }

  async stop(): Promise<void> {
    // The loops stop and the lease is released: a follower takes over without waiting for it.
    await this.leadership.stop();
    this.workload.stop();
    // The resolver process keeps serving the last table: a control plane down empties no answer.
    await this.dns?.stop();
    await this.realtime.stop();
    await this.memberHeartbeat.stop();
    await this.remoteSockets.closeAll();
    this.store.close();
  }
}
