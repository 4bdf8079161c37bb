import { describe, expect, it } from 'vitest';
import { checkEnv, checkEnvKey } from './env.js';

describe('checkEnv', () => {
  it('builds a map from entries', () => {
    expect(
      checkEnv([
        { key: 'A', value: '1' },
        { key: 'java.opts', value: 'x=y' },
        { key: '_B', value: '' },
      ]),
    ).toEqual({
      value: { A: '1', 'java.opts': 'x=y', _B: '' },
      errors: [],
    });
  });

  it('names bad keys, NUL values and duplicates by index', () => {
    expect(
      checkEnv(
        [
          { key: '', value: '1' },
          { key: 'A=B', value: '1' },
          { key: 'A B', value: '1' },
          { key: 'OK', value: 'a\0b' },
          { key: 'X', value: '1' },
          { key: 'X', value: '2' },
        ],
        'spec.env',
      ).errors,
    ).toEqual([
      { field: 'spec.env[0].key', reason: 'must not be empty' },
      { field: 'spec.env[1].key', reason: '"A=B" must not contain "="' },
      { field: 'spec.env[2].key', reason: '"A B" must not contain spaces or control characters' },
      { field: 'spec.env[3].value', reason: 'must not contain NUL characters' },
      { field: 'spec.env[5].key', reason: '"X" is already set by spec.env[4]' },
    ]);
    expect(checkEnvKey('k'.repeat(1025))).toBe('must be at most 1024 characters (got 1025)');
  });
});
