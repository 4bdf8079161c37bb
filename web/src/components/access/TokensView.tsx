'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from '@urql/next';
import type { Role } from '@/gql/graphql';
import { roleAtLeast, useMe } from '@/lib/auth';
import { dateTime } from '@/lib/format';
import { Ago } from '../Ago';
import { Badge, ConfirmButton, Empty, ErrorBanner, useNow } from '../ui';
import { describeError, Field, invalid, useServerErrors } from './form';
import { AccessCreateTokenMutation, AccessRevokeTokenMutation, AccessTokensQuery } from '@/graphql/access';
import { ALL_ENVIRONMENTS, envLabel, ROLES, roleTone } from './roles';
import s from './access.module.css';

const EXPIRY = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never' },
  { value: 'date', label: 'On a date…' },
];

const FIELDS = ['name', 'role', 'environments', 'expiresAt', 'expiresInDays'] as const;

interface Created {
  token: string;
  name: string;
  prefix: string;
}

/** The token's value, once: a copyable box with a plain warning that it will not be shown again. */
function ShownOnce({ created, onDone }: { created: Created; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied('yes');
    } catch {
      // Clipboard API refused (no secure context): select it for Ctrl+C.
      input.current?.select();
      setCopied('no');
    }
  };
  return (
    <section className={s.once} role="alert" aria-label="New API token" data-testid="token-once">
      <strong>⚠ Copy this token now: it will not be shown again.</strong>
      <span className="small">
        Token <b>{created.name}</b> ({created.prefix}). Stevedore keeps only its hash; if you lose it, revoke
        it and create another. Send it as <code>Authorization: Bearer …</code>.
      </span>
      <div className={s.tokenBox}>
        <label className="sr-only" htmlFor="token-value">
          Token value
        </label>
        <input
          ref={input}
          id="token-value"
          readOnly
          value={created.token}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="token-value"
          spellCheck={false}
        />
        <button type="button" className="primary" onClick={() => void copy()} data-testid="token-copy">
          {copied === 'yes' ? '✓ Copied' : 'Copy'}
        </button>
        <button type="button" onClick={onDone} data-testid="token-done">
          I have stored it
        </button>
      </div>
      {copied === 'no' && (
        <span className="small">The browser refused the clipboard: the token is selected, press Ctrl+C.</span>
      )}
    </section>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (c: Created) => void }) {
  const auth = useMe();
  const [, create] = useMutation(AccessCreateTokenMutation);
  const best = auth.roleIn() ?? 'VIEWER';
  const mine = auth.environments.filter((e) => auth.can('VIEWER', e.id));
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [envs, setEnvs] = useState<string[]>(() => (mine[0] ? [mine[0].id] : []));
  const [expiry, setExpiry] = useState('30');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const errs = useServerErrors(FIELDS);
  const [local, setLocal] = useState<Record<string, string>>({});
  const err = (f: string) => local[f] ?? errs.fields.get(f) ?? null;
  const toggle = (id: string) =>
    setEnvs((es) =>
      id === ALL_ENVIRONMENTS
        ? es.includes(id)
          ? []
          : [ALL_ENVIRONMENTS]
        : es.includes(id)
          ? es.filter((x) => x !== id)
          : [...es.filter((x) => x !== ALL_ENVIRONMENTS), id],
    );

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const l: Record<string, string> = {};
    if (!name.trim()) l.name = 'required';
    if (!envs.length) l.environments = 'choose at least one environment';
    if (expiry === 'date' && !date) l.expiresAt = 'choose a date';
    setLocal(l);
    errs.clear();
    if (Object.keys(l).length) return;
    setBusy(true);
    const r = await create({
      input: {
        name: name.trim(),
        role,
        environments: envs,
        ...(expiry === 'date'
          ? { expiresAt: new Date(`${date}T23:59:59`).toISOString() }
          : expiry !== 'never'
            ? { expiresInDays: Number(expiry) }
            : {}),
      },
    });
    setBusy(false);
    if (errs.apply(r.error)) return;
    const c = r.data!.createApiToken;
    setName('');
    onCreated({ token: c.token, name: c.apiToken.name, prefix: c.apiToken.prefix });
  };

  const envError = err('environments');
  return (
    <form
      className="card stack"
      onSubmit={submit}
      noValidate
      aria-label="Create an API token"
      data-testid="token-form"
    >
      <h2>Create an API token</h2>
      <ErrorBanner error={errs.message} />
      <div className={s.formRow}>
        <Field id="tok-name" label="Name" error={err('name')} hint="What uses it, e.g. ci-deploy">
          <input
            {...invalid('tok-name', err('name'))}
            value={name}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Field id="tok-role" label="Role" error={err('role')} hint="Never more than yours">
          <select
            {...invalid('tok-role', err('role'))}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {ROLES.map((x) => (
              <option key={x} value={x} disabled={!roleAtLeast(best, x)}>
                {x}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="tok-expiry"
          label="Expires"
          error={err('expiresAt') ?? err('expiresInDays')}
          hint={expiry === 'never' ? 'A token that never expires: revoke it when done' : undefined}
        >
          <select
            {...invalid('tok-expiry', err('expiresAt') ?? err('expiresInDays'))}
            value={expiry}
            onChange={(e) => setExpiry(e.target.value)}
          >
            {EXPIRY.map((x) => (
              <option key={x.value} value={x.value}>
                {x.label}
              </option>
            ))}
          </select>
          {expiry === 'date' && (
            <input
              type="date"
              aria-label="Expiry date"
              value={date}
              min={new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </Field>
      </div>
      <fieldset
        aria-invalid={envError ? true : undefined}
        aria-describedby={envError ? 'tok-envs-err' : undefined}
      >
        <legend>Environments</legend>
        <div className="row" style={{ gap: 14 }}>
          <label className="row" style={{ gap: 4 }}>
            <input
              type="checkbox"
              checked={envs.includes(ALL_ENVIRONMENTS)}
              onChange={() => toggle(ALL_ENVIRONMENTS)}
            />
            * every environment
          </label>
          {mine.map((e) => (
            <label className="row" style={{ gap: 4 }} key={e.id}>
              <input type="checkbox" checked={envs.includes(e.id)} onChange={() => toggle(e.id)} />
              {e.name}
              <span className="muted small">({auth.roleIn(e.id)?.toLowerCase()})</span>
            </label>
          ))}
        </div>
        {envError && (
          <span className="field-error" id="tok-envs-err" role="alert" data-testid="error-tok-envs">
            {envError}
          </span>
        )}
      </fieldset>
      <div className="row">
        <button type="submit" className="primary" disabled={busy} data-testid="token-create">
          {busy ? 'Creating…' : 'Create token'}
        </button>
      </div>
    </form>
  );
}

function tokenState(t: { active: boolean; revokedAt: string | null; expiresAt: string | null }, now: number) {
  if (t.revokedAt) return { tone: 'bad' as const, text: 'revoked' };
  if (t.expiresAt && new Date(t.expiresAt).getTime() <= now)
    return { tone: 'idle' as const, text: 'expired' };
  if (!t.active) return { tone: 'idle' as const, text: 'inactive' };
  if (t.expiresAt && new Date(t.expiresAt).getTime() - now < 7 * 86_400_000)
    return { tone: 'warn' as const, text: 'expires soon' };
  return { tone: 'ok' as const, text: 'active' };
}

export function TokensView() {
  const auth = useMe();
  const all = auth.isGlobalAdmin && auth.authEnabled;
  const [{ data, error }, reexecute] = useQuery({ query: AccessTokensQuery, variables: { all } });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [, revoke] = useMutation(AccessRevokeTokenMutation);
  const [created, setCreated] = useState<Created | null>(null);
  const [showOld, setShowOld] = useState(false);
  // Revoked here: kept in view (marked revoked) until the page is left.
  const [revokedHere, setRevokedHere] = useState<ReadonlySet<string>>(new Set());
  const [actionErr, setActionErr] = useState<string | null>(null);
  const now = useNow(30_000);
  const tokens = useMemo(
    () =>
      [...(data?.apiTokens ?? [])]
        .filter(
          (t) =>
            showOld ||
            revokedHere.has(t.id) ||
            (!t.revokedAt && (!t.expiresAt || new Date(t.expiresAt).getTime() > now)),
        )
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [data, showOld, now, revokedHere],
  );
  const hidden = (data?.apiTokens.length ?? 0) - tokens.length;
  const canOwn = !!auth.me?.userId;

  return (
    <div className="stack" style={{ gap: 14 }}>
      {created && <ShownOnce created={created} onDone={() => setCreated(null)} />}
      {canOwn ? (
        <CreateTokenForm
          onCreated={(c) => {
            setCreated(c);
            refetch();
          }}
        />
      ) : (
        <div className="banner warn">
          Only a signed-in user owns API tokens
          {auth.authEnabled ? '' : ' (access control is off on this server)'}.
        </div>
      )}
      <div className="card tight">
        <div className="row between" style={{ padding: '12px 14px 0' }}>
          <h2 style={{ margin: 0 }}>{all ? 'Every API token' : 'Your API tokens'}</h2>
          <label className="row small" style={{ gap: 4 }}>
            <input type="checkbox" checked={showOld} onChange={(e) => setShowOld(e.target.checked)} />
            show revoked and expired{hidden > 0 && !showOld ? ` (${hidden})` : ''}
          </label>
        </div>
        <div style={{ padding: '10px 14px 0' }}>
          <ErrorBanner error={describeError(error) ?? actionErr} retry={error ? refetch : undefined} />
        </div>
        {tokens.length === 0 ? (
          <Empty title="No API tokens">Tokens let scripts and CI call the API with a role you choose.</Empty>
        ) : (
          <div className="table-wrap">
            <table data-testid="tokens-table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Owner</th>
                  <th>Role · scope</th>
                  <th className="hide-phone">Created</th>
                  <th>Expires</th>
                  <th className="hide-phone">Last used</th>
                  <th>State</th>
                  <th className="right">Revoke</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => {
                  const st = tokenState(t, now);
                  const mayRevoke = !t.revokedAt && (t.owner === auth.me?.username || auth.isGlobalAdmin);
                  return (
                    <tr key={t.id} data-testid="token-row" data-name={t.name} data-state={st.text}>
                      <td>
                        <strong>{t.name}</strong>
                        <div className="mono small muted">{t.prefix}</div>
                      </td>
                      <td>{t.owner}</td>
                      <td>
                        <Badge tone={roleTone(t.role)}>{t.role.toLowerCase()}</Badge>{' '}
                        <span className="small">{t.environments.map(envLabel).join(', ')}</span>
                      </td>
                      <td className="hide-phone small nowrap" title={t.createdAt}>
                        {dateTime(t.createdAt)}
                      </td>
                      <td className="small nowrap" title={t.expiresAt ?? undefined}>
                        {t.expiresAt ? dateTime(t.expiresAt) : <span className="muted">never</span>}
                      </td>
                      <td className="hide-phone small nowrap">
                        {t.lastUsedAt ? <Ago iso={t.lastUsedAt} /> : <span className="muted">never</span>}
                      </td>
                      <td>
                        <Badge tone={st.tone} testId="token-state">
                          {st.text}
                        </Badge>
                        {t.revokedAt && (
                          <div className="small muted nowrap" title={t.revokedAt}>
                            {dateTime(t.revokedAt)}
                          </div>
                        )}
                      </td>
                      <td className="right">
                        {mayRevoke && (
                          <ConfirmButton
                            className="small danger"
                            title={`Revoke ${t.name}?`}
                            body="It stops working at once; subscriptions using it are closed. This cannot be undone."
                            confirmLabel="Revoke"
                            danger
                            onConfirm={async () => {
                              setActionErr(null);
                              const r = await revoke({ id: t.id });
                              setActionErr(describeError(r.error));
                              if (!r.error) setRevokedHere((m) => new Set(m).add(t.id));
                              refetch();
                            }}
                            testId="token-revoke"
                          >
                            Revoke
                          </ConfirmButton>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
