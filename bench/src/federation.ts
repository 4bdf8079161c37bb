/**
 * Federated placement throughput: `npm run bench federation` (or `npx tsx bench/src/federation.ts`).
 *
 * One federation pass decides, for every federated service, which member clusters run it and how
 * many replicas each (server/src/domain/federation, `decide`: affinity, anti-affinity, health and
 * capacity filters; resources, latency, region and load scorers; spread; replica division). Here:
 * 1,000 services over 50 simulated clusters in 5 regions (mixed sizes, loads and latencies, a few
 * DEGRADED, a few UNREACHABLE past their grace, a few full), the services mixing the three
 * replica-scheduling modes, affinities, spreads, weights and region preferences. Timed in rounds
 * of the whole pass until at least 2 s, next to a naive baseline in the same run: round-robin of
 * each service's replicas over all 50 clusters (no filter, no score). The baseline does far less;
 * it is there to show what the pipeline costs, and what it buys: how many of its replicas land on
 * clusters that cannot run them (unreachable, full, outside the service's affinity).
 */
import os from 'node:os';
import { decide } from '../../server/src/domain/federation/pipeline.js';
import {
  EMPTY_SELECTOR,
  type ClusterCandidate,
  type ClusterPlacement,
  type PlacementContext,
  type ReplicaScheduling,
} from '../../server/src/domain/federation/types.js';
import { CLUSTER_FILTERS } from '../../server/src/domain/federation/pipeline.js';

const CLUSTERS = 50;
const SERVICES = 1_000;
const REGIONS = ['eu', 'us', 'ap', 'sa', 'af'];
const GIB = 2 ** 30;
const CPU = 1e9;
const GRACE_MS = 10_000;
const NOW = new Date(1_800_000_000_000);

/** Small deterministic PRNG (mulberry32) so every run benchmarks the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildClusters(): ClusterCandidate[] {
  const rand = prng(50);
  return Array.from({ length: CLUSTERS }, (_, i): ClusterCandidate => {
    const region = REGIONS[i % REGIONS.length]!;
    const cpus = [16, 64, 256][i % 3]! * CPU;
    const memory = [64, 256, 1024][i % 3]! * GIB;
    // Every 17th cluster is full; the others 10..90 % used.
    const used = i % 17 === 0 ? 1 : 0.1 + rand() * 0.8;
    const status = i % 23 === 0 ? 'UNREACHABLE' : i % 11 === 0 ? 'DEGRADED' : 'HEALTHY';
    return {
      id: `c-${i}`,
      name: `${region}-${Math.floor(i / REGIONS.length) + 1}`,
      region,
      zone: `${region}-${'abc'[i % 3]}`,
      labels: { tier: i % 4 === 0 ? 'gold' : 'standard', ...(i % 6 === 0 ? { gpu: 'yes' } : {}) },
      health: {
        status,
        reason: status === 'HEALTHY' ? 'all nodes ready' : 'some nodes down',
        // UNREACHABLE for a minute: past the grace, the health filter excludes it.
        since: new Date(NOW.getTime() - 60_000),
      },
      cpuTotal: cpus,
      memoryTotal: memory,
      cpuFree: status === 'UNREACHABLE' ? 0 : cpus * (1 - used),
      memoryFree: status === 'UNREACHABLE' ? 0 : memory * (1 - used),
      cpuUtilisation: status === 'UNREACHABLE' ? null : used,
      memoryUtilisation: status === 'UNREACHABLE' ? null : used,
      latencyP50Ms: status === 'UNREACHABLE' ? null : 1 + rand() * 200,
    };
  });
}

function buildServices(clusters: readonly ClusterCandidate[]): PlacementContext[] {
  const modes: ReplicaScheduling[] = ['DIVIDED_CAPACITY', 'DIVIDED_STATIC', 'DUPLICATED'];
  return Array.from({ length: SERVICES }, (_, s): PlacementContext => {
    const mode = modes[s % 3]!;
    const regions = s % 4 === 0 ? [REGIONS[s % 5]!, REGIONS[(s + 1) % 5]!] : [];
    const placement: ClusterPlacement = {
      affinity:
        s % 5 === 0
          ? { ...EMPTY_SELECTOR, labels: { tier: 'gold' } }
          : regions.length
            ? { ...EMPTY_SELECTOR, regions }
            : null,
      antiAffinity: s % 7 === 0 ? { ...EMPTY_SELECTOR, labels: { gpu: 'yes' } } : null,
      spread: s % 6 === 0 ? 'REGION' : s % 6 === 3 ? 'ZONE' : null,
      replicaScheduling: mode,
      weights:
        mode === 'DIVIDED_STATIC' ? clusters.map((c, i) => ({ cluster: c.name, weight: 1 + (i % 5) })) : [],
      regionPreference: s % 2 === 0 ? [REGIONS[s % 5]!] : [],
      overrides: [],
    };
    return {
      placement,
      replicas: mode === 'DUPLICATED' ? 2 : 6 + (s % 30),
      reservation: { nanoCpus: (0.25 + (s % 4) * 0.25) * CPU, memoryBytes: (256 + (s % 4) * 256) * 2 ** 20 },
      now: NOW,
      graceMs: GRACE_MS,
    };
  });
}

/** The baseline: each service's replicas round-robin over every cluster, nothing checked. */
function roundRobin(clusters: readonly ClusterCandidate[], ctx: PlacementContext, start: number): number[] {
  const counts = new Array<number>(clusters.length).fill(0);
  const n = ctx.placement.replicaScheduling === 'DUPLICATED' ? ctx.replicas * clusters.length : ctx.replicas;
  for (let r = 0; r < n; r++) counts[(start + r) % clusters.length]!++;
  return counts;
}

/** Rounds of a whole pass until `minMs` has gone by; services placed per second. */
function timed(minMs: number, pass: () => void): { rate: number; rounds: number } {
  pass(); // warm-up (JIT)
  let rounds = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || rounds < 3) {
    pass();
    rounds++;
    elapsed = performance.now() - t0;
    if (rounds >= 10_000) break;
  }
  return { rate: (rounds * SERVICES) / (elapsed / 1000), rounds };
}

const clusters = buildClusters();
const services = buildServices(clusters);

let sink = 0;
const pipeline = timed(2000, () => {
  for (const ctx of services) sink += decide(clusters, ctx).division.length;
});
const baseline = timed(2000, () => {
  services.forEach((ctx, s) => (sink += roundRobin(clusters, ctx, s)[0]!));
});

// What each places, once: replicas on clusters that may not run them (any filter fails).
let pipelineReplicas = 0;
let pipelineBad = 0;
let naiveReplicas = 0;
let naiveBad = 0;
let unplaced = 0;
const byId = new Map(clusters.map((c) => [c.id, c]));
services.forEach((ctx, s) => {
  const ok = (c: ClusterCandidate) => CLUSTER_FILTERS.every((f) => f.check(c, ctx));
  const d = decide(clusters, ctx);
  if (!d.division.length) unplaced++;
  for (const share of d.division) {
    pipelineReplicas += share.replicas;
    if (!ok(byId.get(share.clusterId)!)) pipelineBad += share.replicas;
  }
  roundRobin(clusters, ctx, s).forEach((n, i) => {
    naiveReplicas += n;
    if (!ok(clusters[i]!)) naiveBad += n;
  });
});

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const load = os.loadavg().map((l) => l.toFixed(2));
console.log(
  `federated placement: ${SERVICES} services over ${CLUSTERS} clusters per pass (${os.cpus().length} CPUs)`,
);
console.log(
  `  pipeline (decide: 4 filters, 4 scorers, spread, division): ${fmt(pipeline.rate)} services/s (${pipeline.rounds} passes)`,
);
console.log(
  `  baseline (round-robin over every cluster, nothing checked): ${fmt(baseline.rate)} services/s (${baseline.rounds} passes)`,
);
console.log(
  `  ratio baseline/pipeline: ${(baseline.rate / pipeline.rate).toFixed(1)}×; one pass of ${SERVICES} services: ${((SERVICES / pipeline.rate) * 1000).toFixed(1)} ms`,
);
console.log(
  `  replicas on clusters that cannot run them: pipeline ${fmt(pipelineBad)} of ${fmt(pipelineReplicas)}, ` +
    `baseline ${fmt(naiveBad)} of ${fmt(naiveReplicas)} (${((100 * naiveBad) / Math.max(1, naiveReplicas)).toFixed(0)} %); ` +
    `services with no cluster: ${unplaced}`,
);
console.log(`  load average ${load.join(' ')} (machine shared; figures vary with it)`);
if (sink < 0) console.log(sink);
