import { isInteger, type Checked, type FieldError } from './field-error.js';

export interface HealthCheckInput {
  /** Exec form, run without a shell (CMD); or already prefixed ["CMD", ...], ["CMD-SHELL", "..."], ["NONE"]. */
  command?: string[] | null;
  /** Shell form, run with /bin/sh -c (CMD-SHELL). */
  shell?: string | null;
  intervalMs?: number | null;
  timeoutMs?: number | null;
  retries?: number | null;
  startPeriodMs?: number | null;
}

/** The engine's health check (the driver's HealthCheckSpec has this shape). */
export interface HealthCheckSpec {
  test: string[];
  intervalMs: number;
  timeoutMs: number;
  retries: number;
  startPeriodMs: number;
}

/** Docker's defaults: 30 s interval and timeout, 3 retries, no start period. */
export const HEALTH_DEFAULTS = {
  intervalMs: 30_000,
  timeoutMs: 30_000,
  retries: 3,
  startPeriodMs: 0,
} as const;
/** The engine's own floor for every duration it is given. */
export const MIN_DURATION_MS = 1;
export const MAX_DURATION_MS = 24 * 3600 * 1000;
export const MAX_RETRIES = 1000;

export function checkHealthCheck(input: HealthCheckInput, field = 'healthCheck'): Checked<HealthCheckSpec> {
  const errors: FieldError[] = [];
  const cmd = input.command ?? undefined;
  const shell = input.shell ?? undefined;
  let test: string[] = [];
  if (cmd !== undefined && shell !== undefined)
    errors.push({
      field: `${field}.shell`,
      reason: 'give either command (exec form) or shell (shell form), not both',
    });
  else if (shell !== undefined) {
    if (shell.trim() === '') errors.push({ field: `${field}.shell`, reason: 'must not be empty' });
    else test = ['CMD-SHELL', shell];
  } else if (cmd === undefined)
    errors.push({
      field: `${field}.command`,
      reason: 'a health check needs a command (exec form) or shell (shell form)',
    });
  else {
    const [head, ...rest] = cmd;
    if (head === undefined || head.trim() === '')
      errors.push({
        field: `${field}.command`,
        reason: 'must not be empty; its first element is the program to run',
      });
    else if (head === 'NONE') {
      if (rest.length) errors.push({ field: `${field}.command`, reason: '["NONE"] takes no arguments' });
      test = ['NONE'];
    } else if (head === 'CMD' || head === 'CMD-SHELL') {
      if (rest.length === 0 || (rest[0] ?? '').trim() === '')
        errors.push({
          field: `${field}.command`,
          reason: `"${head}" must be followed by the command to run`,
        });
      else if (head === 'CMD-SHELL' && rest.length > 1)
        errors.push({
          field: `${field}.command`,
          reason: '"CMD-SHELL" takes exactly one shell command string',
        });
      test = cmd;
    } else test = ['CMD', ...cmd];
  }

  const duration = (key: 'intervalMs' | 'timeoutMs' | 'startPeriodMs', min: number): number => {
    const v = input[key];
    if (v === undefined || v === null) return HEALTH_DEFAULTS[key];
    if (!isInteger(v) || v < min || v > MAX_DURATION_MS) {
      errors.push({
        field: `${field}.${key}`,
        reason: `must be a whole number of milliseconds between ${min} and ${MAX_DURATION_MS} (got ${v})`,
      });
      return HEALTH_DEFAULTS[key];
    }
    return v;
  };
  const intervalMs = duration('intervalMs', MIN_DURATION_MS);
  const timeoutMs = duration('timeoutMs', MIN_DURATION_MS);
  const startPeriodMs = duration('startPeriodMs', 0);
  let retries: number = HEALTH_DEFAULTS.retries;
  if (input.retries !== undefined && input.retries !== null) {
    if (!isInteger(input.retries) || input.retries < 1 || input.retries > MAX_RETRIES)
      errors.push({
        field: `${field}.retries`,
        reason: `must be a whole number between 1 and ${MAX_RETRIES} (got ${input.retries})`,
      });
    else retries = input.retries;
  }
  return { value: { test, intervalMs, timeoutMs, retries, startPeriodMs }, errors };
}
