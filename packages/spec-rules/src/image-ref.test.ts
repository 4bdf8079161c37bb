import { describe, expect, it } from 'vitest';
import { checkImageRef, checkRepository, checkTag, parseImageRef, pullableRef } from './image-ref.js';

describe('parseImageRef', () => {
  it.each([
    ['busybox', { path: 'busybox', repository: 'busybox' }],
    ['local/webapp:v1', { path: 'local/webapp', tag: 'v1', repository: 'local/webapp' }],
    [
      'library/busybox:1.36.1-musl',
      { path: 'library/busybox', tag: '1.36.1-musl', repository: 'library/busybox' },
    ],
    [
      '127.0.0.1:5000/x:1',
      { registry: '127.0.0.1:5000', path: 'x', tag: '1', repository: '127.0.0.1:5000/x' },
    ],
    ['localhost/a/b', { registry: 'localhost', path: 'a/b', repository: 'localhost/a/b' }],
    [
      'registry.example.com/team/app_x__y-z.w',
      {
        registry: 'registry.example.com',
        path: 'team/app_x__y-z.w',
        repository: 'registry.example.com/team/app_x__y-z.w',
      },
    ],
    ['[::1]:5000/x', { registry: '[::1]:5000', path: 'x', repository: '[::1]:5000/x' }],
    [
      `busybox@sha256:${'a'.repeat(64)}`,
      { path: 'busybox', digest: `sha256:${'a'.repeat(64)}`, repository: 'busybox' },
    ],
    [
      `busybox:1@sha256:${'0'.repeat(64)}`,
      {
        path: 'busybox',
        tag: '1',
        digest: `sha256:${'0'.repeat(64)}`,
        repository: 'busybox',
      },
    ],
    [`x:${'t'.repeat(128)}`, { path: 'x', tag: 't'.repeat(128), repository: 'x' }],
  ])('accepts %s', (ref, expected) => {
    expect(parseImageRef(ref)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'must not be empty'],
    ['  ', 'must not be empty'],
    [' busybox', '" busybox" must not have leading or trailing spaces'],
    ['bu sybox', '"bu sybox" must not contain spaces'],
    ['Busybox', 'repository name "Busybox" must be lowercase'],
    ['local/Webapp:v1', 'repository name "local/Webapp" must be lowercase'],
    ['local//webapp', 'repository name "local//webapp" has an empty path component'],
    [
      'local/-webapp',
      'path component "-webapp" must be lowercase letters and digits, separated by ".", "_", "__" or "-", not at either end',
    ],
    [
      'a___b',
      'path component "a___b" must be lowercase letters and digits, separated by ".", "_", "__" or "-", not at either end',
    ],
    [`x:${'t'.repeat(129)}`, 'tag must be at most 128 characters (got 129)'],
    [
      'x:.bad',
      'tag ".bad" may use only letters, digits, "_", "." and "-", and must not start with "." or "-"',
    ],
    ['x:', 'tag "" may use only letters, digits, "_", "." and "-", and must not start with "." or "-"'],
    [':v1', '":v1" has no repository name'],
    ['x@sha256:abc', 'digest "sha256:abc" must be "sha256:" followed by 64 lowercase hex characters'],
    [
      `x@md5:${'a'.repeat(64)}`,
      `digest "md5:${'a'.repeat(64)}" must be "sha256:" followed by 64 lowercase hex characters`,
    ],
    ['127.0.0.1:70000/x', 'registry port "70000" must be a number between 1 and 65535'],
    ['-bad.example.com/x', 'registry host "-bad.example.com" must be a host name or IP address'],
    [`${'a'.repeat(256)}`, 'repository name must be at most 255 characters (got 256)'],
  ])('rejects %j: %s', (ref, reason) => {
    expect(parseImageRef(ref)).toEqual({ ok: false, reason });
  });

  it('names the field in errors', () => {
    expect(checkImageRef('Nope', 'spec.image')).toEqual([
      { field: 'spec.image', reason: 'repository name "Nope" must be lowercase' },
    ]);
    expect(checkImageRef('local/webapp:v1')).toEqual([]);
  });

  it('checks repositories and tags for tagging', () => {
    expect(checkRepository('127.0.0.1:5000/x')).toEqual([]);
    expect(checkRepository('x:1')).toEqual([
      { field: 'repo', reason: '"x:1" must be a repository name without tag or digest' },
    ]);
    expect(checkTag('v1.2_3-x')).toEqual([]);
    expect(checkTag('-x')).toEqual([
      {
        field: 'tag',
        reason: 'tag "-x" may use only letters, digits, "_", "." and "-", and must not start with "." or "-"',
      },
    ]);
  });

  it('pulls :latest when no tag or digest is named', () => {
    const ref = (s: string) => {
      const r = parseImageRef(s);
      if (!r.ok) throw new Error(r.reason);
      return pullableRef(r.value);
    };
    expect(ref('busybox')).toBe('busybox:latest');
    expect(ref('127.0.0.1:5000/x:1')).toBe('127.0.0.1:5000/x:1');
    expect(ref(`x@sha256:${'b'.repeat(64)}`)).toBe(`x@sha256:${'b'.repeat(64)}`);
  });
});
