import { isInteger, type Checked, type FieldError } from './field-error.js';

export type RestartPolicyName = 'no' | 'always' | 'unless-stopped' | 'on-failure';

export interface RestartPolicyInput {
  /** no, always, unless-stopped, on-failure; any case, "_" or "-" (the GraphQL enum's UNLESS_STOPPED too). */
  condition?: string | null;
  /** Only with on-failure: give up after this many restarts; 0 = never give up. */
  maxRetries?: number | null;
}

export interface RestartPolicySpec {
  name: RestartPolicyName;
  maximumRetryCount: number;
}

const NAMES: readonly RestartPolicyName[] = ['no', 'always', 'unless-stopped', 'on-failure'];

export function checkRestartPolicy(
  input: RestartPolicyInput | null | undefined,
  field = 'restartPolicy',
): Checked<RestartPolicySpec> {
  const errors: FieldError[] = [];
  const name = (input?.condition ?? 'no').toLowerCase().replace(/_/g, '-') as RestartPolicyName;
  if (!NAMES.includes(name)) {
    errors.push({
      field: `${field}.condition`,
      reason: `must be no, always, unless-stopped or on-failure (got "${input?.condition}")`,
    });
    return { value: { name: 'no', maximumRetryCount: 0 }, errors };
  }
  const retries = input?.maxRetries ?? 0;
  if (!isInteger(retries) || retries < 0)
    errors.push({
      field: `${field}.maxRetries`,
      reason: `must be a whole number of at least 0 (got ${retries})`,
    });
  else if (retries > 0 && name !== 'on-failure')
    errors.push({
      field: `${field}.maxRetries`,
      reason: `applies only to the on-failure condition (condition is ${name})`,
    });
  return { value: { name, maximumRetryCount: errors.length ? 0 : retries }, errors };
}
