import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../app/errors.js';
import { LIMIT_CODES } from './auth/limits.js';
import { requestScope, type Logger } from '../logger.js';

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'ENGINE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'RATE_LIMITED',
  'TOO_MANY_SUBSCRIPTIONS',
  'PAYLOAD_TOO_LARGE',
  ...LIMIT_CODES,
]);

/** GraphQL's own refusal of a variable names the path only in its message. */
const VARIABLE_ERROR = /^Variable "\$(\w+)" (?:got invalid value [\s\S]*? at "([^"]+)")?/;

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flattenValidation(list: ValidationErrorLike[], prefix = ''): { field: string; reason: string }[] {
  return list.flatMap((v) => {
    const field = prefix ? `${prefix}.${v.property}` : v.property;
    const own = Object.values(v.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flattenValidation(v.children ?? [], field)];
  });
}

/**
 * A limit rule's own code (QUERY_TOO_DEEP, ...) where Apollo wrapped the rule's error as
 * GRAPHQL_VALIDATION_FAILED: the original error keeps it, so both transports answer alike.
 */
function limitCodeOf(error: unknown): string | undefined {
  const code = (error as { originalError?: { extensions?: { code?: unknown } } } | undefined)?.originalError
    ?.extensions?.code;
  return typeof code === 'string' && LIMIT_CODES.has(code) ? code : undefined;
}

/** The use case's own error behind a GraphQL error (resolvers throw AppError; graphql-js wraps it). */
function appErrorOf(error: unknown): AppError | undefined {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof AppError) return e;
    e = (e as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The last gate before a client: application errors become their code with their details (the
 * field at fault among them); known GraphQL codes pass with their message and field (GraphQL's
 * refusal of a variable gets the field its message names); class-validator failures become
 * BAD_USER_INPUT naming each field; anything else is logged in full and leaves as
 * a bare INTERNAL_SERVER_ERROR. Stack traces never leave. Every error names the request
 * (extensions.requestId, the id the request's log lines carry).
 */
export function makeFormatError(log: Logger) {
  const format = formatWith(log);
  /** requestId: the request's id (HTTP: the request scope's; graphql-ws: the operation's). */
  return (formatted: GraphQLFormattedError, error: unknown, requestId?: string): GraphQLFormattedError => {
    const id = requestId ?? requestScope.getStore()?.requestId;
    const out = format(formatted, error, id);
    return id ? { ...out, extensions: { ...out.extensions, requestId: id } } : out;
  };
}

function formatWith(log: Logger) {
  return (
    formatted: GraphQLFormattedError,
    error: unknown,
    requestId: string | undefined,
  ): GraphQLFormattedError => {
    const ext = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
    delete ext.stacktrace;
    const appError = appErrorOf(error);
    if (appError) return { ...formatted, extensions: { ...ext, ...appError.details, code: appError.code } };
    const code = limitCodeOf(error) ?? (typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR');
    const validationErrors = ext.validationErrors as ValidationErrorLike[] | undefined;
    if (validationErrors) {
      const fields = flattenValidation(validationErrors);
      delete ext.validationErrors;
      return {
        ...formatted,
        message: fields.map((f) => `${f.field}: ${f.reason}`).join('; ') || formatted.message,
        extensions: { ...ext, code: 'BAD_USER_INPUT', field: fields[0]?.field, fields },
      };
    }
    if (PUBLIC_CODES.has(code)) {
      // 'Variable "$spec" got invalid value … at "spec.env[0]"; …': the field is spec.env[0].
      const v = ext.field === undefined ? VARIABLE_ERROR.exec(formatted.message) : null;
      return { ...formatted, extensions: { ...ext, code, ...(v ? { field: v[2] ?? v[1] } : {}) } };
    }
    log.error(
      {
        err: (error as { originalError?: unknown })?.originalError ?? error,
        path: formatted.path,
        requestId,
      },
      'internal error',
    );
    return {
      message: 'internal error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
