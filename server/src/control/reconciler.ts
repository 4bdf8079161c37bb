import { randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import type { Logger } from '../logger.js';
import type { Node } from '../domain/node.js';
import { containerFingerprint } from '../domain/orchestrator/fingerprint.js';
import { parseStatus, type ObservedContainer } from '../domain/orchestrator/observed.js';
import { adoptedTask, supersededBy } from '../domain/orchestrator/adopt.js';
import { reconcileService, type ReconcileOutput } from '../domain/orchestrator/index.js';
import { serviceCounts, serviceStatus, type ServiceCounts } from '../domain/orchestrator/status.js';
import type { Service, ServiceStatus } from '../domain/service.js';
import { isTerminal, transition, type Task } from '../domain/task.js';
import {
  defaultScheduler,
  duePending,
  eligibleNodes,
  nodeInfos,
  placeBatch,
  type LoadSample,
  type Scheduler,
} from '../domain/scheduler/index.js';
import type { EngineDriver } from '../engine/engine.js';
import type { EngineEvent } from '../engine/types.js';
import { wakesReconciler } from '../domain/container-actions.js';
import type { Store } from '../store/store.js';
import type { EventBus } from '../app/event-bus.js';
import { withTimeout } from '../engine/timeout.js';
import { LABEL, TASK_KIND } from '../app/labels.js';
import type { RollbackRequests, TaskHooks } from '../app/ports.js';
import { TaskRunner } from './task-runner.js';
import { MissedChanges } from './missed-changes.js';
import { PassTasks } from './pass-tasks.js';

/** How long after a wake one more pass runs, to see what the engine had not yet listed. */
const SETTLE_MS = 250;

export interface ReconcilerOptions {
  /** Full resync period when nothing wakes the loop. */
  resyncMs: number;
  /** How long a DOWN node's tasks wait before being rescheduled elsewhere. */
  nodeDownGraceMs: number;
  engineTimeoutMs: number;
  /** A node's last measured live load (the heartbeat's), for the scheduler's load scorer. */
  nodeLoad?: (nodeId: string) => LoadSample | undefined;
  /** Older load samples count as unknown (scored neutral). */
  nodeLoadMaxAgeMs?: number;
  /** Called with the number of container changes a pass found that no engine event announced. */
  onRepairs?: (count: number) => void;
  /** Called after each pass with its duration in seconds and whether it threw (metrics). */
  onPass?: (seconds: number, failed: boolean) => void;
}

export interface ServiceSnapshot {
  counts: ServiceCounts;
  status: ServiceStatus;
}

/**
 * The level-triggered loop that closes the gap between desired state (the store) and observed
 * state (the engines). Woken by engine events and by a periodic resync; each pass lists every
 * ready node's Stevedore containers, plans each service (pure), schedules pending tasks across
 * services, persists the plan in one transaction, then hands engine work to the task runner.
 * Passes never overlap; a wake during a pass schedules one more pass.
 */
export class Reconciler {
  private readonly runner: TaskRunner;
  private readonly scheduler: Scheduler = defaultScheduler();
  private readonly fingerprints = new Map<string, string>();
  private readonly snapshots = new Map<string, ServiceSnapshot>();
  private readonly listLimit = pLimit(16);
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private passing = false;
  private again = false;
  /** A pass is wanted no later than this (ms epoch): the settle pass after a wake. */
  private settleAt = 0;
  private lastUnplaced = new Map<string, string>();
  passes = 0;
  /** Container changes passes found without an engine event (the resync's repairs). */
  repairs = 0;
  private readonly missed = new MissedChanges();
  private readonly installationId: string;
  /** After a restore: the nodes listed since (adoption stops once every READY node was). */
  private recovery: { listed: Set<string>; adopted: number } | null = null;

  constructor(
    private readonly store: Store,
    private readonly driverFor: (node: Node) => EngineDriver,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly opts: ReconcilerOptions,
    private readonly rollbacks: RollbackRequests,
    hooks: TaskHooks = {},
  ) {
    this.installationId = store.installationId;
    if (store.recovery) this.recovery = { listed: new Set(), adopted: 0 };
    this.runner = new TaskRunner(
      store,
      driverFor,
      bus,
      log.child({ part: 'runner' }),
      () => this.wake(),
      8,
      hooks,
    );
  }

  /**
   * Wakes on what changes the plan between resyncs: node events (down, drained, added), and task
   * containers that die, turn (un)healthy or vanish (what brings a killed replica back within a
   * second).
   */
  wakeOnChanges(onEngineEvent: (l: (nodeId: string, e: EngineEvent) => void) => unknown): void {
    this.bus.subscribe((e) => {
      if (e.kind.startsWith('node.')) this.wake();
    });
    onEngineEvent((_nodeId, e) => {
      // Only this installation's tasks: another control plane sharing the engine churns its own.
      if (e.type !== 'container' || e.attributes[LABEL.kind] !== TASK_KIND) return;
      if (e.attributes[LABEL.installation] !== this.installationId) return;
      this.missed.announced(e.actorId);
      if (wakesReconciler(e)) this.wake();
    });
  }

  private requestRollback(serviceId: string, reason: string): void {
    try {
      this.rollbacks.automaticRollback(serviceId, reason);
    } catch (err) {
      this.log.error({ err, serviceId }, 'automatic rollback failed');
    }
  }

  start(): void {
    this.running = true;
    this.wake();
  }

  /** Stops the loop and waits (bounded) for the pass and the engine work in flight. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    const deadline = Date.now() + 15_000;
    while ((this.passing || this.runner.inFlight > 0) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 25));
  }

  /**
   * Asks for a pass soon; many wakes in a burst make one pass. Each wake also asks for one more
   * pass SETTLE_MS later: dockerd publishes "die" before it updates the view container lists read
   * (moby's exit handler logs the event, then checkpoints the replica), so the pass an event
   * wakes can still list the dead container as running, and the failure then waited for the
   * next resync (2 s by default) to be seen.
   */
  wake(delayMs = 20): void {
    if (!this.running) return;
    this.settleAt = Math.max(this.settleAt, Date.now() + SETTLE_MS);
    if (this.passing) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), delayMs);
  }

  snapshot(serviceId: string): ServiceSnapshot | undefined {
    return this.snapshots.get(serviceId);
  }

  private async loop(): Promise<void> {
    if (this.passing || !this.running) return;
    this.passing = true;
    let nextDelay = this.opts.resyncMs;
    const started = performance.now();
    let failed = false;
    try {
      nextDelay = Math.min(nextDelay, await this.pass());
    } catch (err) {
      failed = true;
      this.log.error({ err }, 'reconcile pass failed');
    } finally {
      this.passing = false;
      this.opts.onPass?.((performance.now() - started) / 1000, failed);
    }
    if (!this.running) return;
    if (this.again) {
      this.again = false;
      nextDelay = 20;
    }
    const settle = this.settleAt - Date.now();
    if (settle > 0) nextDelay = Math.min(nextDelay, settle);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), Math.max(10, nextDelay));
  }

  /** One reconcile pass; returns how soon the next one is wanted (ms). */
  async pass(now = new Date()): Promise<number> {
    this.passes++;
    const nodes = this.store.nodes.list();
    const nodeMap = new Map(nodes.map((n) => [n.id, n]));
    const listedAt = Date.now();
    const { observed, observedNodes, containersByNode } = await this.observe(nodes);
    const repairs = this.missed.compare(containersByNode, listedAt);
    if (repairs > 0) {
      this.repairs += repairs;
      this.opts.onRepairs?.(repairs);
      this.log.info(
        { repairs, examples: this.missed.lastMissed },
        'a pass found container changes no engine event announced',
      );
    }
    // A federated service is a template: its copies in the member clusters are the services that
    // run (control/federation.ts makes them); the template itself runs nothing.
    const services = this.store.services.list().filter((s) => !s.spec.placement.clusters);
    const serviceIds = new Set(services.map((s) => s.id));
    const busy = this.runner.busyTasks();
    let nextDelay = this.opts.resyncMs;

    if (this.passes % 20 === 0) this.store.tasks.pruneAllFinished();
    // Every task is read once, grouped by service; the pass keeps that view up to date with what
    // it saves (PassTasks) and reads nothing of the tasks table again.
    const view = new PassTasks(this.store.tasks.allByService());
    const save = (t: Task) => {
      this.store.tasks.save(t);
      view.put(t);
    };

    if (this.recovery) this.adopt(containersByNode, services, view, now);

    // Orphans: containers labelled as tasks that the store does not know (or whose service is gone).
    for (const [nodeId, list] of containersByNode) {
      for (const c of list) {
        const task = c.taskId ? (view.get(c.taskId) ?? this.store.tasks.get(c.taskId)) : undefined;
        // No task, no service, or a finished task: nothing needs this container any more.
        if (!task || !serviceIds.has(task.serviceId) || isTerminal(task.state)) {
          const node = nodeMap.get(nodeId);
          if (node && !busy.has(c.taskId ?? '')) this.runner.removeOrphan(node, c.containerId, c.taskId);
        }
      }
    }
    // Per-task objects a crash left (secret holders and volumes): every few passes, per node seen.
    if (this.passes % 10 === 1)
      for (const nodeId of observedNodes) {
        const node = nodeMap.get(nodeId);
        if (node) this.runner.sweep(node, (id) => this.taskLive(id));
      }

    const outputs: { service: Service; out: ReconcileOutput }[] = [];
    for (const service of services) {
      const tasks = this.tasksFor(service, view.of(service.id));
      const out = reconcileService({
        service,
        tasks,
        observed: observed.get(service.id) ?? new Map(),
        observedNodes,
        nodes: nodeMap,
        fingerprints: this.fingerprintsFor(service, tasks),
        eligibleNodes:
          service.spec.mode === 'GLOBAL' ? this.eligibleNodes(service, nodes, view.of(service.id)) : [],
        busy,
        now,
        nodeDownGraceMs: this.opts.nodeDownGraceMs,
        newId: randomUUID,
      });
      outputs.push({ service, out });
    }

    // Persist every service's plan at once: a crash leaves either the old picture or the new one.
    this.store.tx(() => {
      for (const { service, out } of outputs) {
        for (const t of out.tasks) save(t);
        if (out.rolloutChanged)
          this.store.services.update({ ...service, rollout: out.rollout, updatedAt: now });
      }
    });

    for (const { service, out } of outputs) {
      for (const n of out.notes)
        this.bus.publish({
          kind: n.kind,
          severity: n.severity,
          message: n.message,
          serviceId: service.id,
          taskId: n.taskId,
          clusterId: service.clusterId,
        });
      if (out.request) this.requestRollback(service.id, out.request.reason);
    }

    nextDelay = Math.min(nextDelay, this.schedule(nodes, services, now, view, save));

    // Engine work: tasks assigned (just now or before a crash) and tasks to stop.
    for (const { out } of outputs) {
      for (const op of out.ops) {
        if (op.kind === 'run') this.runner.run(op.task);
        else this.runner.stop(op.task, op.reason);
      }
    }
    const activeAfter = view.active();
    for (const t of activeAfter)
      if (t.state === 'ASSIGNED' && t.desiredState === 'RUNNING' && !t.containerId) this.runner.run(t);

    // Status per service, announced when it changes: the services as this pass left them (the
    // pass is synchronous since its listing); one that asked for a rollback is read again.
    const after = outputs.flatMap(({ service, out }) => {
      if (out.request) return this.store.services.get(service.id) ?? [];
      return out.rolloutChanged ? { ...service, rollout: out.rollout, updatedAt: now } : service;
    });
    for (const service of after) {
      const tasks = view.of(service.id);
      const desired =
        service.spec.mode === 'GLOBAL'
          ? this.eligibleNodes(service, nodes, tasks).length
          : service.spec.replicas;
      const counts = serviceCounts(service, tasks, desired);
      const status = serviceStatus(service, counts, tasks);
      const prev = this.snapshots.get(service.id);
      this.snapshots.set(service.id, { counts, status });
      if (!prev || prev.status !== status || JSON.stringify(prev.counts) !== JSON.stringify(counts))
        this.bus.publish({
          kind: 'service.status',
          severity: status === 'FAILED' ? 'ERROR' : status === 'DEGRADED' ? 'WARNING' : 'INFO',
          message: `${service.name}: ${status} (${counts.healthy}/${counts.desired} healthy, ${counts.running} running)`,
          serviceId: service.id,
          clusterId: service.clusterId,
          data: { status, ...counts, rollout: service.rollout?.state ?? null },
        });
      const waiting = tasks.filter((t) => t.notBefore && t.notBefore > now && !isTerminal(t.state));
      for (const t of waiting) nextDelay = Math.min(nextDelay, t.notBefore!.getTime() - now.getTime() + 5);
      const monitoring = service.rollout && ['UPDATING', 'ROLLING_BACK'].includes(service.rollout.state);
      if (monitoring) nextDelay = Math.min(nextDelay, 250);
    }
    nextDelay = Math.min(nextDelay, this.untilNodeGraceEnds(nodeMap, activeAfter, now));
    for (const id of this.snapshots.keys()) if (!serviceIds.has(id)) this.snapshots.delete(id);
    return nextDelay;
  }

  /**
   * A down node's tasks move once it has been silent for nodeDownGraceMs: the pass right after
   * that moment is wanted, not the next resync (no engine event announces it).
   */
  private untilNodeGraceEnds(nodes: Map<string, Node>, active: readonly Task[], now: Date): number {
    let next = Number.POSITIVE_INFINITY;
    for (const t of active) {
      const node = t.nodeId ? nodes.get(t.nodeId) : undefined;
      if (!node || node.status === 'READY' || !node.lastSeenAt || isTerminal(t.state)) continue;
      const left = node.lastSeenAt.getTime() + this.opts.nodeDownGraceMs - now.getTime();
      if (left >= 0) next = Math.min(next, left + 5);
    }
    return next;
  }

  /** A task that may still need its per-task objects: known, of a known service, not finished. */
  private taskLive(taskId: string): boolean {
    const t = this.store.tasks.get(taskId);
    return !!t && !isTerminal(t.state) && !!this.store.services.get(t.serviceId);
  }

  /** Active tasks plus the latest finished one per slot (the restart supervisor needs it). */
  private tasksFor(service: Service, all: readonly Task[]): Task[] {
    const active: Task[] = [];
    const latestFinished = new Map<string, Task>();
    for (const t of all) {
      if (!isTerminal(t.state)) {
        active.push(t);
        continue;
      }
      const k = service.spec.mode === 'GLOBAL' ? (t.nodeId ?? '') : String(t.slot);
      const prev = latestFinished.get(k);
      if (!prev || prev.createdAt < t.createdAt) latestFinished.set(k, t);
    }
    return [...active, ...latestFinished.values()];
  }

  private fingerprintsFor(service: Service, tasks: Task[]): Map<number, string> {
    const out = new Map<number, string>();
    const revs = new Set([service.currentRevision, ...tasks.map((t) => t.revision)]);
    for (const r of revs) {
      const key = `${service.id}:${r}`;
      let fp = this.fingerprints.get(key);
      if (!fp) {
        const spec =
          r === service.currentRevision ? service.spec : this.store.services.revision(service.id, r)?.spec;
        if (!spec) continue;
        fp = containerFingerprint(spec);
        this.fingerprints.set(key, fp);
      }
      out.set(r, fp);
    }
    return out;
  }

  /** GLOBAL services: how many nodes should run a task now. */
  eligibleCount(service: Service): number {
    return this.eligibleNodes(service, this.store.nodes.list(), this.store.tasks.byService(service.id))
      .length;
  }

  private eligibleNodes(service: Service, nodes: Node[], tasks: readonly Task[]): string[] {
    return eligibleNodes(this.scheduler, service, nodes, tasks);
  }

  /** Places every PENDING task whose backoff has passed, across services, highest priority first. */
  private schedule(
    nodes: Node[],
    services: Service[],
    now: Date,
    view: PassTasks,
    save: (t: Task) => void,
  ): number {
    const svc = new Map(services.map((s) => [s.id, s]));
    const active = view.active();
    const { ready, nextDelay } = duePending(active, now);
    if (ready.length === 0) return nextDelay;
    const infos = nodeInfos(nodes, active, svc, {
      sample: (id) => this.opts.nodeLoad?.(id),
      maxAgeMs: this.opts.nodeLoadMaxAgeMs ?? 0,
      now,
    });
    const decisions = placeBatch(this.scheduler, ready, svc, infos);

    this.store.tx(() => {
      for (const { task: t, service: s, decision: d } of decisions) {
        if (d.kind === 'placed') {
          const node = nodes.find((n) => n.id === d.nodeId)!;
          const why = d.notes.length ? ` (${d.notes.join('; ')})` : '';
          save({
            ...transition(t, 'ASSIGNED', `scheduled on ${node.name}${why}`, now),
            nodeId: d.nodeId,
          });
          this.lastUnplaced.delete(t.id);
          for (const victim of d.preempted) {
            const v = view.get(victim.taskId);
            if (v && !isTerminal(v.state))
              save({
                ...v,
                desiredState: 'SHUTDOWN',
                stateReason: `preempted by ${s.name} (priority ${s.spec.priority})`,
                updatedAt: now,
              });
          }
        } else if (this.lastUnplaced.get(t.id) !== d.reason) {
          this.lastUnplaced.set(t.id, d.reason);
          const { kind: _kind, taskId: _taskId, ...unplaced } = d;
          save({
            ...t,
            stateReason: `unschedulable: ${d.reason}`,
            unplaced,
            updatedAt: now,
          });
          this.bus.publish({
            kind: 'scheduling.failed',
            severity: 'WARNING',
            message: `${s.name}: task ${t.slot || t.id.slice(0, 8)} cannot be placed: ${d.reason}`,
            serviceId: s.id,
            taskId: t.id,
            clusterId: s.clusterId,
            data: unplaced,
          });
        }
      }
    });
    return nextDelay;
  }

  /** Lists Stevedore task containers on every READY node; nodes that fail are simply unobserved. */
  /**
   * The recovery window after a restore: each node's first listing adopts the running
   * containers the restored store does not know (domain/orchestrator/adopt.ts) and retires the
   * snapshot's tasks they replaced, in one transaction, before the orphan sweep would remove
   * them. The window closes once every READY node has been listed.
   */
  private adopt(
    containersByNode: Map<string, ObservedContainer[]>,
    services: Service[],
    view: PassTasks,
    now: Date,
  ): void {
    const rec = this.recovery!;
    const byId = new Map(services.map((s) => [s.id, s]));
    const observedIds = new Set<string>();
    for (const list of containersByNode.values())
      for (const c of list) if (c.taskId) observedIds.add(c.taskId);
    const observedNodes = new Set(containersByNode.keys());
    const changes: Task[] = [];
    for (const [nodeId, list] of containersByNode) {
      if (rec.listed.has(nodeId)) continue;
      for (const c of list) {
        if (!c.taskId || view.get(c.taskId) || this.store.tasks.get(c.taskId)) continue;
        const service = c.serviceId ? byId.get(c.serviceId) : undefined;
        const t = adoptedTask(c, nodeId, now);
        if (!service || !t || t.revision > service.currentRevision) continue;
        if (!this.store.services.revision(service.id, t.revision)) continue;
        changes.push(t, ...supersededBy(t, view.of(service.id), observedIds, observedNodes, now));
      }
    }
    if (changes.length > 0) {
      this.store.tx(() => {
        for (const t of changes) this.store.tasks.save(t);
      });
      for (const t of changes) view.put(t);
      const adopted = changes.filter((t) => t.state === 'RUNNING');
      rec.adopted += adopted.length;
      this.log.info(
        { adopted: adopted.length, retired: changes.length - adopted.length },
        'restore: adopted running containers the snapshot did not know',
      );
    }
    for (const nodeId of containersByNode.keys()) rec.listed.add(nodeId);
    const ready = this.store.nodes.list().filter((n) => n.status === 'READY');
    if (ready.length > 0 && ready.every((n) => rec.listed.has(n.id))) {
      this.store.closeRecovery();
      this.log.info({ adopted: rec.adopted, nodes: ready.length }, 'restore: recovery window closed');
      this.recovery = null;
    }
  }

  private async observe(nodes: Node[]) {
    const observed = new Map<string, Map<string, ObservedContainer>>();
    const observedNodes = new Set<string>();
    const containersByNode = new Map<string, ObservedContainer[]>();
    await Promise.all(
      nodes
        .filter((n) => n.status === 'READY')
        .map((n) =>
          this.listLimit(async () => {
            try {
              const list = await withTimeout(
                this.driverFor(n).listContainers({
                  all: true,
                  labels: [`${LABEL.kind}=${TASK_KIND}`, `${LABEL.installation}=${this.installationId}`],
                }),
                this.opts.engineTimeoutMs,
                `node ${n.name} did not list containers in time`,
              );
              const mine: ObservedContainer[] = list.map((c) => {
                const { health, exitCode } = parseStatus(c.status);
                return {
                  nodeId: n.id,
                  containerId: c.id,
                  name: c.name,
                  taskId: c.labels[LABEL.task] ?? null,
                  serviceId: c.labels[LABEL.service] ?? null,
                  slot: labelNumber(c.labels[LABEL.slot]),
                  revision: labelNumber(c.labels[LABEL.revision]),
                  state: c.state,
                  health,
                  exitCode,
                };
              });
              containersByNode.set(n.id, mine);
              observedNodes.add(n.id);
              for (const c of mine) {
                if (!c.serviceId || !c.taskId) continue;
                let m = observed.get(c.serviceId);
                if (!m) observed.set(c.serviceId, (m = new Map()));
                m.set(c.taskId, c);
              }
            } catch (err) {
              this.log.debug({ node: n.name, err: (err as Error).message }, 'observe failed');
            }
          }),
        ),
    );
    return { observed, observedNodes, containersByNode };
  }
}

function labelNumber(v: string | undefined): number | null {
  if (v === undefined || !/^\d+$/.test(v)) return null;
  return Number(v);
}
