import type { CombinedError } from '@urql/next';
import { parse, parseDocument } from 'yaml';

/** An error or warning on a line of the compose file (1-based), for the editor's gutter and the list. */
export interface LineMark {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** A refusal of the server, with where in the file it points (extensions field, line, key). */
export interface StackProblem {
  message: string;
  field: string | null;
  key: string | null;
  line: number | null;
  code: string | null;
}

/** "line 7: services.web.deploy.replicas: must be integer" → 7 (the server's compose refusals start so). */
const LINE_PREFIX = /^line (\d+):\s*/;

function lineOf(...texts: unknown[]): number | null {
  for (const t of texts) {
    if (typeof t === 'number' && Number.isInteger(t) && t > 0) return t;
    if (typeof t === 'string') {
      const m = LINE_PREFIX.exec(t);
      if (m) return Number(m[1]);
    }
  }
  return null;
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/**
 * The server's errors for a deployStack call, each with the compose path, line and key it names:
 * a compose refusal lists every reason in `extensions.problems` ({path, key, reason, line}); else
 * a refusal naming several fields (`extensions.fields`) gives one problem per field; the line is
 * `line` when given, else read from the "line N:" prefix of the message.
 */
export function stackProblems(err: CombinedError | undefined | null): StackProblem[] {
  if (!err) return [];
  if (err.networkError)
    return [
      {
        message: `The API did not answer (${err.networkError.message}).`,
        field: null,
        key: null,
        line: null,
        code: null,
      },
    ];
  return err.graphQLErrors.flatMap((e) => {
    const x = (e.extensions ?? {}) as Record<string, unknown>;
    const code = str(x.code);
    const problems = Array.isArray(x.problems) ? (x.problems as Record<string, unknown>[]) : [];
    if (problems.length)
      return problems.map((p) => {
        const path = str(p.path);
        const reason = str(p.reason) ?? '';
        return {
          message: path ? `${path}: ${reason}` : reason,
          field: path,
          key: str(p.key),
          line: lineOf(p.line, reason),
          code,
        };
      });
    const fields = Array.isArray(x.fields) ? (x.fields as Record<string, unknown>[]) : [];
    if (fields.length > 1)
      return fields.map((f) => {
        const reason = str(f.reason) ?? '';
        const field = str(f.field);
        return {
          message: field && !reason.startsWith('line ') ? `${field}: ${reason}` : reason,
          field,
          key: str(f.key),
          line: lineOf(f.line, reason, field),
          code,
        };
      });
    return [
      {
        // The page shows the line beside the message: "line 7: " is not repeated in it.
        message: e.message.replace(LINE_PREFIX, ''),
        field: str(x.field),
        key: str(x.key),
        line: lineOf(x.line, e.message),
        code,
      },
    ];
  });
}

/** YAML syntax errors found in the browser (the server says the same, with the same lines). */
export function yamlProblems(text: string): LineMark[] {
  if (!text.trim()) return [];
  const doc = parseDocument(text, { prettyErrors: true });
  return doc.errors.map((e) => ({
    line: e.linePos?.[0]?.line ?? 1,
    severity: 'error' as const,
    message: e.message.split('\n')[0] ?? e.message,
  }));
}

/** A stack name as the server takes it: lower-case letters, digits and dashes (as compose project names). */
export function stackNameError(name: string): string | null {
  if (!name) return 'Name is required.';
  if (!/^[a-z0-9][a-z0-9_-]{0,62}$/.test(name))
    return 'Name: use lower-case letters, digits, "-" and "_", starting with a letter or digit (at most 63).';
  return null;
}

/** `${VAR}` names a compose file uses (with or without a default), for the variables editor. */
export function referencedVariables(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)) out.add(m[1]!);
  for (const m of text.matchAll(/(?<!\$)\$([A-Za-z_][A-Za-z0-9_]*)/g)) out.add(m[1]!);
  return [...out];
}

/** Replicas summed over a stack's services: desired, running, healthy. */
export function rollup(
  services: readonly { desiredReplicas: number; runningReplicas: number; healthyReplicas: number }[],
) {
  return services.reduce(
    (a, s) => ({
      desired: a.desired + s.desiredReplicas,
      running: a.running + s.runningReplicas,
      healthy: a.healthy + s.healthyReplicas,
    }),
    { desired: 0, running: 0, healthy: 0 },
  );
}

/**
 * The files a compose file names whose content must come with the deploy (the server never reads
 * its own disk): each service's `env_file` (a path, a list, or `{ path }` entries) and each
 * top-level secret's `file`. An unparsable file names none.
 */
export function referencedFiles(text: string): string[] {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return [];
  }
  const obj = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v) out.add(v);
    else if (typeof obj(v).path === 'string') add(obj(v).path);
  };
  for (const s of Object.values(obj(obj(doc).services))) {
    const ef = obj(s).env_file;
    if (Array.isArray(ef)) ef.forEach(add);
    else add(ef);
  }
  for (const s of Object.values(obj(obj(doc).secrets))) {
    if (obj(s).external !== true) add(obj(s).file);
  }
  return [...out];
}
