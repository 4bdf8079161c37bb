'use client';
import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@urql/next';
import type {
  CheckConnectivityMutation as CheckResult,
  NetworksQuery as NetworksResult,
} from '@/gql/graphql';
import { CheckConnectivityMutation, NetworksQuery } from '@/graphql/networks';
import { useMe } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { useRefetchOn } from '@/lib/live';
import {
  defaultPort,
  nodeColumns,
  parsePort,
  replicaChoices,
  replicaStatus,
  type NodeColumn,
} from '@/lib/networks';
import { Badge, Empty, ErrorBanner, StatusBadge, label, toneOf } from './ui';

type NetworkT = NetworksResult['networks'][number];
type EndpointT = NetworkT['endpoints'][number];
type ServiceT = NetworksResult['services'][number];
type ResultT = CheckResult['checkConnectivity'];

/** A replica as a dot: coloured by its health, ringed when the service name answers it. */
function ReplicaDot({ e }: { e: EndpointT }) {
  const status = replicaStatus(e);
  const text = `${e.serviceName} #${e.slot}: ${label(status)}, ${e.ip ?? 'no address'}${e.inDns ? ', answered by DNS' : ''}`;
  return (
    <li
      className={`replica-dot ${toneOf(status)}${e.inDns ? ' in-dns' : ''}`}
      title={text}
      data-testid="network-endpoint"
      data-service={e.serviceName}
      data-node={e.nodeName}
      data-health={e.health}
      data-state={e.state}
      data-in-dns={e.inDns ? 'yes' : 'no'}
    >
      <span className="sr-only">{text}</span>
    </li>
  );
}

/** One node as a box: its slice of the subnet and its replicas of each service as dots. */
function NodeBox({ col }: { col: NodeColumn<EndpointT> }) {
  const count = col.services.reduce((n, s) => n + s.replicas.length, 0);
  return (
    <section
      className="node-box stack"
      aria-label={`${col.nodeName}: ${count} replica(s)`}
      data-testid="network-node"
      data-node={col.nodeName}
      data-slice={col.slice ?? ''}
    >
      <div className="row between">
        <h3 style={{ margin: 0, fontSize: 14 }}>{col.nodeName}</h3>
        {col.error ? (
          <Badge tone="bad">unreachable</Badge>
        ) : (
          <Badge tone={col.present ? 'ok' : 'warn'}>{col.present ? 'network up' : 'not created'}</Badge>
        )}
      </div>
      <div className="small muted">
        slice{' '}
        <span className="mono" data-testid="node-slice">
          {col.slice ?? 'none yet'}
        </span>
      </div>
      {col.error && <div className="small field-error">{col.error}</div>}
      {col.services.length ? (
        col.services.map((s) => (
          <div key={s.name} className="stack" style={{ gap: 4 }}>
            <span className="small">
              <strong>{s.name}</strong> <span className="muted">×{s.replicas.length}</span>
            </span>
            <ul className="replica-dots" aria-label={`${s.name} on ${col.nodeName}`}>
              {s.replicas.map((e) => (
                <ReplicaDot key={e.taskId} e={e} />
              ))}
            </ul>
          </div>
        ))
      ) : (
        <span className="small muted">No replica here.</span>
      )}
    </section>
  );
}

function ReplicaTable({ endpoints }: { endpoints: EndpointT[] }) {
  return (
    <details>
      <summary className="small">Replicas as a table ({endpoints.length})</summary>
      <div className="table-wrap" style={{ marginTop: 8 }} tabIndex={0} role="region" aria-label="Replicas">
        <table>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Slot</th>
              <th scope="col">Node</th>
              <th scope="col">Address</th>
              <th scope="col">Health</th>
              <th scope="col">DNS</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={e.taskId}>
                <td>{e.serviceName}</td>
                <td className="num">{e.slot}</td>
                <td>{e.nodeName}</td>
                <td className="mono">{e.ip ?? '—'}</td>
                <td>
                  <StatusBadge status={replicaStatus(e)} />
                </td>
                <td>{e.inDns ? 'answered' : 'not answered'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function NetworkCard({ n }: { n: NetworkT }) {
  const cols = useMemo(() => nodeColumns(n.nodes, n.endpoints), [n.nodes, n.endpoints]);
  const answered = n.endpoints.filter((e) => e.inDns).length;
  return (
    <section
      className="card stack"
      aria-labelledby={`net-${n.id}`}
      data-testid="network-card"
      data-network={n.name}
    >
      <div className="row between">
        <h2 id={`net-${n.id}`} style={{ margin: 0 }}>
          {n.name} <Badge tone={n.driver === 'INTERNAL' ? 'warn' : 'info'}>{n.driver.toLowerCase()}</Badge>
        </h2>
        <span className="small muted">
          <span className="mono">{n.subnet}</span> · gateway <span className="mono">{n.gateway}</span> ·{' '}
          {n.services.length} service(s) · {answered} of {n.endpoints.length} replicas answered by DNS
        </span>
      </div>
      {cols.length ? (
        <div className="node-boxes">
          {cols.map((c) => (
            <NodeBox key={c.nodeId} col={c} />
          ))}
        </div>
      ) : (
        <span className="muted small">Not on any node yet.</span>
      )}
      {n.endpoints.length > 0 && <ReplicaTable endpoints={n.endpoints} />}
    </section>
  );
}

function Legend() {
  return (
    <div className="legend" aria-label="Legend">
      <span>
        <i className="replica-swatch ok" aria-hidden="true" />
        healthy / running
      </span>
      <span>
        <i className="replica-swatch info" aria-hidden="true" />
        starting
      </span>
      <span>
        <i className="replica-swatch bad" aria-hidden="true" />
        unhealthy / failed
      </span>
      <span>
        <i className="replica-swatch idle" aria-hidden="true" />
        other
      </span>
      <span>
        <i className="replica-swatch ok in-dns" aria-hidden="true" />
        ringed: the service name answers it
      </span>
    </div>
  );
}

/** A latency under 1 ms to the µs (a round trip across nodes is ~0.1 ms), else to 0.1 ms. */
const fmtMs = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));

/** Resolve and connect latency beside the empty exec's, as bars. */
function LatencyBars({ r }: { r: ResultT }) {
  const max = Math.max(r.resolveMs, r.connectMs, r.execOverheadMs, 1);
  const bar = (what: string, ms: number, tone: string, testId: string) => (
    <div className="row small" style={{ gap: 8 }}>
      <span style={{ width: 150 }}>{what}</span>
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          height: 10,
          width: `${Math.max(2, (ms / max) * 240)}px`,
          background: `var(--${tone})`,
          borderRadius: 3,
        }}
      />
      <span className="num" data-testid={testId}>
        {fmtMs(ms)} ms
      </span>
    </div>
  );
  return (
    <div className="stack" style={{ gap: 4 }} aria-label="Latency">
      {bar('resolve (nslookup)', r.resolveMs, r.resolveOk ? 'info' : 'bad', 'resolve-ms')}
      {bar('connect (ping RTT)', r.connectMs, r.connected ? 'ok' : 'bad', 'connect-ms')}
      {bar('empty exec (off resolve)', r.execOverheadMs, 'idle', 'exec-ms')}
    </div>
  );
}

function CheckResultView({ r }: { r: ResultT }) {
  return (
    <div className="stack" data-testid="connectivity-result" data-connected={r.connected ? 'yes' : 'no'}>
      <div className={`banner ${r.connected ? 'ok' : 'bad'}`} role="status">
        {r.connected
          ? `${r.fromService} on ${r.fromNode} connected to ${r.toService}:${r.port} in ${fmtMs(r.connectMs)} ms`
          : r.error}
      </div>
      <dl className="kv small">
        <dt>Connected</dt>
        <dd data-testid="connectivity-connected">{r.connected ? 'yes' : 'no'}</dd>
        <dt>Resolved to</dt>
        <dd className="mono" data-testid="connectivity-resolved">
          {r.resolved.join(', ') || 'nothing'}
        </dd>
        <dt>Control plane expects</dt>
        <dd className="mono">{r.expected.join(', ') || 'nothing (service DNS off or no healthy replica)'}</dd>
        <dt>From</dt>
        <dd className="mono">
          {r.fromService} · task {r.fromTaskId.slice(0, 8)} · container {r.fromContainerId.slice(0, 12)} on{' '}
          {r.fromNode}
        </dd>
        {r.error && (
          <>
            <dt>Error</dt>
            <dd data-testid="connectivity-error">{r.error}</dd>
          </>
        )}
      </dl>
      <LatencyBars r={r} />
      {r.output && (
        <details>
          <summary className="small">What nslookup and nc printed</summary>
          <pre className="logs small">{r.output}</pre>
        </details>
      )}
    </div>
  );
}

function ConnectivityCheck({ endpoints, services }: { endpoints: EndpointT[]; services: ServiceT[] }) {
  const [, check] = useMutation(CheckConnectivityMutation);
  const replicas = useMemo(() => replicaChoices(endpoints), [endpoints]);
  const targets = useMemo(() => [...new Set(endpoints.map((e) => e.serviceName))].sort(), [endpoints]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [port, setPort] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string | null>(null);
  const [result, setResult] = useState<ResultT | null>(null);
  const auth = useMe();
  // Defaults until the operator picks: the first replica, another service than its own, that service's port.
  const fromValue = replicas.some((r) => r.value === from) ? from : (replicas[0]?.value ?? '');
  const fromService = replicas.find((r) => r.value === fromValue)?.service;
  const toValue = targets.includes(to) ? to : (targets.find((t) => t !== fromService) ?? targets[0] ?? '');
  const portValue = port ?? String(defaultPort(services, toValue) ?? '');
  if (!auth.can('OPERATOR')) return null;
  return (
    <section className="card stack" aria-labelledby="connectivity-title">
      <h2 id="connectivity-title" style={{ margin: 0 }}>
        Connectivity check
      </h2>
      <p className="small muted" style={{ margin: 0 }}>
        From a replica, resolve a service&apos;s name and open a TCP connection to it (busybox nslookup and
        nc, run in the replica), as its own code would.
      </p>
      <form
        className="row"
        style={{ gap: 12, alignItems: 'flex-end' }}
        onSubmit={async (ev) => {
          ev.preventDefault();
          setErr(null);
          const p = parsePort(portValue);
          if ('error' in p) {
            setErr(p.error);
            return;
          }
          setBusy(true);
          setResult(null);
          const r = await check({ input: { fromContainer: fromValue, toService: toValue, port: p.port } });
          setBusy(false);
          if (r.error) setErr(errorMessage(r.error));
          else if (r.data) setResult(r.data.checkConnectivity);
        }}
      >
        <label className="field">
          <span>From replica</span>
          <select value={fromValue} onChange={(e) => setFrom(e.target.value)}>
            {replicas.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>To service</span>
          <select
            value={toValue}
            onChange={(e) => {
              setTo(e.target.value);
              setPort(null);
            }}
          >
            {targets.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Port</span>
          <input
            inputMode="numeric"
            value={portValue}
            onChange={(e) => setPort(e.target.value)}
            size={6}
            aria-invalid={err !== null && 'error' in parsePort(portValue)}
          />
        </label>
        <button type="submit" className="btn primary" disabled={busy || !fromValue || !toValue}>
          {busy ? 'Checking…' : 'Run check'}
        </button>
      </form>
      {err && (
        <span className="field-error" role="alert">
          {err}
        </span>
      )}
      {result && <CheckResultView r={result} />}
    </section>
  );
}

export function NetworkView() {
  const [{ data, error }, reexecute] = useQuery({ query: NetworksQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn(
    (e) =>
      e.kind.startsWith('network.') ||
      e.kind.startsWith('task.') ||
      e.kind.startsWith('container.') ||
      e.kind.startsWith('node.'),
    refetch,
    { throttleMs: 1000, pollMs: 5000 },
  );
  if (error && !data) return <ErrorBanner error={errorMessage(error)} retry={refetch} />;
  if (!data) return null;
  const endpoints = data.networks.flatMap((n) => n.endpoints);
  const dns = data.serviceDns;
  return (
    <div className="stack">
      <div
        className={`banner ${dns.enabled ? (dns.serving ? 'ok' : 'bad') : 'info'}`}
        data-testid="dns-status"
      >
        {dns.enabled
          ? dns.serving
            ? `Service DNS: the cluster resolver at ${dns.nameserver ?? '?'} serves ${dns.names} names (${dns.queries ?? 0} queries answered).`
            : `Service DNS: the cluster resolver at ${dns.nameserver ?? '?'} does not answer; containers keep its last answers.`
          : 'Service DNS is off (STEVEDORE_DNS_LISTEN): a service name resolves only to its replicas on the same node.'}
      </div>
      {data.networks.length > 0 && <Legend />}
      {data.networks.length ? (
        data.networks.map((n) => <NetworkCard key={n.id} n={n} />)
      ) : (
        <Empty title="No networks">Create one with createNetwork and attach services to it.</Empty>
      )}
      {endpoints.length > 0 && <ConnectivityCheck endpoints={endpoints} services={data.services} />}
    </div>
  );
}
