import { EngineError } from '../engine/errors.js';

/**
 * The error codes every client can switch on (GraphQL's extensions.code: api/format-error.ts maps
 * them). Each error names the input field at fault (`details.field`) and the reason in words;
 * internals never leave the server.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'ENGINE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface ErrorDetails {
  field?: string;
  [k: string]: unknown;
}

/** A use case refused: a plain error with a code and details, not tied to GraphQL. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

export const badInput = (field: string, reason: string, extra: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', `${field}: ${reason}`, { field, ...extra });

export const notFound = (what: string, ref: string, field?: string) =>
  new AppError('NOT_FOUND', `${what} "${ref}" not found`, field ? { field } : {});

export const conflict = (message: string, field?: string) =>
  new AppError('CONFLICT', message, field ? { field } : {});

export const engineUnavailable = (node: string, detail: string) =>
  new AppError('ENGINE_UNAVAILABLE', `engine of node "${node}" is unavailable: ${detail}`, { node });

/** BAD_USER_INPUT naming every field at fault: the first in `field`, all of them in `fields`. */
export const fieldErrors = (list: readonly { field: string; reason: string }[]) =>
  new AppError('BAD_USER_INPUT', list.map((e) => `${e.field}: ${e.reason}`).join('; '), {
    field: list[0]?.field,
    fields: list,
  });

/** Validation failures gathered per field, thrown once with all of them. */
export class InputErrors {
  private readonly list: { field: string; reason: string }[] = [];
  add(field: string, reason: string): void {
    this.list.push({ field, reason });
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
  throwIfAny(): void {
    if (this.list.length) throw fieldErrors(this.list);
  }
}

/** Engine errors in API terms, naming the node; the engine's own message is kept (it is user-facing). */
export function fromEngineError(err: unknown, nodeName: string, field?: string): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof EngineError) {
    const extra = { node: nodeName, ...(field ? { field } : {}) };
    switch (err.kind) {
      case 'NOT_FOUND':
        return new AppError('NOT_FOUND', err.message, extra);
      case 'CONFLICT':
        return new AppError('CONFLICT', err.message, extra);
      case 'BAD_REQUEST':
        return new AppError('BAD_USER_INPUT', err.message, extra);
      case 'UNAVAILABLE':
        return engineUnavailable(nodeName, err.message);
      default:
        return new AppError(
          'INTERNAL_SERVER_ERROR',
          `engine error on node "${nodeName}": ${err.message}`,
          extra,
        );
    }
  }
  return new AppError('INTERNAL_SERVER_ERROR', 'internal error');
}
