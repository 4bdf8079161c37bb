import { describe, expect, it } from 'vitest';
import { checkResources, describeBytes, parseCpus, parseMemory } from './resources.js';

const MiB = 1024 * 1024;

describe('parseMemory', () => {
  it.each([
    [268435456, 268435456],
    ['268435456', 268435456],
    ['512m', 512 * MiB],
    ['512M', 512 * MiB],
    ['1g', 1024 * MiB],
    ['1.5GiB', 1536 * MiB],
    ['256MiB', 256 * MiB],
    ['256mb', 256 * MiB],
    ['64 Mi', 64 * MiB],
    ['100k', 102400],
    ['2t', 2 * 1024 * 1024 * MiB],
    ['10b', 10],
    [0, 0],
  ])('reads %j as %d bytes', (input, bytes) => {
    expect(parseMemory(input)).toEqual({ ok: true, value: bytes });
  });

  it.each([
    ['-1', 'must not be negative (got -1)'],
    [-5, 'must not be negative (got -5)'],
    ['lots', '"lots" is not a memory size: use bytes or a number with a unit, e.g. "512m", "1g", "256MiB"'],
    ['12x', '"12x" is not a memory size: use bytes or a number with a unit, e.g. "512m", "1g", "256MiB"'],
    ['', '"" is not a memory size: use bytes or a number with a unit, e.g. "512m", "1g", "256MiB"'],
    [Number.NaN, 'must be a number of bytes (got NaN)'],
    ['99999999999t', 'is too large (got 99999999999t)'],
  ])('rejects %j', (input, reason) => {
    expect(parseMemory(input)).toEqual({ ok: false, reason });
  });
});

describe('parseCpus', () => {
  it('turns CPUs into NanoCpus', () => {
    expect(parseCpus(0.5)).toEqual({ ok: true, value: 500_000_000 });
    expect(parseCpus('2')).toEqual({ ok: true, value: 2_000_000_000 });
    expect(parseCpus(1024)).toEqual({ ok: true, value: 1024e9 });
    expect(parseCpus(4, 4)).toEqual({ ok: true, value: 4e9 });
  });
  it.each([
    [0, undefined, 'must be greater than 0 CPUs (got 0)'],
    [-1, undefined, 'must be greater than 0 CPUs (got -1)'],
    [1025, undefined, 'must be at most 1024 CPUs (got 1025)'],
    [8, 4, "must be at most 4 CPUs, the node's capacity (got 8)"],
    ['half', undefined, '"half" is not a number of CPUs, e.g. 0.5 or 2'],
    [1e-10, undefined, 'must be at least 0.000000001 CPUs (got 1e-10)'],
  ])('rejects %j (max %j)', (input, max, reason) => {
    expect(parseCpus(input, max)).toEqual({ ok: false, reason });
  });
});

describe('checkResources', () => {
  it('returns engine units, 0 for unset', () => {
    expect(checkResources({ cpuLimit: 0.5, memoryLimit: '256m', memoryReservation: '128m' })).toEqual({
      value: {
        nanoCpusLimit: 5e8,
        nanoCpusReservation: 0,
        memoryLimitBytes: 256 * MiB,
        memoryReservationBytes: 128 * MiB,
      },
      errors: [],
    });
    expect(checkResources(undefined).value).toEqual({
      nanoCpusLimit: 0,
      nanoCpusReservation: 0,
      memoryLimitBytes: 0,
      memoryReservationBytes: 0,
    });
  });

  it('enforces the engine minimum, reservation <= limit, and the node CPU bound', () => {
    const r = checkResources(
      { cpuLimit: 1, cpuReservation: 2, memoryLimit: '4m', memoryReservation: '-1' },
      { maxCpus: 2 },
    );
    expect(r.errors).toEqual([
      { field: 'resources.memoryLimit', reason: "must be at least 6 MiB, the engine's minimum (got 4 MiB)" },
      { field: 'resources.memoryReservation', reason: 'must not be negative (got -1)' },
      { field: 'resources.cpuReservation', reason: 'must not exceed cpuLimit (2 > 1 CPUs)' },
    ]);
    expect(
      checkResources({ memoryLimit: '64m', memoryReservation: '128m' }, {}, 'spec.resources').errors,
    ).toEqual([
      { field: 'spec.resources.memoryReservation', reason: 'must not exceed memoryLimit (128 MiB > 64 MiB)' },
    ]);
    expect(checkResources({ cpuLimit: 3 }, { maxCpus: 2 }).errors).toEqual([
      { field: 'resources.cpuLimit', reason: "must be at most 2 CPUs, the node's capacity (got 3)" },
    ]);
    expect(checkResources({ memoryLimit: 1 }).errors).toEqual([
      { field: 'resources.memoryLimit', reason: "must be at least 6 MiB, the engine's minimum (got 1 byte)" },
    ]);
  });

  it('describes sizes', () => {
    expect(describeBytes(6 * MiB)).toBe('6 MiB');
    expect(describeBytes(1536 * MiB)).toBe('1.5 GiB');
    expect(describeBytes(1000)).toBe('1000 bytes');
  });
});
