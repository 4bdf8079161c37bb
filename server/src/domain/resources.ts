/**
 * Compute resources in the units the Docker Engine API uses: NanoCpus (1e9 = one CPU) and bytes.
 * Keeping the engine's units in the domain avoids lossy float conversions on every placement.
 */
export interface Resources {
  nanoCpus: number;
  memoryBytes: number;
}

export const NANO_CPUS_PER_CPU = 1e9;
export const MIB = 1024 * 1024;
export const GIB = 1024 * MIB;

export const ZERO_RESOURCES: Readonly<Resources> = Object.freeze({ nanoCpus: 0, memoryBytes: 0 });

export function addResources(a: Resources, b: Resources): Resources {
  return { nanoCpus: a.nanoCpus + b.nanoCpus, memoryBytes: a.memoryBytes + b.memoryBytes };
}

export function subtractResources(a: Resources, b: Resources): Resources {
  return { nanoCpus: a.nanoCpus - b.nanoCpus, memoryBytes: a.memoryBytes - b.memoryBytes };
}

export function fits(request: Resources, available: Resources): boolean {
  return request.nanoCpus <= available.nanoCpus && request.memoryBytes <= available.memoryBytes;
}

/** "512 MiB", "1.5 GiB": how operators read memory, used in scheduler explanations. */
export function formatBytes(bytes: number): string {
  if (bytes >= GIB && bytes % GIB === 0) return `${+(bytes / GIB).toFixed(1)} GiB`;
  if (bytes >= MIB) return `${+(bytes / MIB).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

export function formatCpus(nanoCpus: number): string {
  return `${+(nanoCpus / NANO_CPUS_PER_CPU).toFixed(2)} CPU`;
}
