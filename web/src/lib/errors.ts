import type { CombinedError } from '@urql/next';

export interface FieldError {
  field: string;
  reason: string;
}

/** Field errors from a GraphQL error (extensions.fields, else extensions.field + message). */
export function fieldErrors(err: CombinedError | undefined | null): FieldError[] {
  if (!err) return [];
  const out: FieldError[] = [];
  for (const e of err.graphQLErrors) {
    const ext = (e.extensions ?? {}) as { field?: unknown; fields?: unknown };
    if (Array.isArray(ext.fields)) {
      for (const f of ext.fields as { field?: unknown; reason?: unknown }[])
        if (typeof f.field === 'string')
          out.push({ field: stripPrefix(f.field), reason: String(f.reason ?? e.message) });
    } else if (typeof ext.field === 'string') {
      const prefix = `${ext.field}: `;
      out.push({
        field: stripPrefix(ext.field),
        reason: e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message,
      });
    }
  }
  return out;
}

/** Errors may name "spec.ports[1]" (the argument) or "ports[1]" (the spec field): forms use the latter. */
function stripPrefix(field: string): string {
  return field.replace(/^spec\./, '');
}

/** A sentence for an error without a field. */
export function errorMessage(err: CombinedError | undefined | null): string | null {
  if (!err) return null;
  if (err.networkError) return `The API did not answer (${err.networkError.message}).`;
  return err.graphQLErrors.map((e) => e.message).join('; ') || err.message;
}
