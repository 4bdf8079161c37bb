import type { FieldError } from './field-error.js';

/**
 * Docker image references, by the grammar of distribution/reference:
 *
 *   reference := name [":" tag] ["@" digest]
 *   name      := [domain "/"] path-component ["/" path-component]*
 *   domain    := host [":" port]
 *   path      := [a-z0-9]+ ((\. | _ | __ | -+) [a-z0-9]+)*
 *   tag       := [\w][\w.-]{0,127}
 *   digest    := sha256:[0-9a-f]{64}
 *
 * The first component is a registry when it has a "." or ":" or is "localhost" (Docker's rule).
 */
export interface ImageRef {
  /** Registry host[:port], when the reference names one. */
  registry?: string;
  /** Repository path without the registry, e.g. "library/busybox" or "local/webapp". */
  path: string;
  tag?: string;
  /** "sha256:<64 hex>". */
  digest?: string;
  /** Registry and path: what `docker tag` calls the repository. */
  repository: string;
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
export const MAX_NAME_LENGTH = 255;
export const MAX_TAG_LENGTH = 128;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Parses a reference; the reason names what is wrong in words an operator can act on. */
export function parseImageRef(input: string): ParseResult<ImageRef> {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, reason: 'must not be empty' };
  if (input !== input.trim())
    return { ok: false, reason: `"${input}" must not have leading or trailing spaces` };
  if (/\s/.test(input)) return { ok: false, reason: `"${input}" must not contain spaces` };

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest))
      return {
        ok: false,
        reason: `digest "${digest}" must be "sha256:" followed by 64 lowercase hex characters`,
      };
  }

  // A tag is whatever follows the last ":" after the last "/" (a ":" before it is a registry port).
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag.length > MAX_TAG_LENGTH)
      return { ok: false, reason: `tag must be at most ${MAX_TAG_LENGTH} characters (got ${tag.length})` };
    if (!TAG.test(tag))
      return {
        ok: false,
        reason: `tag "${tag}" may use only letters, digits, "_", "." and "-", and must not start with "." or "-"`,
      };
  }
  if (rest === '') return { ok: false, reason: `"${input}" has no repository name` };
  if (rest.length > MAX_NAME_LENGTH)
    return {
      ok: false,
      reason: `repository name must be at most ${MAX_NAME_LENGTH} characters (got ${rest.length})`,
    };

  const parts = rest.split('/');
  let registry: string | undefined;
  const first = parts[0] ?? '';
  if (
    parts.length > 1 &&
    (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())
  ) {
    registry = first;
    parts.shift();
    const err = checkRegistry(registry);
    if (err) return { ok: false, reason: err };
  }
  for (const p of parts) {
    if (p === '') return { ok: false, reason: `repository name "${rest}" has an empty path component` };
    if (p !== p.toLowerCase()) return { ok: false, reason: `repository name "${rest}" must be lowercase` };
    if (!PATH_COMPONENT.test(p))
      return {
        ok: false,
        reason: `path component "${p}" must be lowercase letters and digits, separated by ".", "_", "__" or "-", not at either end`,
      };
  }
  const path = parts.join('/');
  return {
    ok: true,
    value: {
      ...(registry !== undefined ? { registry } : {}),
      path,
      ...(tag !== undefined ? { tag } : {}),
      ...(digest !== undefined ? { digest } : {}),
      repository: registry ? `${registry}/${path}` : path,
    },
  };
}

function checkRegistry(registry: string): string | null {
  let host = registry;
  let port: string | undefined;
  const m = /^(\[[0-9a-fA-F:.]+\])(?::(.*))?$/.exec(registry);
  if (m) {
    host = m[1] ?? '';
    port = m[2];
  } else {
    const i = registry.lastIndexOf(':');
    if (i >= 0) {
      host = registry.slice(0, i);
      port = registry.slice(i + 1);
    }
  }
  if (port !== undefined) {
    if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535)
      return `registry port "${port}" must be a number between 1 and 65535`;
  }
  if (host.startsWith('[')) return null;
  if (!host.split('.').every((c) => DOMAIN_COMPONENT.test(c)))
    return `registry host "${host}" must be a host name or IP address`;
  return null;
}

/** Field errors for a reference (empty when valid). */
export function checkImageRef(input: string, field = 'image'): FieldError[] {
  const r = parseImageRef(input);
  return r.ok ? [] : [{ field, reason: r.reason }];
}

/** A repository name without tag or digest, as `docker tag` takes it. */
export function checkRepository(input: string, field = 'repo'): FieldError[] {
  const r = parseImageRef(input);
  if (!r.ok) return [{ field, reason: r.reason }];
  if (r.value.tag !== undefined || r.value.digest !== undefined)
    return [{ field, reason: `"${input}" must be a repository name without tag or digest` }];
  return [];
}

export function checkTag(tag: string, field = 'tag'): FieldError[] {
  if (tag.length > MAX_TAG_LENGTH)
    return [{ field, reason: `tag must be at most ${MAX_TAG_LENGTH} characters (got ${tag.length})` }];
  if (!TAG.test(tag))
    return [
      {
        field,
        reason: `tag "${tag}" may use only letters, digits, "_", "." and "-", and must not start with "." or "-"`,
      },
    ];
  return [];
}

/** What the engine pulls for a reference: ":latest" when it names neither tag nor digest. */
export function pullableRef(ref: ImageRef): string {
  if (ref.digest) return `${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${ref.digest}`;
  return `${ref.repository}:${ref.tag ?? 'latest'}`;
}
