import type { Checked, FieldError } from './field-error.js';

export const NANO_CPUS_PER_CPU = 1e9;
/** Above any machine Docker runs on: the bound when the node's CPU count is not known. */
export const MAX_CPUS = 1024;
const KIB = 1024;
const MIB = 1024 * KIB;
const GIB = 1024 * MIB;
const TIB = 1024 * GIB;
/** The engine refuses memory limits and reservations under 6 MiB ("Minimum memory limit allowed is 6MB"). */
export const MIN_MEMORY_BYTES = 6 * MIB;

/** Docker's units (as `docker run -m`): binary multiples whatever the spelling, case-insensitive. */
const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: KIB,
  kb: KIB,
  ki: KIB,
  kib: KIB,
  m: MIB,
  mb: MIB,
  mi: MIB,
  mib: MIB,
  g: GIB,
  gb: GIB,
  gi: GIB,
  gib: GIB,
  t: TIB,
  tb: TIB,
  ti: TIB,
  tib: TIB,
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** "512 MiB", "1 GiB", "6291456 bytes": how reasons show sizes. */
export function describeBytes(bytes: number): string {
  for (const [unit, size] of [
    ['TiB', TIB],
    ['GiB', GIB],
    ['MiB', MIB],
    ['KiB', KIB],
  ] as const) {
    if (bytes >= size && bytes % (size / 1024) === 0) return `${+(bytes / size).toFixed(3)} ${unit}`;
  }
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/**
 * Memory as bytes: a non-negative integer, or a string such as "268435456", "512m", "1g", "1.5GiB",
 * "256MiB" (k, m, g, t with optional b / i / ib, any case; all binary, as Docker reads them).
 * Fractions of a byte are dropped.
 */
export function parseMemory(input: number | string): Parsed<number> {
  let bytes: number;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: `must be a number of bytes (got ${input})` };
    bytes = input;
  } else {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(input);
    const unit = UNITS[(m?.[2] ?? '').toLowerCase()];
    if (!m || unit === undefined)
      return {
        ok: false,
        reason: `"${input}" is not a memory size: use bytes or a number with a unit, e.g. "512m", "1g", "256MiB"`,
      };
    bytes = Number(m[1]) * unit;
  }
  if (bytes < 0) return { ok: false, reason: `must not be negative (got ${input})` };
  bytes = Math.floor(bytes);
  if (!Number.isSafeInteger(bytes)) return { ok: false, reason: `is too large (got ${input})` };
  return { ok: true, value: bytes };
}

/** CPUs as a float (0.5 = half a CPU), to NanoCpus; > 0 and at most `maxCpus`. */
export function parseCpus(input: number | string, maxCpus = MAX_CPUS): Parsed<number> {
  const cpus = typeof input === 'number' ? input : /^\s*\d+(\.\d+)?\s*$/.test(input) ? Number(input) : NaN;
  if (!Number.isFinite(cpus))
    return { ok: false, reason: `"${input}" is not a number of CPUs, e.g. 0.5 or 2` };
  if (cpus <= 0) return { ok: false, reason: `must be greater than 0 CPUs (got ${input})` };
  const bound = Math.min(maxCpus, MAX_CPUS);
  if (cpus > bound)
    return {
      ok: false,
      reason:
        bound < MAX_CPUS
          ? `must be at most ${bound} CPUs, the node's capacity (got ${input})`
          : `must be at most ${MAX_CPUS} CPUs (got ${input})`,
    };
  const nano = Math.round(cpus * NANO_CPUS_PER_CPU);
  if (nano < 1) return { ok: false, reason: `must be at least 0.000000001 CPUs (got ${input})` };
  return { ok: true, value: nano };
}

export interface ResourcesInput {
  /** CPUs (float) the container may use at most. */
  cpuLimit?: number | string | null;
  /** CPUs set aside for the container when placing it (a scheduler notion; the engine has none). */
  cpuReservation?: number | string | null;
  memoryLimit?: number | string | null;
  memoryReservation?: number | string | null;
}

/** Validated resources in engine units; 0 means unset (unlimited / no reservation). */
export interface ResourceSpec {
  nanoCpusLimit: number;
  nanoCpusReservation: number;
  memoryLimitBytes: number;
  memoryReservationBytes: number;
}

export interface ResourceBounds {
  /** The node's CPU count; CPUs above it are refused. */
  maxCpus?: number;
}

/** Parses and bounds limits and reservations; a reservation may not exceed its limit. */
export function checkResources(
  input: ResourcesInput | null | undefined,
  bounds: ResourceBounds = {},
  field = 'resources',
): Checked<ResourceSpec> {
  const errors: FieldError[] = [];
  const value: ResourceSpec = {
    nanoCpusLimit: 0,
    nanoCpusReservation: 0,
    memoryLimitBytes: 0,
    memoryReservationBytes: 0,
  };
  if (!input) return { value, errors };
  const cpu = (key: 'cpuLimit' | 'cpuReservation'): number => {
    const v = input[key];
    if (v === undefined || v === null) return 0;
    const r = parseCpus(v, bounds.maxCpus);
    if (!r.ok) errors.push({ field: `${field}.${key}`, reason: r.reason });
    return r.ok ? r.value : 0;
  };
  const memory = (key: 'memoryLimit' | 'memoryReservation'): number => {
    const v = input[key];
    if (v === undefined || v === null) return 0;
    const r = parseMemory(v);
    if (!r.ok) {
      errors.push({ field: `${field}.${key}`, reason: r.reason });
      return 0;
    }
    if (r.value < MIN_MEMORY_BYTES) {
      errors.push({
        field: `${field}.${key}`,
        reason: `must be at least ${describeBytes(MIN_MEMORY_BYTES)}, the engine's minimum (got ${describeBytes(r.value)})`,
      });
      return 0;
    }
    return r.value;
  };
  value.nanoCpusLimit = cpu('cpuLimit');
  value.nanoCpusReservation = cpu('cpuReservation');
  value.memoryLimitBytes = memory('memoryLimit');
  value.memoryReservationBytes = memory('memoryReservation');
  if (value.nanoCpusLimit && value.nanoCpusReservation > value.nanoCpusLimit)
    errors.push({
      field: `${field}.cpuReservation`,
      reason: `must not exceed cpuLimit (${value.nanoCpusReservation / NANO_CPUS_PER_CPU} > ${value.nanoCpusLimit / NANO_CPUS_PER_CPU} CPUs)`,
    });
  if (value.memoryLimitBytes && value.memoryReservationBytes > value.memoryLimitBytes)
    errors.push({
      field: `${field}.memoryReservation`,
      reason: `must not exceed memoryLimit (${describeBytes(value.memoryReservationBytes)} > ${describeBytes(value.memoryLimitBytes)})`,
    });
  return { value, errors };
}
