import { describe, expect, it } from 'vitest';

// The stack page's browser-side helpers (web/src/lib/stack.ts), loaded by path as web-validate does.
interface LineMark {
  line: number;
  severity: string;
  message: string;
}
const lib = (await import(new URL('../../../web/src/lib/stack.ts', import.meta.url).pathname)) as {
  yamlProblems: (t: string) => LineMark[];
  referencedVariables: (t: string) => string[];
  referencedFiles: (t: string) => string[];
  stackNameError: (n: string) => string | null;
  rollup: (s: { desiredReplicas: number; runningReplicas: number; healthyReplicas: number }[]) => {
    desired: number;
    running: number;
    healthy: number;
  };
  stackProblems: (
    e: unknown,
  ) => { message: string; field: string | null; key: string | null; line: number | null }[];
};

describe('stack page helpers', () => {
  it('puts a YAML syntax error on its line', () => {
    const marks = lib.yamlProblems('services:\n  web:\n    image: a\n   bad: [\n');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks[0]!.severity).toBe('error');
    expect(marks[0]!.line).toBeGreaterThanOrEqual(4);
    expect(lib.yamlProblems('services:\n  web:\n    image: a\n')).toEqual([]);
  });

  it('lists the variables a file uses, not $$ escapes', () => {
    expect(lib.referencedVariables('image: ${IMG:-x}\ncommand: echo $$HOME $TAG ${IMG}')).toEqual([
      'IMG',
      'TAG',
    ]);
  });

  it('checks stack names as the page sends them', () => {
    expect(lib.stackNameError('')).toMatch(/required/);
    expect(lib.stackNameError('Web App')).toMatch(/lower-case/);
    expect(lib.stackNameError('web-app_1')).toBeNull();
  });

  it('sums replicas over services', () => {
    expect(
      lib.rollup([
        { desiredReplicas: 2, runningReplicas: 2, healthyReplicas: 1 },
        { desiredReplicas: 1, runningReplicas: 0, healthyReplicas: 0 },
      ]),
    ).toEqual({ desired: 3, running: 2, healthy: 1 });
  });

  it("reads the server's field, line and key from a refusal", () => {
    const err = {
      graphQLErrors: [
        {
          message: 'services.web.deploy.replicas: must be integer',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'services.web.deploy.replicas',
            line: 5,
            key: 'replicas',
          },
        },
      ],
    };
    expect(lib.stackProblems(err)).toEqual([
      {
        message: 'services.web.deploy.replicas: must be integer',
        field: 'services.web.deploy.replicas',
        key: 'replicas',
        line: 5,
        code: 'BAD_USER_INPUT',
      },
    ]);
  });
  it('reads the line from a refusal\'s "line N:" message when the extensions lack it', () => {
    const err = {
      graphQLErrors: [
        {
          message: 'line 7: services.web.ports[0]: published port 70000 is out of range',
          extensions: { code: 'BAD_USER_INPUT', field: 'services.web.ports[0]' },
        },
      ],
    };
    const [p] = lib.stackProblems(err);
    expect(p).toMatchObject({
      line: 7,
      field: 'services.web.ports[0]',
      key: null,
      message: 'services.web.ports[0]: published port 70000 is out of range',
    });
    expect(
      lib.stackProblems({ graphQLErrors: [{ message: 'services.web: no line', extensions: {} }] })[0]!.line,
    ).toBe(null);
  });

  it('gives one problem per field of a refusal naming several, each on its line', () => {
    const err = {
      graphQLErrors: [
        {
          message:
            'line 3: services.web.build: cannot be honoured; services.db.networks.back: undefined network',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'services.web.build',
            fields: [
              { field: 'services.web.build', reason: 'line 3: services.web.build: cannot be honoured' },
              { field: 'services.db.networks.back', reason: 'undefined network', line: 9 },
            ],
          },
        },
      ],
    };
    expect(lib.stackProblems(err).map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'services.web.build', 'line 3: services.web.build: cannot be honoured'],
      [9, 'services.db.networks.back', 'services.db.networks.back: undefined network'],
    ]);
  });
  it("lists every reason of a compose refusal's problems, each on its line", () => {
    const err = {
      graphQLErrors: [
        {
          message:
            'line 5: services.web.deploy.replicas: must be integer; line 1: x-nope: unknown top-level key',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'services.web.deploy.replicas',
            problems: [
              {
                path: 'services.web.deploy.replicas',
                service: 'web',
                key: 'replicas',
                reason: 'must be integer',
                line: 5,
              },
              { path: 'nope', service: null, key: 'nope', reason: 'unknown top-level key', line: null },
            ],
          },
        },
      ],
    };
    expect(lib.stackProblems(err)).toEqual([
      {
        message: 'services.web.deploy.replicas: must be integer',
        field: 'services.web.deploy.replicas',
        key: 'replicas',
        line: 5,
        code: 'BAD_USER_INPUT',
      },
      {
        message: 'nope: unknown top-level key',
        field: 'nope',
        key: 'nope',
        line: null,
        code: 'BAD_USER_INPUT',
      },
    ]);
  });
  it('lists the env_file and secret files a deploy must carry, once each', () => {
    const file = [
      'services:',
      '  web:',
      '    image: a',
      '    env_file: web.env',
      '  db:',
      '    image: b',
      '    env_file: [common.env, { path: db.env, required: false }, web.env]',
      'secrets:',
      '  key: { file: ./key.pem }',
      '  ext: { external: true, file: ignored }',
    ].join('\n');
    expect(lib.referencedFiles(file)).toEqual(['web.env', 'common.env', 'db.env', './key.pem']);
    expect(lib.referencedFiles('services: [')).toEqual([]);
  });
});
