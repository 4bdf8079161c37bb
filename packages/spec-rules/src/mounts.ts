import type { Checked, FieldError } from './field-error.js';

export type MountKind = 'volume' | 'bind' | 'tmpfs';

export interface MountInput {
  /** volume, bind or tmpfs, any case. */
  type: string;
  /** Volume name (empty: an anonymous volume), host path for bind, nothing for tmpfs. */
  source?: string | null;
  target: string;
  readOnly?: boolean | null;
}

/** A validated mount (the engine driver's VolumeMount has the same shape). */
export interface MountSpec {
  type: MountKind;
  source: string;
  target: string;
  readOnly: boolean;
}

/** Docker's rule for local volume names: at least two characters, the first alphanumeric. */
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const KINDS: readonly MountKind[] = ['volume', 'bind', 'tmpfs'];

export function checkVolumeName(name: string): string | null {
  if (name.length > 255) return `volume name must be at most 255 characters (got ${name.length})`;
  if (!VOLUME_NAME.test(name))
    return `volume name "${name}" must be at least 2 characters, start with a letter or digit and use only letters, digits, "_", "." and "-"`;
  return null;
}

/** An absolute path without ".." segments; `what` names it in the reason. */
export function checkAbsolutePath(path: string, what: string): string | null {
  if (!path) return `${what} must not be empty`;
  if (!path.startsWith('/')) return `${what} "${path}" must be an absolute path`;
  if (path.split('/').includes('..')) return `${what} "${path}" must not contain ".."`;
  if (path.includes('\0')) return `${what} must not contain NUL characters`;
  return null;
}

const normalize = (p: string) => p.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');

export function checkMounts(mounts: readonly MountInput[], field = 'mounts'): Checked<MountSpec[]> {
  const errors: FieldError[] = [];
  const value: MountSpec[] = [];
  const targets = new Map<string, number>();
  mounts.forEach((m, i) => {
    const at = `${field}[${i}]`;
    const type = (m.type ?? '').toLowerCase() as MountKind;
    const source = m.source ?? '';
    let ok = true;
    const fail = (name: string, reason: string) => {
      errors.push({ field: `${at}.${name}`, reason });
      ok = false;
    };
    if (!KINDS.includes(type)) fail('type', `must be volume, bind or tmpfs (got "${m.type}")`);
    else if (type === 'volume' && source !== '') {
      const err = checkVolumeName(source);
      if (err) fail('source', err);
    } else if (type === 'bind') {
      const err = checkAbsolutePath(source, 'bind source');
      if (err) fail('source', err);
    } else if (type === 'tmpfs' && source !== '') fail('source', 'a tmpfs mount takes no source');
    const targetErr = checkAbsolutePath(m.target ?? '', 'target');
    if (targetErr) fail('target', targetErr);
    else if (normalize(m.target) === '/') fail('target', 'target must not be the container root "/"');
    else {
      const t = normalize(m.target);
      const prev = targets.get(t);
      if (prev !== undefined) fail('target', `"${t}" is already mounted by ${field}[${prev}]`);
      else targets.set(t, i);
    }
    if (ok) value.push({ type, source, target: normalize(m.target), readOnly: m.readOnly ?? false });
  });
  return { value, errors };
}
