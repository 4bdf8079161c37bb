'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@urql/next';
import type { Role } from '@/gql/graphql';
import { useMe } from '@/lib/auth';
import { dateTime } from '@/lib/format';
import { Ago } from '../Ago';
import { Badge, ConfirmButton, Empty, ErrorBanner } from '../ui';
import { Dialog } from './Dialog';
import { describeError, Field, invalid, useServerErrors } from './form';
import {
  AccessCreateUserMutation,
  AccessRemoveRoleBindingMutation,
  AccessRemoveUserMutation,
  AccessRoleBindingsQuery,
  AccessSetRoleBindingMutation,
  AccessUpdateUserMutation,
  AccessUsersQuery,
} from '@/graphql/access';
import { ALL_ENVIRONMENTS, envLabel, ROLES, roleTone } from './roles';
import s from './access.module.css';

interface RoleRow {
  environment: string;
  role: Role;
}

function RoleChips({ roles }: { roles: readonly RoleRow[] }) {
  if (!roles.length) return <span className="muted small">no role: cannot see anything</span>;
  return (
    <span className={s.chips}>
      {roles.map((r) => (
        <Badge key={r.environment} tone={roleTone(r.role)} testId="user-role">
          {envLabel(r.environment)}: {r.role.toLowerCase()}
        </Badge>
      ))}
    </span>
  );
}

/** Environment choices for a binding: every environment (`*`) first, then each by name. */
function EnvOptions({ envs, star }: { envs: { id: string; name: string }[]; star: boolean }) {
  return (
    <>
      {star && <option value={ALL_ENVIRONMENTS}>* (every environment)</option>}
      {envs.map((e) => (
        <option key={e.id} value={e.id}>
          {e.name}
        </option>
      ))}
    </>
  );
}

const CREATE_FIELDS = ['username', 'password', 'roles'] as const;

function CreateUserForm({ onCreated }: { onCreated: (name: string) => void }) {
  const auth = useMe();
  const [, create] = useMutation(AccessCreateUserMutation);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<RoleRow[]>([
    { environment: auth.environments[0]?.id ?? 'default', role: 'VIEWER' },
  ]);
  const [busy, setBusy] = useState(false);
  const errs = useServerErrors(CREATE_FIELDS);
  const [local, setLocal] = useState<Record<string, string>>({});
  const err = (f: string) => local[f] ?? errs.fields.get(f) ?? null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const l: Record<string, string> = {};
    if (!username.trim()) l.username = 'required';
    if (password.length < 8) l.password = 'at least 8 characters';
    setLocal(l);
    errs.clear();
    if (Object.keys(l).length) return;
    setBusy(true);
    const r = await create({ input: { username: username.trim(), password, roles } });
    setBusy(false);
    if (errs.apply(r.error)) return;
    setUsername('');
    setPassword('');
    onCreated(r.data?.createUser.username ?? username);
  };

  return (
    <form
      className="card stack"
      onSubmit={submit}
      noValidate
      aria-label="Create a user"
      data-testid="user-form"
    >
      <h2>Create a user</h2>
      <ErrorBanner error={errs.message} />
      <div className={s.formRow}>
        <Field id="user-username" label="Username" error={err('username')}>
          <input
            {...invalid('user-username', err('username'))}
            value={username}
            autoComplete="off"
            onChange={(e) => setUsername(e.target.value)}
          />
        </Field>
        <Field id="user-password" label="Password" error={err('password')} hint="At least 8 characters">
          <input
            {...invalid('user-password', err('password'))}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
      </div>
      <fieldset>
        <legend>Initial roles</legend>
        <div className="stack" style={{ gap: 6 }}>
          {roles.map((r, i) => (
            <div className="row" key={i}>
              <label className="sr-only" htmlFor={`user-role-env-${i}`}>
                Environment {i + 1}
              </label>
              <select
                id={`user-role-env-${i}`}
                value={r.environment}
                onChange={(e) =>
                  setRoles((rs) => rs.map((x, j) => (j === i ? { ...x, environment: e.target.value } : x)))
                }
              >
                <EnvOptions envs={auth.environments} star />
              </select>
              <label className="sr-only" htmlFor={`user-role-role-${i}`}>
                Role {i + 1}
              </label>
              <select
                id={`user-role-role-${i}`}
                value={r.role}
                onChange={(e) =>
                  setRoles((rs) => rs.map((x, j) => (j === i ? { ...x, role: e.target.value as Role } : x)))
                }
              >
                {ROLES.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="small"
                aria-label={`Remove role ${i + 1}`}
                onClick={() => setRoles((rs) => rs.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            </div>
          ))}
          <div className="row">
            <button
              type="button"
              className="small"
              onClick={() =>
                setRoles((rs) => [
                  ...rs,
                  { environment: auth.environments[0]?.id ?? 'default', role: 'VIEWER' },
                ])
              }
            >
              + Add a role
            </button>
            <span className="hint">Without a role the user can sign in but see nothing.</span>
          </div>
          {err('roles') && (
            <span className="field-error" role="alert">
              {err('roles')}
            </span>
          )}
        </div>
      </fieldset>
      <div className="row">
        <button type="submit" className="primary" disabled={busy} data-testid="user-create">
          {busy ? 'Creating…' : 'Create user'}
        </button>
      </div>
    </form>
  );
}

function PasswordDialog({
  user,
  onClose,
}: {
  user: { id: string; username: string } | null;
  onClose: (changed: boolean) => void;
}) {
  const [, update] = useMutation(AccessUpdateUserMutation);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const errs = useServerErrors(['password']);
  const close = (changed: boolean) => {
    setPassword('');
    errs.clear();
    onClose(changed);
  };
  return (
    <Dialog open={!!user} title={`New password for ${user?.username ?? ''}`} onClose={() => close(false)}>
      <form
        className="stack"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!user) return;
          if (password.length < 8) return errs.setFields(new Map([['password', 'at least 8 characters']]));
          setBusy(true);
          const r = await update({ id: user.id, input: { password } });
          setBusy(false);
          if (!errs.apply(r.error)) close(true);
        }}
      >
        <p className="muted small" style={{ margin: 0 }}>
          Their open sessions end; API tokens keep working.
        </p>
        <ErrorBanner error={errs.message} />
        <Field id="pw-new" label="New password" error={errs.fields.get('password')}>
          <input
            {...invalid('pw-new', errs.fields.get('password'))}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoFocus
          />
        </Field>
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <button type="button" onClick={() => close(false)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Set password
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Users: who may sign in, and what each holds. Only an ADMIN of every environment manages them. */
function UserTable({
  flash,
  version,
  onChange,
}: {
  flash: string | null;
  version: number;
  onChange: () => void;
}) {
  const auth = useMe();
  const [{ data, error }, reexecute] = useQuery({ query: AccessUsersQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    if (version) refetch();
  }, [version, refetch]);
  const [, update] = useMutation(AccessUpdateUserMutation);
  const [, remove] = useMutation(AccessRemoveUserMutation);
  const [actionErr, setActionErr] = useState<string | null>(null);
  const [pwFor, setPwFor] = useState<{ id: string; username: string } | null>(null);
  const users = useMemo(
    () => [...(data?.users ?? [])].sort((a, b) => a.username.localeCompare(b.username)),
    [data],
  );
  return (
    <div className="card tight">
      <h2>Users</h2>
      <div style={{ padding: '0 14px' }}>
        <ErrorBanner error={describeError(error) ?? actionErr} retry={error ? refetch : undefined} />
      </div>
      {users.length === 0 ? (
        <Empty title="No users">{error ? null : 'Create the first one above.'}</Empty>
      ) : (
        <div className="table-wrap">
          <table data-testid="users-table">
            <thead>
              <tr>
                <th>Username</th>
                <th>Status</th>
                <th>Roles</th>
                <th className="hide-phone">Created</th>
                <th className="hide-phone">Last sign-in</th>
                <th className="right">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => {
                const self = u.id === auth.me?.userId;
                return (
                  <tr
                    key={u.id}
                    data-testid="user-row"
                    data-name={u.username}
                    className={flash === u.username ? s.fresh : undefined}
                  >
                    <td>
                      <strong>{u.username}</strong>
                      {self && (
                        <span className="muted small" data-testid="user-self">
                          {' '}
                          · you
                        </span>
                      )}
                    </td>
                    <td>
                      {u.disabled ? (
                        <Badge tone="bad" testId="user-status">
                          disabled
                        </Badge>
                      ) : (
                        <Badge tone="ok" testId="user-status">
                          active
                        </Badge>
                      )}
                    </td>
                    <td>
                      <RoleChips roles={u.roles} />
                    </td>
                    <td className="hide-phone small nowrap" title={u.createdAt}>
                      {dateTime(u.createdAt)}
                    </td>
                    <td className="hide-phone small nowrap">
                      {u.lastLoginAt ? <Ago iso={u.lastLoginAt} /> : <span className="muted">never</span>}
                    </td>
                    <td>
                      <div className={s.actions}>
                        <button type="button" className="small" onClick={() => setPwFor(u)}>
                          Password…
                        </button>
                        <ConfirmButton
                          className="small"
                          title={`${u.disabled ? 'Enable' : 'Disable'} ${u.username}?`}
                          body={
                            u.disabled
                              ? 'They can sign in again; their tokens work again.'
                              : 'They cannot sign in; their sessions and API tokens stop working.'
                          }
                          confirmLabel={u.disabled ? 'Enable' : 'Disable'}
                          danger={!u.disabled}
                          disabled={self}
                          onConfirm={async () => {
                            setActionErr(null);
                            const r = await update({ id: u.id, input: { disabled: !u.disabled } });
                            setActionErr(describeError(r.error));
                            refetch();
                          }}
                          testId="user-toggle"
                        >
                          {u.disabled ? 'Enable' : 'Disable'}
                        </ConfirmButton>
                        <ConfirmButton
                          className="small danger"
                          title={`Remove ${u.username}?`}
                          body="The user goes with their sessions, API tokens and role bindings. The audit log keeps what they did."
                          confirmLabel="Remove"
                          danger
                          disabled={self}
                          onConfirm={async () => {
                            setActionErr(null);
                            const r = await remove({ id: u.id });
                            setActionErr(describeError(r.error));
                            refetch();
                            onChange();
                          }}
                          testId="user-remove"
                        >
                          Remove
                        </ConfirmButton>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <PasswordDialog
        user={pwFor}
        onClose={() => {
          setPwFor(null);
        }}
      />
    </div>
  );
}

/** Role bindings per environment: bind, change, unbind (ADMIN of that environment). */
function RoleBindings({ version, onChange }: { version: number; onChange: () => void }) {
  const auth = useMe();
  const [{ data, error }, reexecute] = useQuery({ query: AccessRoleBindingsQuery, variables: {} });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    if (version) refetch();
  }, [version, refetch]);
  const [, bind] = useMutation(AccessSetRoleBindingMutation);
  const [, unbind] = useMutation(AccessRemoveRoleBindingMutation);
  const adminEnvs = auth.environments.filter((e) => auth.can('ADMIN', e.id));
  const [filter, setFilter] = useState('');
  const [user, setUser] = useState('');
  const [env, setEnv] = useState(adminEnvs[0]?.id ?? ALL_ENVIRONMENTS);
  const [role, setRole] = useState<Role>('VIEWER');
  const [rowErr, setRowErr] = useState<string | null>(null);
  const errs = useServerErrors(['user', 'environment', 'role']);
  const [busy, setBusy] = useState(false);

  const rows = useMemo(
    () =>
      [...(data?.roleBindings ?? [])]
        .filter((b) => !filter || b.environment === filter)
        .sort(
          (a, b) =>
            (a.environment === '*'
              ? -1
              : b.environment === '*'
                ? 1
                : a.environment.localeCompare(b.environment)) || a.username.localeCompare(b.username),
        ),
    [data, filter],
  );
  const done = (self: boolean) => {
    refetch();
    onChange();
    if (self) void auth.refresh();
  };
  return (
    <div className="card tight" data-testid="role-bindings">
      <h2>Role bindings per environment</h2>
      <div className="stack" style={{ padding: '0 14px 12px' }}>
        <ErrorBanner error={describeError(error) ?? rowErr} retry={error ? refetch : undefined} />
        <form
          className="row"
          style={{ alignItems: 'flex-start' }}
          aria-label="Bind a role"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!user.trim()) return errs.setFields(new Map([['user', 'required']]));
            setBusy(true);
            const r = await bind({ user: user.trim(), environment: env, role });
            setBusy(false);
            if (errs.apply(r.error)) return;
            setUser('');
            done(r.data?.setRoleBinding.userId === auth.me?.userId);
          }}
        >
          <Field id="rb-user" label="User (name or id)" error={errs.fields.get('user')}>
            <input
              {...invalid('rb-user', errs.fields.get('user'))}
              value={user}
              onChange={(e) => setUser(e.target.value)}
              autoComplete="off"
            />
          </Field>
          <Field id="rb-env" label="Environment" error={errs.fields.get('environment')}>
            <select
              {...invalid('rb-env', errs.fields.get('environment'))}
              value={env}
              onChange={(e) => setEnv(e.target.value)}
            >
              <EnvOptions envs={adminEnvs} star={auth.isGlobalAdmin} />
            </select>
          </Field>
          <Field id="rb-role" label="Role" error={errs.fields.get('role')}>
            <select id="rb-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </Field>
          <div className="field">
            <span className="sr-only">Bind</span>
            <button
              type="submit"
              className="primary"
              disabled={busy}
              style={{ marginTop: 21 }}
              data-testid="rb-bind"
            >
              Bind
            </button>
          </div>
        </form>
        <ErrorBanner error={errs.message} />
        <div className="row">
          <label className="small muted" htmlFor="rb-filter">
            Show
          </label>
          <select id="rb-filter" value={filter} onChange={(e) => setFilter(e.target.value)}>
            <option value="">all environments</option>
            <EnvOptions envs={auth.environments} star />
          </select>
        </div>
      </div>
      {rows.length === 0 ? (
        <Empty title="No role bindings">{filter ? 'None in this environment.' : null}</Empty>
      ) : (
        <div className="table-wrap">
          <table data-testid="bindings-table">
            <thead>
              <tr>
                <th>Environment</th>
                <th>User</th>
                <th>Role</th>
                <th className="right">Unbind</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => {
                const mayEdit = b.environment === '*' ? auth.isGlobalAdmin : auth.can('ADMIN', b.environment);
                const self = b.userId === auth.me?.userId;
                return (
                  <tr
                    key={`${b.environment}/${b.userId}`}
                    data-testid="binding-row"
                    data-user={b.username}
                    data-env={b.environment}
                  >
                    <td>{b.environment === '*' ? <em>* every environment</em> : b.environment}</td>
                    <td>
                      {b.username}
                      {self && <span className="muted small"> · you</span>}
                    </td>
                    <td>
                      {mayEdit ? (
                        <>
                          <label className="sr-only" htmlFor={`rb-${b.environment}-${b.userId}`}>
                            Role of {b.username} in {envLabel(b.environment)}
                          </label>
                          <select
                            id={`rb-${b.environment}-${b.userId}`}
                            value={b.role}
                            onChange={async (e) => {
                              setRowErr(null);
                              const r = await bind({
                                user: b.userId,
                                environment: b.environment,
                                role: e.target.value as Role,
                              });
                              setRowErr(describeError(r.error));
                              done(self);
                            }}
                          >
                            {ROLES.map((x) => (
                              <option key={x} value={x}>
                                {x}
                              </option>
                            ))}
                          </select>
                        </>
                      ) : (
                        <Badge tone={roleTone(b.role)}>{b.role.toLowerCase()}</Badge>
                      )}
                    </td>
                    <td className="right">
                      {mayEdit && (
                        <ConfirmButton
                          className="small danger"
                          title={`Unbind ${b.username} from ${envLabel(b.environment)}?`}
                          body={
                            self
                              ? 'This is your own role: you may lose access to this page.'
                              : 'Their open subscriptions reconnect with what remains.'
                          }
                          confirmLabel="Unbind"
                          danger
                          onConfirm={async () => {
                            setRowErr(null);
                            const r = await unbind({ user: b.userId, environment: b.environment });
                            setRowErr(describeError(r.error));
                            done(self);
                          }}
                          testId="rb-unbind"
                        >
                          Unbind
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
  );
}

export function UsersView() {
  const auth = useMe();
  const [flash, setFlash] = useState<string | null>(null);
  const [users, setUsers] = useState(0);
  const [bindings, setBindings] = useState(0);
  if (!auth.isAdmin)
    return (
      <div className="card">
        <Empty title="ADMIN only">
          Users and role bindings are managed by an ADMIN. You hold{' '}
          {auth.roleIn() ? auth.roleIn()!.toLowerCase() : 'no role'} at most.
        </Empty>
      </div>
    );
  return (
    <div className="stack" style={{ gap: 14 }}>
      {auth.isGlobalAdmin ? (
        <>
          <CreateUserForm
            onCreated={(n) => {
              setFlash(n);
              setUsers((v) => v + 1);
              setBindings((v) => v + 1);
            }}
          />
          <UserTable flash={flash} version={users} onChange={() => setBindings((v) => v + 1)} />
        </>
      ) : (
        <div className="banner warn">
          Creating, disabling and removing users needs ADMIN in every environment; you can bind roles in the
          environments where you are ADMIN.
        </div>
      )}
      <RoleBindings version={bindings} onChange={() => setUsers((v) => v + 1)} />
    </div>
  );
}
