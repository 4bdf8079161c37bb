'use client';
import type { ReactNode } from 'react';

/*
 * The pieces of the service form's fields: a label bound to its input, the hint, and the error of
 * the field path (client check or server refusal) under it, announced and linked by
 * aria-describedby. ServiceFormView and its sections (IngressFields) share them.
 */

export const idFor = (path: string) => `f-${path.replace(/[^\w-]/g, '_')}`;

export interface Ctx {
  errors: Map<string, string>;
}

export function fieldProps(ctx: Ctx, path: string) {
  const err = ctx.errors.get(path);
  return {
    id: idFor(path),
    name: path,
    'aria-invalid': err ? true : undefined,
    'aria-describedby': err ? `${idFor(path)}-err` : undefined,
    'data-field': path,
  } as const;
}

export function Err({ ctx, path }: { ctx: Ctx; path: string }) {
  const err = ctx.errors.get(path);
  return err ? (
    <span className="field-error" id={`${idFor(path)}-err`} data-testid={`error-${path}`} role="alert">
      {err}
    </span>
  ) : null;
}

export function Field({
  ctx,
  path,
  label,
  hint,
  children,
}: {
  ctx: Ctx;
  path: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={idFor(path)}>{label}</label>
      {children}
      {hint && !ctx.errors.get(path) && <span className="hint">{hint}</span>}
      <Err ctx={ctx} path={path} />
    </div>
  );
}
