import type { SpecChange } from './service.js';

/**
 * Field-level differences between two specs, as dotted paths ("update.parallelism",
 * "env.LOG_LEVEL", "ports[0].hostPort"): what a revision changed, shown in its history.
 */
export function diffSpecs(from: unknown, to: unknown, path = ''): SpecChange[] {
  if (Object.is(from, to)) return [];
  const bothObjects = isPlainObject(from) && isPlainObject(to);
  const bothArrays = Array.isArray(from) && Array.isArray(to);
  if (bothArrays) {
    const a = from as unknown[];
    const b = to as unknown[];
    // Lists of scalars read best whole: "command: [a] → [b]".
    if ([...a, ...b].every((x) => !isPlainObject(x) && !Array.isArray(x)))
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path: path || '.', from: a, to: b }];
    const out: SpecChange[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      out.push(...diffSpecs(a[i], b[i], `${path}[${i}]`));
    return out;
  }
  if (bothObjects) {
    const a = from as Record<string, unknown>;
    const b = to as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => diffSpecs(a[k], b[k], path ? `${path}.${k}` : k));
  }
  return [{ path: path || '.', from: from ?? null, to: to ?? null }];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
