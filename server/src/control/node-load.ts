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
 * One one-shot stats call per running container, at most every `intervalMs` per node (the
 * heartbeat calls `sample` on each beat; a beat before the interval is up costs nothing). CPU is
 * the delta of the cumulative counters since this sampler's previous reading of the container,
 * so a figure is the average over the last interval, not an instant; a container seen for the
 * first time counts from the next round. The first round after start therefore yields no figure.
 */
export class NodeLoadSampler {
  /** nodeId → containerId → the previous reading. */
  private readonly previous = new Map<string, Map<string, ContainerStatsSample>>();
  private readonly lastRound = new Map<string, number>();
  private readonly latest = new Map<string, LoadSample>();
  private readonly limit = pLimit(4);

  constructor(private readonly intervalMs: number) {}

  /** The newest sample of a node (callers judge its age: see liveLoad). */
  loadOf(nodeId: string): LoadSample | undefined {
    return this.latest.get(nodeId);
  }

  /** Samples the node's running containers when a round is due; errors leave the last sample to age. */
  async sample(node: Node, driver: EngineDriver, running: readonly string[], now: Date): Promise<void> {
    const last = this.lastRound.get(node.id);
    if (last !== undefined && now.getTime() - last < this.intervalMs) return;
    this.lastRound.set(node.id, now.getTime());
    const before = this.previous.get(node.id) ?? new Map<string, ContainerStatsSample>();
    const after = new Map<string, ContainerStatsSample>();
    let usedCpuPercent = 0;
    let usedMemory = 0;
    let measured = 0;
    await Promise.all(
      running.map((id) =>
        this.limit(async () => {
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
