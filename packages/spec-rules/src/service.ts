import { isInteger, type FieldError } from './field-error.js';

/** The most replicas a service may ask for (the autoscaler's ceiling too). */
export const MAX_REPLICAS = 1000;
export const MAX_STOP_TIMEOUT_SEC = 3600;

/** The desired task count of a REPLICATED service. */
export function checkReplicas(replicas: number, field = 'replicas'): FieldError[] {
  return isInteger(replicas) && replicas >= 0 && replicas <= MAX_REPLICAS
    ? []
    : [{ field, reason: `must be a whole number from 0 to ${MAX_REPLICAS} (got ${replicas})` }];
}

/** Seconds the engine waits after SIGTERM before it kills a task's container. */
export function checkStopTimeout(seconds: number, field = 'stopTimeoutSec'): FieldError[] {
  return isInteger(seconds) && seconds >= 0 && seconds <= MAX_STOP_TIMEOUT_SEC
    ? []
    : [
        {
          field,
          reason: `must be a whole number of seconds from 0 to ${MAX_STOP_TIMEOUT_SEC} (got ${seconds})`,
        },
      ];
}

/** A count that may be 0 but not negative (0 usually meaning "no limit"). */
export function checkWholeAtLeastZero(n: number, field: string): FieldError[] {
  return isInteger(n) && n >= 0 ? [] : [{ field, reason: `must be a whole number ≥ 0 (got ${n})` }];
}

/** The numbers of an update or rollback config (its enums are the API's to check). */
export interface RolloutNumbers {
  parallelism: number;
  delayMs: number;
  monitorMs: number;
  minReadyMs: number;
  maxFailureRatio: number;
}

export function checkRolloutNumbers(c: RolloutNumbers, field: string): FieldError[] {
  const errors = (['parallelism', 'delayMs', 'monitorMs', 'minReadyMs'] as const).flatMap((k) =>
    checkWholeAtLeastZero(c[k], `${field}.${k}`),
  );
  if (!(c.maxFailureRatio >= 0 && c.maxFailureRatio <= 1))
    errors.push({
      field: `${field}.maxFailureRatio`,
      reason: `must be between 0 and 1 (got ${c.maxFailureRatio})`,
    });
  return errors;
}
