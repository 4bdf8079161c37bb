'use client';
import { useCallback } from 'react';
import { useQuery } from '@urql/next';
import { ServiceFederationQuery } from '@/graphql/fleet';
import { errorMessage } from '@/lib/errors';
import { useRefetchOn } from '@/lib/live';
import { Ago } from './Ago';
import { ErrorBanner } from './ui';

/**
 * Where a federated service runs and why: the division decided by the cluster-level pipeline
 * (each share with its reason), the clusters left out (with why) and the summary line. Nothing
 * for an ordinary service.
 */
export function FederationPanel({ serviceId }: { serviceId: string }) {
  const [{ data, error }, reexecute] = useQuery({
    query: ServiceFederationQuery,
    variables: { id: serviceId },
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn((e) => e.kind.startsWith('federation.') || e.kind === 'cluster.health', refetch, {
    throttleMs: 1000,
    pollMs: 10_000,
  });
  const fed = data?.service?.federation;
  if (!fed) return error ? <ErrorBanner error={errorMessage(error)} retry={refetch} /> : null;
  const members = new Map(fed.members.map((m) => [m.clusterId, m]));
  return (
    <section className="card stack" aria-labelledby="fed-panel-h" data-testid="federation-panel">
      <div className="row between">
        <h2 id="fed-panel-h">Federation</h2>
        <span className="small muted">
          {fed.placement.replicaScheduling.toLowerCase().replace(/_/g, ' ')}
          {fed.moving ? ' · moving' : ''}
          {fed.decidedAt ? (
            <>
              {' '}
              · decided <Ago iso={fed.decidedAt} />
            </>
          ) : (
            ' · not decided yet'
          )}
        </span>
      </div>
      <p className="small" data-testid="federation-summary">
        {fed.summary}
      </p>
      <div className="table-wrap">
        <table data-testid="federation-division">
          <thead>
            <tr>
              <th scope="col">Cluster</th>
              <th scope="col" className="right">
                Replicas
              </th>
              <th scope="col" className="right" title="desired / running / healthy, as its copy reports">
                Copy
              </th>
              <th scope="col" className="right">
                Score
              </th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {fed.division.map((d) => {
              const m = members.get(d.clusterId);
              return (
                <tr key={d.clusterId}>
                  <td className="mono">{d.cluster}</td>
                  <td className="right num">{d.replicas}</td>
                  <td className="right num">{m ? `${m.desired} / ${m.running} / ${m.healthy}` : '—'}</td>
                  <td className="right num">{d.score}</td>
                  <td className="small">{d.reason}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {fed.excluded.length > 0 && (
        <div className="stack" style={{ gap: 4 }}>
          <h3>Left out</h3>
          <ul className="small" data-testid="federation-excluded">
            {fed.excluded.map((x) => (
              <li key={x.clusterId}>
                <span className="mono">{x.cluster}</span>: {x.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
