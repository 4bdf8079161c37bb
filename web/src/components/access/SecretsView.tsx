'use client';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@urql/next';
import { useMe } from '@/lib/auth';
import { dateTime } from '@/lib/format';
import { useRefetchOn } from '@/lib/live';
import { Ago } from '../Ago';
import { Badge, ConfirmButton, Empty, ErrorBanner } from '../ui';
import { Dialog } from './Dialog';
import { describeError, Field, invalid, useServerErrors } from './form';
import {
  AccessCreateSecretMutation,
  AccessRemoveSecretMutation,
  AccessRotateSecretMutation,
  AccessSecretsQuery,
} from '@/graphql/access';
import { SecretValue } from './SecretValue';
import s from './access.module.css';

function CreateSecretForm({ env, onCreated }: { env: string; onCreated: (name: string) => void }) {
  const [, create] = useMutation(AccessCreateSecretMutation);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const errs = useServerErrors(['name', 'value']);
  const [local, setLocal] = useState<Record<string, string>>({});
  const err = (f: string) => local[f] ?? errs.fields.get(f) ?? null;
  return (
    <form
      className="card stack"
      noValidate
      aria-label="Create a secret"
      data-testid="secret-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const l: Record<string, string> = {};
        if (!name.trim()) l.name = 'required';
        if (!value) l.value = 'required';
        setLocal(l);
        errs.clear();
        if (Object.keys(l).length) return;
        setBusy(true);
        const r = await create({ environment: env, name: name.trim(), value });
        setBusy(false);
        if (errs.apply(r.error)) return;
        // The value leaves the page with the request: nothing keeps it.
        setValue('');
        setName('');
        onCreated(r.data?.createSecret.name ?? name);
      }}
    >
      <h2>Create a secret in {env}</h2>
      <ErrorBanner error={errs.message} />
      <div className={s.secretRow}>
        <Field id="secret-name" label="Name" error={err('name')} hint="Letters, digits, . _ -">
          <input
            {...invalid('secret-name', err('name'))}
            value={name}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Field
          id="secret-value"
          label="Value"
          error={err('value')}
          hint="Stored encrypted; never shown again, not even to ADMINs"
        >
          <SecretValue id="secret-value" value={value} onChange={setValue} error={err('value')} />
        </Field>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy} data-testid="secret-create">
          {busy ? 'Storing…' : 'Create secret'}
        </button>
      </div>
    </form>
  );
}

function RotateDialog({
  env,
  name,
  onClose,
}: {
  env: string;
  name: string | null;
  onClose: (rotated: boolean) => void;
}) {
  const [, rotate] = useMutation(AccessRotateSecretMutation);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const errs = useServerErrors(['value']);
  const close = (rotated: boolean) => {
    setValue('');
    errs.clear();
    onClose(rotated);
  };
  return (
    <Dialog
      open={!!name}
      title={`Rotate ${name ?? ''}`}
      onClose={() => close(false)}
      wide
      testId="rotate-dialog"
    >
      <form
        className="stack"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name) return;
          if (!value) return errs.setFields(new Map([['value', 'required']]));
          setBusy(true);
          const r = await rotate({ environment: env, name, value });
          setBusy(false);
          if (!errs.apply(r.error)) close(true);
        }}
      >
        <p className="muted small" style={{ margin: 0 }}>
          A new version; services using it get the new value as their replicas are replaced.
        </p>
        <ErrorBanner error={errs.message} />
        <Field id="rotate-value" label="New value" error={errs.fields.get('value')}>
          <SecretValue id="rotate-value" value={value} onChange={setValue} error={errs.fields.get('value')} />
        </Field>
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <button type="button" onClick={() => close(false)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="rotate-save">
            Rotate
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function SecretList({ env }: { env: string }) {
  const auth = useMe();
  const [{ data, error }, reexecute] = useQuery({
    query: AccessSecretsQuery,
    variables: { environment: env },
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // Services that start or stop using a secret change "used by".
  useRefetchOn((e) => /^service\.(created|updated|removed)/.test(e.kind), refetch, {
    throttleMs: 1000,
    pollMs: 15_000,
  });
  const [, remove] = useMutation(AccessRemoveSecretMutation);
  const [rotating, setRotating] = useState<string | null>(null);
  const [actionErr, setActionErr] = useState<{ name: string; text: string } | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const operator = auth.can('OPERATOR', env);
  const secrets = useMemo(
    () => [...(data?.secrets ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  return (
    <div className="stack" style={{ gap: 14 }}>
      {operator ? (
        <CreateSecretForm
          env={env}
          onCreated={(n) => {
            setFresh(n);
            refetch();
          }}
        />
      ) : (
        <div className="banner warn">
          You are {auth.roleIn(env)?.toLowerCase() ?? 'without a role'} in {env}: creating, rotating and
          removing secrets needs OPERATOR.
        </div>
      )}
      <div className="card tight">
        <h2>Secrets of {env}</h2>
        <div style={{ padding: '0 14px' }}>
          <ErrorBanner error={describeError(error)} retry={error ? refetch : undefined} />
          {actionErr && (
            <div className="banner bad row between" role="alert" data-testid="secret-error">
              <span>
                <strong>{actionErr.name}:</strong> {actionErr.text}
              </span>
              <button type="button" className="small" onClick={() => setActionErr(null)}>
                Dismiss
              </button>
            </div>
          )}
        </div>
        {secrets.length === 0 ? (
          <Empty title="No secrets">
            {error
              ? null
              : 'Secrets reach replicas as files under /run/secrets, and as variables on request.'}
          </Empty>
        ) : (
          <div className="table-wrap">
            <table data-testid="secrets-table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th className="right">Version</th>
                  <th>Updated</th>
                  <th className="hide-phone">Created</th>
                  <th>Used by</th>
                  {operator && <th className="right">Actions</th>}
                </tr>
              </thead>
              <tbody>
                {secrets.map((x) => (
                  <tr
                    key={x.name}
                    data-testid="secret-row"
                    data-name={x.name}
                    className={fresh === x.name ? s.fresh : undefined}
                  >
                    <td>
                      <strong className="mono">{x.name}</strong>
                      <div className="small muted" aria-label="value hidden">
                        ••••••• <span className="hide-phone">(value never shown)</span>
                      </div>
                    </td>
                    <td className="right num" data-testid="secret-version">
                      v{x.version}
                    </td>
                    <td className="small nowrap" title={x.updatedAt}>
                      <Ago iso={x.updatedAt} />
                    </td>
                    <td className="hide-phone small nowrap" title={x.createdAt}>
                      {dateTime(x.createdAt)} <span className="muted">by {x.createdBy}</span>
                    </td>
                    <td>
                      {x.usedBy.length === 0 ? (
                        <span className="muted small">no service</span>
                      ) : (
                        <span className={s.chips}>
                          {x.usedBy.map((svc) => (
                            <Link key={svc} href={`/services/${encodeURIComponent(svc)}`} className="small">
                              <Badge tone="info">{svc}</Badge>
                            </Link>
                          ))}
                        </span>
                      )}
                    </td>
                    {operator && (
                      <td>
                        <div className={s.actions}>
                          <button
                            type="button"
                            className="small"
                            onClick={() => setRotating(x.name)}
                            data-testid="secret-rotate"
                          >
                            Rotate…
                          </button>
                          <ConfirmButton
                            className="small danger"
                            title={`Remove ${x.name}?`}
                            body={
                              x.usedBy.length
                                ? `Still used by ${x.usedBy.join(', ')}: the server will refuse until no service refers to it.`
                                : 'Its value is gone for good.'
                            }
                            confirmLabel="Remove"
                            danger
                            onConfirm={async () => {
                              setActionErr(null);
                              const r = await remove({ environment: env, name: x.name });
                              if (r.error) setActionErr({ name: x.name, text: describeError(r.error) ?? '' });
                              refetch();
                            }}
                            testId="secret-remove"
                          >
                            Remove
                          </ConfirmButton>
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <RotateDialog
        env={env}
        name={rotating}
        onClose={(rotated) => {
          if (rotated) {
            setFresh(rotating);
            refetch();
          }
          setRotating(null);
        }}
      />
    </div>
  );
}

export function SecretsView() {
  const auth = useMe();
  const params = useSearchParams();
  const router = useRouter();
  const path = usePathname() ?? '/access/secrets';
  const envs = auth.environments;
  const env = params.get('env') || envs.find((e) => e.id === 'default')?.id || envs[0]?.id || '';
  if (!envs.length)
    return (
      <div className="card">
        <Empty title="No environment visible">You hold no role in any environment.</Empty>
      </div>
    );
  return (
    <div className="stack" style={{ gap: 14 }}>
      <div className="toolbar" style={{ margin: 0 }}>
        <label htmlFor="secret-env" className="small muted">
          Environment
        </label>
        <select
          id="secret-env"
          value={env}
          onChange={(e) =>
            router.replace(`${path}?env=${encodeURIComponent(e.target.value)}`, { scroll: false })
          }
        >
          {envs.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </div>
      <SecretList key={env} env={env} />
    </div>
  );
}
