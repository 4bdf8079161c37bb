import { describe, expect, it } from 'vitest';
import { checkAbsolutePath, checkMounts, checkVolumeName } from './mounts.js';

describe('checkMounts', () => {
  it('accepts volumes, binds and tmpfs, normalizing types and targets', () => {
    expect(
      checkMounts([
        { type: 'VOLUME', source: 'data-1', target: '/data/' },
        { type: 'volume', target: '/anon' },
        { type: 'bind', source: '/srv/www', target: '/www', readOnly: true },
        { type: 'tmpfs', target: '/tmp//x' },
      ]),
    ).toEqual({
      value: [
        { type: 'volume', source: 'data-1', target: '/data', readOnly: false },
        { type: 'volume', source: '', target: '/anon', readOnly: false },
        { type: 'bind', source: '/srv/www', target: '/www', readOnly: true },
        { type: 'tmpfs', source: '', target: '/tmp/x', readOnly: false },
      ],
      errors: [],
    });
  });

  it('names every bad field', () => {
    const r = checkMounts(
      [
        { type: 'nfs', target: '/x' },
        { type: 'volume', source: 'x', target: 'rel' },
        { type: 'bind', source: 'srv', target: '/a/../b' },
        { type: 'bind', source: '/srv/../etc', target: '/' },
        { type: 'tmpfs', source: 'x', target: '/t' },
        { type: 'volume', source: 'ok-vol', target: '/t/' },
        { type: 'bind', source: '', target: '/e' },
      ],
      'volumes',
    );
    expect(r.errors).toEqual([
      { field: 'volumes[0].type', reason: 'must be volume, bind or tmpfs (got "nfs")' },
      {
        field: 'volumes[1].source',
        reason:
          'volume name "x" must be at least 2 characters, start with a letter or digit and use only letters, digits, "_", "." and "-"',
      },
      { field: 'volumes[1].target', reason: 'target "rel" must be an absolute path' },
      { field: 'volumes[2].source', reason: 'bind source "srv" must be an absolute path' },
      { field: 'volumes[2].target', reason: 'target "/a/../b" must not contain ".."' },
      { field: 'volumes[3].source', reason: 'bind source "/srv/../etc" must not contain ".."' },
      { field: 'volumes[3].target', reason: 'target must not be the container root "/"' },
      { field: 'volumes[4].source', reason: 'a tmpfs mount takes no source' },
      { field: 'volumes[5].target', reason: '"/t" is already mounted by volumes[4]' },
      { field: 'volumes[6].source', reason: 'bind source must not be empty' },
    ]);
  });

  it('checks names and paths alone', () => {
    expect(checkVolumeName('ab')).toBeNull();
    expect(checkVolumeName('_ab')).toMatch(/must be at least 2 characters/);
    expect(checkVolumeName('a'.repeat(256))).toBe('volume name must be at most 255 characters (got 256)');
    expect(checkAbsolutePath('/a/b..c', 'target')).toBeNull();
    expect(checkAbsolutePath('/a/..', 'target')).toBe('target "/a/.." must not contain ".."');
  });
});
