'use client';
import { useCallback, useState, type ReactNode } from 'react';
import type { CombinedError } from '@urql/next';
import { errorMessage, fieldErrors } from '@/lib/errors';

/** The server's error code (FORBIDDEN, CONFLICT…) of the first GraphQL error. */
export function errorCode(err: CombinedError | null | undefined): string | null {
  const code = err?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** A sentence for an error, saying plainly when the caller's role is not enough. */
export function describeError(err: CombinedError | null | undefined): string | null {
  const msg = errorMessage(err);
  if (!msg) return null;
  const code = errorCode(err);
  if (code === 'FORBIDDEN') return `Not allowed (FORBIDDEN): ${msg}`;
  if (code === 'UNAUTHENTICATED') return `Sign in again (UNAUTHENTICATED): ${msg}`;
  return msg;
}

/** Arguments are named input.x, quota.x…; the form fields are x. */
const formField = (f: string) => f.replace(/^(input|quota|policy)\./, '');

/** Server errors of one form: those naming a field go beside it, the rest in a banner. */
export function useServerErrors(known: readonly string[]) {
  const [fields, setFields] = useState<Map<string, string>>(new Map());
  const [message, setMessage] = useState<string | null>(null);
  const clear = useCallback(() => {
    setFields(new Map());
    setMessage(null);
  }, []);
  const apply = useCallback(
    (err: CombinedError | null | undefined): boolean => {
      if (!err) {
        setFields(new Map());
        setMessage(null);
        return false;
      }
      const m = new Map<string, string>();
      for (const fe of fieldErrors(err)) {
        const f = formField(fe.field);
        const base = known.find((k) => f === k || f.startsWith(`${k}[`) || f.startsWith(`${k}.`));
        if (base && !m.has(base)) m.set(base, fe.reason);
      }
      setFields(m);
      // A field the form does not show, or a FORBIDDEN on a field, is still said out loud.
      const code = errorCode(err);
      setMessage(m.size && code !== 'FORBIDDEN' ? null : describeError(err));
      return true;
    },
    [known],
  );
  return { fields, message, apply, clear, setFields };
}

export function Field({
  id,
  label,
  error,
  hint,
  children,
  className,
}: {
  id: string;
  label: string;
  error?: string | null;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && <span className="hint">{hint}</span>}
      {error && (
        <span className="field-error" id={`${id}-err`} role="alert" data-testid={`error-${id}`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** Props that tie an input to its error message. */
export const invalid = (id: string, error: string | null | undefined) =>
  ({
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-err` : undefined,
  }) as const;
