'use client';
import Link from 'next/link';
import { useCallback } from 'react';
import { useQuery } from '@urql/next';
import { StacksQuery } from '@/graphql/stacks';
import { useMe } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { useRefetchOn } from '@/lib/live';
import { rollup } from '@/lib/stack';
import { Ago } from './Ago';
import { serviceEventIsLive } from './ServiceList';
import { Empty, ErrorBanner, ProgressBar, StatusBadge } from './ui';

/** Stack events and every event that may change one of its services' status. */
export const stackEventIsLive = (e: { kind: string; serviceId?: string | null }) =>
  e.kind.startsWith('stack.') || serviceEventIsLive(e);

export function StackList() {
  const [{ data, error }, reexecute] = useQuery({ query: StacksQuery, variables: {} });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn(stackEventIsLive, refetch, { throttleMs: 300, pollMs: 5000 });
  const stacks = [...(data?.stacks ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const mayDeploy = useMe().can('OPERATOR');
  return (
    <>
      <ErrorBanner error={errorMessage(error)} retry={refetch} />
      <div className="card tight">
        {stacks.length === 0 ? (
          <Empty title="No stacks yet">
            <p className="muted">A stack is a compose file deployed as one application.</p>
            {mayDeploy && (
              <p>
                <Link href="/stacks/new" className="btn primary">
                  New stack
                </Link>
              </p>
            )}
          </Empty>
        ) : (
          <div className="table-wrap">
            <table data-testid="stacks-table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Status</th>
                  <th className="right">Services</th>
                  <th style={{ minWidth: 140 }} title="healthy of desired replicas, all services">
                    Healthy replicas
                  </th>
                  <th className="hide-phone">Networks · volumes · secrets</th>
                  <th className="right hide-phone">Warnings</th>
                  <th className="hide-phone">Updated</th>
                </tr>
              </thead>
              <tbody>
                {stacks.map((s) => {
                  const r = rollup(s.services);
                  return (
                    <tr key={s.name} data-testid="stack-row" data-name={s.name}>
                      <td>
                        <Link href={`/stacks/${encodeURIComponent(s.name)}`}>
                          <strong>{s.name}</strong>
                        </Link>
                      </td>
                      <td>
                        <StatusBadge status={s.status} testId="stack-status" />
                      </td>
                      <td className="right num">{s.services.length}</td>
                      <td>
                        <div className="stack" style={{ gap: 2 }}>
                          <ProgressBar
                            done={r.healthy}
                            total={r.desired}
                            label={`Healthy replicas of ${s.name}`}
                          />
                          <span className="small muted num">
                            {r.healthy}/{r.desired}
                          </span>
                        </div>
                      </td>
                      <td className="small muted hide-phone">
                        {s.networks.length} · {s.volumes.length} · {s.secrets.length}
                      </td>
                      <td className="right num hide-phone">{s.warnings.length}</td>
                      <td className="small muted hide-phone">
                        <Ago iso={s.updatedAt} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}

/** The page head's "New stack" link, for those who may deploy. */
export function NewStackLink() {
  if (!useMe().can('OPERATOR')) return null;
  return (
    <Link href="/stacks/new" className="btn primary" data-testid="new-stack-link">
      New stack
    </Link>
  );
}
