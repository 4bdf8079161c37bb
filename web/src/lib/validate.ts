/**
 * Client-side checks that mirror the server's (server/src/domain/validation): same rules, same
 * field paths, so a field shows the same complaint before and after submitting. The server stays
 * the judge: anything it says lands on the field it names.
 */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
export const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;

export function checkName(name: string): string | null {
  if (!name) return 'must not be empty';
  if (name.length > 63) return `must be at most 63 characters (got ${name.length})`;
  if (!NAME_PATTERN.test(name))
    return 'must start with a letter or digit and use only letters, digits, "_", "." and "-"';
  return null;
}

export function checkImageRef(input: string): string | null {
  if (input.trim() === '') return 'must not be empty';
  if (input !== input.trim()) return `"${input}" must not have leading or trailing spaces`;
  if (/\s/.test(input)) return `"${input}" must not contain spaces`;
  let rest = input;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest))
      return `digest "${digest}" must be "sha256:" followed by 64 lowercase hex characters`;
  }
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    const tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag.length > 128) return `tag must be at most 128 characters (got ${tag.length})`;
    if (!TAG.test(tag))
      return `tag "${tag}" may use only letters, digits, "_", "." and "-", and must not start with "." or "-"`;
  }
  if (rest === '') return `"${input}" has no repository name`;
  if (rest.length > 255) return `repository name must be at most 255 characters (got ${rest.length})`;
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  if (
    parts.length > 1 &&
    (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())
  ) {
    parts.shift();
    const i = first.lastIndexOf(':');
    const host = i >= 0 && !first.startsWith('[') ? first.slice(0, i) : first;
    const port = i >= 0 && !first.startsWith('[') ? first.slice(i + 1) : undefined;
    if (port !== undefined && (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535))
      return `registry port "${port}" must be a number between 1 and 65535`;
    if (!host.startsWith('[') && !host.split('.').every((c) => DOMAIN_COMPONENT.test(c)))
      return `registry host "${host}" must be a host name or IP address`;
  }
  for (const p of parts) {
    if (p === '') return `repository name "${rest}" has an empty path component`;
    if (p !== p.toLowerCase()) return `repository name "${rest}" must be lowercase`;
    if (!PATH_COMPONENT.test(p))
      return `path component "${p}" must be lowercase letters and digits, separated by ".", "_", "__" or "-", not at either end`;
  }
  return null;
}

export function checkEnvKey(key: string): string | null {
  if (!key) return 'must not be empty';
  if (key.includes('=')) return `"${key}" must not contain "="`;
  if (/[\s\0]/.test(key)) return `"${key}" must not contain spaces or control characters`;
  if (key.length > 1024) return `must be at most 1024 characters (got ${key.length})`;
  return null;
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  ki: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mi: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gi: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
  ti: 1024 ** 4,
  tib: 1024 ** 4,
};
export const MIN_MEMORY = 6 * 1024 * 1024;

export function parseMemory(input: string): { ok: true; value: number } | { ok: false; reason: string } {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(input);
  const unit = UNITS[(m?.[2] ?? '').toLowerCase()];
  if (!m || unit === undefined)
    return {
      ok: false,
      reason: `"${input}" is not a memory size: use bytes or a number with a unit, e.g. "512m", "1g", "256MiB"`,
    };
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes < 0) return { ok: false, reason: `must not be negative (got ${input})` };
  if (bytes < MIN_MEMORY)
    return { ok: false, reason: `must be at least 6 MiB, the engine's minimum (got ${input})` };
  return { ok: true, value: bytes };
}

export function parseCpus(input: string): { ok: true; value: number } | { ok: false; reason: string } {
  const v = /^\s*\d+(\.\d+)?\s*$/.test(input) ? Number(input) : NaN;
  if (!Number.isFinite(v)) return { ok: false, reason: `"${input}" is not a number of CPUs, e.g. 0.5 or 2` };
  if (v <= 0) return { ok: false, reason: `must be greater than 0 CPUs (got ${input})` };
  return { ok: true, value: v };
}

/** IPv4 dotted quad or something IPv6-looking. */
export function checkIp(ip: string): string | null {
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(ip) && ip.split('.').every((o) => Number(o) <= 255))
    return null;
  if (/^[0-9a-fA-F:]+$/.test(ip) && ip.includes(':')) return null;
  return `"${ip}" is not an IPv4 or IPv6 address`;
}

/** Constraint syntax: node.<attr> (==|!=|in|not in|exists|…) — the server parses fully. */
export function checkConstraint(c: string): string | null {
  if (!c.trim()) return 'must not be empty';
  if (!/^\s*node\.[\w.-]+/.test(c)) return `"${c}" must start with a node attribute such as node.labels.zone`;
  if (!/(==|!=|\s+in\s*\(|\s+not\s+in\s*\(|\s+exists\s*$|\s+!exists\s*$|\s+not\s+exists\s*$)/i.test(c))
    return `"${c}" needs an operator: ==, !=, in (…), not in (…) or exists`;
  return null;
}

export function checkSpread(s: string): string | null {
  return /^node\.(labels\.[\w.-]+|id|hostname|name|role|platform\.(os|arch))$/.test(s.trim())
    ? null
    : `"${s}" is not a node attribute like node.labels.zone`;
}

export const isWhole = (s: string): boolean => /^-?\d+$/.test(s.trim());
