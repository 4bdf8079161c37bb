'use client';
import { useCallback, useState } from 'react';
import { useMutation, useQuery } from '@urql/next';
import type { ProgressiveRolloutFieldsFragment as Progressive } from '@/gql/graphql';
import { AbortRolloutMutation, PromoteRolloutMutation, RolloutTimelineQuery } from '@/graphql/rollouts';
import { useMe } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { ms } from '@/lib/format';
import { useRefetchOn } from '@/lib/live';
import { figuresText } from '@/lib/rollout-timeline';
import { RolloutTimeline } from './RolloutTimeline';
import { ConfirmButton, StatusBadge, useNow } from './ui';

/** Phases in which the rollout still moves: the timeline is polled and promote/abort offered. */
const LIVE_PHASES = new Set(['STARTING', 'STEPPING', 'SWITCHED', 'PROMOTED']);

/**
 * A canary's or blue-green's state on the service page: phase, step and weight, the last decision
 * with its figures, Promote and Abort (each confirmed), and the timeline chart, live while it runs.
 */
export function ProgressiveRollout({
  serviceId,
  clusterId,
  p,
}: {
  serviceId: string;
  clusterId: string;
  p: Progressive;
}) {
  const live = LIVE_PHASES.has(p.phase);
  const [{ data }, reexecute] = useQuery({
    query: RolloutTimelineQuery,
    variables: { id: serviceId, limit: 600 },
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn((e) => e.serviceId === serviceId && e.kind.startsWith('rollout.'), refetch, {
    throttleMs: 500,
    pollMs: live ? 1500 : 0,
  });
  const now = useNow(live ? 1000 : 60_000);
  const [, promote] = useMutation(PromoteRolloutMutation);
  const [, abort] = useMutation(AbortRolloutMutation);
  const [err, setErr] = useState<string | null>(null);
  const mayOperate = useMe().canInCluster('OPERATOR', clusterId);
  const samples = data?.service?.rollout?.timeline ?? [];
  const canary = p.kind === 'CANARY';
  const act = async (f: (v: { id: string }) => Promise<{ error?: Parameters<typeof errorMessage>[0] }>) => {
    setErr(null);
    const r = await f({ id: serviceId });
    if (r.error) setErr(errorMessage(r.error));
    refetch();
  };
  const d = p.decision;
  return (
    <div
      className="stack"
      style={{ gap: 8 }}
      data-testid="progressive"
      data-phase={p.phase}
      data-kind={p.kind}
    >
      <div className="row between">
        <h3 style={{ margin: 0 }}>{canary ? 'Canary' : 'Blue-green'}</h3>
        {mayOperate && live && (
          <div className="row">
            {p.phase !== 'PROMOTED' && (
              <ConfirmButton
                className="primary"
                title={
                  canary
                    ? `Promote revision ${p.canaryRevision}?`
                    : `Finish the switch to ${p.canaryRevision}?`
                }
                body={
                  canary
                    ? `It gets 100 % of requests now and the rolling update replaces the ${p.stableRevision} tasks.`
                    : `The old revision ${p.stableRevision} goes now instead of after its keep time.`
                }
                confirmLabel="Promote"
                testId="rollout-promote"
                onConfirm={() => act(promote)}
              >
                Promote
              </ConfirmButton>
            )}
            <ConfirmButton
              danger
              title={`Abort and go back to revision ${p.stableRevision}?`}
              body={`Revision ${p.canaryRevision} gets no request from now on and its tasks are stopped.`}
              confirmLabel="Abort"
              testId="rollout-abort"
              onConfirm={() => act(abort)}
            >
              Abort
            </ConfirmButton>
          </div>
        )}
      </div>
      {err && (
        <div className="field-error" role="alert">
          {err}
        </div>
      )}
      <div className="row small">
        <StatusBadge status={p.phase} testId="progressive-phase" />
        <span>
          revision {p.stableRevision} → {p.canaryRevision}
          {canary && (
            <>
              {' '}
              · step <span data-testid="progressive-step">{p.step + 1}</span> of {p.steps.length} ·{' '}
              <span data-testid="progressive-weight">{p.weight}</span> % of requests to {p.canaryRevision}
            </>
          )}
          {!canary && p.switchedAt && ` · switched ${new Date(p.switchedAt).toLocaleTimeString()}`} ·{' '}
          {p.tasks} new task(s)
        </span>
      </div>
      {canary && p.steps.length > 0 && (
        <div className="small muted">
          Steps: {p.steps.map((s) => `${s.weight} % for ${ms(s.durationMs)}`).join(' → ')}
        </div>
      )}
      {d && (
        <div
          className={`banner ${d.event === 'fail' || d.event === 'abort' ? 'bad' : d.event === 'pass' ? 'ok' : 'info'}`}
          data-testid="progressive-decision"
          data-event={d.event}
        >
          <strong>{d.event}</strong> ({d.from.toLowerCase()} → {d.to.toLowerCase()}, step {d.step + 1} at{' '}
          {d.weight} %): {d.reason}
          <div className="small">
            stable r{p.stableRevision}: {figuresText(d.stable)} · new r{p.canaryRevision}:{' '}
            {figuresText(d.canary)}
          </div>
        </div>
      )}
      {!d && p.message && <div className="small muted">{p.message}</div>}
      <RolloutTimeline
        samples={samples}
        stableRevision={p.stableRevision}
        canaryRevision={p.canaryRevision}
        untilSec={live ? now / 1000 : undefined}
      />
    </div>
  );
}
