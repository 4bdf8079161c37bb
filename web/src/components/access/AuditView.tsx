'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useClient, useQuery, useSubscription } from '@urql/next';
import type { AuditFilterInput, AuditLogQuery as AuditLogResult } from '@/gql/graphql';
import { useMe } from '@/lib/auth';
import { dateTime, time } from '@/lib/format';
import { TimeChart, type SeriesDef } from '../TimeChart';
import { Badge, Empty, ErrorBanner, LoadOlder, useNow } from '../ui';
import { describeError } from './form';
import { AuditEventsSubscription, AuditLogQuery } from '@/graphql/access';
import s from './access.module.css';

type Entry = AuditLogResult['auditLog']['items'][number];

const PAGE = 50;
const LIVE_MAX = 2000;
const RANGES = [
  { value: '15m', label: 'Last 15 minutes', ms: 15 * 60_000 },
  { value: '1h', label: 'Last hour', ms: 3_600_000 },
  { value: '24h', label: 'Last 24 hours', ms: 86_400_000 },
  { value: '7d', label: 'Last 7 days', ms: 7 * 86_400_000 },
  { value: '', label: 'Any time', ms: 0 },
  { value: 'custom', label: 'Between…', ms: 0 },
];
const CHART_MINUTES = 30;
const CHART: SeriesDef[] = [
  { label: 'ok', color: '#16a34a', format: (v) => `${Math.round(v)}/min` },
  { label: 'error', color: '#dc2626', format: (v) => `${Math.round(v)}/min` },
];

function matches(f: AuditFilterInput, e: Entry): boolean {
  if (f.actor && e.actor !== f.actor) return false;
  if (f.action && e.action !== f.action) return false;
  if (f.outcome && e.outcome !== f.outcome) return false;
  if (f.environment && e.environment !== f.environment) return false;
  const t = new Date(e.time).getTime();
  if (f.since && t < new Date(f.since).getTime()) return false;
  if (f.until && t >= new Date(f.until).getTime()) return false;
  return true;
}

/** datetime-local text (local time, no zone) → ISO, or undefined. */
const fromLocal = (v: string | null) => (v ? new Date(v).toISOString() : undefined);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The server writes a token's actor as "user (token name)": the user, and the token beneath. */
function actorParts(actor: string): { name: string; via: string | null } {
  const m = /^(.*) \(token (.*)\)$/.exec(actor);
  return m ? { name: m[1]!, via: m[2]! } : { name: actor, via: null };
}

function AuditRow({ e, fresh, via }: { e: Entry; fresh: boolean; via?: 'stream' }) {
  const ok = e.outcome === 'ok';
  const who = actorParts(e.actor);
  return (
    <tr
      className={fresh ? s.fresh : undefined}
      data-testid="audit-row"
      data-id={e.id}
      data-action={e.action}
      data-actor={e.actor}
      data-outcome={e.outcome}
      data-live={fresh ? 'true' : undefined}
      data-via={via}
    >
      <td className="nowrap small num" title={e.time}>
        {time(e.time)}
        <div className="muted">{dateTime(e.time).split(' ').slice(0, 2).join(' ')}</div>
      </td>
      <td>
        <strong>{who.name}</strong>
        <div className="small muted">{who.via ? `token ${who.via}` : e.actorKind}</div>
      </td>
      <td className="mono">{e.action}</td>
      <td className={`small ${s.target}`}>
        {e.target ? (
          <span className="mono" title={e.target}>
            {UUID.test(e.target) ? `${e.target.slice(0, 8)}…` : e.target}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
        {e.environment && <div className="muted">in {e.environment}</div>}
      </td>
      <td className="small mono nowrap hide-phone" title={e.userAgent || undefined}>
        {e.ip || <span className="muted">—</span>}
      </td>
      <td>
        <Badge tone={ok ? 'ok' : 'bad'} testId="audit-outcome">
          <span className="dot" aria-hidden="true" />
          {ok ? 'ok' : (e.errorCode ?? 'error')}
        </Badge>
      </td>
      <td className={`small mono hide-phone ${s.details}`} title={e.details ?? undefined}>
        {e.details ?? ''}
      </td>
    </tr>
  );
}

/** Actions per minute over the last half hour, ok and error, from the log and the live stream. */
function AuditChart({ filter, live }: { filter: AuditFilterInput; live: Entry[] }) {
  const minute = Math.floor(useNow(15_000) / 60_000);
  // The window the chart covers, moved on each new minute (only actor, action and environment filters apply).
  const since = useMemo(() => new Date((minute - CHART_MINUTES + 1) * 60_000).toISOString(), [minute]);
  const chartFilter = useMemo(
    () => ({
      ...(filter.actor ? { actor: filter.actor } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.environment ? { environment: filter.environment } : {}),
      since,
    }),
    [filter.actor, filter.action, filter.environment, since],
  );
  // Not suspending: the window moves each minute and the table must not blink for it.
  const context = useMemo(() => ({ suspense: false }), []);
  const [{ data }] = useQuery({
    query: AuditLogQuery,
    variables: { filter: chartFilter, limit: 1000 },
    context,
  });
  const series = useMemo(() => {
    const start = new Date(since).getTime() / 1000;
    const xs = Array.from({ length: CHART_MINUTES }, (_, i) => start + i * 60);
    const ok = xs.map(() => 0);
    const bad = xs.map(() => 0);
    const seen = new Set<number>();
    for (const e of [...live, ...(data?.auditLog.items ?? [])]) {
      if (seen.has(e.id) || !matches(chartFilter, e)) continue;
      seen.add(e.id);
      const i = Math.floor((new Date(e.time).getTime() / 1000 - start) / 60);
      if (i < 0 || i >= CHART_MINUTES) continue;
      if (e.outcome === 'ok') ok[i]!++;
      else bad[i]!++;
    }
    return [xs, ok, bad] as [number[], ...(number | null)[][]];
  }, [data, live, since, chartFilter]);
  const total =
    series[1]!.reduce<number>((a, b) => a + (b ?? 0), 0) +
    series[2]!.reduce<number>((a, b) => a + (b ?? 0), 0);
  return (
    <div className="card" data-testid="audit-chart-card">
      <div className="row between">
        <strong className="small">Actions per minute, last {CHART_MINUTES} minutes</strong>
        <span className="legend">
          <span>
            <i style={{ background: CHART[0]!.color }} />
            ok
          </span>
          <span>
            <i style={{ background: CHART[1]!.color }} />
            error
          </span>
          <span className="num" data-testid="audit-chart-total">
            {total} in all
          </span>
        </span>
      </div>
      <TimeChart
        label="Audit actions per minute"
        unit="perMinute"
        series={CHART}
        data={series}
        height={120}
        testId="audit-chart"
      />
    </div>
  );
}

/** The audit log: filters, pages of history, and a live head fed by the auditEvents subscription. */
export function AuditView() {
  const auth = useMe();
  const params = useSearchParams();
  const router = useRouter();
  const path = usePathname() ?? '/audit';
  const client = useClient();
  const actor = params.get('actor') ?? '';
  const action = params.get('action') ?? '';
  const outcome = params.get('outcome') ?? '';
  const environment = params.get('env') ?? '';
  const range = params.get('range') ?? '';
  const since = params.get('since');
  const until = params.get('until');
  // A relative range is measured from when it was chosen (the URL change), then stays put.
  const filter = useMemo<AuditFilterInput>(() => {
    const r = RANGES.find((x) => x.value === range);
    return {
      ...(actor ? { actor } : {}),
      ...(action ? { action } : {}),
      ...(outcome ? { outcome } : {}),
      ...(environment ? { environment } : {}),
      ...(r && r.ms ? { since: new Date(Date.now() - r.ms).toISOString() } : {}),
      ...(range === 'custom' && since ? { since: fromLocal(since) } : {}),
      ...(range === 'custom' && until ? { until: fromLocal(until) } : {}),
    };
  }, [actor, action, outcome, environment, range, since, until]);

  const [{ data, error }, reexecute] = useQuery({ query: AuditLogQuery, variables: { filter, limit: PAGE } });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [older, setOlder] = useState<Entry[]>([]);
  const [cursor, setCursor] = useState<number | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [pageErr, setPageErr] = useState<string | null>(null);
  useEffect(() => {
    setOlder([]);
    setCursor(data?.auditLog.nextCursor ?? null);
    setHasMore(data?.auditLog.hasMore ?? false);
  }, [data]);

  // The live head: the stream resumes after the newest entry of the first page (the server
  // replays what was written since, then goes live), so nothing falls between the page and the
  // stream, and a reconnect replays what the socket missed. Entries are deduplicated by id.
  const newest = data?.auditLog.items[0]?.id ?? null;
  const [{ data: live, error: liveErr }] = useSubscription(
    {
      query: AuditEventsSubscription,
      variables: { ...(environment ? { environment } : {}), after: newest ?? 0 },
      pause: !data,
    },
    (prev: Entry[] | undefined, d) =>
      prev?.some((x) => x.id === d.auditEvents.id)
        ? prev
        : [d.auditEvents, ...(prev ?? [])].slice(0, LIVE_MAX),
  );
  const head = useMemo(
    () =>
      (live ?? [])
        .filter((e) => e.id > (newest ?? -1) && matches(filter, e))
        .map((e) => ({ ...e, via: 'stream' as const }))
        .sort((a, b) => b.id - a.id),
    [live, newest, filter],
  );

  const loadOlder = async () => {
    if (cursor === null) return;
    setLoading(true);
    setPageErr(null);
    const r = await client
      .query(AuditLogQuery, { filter, before: cursor, limit: PAGE }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    if (r.error) return setPageErr(describeError(r.error));
    if (!r.data) return;
    setOlder((o) => [...o, ...r.data!.auditLog.items]);
    setCursor(r.data.auditLog.nextCursor ?? null);
    setHasMore(r.data.auditLog.hasMore);
  };

  const setParams = (next: Record<string, string>) => {
    const p = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    router.replace(`${path}${p.size ? `?${p}` : ''}`, { scroll: false });
  };

  const rows = [...head, ...(data?.auditLog.items ?? []), ...older];
  const chartLive = useMemo(() => live ?? [], [live]);
  const actors = useMemo(() => [...new Set(rows.map((r) => r.actor))].sort(), [rows]);
  const actions = useMemo(() => [...new Set(rows.map((r) => r.action))].sort(), [rows]);
  const [actorText, setActorText] = useState(actor);
  const [actionText, setActionText] = useState(action);
  useEffect(() => setActorText(actor), [actor]);
  useEffect(() => setActionText(action), [action]);
  const adminEnvs = auth.environments.filter((e) => auth.can('ADMIN', e.id));

  return (
    <div className="stack" style={{ gap: 14 }}>
      <ErrorBanner error={describeError(error) ?? pageErr} retry={error ? refetch : undefined} />
      {liveErr && <div className="banner warn">Live audit stream: {describeError(liveErr)}</div>}
      <AuditChart filter={filter} live={chartLive} />
      <form
        className="toolbar"
        role="search"
        aria-label="Filter the audit log"
        style={{ margin: 0 }}
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ actor: actorText.trim(), action: actionText.trim() });
        }}
      >
        <label className="sr-only" htmlFor="audit-actor">
          Actor
        </label>
        <input
          id="audit-actor"
          type="search"
          placeholder="Who (exact, as logged)"
          list="audit-actors"
          value={actorText}
          onChange={(e) => setActorText(e.target.value)}
          onBlur={() => actorText.trim() !== actor && setParams({ actor: actorText.trim() })}
          className={s.filterText}
        />
        <datalist id="audit-actors">
          {actors.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <label className="sr-only" htmlFor="audit-action">
          Action
        </label>
        <input
          id="audit-action"
          type="search"
          placeholder="Action, e.g. createUser"
          list="audit-actions"
          value={actionText}
          onChange={(e) => setActionText(e.target.value)}
          onBlur={() => actionText.trim() !== action && setParams({ action: actionText.trim() })}
          className={s.filterText}
        />
        <datalist id="audit-actions">
          {actions.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <label className="sr-only" htmlFor="audit-outcome">
          Outcome
        </label>
        <select id="audit-outcome" value={outcome} onChange={(e) => setParams({ outcome: e.target.value })}>
          <option value="">Any outcome</option>
          <option value="ok">ok</option>
          <option value="error">error</option>
        </select>
        {adminEnvs.length > 1 && (
          <>
            <label className="sr-only" htmlFor="audit-env">
              Environment
            </label>
            <select id="audit-env" value={environment} onChange={(e) => setParams({ env: e.target.value })}>
              <option value="">Every environment</option>
              {adminEnvs.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </>
        )}
        <label className="sr-only" htmlFor="audit-range">
          Time range
        </label>
        <select
          id="audit-range"
          value={range}
          onChange={(e) => setParams({ range: e.target.value, since: '', until: '' })}
        >
          {RANGES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        {range === 'custom' && (
          <>
            <input
              type="datetime-local"
              aria-label="From"
              value={since ?? ''}
              onChange={(e) => setParams({ since: e.target.value })}
            />
            <span className="muted small">to</span>
            <input
              type="datetime-local"
              aria-label="Until"
              value={until ?? ''}
              onChange={(e) => setParams({ until: e.target.value })}
            />
          </>
        )}
        <button type="submit" className="small">
          Apply
        </button>
        {(actor || action || outcome || range || environment) && (
          <button
            type="button"
            className="small link"
            onClick={() => {
              setActorText('');
              setActionText('');
              router.replace(path, { scroll: false });
            }}
          >
            Clear filters
          </button>
        )}
        <span style={{ flex: 1 }} />
        <span className="small muted" data-testid="audit-live-count">
          {head.length ? `${head.length} new live` : 'live'}
        </span>
      </form>
      <div className="card tight">
        {rows.length === 0 ? (
          <Empty title="Nothing in the audit log matches">
            Every call that changes something (and every refused one) is written here as it happens.
          </Empty>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Audit entries">
            <table data-testid="audit-table">
              <thead>
                <tr>
                  <th>Time</th>
                  <th>Who</th>
                  <th>Action</th>
                  <th>Target</th>
                  <th className="hide-phone">From</th>
                  <th>Outcome</th>
                  <th className="hide-phone">Details</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((e, i) => (
                  <AuditRow
                    key={e.id}
                    e={e}
                    fresh={i < head.length}
                    via={i < head.length ? head[i]!.via : undefined}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {hasMore && <LoadOlder loading={loading} onLoad={() => void loadOlder()} testId="audit-older" />}
      </div>
    </div>
  );
}
