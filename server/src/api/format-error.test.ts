import { PassThrough } from 'node:stream';
import { GraphQLError, locatedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, InputErrors, badInput } from '../app/errors.js';
import { createLogger, requestScope } from '../logger.js';
import { makeFormatError } from './format-error.js';

const format = makeFormatError(createLogger('silent'));
/** What graphql-js makes of an error a resolver threw, and what Apollo formats from it. */
const thrown = (err: Error) => {
  const e = locatedError(err, undefined, ['createService']);
  return format({ ...e.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, e);
};

describe('formatError: use case errors in GraphQL terms', () => {
  it('an AppError leaves with its code, the field at fault and its message', () => {
    const out = thrown(badInput('spec.image', 'must not be empty'));
    expect(out.message).toBe('spec.image: must not be empty');
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'spec.image' });
    expect(out.path).toEqual(['createService']);
  });

  it('every field of gathered input errors is named', () => {
    const errors = new InputErrors();
    errors.add('name', 'is taken');
    errors.add('replicas', 'must be at most 1000');
    let err: unknown;
    try {
      errors.throwIfAny();
    } catch (e) {
      err = e;
    }
    expect(thrown(err as Error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      fields: [
        { field: 'name', reason: 'is taken' },
        { field: 'replicas', reason: 'must be at most 1000' },
      ],
    });
  });

  it('keeps extra details (the node of an engine error)', () => {
    const out = thrown(
      new AppError('ENGINE_UNAVAILABLE', 'engine of node "n2" is unavailable', { node: 'n2' }),
    );
    expect(out.extensions).toEqual({ code: 'ENGINE_UNAVAILABLE', node: 'n2' });
  });

  it('anything else leaves as a bare internal error, its message kept inside', () => {
    const out = thrown(new Error('SQLITE_BUSY: database is locked at /var/lib/stevedore.db'));
    expect(out).toEqual({
      message: 'internal error',
      path: ['createService'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it("GraphQL's own errors keep their public code", () => {
    const e = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(format(e.toJSON(), e).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('formatError', () => {
  it("names the field of GraphQL's own refusal of a variable", () => {
    const message =
      'Variable "$spec" got invalid value { __typename: "KeyValue", key: "MODE", value: "x" } at "spec.env[0]"; Field "__typename" is not defined by type "KeyValueInput".';
    expect(format({ message, extensions: { code: 'BAD_USER_INPUT' } }, null).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'spec.env[0]',
    });
    const whole = 'Variable "$id" of required type "ID!" was not provided.';
    expect(format({ message: whole, extensions: { code: 'BAD_USER_INPUT' } }, null).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });

  it('keeps a field the resolver named', () => {
    const out = format(
      { message: 'image: bad', extensions: { code: 'BAD_USER_INPUT', field: 'image' } },
      null,
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'image' });
  });
});

describe('formatError: request ids and what is logged', () => {
  /** A logger writing JSON lines into `lines`. */
  function capture() {
    const lines: Record<string, unknown>[] = [];
    const sink = new PassThrough();
    sink.on('data', (c: Buffer) => {
      for (const l of c.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Record<string, unknown>);
    });
    return { lines, log: createLogger('info', sink) };
  }
  const flush = () => new Promise((r) => setImmediate(r));

  it('an internal error is logged with its stack and the request id; the client gets neither the stack nor the message', async () => {
    const { lines, log } = capture();
    const fmt = makeFormatError(log);
    const err = new Error('SQLITE_BUSY: database is locked');
    const e = locatedError(err, undefined, ['services']);
    const out = requestScope.run({ requestId: 'req-42' }, () =>
      fmt({ ...e.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, e),
    );
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
    expect(JSON.stringify(out)).not.toMatch(/SQLITE|stack|at .*\.ts/);
    await flush();
    const line = lines.find((l) => l.msg === 'internal error');
    expect(line).toMatchObject({ requestId: 'req-42', path: ['services'], err: { message: err.message } });
    expect((line!.err as { stack: string }).stack).toContain('format-error.test.ts');
  });

  it('an id given by the caller (graphql-ws: the operation) wins over the scope; none given, none added', () => {
    const fmt = makeFormatError(createLogger('silent'));
    const e = new GraphQLError('nope', { extensions: { code: 'NOT_FOUND' } });
    expect(requestScope.run({ requestId: 'http' }, () => fmt(e.toJSON(), e, 'ws-op')).extensions).toEqual({
      code: 'NOT_FOUND',
      requestId: 'ws-op',
    });
    expect(fmt(e.toJSON(), e).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('logs keep label and variable values; passwords, tokens and secrets are redacted', async () => {
    const { lines, log } = capture();
    log.info(
      {
        labels: [{ key: 'tier', value: 'web' }],
        env: { value: 'plain' },
        password: 'p4ss',
        auth: { token: 't0k', secret: 's3c' },
      },
      'labelled',
    );
    await flush();
    const line = lines.find((l) => l.msg === 'labelled')!;
    expect(line.labels).toEqual([{ key: 'tier', value: 'web' }]);
    expect(line.env).toEqual({ value: 'plain' });
    expect(line.password).toBe('[redacted]');
    expect(line.auth).toEqual({ token: '[redacted]', secret: '[redacted]' });
  });
});
