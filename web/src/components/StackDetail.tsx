'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from '@urql/next';
import type {
  StackFieldsFragment,
  StackPlanItemFieldsFragment,
  StackWarningFieldsFragment,
} from '@/gql/graphql';
import { DeployStackMutation, RemoveStackMutation, StackComposeQuery, StackQuery } from '@/graphql/stacks';
import { useMe } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { useRefetchOn } from '@/lib/live';
import {
  referencedFiles,
  referencedVariables,
  rollup,
  stackNameError,
  stackProblems,
  yamlProblems,
  type LineMark,
  type StackProblem,
} from '@/lib/stack';
import { Ago } from './Ago';
import { ComposeEditor } from './ComposeEditor';
import { ServiceTable, useLiveServices } from './ServiceList';
import { stackEventIsLive } from './StackList';
import { Badge, ConfirmButton, Empty, ErrorBanner, ProgressBar, StatusBadge } from './ui';

type StackView = StackFieldsFragment & { compose: string };
interface Plan {
  create: StackPlanItemFieldsFragment[];
  update: StackPlanItemFieldsFragment[];
  remove: StackPlanItemFieldsFragment[];
  unchanged: string[];
  warnings: StackWarningFieldsFragment[];
}

const EXAMPLE = `services:
  web:
    image: \${WEB_IMAGE:-local/webapp:v1}
    deploy:
      replicas: 2
    healthcheck:
      test: ["CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:8080/health"]
      interval: 2s
`;

/** The stack page: its status, services with their live status, and the compose editor. */
export function StackDetail({ name }: { name: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: StackQuery, variables: { name } });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn(stackEventIsLive, refetch, { throttleMs: 300, pollMs: 5000 });
  if (error && !data) return <ErrorBanner error={errorMessage(error)} retry={refetch} />;
  if (!data?.stack)
    return (
      <Empty title={`No stack named ${name}`}>
        <p>
          <Link href="/stacks">All stacks</Link>
        </p>
      </Empty>
    );
  return <StackEditorView key={name} stack={data.stack} answer={data} />;
}

/** Editor, variables, plan and deploy of one stack (`stack` null: a new one, named here). */
export function StackEditorView({ stack, answer }: { stack: StackView | null; answer?: unknown }) {
  const router = useRouter();
  const auth = useMe();
  const clusterId = stack?.clusterId ?? 'default';
  const mayDeploy = auth.canInCluster('OPERATOR', clusterId);
  const [name, setName] = useState(stack?.name ?? '');
  const [compose, setCompose] = useState(stack?.compose ?? EXAMPLE);
  const [vars, setVars] = useState<{ name: string; value: string }[]>(() =>
    (stack?.variables ?? []).map((n) => ({ name: n, value: '' })),
  );
  /** Contents of the env_file / secret files the file names, by path (sent with each deploy). */
  const [files, setFiles] = useState<Record<string, string>>({});
  const [removeOrphans, setRemoveOrphans] = useState(false);
  const [removeVolumes, setRemoveVolumes] = useState(false);
  const [plan, setPlan] = useState<Plan | null>(null);
  /** The text and variables the plan was made for: Deploy needs a plan of what is on screen. */
  const [planFor, setPlanFor] = useState<string | null>(null);
  const [problems, setProblems] = useState<StackProblem[]>([]);
  const [busy, setBusy] = useState<'plan' | 'deploy' | 'remove' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [, deploy] = useMutation(DeployStackMutation);
  const [, remove] = useMutation(RemoveStackMutation);

  const services = useLiveServices(stack?.services, answer);
  const totals = rollup(services);
  const filePaths = useMemo(() => referencedFiles(compose), [compose]);
  const envFiles = filePaths.flatMap((path) =>
    files[path] === undefined ? [] : [{ path, content: files[path] }],
  );
  const key = JSON.stringify([compose, vars, envFiles, removeOrphans]);
  const planCurrent = plan !== null && planFor === key;
  const nameError = stack ? null : stackNameError(name);
  const syntax = useMemo(() => yamlProblems(compose), [compose]);
  const missing = referencedVariables(compose).filter(
    (v) => !vars.some((x) => x.name === v) && !new RegExp(`\\$\\{${v}:?[-?]`).test(compose),
  );

  const warnings = plan?.warnings ?? stack?.warnings ?? [];
  const marks: LineMark[] = useMemo(
    () => [
      ...syntax,
      ...problems.flatMap((p) =>
        p.line ? [{ line: p.line, severity: 'error' as const, message: p.message }] : [],
      ),
      ...warnings.flatMap((w) =>
        w.line ? [{ line: w.line, severity: 'warning' as const, message: w.message }] : [],
      ),
    ],
    [syntax, problems, warnings],
  );

  const call = async (dryRun: boolean) => {
    setProblems([]);
    setDone(null);
    const variables = vars.filter((v) => v.name.trim()).map((v) => ({ name: v.name.trim(), value: v.value }));
    const r = await deploy({ name, compose, variables, envFiles, dryRun, removeOrphans });
    if (r.error || !r.data) {
      setProblems(stackProblems(r.error));
      return null;
    }
    return r.data.deployStack;
  };

  const dryRun = async () => {
    setBusy('plan');
    try {
      const res = await call(true);
      if (res) {
        setPlan(res.plan);
        setPlanFor(key);
      }
    } finally {
      setBusy(null);
    }
  };

  const apply = async () => {
    setBusy('deploy');
    try {
      const res = await call(false);
      if (!res) return;
      setPlan(res.plan);
      setPlanFor(null);
      setDone(
        res.applied
          ? `Deployed: ${res.plan.create.length} created, ${res.plan.update.length} updated, ${res.plan.remove.length} removed.`
          : 'Nothing to change.',
      );
      if (!stack) router.push(`/stacks/${encodeURIComponent(name)}`);
    } finally {
      setBusy(null);
    }
  };

  const removeStack = async () => {
    if (!stack) return;
    setBusy('remove');
    try {
      const r = await remove({ name: stack.name, removeVolumes });
      if (r.error) setProblems(stackProblems(r.error));
      else router.push('/stacks');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="stack" style={{ gap: 16 }}>
      {stack && (
        <div className="page-head">
          <div>
            <h1>
              {stack.name} <StatusBadge status={stack.status} testId="stack-status" />
            </h1>
            <div className="sub">
              {stack.services.length} services · {stack.networks.length} networks · {stack.volumes.length}{' '}
              volumes · {stack.secrets.length} secrets · updated <Ago iso={stack.updatedAt} />
            </div>
          </div>
          <div className="row">
            <ExportCompose name={stack.name} />
            {mayDeploy && (
              <ConfirmButton
                danger
                title={`Remove stack ${stack.name}?`}
                confirmLabel="Remove stack"
                testId="remove-stack"
                disabled={busy !== null}
                onConfirm={removeStack}
                body={
                  <div className="stack">
                    <span>
                      Its {stack.services.length} services, their containers
                      {stack.networks.length ? ' and its networks' : ''} are removed on every node.
                    </span>
                    {stack.volumes.length > 0 && (
                      <label className="row">
                        <input
                          type="checkbox"
                          checked={removeVolumes}
                          onChange={(e) => setRemoveVolumes(e.target.checked)}
                          data-testid="remove-volumes"
                        />
                        Also remove its volumes and their data ({stack.volumes.join(', ')})
                      </label>
                    )}
                  </div>
                }
              >
                Remove
              </ConfirmButton>
            )}
          </div>
        </div>
      )}

      {stack && (
        <section className="card tight" aria-labelledby="stack-services">
          <div className="row between" style={{ padding: '10px 12px' }}>
            <h2 id="stack-services" style={{ margin: 0 }}>
              Services
            </h2>
            <div className="row" style={{ minWidth: 200 }}>
              <ProgressBar
                done={totals.healthy}
                total={totals.desired}
                label="Healthy replicas of the stack"
                testId="stack-healthy"
              />
              <span className="small muted num nowrap" data-testid="stack-replicas">
                {totals.healthy}/{totals.desired} healthy
              </span>
            </div>
          </div>
          {services.length ? (
            <ServiceTable services={[...services].sort((a, b) => a.name.localeCompare(b.name))} />
          ) : (
            <Empty title="No services in this stack" />
          )}
        </section>
      )}

      <section className="card stack" aria-labelledby="compose-head" style={{ gap: 12 }}>
        <h2 id="compose-head" style={{ margin: 0 }}>
          Compose file
        </h2>
        {!stack && (
          <div className="field">
            <label htmlFor="stack-name">Stack name</label>
            <input
              id="stack-name"
              value={name}
              onChange={(e) => setName(e.target.value.trim())}
              aria-invalid={name ? Boolean(nameError) : undefined}
              aria-describedby="stack-name-error"
            />
            {name && nameError && (
              <span className="field-error" id="stack-name-error">
                {nameError}
              </span>
            )}
          </div>
        )}
        <ComposeEditor
          value={compose}
          onChange={setCompose}
          marks={marks}
          readOnly={!mayDeploy}
          label="Compose file (YAML)"
        />
        <VariablesEditor vars={vars} setVars={setVars} readOnly={!mayDeploy} missing={missing} />
        {filePaths.length > 0 && (
          <FilesEditor paths={filePaths} files={files} setFiles={setFiles} readOnly={!mayDeploy} />
        )}

        {(syntax.length > 0 || problems.length > 0) && (
          <div className="banner bad" role="alert" data-testid="stack-errors">
            <strong>{problems.length ? 'The server refused the file' : 'The YAML does not parse'}</strong>
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {[
                ...syntax.map((s) => ({ line: s.line, message: s.message, field: null, key: null })),
                ...problems,
              ].map((p, i) => (
                <li key={i} data-testid="stack-error" data-line={p.line ?? ''}>
                  {p.line ? <span className="mono">line {p.line}: </span> : null}
                  {p.message}
                  {p.field && <span className="muted small mono"> ({p.field})</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
        {warnings.length > 0 && <WarningList warnings={warnings} />}
        {done && (
          <div className="banner ok" role="status" data-testid="stack-deployed">
            {done}
          </div>
        )}

        {mayDeploy ? (
          <div className="row" style={{ flexWrap: 'wrap' }}>
            <button
              type="button"
              onClick={dryRun}
              disabled={busy !== null || syntax.length > 0 || Boolean(nameError) || !compose.trim()}
              data-testid="plan-stack"
            >
              {busy === 'plan' ? 'Planning…' : 'Plan (dry run)'}
            </button>
            <button
              type="button"
              className="primary"
              onClick={apply}
              disabled={busy !== null || !planCurrent}
              title={planCurrent ? undefined : 'Make a plan of this file first'}
              data-testid="deploy-stack"
            >
              {busy === 'deploy' ? 'Deploying…' : 'Deploy'}
            </button>
            {stack && (
              <label className="row small">
                <input
                  type="checkbox"
                  checked={removeOrphans}
                  onChange={(e) => setRemoveOrphans(e.target.checked)}
                  data-testid="remove-orphans"
                />
                Remove services that left the file
              </label>
            )}
            {busy === 'deploy' && (
              <span className="small muted" role="status" data-testid="deploy-progress">
                Admitting every service, then creating and updating them in order…
              </span>
            )}
            {!planCurrent && plan && (
              <span className="small muted">The file changed since this plan: plan again.</span>
            )}
          </div>
        ) : (
          <div className="banner warn" role="note" data-testid="stack-readonly" style={WARN_TEXT}>
            Deploying a stack needs the OPERATOR role (your role:{' '}
            {auth.roleIn(auth.environmentOf(clusterId)?.id) ?? 'none'}).
          </div>
        )}
      </section>

      {plan && <PlanView plan={plan} stale={!planCurrent} />}
    </div>
  );
}

function VariablesEditor({
  vars,
  setVars,
  readOnly,
  missing,
}: {
  vars: { name: string; value: string }[];
  setVars: (v: { name: string; value: string }[]) => void;
  readOnly: boolean;
  missing: string[];
}) {
  const set = (i: number, k: 'name' | 'value', v: string) =>
    setVars(vars.map((x, j) => (j === i ? { ...x, [k]: v } : x)));
  return (
    <fieldset className="stack" style={{ gap: 6, border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600 }}>Variables</legend>
      <span className="small muted">
        Values for <span className="mono">{'${NAME}'}</span> in the file; they are sent with each deploy and
        not shown again (the server keeps their names only).
      </span>
      {vars.map((v, i) => (
        <div className="row" key={i} data-testid="stack-variable">
          <input
            aria-label={`variable ${i + 1} name`}
            className="mono"
            value={v.name}
            readOnly={readOnly}
            onChange={(e) => set(i, 'name', e.target.value)}
          />
          <input
            aria-label={`variable ${i + 1} value`}
            value={v.value}
            readOnly={readOnly}
            onChange={(e) => set(i, 'value', e.target.value)}
          />
          {!readOnly && (
            <button
              type="button"
              className="small"
              aria-label={`Remove variable ${i + 1}`}
              onClick={() => setVars(vars.filter((_, j) => j !== i))}
            >
              ✕
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <div className="row" style={{ flexWrap: 'wrap' }}>
          <button type="button" className="small" onClick={() => setVars([...vars, { name: '', value: '' }])}>
            Add variable
          </button>
          {missing.map((m) => (
            <button
              key={m}
              type="button"
              className="small"
              onClick={() => setVars([...vars, { name: m, value: '' }])}
              title={`The file uses \${${m}} without a default`}
            >
              + {m}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** The contents of the files the compose file names (env_file, secrets' file), one box each. */
function FilesEditor({
  paths,
  files,
  setFiles,
  readOnly,
}: {
  paths: string[];
  files: Record<string, string>;
  setFiles: (f: Record<string, string>) => void;
  readOnly: boolean;
}) {
  return (
    <fieldset className="stack" style={{ gap: 6, border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600 }}>Files</legend>
      <span className="small muted">
        The server does not read its own disk: paste the content of each file the compose file names
        (env_file, secrets). Like variables, they are sent with each deploy and not shown again.
      </span>
      {paths.map((path, i) => (
        <div className="field" key={path} data-testid="stack-file" data-path={path}>
          <label htmlFor={`stack-file-${i}`} className="mono">
            {path}
          </label>
          <textarea
            id={`stack-file-${i}`}
            rows={3}
            className="mono"
            value={files[path] ?? ''}
            readOnly={readOnly}
            placeholder={path.endsWith('.env') ? 'KEY=value' : undefined}
            onChange={(e) => setFiles({ ...files, [path]: e.target.value })}
          />
        </div>
      ))}
    </fieldset>
  );
}

/** A warning banner's text in the body colour: --warn on --warn-bg is under AA contrast in light. */
const WARN_TEXT = { color: 'var(--text)', borderLeft: '3px solid var(--warn)' } as const;

function WarningList({ warnings }: { warnings: StackWarningFieldsFragment[] }) {
  return (
    <div className="banner warn" data-testid="stack-warnings" style={WARN_TEXT}>
      <strong>
        {warnings.length} {warnings.length === 1 ? 'key is' : 'keys are'} not honoured
      </strong>
      <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
        {warnings.map((w, i) => (
          <li key={i} data-testid="stack-warning" data-path={w.path} data-line={w.line ?? ''}>
            {w.line ? <span className="mono">line {w.line}: </span> : null}
            <span className="mono">{w.path}</span> — {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A plan value (JSON, null: absent) as people read it: a string without its quotes. */
function shown(json: string | null): string {
  if (json === null) return '—';
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'string' ? v : json;
  } catch {
    return json;
  }
}

const SECTIONS = [
  { key: 'create', title: 'Create', tone: 'ok' },
  { key: 'update', title: 'Update', tone: 'info' },
  { key: 'remove', title: 'Remove', tone: 'bad' },
] as const;

/** The dry run's plan as a diff: what is created, updated (field by field), removed, left alone. */
function PlanView({ plan, stale }: { plan: Plan; stale: boolean }) {
  const nothing = !plan.create.length && !plan.update.length && !plan.remove.length;
  return (
    <section
      className="card stack"
      aria-labelledby="plan-head"
      data-testid="stack-plan"
      data-stale={stale}
      style={{ gap: 10, opacity: stale ? 0.7 : 1 }}
    >
      <h2 id="plan-head" style={{ margin: 0 }}>
        Plan{' '}
        <span className="small muted">
          {plan.create.length} create · {plan.update.length} update · {plan.remove.length} remove ·{' '}
          {plan.unchanged.length} unchanged
        </span>
      </h2>
      {nothing && <p className="muted">Nothing changes: every service is as the file says.</p>}
      {SECTIONS.map(({ key, title, tone }) =>
        plan[key].length ? (
          <div key={key} className="stack" style={{ gap: 6 }} data-testid={`plan-${key}`}>
            <h3 style={{ margin: 0, fontSize: 14 }}>{title}</h3>
            {plan[key].map((it) => (
              <div
                key={`${it.kind}/${it.name}`}
                className="stack"
                style={{ gap: 4 }}
                data-testid="plan-item"
                data-kind={it.kind}
                data-name={it.name}
              >
                <div className="row">
                  <Badge tone={tone}>{key === 'create' ? '+' : key === 'remove' ? '−' : '~'}</Badge>
                  <span className="muted small">{it.kind}</span>
                  <strong className="mono">{it.name}</strong>
                </div>
                {it.diff.length > 0 && (
                  <div className="table-wrap">
                    <table className="small" aria-label={`Changes to ${it.kind} ${it.name}`}>
                      <thead>
                        <tr>
                          <th>Field</th>
                          <th>From</th>
                          <th>To</th>
                        </tr>
                      </thead>
                      <tbody>
                        {it.diff.map((d) => (
                          <tr key={d.field} data-testid="plan-change" data-field={d.field}>
                            <td className="mono">{d.field}</td>
                            <td className="mono" style={{ color: 'var(--bad)' }}>
                              {shown(d.from)}
                            </td>
                            <td className="mono" style={{ color: 'var(--ok)' }}>
                              {shown(d.to)}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </div>
            ))}
          </div>
        ) : null,
      )}
      {plan.remove.length > 0 && (
        <p className="small muted">Services are removed only with “Remove services that left the file”.</p>
      )}
      {plan.unchanged.length > 0 && (
        <div className="small" data-testid="plan-unchanged">
          <span className="muted">Unchanged: </span>
          <span className="mono">{plan.unchanged.join(', ')}</span>
        </div>
      )}
    </section>
  );
}

/**
 * "Export compose": the file the server writes for what runs (stackCompose), shown and offered
 * as a download, so that a stack deployed from the dashboard can be kept in git.
 */
function ExportCompose({ name }: { name: string }) {
  const client = useClient();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const url = useMemo(
    () => (text === null ? null : URL.createObjectURL(new Blob([text], { type: 'application/yaml' }))),
    [text],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await client
        .query(StackComposeQuery, { name }, { requestPolicy: 'network-only' })
        .toPromise();
      if (r.error || !r.data) setError(errorMessage(r.error) ?? 'No answer.');
      else setText(r.data.stackCompose);
    } finally {
      setBusy(false);
      if (!dialog.current?.open) dialog.current?.showModal();
    }
  };
  return (
    <>
      <button type="button" onClick={load} disabled={busy} data-testid="export-compose">
        {busy ? 'Exporting…' : 'Export compose'}
      </button>
      <dialog
        ref={dialog}
        aria-label={`Compose file of ${name}`}
        data-testid="stack-export"
        style={{ maxWidth: 'min(900px, 94vw)' }}
      >
        <h2>Compose file of {name}</h2>
        {error ? (
          <div className="banner bad" role="alert">
            {error}
          </div>
        ) : (
          <>
            <p className="small muted">What runs now, written as a compose file: keep it in git.</p>
            <pre
              className="mono small"
              tabIndex={0}
              data-testid="stack-export-text"
              style={{ maxHeight: '60vh', overflow: 'auto', whiteSpace: 'pre' }}
            >
              {text}
            </pre>
          </>
        )}
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          {url && (
            <a
              className="btn primary"
              href={url}
              download={`${name}.compose.yml`}
              data-testid="stack-export-download"
            >
              Download {name}.compose.yml
            </a>
          )}
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
