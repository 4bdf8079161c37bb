/**
 * Placement constraint expressions, in swarm's spelling with Kubernetes' set operators:
 *
 *   node.labels.zone == eu          node.labels.zone != eu
 *   node.labels.disk in (ssd, nvme) node.labels.disk not in (hdd)   (also `notin`)
 *   node.labels.gpu exists          node.labels.gpu does not exist  (also `!exists`)
 *
 * on node.id, node.name, node.hostname, node.role, node.platform.os, node.platform.arch and
 * node.labels.<key>. Values compare case-insensitively, as swarm does (`node.role == manager`
 * matches MANAGER); label keys are exact. A missing attribute (unset label, unknown hostname)
 * fails `==`, `in` and `exists`, and satisfies `!=`, `not in` and `does not exist`.
 *
 * Parsing is separate from matching so the API can reject bad input with a precise message and
 * the scheduler can compile each distinct expression once (see `compileConstraint`'s cache).
 */
/**
 * What a constraint reads of a node: the server's Node has these fields, and the dashboard checks
 * an expression without any node at all.
 */
export interface ConstraintNode {
  id: string;
  name: string;
  hostname?: string | null;
  role: string;
  labels: Record<string, string>;
  platform: { os: string; arch: string };
}
type Node = ConstraintNode;

/** A node attribute a constraint, spread preference or affinity can name. */
export interface NodeAttribute {
  /** Canonical path, e.g. `node.labels.zone`, `node.platform.os`. */
  readonly path: string;
  /** The node's value, or undefined when the node has none (label unset, hostname unknown). */
  get(node: Node): string | undefined;
}

export type ConstraintOperator = '==' | '!=' | 'in' | 'not in' | 'exists' | 'does not exist';

export interface Constraint {
  /** The expression as written. */
  readonly expression: string;
  /** Canonical form used in explanations: `node.labels.zone==eu`, `node.labels.disk in (ssd, nvme)`. */
  readonly text: string;
  readonly attribute: NodeAttribute;
  readonly operator: ConstraintOperator;
  /** Operand values as written (empty for exists / does not exist). */
  readonly values: readonly string[];
  matches(node: Node): boolean;
}

export type AttributeParse<T> = { ok: true; value: T } | { ok: false; error: string };
export type ConstraintParseResult = { ok: true; constraint: Constraint } | { ok: false; error: string };

const FIXED_ATTRIBUTES: Record<string, (node: Node) => string | undefined> = {
  'node.id': (n) => n.id,
  'node.name': (n) => n.name,
  'node.hostname': (n) => n.hostname ?? undefined,
  'node.role': (n) => n.role,
  'node.platform.os': (n) => n.platform.os || undefined,
  'node.platform.arch': (n) => n.platform.arch || undefined,
};
const LABELS_PREFIX = 'node.labels.';
const KNOWN_ATTRIBUTES = `${Object.keys(FIXED_ATTRIBUTES).join(', ')} or node.labels.<key>`;
const LABEL_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/;

/** Parses an attribute path such as `node.labels.zone` (the prefix is case-insensitive). */
export function parseAttribute(text: string): AttributeParse<NodeAttribute> {
  const path = text.trim();
  const lower = path.toLowerCase();
  const fixed = FIXED_ATTRIBUTES[lower];
  if (fixed) return { ok: true, value: { path: lower, get: fixed } };
  if (lower.startsWith(LABELS_PREFIX)) {
    const key = path.slice(LABELS_PREFIX.length);
    if (key === '') return { ok: false, error: `missing label key after "${LABELS_PREFIX}"` };
    if (!LABEL_KEY.test(key)) return { ok: false, error: `invalid label key "${key}"` };
    return {
      ok: true,
      value: {
        path: LABELS_PREFIX + key,
        // Label values are strings, so this also ignores inherited keys such as "constructor".
        get: (n) => {
          const value: unknown = n.labels[key];
          return typeof value === 'string' ? value : undefined;
        },
      },
    };
  }
  if (path === '') return { ok: false, error: 'missing attribute' };
  return { ok: false, error: `unknown attribute "${path}" (expected ${KNOWN_ATTRIBUTES})` };
}

/** Value tokens: bare words, or quoted strings when a value needs spaces or punctuation. */
function parseValue(raw: string): AttributeParse<string> {
  const text = raw.trim();
  if (text === '') return { ok: false, error: 'empty value' };
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    if (text.length < 2 || text[text.length - 1] !== quote || text.slice(1, -1).includes(quote)) {
      return { ok: false, error: `unterminated or malformed quoted value ${text}` };
    }
    return { ok: true, value: text.slice(1, -1) };
  }
  if (/\s/.test(text))
    return { ok: false, error: `value "${text}" contains spaces (quote it if that is intended)` };
  const bad = /[,()'"=!]/.exec(text);
  if (bad)
    return {
      ok: false,
      error: `unexpected "${bad[0]}" in value "${text}" (quote values with spaces or punctuation)`,
    };
  return { ok: true, value: text };
}

/** Splits `a, "b c", d` on commas outside quotes. */
function splitList(body: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = null;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ',') {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items;
}

function parseList(operator: string, rest: string): AttributeParse<string[]> {
  const text = rest.trim();
  if (!text.startsWith('(') || !text.endsWith(')')) {
    return { ok: false, error: `expected a parenthesised list after "${operator}", e.g. (a, b)` };
  }
  const body = text.slice(1, -1);
  if (body.trim() === '') return { ok: false, error: `empty list after "${operator}"` };
  const values: string[] = [];
  for (const [i, item] of splitList(body).entries()) {
    if (item.trim() === '')
      return { ok: false, error: `empty item ${i + 1} in the list after "${operator}"` };
    const value = parseValue(item);
    if (!value.ok) return value;
    values.push(value.value);
  }
  return { ok: true, value: values };
}

function build(
  expression: string,
  attribute: NodeAttribute,
  operator: ConstraintOperator,
  values: string[],
): Constraint {
  const get = attribute.get;
  const wanted = values.map((v) => v.toLowerCase());
  const first = wanted[0] ?? '';
  const set = new Set(wanted);
  let text: string;
  let matches: (node: Node) => boolean;
  switch (operator) {
    case '==':
      text = `${attribute.path}==${values[0]}`;
      matches = (n) => get(n)?.toLowerCase() === first;
      break;
    case '!=':
      text = `${attribute.path}!=${values[0]}`;
      matches = (n) => get(n)?.toLowerCase() !== first;
      break;
    case 'in':
      text = `${attribute.path} in (${values.join(', ')})`;
      matches = (n) => {
        const v = get(n);
        return v !== undefined && set.has(v.toLowerCase());
      };
      break;
    case 'not in':
      text = `${attribute.path} not in (${values.join(', ')})`;
      matches = (n) => {
        const v = get(n);
        return v === undefined || !set.has(v.toLowerCase());
      };
      break;
    case 'exists':
      text = `${attribute.path} exists`;
      matches = (n) => get(n) !== undefined;
      break;
    case 'does not exist':
      text = `${attribute.path} does not exist`;
      matches = (n) => get(n) === undefined;
      break;
  }
  return { expression, text, attribute, operator, values, matches };
}

function parse(expression: string): AttributeParse<Constraint> {
  const source = expression.trim();
  if (source === '') return { ok: false, error: 'empty expression' };
  const head = /^([^\s=!<>(),]+)\s*([\s\S]*)$/.exec(source);
  if (!head) return { ok: false, error: 'expected an attribute such as node.labels.zone first' };
  const attribute = parseAttribute(head[1] ?? '');
  if (!attribute.ok) return attribute;
  const rest = head[2] ?? '';
  const attr = attribute.value;
  const single = (operator: '==' | '!='): AttributeParse<Constraint> => {
    const raw = rest.slice(2);
    if (raw.trim() === '') return { ok: false, error: `missing value after "${operator}"` };
    const value = parseValue(raw);
    return value.ok ? { ok: true, value: build(expression, attr, operator, [value.value]) } : value;
  };
  if (rest === '') {
    return {
      ok: false,
      error: 'expected an operator (==, !=, in, not in, exists, does not exist) after the attribute',
    };
  }
  if (rest.startsWith('==')) return single('==');
  if (rest.startsWith('!=')) return single('!=');
  const existence = /^(!\s*exists?|does\s+not\s+exists?|exists?)(?=\s|$)\s*([\s\S]*)$/i.exec(rest);
  if (existence) {
    const word = existence[1] ?? '';
    if (existence[2]) return { ok: false, error: `unexpected "${existence[2]}" after "${word}"` };
    const negated = word.startsWith('!') || /^does/i.test(word);
    return { ok: true, value: build(expression, attr, negated ? 'does not exist' : 'exists', []) };
  }
  const setOp = /^(not\s+in|notin|in)(?=[\s(]|$)/i.exec(rest);
  if (setOp) {
    const operator = /^in$/i.test(setOp[0]) ? 'in' : 'not in';
    const list = parseList(operator, rest.slice(setOp[0].length));
    return list.ok ? { ok: true, value: build(expression, attr, operator, list.value) } : list;
  }
  if (rest.startsWith('=')) return { ok: false, error: 'use "==" (or "!=") to compare, not "="' };
  const op = /^\S+/.exec(rest)?.[0] ?? rest;
  return {
    ok: false,
    error: `unknown operator "${op}" (expected ==, !=, in, not in, exists or does not exist)`,
  };
}

/**
 * Parses one constraint. Errors name the expression and what is wrong with it, ready to show to
 * the operator: `invalid constraint "node.labels.zone = eu": use "==" (or "!=") to compare, not "="`.
 */
export function parseConstraint(expression: string): ConstraintParseResult {
  const result = parse(expression);
  if (result.ok) return { ok: true, constraint: result.value };
  return { ok: false, error: `invalid constraint "${expression.trim()}": ${result.error}` };
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, ConstraintParseResult>();

/**
 * `parseConstraint` memoised by expression string: the scheduler checks the same few expressions
 * against every node for thousands of tasks, so each is parsed and compiled once. The cache is
 * bounded (cleared when full) since expressions come from user input.
 */
export function compileConstraint(expression: string): ConstraintParseResult {
  let result = cache.get(expression);
  if (result === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    result = parseConstraint(expression);
    cache.set(expression, result);
  }
  return result;
}

/** Validates a list of constraints, returning every error (for API input validation). */
export function validateConstraints(expressions: readonly string[]): string[] {
  const errors: string[] = [];
  for (const expression of expressions) {
    const result = compileConstraint(expression);
    if (!result.ok) errors.push(result.error);
  }
  return errors;
}

const SPREAD_ATTRIBUTE =
  /^node\.(labels\.[A-Za-z0-9._/-]+|id|name|hostname|platform\.os|platform\.arch|role)$/;

/** A spread preference of a spec: the node attribute whose values tasks are spread over. */
export function checkSpread(attribute: string): string | null {
  return SPREAD_ATTRIBUTE.test(attribute)
    ? null
    : `"${attribute}" is not a node attribute like node.labels.zone`;
}
