import { GraphQLError, locatedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, InputErrors, badInput } from '../app/errors.js';
import { createLogger } from '../logger.js';
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
