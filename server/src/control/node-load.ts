import pLimit from 'p-limit';
import type { LoadSample } from '../domain/scheduler/index.js';
import type { Node } from '../domain/node.js';
import type { EngineDriver } from '../engine/engine.js';
import type { ContainerStatsSample } from '../engine/types.js';
import { cpuPercent, memoryUsage } from './stats-math.js';

/**
 * Measures a node's live load for the scheduler's load scorer: the CPU and memory its running
 * containers use (every container on the engine, ours or not), as a share of the node's capacity.
 *
 * One one-shot stats call per running container, at most every `intervalMs` per node and one
 * round per node at a time (the heartbeat starts `sample` on each beat without waiting for it, so
 * a slow engine never delays the beat that would find it down; a beat before the interval is up,
 * or while the node's round still runs, costs nothing). CPU is
 * the delta of the cumulative counters since this sampler's previous reading of the container,
 * so a figure is the average over the last interval, not an instant; a container seen for the
 * first time counts from the next round. The first round after start therefore yields no figure.
 *
 * Sampling costs one engine call per running container, so it runs only while someone reads the
 * load: reading `loadOf` (the scheduler does when it places tasks) keeps the rounds going for
 * `demandWindowMs` (0: always sample); an idle control plane (nothing to place) makes no stats calls. After a quiet
 * spell the first placements see no figure (scored neutral) until two rounds have run.
 */
export class NodeLoadSampler {
  /** nodeId → containerId → the previous reading. */
  private readonly previous = new Map<string, Map<string, ContainerStatsSample>>();
  private readonly lastRound = new Map<string, number>();
  private readonly latest = new Map<string, LoadSample>();
  /** Rounds in flight, by node. */
  private readonly rounds = new Map<string, Promise<void>>();

  /** When the load was last read (ms epoch); undefined: never. */
  private demandAt: number | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly demandWindowMs = 120_000,
  ) {}

  /** The newest sample of a node (callers judge its age: see liveLoad); keeps sampling going. */
  loadOf(nodeId: string): LoadSample | undefined {
    this.want();
    return this.latest.get(nodeId);
  }

  /** Someone needs the load: rounds run for the next `demandWindowMs`. */
  want(): void {
    this.demandAt = Date.now();
  }

  /** Resolves once no round is in flight (the heartbeat's stop). */
  async idle(): Promise<void> {
    while (this.rounds.size > 0) await Promise.all(this.rounds.values());
  }

  /**
   * Samples the node's running containers when a round is due and none is in flight; resolves
   * when that round ends. Errors leave the last sample to age.
   */
  sample(node: Node, driver: EngineDriver, running: readonly string[], now: Date): Promise<void> {
    const last = this.lastRound.get(node.id);
    if (this.rounds.has(node.id) || (last !== undefined && now.getTime() - last < this.intervalMs))
      return Promise.resolve();
    const wanted =
      this.demandWindowMs === 0 ||
      (this.demandAt !== undefined && Date.now() - this.demandAt <= this.demandWindowMs);
    if (!wanted) return Promise.resolve();
    // Readings from before a quiet spell would average the CPU over all of it: start over.
    if (last !== undefined && now.getTime() - last > 3 * this.intervalMs) this.previous.delete(node.id);
    this.lastRound.set(node.id, now.getTime());
    const round = this.round(node, driver, running, now).finally(() => this.rounds.delete(node.id));
    this.rounds.set(node.id, round);
    return round;
  }

  private async round(node: Node, driver: EngineDriver, running: readonly string[], now: Date) {
    const before = this.previous.get(node.id) ?? new Map<string, ContainerStatsSample>();
    const after = new Map<string, ContainerStatsSample>();
    let usedCpuPercent = 0;
    let usedMemory = 0;
    let measured = 0;
    const limit = pLimit(4); // per round: a slow engine does not hold up the other nodes' rounds
    await Promise.all(
      running.map((id) =>
        limit(async () => {
          let s: ContainerStatsSample;
          try {
            s = await driver.statsOnce(id);
          } catch {
            return; // gone between list and stats
          }
          if (s.read.getTime() <= 0) return; // stopped meanwhile: zero sample
          after.set(id, s);
          usedMemory += memoryUsage(s);
          const prev = before.get(id);
          const cpu = prev ? cpuPercent(s, prev) : null;
          if (cpu !== null) {
            usedCpuPercent += cpu;
            measured++;
          }
        }),
      ),
    );
    this.previous.set(node.id, after);
    const cpus = node.capacity.nanoCpus / 1e9;
    const memory = node.capacity.memoryBytes;
    // No delta for any container (first round, or nothing running then): only an empty node is known.
    if ((measured === 0 && running.length > 0) || cpus <= 0 || memory <= 0) return;
    this.latest.set(node.id, {
      cpuPercent: usedCpuPercent / cpus,
      memoryPercent: (usedMemory / memory) * 100,
      measuredAt: now,
    });
  }
}
