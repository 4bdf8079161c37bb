'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMe } from '@/lib/auth';
import { leavePage } from '@/lib/leave';
import { useApiUrl } from '@/lib/live';
import { loginRequest, safeNext } from '@/lib/session';
import { ThemeToggle } from './ThemeToggle';

function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true">
      <rect x="2" y="10" width="20" height="10" rx="2" fill="var(--accent)" />
      <rect x="5" y="5" width="6" height="5" rx="1" fill="var(--muted)" />
      <rect x="13" y="5" width="6" height="5" rx="1" fill="var(--muted)" />
    </svg>
  );
}

/**
 * Username and password → the `login` mutation (the server sets the http-only session cookie),
 * then a full load of `next`, so every client and the live socket start with the new session.
 */
export function LoginForm() {
  const apiUrl = useApiUrl();
  const auth = useMe();
  const params = useSearchParams();
  const next = safeNext(params.get('next'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Until React has hydrated the form, a click on Sign in would submit it the browser's way: a
  // GET of /login?username=…&password=… (the password in the address bar, the error never shown).
  const [hydrated, setHydrated] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const userRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setHydrated(true);
    // Focus the username, unless the visitor is already typing somewhere.
    if (document.activeElement === document.body) userRef.current?.focus();
  }, []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // Read from the form, not from state: what was typed before hydration counts too.
    const fields = new FormData(e.currentTarget);
    const username = String(fields.get('username') ?? '').trim();
    const password = String(fields.get('password') ?? '');
    if (!username || !password) {
      setError(!username ? 'Enter your username.' : 'Enter your password.');
      return;
    }
    setBusy(true);
    setError(null);
    const r = await loginRequest(apiUrl, username, password);
    if (r.me) {
      await leavePage(next);
      return;
    }
    setBusy(false);
    setError(r.error);
    if (passwordRef.current) {
      passwordRef.current.value = '';
      passwordRef.current.focus();
    }
  }

  return (
    <div className="login-wrap">
      <div className="login-card card">
        <div className="login-brand">
          <Logo />
          <span>Stevedore</span>
          <span className="login-theme">
            <ThemeToggle />
          </span>
        </div>
        {!auth.authEnabled && auth.me ? (
          <div className="stack">
            <h1>Access control is off</h1>
            <p className="muted">
              This server runs with <span className="mono">STEVEDORE_AUTH=off</span>: everyone is an
              administrator and there is nothing to sign in to.
            </p>
            <Link href={next} className="btn primary">
              Open the dashboard
            </Link>
          </div>
        ) : (
          <form
            className="stack"
            onSubmit={submit}
            noValidate
            aria-describedby={error ? 'login-error' : undefined}
          >
            <div>
              <h1>Sign in</h1>
              <div className="sub">to the Stevedore control plane</div>
            </div>
            {error && (
              <div className="banner bad" role="alert" id="login-error" data-testid="login-error">
                {error}
              </div>
            )}
            <label className="field">
              <span>Username</span>
              <input
                ref={userRef}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                required
              />
            </label>
            <label className="field">
              <span>Password</span>
              <input
                ref={passwordRef}
                name="password"
                type="password"
                autoComplete="current-password"
                aria-invalid={error ? true : undefined}
                required
              />
            </label>
            <button type="submit" className="primary login-submit" disabled={busy || !hydrated}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
            {next !== '/' && (
              <div className="hint">
                After signing in you go back to <span className="mono">{next}</span>.
              </div>
            )}
          </form>
        )}
      </div>
    </div>
  );
}
