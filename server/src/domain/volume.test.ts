import { describe, expect, it } from 'vitest';
import { checkBindSources, isUnder, namedVolumes, parseAllowedPaths } from './volume.js';

describe('bind mount policy', () => {
  it('refuses every bind when no path is allowed, naming the rule', () => {
    const e = checkBindSources(
      [
        { type: 'volume', source: 'data' },
        { type: 'bind', source: '/etc' },
      ],
      [],
    );
    expect(e).toHaveLength(1);
    expect(e[0]!.field).toBe('volumes[1].source');
    expect(e[0]!.reason).toMatch(/STEVEDORE_BIND_ALLOWED_PATHS is empty/);
  });
  it('allows paths under an allowed root, segment-wise', () => {
    expect(checkBindSources([{ type: 'BIND', source: '/srv/data/x' }], ['/srv/data'])).toEqual([]);
    expect(checkBindSources([{ type: 'bind', source: '/srv/data2' }], ['/srv/data'])[0]!.reason).toMatch(
      /outside the allowed host paths/,
    );
    expect(
      checkBindSources([{ type: 'bind', source: '/srv/data/../../etc' }], ['/srv/data'])[0]!.reason,
    ).toMatch(/\.\./);
  });
  it('isUnder compares segments', () => {
    expect(isUnder('/a/b', '/a')).toBe(true);
    expect(isUnder('/a', '/a/')).toBe(true);
    expect(isUnder('/ab', '/a')).toBe(false);
  });
  it('parses the allowed list', () => {
    expect(parseAllowedPaths('/srv/data/, /mnt//x')).toEqual(['/srv/data', '/mnt/x']);
    expect(parseAllowedPaths('')).toEqual([]);
    expect(parseAllowedPaths('rel/path')).toMatch(/not an absolute path/);
  });
  it('lists named volumes once', () => {
    expect(
      namedVolumes([
        { type: 'volume', source: 'a1' },
        { type: 'volume', source: '' },
        { type: 'bind', source: '/x' },
        { type: 'volume', source: 'a1' },
      ]),
    ).toEqual(['a1']);
  });
});
