import type { EngineDriver } from './engine.js';

/** An engine call refused because the replica making it no longer holds the leader lease. */
export class FencedEngineError extends Error {
  override readonly name = 'FencedEngineError';
  readonly code = 'FENCED';
}

/** The calls that change something on an engine: the ones fencing refuses. Reads pass. */
const MUTATING = new Set<string>([
  'createContainer',
  'startContainer',
  'exec',
  'stopContainer',
  'restartContainer',
  'killContainer',
  'removeContainer',
  'pullImage',
  'tagImage',
  'pushImage',
  'removeImage',
  'importImage',
  'createNetwork',
  'removeNetwork',
  'createVolume',
  'removeVolume',
  'putArchive',
]);

/**
 * `driver` with its mutating calls behind `allowed`: when it says no (a leader whose lease passed
 * its local deadline on the monotonic clock, say after SIGSTOP and SIGCONT, before it has noticed
 * and stepped down), the call is refused with FencedEngineError before anything reaches the
 * engine, and `onRefused` counts it. The lease is shorter on the local clock than in the database,
 * so a deposed leader stops acting before a new one can have taken over.
 */
export function fencedEngine<T extends EngineDriver>(
  driver: T,
  allowed: () => boolean,
  onRefused: (op: string) => void,
): T {
  return new Proxy(driver, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (typeof prop !== 'string' || !MUTATING.has(prop)) return fn.bind(target);
      return (...args: unknown[]) => {
        if (!allowed()) {
          onRefused(prop);
          return Promise.reject(
            new FencedEngineError(`engine call ${prop} refused by fencing: this replica no longer leads`),
          );
        }
        return fn.apply(target, args);
      };
    },
  });
}
