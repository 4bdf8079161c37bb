/**
 * Engine failures sorted into the few kinds callers act on differently. The API maps them to
 * GraphQL codes; the reconciler treats UNAVAILABLE as "node may be down" and the rest as task errors.
 */
export type EngineErrorKind = 'NOT_FOUND' | 'CONFLICT' | 'BAD_REQUEST' | 'UNAVAILABLE' | 'INTERNAL';

export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
    readonly statusCode?: number,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

interface DockerodeLikeError {
  statusCode?: number;
  code?: string;
  json?: { message?: string } | null;
  reason?: string;
  message?: string;
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOENT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/**
 * A TLS handshake that failed (an engine certificate our CA does not sign, a client certificate
 * the engine refuses, a name mismatch): the engine cannot be reached as configured.
 */
function isTlsFailure(code: string | undefined): boolean {
  return (
    !!code &&
    (/^ERR_(SSL|TLS)_/.test(code) ||
      code === 'EPROTO' ||
      /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET)|LEAF_SIGNATURE/.test(code))
  );
}

/** Turns a dockerode / socket error into an EngineError with the engine's own message. */
export function toEngineError(err: unknown, context: string): EngineError {
  if (err instanceof EngineError) return err;
  const e = (err ?? {}) as DockerodeLikeError;
  // Streamed requests (pull, push, import) carry no parsed json: the engine's words are in the
  // modem's message, "(HTTP code 500) server error - <engine message> ".
  const streamed = /^\(HTTP code \d+\) [^-]*- ([\s\S]+)$/.exec(e.message ?? '')?.[1];
  const engineMessage = e.json?.message ?? streamed ?? e.reason ?? e.message ?? String(err);
  const message = `${context}: ${engineMessage.trim()}`;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return new EngineError('UNAVAILABLE', message);
  if (isTlsFailure(e.code)) return new EngineError('UNAVAILABLE', `${context}: TLS: ${engineMessage.trim()}`);
  if (/timeout|timed out|socket hang up/i.test(engineMessage) && !e.statusCode)
    return new EngineError('UNAVAILABLE', message);
  switch (e.statusCode) {
    case 404:
      return new EngineError('NOT_FOUND', message, 404);
    case 409:
      return new EngineError('CONFLICT', message, 409);
    case 400:
      return new EngineError('BAD_REQUEST', message, 400);
    case 304:
      // "container already started/stopped": not an error for an idempotent caller.
      return new EngineError('CONFLICT', message, 304);
    default:
      if (e.statusCode && e.statusCode >= 500) return new EngineError('INTERNAL', message, e.statusCode);
      return new EngineError('INTERNAL', message, e.statusCode);
  }
}
