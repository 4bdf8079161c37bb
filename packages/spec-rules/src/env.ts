import type { Checked, FieldError } from './field-error.js';

export interface EnvEntry {
  key: string;
  value: string;
}

/**
 * Environment keys as a process sees them: non-empty, no "=" (it separates key from value), no
 * whitespace or NUL. Values may hold anything but NUL.
 */
export function checkEnvKey(key: string): string | null {
  if (!key) return 'must not be empty';
  if (key.includes('=')) return `"${key}" must not contain "="`;
  if (/[\s\0]/.test(key)) return `"${key}" must not contain spaces or control characters`;
  if (key.length > 1024) return `must be at most 1024 characters (got ${key.length})`;
  return null;
}

export function checkEnv(entries: readonly EnvEntry[], field = 'env'): Checked<Record<string, string>> {
  const errors: FieldError[] = [];
  const value: Record<string, string> = {};
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const err = checkEnvKey(e.key);
    if (err) return errors.push({ field: `${field}[${i}].key`, reason: err });
    if (e.value.includes('\0'))
      return errors.push({ field: `${field}[${i}].value`, reason: 'must not contain NUL characters' });
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
