'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from '@urql/next';
import type { ServicePatchInput, ServiceQuery as ServiceQueryResult } from '@/gql/graphql';
import { EventsQuery } from '@/graphql/events';
import {
  PatchServiceMutation,
  PauseRolloutMutation,
  RemoveServiceMutation,
  ResumeRolloutMutation,
  RevisionsQuery,
  RollbackServiceMutation,
  ServiceQuery,
  UpdateServiceMutation,
} from '@/graphql/services';
import { useMe } from '@/lib/auth';
import { errorMessage, fieldErrors, fieldSentence } from '@/lib/errors';
import type { LiveEvent } from '@/lib/events';
import { bytes, dateTime, json, ms, shortId, time } from '@/lib/format';
import { useLiveEvents, useRecentEvents, useRefetchOn } from '@/lib/live';
import { formFromSpec } from '@/lib/spec';
import { checkReplicas } from '@stevedore/spec-rules';
import { asTyped, checkEnvKey, checkImageRef, typedNumber } from '@/lib/validate';
import { Ago } from './Ago';
import { AutoscalePanel } from './AutoscalePanel';
import { ContainerMetrics } from './ContainerMetrics';
import { EventFeed } from './EventFeed';
import { IngressPanel } from './IngressPanel';
import { FederationPanel } from './FederationPanel';
import { ProgressiveRollout } from './ProgressiveRollout';
import { ServiceFormView } from './ServiceFormView';
import {
  Badge,
  ConfirmButton,
  Empty,
  ErrorBanner,
  FailureBanner,
  ProgressBar,
  StatusBadge,
  type Tone,
} from './ui';
import { eventHref } from '@/lib/event-href';

type Svc = NonNullable<ServiceQueryResult['service']>;

/** A small change through patchService (only the fields given change); errors as sentences. */
function usePatch(svc: Svc) {
  const [, patch] = useMutation(PatchServiceMutation);
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (p: ServicePatchInput): Promise<boolean> => {
    setBusy(true);
    setErr(null);
    const r = await patch({ id: svc.id, patch: p });
    setBusy(false);
    if (r.error) {
      const fe = fieldErrors(r.error);
      setErr(fe.length ? fe.map(fieldSentence).join(' ') : errorMessage(r.error));
    }
    return !r.error;
  };
  return { run, err, setErr, busy };
}

function ScaleControl({ svc }: { svc: Svc }) {
  const [value, setValue] = useState(String(svc.desiredReplicas));
  const { run, err, busy } = usePatch(svc);
  if (svc.mode === 'GLOBAL') return <span className="muted small">Global: one task per eligible node</span>;
  const n = typedNumber(value);
  const invalid = checkReplicas(n)[0]?.reason;
  const valid = !invalid;
  const apply = async (to: number) => {
    if (await run({ replicas: to })) setValue(String(to));
  };
  return (
    <form
      className="row"
      aria-label="Scale"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) void apply(n);
      }}
    >
      <button
        type="button"
        aria-label="One replica fewer"
        disabled={busy || svc.desiredReplicas <= 0}
        onClick={() => void apply(Math.max(0, svc.desiredReplicas - 1))}
      >
        −
      </button>
      <label className="sr-only" htmlFor="scale-input">
        Replicas
      </label>
      <input
        id="scale-input"
        inputMode="numeric"
        style={{ width: 64 }}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={!valid || undefined}
        data-testid="scale-input"
      />
      <button
        type="button"
        aria-label="One replica more"
        disabled={busy}
        onClick={() => void apply(svc.desiredReplicas + 1)}
      >
        +
      </button>
      <button type="submit" disabled={busy || !valid || n === svc.desiredReplicas} data-testid="scale-apply">
        Scale
      </button>
      {invalid && <span className="field-error">{asTyped(invalid, value)}</span>}
      {err && (
        <span className="field-error" role="alert">
          {err}
        </span>
      )}
    </form>
  );
}

/** One input and its button (data-testid quick-<id> and quick-<id>-apply). */
function QuickForm(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  onSubmit: () => void;
  button: string;
  disabled: boolean;
  placeholder?: string;
}) {
  return (
    <form
      className="row"
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <label htmlFor={`quick-${props.id}`} className="small">
        {props.label}
      </label>
      <input
        id={`quick-${props.id}`}
        data-testid={`quick-${props.id}`}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      <button type="submit" data-testid={`quick-${props.id}-apply`} disabled={props.disabled}>
        {props.button}
      </button>
    </form>
  );
}

/** The image and the variables, changed one at a time: nothing else of the spec is sent. */
function QuickChanges({ svc }: { svc: Svc }) {
  const [image, setImage] = useState(svc.image);
  const [variable, setVariable] = useState('');
  const { run, err, setErr, busy } = usePatch(svc);
  const setImageNow = async () => {
    const bad = checkImageRef(image.trim());
    if (bad) return setErr(`Image: ${bad}.`);
    await run({ image: image.trim() });
  };
  const setVariableNow = async () => {
    const at = variable.indexOf('=');
    const key = at < 0 ? variable.trim() : variable.slice(0, at).trim();
    const bad = at < 0 ? 'write it as KEY=value' : checkEnvKey(key);
    if (bad) return setErr(`Variable: ${bad}.`);
    if (await run({ envAdd: [{ key, value: variable.slice(at + 1) }] })) setVariable('');
  };
  return (
    <div className="stack" style={{ gap: 8 }} data-testid="quick-changes">
      <QuickForm
        id="image"
        label="Image"
        value={image}
        onChange={setImage}
        onSubmit={() => void setImageNow()}
        button="Set image"
        disabled={busy || !image.trim() || image.trim() === svc.image}
      />
      <QuickForm
        id="env"
        label="Variable"
        placeholder="KEY=value"
        value={variable}
        onChange={setVariable}
        onSubmit={() => void setVariableNow()}
        button="Set"
        disabled={busy || !variable.trim()}
      />
      {svc.spec.env.length > 0 && (
        <div className="row small" style={{ flexWrap: 'wrap', gap: 6 }}>
          {svc.spec.env.map((v) => (
            <button
              key={v.key}
              type="button"
              className="small"
              disabled={busy}
              aria-label={`Remove variable ${v.key}`}
              onClick={() => void run({ envRemove: [v.key] })}
            >
              ✕ {v.key}
            </button>
          ))}
        </div>
      )}
      {err && (
        <span className="field-error" role="alert">
          {err}
        </span>
      )}
    </div>
  );
}

/** The events that end a rollout (or start one, which ends what the banner says of the last). */
const ROLLOUT_ENDS = new Set([
  'rollout.started',
  'rollout.completed',
  'rollout.rolled_back',
  'rollout.aborted',
]);

const ROLLOUT_KINDS = [
  'rollout.*',
  'service.created',
  'service.updated',
  'service.scaled',
  'task.rejected',
  'scheduling.failed',
];
const rolloutTone = (kind: string, sev: string): Tone =>
  kind === 'rollout.completed'
    ? 'ok'
    : kind === 'rollout.rolled_back' || kind === 'rollout.rollback_started' || sev === 'ERROR'
      ? 'bad'
      : sev === 'WARNING' || kind === 'rollout.paused'
        ? 'warn'
        : 'info';

/** The rollout: progress, phase, pause/resume, and its timeline (from the event log, then live). */
function RolloutPanel({ svc }: { svc: Svc }) {
  const [{ data }] = useQuery({
    query: EventsQuery,
    variables: { filter: { serviceId: svc.id, kinds: ROLLOUT_KINDS }, limit: 40 },
  });
  const { events } = useRecentEvents();
  const [, pause] = useMutation(PauseRolloutMutation);
  const [, resume] = useMutation(ResumeRolloutMutation);
  const [err, setErr] = useState<string | null>(null);
  const mayOperate = useMe().canInCluster('OPERATOR', svc.clusterId);
  const timeline = useMemo(() => {
    const seen = new Set<number>();
    const all: LiveEvent[] = [];
    const matches = (e: LiveEvent) =>
      e.serviceId === svc.id &&
      ROLLOUT_KINDS.some((k) => (k.endsWith('.*') ? e.kind.startsWith(k.slice(0, -1)) : e.kind === k));
    for (const e of [...events.filter(matches), ...(data?.events.items ?? [])]) {
      if (seen.has(e.cursor)) continue;
      seen.add(e.cursor);
      all.push(e);
    }
    return all.sort((a, b) => b.cursor - a.cursor).slice(0, 30);
  }, [events, data, svc.id]);
  const ro = svc.rollout;
  const active = ro && (ro.state === 'UPDATING' || ro.state === 'ROLLING_BACK');
  // The last rollout ended badly (rolled back, aborted): say why, with a link to the event.
  const ended = timeline.find((e) => ROLLOUT_ENDS.has(e.kind));
  const failure =
    !active && ended && (ended.kind === 'rollout.rolled_back' || ended.kind === 'rollout.aborted')
      ? ended
      : null;
  const paused = ro && (ro.state === 'PAUSED' || ro.state === 'ROLLBACK_PAUSED');
  const run = async (f: (v: { id: string }) => Promise<{ error?: Parameters<typeof errorMessage>[0] }>) => {
    setErr(null);
    const r = await f({ id: svc.id });
    if (r.error) setErr(errorMessage(r.error));
  };
  return (
    <section className="card stack" aria-labelledby="ro-h" data-testid="rollout-panel">
      <div className="row between">
        <h2 id="ro-h" style={{ margin: 0 }}>
          Rollout
        </h2>
        <div className="row">
          {active && mayOperate && (
            <button type="button" onClick={() => void run(pause)} data-testid="rollout-pause">
              ❚❚ Pause
            </button>
          )}
          {paused && mayOperate && (
            <button
              type="button"
              className="primary"
              onClick={() => void run(resume)}
              data-testid="rollout-resume"
            >
              ▶ Resume
            </button>
          )}
        </div>
      </div>
      {err && (
        <div className="field-error" role="alert">
          {err}
        </div>
      )}
      {failure && (
        <FailureBanner
          reason={failure.message}
          href={eventHref({ kind: failure.kind, serviceId: svc.id, cursor: failure.cursor })}
          testId="rollout-failed"
        />
      )}
      {ro && ro.state !== 'NONE' ? (
        <div className="stack" style={{ gap: 4 }}>
          <div className="row between small">
            <span>
              <StatusBadge status={ro.state} testId="rollout-state" /> {ro.isRollback ? 'rollback ' : ''}
              revision {ro.fromRevision} → {ro.toRevision}
            </span>
            <span className="num">
              {ro.updated}/{ro.total} updated{ro.failed ? `, ${ro.failed} failed` : ''}
            </span>
          </div>
          <ProgressBar
            done={ro.updated}
            failed={ro.failed}
            total={ro.total}
            label="Rollout progress"
            testId="rollout-progress"
          />
          <span className="small muted">
            {ro.phase} · started {dateTime(ro.startedAt)}
            {ro.completedAt ? ` · finished ${dateTime(ro.completedAt)}` : ''}
          </span>
          {ro.progressive && (
            <ProgressiveRollout serviceId={svc.id} clusterId={svc.clusterId} p={ro.progressive} />
          )}
        </div>
      ) : (
        <span className="muted small">No rollout yet: update the service to start one.</span>
      )}
      <h3 style={{ marginTop: 6 }}>Timeline</h3>
      {timeline.length === 0 ? (
        <span className="muted small">Nothing yet.</span>
      ) : (
        <ol className="timeline" data-testid="rollout-timeline" tabIndex={0} aria-label="Rollout events">
          {timeline.map((e) => (
            <li key={e.cursor} className={rolloutTone(e.kind, e.severity)} data-kind={e.kind}>
              <div className="small">
                <span className="mono">{e.kind}</span>{' '}
                <span className="muted" suppressHydrationWarning>
                  {time(e.time)}
                </span>
              </div>
              <div>{e.message}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function TaskTable({ svc }: { svc: Svc }) {
  const [showAll, setShowAll] = useState(false);
  const tasks = svc.tasks
    .filter((t) => showAll || !['SHUTDOWN', 'COMPLETE', 'FAILED', 'REJECTED', 'ORPHANED'].includes(t.state))
    .sort((a, b) => a.slot - b.slot || b.revision - a.revision);
  return (
    <section className="card tight" aria-labelledby="tasks-h">
      <div className="row between" style={{ padding: '12px 14px 8px' }}>
        <h2 id="tasks-h" style={{ margin: 0 }}>
          Tasks
        </h2>
        <label className="row small">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> show
          finished
        </label>
      </div>
      {tasks.length === 0 ? (
        <Empty title="No tasks">
          {svc.desiredReplicas === 0 ? 'Scaled to zero.' : 'Waiting for the scheduler.'}
        </Empty>
      ) : (
        <div className="table-wrap">
          <table data-testid="tasks-table">
            <thead>
              <tr>
                <th>Slot</th>
                <th>Node</th>
                <th>State</th>
                <th>Health</th>
                <th className="right">Rev</th>
                <th>Container</th>
                <th>Reason</th>
                <th className="hide-phone">Since</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((t) => (
                <tr
                  key={t.id}
                  data-testid="task-row"
                  data-state={t.state}
                  data-health={t.health}
                  data-node={t.nodeName ?? ''}
                >
                  <td className="num">{t.slot || '—'}</td>
                  <td>
                    {t.nodeId ? (
                      <Link href={`/nodes/${encodeURIComponent(t.nodeId)}`}>
                        {t.nodeName ?? shortId(t.nodeId, 8)}
                      </Link>
                    ) : (
                      <span className="muted">unplaced</span>
                    )}
                  </td>
                  <td>
                    <StatusBadge status={t.state} />
                    {t.desiredState === 'SHUTDOWN' && t.state === 'RUNNING' && (
                      <span className="muted small"> → shutdown</span>
                    )}
                  </td>
                  <td>
                    {t.health !== 'NONE' ? (
                      <StatusBadge status={t.health} />
                    ) : (
                      <span className="muted small">—</span>
                    )}
                  </td>
                  <td className="right num">{t.revision}</td>
                  <td className="mono small">
                    {t.containerId ? (
                      <Link
                        href={`/containers/${encodeURIComponent(t.containerId)}${t.nodeId ? `?node=${encodeURIComponent(t.nodeId)}` : ''}`}
                        data-testid="task-container-link"
                      >
                        {shortId(t.containerId)}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="small" style={{ maxWidth: 320 }}>
                    {t.stateReason}
                    {t.exitCode != null && <span className="muted"> (exit {t.exitCode})</span>}
                    {t.failures > 0 && <span className="muted"> · {t.failures} failures</span>}
                  </td>
                  <td className="small muted hide-phone">
                    <Ago iso={t.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Unplaced({ svc }: { svc: Svc }) {
  if (!svc.unplaced.length) return null;
  return (
    <section
      className="card"
      aria-labelledby="unpl-h"
      style={{ borderColor: 'var(--warn)' }}
      data-testid="unplaced"
    >
      <h2 id="unpl-h">Unplaced tasks ({svc.unplaced.length})</h2>
      <ul className="stack" style={{ margin: 0, paddingLeft: 18 }}>
        {svc.unplaced.map((u) => (
          <li key={u.taskId} data-testid="unplaced-task">
            <strong>slot {u.slot}</strong>: <span className="small">{u.reason}</span>
            {u.failures.length > 0 && (
              <ul className="small muted" style={{ margin: '2px 0 0', paddingLeft: 18 }}>
                {u.failures.map((f) => (
                  <li key={`${f.filter} ${f.reason}`} data-testid="unplaced-filter" data-filter={f.filter}>
                    <span className="mono">{f.filter}</span> rejected {f.nodes} of {u.nodesConsidered}:{' '}
                    {f.reason}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RevisionHistory({ svc }: { svc: Svc }) {
  const [{ data, error }, reexecute] = useQuery({ query: RevisionsQuery, variables: { id: svc.id } });
  const [, rollback] = useMutation(RollbackServiceMutation);
  const [err, setErr] = useState<string | null>(null);
  const mayOperate = useMe().canInCluster('OPERATOR', svc.clusterId);
  useRefetchOn(
    (e) => e.serviceId === svc.id && (e.kind === 'service.updated' || e.kind.startsWith('rollout.')),
    () => reexecute({ requestPolicy: 'network-only' }),
    { pollMs: 0 },
  );
  const revs = data?.serviceRevisions ?? [];
  return (
    <section className="card stack" aria-labelledby="rev-h" data-testid="revisions">
      <h2 id="rev-h">Revisions</h2>
      <ErrorBanner error={errorMessage(error) ?? err} />
      {revs.length === 0 && <span className="muted small">No revisions.</span>}
      {revs.map((r) => (
        <details
          key={r.number}
          open={r.current}
          data-testid="revision"
          data-number={r.number}
          data-image={r.image}
          data-current={r.current}
        >
          <summary className="row between" style={{ cursor: 'pointer' }}>
            <span>
              <strong>#{r.number}</strong> <span className="mono small">{r.image}</span>{' '}
              {r.current && <Badge tone="ok">current</Badge>}
            </span>
            <span className="small muted">
              {r.reason} · <Ago iso={r.createdAt} />
            </span>
          </summary>
          <div className="stack" style={{ padding: '8px 0 4px 12px', gap: 4 }}>
            {r.diff.length === 0 ? (
              <span className="muted small">First revision.</span>
            ) : (
              <table>
                <tbody>
                  {r.diff.map((d) => (
                    <tr key={d.path}>
                      <td className="mono small">{d.path}</td>
                      <td className="mono small diff-from">{json(d.from)}</td>
                      <td className="mono small diff-to">{json(d.to)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {!r.current && mayOperate && (
              <div>
                <ConfirmButton
                  title={`Roll back ${svc.name} to revision ${r.number}?`}
                  body={`Tasks are replaced with revision ${r.number} (${r.image}) using the rollback config.`}
                  confirmLabel="Roll back"
                  className="small"
                  testId={`rollback-${r.number}`}
                  onConfirm={async () => {
                    setErr(null);
                    const res = await rollback({ id: svc.id, toRevision: r.number });
                    if (res.error) setErr(errorMessage(res.error));
                  }}
                >
                  ↶ Roll back to #{r.number}
                </ConfirmButton>
              </div>
            )}
          </div>
        </details>
      ))}
    </section>
  );
}

function SpecSummary({ svc }: { svc: Svc }) {
  const s = svc.spec;
  return (
    <dl className="kv">
      <dt>Image</dt>
      <dd className="mono">{s.image}</dd>
      {s.command && (
        <>
          <dt>Command</dt>
          <dd className="mono">{s.command.join(' ')}</dd>
        </>
      )}
      <dt>Ports</dt>
      <dd>
        {s.ports.length
          ? s.ports
              .map(
                (p) =>
                  `${p.hostIp ? `${p.hostIp}:` : ''}${p.hostPort || 'auto'}→${p.containerPort}/${p.protocol.toLowerCase()}`,
              )
              .join(', ')
          : '—'}
      </dd>
      <dt>Reserve / limit</dt>
      <dd>
        {s.reservations.cpus || '—'} / {s.limits.cpus || '—'} CPU ·{' '}
        {s.reservations.memoryBytes ? bytes(s.reservations.memoryBytes) : '—'} /{' '}
        {s.limits.memoryBytes ? bytes(s.limits.memoryBytes) : '—'}
      </dd>
      <dt>Health check</dt>
      <dd className="mono">
        {s.healthCheck ? `${s.healthCheck.test.join(' ')} every ${ms(s.healthCheck.intervalMs)}` : '—'}
      </dd>
      <dt>Placement</dt>
      <dd>
        {[
          ...s.placement.constraints.filter((c) => !svc.pins.some((p) => p.constraint === c)),
          ...svc.pins.map((p) => p.reason),
          ...s.placement.spread.map((x) => `spread ${x}`),
          s.placement.maxReplicasPerNode ? `≤${s.placement.maxReplicasPerNode}/node` : '',
        ]
          .filter(Boolean)
          .join(' · ') || '—'}
      </dd>
      <dt>Update</dt>
      <dd>
        {s.update.parallelism || 'all'} at a time, {s.update.order.toLowerCase().replace('_', ' ')}, monitor{' '}
        {ms(s.update.monitorMs)}
        {s.update.minReadyMs > 0 ? `, each ready ${ms(s.update.minReadyMs)} before the next batch` : ''}, on
        failure {s.update.failureAction.toLowerCase()}
      </dd>
      {s.env.length > 0 && (
        <>
          <dt>Env</dt>
          <dd className="mono small">{s.env.map((e) => `${e.key}=${e.value}`).join(' ')}</dd>
        </>
      )}
    </dl>
  );
}

interface Counts {
  status: string;
  desired: number;
  running: number;
  healthy: number;
  unhealthy: number;
  pending: number;
}

/**
 * Replica counts, live: service.status events carry the new counts the moment the reconciler
 * computes them, so a dip shows even when a refetch is slower than the dip. Whichever of the
 * query answer and the event arrived last wins.
 */
function useLiveCounts(serviceId: string | undefined, data: unknown): Counts | null {
  const [live, setLive] = useState<(Counts & { at: number }) | null>(null);
  const dataAt = useRef(0);
  const prev = useRef<unknown>(null);
  if (data !== prev.current) {
    prev.current = data;
    dataAt.current = Date.now();
  }
  useLiveEvents(
    (e) => Boolean(serviceId) && e.serviceId === serviceId && e.kind === 'service.status' && Boolean(e.data),
    (e) => {
      const d = e.data as Record<string, unknown>;
      const n = (k: string) => (typeof d[k] === 'number' ? (d[k] as number) : 0);
      setLive({
        status: String(d.status ?? ''),
        desired: n('desired'),
        running: n('running'),
        healthy: n('healthy'),
        unhealthy: n('unhealthy'),
        pending: n('pending'),
        at: Date.now(),
      });
    },
  );
  return live && live.at > dataAt.current ? live : null;
}

function ServiceEvents({ serviceId }: { serviceId: string }) {
  const match = useCallback((e: LiveEvent) => e.serviceId === serviceId, [serviceId]);
  const query = useMemo(() => ({ serviceId }), [serviceId]);
  return (
    <section className="card tight" aria-labelledby="sev-h" data-testid="service-events">
      <h2 id="sev-h">Events</h2>
      <EventFeed limit={20} filter={match} query={query} />
    </section>
  );
}

export function ServiceDetail({ id }: { id: string }) {
  const router = useRouter();
  const [{ data, error }, reexecute] = useQuery({ query: ServiceQuery, variables: { id } });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // While a refetch is in flight urql may hand back no data at all: keep showing the last answer
  // then, and say "not found" only when the server said so (service: null).
  const last = useRef<Svc | null>(null);
  const svc = data ? data.service : last.current;
  if (data?.service) last.current = data.service;
  const svcId = svc?.id;
  const counts = useLiveCounts(svcId, data);
  useRefetchOn(
    (e) =>
      (svcId ? e.serviceId === svcId : false) || e.kind.startsWith('node.') || e.kind === 'container.died',
    refetch,
    { throttleMs: 250, pollMs: 4000 },
  );
  const [, update] = useMutation(UpdateServiceMutation);
  const [, remove] = useMutation(RemoveServiceMutation);
  const [tab, setTab] = useState<'overview' | 'update'>('overview');
  const [notice, setNotice] = useState<string | null>(null);
  const auth = useMe();
  const running = useMemo(
    () =>
      (svc?.tasks ?? [])
        .filter((t) => t.state === 'RUNNING' && t.containerId)
        .map((t) => ({ id: t.containerId!, nodeId: t.nodeId })),
    [svc?.tasks],
  );
  if (!svc)
    return error || !data ? (
      <ErrorBanner error={errorMessage(error) ?? 'Loading…'} retry={refetch} />
    ) : (
      <Empty title="Service not found">
        It may have been removed. <Link href="/services">All services</Link>
      </Empty>
    );
  // Scale, update, roll back, pause, remove: OPERATOR in the service's environment (else hidden).
  const mayOperate = auth.canInCluster('OPERATOR', svc.clusterId);
  const view = mayOperate ? tab : 'overview';
  return (
    <div className="stack" style={{ gap: 14 }}>
      <div className="page-head">
        <div>
          <h1>
            {svc.name} <StatusBadge status={counts?.status || svc.status} testId="detail-status" />
          </h1>
          <div className="sub">
            <span className="mono">{svc.image}</span> · revision {svc.revision} · {svc.mode.toLowerCase()} ·
            created <Ago iso={svc.createdAt} />
          </div>
        </div>
        <div className="row">
          {mayOperate && (
            <ConfirmButton
              danger
              title={`Remove ${svc.name}?`}
              body="Its containers are stopped and removed. This cannot be undone."
              confirmLabel="Remove"
              testId="remove-service"
              onConfirm={async () => {
                const r = await remove({ id: svc.id });
                if (!r.error) router.push('/services');
                else setNotice(errorMessage(r.error));
              }}
            >
              Remove
            </ConfirmButton>
          )}
        </div>
      </div>
      <ErrorBanner error={errorMessage(error) ?? notice} retry={refetch} />
      <div className="grid cols-4 stats-phone">
        <div className="card stat">
          <span className="label">Desired</span>
          <span className="value" data-testid="count-desired">
            {counts?.desired ?? svc.desiredReplicas}
          </span>
        </div>
        <div className="card stat">
          <span className="label">Running</span>
          <span className="value" data-testid="count-running">
            {counts?.running ?? svc.runningReplicas}
          </span>
          {(counts?.pending ?? svc.pendingReplicas) > 0 && (
            <span className="small muted">{counts?.pending ?? svc.pendingReplicas} pending</span>
          )}
        </div>
        <div className="card stat">
          <span className="label">Healthy</span>
          <span
            className="value"
            data-testid="count-healthy"
            style={{
              color:
                (counts?.healthy ?? svc.healthyReplicas) < (counts?.desired ?? svc.desiredReplicas)
                  ? 'var(--warn)'
                  : 'var(--ok)',
            }}
          >
            {counts?.healthy ?? svc.healthyReplicas}
          </span>
          {(counts?.unhealthy ?? svc.unhealthyReplicas) > 0 && (
            <span className="small" style={{ color: 'var(--bad)' }}>
              {counts?.unhealthy ?? svc.unhealthyReplicas} unhealthy
            </span>
          )}
        </div>
        {mayOperate ? (
          <div className="card stat">
            <span className="label">Scale</span>
            <ScaleControl key={svc.desiredReplicas} svc={svc} />
          </div>
        ) : (
          <div className="card stat">
            <span className="label">Mode</span>
            <span className="value">{svc.mode.toLowerCase()}</span>
          </div>
        )}
      </div>
      {mayOperate && (
        <div className="tabs" role="tablist" aria-label="Service views">
          <button
            type="button"
            role="tab"
            aria-selected={view === 'overview'}
            onClick={() => setTab('overview')}
          >
            Overview
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={view === 'update'}
            onClick={() => setTab('update')}
            data-testid="tab-update"
          >
            Update
          </button>
        </div>
      )}
      {view === 'overview' ? (
        <>
          <Unplaced svc={svc} />
          <FederationPanel serviceId={svc.id} />
          <div className="grid cols-2">
            <RolloutPanel svc={svc} />
            <section className="card">
              <h2>Spec</h2>
              <SpecSummary svc={svc} />
              {mayOperate && <QuickChanges key={svc.image} svc={svc} />}
            </section>
          </div>
          <TaskTable svc={svc} />
          <AutoscalePanel svc={svc} />
          {svc.spec.ingress && <IngressPanel serviceId={svc.id} />}
          <ServiceEvents serviceId={svc.id} />
          <ContainerMetrics targets={running} title={`Live use (${running.length} running)`} />
          <RevisionHistory svc={svc} />
        </>
      ) : (
        <ServiceFormView
          key={svc.revision}
          mode="update"
          submitLabel="Roll out"
          initial={formFromSpec(svc.spec, svc.pins)}
          onSubmit={async (spec) => {
            const r = await update({ id: svc.id, spec });
            if (r.error) return r.error;
            setTab('overview');
            setNotice(null);
            refetch();
            return undefined;
          }}
        />
      )}
    </div>
  );
}
