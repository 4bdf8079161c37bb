import { describe, expect, it } from 'vitest';
import { checkHealthCheck } from './health-check.js';

describe('checkHealthCheck', () => {
  it('builds CMD from exec form and CMD-SHELL from shell form, with Docker defaults', () => {
    expect(checkHealthCheck({ command: ['wget', '-q', 'http://127.0.0.1:8080/health'] })).toEqual({
      value: {
        test: ['CMD', 'wget', '-q', 'http://127.0.0.1:8080/health'],
        intervalMs: 30_000,
        timeoutMs: 30_000,
        retries: 3,
        startPeriodMs: 0,
      },
      errors: [],
    });
    expect(
      checkHealthCheck({
        shell: 'wget -q -O /dev/null http://127.0.0.1:8080/health',
        intervalMs: 500,
        timeoutMs: 1,
        retries: 2,
        startPeriodMs: 0,
      }),
    ).toEqual({
      value: {
        test: ['CMD-SHELL', 'wget -q -O /dev/null http://127.0.0.1:8080/health'],
        intervalMs: 500,
        timeoutMs: 1,
        retries: 2,
        startPeriodMs: 0,
      },
      errors: [],
    });
  });

  it('keeps an already prefixed test', () => {
    expect(checkHealthCheck({ command: ['CMD-SHELL', 'true'] }).value.test).toEqual(['CMD-SHELL', 'true']);
    expect(checkHealthCheck({ command: ['CMD', 'true'] }).value.test).toEqual(['CMD', 'true']);
    expect(checkHealthCheck({ command: ['NONE'] }).value.test).toEqual(['NONE']);
  });

  it.each([
    [{}, 'healthCheck.command', 'a health check needs a command (exec form) or shell (shell form)'],
    [
      { command: ['x'], shell: 'x' },
      'healthCheck.shell',
      'give either command (exec form) or shell (shell form), not both',
    ],
    [{ command: [] }, 'healthCheck.command', 'must not be empty; its first element is the program to run'],
    [{ command: [' '] }, 'healthCheck.command', 'must not be empty; its first element is the program to run'],
    [{ shell: '  ' }, 'healthCheck.shell', 'must not be empty'],
    [{ command: ['CMD'] }, 'healthCheck.command', '"CMD" must be followed by the command to run'],
    [
      { command: ['CMD-SHELL', 'a', 'b'] },
      'healthCheck.command',
      '"CMD-SHELL" takes exactly one shell command string',
    ],
    [{ command: ['NONE', 'x'] }, 'healthCheck.command', '["NONE"] takes no arguments'],
    [
      { shell: 'true', intervalMs: 0 },
      'healthCheck.intervalMs',
      'must be a whole number of milliseconds between 1 and 86400000 (got 0)',
    ],
    [
      { shell: 'true', timeoutMs: 0.5 },
      'healthCheck.timeoutMs',
      'must be a whole number of milliseconds between 1 and 86400000 (got 0.5)',
    ],
    [
      { shell: 'true', startPeriodMs: -1 },
      'healthCheck.startPeriodMs',
      'must be a whole number of milliseconds between 0 and 86400000 (got -1)',
    ],
    [
      { shell: 'true', intervalMs: 86_400_001 },
      'healthCheck.intervalMs',
      'must be a whole number of milliseconds between 1 and 86400000 (got 86400001)',
    ],
    [
      { shell: 'true', retries: 0 },
      'healthCheck.retries',
      'must be a whole number between 1 and 1000 (got 0)',
    ],
  ])('rejects %j', (input, field, reason) => {
    expect(checkHealthCheck(input).errors).toEqual([{ field, reason }]);
  });
});
