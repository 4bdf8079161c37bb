import { describe, expect, it } from 'vitest';
import {
  NO_QUOTA,
  ZERO_USAGE,
  checkBounded,
  checkQuota,
  containerUsage,
  replicasWithinQuota,
  serviceUsage,
  sumUsage,
  type Quota,
} from './quota.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const shape = (
  cpus: number,
  mem: number,
  replicas: number,
  mode: 'REPLICATED' | 'GLOBAL' = 'REPLICATED',
) => ({
  mode,
  replicas,
  limits: { nanoCpus: cpus * 1e9, memoryBytes: mem },
  reservations: { nanoCpus: 0, memoryBytes: 0 },
});

describe('quota maths', () => {
  const quota: Quota = { maxCpus: 4, maxMemoryBytes: 8 * GiB, maxServices: 3, maxContainers: 6 };

  it('counts max(limit, reservation) per replica, times replicas (GLOBAL: times nodes)', () => {
    expect(serviceUsage(shape(0.5, GiB, 3), 9)).toEqual({
      nanoCpus: 1.5e9,
      memoryBytes: 3 * GiB,
      services: 1,
      containers: 3,
    });
    expect(serviceUsage(shape(1, 0, 0, 'GLOBAL'), 2)).toMatchObject({ nanoCpus: 2e9, containers: 2 });
    const reserved = {
      limits: { nanoCpus: 0, memoryBytes: 0 },
      reservations: { nanoCpus: 0.25e9, memoryBytes: 64 },
    };
    expect(containerUsage(reserved)).toEqual({
      nanoCpus: 0.25e9,
      memoryBytes: 64,
      services: 0,
      containers: 1,
    });
  });

  it('refuses growth past the quota with the numbers', () => {
    const inUse = sumUsage([serviceUsage(shape(1.5, GiB, 1), 1), serviceUsage(shape(1, GiB, 2), 1)]); // 3.5 CPUs
    const v = checkQuota('prod', quota, inUse, ZERO_USAGE, serviceUsage(shape(1, GiB, 1), 1));
    expect(v.map((x) => x.resource)).toEqual(['cpus']);
    expect(v[0]!.message).toBe('quota: 4 CPUs in prod, 3.5 in use, this asks 1');
    expect(v[0]).toMatchObject({ limit: 4, inUse: 3.5, asks: 1 });
  });

  it('counts only the change when a service is replaced, and never refuses shrinking', () => {
    const current = serviceUsage(shape(1, GiB, 3), 1); // 3 CPUs
    expect(checkQuota('prod', quota, current, current, serviceUsage(shape(1, GiB, 4), 1))).toEqual([]);
    const over = checkQuota('prod', quota, current, current, serviceUsage(shape(1, GiB, 5), 1));
    expect(over[0]!.message).toBe('quota: 4 CPUs in prod, 3 in use, this asks 2');
    const wayOver = { ...current, nanoCpus: 10e9 };
    expect(checkQuota('prod', quota, wayOver, current, serviceUsage(shape(1, GiB, 1), 1))).toEqual([]);
  });

  it('counts services, containers and memory', () => {
    const inUse = { nanoCpus: 0, memoryBytes: 7.5 * GiB, services: 3, containers: 6 };
    const v = checkQuota('dev', quota, inUse, ZERO_USAGE, serviceUsage(shape(0, GiB, 1), 1));
    expect(v.map((x) => x.resource)).toEqual(['memory', 'services', 'containers']);
    expect(v[0]!.message).toBe('quota: 8 GiB of memory in dev, 7.5 GiB in use, this asks 1 GiB');
    expect(v[1]!.message).toBe('quota: 3 services in dev, 3 in use, this asks 1');
    expect(
      checkQuota('dev', NO_QUOTA, inUse, ZERO_USAGE, serviceUsage(shape(100, 100 * GiB, 100), 1)),
    ).toEqual([]);
  });

  it('requires a limit or reservation where the environment caps it', () => {
    expect(checkBounded('prod', quota, shape(0, 0, 1)).map((v) => v.message)).toEqual([
      'quota: prod caps CPUs at 4: give resources.cpuLimit or resources.cpuReservation',
      'quota: prod caps memory at 8 GiB: give resources.memoryLimit or resources.memoryReservation',
    ]);
    expect(checkBounded('prod', NO_QUOTA, shape(0, 0, 1))).toEqual([]);
  });
});

describe('replicasWithinQuota', () => {
  const shape = {
    limits: { nanoCpus: 0.5e9, memoryBytes: 256 * MiB },
    reservations: { nanoCpus: 0, memoryBytes: 0 },
  };
  const q = (p: Partial<Quota>): Quota => ({ ...NO_QUOTA, ...p });

  it('lets a scale-up through whole when it fits, and scale-downs always', () => {
    expect(replicasWithinQuota(q({ maxCpus: 4 }), ZERO_USAGE, shape, 2, 6)).toEqual({
      replicas: 6,
      limitedBy: null,
    });
    expect(replicasWithinQuota(q({ maxCpus: 0.1 }), ZERO_USAGE, shape, 5, 3)).toEqual({
      replicas: 3,
      limitedBy: null,
    });
  });

  it('stops at the tightest resource, counting what the others use', () => {
    const others = { nanoCpus: 1e9, memoryBytes: 512 * MiB, services: 2, containers: 3 };
    // CPUs: (3 - 1) / 0.5 = 4; memory: (2 GiB - 512 MiB) / 256 MiB = 6; containers: 8 - 3 = 5.
    expect(
      replicasWithinQuota(
        q({ maxCpus: 3, maxMemoryBytes: 2048 * MiB, maxContainers: 8 }),
        others,
        shape,
        2,
        10,
      ),
    ).toEqual({ replicas: 4, limitedBy: 'cpus' });
    expect(replicasWithinQuota(q({ maxContainers: 8 }), others, shape, 2, 10)).toEqual({
      replicas: 5,
      limitedBy: 'containers',
    });
  });

  it('never goes below the current count, even over quota', () => {
    const others = { nanoCpus: 10e9, memoryBytes: 0, services: 1, containers: 1 };
    expect(replicasWithinQuota(q({ maxCpus: 2 }), others, shape, 3, 5)).toEqual({
      replicas: 3,
      limitedBy: 'cpus',
    });
  });
});
