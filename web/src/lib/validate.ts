/**
 * The dashboard's form checks are the server's own rules (@stevedore/spec-rules, which the
 * server admits specs by): same rules, same messages, so a field shows the same complaint before
 * and after submitting. This file only adapts them to the form's one-reason-per-field shape; the
 * server stays the judge, and anything it says lands on the field it names.
 */
import { checkImageRef as imageRefErrors, parseConstraint } from '@stevedore/spec-rules';

export { checkEnvKey, checkName, checkSpread } from '@stevedore/spec-rules';

export function checkImageRef(input: string): string | null {
  return imageRefErrors(input)[0]?.reason ?? null;
}

export function checkConstraint(expression: string): string | null {
  const r = parseConstraint(expression);
  return r.ok ? null : r.error;
}

/** A typed number as the API would get it: nothing or text that is no number is NaN, which every rule refuses. */
export const typedNumber = (s: string): number => (s.trim() === '' ? NaN : Number(s));

/** A rule's reason about a typed number, quoting what was typed where the rule saw NaN. */
export const asTyped = (reason: string, typed: string): string =>
  reason.replace('(got NaN)', `(got ${typed.trim() || 'nothing'})`);
