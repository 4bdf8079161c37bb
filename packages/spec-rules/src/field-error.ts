/**
 * A validation failure naming the input field at fault, as the API reports it
 * (`extensions.field`): dotted and indexed paths such as `ports[1].hostPort`.
 */
export interface FieldError {
  field: string;
  reason: string;
}

/** A normalized value plus every problem found on the way; `value` is only meaningful when `errors` is empty. */
export interface Checked<T> {
  value: T;
  errors: FieldError[];
}

/** `prefix.name`, or just `name` at the top level. */
export const fieldPath = (prefix: string, name: string): string => (prefix ? `${prefix}.${name}` : name);

export const isInteger = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);
