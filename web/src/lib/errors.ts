import type { CombinedError } from '@urql/next';

export interface FieldError {
  field: string;
  reason: string;
}

/**
 * GraphQL's own refusal of a variable ('Variable "$spec" got invalid value … at "spec.env[0]";
 * Field "__typename" is not defined by type "KeyValueInput".'): the field it names, in words.
 */
function variableError(message: string): FieldError | null {
  const m = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/.exec(message);
  if (!m) return null;
  const detail = m[3] ?? '';
  const unknown = /^Field "(\w+)" is not defined by type/.exec(detail);
  const missing = /^Field "(\w+)" of required type .* was not provided/.exec(detail);
  const expected =
    /^(?:Int|Float|String|Boolean) cannot represent|^Expected type|^Value .* does not exist in/.test(detail);
  const reason = unknown
    ? `the dashboard sent a setting "${unknown[1]}" the server does not know`
    : missing
      ? `${words(missing[1]!)} is required`
      : expected
        ? 'the value is not of the right kind'
        : 'the server did not accept this value';
  return { field: stripPrefix(m[2] ?? m[1]!), reason };
}

/** Field errors from a GraphQL error (extensions.fields or rules, else extensions.field + message). */
export function fieldErrors(err: CombinedError | undefined | null): FieldError[] {
  if (!err) return [];
  const out: FieldError[] = [];
  for (const e of err.graphQLErrors) {
    const ext = (e.extensions ?? {}) as { field?: unknown; fields?: unknown; rules?: unknown };
    const list = Array.isArray(ext.fields) ? ext.fields : Array.isArray(ext.rules) ? ext.rules : null;
    const coerced = variableError(e.message);
    if (list) {
      for (const f of list as { field?: unknown; reason?: unknown }[])
        if (typeof f.field === 'string')
          out.push({ field: stripPrefix(f.field), reason: String(f.reason ?? e.message) });
    } else if (coerced) {
      out.push(coerced);
    } else if (typeof ext.field === 'string') {
      const field = stripPrefix(ext.field);
      const prefix = [`${ext.field}: `, `${field}: `].find((p) => e.message.startsWith(p));
      out.push({ field, reason: prefix ? e.message.slice(prefix.length) : e.message });
    }
  }
  return out;
}

/** Errors may name "spec.ports[1]" (the argument) or "ports[1]" (the spec field): forms use the latter. */
function stripPrefix(field: string): string {
  return field.replace(/^(spec|patch)\./, '');
}

const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** A field path in words: "volumes[0].source" → "Volumes 1 source", "healthCheck.retries" → "Health check retries". */
export function fieldLabel(path: string): string {
  const s = path
    .split('.')
    .map((seg) => seg.replace(/^(\w+)\[(\d+)\]$/, (_, n: string, i: string) => `${n} ${Number(i) + 1}`))
    .map(words)
    .join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A field error as a sentence about the service. */
export const fieldSentence = (e: FieldError) => `${fieldLabel(e.field)}: ${e.reason}.`.replace(/\.\.$/, '.');

/** A sentence for an error without a field (GraphQL's own validation text is put in words). */
export function errorMessage(err: CombinedError | undefined | null): string | null {
  if (!err) return null;
  if (err.networkError) return `The API did not answer (${err.networkError.message}).`;
  const each = err.graphQLErrors.map((e) => {
    const coerced = variableError(e.message);
    return coerced ? fieldSentence(coerced) : e.message;
  });
  return each.join('; ') || err.message;
}
