'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from '@urql/next';
import { AutoscaleStatusQuery, SetAutoscaleMutation } from '@/graphql/autoscale';
import { EventsQuery } from '@/graphql/events';
import { useMe } from '@/lib/auth';
import {
  chartedMetric,
  formOfSpec,
  inputOfForm,
  markerOfEvent,
  markers as mergeMarkers,
  metricNow,
  points as mergePoints,
  policyField,
  type Marker,
  type Point,
  type PolicyField,
  type PolicyForm,
  type Status,
} from '@/lib/autoscale';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { ms, time } from '@/lib/format';
import { useRecentEvents, useRefetchOn } from '@/lib/live';
import { MarkerChart, type MarkDef } from './MarkerChart';
import { Badge, ErrorBanner, type Tone } from './ui';

interface Svc {
  id: string;
  name: string;
  clusterId: string;
  mode: string;
  runningReplicas: number;
}

const ACTION_COLOR: Record<string, string> = {
  SCALE_UP: 'var(--ok)',
  SCALE_DOWN: 'var(--info)',
  HOLD: 'var(--muted)',
};
const ACTION_TONE: Record<string, Tone> = { SCALE_UP: 'ok', SCALE_DOWN: 'info', HOLD: 'idle' };
const actionWords = (a: string) =>
  a === 'SCALE_UP' ? 'scale up' : a === 'SCALE_DOWN' ? 'scale down' : a.toLowerCase();

const markerLabel = (m: Marker) =>
  `${time(new Date(m.t).toISOString())} ${actionWords(m.action)} ${m.current} → ${m.desired}${
    m.applied || m.action === 'HOLD' ? '' : ' (not applied)'
  }: ${m.reason}`;

/** Autoscaling on the service page: replicas and the metric against their targets, each decision a marker. */
export function AutoscalePanel({ svc }: { svc: Svc }) {
  const [{ data, error }, reexecute] = useQuery({
    query: AutoscaleStatusQuery,
    variables: { serviceId: svc.id },
  });
  const [{ data: history }, reexecuteHistory] = useQuery({
    query: EventsQuery,
    variables: { filter: { serviceId: svc.id, kinds: ['autoscaler.decision'] }, limit: 60 },
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // The loop evaluates every few seconds but announces only changes: poll the status for the
  // chart, refetch at once on a decision event or a scale.
  useRefetchOn(
    (e) =>
      e.serviceId === svc.id &&
      (e.kind === 'autoscaler.decision' || e.kind === 'service.scaled' || e.kind === 'service.updated'),
    refetch,
    { throttleMs: 300, pollMs: 3000 },
  );
  const { events } = useRecentEvents();
  const status = data?.autoscaleStatus;
  const samples = useSamples(status, svc.runningReplicas);
  const charted = chartedMetric(status?.spec ?? null);
  const marks = useMemo(() => {
    const fromEvents = [
      ...events.filter((e) => e.serviceId === svc.id),
      ...(history?.events.items ?? []),
    ].flatMap((e) => {
      const m = markerOfEvent(e);
      return m ? [m] : [];
    });
    return mergeMarkers(fromEvents, status?.decisions ?? []);
  }, [events, history, status, svc.id]);
  const pts = useMemo(
    () => mergePoints(status?.decisions ?? [], samples, charted.metric),
    [status, samples, charted.metric],
  );
  const mayOperate = useMe().canInCluster('OPERATOR', svc.clusterId);
  const [editing, setEditing] = useState(false);
  if (svc.mode === 'GLOBAL') return null;
  const replicaMarks: MarkDef[] = marks.map((m) => ({
    t: m.t,
    v: m.desired,
    color: ACTION_COLOR[m.action] ?? 'var(--muted)',
    label: markerLabel(m),
    testId: 'autoscale-marker',
    data: { action: m.action, metric: m.metric ?? '' },
  }));
  const unit = charted.unit;
  const fmt = (v: number) => (unit === '%' ? `${v.toFixed(0)}%` : v.toFixed(1));
  return (
    <section className="card stack" aria-labelledby="as-h" data-testid="autoscale-panel">
      <div className="row between">
        <h2 id="as-h" style={{ margin: 0 }}>
          Autoscaling{' '}
          {status && (status.enabled ? <Badge tone="ok">on</Badge> : <Badge tone="idle">off</Badge>)}
        </h2>
        {mayOperate && !editing && (
          <button type="button" onClick={() => setEditing(true)} data-testid="autoscale-edit">
            {status?.enabled ? 'Edit policy' : 'Set up autoscaling'}
          </button>
        )}
      </div>
      <ErrorBanner error={errorMessage(error)} retry={refetch} />
      {status && (
        <>
          <PolicySummary status={status} />
          {editing && mayOperate && (
            <PolicyEditor
              svc={svc}
              status={status}
              onDone={() => {
                setEditing(false);
                refetch();
                reexecuteHistory({ requestPolicy: 'network-only' });
              }}
            />
          )}
          {status.enabled || marks.length > 0 ? (
            <div className="grid cols-2">
              <div>
                <div className="row between small">
                  <strong>Replicas: target and current</strong>
                  <span className="num" data-testid="autoscale-replicas">
                    {status.replicas} wanted · {svc.runningReplicas} running
                  </span>
                </div>
                <MarkerChart
                  label={`Replicas of ${svc.name} over time, target and current, with the autoscaler's decisions`}
                  lines={[
                    {
                      label: 'Target replicas',
                      color: 'var(--accent)',
                      step: true,
                      points: pts.map((p) => [p.t, p.target]),
                    },
                    {
                      label: 'Current replicas',
                      color: 'var(--warn)',
                      step: true,
                      dashed: true,
                      points: pts.map((p) => [p.t, p.current]),
                    },
                  ]}
                  marks={replicaMarks}
                  integer
                  testId="autoscale-replicas-chart"
                />
              </div>
              <div>
                <div className="row between small">
                  <strong>
                    {charted.metric === 'cpu'
                      ? 'CPU per replica'
                      : charted.metric === 'memory'
                        ? 'Memory per replica'
                        : 'Requests/s per replica'}{' '}
                    vs target
                  </strong>
                  <span className="num" data-testid="autoscale-metric">
                    {fmtOrDash(metricNow(status, charted.metric), fmt)} / {fmtOrDash(charted.target, fmt)}
                  </span>
                </div>
                <MarkerChart
                  label={`${charted.metric} per replica over time against its target`}
                  format={fmt}
                  lines={[
                    {
                      label: 'Measured',
                      color: 'var(--accent)',
                      points: pts.map((p) => [p.t, p.value]),
                    },
                    {
                      label: 'Target',
                      color: 'var(--ok)',
                      dashed: true,
                      points: pts.map((p) => [p.t, p.goal ?? charted.target]),
                    },
                  ]}
                  testId="autoscale-metric-chart"
                />
              </div>
            </div>
          ) : (
            <span className="muted small">
              Replicas stay as set.
              {mayOperate ? ' Set up autoscaling to scale on CPU, memory or requests.' : ''}
            </span>
          )}
          {marks.length > 0 && (
            <>
              <h3 style={{ margin: '4px 0 0' }}>Decisions</h3>
              <ol
                className="timeline"
                tabIndex={0}
                aria-label="Autoscaler decisions"
                data-testid="autoscale-decisions"
              >
                {[...marks]
                  .reverse()
                  .slice(0, 12)
                  .map((m, i) => (
                    <li
                      key={`${m.t}-${i}`}
                      className={ACTION_TONE[m.action] ?? 'info'}
                      data-testid="autoscale-decision"
                      data-action={m.action}
                    >
                      <div className="small">
                        <Badge tone={ACTION_TONE[m.action] ?? 'info'}>{actionWords(m.action)}</Badge>{' '}
                        <span className="num">
                          {m.current} → {m.desired}
                        </span>{' '}
                        <span className="muted" suppressHydrationWarning>
                          {time(new Date(m.t).toISOString())}
                        </span>
                      </div>
                      <div>{m.reason}</div>
                    </li>
                  ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}

const fmtOrDash = (v: number | null | undefined, f: (v: number) => string) =>
  v === null || v === undefined ? '—' : f(v);

/** One sample per status answer while the page is open (the status holds only the last 50 rounds). */
function useSamples(status: Status | undefined, running: number): Point[] {
  const [samples, setSamples] = useState<Point[]>([]);
  const prev = useRef<Status | undefined>(undefined);
  useEffect(() => {
    if (!status || status === prev.current) return;
    prev.current = status;
    const { metric, target } = chartedMetric(status.spec);
    const p: Point = {
      t: Date.now(),
      target: status.replicas,
      current: running,
      value: metricNow(status, metric),
      goal: target,
    };
    setSamples((s) => [...s.slice(-299), p]);
  }, [status, running]);
  return samples;
}

function PolicySummary({ status }: { status: Status }) {
  const s = status.spec;
  if (!s) return null;
  const targets = [
    s.targetCpuPercent != null ? `CPU ${s.targetCpuPercent}%` : null,
    s.targetMemoryPercent != null ? `memory ${s.targetMemoryPercent}%` : null,
    s.targetRequestRate != null ? `${s.targetRequestRate} req/s` : null,
  ].filter(Boolean);
  return (
    <div className="small" data-testid="autoscale-policy">
      {s.min}–{s.max} replicas · target {targets.join(', ')} per replica (±{Math.round(s.tolerance * 100)}%) ·
      up after {ms(s.scaleUpStabilizationMs)}, down after {ms(s.scaleDownStabilizationMs)}, cooldown{' '}
      {ms(s.cooldownMs)}
      {status.lastScaleAt && <span className="muted"> · last scaled {time(status.lastScaleAt)}</span>}
    </div>
  );
}

const FIELDS: { key: PolicyField; label: string; hint: string }[] = [
  { key: 'min', label: 'Min replicas', hint: 'default 1' },
  { key: 'max', label: 'Max replicas', hint: 'default max(min, 10)' },
  { key: 'targetCpuPercent', label: 'Target CPU %', hint: 'of the CPU limit, per replica' },
  { key: 'targetMemoryPercent', label: 'Target memory %', hint: 'of the memory limit' },
  { key: 'targetRequestRate', label: 'Target requests/s', hint: 'per replica, through the ingress' },
  { key: 'tolerance', label: 'Tolerance', hint: 'a fraction, default 0.1' },
  { key: 'scaleUpStabilizationMs', label: 'Scale-up window (ms)', hint: 'default 300000' },
  { key: 'scaleDownStabilizationMs', label: 'Scale-down window (ms)', hint: 'default 600000' },
  { key: 'cooldownMs', label: 'Cooldown (ms)', hint: 'default 30000' },
];

/** The policy form (OPERATOR+): the server's refusals on their fields. */
function PolicyEditor({ svc, status, onDone }: { svc: Svc; status: Status; onDone: () => void }) {
  const [form, setForm] = useState<PolicyForm>(() => formOfSpec(status.spec, status.replicas));
  const [errors, setErrors] = useState<Partial<Record<PolicyField, string>>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, set] = useMutation(SetAutoscaleMutation);
  const submit = async (off: boolean) => {
    setBanner(null);
    const { input, errors: local } = inputOfForm(form);
    if (!off && Object.keys(local).length) return setErrors(local);
    setErrors({});
    setBusy(true);
    const r = await set({ id: svc.id, input: off ? null : input });
    setBusy(false);
    if (!r.error) return onDone();
    const onFields: Partial<Record<PolicyField, string>> = {};
    const rest: string[] = [];
    for (const fe of fieldErrors(r.error)) {
      const k = policyField(fe.field, form);
      if (k) onFields[k] = fe.reason;
      else rest.push(`${fe.field}: ${fe.reason}`);
    }
    setErrors(onFields);
    setBanner(rest.length ? rest.join('; ') : Object.keys(onFields).length ? null : errorMessage(r.error));
  };
  return (
    <form
      className="stack"
      aria-label="Autoscaling policy"
      data-testid="autoscale-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(false);
      }}
    >
      <div className="grid cols-3">
        {FIELDS.map((f) => (
          <div key={f.key} className="stack" style={{ gap: 2 }}>
            <label htmlFor={`as-${f.key}`} className="small">
              {f.label}
            </label>
            <input
              id={`as-${f.key}`}
              inputMode="decimal"
              value={form[f.key]}
              placeholder={f.hint}
              aria-invalid={errors[f.key] ? true : undefined}
              aria-describedby={errors[f.key] ? `as-${f.key}-err` : undefined}
              data-testid={`as-${f.key}`}
              onChange={(e) => setForm((p) => ({ ...p, [f.key]: e.target.value }))}
            />
            {errors[f.key] && (
              <span id={`as-${f.key}-err`} className="field-error" data-testid={`as-${f.key}-error`}>
                {errors[f.key]}
              </span>
            )}
          </div>
        ))}
      </div>
      {banner && (
        <div className="field-error" role="alert">
          {banner}
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy} data-testid="autoscale-save">
          Save policy
        </button>
        {status.enabled && (
          <button type="button" disabled={busy} onClick={() => void submit(true)} data-testid="autoscale-off">
            Turn off
          </button>
        )}
        <button type="button" disabled={busy} onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
