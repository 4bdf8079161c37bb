'use client';
import { useState } from 'react';
import { useMe } from '@/lib/auth';

const ROLE_CLASS = { ADMIN: 'info', OPERATOR: 'ok', VIEWER: '' } as const;

/** The signed-in user, their role (per environment in the tooltip) and the sign-out button. */
export function UserMenu() {
  const auth = useMe();
  const [busy, setBusy] = useState(false);
  if (!auth.me) return null;
  if (!auth.authEnabled)
    return (
      <span
        className="badge warn"
        data-testid="auth-off"
        title="STEVEDORE_AUTH=off: everyone is an administrator"
      >
        Access control off
      </span>
    );
  const nameOf = (id: string) =>
    id === '*' ? 'every environment' : (auth.environments.find((e) => e.id === id)?.name ?? id);
  const top = auth.roleIn();
  const detail =
    auth.me.roles.map((r) => `${r.role} in ${nameOf(r.environment)}`).join('\n') || 'No role yet';
  return (
    <div className="user-box" data-testid="user-menu">
      <span className="who" title={detail}>
        <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span data-testid="current-user" className="nowrap">
          {auth.me.username}
          {auth.me.tokenName ? ` (token ${auth.me.tokenName})` : ''}
        </span>
        <span
          className={`badge role-badge ${top ? ROLE_CLASS[top] : 'warn'}`}
          data-testid="current-role"
          aria-label={`Role: ${detail.replace(/\n/g, ', ')}`}
        >
          {top ?? 'NO ROLE'}
        </span>
      </span>
      {auth.me.kind === 'user' && (
        <button
          type="button"
          className="small"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void auth.logout();
          }}
        >
          {busy ? 'Signing out…' : 'Sign out'}
        </button>
      )}
    </div>
  );
}
