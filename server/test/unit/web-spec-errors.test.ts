import { describe, expect, it } from 'vitest';

// Errors from a rejected update, as the dashboard shows them (issue #23): on the field they
// concern, else as a sentence about the service, never GraphQL's own validation text.
// The web module is loaded by path (server's tsc must not compile web sources).
interface FieldError {
  field: string;
  reason: string;
}
type Err = { graphQLErrors: { message: string; extensions?: Record<string, unknown> }[]; message: string };
const { errorMessage, fieldErrors, fieldLabel } = (await import(
  new URL('../../../web/src/lib/errors.ts', import.meta.url).pathname
)) as {
  errorMessage: (e: Err) => string | null;
  fieldErrors: (e: Err) => FieldError[];
  fieldLabel: (path: string) => string;
};

const err = (message: string, extensions: Record<string, unknown> = {}): Err => ({
  graphQLErrors: [{ message, extensions }],
  message: `[GraphQL] ${message}`,
});

// What the server answered to the Update tab before issue #23 was fixed.
const coercion = err(
  'Variable "$spec" got invalid value { __typename: "KeyValue", key: "MODE", value: "x" } at "spec.env[0]"; Field "__typename" is not defined by type "KeyValueInput".',
  { code: 'BAD_USER_INPUT' },
);

describe('dashboard error texts', () => {
  it("GraphQL's refusal of a variable names the field and says it in words", () => {
    expect(fieldErrors(coercion)).toEqual([
      { field: 'env[0]', reason: 'the dashboard sent a setting "__typename" the server does not know' },
    ]);
    const text = errorMessage(coercion)!;
    expect(text).toBe('Env 1: the dashboard sent a setting "__typename" the server does not know.');
    expect(text).not.toContain('Variable "$spec"');
    expect(text).not.toContain('KeyValueInput');
  });

  it('server field errors and policy refusals land on their fields, argument prefix dropped', () => {
    expect(
      fieldErrors(
        err('image: "Not An Image" is not a valid image reference', {
          code: 'BAD_USER_INPUT',
          field: 'patch.image',
        }),
      ),
    ).toEqual([{ field: 'image', reason: '"Not An Image" is not a valid image reference' }]);
    expect(
      fieldErrors(
        err('policy privileged: privileged: not allowed in environment default', {
          code: 'FORBIDDEN',
          rule: 'privileged',
          field: 'privileged',
          rules: [{ rule: 'privileged', field: 'privileged', reason: 'not allowed in environment default' }],
        }),
      ),
    ).toEqual([{ field: 'privileged', reason: 'not allowed in environment default' }]);
  });

  it('field paths read as words', () => {
    expect(fieldLabel('volumes[0].source')).toBe('Volumes 1 source');
    expect(fieldLabel('placement.nodeAffinity[1].weight')).toBe('Placement node affinity 2 weight');
  });
});
