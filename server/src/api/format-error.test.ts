import { describe, expect, it } from 'vitest';
import type { Logger } from '../logger.js';
import { makeFormatError } from './format-error.js';

const format = makeFormatError({ error: () => undefined } as unknown as Logger);

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
