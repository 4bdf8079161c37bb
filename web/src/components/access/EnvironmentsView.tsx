'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@urql/next';
import { useMe } from '@/lib/auth';
import { bytes, dateTime } from '@/lib/format';
import { useRefetchOn } from '@/lib/live';
import { Badge, Empty, ErrorBanner, Skeleton } from '../ui';
import { Dialog } from './Dialog';
import { describeError, Field, invalid, useServerErrors } from './form';
import {
  AccessClustersQuery,
  AccessCreateEnvironmentMutation,
  AccessEnvironmentsQuery,
  AccessQuotaUsageQuery,
  AccessSetQuotaMutation,
} from '@/graphql/access';
import { UseBar } from './UseBar';
import s from './access.module.css';

interface Quota {
  maxCpus: number | null;
  maxMemoryBytes: number | null;
  maxServices: number | null;
  maxContainers: number | null;
}

const cpuText = (n: number) => `${+n.toFixed(2)} CPU`;
const countText = (n: number) => String(n);
const memText = (n: number) => bytes(n, n % 1024 ** 2 === 0 && n < 1024 ** 3 ? 0 : 1);

/** Bytes as the API takes them back: "8g", "512m", or plain bytes. */
function memoryInput(n: number | null): string {
  if (n === null) return '';
  if (n % 1024 ** 3 === 0) return `${n / 1024 ** 3}g`;
  if (n % 1024 ** 2 === 0) return `${n / 1024 ** 2}m`;
  return String(n);
}

/** Service changes move the use; refetch on them, throttled, with a slow poll. */
const usageMoves = (e: { kind: string }) =>
  /^(service|task)\./.test(e.kind) ||
  e.kind === 'container.started' ||
  e.kind === 'container.died' ||
  e.kind === 'container.destroyed';

function QuotaUse({ env, version }: { env: string; version: number }) {
  const [{ data, error }, reexecute] = useQuery({
    query: AccessQuotaUsageQuery,
    variables: { environment: env },
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    if (version) refetch();
  }, [version, refetch]);
  useRefetchOn(usageMoves, refetch, { throttleMs: 2000, pollMs: 10_000 });
  const u = data?.quotaUsage;
  if (error) return <ErrorBanner error={describeError(error)} retry={refetch} />;
  if (!u) return <Skeleton height={140} />;
  const q = u.quota;
  return (
    <div className="stack" style={{ gap: 10 }} data-testid="quota-bars" data-env={env}>
      <UseBar label="CPU" used={u.cpus} max={q.maxCpus} format={cpuText} testId="quota-cpu" />
      <UseBar
        label="Memory"
        used={u.memoryBytes}
        max={q.maxMemoryBytes}
        format={memText}
        testId="quota-memory"
      />
      <UseBar
        label="Services"
        used={u.services}
        max={q.maxServices}
        format={countText}
        testId="quota-services"
      />
      <UseBar
        label="Containers"
        used={u.containers}
        max={q.maxContainers}
        format={countText}
        testId="quota-containers"
      />
      {u.unreachableNodes.length > 0 && (
        <span className="small" style={{ color: 'var(--warn)' }}>
          Not counted (unreachable): {u.unreachableNodes.join(', ')}
        </span>
      )}
    </div>
  );
}

const QUOTA_FIELDS = ['maxCpus', 'maxMemory', 'maxServices', 'maxContainers'] as const;

function QuotaDialog({
  env,
  quota,
  onClose,
}: {
  env: string | null;
  quota: Quota | null;
  onClose: (saved: boolean) => void;
}) {
  const [, setQuota] = useMutation(AccessSetQuotaMutation);
  const [v, setV] = useState<Record<(typeof QUOTA_FIELDS)[number], string>>(() => ({
    maxCpus: quota?.maxCpus?.toString() ?? '',
    maxMemory: memoryInput(quota?.maxMemoryBytes ?? null),
    maxServices: quota?.maxServices?.toString() ?? '',
    maxContainers: quota?.maxContainers?.toString() ?? '',
  }));
  const [busy, setBusy] = useState(false);
  const errs = useServerErrors(QUOTA_FIELDS);
  const err = (f: string) => errs.fields.get(f) ?? null;
  const num = (x: string) => (x.trim() === '' ? null : Number(x));
  return (
    <Dialog open={!!env} title={`Quota of ${env ?? ''}`} onClose={() => onClose(false)} testId="quota-dialog">
      <form
        className="stack"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!env) return;
          const local = new Map<string, string>();
          for (const f of ['maxCpus', 'maxServices', 'maxContainers'] as const) {
            const n = num(v[f]);
            if (n !== null && (!Number.isFinite(n) || n < 0))
              local.set(f, 'a number ≥ 0, or empty for no limit');
            else if (n !== null && f !== 'maxCpus' && !Number.isInteger(n)) local.set(f, 'a whole number');
          }
          if (local.size) return errs.setFields(local);
          setBusy(true);
          const r = await setQuota({
            environment: env,
            quota: {
              maxCpus: num(v.maxCpus),
              maxMemory: v.maxMemory.trim() || null,
              maxServices: num(v.maxServices),
              maxContainers: num(v.maxContainers),
            },
          });
          setBusy(false);
          if (!errs.apply(r.error)) onClose(true);
        }}
      >
        <p className="muted small" style={{ margin: 0 }}>
          Empty means no limit. Deploys beyond the quota are refused; what runs keeps running.
        </p>
        <ErrorBanner error={errs.message} />
        <div className="form-grid" style={{ gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' }}>
          <Field id="q-cpus" label="CPUs" error={err('maxCpus')} hint="e.g. 4 or 0.5">
            <input
              {...invalid('q-cpus', err('maxCpus'))}
              inputMode="decimal"
              value={v.maxCpus}
              onChange={(e) => setV({ ...v, maxCpus: e.target.value })}
            />
          </Field>
          <Field id="q-mem" label="Memory" error={err('maxMemory')} hint='e.g. "8g", "512m"'>
            <input
              {...invalid('q-mem', err('maxMemory'))}
              value={v.maxMemory}
              onChange={(e) => setV({ ...v, maxMemory: e.target.value })}
            />
          </Field>
          <Field id="q-services" label="Services" error={err('maxServices')}>
            <input
              {...invalid('q-services', err('maxServices'))}
              inputMode="numeric"
              value={v.maxServices}
              onChange={(e) => setV({ ...v, maxServices: e.target.value })}
            />
          </Field>
          <Field id="q-containers" label="Containers" error={err('maxContainers')}>
            <input
              {...invalid('q-containers', err('maxContainers'))}
              inputMode="numeric"
              value={v.maxContainers}
              onChange={(e) => setV({ ...v, maxContainers: e.target.value })}
            />
          </Field>
        </div>
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <button type="button" onClick={() => onClose(false)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="quota-save">
            Save quota
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function CreateEnvironmentForm({ onCreated }: { onCreated: () => void }) {
  const [, create] = useMutation(AccessCreateEnvironmentMutation);
  const auth = useMe();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const errs = useServerErrors(['name', 'description', 'clusterIds']);
  return (
    <>
      <button type="button" className="primary" onClick={() => setOpen(true)} data-testid="env-new">
        New environment
      </button>
      <Dialog
        open={open}
        title="New environment"
        onClose={() => {
          errs.clear();
          setOpen(false);
        }}
      >
        <form
          className="stack"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!name.trim()) return errs.setFields(new Map([['name', 'required']]));
            setBusy(true);
            const r = await create({ input: { name: name.trim(), description: description.trim() || null } });
            setBusy(false);
            if (errs.apply(r.error)) return;
            setName('');
            setDescription('');
            setOpen(false);
            await auth.refresh();
            onCreated();
          }}
        >
          <p className="muted small" style={{ margin: 0 }}>
            It gets a new, empty cluster of the same name; add nodes to it from Nodes.
          </p>
          <ErrorBanner error={errs.message} />
          <Field id="env-name" label="Name" error={errs.fields.get('name')}>
            <input
              {...invalid('env-name', errs.fields.get('name'))}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoFocus
            />
          </Field>
          <Field id="env-desc" label="Description" error={errs.fields.get('description')}>
            <input id="env-desc" value={description} onChange={(e) => setDescription(e.target.value)} />
          </Field>
          <div className="row" style={{ justifyContent: 'flex-end' }}>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={busy}>
              Create
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

export function EnvironmentsView() {
  const auth = useMe();
  const [{ data, error }, reexecute] = useQuery({ query: AccessEnvironmentsQuery });
  const [{ data: cl }] = useQuery({ query: AccessClustersQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [editing, setEditing] = useState<{ env: string; quota: Quota } | null>(null);
  const [versions, setVersions] = useState<Record<string, number>>({});
  const clusters = useMemo(() => new Map((cl?.clusters ?? []).map((c) => [c.id, c])), [cl]);
  const envs = useMemo(
    () =>
      [...(data?.environments ?? [])].sort((a, b) =>
        a.id === 'default' ? -1 : b.id === 'default' ? 1 : a.name.localeCompare(b.name),
      ),
    [data],
  );
  return (
    <div className="stack" style={{ gap: 14 }}>
      <div className="row between">
        <span className="muted small">
          Roles, quotas, the policy guard and secrets are per environment; each environment groups clusters.
        </span>
        {auth.isGlobalAdmin && <CreateEnvironmentForm onCreated={refetch} />}
      </div>
      <ErrorBanner error={describeError(error)} retry={refetch} />
      {envs.length === 0 && !error && (
        <div className="card">
          <Empty title="No environment visible">You hold no role in any environment.</Empty>
        </div>
      )}
      <div className={s.envGrid}>
        {envs.map((e) => {
          const p = e.policy;
          const admin = auth.can('ADMIN', e.id);
          return (
            <section
              className="card stack"
              key={e.id}
              data-testid="env-card"
              data-env={e.id}
              aria-label={`Environment ${e.name}`}
            >
              <div className="row between" style={{ alignItems: 'flex-start' }}>
                <div>
                  <h2 style={{ margin: 0 }}>{e.name}</h2>
                  <div className="muted small">
                    {e.description || 'No description'} · since {dateTime(e.createdAt)}
                  </div>
                </div>
                <Badge
                  tone={
                    auth.roleIn(e.id) === 'ADMIN' ? 'bad' : auth.roleIn(e.id) === 'OPERATOR' ? 'warn' : 'info'
                  }
                >
                  you: {auth.roleIn(e.id)?.toLowerCase() ?? 'none'}
                </Badge>
              </div>
              <div className={s.envBody}>
                <div>
                  <div className="row between">
                    <h3 style={{ margin: 0 }}>Quota use</h3>
                    {admin && (
                      <button
                        type="button"
                        className="small"
                        onClick={() => setEditing({ env: e.id, quota: e.quota })}
                        data-testid="quota-edit"
                      >
                        Edit quota
                      </button>
                    )}
                  </div>
                  <div style={{ marginTop: 8 }}>
                    <QuotaUse env={e.id} version={versions[e.id] ?? 0} />
                  </div>
                </div>
                <div className="stack">
                  <div>
                    <h3>Clusters</h3>
                    <div className={s.chips}>
                      {e.clusterIds.length === 0 && <span className="muted small">none</span>}
                      {e.clusterIds.map((id) => {
                        const c = clusters.get(id);
                        return (
                          <span
                            className={s.chip}
                            key={id}
                            style={{ paddingRight: 8 }}
                            data-testid="env-cluster"
                          >
                            {c?.name ?? id}
                            {c && (
                              <span className="muted">
                                {' '}
                                · {c.nodeCounts.ready}/{c.nodeCounts.total} nodes ready
                              </span>
                            )}
                          </span>
                        );
                      })}
                    </div>
                  </div>
                  <div>
                    <h3>Policy: workloads may</h3>
                    <ul className={s.policy} data-testid="env-policy">
                      <li data-allowed={p.allowPrivileged}>run privileged</li>
                      <li data-allowed={p.allowHostNetwork}>use the host network</li>
                      <li data-allowed={p.allowHostPid}>use the host PID namespace</li>
                      <li data-allowed={p.allowDockerSocket}>mount docker.sock</li>
                      <li data-allowed={p.allowedCapabilities.length > 0}>
                        add capabilities
                        {p.allowedCapabilities.length > 0 && (
                          <span className="mono small"> {p.allowedCapabilities.join(', ')}</span>
                        )}
                      </li>
                      <li data-allowed={p.bindAllowedPaths === null || p.bindAllowedPaths.length > 0}>
                        bind host paths{' '}
                        <span className="muted small">
                          {p.bindAllowedPaths === null
                            ? '(as the server allows)'
                            : p.bindAllowedPaths.length
                              ? `under ${p.bindAllowedPaths.join(', ')}`
                              : ''}
                        </span>
                      </li>
                    </ul>
                  </div>
                </div>
              </div>
            </section>
          );
        })}
      </div>
      {editing && (
        <QuotaDialog
          key={editing.env}
          env={editing.env}
          quota={editing.quota}
          onClose={(saved) => {
            if (saved) {
              setVersions((v) => ({ ...v, [editing.env]: (v[editing.env] ?? 0) + 1 }));
              refetch();
            }
            setEditing(null);
          }}
        />
      )}
    </div>
  );
}
