'use client';
import { useState } from 'react';
import { invalid } from './form';

/**
 * A secret's value: a textarea (PEM files and multi-line values fit) whose characters are masked
 * like a password field until "show" is ticked; no autocomplete, no spellcheck.
 */
export function SecretValue({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  error: string | null | undefined;
}) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <textarea
        {...invalid(id, error)}
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        data-masked={!shown}
        style={{ WebkitTextSecurity: shown ? 'none' : 'disc', resize: 'vertical' } as React.CSSProperties}
        data-testid={`${id}-input`}
      />
      <label className="row small muted" style={{ gap: 4 }}>
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
        show while typing
      </label>
    </>
  );
}
