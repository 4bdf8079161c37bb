import { checkLabelKey } from './names.js';
import type { Checked, FieldError } from './field-error.js';

/** Labels Stevedore writes on what it runs; users may not set them (they would spoof ownership). */
export const RESERVED_LABELS: readonly string[] = [
  'stevedore.managed',
  'stevedore.kind',
  'stevedore.service',
  'stevedore.task',
  'stevedore.revision',
  'stevedore.cpu-reservation',
];

export function checkLabels(
  entries: readonly { key: string; value: string }[],
  field = 'labels',
  reserved: readonly string[] = RESERVED_LABELS,
): Checked<Record<string, string>> {
  const errors: FieldError[] = [];
  const value: Record<string, string> = {};
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const err = checkLabelKey(e.key);
    if (err) return errors.push({ field: `${field}[${i}].key`, reason: err });
    if (reserved.includes(e.key))
      return errors.push({
        field: `${field}[${i}].key`,
        reason: `label key "${e.key}" is reserved for Stevedore`,
      });
    const prev = seen.get(e.key);
    if (prev !== undefined)
      return errors.push({
        field: `${field}[${i}].key`,
        reason: `"${e.key}" is already set by ${field}[${prev}]`,
      });
    seen.set(e.key, i);
    value[e.key] = e.value;
  });
  return { value, errors };
}
