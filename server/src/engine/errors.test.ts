import { describe, expect, it } from 'vitest';
import { toEngineError } from './errors.js';

describe('toEngineError', () => {
  it("keeps the engine's message of a streamed request (no parsed json)", () => {
    const err = Object.assign(
      new Error(
        '(HTTP code 500) server error - Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host ',
      ),
      { statusCode: 500, reason: 'server error', json: null },
    );
    const e = toEngineError(err, 'pull x:1');
    expect(e.kind).toBe('INTERNAL');
    expect(e.message).toBe(
      'pull x:1: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host',
    );
  });

  it('prefers the parsed json message', () => {
    const err = Object.assign(new Error('(HTTP code 404) no such container - No such container: abc '), {
      statusCode: 404,
      reason: 'no such container',
      json: { message: 'No such container: abc' },
    });
    expect(toEngineError(err, 'container abc')).toMatchObject({
      kind: 'NOT_FOUND',
      message: 'container abc: No such container: abc',
    });
  });
});
