import { describe, expect, it } from 'vitest';
import { checkRestartPolicy } from './restart-policy.js';

describe('checkRestartPolicy', () => {
  it.each([
    [undefined, { name: 'no', maximumRetryCount: 0 }],
    [{ condition: 'ALWAYS' }, { name: 'always', maximumRetryCount: 0 }],
    [{ condition: 'UNLESS_STOPPED' }, { name: 'unless-stopped', maximumRetryCount: 0 }],
    [
      { condition: 'on-failure', maxRetries: 5 },
      { name: 'on-failure', maximumRetryCount: 5 },
    ],
    [{ condition: 'ON_FAILURE' }, { name: 'on-failure', maximumRetryCount: 0 }],
  ])('accepts %j', (input, value) => {
    expect(checkRestartPolicy(input)).toEqual({ value, errors: [] });
  });

  it.each([
    [
      { condition: 'sometimes' },
      'restartPolicy.condition',
      'must be no, always, unless-stopped or on-failure (got "sometimes")',
    ],
    [
      { condition: 'ALWAYS', maxRetries: 3 },
      'restartPolicy.maxRetries',
      'applies only to the on-failure condition (condition is always)',
    ],
    [
      { condition: 'ON_FAILURE', maxRetries: -1 },
      'restartPolicy.maxRetries',
      'must be a whole number of at least 0 (got -1)',
    ],
    [
      { condition: 'ON_FAILURE', maxRetries: 1.5 },
      'restartPolicy.maxRetries',
      'must be a whole number of at least 0 (got 1.5)',
    ],
  ])('rejects %j', (input, field, reason) => {
    expect(checkRestartPolicy(input)).toEqual({
      value: { name: expect.any(String), maximumRetryCount: 0 },
      errors: [{ field, reason }],
    });
  });
});
