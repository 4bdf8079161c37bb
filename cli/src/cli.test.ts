import { describe, expect, it } from 'vitest';
import { durationMs, port } from './args.js';
import { namedFiles, referencedVariables } from './commands/stacks.js';
import { tokenScope } from './commands/login.js';
import { normalizeUrl } from './config.js';
import { CliError, fromGraphQLErrors } from './errors.js';
import { table } from './output.js';

// The CLI's pure parts; the commands themselves are tested on a real server
// (server/test/integration/cli.test.ts).
describe('stevedore CLI parsing and output', () => {
  it('reads ports as docker -p does and refuses what is not one', () => {
    expect(port('8080')).toEqual({ containerPort: 8080 });
    expect(port('9000:80')).toEqual({ containerPort: 80, hostPort: 9000 });
    expect(port('0.0.0.0:53:53/udp')).toEqual({
      containerPort: 53,
      hostPort: 53,
      hostIp: '0.0.0.0',
      protocol: 'UDP',
    });
    expect(() => port('web:80')).toThrow(CliError);
    expect(() => port('80/sctp')).toThrow(/tcp or udp/);
  });

  it('reads durations; a bare number is seconds', () => {
    expect(durationMs('10', '--update-delay')).toBe(10_000);
    expect(durationMs('500ms', 'x')).toBe(500);
    expect(durationMs('2m', 'x')).toBe(120_000);
    expect(() => durationMs('soon', '--update-delay')).toThrow(/--update-delay soon/);
  });

  it('finds the variables and files a compose file names', () => {
    const compose = [
      'services:',
      '  web:',
      '    image: ${IMAGE:-local/webapp:v1}',
      '    environment: { A: $A_VAR, PRICE: "$$5" }',
      '    env_file: [./a.env, { path: ./b.env, required: false }]',
      'secrets:',
      '  key: { file: ./key.txt }',
    ].join('\n');
    expect(referencedVariables(compose).sort()).toEqual(['A_VAR', 'IMAGE']);
    expect(namedFiles(compose).sort()).toEqual(['./a.env', './b.env', './key.txt']);
    expect(namedFiles('services: [')).toEqual([]);
  });

  it("gives the login token the user's highest role where they hold it", () => {
    expect(tokenScope([{ environment: '*', role: 'ADMIN' }])).toEqual({ role: 'ADMIN', environments: ['*'] });
    expect(
      tokenScope([
        { environment: 'dev', role: 'OPERATOR' },
        { environment: 'prod', role: 'VIEWER' },
        { environment: 'qa', role: 'OPERATOR' },
      ]),
    ).toEqual({ role: 'OPERATOR', environments: ['dev', 'qa'] });
    expect(() => tokenScope([])).toThrow(/no role/);
  });

  it('prints tables with capital headers and aligned columns, and errors with the server code', () => {
    expect(
      table(
        ['id', 'name'],
        [
          ['a1', 'web'],
          ['b22222', 'db'],
        ],
      ).split('\n'),
    ).toEqual(['ID       NAME', 'a1       web', 'b22222   db']);
    const e = fromGraphQLErrors([
      { message: 'no such image', extensions: { code: 'NOT_FOUND', field: 'image' } },
    ]);
    expect(e.describe()).toBe('Error: NOT_FOUND: no such image (field image)');
    expect(normalizeUrl('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000/graphql');
    expect(() => normalizeUrl('ftp://x')).toThrow(CliError);
  });
});
