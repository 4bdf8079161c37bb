'use client';
import Link from 'next/link';
import { useMemo, useRef, useState } from 'react';
import type { CombinedError } from '@urql/next';
import type { ServiceSpecInput } from '@/gql/graphql';
import { errorMessage, fieldErrors, fieldSentence, type FieldError } from '@/lib/errors';
import {
  emptyForm,
  toSpecInput,
  validateForm,
  type AnalysisForm,
  type KV,
  type ProgressiveForm,
  type ServiceForm,
  type UpdateForm,
} from '@/lib/spec';
import { Err, Field, fieldProps, type Ctx } from './form-fields';
import { IngressFields, ingressPaths } from './IngressFields';

function KVRows({
  ctx,
  rows,
  field,
  onChange,
  keyLabel,
}: {
  ctx: Ctx;
  rows: KV[];
  field: string;
  onChange: (r: KV[]) => void;
  keyLabel: string;
}) {
  return (
    <div className="stack" style={{ gap: 6 }}>
      {rows.map((r, i) => (
        <div className="row" key={i} style={{ alignItems: 'flex-start' }}>
          <div className="stack" style={{ gap: 2, flex: 1 }}>
            <input
              aria-label={`${keyLabel} ${i + 1} key`}
              placeholder="KEY"
              value={r.key}
              {...fieldProps(ctx, `${field}[${i}].key`)}
              onChange={(e) => onChange(rows.map((x, j) => (j === i ? { ...x, key: e.target.value } : x)))}
            />
            <Err ctx={ctx} path={`${field}[${i}].key`} />
          </div>
          <div className="stack" style={{ gap: 2, flex: 2 }}>
            <input
              aria-label={`${keyLabel} ${i + 1} value`}
              placeholder="value"
              value={r.value}
              {...fieldProps(ctx, `${field}[${i}].value`)}
              onChange={(e) => onChange(rows.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))}
            />
            <Err ctx={ctx} path={`${field}[${i}].value`} />
          </div>
          <button
            type="button"
            className="small"
            aria-label={`Remove ${keyLabel} ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="small" onClick={() => onChange([...rows, { key: '', value: '' }])}>
          + Add {keyLabel}
        </button>
      </div>
    </div>
  );
}

function UpdateFields({
  ctx,
  value,
  field,
  onChange,
}: {
  ctx: Ctx;
  value: UpdateForm;
  field: string;
  onChange: (u: UpdateForm) => void;
}) {
  const set = (k: keyof UpdateForm) => (e: { target: { value: string } }) =>
    onChange({ ...value, [k]: e.target.value });
  return (
    <div className="form-grid">
      <Field ctx={ctx} path={`${field}.parallelism`} label="Parallelism" hint="tasks at once; 0 = all">
        <input
          inputMode="numeric"
          value={value.parallelism}
          onChange={set('parallelism')}
          {...fieldProps(ctx, `${field}.parallelism`)}
        />
      </Field>
      <Field ctx={ctx} path={`${field}.delayMs`} label="Delay (ms)" hint="between batches">
        <input
          inputMode="numeric"
          value={value.delayMs}
          onChange={set('delayMs')}
          {...fieldProps(ctx, `${field}.delayMs`)}
        />
      </Field>
      <Field
        ctx={ctx}
        path={`${field}.monitorMs`}
        label="Monitor (ms)"
        hint="a failure this soon after ready counts"
      >
        <input
          inputMode="numeric"
          value={value.monitorMs}
          onChange={set('monitorMs')}
          {...fieldProps(ctx, `${field}.monitorMs`)}
        />
      </Field>
      <Field
        ctx={ctx}
        path={`${field}.minReadyMs`}
        label="Min ready (ms)"
        hint="ready this long before the next batch starts"
      >
        <input
          inputMode="numeric"
          value={value.minReadyMs}
          onChange={set('minReadyMs')}
          {...fieldProps(ctx, `${field}.minReadyMs`)}
        />
      </Field>
      <Field ctx={ctx} path={`${field}.maxFailureRatio`} label="Max failure ratio" hint="0..1">
        <input
          inputMode="decimal"
          value={value.maxFailureRatio}
          onChange={set('maxFailureRatio')}
          {...fieldProps(ctx, `${field}.maxFailureRatio`)}
        />
      </Field>
      <Field ctx={ctx} path={`${field}.failureAction`} label="On failure">
        <select
          value={value.failureAction}
          onChange={set('failureAction')}
          {...fieldProps(ctx, `${field}.failureAction`)}
        >
          <option value="ROLLBACK">roll back</option>
          <option value="PAUSE">pause</option>
          <option value="CONTINUE">continue</option>
        </select>
      </Field>
      <Field ctx={ctx} path={`${field}.order`} label="Order">
        <select value={value.order} onChange={set('order')} {...fieldProps(ctx, `${field}.order`)}>
          <option value="STOP_FIRST">stop first</option>
          <option value="START_FIRST">start first</option>
        </select>
      </Field>
    </div>
  );
}

const ANALYSIS_FIELDS: { key: keyof AnalysisForm; label: string; hint: string }[] = [
  {
    key: 'maxErrorRateIncrease',
    label: 'Max error-rate increase',
    hint: 'canary minus stable, 0..1; empty: 0.05',
  },
  { key: 'maxP95Ratio', label: 'Max p95 ratio', hint: 'canary p95 / stable p95; empty: 2' },
  { key: 'minP95IncreaseMs', label: 'Min p95 increase (ms)', hint: 'smaller is noise; empty: 50' },
  { key: 'minRequests', label: 'Min requests', hint: 'per step before judging; empty: 20' },
];

/** The canary and blue-green settings of update (the ingress splits the requests). */
function ProgressiveFields({
  ctx,
  value,
  published,
  onChange,
}: {
  ctx: Ctx;
  value: ProgressiveForm;
  published: boolean;
  onChange: (p: ProgressiveForm) => void;
}) {
  const steps = value.steps;
  const setStep = (i: number, k: 'weight' | 'durationMs', v: string) =>
    onChange({ ...value, steps: steps.map((st, j) => (j === i ? { ...st, [k]: v } : st)) });
  return (
    <fieldset data-testid="progressive-fields">
      <legend>Canary or blue-green</legend>
      <p className="hint" style={{ marginTop: 0 }}>
        Through the service&apos;s ingress
        {published ? '' : ' (this service has none: tick "Publish through the ingress" above first)'}. With no
        steps: 10 → 25 → 50 → 100 %, 30 s each.
      </p>
      <div className="form-grid">
        <Field ctx={ctx} path="update.canary" label="Canary tasks" hint="0 = no canary; at most the replicas">
          <input
            inputMode="numeric"
            value={value.canary}
            onChange={(e) => onChange({ ...value, canary: e.target.value })}
            {...fieldProps(ctx, 'update.canary')}
          />
        </Field>
        <Field ctx={ctx} path="update.blueGreen" label="Blue-green" hint="start all, then switch at once">
          <input
            type="checkbox"
            checked={value.blueGreen}
            onChange={(e) => onChange({ ...value, blueGreen: e.target.checked })}
            {...fieldProps(ctx, 'update.blueGreen')}
          />
        </Field>
        <Field
          ctx={ctx}
          path="update.blueGreenKeepMs"
          label="Keep old revision (ms)"
          hint="after the switch, for a switch back"
        >
          <input
            inputMode="numeric"
            value={value.blueGreenKeepMs}
            onChange={(e) => onChange({ ...value, blueGreenKeepMs: e.target.value })}
            {...fieldProps(ctx, 'update.blueGreenKeepMs')}
          />
        </Field>
      </div>
      <h4 style={{ margin: '10px 0 4px' }}>Canary steps</h4>
      <div className="stack" style={{ gap: 6 }}>
        {steps.map((st, i) => (
          <div className="row" key={i} style={{ alignItems: 'flex-start' }} data-testid="canary-step">
            {(['weight', 'durationMs'] as const).map((k) => {
              const path = `update.canarySteps[${i}].${k}`;
              return (
                <Field
                  key={k}
                  ctx={ctx}
                  path={path}
                  label={k === 'weight' ? `Step ${i + 1} weight (%)` : `Step ${i + 1} duration (ms)`}
                >
                  <input
                    inputMode="numeric"
                    value={st[k]}
                    onChange={(e) => setStep(i, k, e.target.value)}
                    {...fieldProps(ctx, path)}
                  />
                </Field>
              );
            })}
            <button
              type="button"
              className="small"
              aria-label={`Remove step ${i + 1}`}
              onClick={() => onChange({ ...value, steps: steps.filter((_, j) => j !== i) })}
            >
              ✕
            </button>
          </div>
        ))}
        <div>
          <button
            type="button"
            className="small"
            onClick={() => onChange({ ...value, steps: [...steps, { weight: '', durationMs: '60000' }] })}
          >
            + Add step
          </button>
        </div>
      </div>
      <label className="row small" style={{ margin: '10px 0 8px' }}>
        <input
          type="checkbox"
          checked={value.analysisEnabled}
          onChange={(e) => onChange({ ...value, analysisEnabled: e.target.checked })}
        />{' '}
        Automatic analysis (promote or roll back by the figures of each step)
      </label>
      {value.analysisEnabled && (
        <div className="form-grid">
          {ANALYSIS_FIELDS.map(({ key, label, hint }) => (
            <Field key={key} ctx={ctx} path={`update.analysis.${key}`} label={label} hint={hint}>
              <input
                inputMode="decimal"
                value={value.analysis[key]}
                onChange={(e) =>
                  onChange({ ...value, analysis: { ...value.analysis, [key]: e.target.value } })
                }
                {...fieldProps(ctx, `update.analysis.${key}`)}
              />
            </Field>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** Fields the form renders: a server error naming one lands there, anything else goes on top. */
function renderedPaths(f: ServiceForm): Set<string> {
  const s = new Set([
    'name',
    'image',
    'mode',
    'replicas',
    'command',
    'resources.cpuLimit',
    'resources.cpuReservation',
    'resources.memoryLimit',
    'resources.memoryReservation',
    'placement.constraints',
    'placement.spread',
    'placement.maxReplicasPerNode',
    'stopTimeoutSec',
  ]);
  if (f.federation.scheduling)
    ['replicaScheduling', 'affinity', 'weights'].forEach((k) => s.add(`placement.clusters.${k}`));
  f.ports.forEach((_, i) =>
    ['containerPort', 'hostPort', 'hostIp', 'protocol'].forEach((k) => s.add(`ports[${i}].${k}`)),
  );
  f.env.forEach((_, i) => ['key', 'value'].forEach((k) => s.add(`env[${i}].${k}`)));
  f.labels.forEach((_, i) => ['key', 'value'].forEach((k) => s.add(`labels[${i}].${k}`)));
  if (f.health.enabled)
    ['shell', 'command', 'intervalMs', 'timeoutMs', 'retries', 'startPeriodMs'].forEach((k) =>
      s.add(`healthCheck.${k}`),
    );
  for (const u of ['update', 'rollback'])
    [
      'parallelism',
      'delayMs',
      'monitorMs',
      'minReadyMs',
      'maxFailureRatio',
      'failureAction',
      'order',
    ].forEach((k) => s.add(`${u}.${k}`));
  const p = f.update.progressive;
  if (p) {
    ['canary', 'blueGreen', 'blueGreenKeepMs'].forEach((k) => s.add(`update.${k}`));
    p.steps.forEach((_, i) =>
      ['weight', 'durationMs'].forEach((k) => s.add(`update.canarySteps[${i}].${k}`)),
    );
    if (p.analysisEnabled) ANALYSIS_FIELDS.forEach(({ key }) => s.add(`update.analysis.${key}`));
  }
  ingressPaths(f.ingress).forEach((k) => s.add(k));
  return s;
}

/** Constraint and spread errors are per line: they show under their textarea. */
function foldPath(p: string): string {
  const m = /^placement\.(constraints|spread|clusters\.weights|clusters\.affinity)(\[\d+\]|\.names)/.exec(p);
  return m ? `placement.${m[1]}` : p;
}

export function ServiceFormView({
  initial,
  mode,
  submitLabel,
  onSubmit,
}: {
  initial?: ServiceForm;
  mode: 'create' | 'update';
  submitLabel: string;
  onSubmit: (spec: ServiceSpecInput) => Promise<CombinedError | undefined>;
}) {
  const [f, setF] = useState<ServiceForm>(() => initial ?? emptyForm());
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof ServiceForm>(k: K, v: ServiceForm[K]) => {
    setF((prev) => {
      const next = { ...prev, [k]: v };
      if (submitted) setClientErrors(validateForm(next));
      return next;
    });
    setServerErrors((errs) => errs.filter((e) => !e.field.startsWith(String(k))));
  };

  const ctx: Ctx = useMemo(() => {
    const m = new Map<string, string>();
    for (const e of [...serverErrors, ...clientErrors]) {
      const p = foldPath(e.field);
      if (!m.has(p)) m.set(p, e.reason);
    }
    return { errors: m };
  }, [clientErrors, serverErrors]);
  const rendered = renderedPaths(f);
  // Errors on a field the form has no input for (volumes, secrets, policy…): a sentence on top.
  const orphanErrors = serverErrors.filter((e) => !rendered.has(foldPath(e.field)));

  const focusFirst = (errs: FieldError[]) => {
    const first = errs[0];
    if (!first) return;
    requestAnimationFrame(() => {
      const el = formRef.current?.querySelector<HTMLElement>(
        `[data-field="${CSS.escape(foldPath(first.field))}"]`,
      );
      el?.focus();
    });
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setServerMessage(null);
    const errs = validateForm(f);
    setClientErrors(errs);
    setServerErrors([]);
    if (errs.length) return focusFirst(errs);
    setBusy(true);
    try {
      const err = await onSubmit(toSpecInput(f));
      if (err) {
        const fe = fieldErrors(err);
        setServerErrors(fe);
        if (!fe.length) setServerMessage(errorMessage(err));
        focusFirst(fe);
      }
    } finally {
      setBusy(false);
    }
  };

  const totalErrors = ctx.errors.size;
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="stack"
      style={{ gap: 14 }}
      aria-label={mode === 'create' ? 'Deploy a service' : 'Update service'}
    >
      <p className="small muted">
        A compose file (several services, networks, volumes) is deployed as a{' '}
        <Link href="/stacks/new" style={{ textDecoration: 'underline' }}>
          stack
        </Link>
        .
      </p>

      {serverMessage && (
        <div className="banner bad" role="alert">
          {serverMessage}
        </div>
      )}
      {orphanErrors.length > 0 && (
        <div className="banner bad" role="alert">
          {orphanErrors.map((e) => (
            <div key={e.field}>{fieldSentence(e)}</div>
          ))}
        </div>
      )}

      <fieldset>
        <legend>Service</legend>
        <div className="form-grid">
          <Field ctx={ctx} path="name" label="Name">
            <input
              value={f.name}
              onChange={(e) => set('name', e.target.value)}
              readOnly={mode === 'update'}
              autoComplete="off"
              {...fieldProps(ctx, 'name')}
            />
          </Field>
          <Field ctx={ctx} path="image" label="Image" hint="e.g. local/webapp:v1">
            <input
              value={f.image}
              onChange={(e) => set('image', e.target.value)}
              autoComplete="off"
              spellCheck={false}
              {...fieldProps(ctx, 'image')}
            />
          </Field>
          <Field ctx={ctx} path="mode" label="Mode">
            <select
              value={f.mode}
              onChange={(e) => set('mode', e.target.value as ServiceForm['mode'])}
              {...fieldProps(ctx, 'mode')}
            >
              <option value="REPLICATED">replicated</option>
              <option value="GLOBAL">global (one per node)</option>
            </select>
          </Field>
          {f.mode === 'REPLICATED' && (
            <Field ctx={ctx} path="replicas" label="Replicas">
              <input
                inputMode="numeric"
                value={f.replicas}
                onChange={(e) => set('replicas', e.target.value)}
                {...fieldProps(ctx, 'replicas')}
              />
            </Field>
          )}
          <Field ctx={ctx} path="command" label="Command" hint='words, or a JSON array: ["sleep","300"]'>
            <input
              value={f.command}
              onChange={(e) => set('command', e.target.value)}
              spellCheck={false}
              {...fieldProps(ctx, 'command')}
            />
          </Field>
          <Field ctx={ctx} path="stopTimeoutSec" label="Stop timeout (s)">
            <input
              inputMode="numeric"
              value={f.stopTimeoutSec}
              onChange={(e) => set('stopTimeoutSec', e.target.value)}
              {...fieldProps(ctx, 'stopTimeoutSec')}
            />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>Ports</legend>
        <div className="stack" style={{ gap: 6 }}>
          {f.ports.map((p, i) => {
            const upd = (k: keyof typeof p, v: string) =>
              set(
                'ports',
                f.ports.map((x, j) => (j === i ? { ...x, [k]: v } : x)),
              );
            return (
              <div
                className="form-grid"
                key={i}
                data-testid={`port-row-${i}`}
                style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', alignItems: 'start' }}
              >
                <Field ctx={ctx} path={`ports[${i}].containerPort`} label="Container port">
                  <input
                    inputMode="numeric"
                    value={p.containerPort}
                    onChange={(e) => upd('containerPort', e.target.value)}
                    {...fieldProps(ctx, `ports[${i}].containerPort`)}
                  />
                </Field>
                <Field
                  ctx={ctx}
                  path={`ports[${i}].hostPort`}
                  label="Host port"
                  hint="empty / 0: engine picks"
                >
                  <input
                    inputMode="numeric"
                    value={p.hostPort}
                    onChange={(e) => upd('hostPort', e.target.value)}
                    {...fieldProps(ctx, `ports[${i}].hostPort`)}
                  />
                </Field>
                <Field ctx={ctx} path={`ports[${i}].hostIp`} label="Host IP" hint="default: node address">
                  <input
                    value={p.hostIp}
                    onChange={(e) => upd('hostIp', e.target.value)}
                    {...fieldProps(ctx, `ports[${i}].hostIp`)}
                  />
                </Field>
                <Field ctx={ctx} path={`ports[${i}].protocol`} label="Protocol">
                  <select
                    value={p.protocol}
                    onChange={(e) => upd('protocol', e.target.value)}
                    {...fieldProps(ctx, `ports[${i}].protocol`)}
                  >
                    <option value="TCP">tcp</option>
                    <option value="UDP">udp</option>
                    <option value="SCTP">sctp</option>
                  </select>
                </Field>
                <div style={{ paddingTop: 22 }}>
                  <button
                    type="button"
                    className="small"
                    aria-label={`Remove port ${i + 1}`}
                    onClick={() =>
                      set(
                        'ports',
                        f.ports.filter((_, j) => j !== i),
                      )
                    }
                  >
                    ✕ Remove
                  </button>
                </div>
              </div>
            );
          })}
          <div>
            <button
              type="button"
              className="small"
              onClick={() =>
                set('ports', [...f.ports, { containerPort: '', hostPort: '', hostIp: '', protocol: 'TCP' }])
              }
            >
              + Add port
            </button>
          </div>
        </div>
      </fieldset>

      <IngressFields ctx={ctx} value={f.ingress} onChange={(g) => set('ingress', g)} />

      <div className="grid cols-2">
        <fieldset>
          <legend>Environment</legend>
          <KVRows ctx={ctx} rows={f.env} field="env" keyLabel="variable" onChange={(r) => set('env', r)} />
        </fieldset>
        <fieldset>
          <legend>Labels</legend>
          <KVRows
            ctx={ctx}
            rows={f.labels}
            field="labels"
            keyLabel="label"
            onChange={(r) => set('labels', r)}
          />
        </fieldset>
      </div>

      <fieldset>
        <legend>Resources</legend>
        <div className="form-grid">
          <Field ctx={ctx} path="resources.cpuReservation" label="CPU reservation" hint="CPUs, e.g. 0.25">
            <input
              inputMode="decimal"
              value={f.cpuReservation}
              onChange={(e) => set('cpuReservation', e.target.value)}
              {...fieldProps(ctx, 'resources.cpuReservation')}
            />
          </Field>
          <Field ctx={ctx} path="resources.cpuLimit" label="CPU limit" hint="CPUs, e.g. 0.5">
            <input
              inputMode="decimal"
              value={f.cpuLimit}
              onChange={(e) => set('cpuLimit', e.target.value)}
              {...fieldProps(ctx, 'resources.cpuLimit')}
            />
          </Field>
          <Field ctx={ctx} path="resources.memoryReservation" label="Memory reservation" hint='e.g. "64m"'>
            <input
              value={f.memoryReservation}
              onChange={(e) => set('memoryReservation', e.target.value)}
              {...fieldProps(ctx, 'resources.memoryReservation')}
            />
          </Field>
          <Field
            ctx={ctx}
            path="resources.memoryLimit"
            label="Memory limit"
            hint='e.g. "128m"; at least 6 MiB'
          >
            <input
              value={f.memoryLimit}
              onChange={(e) => set('memoryLimit', e.target.value)}
              {...fieldProps(ctx, 'resources.memoryLimit')}
            />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>Health check</legend>
        <label className="row small" style={{ marginBottom: 8 }}>
          <input
            type="checkbox"
            checked={f.health.enabled}
            onChange={(e) => set('health', { ...f.health, enabled: e.target.checked })}
          />{' '}
          Check health
        </label>
        {f.health.enabled && (
          <div className="form-grid">
            <Field ctx={ctx} path="healthCheck.kind" label="Form">
              <select
                value={f.health.kind}
                onChange={(e) => set('health', { ...f.health, kind: e.target.value as 'shell' | 'command' })}
                {...fieldProps(ctx, 'healthCheck.kind')}
              >
                <option value="shell">shell (/bin/sh -c)</option>
                <option value="command">exec (no shell)</option>
              </select>
            </Field>
            <div style={{ gridColumn: 'span 2' }}>
              <Field
                ctx={ctx}
                path={f.health.kind === 'shell' ? 'healthCheck.shell' : 'healthCheck.command'}
                label="Test"
                hint="wget -q -O /dev/null http://127.0.0.1:8080/health"
              >
                <input
                  value={f.health.test}
                  onChange={(e) => set('health', { ...f.health, test: e.target.value })}
                  spellCheck={false}
                  {...fieldProps(
                    ctx,
                    f.health.kind === 'shell' ? 'healthCheck.shell' : 'healthCheck.command',
                  )}
                />
              </Field>
            </div>
            {(['intervalMs', 'timeoutMs', 'retries', 'startPeriodMs'] as const).map((k) => (
              <Field
                key={k}
                ctx={ctx}
                path={`healthCheck.${k}`}
                label={
                  {
                    intervalMs: 'Interval (ms)',
                    timeoutMs: 'Timeout (ms)',
                    retries: 'Retries',
                    startPeriodMs: 'Start period (ms)',
                  }[k]
                }
              >
                <input
                  inputMode="numeric"
                  value={f.health[k]}
                  onChange={(e) => set('health', { ...f.health, [k]: e.target.value })}
                  {...fieldProps(ctx, `healthCheck.${k}`)}
                />
              </Field>
            ))}
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>Placement</legend>
        <div className="form-grid">
          <Field
            ctx={ctx}
            path="placement.constraints"
            label="Constraints"
            hint="one per line: node.labels.zone == eu"
          >
            <textarea
              rows={3}
              value={f.constraints}
              onChange={(e) => set('constraints', e.target.value)}
              {...fieldProps(ctx, 'placement.constraints')}
            />
            {f.pinned.length > 0 && (
              <ul className="small muted" data-testid="pins" aria-label="Added by Stevedore">
                {f.pinned.map((p) => (
                  <li key={p.constraint} data-testid="pin">
                    {p.reason} <code>{p.constraint}</code> (added by Stevedore; every update keeps it)
                  </li>
                ))}
              </ul>
            )}
          </Field>
          <Field ctx={ctx} path="placement.spread" label="Spread over" hint="one per line: node.labels.zone">
            <textarea
              rows={3}
              value={f.spread}
              onChange={(e) => set('spread', e.target.value)}
              {...fieldProps(ctx, 'placement.spread')}
            />
          </Field>
          <Field
            ctx={ctx}
            path="placement.maxReplicasPerNode"
            label="Max replicas per node"
            hint="0 = unlimited"
          >
            <input
              inputMode="numeric"
              value={f.maxReplicasPerNode}
              onChange={(e) => set('maxReplicasPerNode', e.target.value)}
              {...fieldProps(ctx, 'placement.maxReplicasPerNode')}
            />
          </Field>
        </div>
      </fieldset>

      <fieldset data-testid="federation-fields">
        <legend>Clusters (federated placement)</legend>
        <div className="form-grid">
          <Field
            ctx={ctx}
            path="placement.clusters.replicaScheduling"
            label="Replicas over clusters"
            hint="a federated service runs a copy NAME-CLUSTER in each chosen cluster"
          >
            <select
              value={f.federation.scheduling}
              onChange={(e) =>
                set('federation', {
                  ...f.federation,
                  scheduling: e.target.value as ServiceForm['federation']['scheduling'],
                })
              }
              {...fieldProps(ctx, 'placement.clusters.replicaScheduling')}
            >
              <option value="">not federated (this cluster only)</option>
              <option value="DUPLICATED">duplicated: the full count in each</option>
              <option value="DIVIDED_STATIC">divided by weights</option>
              <option value="DIVIDED_CAPACITY">divided by free capacity</option>
            </select>
          </Field>
          {f.federation.scheduling && (
            <>
              <Field
                ctx={ctx}
                path="placement.clusters.affinity"
                label="Only these clusters"
                hint="one name per line; empty: any healthy cluster"
              >
                <textarea
                  rows={3}
                  value={f.federation.clusters}
                  onChange={(e) => set('federation', { ...f.federation, clusters: e.target.value })}
                  {...fieldProps(ctx, 'placement.clusters.affinity')}
                />
              </Field>
              {f.federation.scheduling === 'DIVIDED_STATIC' && (
                <Field
                  ctx={ctx}
                  path="placement.clusters.weights"
                  label="Weights"
                  hint="one per line: eu-1 = 2 (0..1000)"
                >
                  <textarea
                    rows={3}
                    value={f.federation.weights}
                    onChange={(e) => set('federation', { ...f.federation, weights: e.target.value })}
                    {...fieldProps(ctx, 'placement.clusters.weights')}
                  />
                </Field>
              )}
            </>
          )}
        </div>
      </fieldset>

      <details className="card" open={mode === 'update' ? undefined : false}>
        <summary style={{ cursor: 'pointer', fontWeight: 600 }}>Update and rollback config</summary>
        <div className="stack" style={{ marginTop: 10 }}>
          <h3>Update</h3>
          <UpdateFields ctx={ctx} value={f.update} field="update" onChange={(u) => set('update', u)} />
          {f.update.progressive && (
            <ProgressiveFields
              ctx={ctx}
              value={f.update.progressive}
              published={f.ingress.enabled}
              onChange={(p) => set('update', { ...f.update, progressive: p })}
            />
          )}
          <h3>Rollback</h3>
          <UpdateFields ctx={ctx} value={f.rollback} field="rollback" onChange={(u) => set('rollback', u)} />
        </div>
      </details>

      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Working…' : submitLabel}
        </button>
        {submitted && totalErrors > 0 && (
          <span className="field-error" role="status" data-testid="form-error-count">
            {totalErrors} field{totalErrors === 1 ? '' : 's'} to fix
          </span>
        )}
      </div>
    </form>
  );
}
