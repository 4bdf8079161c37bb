'use client';
import { useCallback } from 'react';
import { useQuery } from '@urql/next';
import { ControlPlaneQuery } from '@/graphql/cluster';
import { errorMessage } from '@/lib/errors';
import { useRefetchOn } from '@/lib/live';
import { Ago } from './Ago';
import { Badge, ErrorBanner } from './ui';

/**
 * Which control-plane replica answers and which one leads (issue #17): with several replicas on
 * one PostgreSQL, every replica serves the dashboard but only the lease holder runs the loops. An
 * operator looking at a stuck rollout first wants to know whether anyone leads, and since when.
 * Refetched on the leader.* events and every 5 s (a takeover's first event comes from the new
 * leader, which may not be the replica this page is connected to).
 */
export function ControlPlaneCard() {
  const [{ data, error }, reexecute] = useQuery({ query: ControlPlaneQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn((e) => e.kind.startsWith('leader.'), refetch, { throttleMs: 500, pollMs: 5000 });
  if (!data) return <ErrorBanner error={errorMessage(error)} retry={refetch} />;
  const s = data.system;
  const l = s.leader;
  return (
    <section className="card stack" aria-labelledby="cp-h" data-testid="control-plane">
      <div className="row between">
        <h2 id="cp-h" style={{ margin: 0 }}>
          Control plane
        </h2>
        {l ? (
          <Badge tone="ok" testId="cp-leader-state">
            {l.self ? 'this replica leads' : 'led by another replica'}
          </Badge>
        ) : (
          <Badge tone="warn" testId="cp-leader-state">
            no leader: a takeover is under way
          </Badge>
        )}
      </div>
      <dl className="kv small">
        <dt>This replica</dt>
        <dd className="mono" data-testid="cp-instance">
          {s.instanceId}
        </dd>
        <dt>Leader</dt>
        <dd data-testid="cp-leader">
          {l ? (
            <>
              <span className="mono">{l.instanceId}</span> since <Ago iso={l.since} /> · fencing token{' '}
              {l.token}
            </>
          ) : (
            '—'
          )}
        </dd>
        <dt>Version</dt>
        <dd>
          {s.version} · started <Ago iso={s.startedAt} />
        </dd>
      </dl>
    </section>
  );
}
