import { describe, expect, it } from 'vitest';
import { atLeast, environmentsWith, roleEverywhere, roleIn, tokenBindings } from './roles.js';

describe('roles', () => {
  it('orders VIEWER < OPERATOR < ADMIN', () => {
    expect(atLeast('ADMIN', 'OPERATOR')).toBe(true);
    expect(atLeast('VIEWER', 'OPERATOR')).toBe(false);
    expect(atLeast(null, 'VIEWER')).toBe(false);
  });

  it('a * binding applies to every environment, the higher role wins', () => {
    const b = { '*': 'VIEWER', prod: 'OPERATOR' } as const;
    expect(roleIn(b, 'prod')).toBe('OPERATOR');
    expect(roleIn(b, 'dev')).toBe('VIEWER');
    expect(roleEverywhere(b, ['prod', 'dev'])).toBe('VIEWER');
    expect(roleEverywhere({ prod: 'ADMIN' }, ['prod', 'dev'])).toBeNull();
    expect(environmentsWith(b, ['prod', 'dev'], 'OPERATOR')).toEqual(['prod']);
  });

  it('a token is capped by its owner and its scope', () => {
    const owner = { dev: 'ADMIN', prod: 'VIEWER' } as const;
    expect(tokenBindings(owner, 'OPERATOR', ['dev', 'prod', 'staging'], ['dev', 'prod', 'staging'])).toEqual({
      dev: 'OPERATOR',
      prod: 'VIEWER',
    });
    expect(tokenBindings({ '*': 'ADMIN' }, 'VIEWER', ['*'], ['a', 'b'])).toEqual({ '*': 'VIEWER' });
    expect(tokenBindings({ '*': 'VIEWER', a: 'ADMIN' }, 'OPERATOR', ['*'], ['a', 'b'])).toEqual({
      '*': 'VIEWER',
      a: 'OPERATOR',
    });
    expect(tokenBindings({ a: 'ADMIN' }, 'ADMIN', ['*'], ['a', 'b'])).toEqual({ a: 'ADMIN' });
  });
});
