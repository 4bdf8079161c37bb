import type { ContainerStats } from '../app/stats.js';
import type { ContainerStatsSample } from '../engine/types.js';

/**
 * CPU percent exactly as the Docker CLI (calculateCPUPercentUnix): the container's CPU time delta
 * over the host's, times the online CPUs, times 100; 0 unless both deltas are positive. The
 * previous values are the sample's own precpu_stats; the engine leaves those zero in the first
 * sample of a stream, so then our previous sample is used, and without one there is no figure.
 */
export function cpuPercent(s: ContainerStatsSample, prev?: ContainerStatsSample): number | null {
  let preCpu = s.preCpuTotalUsage;
  let preSystem = s.preSystemCpuUsage;
  if (!preSystem) {
    if (!prev || !prev.systemCpuUsage) return null;
    preCpu = prev.cpuTotalUsage;
    preSystem = prev.systemCpuUsage;
  }
  const cpuDelta = s.cpuTotalUsage - preCpu;
  const systemDelta = s.systemCpuUsage - preSystem;
  if (systemDelta > 0 && cpuDelta > 0) return (cpuDelta / systemDelta) * s.onlineCpus * 100;
  return 0;
}

/** The CLI's memory figure: usage minus inactive file cache (when that is below usage). */
export function memoryUsage(s: ContainerStatsSample): number {
  return s.memoryCache < s.memoryUsage ? s.memoryUsage - s.memoryCache : s.memoryUsage;
}

/** A stopped container's stream keeps sending zero samples dated 0001-01-01: not a measurement. */
export function isLiveSample(s: ContainerStatsSample): boolean {
  return s.read.getTime() > 0;
}

function rate(now: number, before: number, seconds: number): number {
  if (seconds <= 0 || now < before) return 0; // counter reset (restart): no rate this once
  return (now - before) / seconds;
}

/**
 * A sample (and the previous one of the same stream, for rates) as ContainerStats; null when it
 * measures nothing (stopped container) or has no CPU baseline yet.
 */
export function computeStats(
  s: ContainerStatsSample,
  prev: ContainerStatsSample | undefined,
  ids: { containerId: string; nodeId: string; name: string },
): ContainerStats | null {
  if (!isLiveSample(s)) return null;
  const usablePrev = prev && isLiveSample(prev) && prev.read < s.read ? prev : undefined;
  const cpu = cpuPercent(s, usablePrev);
  if (cpu === null) return null;
  const mem = memoryUsage(s);
  const dt = usablePrev ? (s.read.getTime() - usablePrev.read.getTime()) / 1000 : 0;
  return {
    ...ids,
    timestamp: s.read,
    cpuPercent: cpu,
    onlineCpus: s.onlineCpus,
    memoryUsageBytes: mem,
    memoryLimitBytes: s.memoryLimit,
    memoryPercent: s.memoryLimit > 0 ? (mem / s.memoryLimit) * 100 : 0,
    networkRxBytes: s.networkRx,
    networkTxBytes: s.networkTx,
    networkRxBytesPerSec: usablePrev ? rate(s.networkRx, usablePrev.networkRx, dt) : 0,
    networkTxBytesPerSec: usablePrev ? rate(s.networkTx, usablePrev.networkTx, dt) : 0,
    blockReadBytes: s.blockRead,
    blockWriteBytes: s.blockWrite,
    pids: s.pids,
  };
}
