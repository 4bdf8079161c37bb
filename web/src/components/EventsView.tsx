'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from '@urql/next';
import type { EventFilter, EventSeverity } from '@/gql/graphql';
import { EventsQuery } from '@/graphql/events';
import { NodesQuery } from '@/graphql/nodes';
import { ServicesQuery } from '@/graphql/services';
import { errorMessage } from '@/lib/errors';
import type { LiveEvent } from '@/lib/events';
import { useLiveEvents } from '@/lib/live';
import { markedCursor } from '@/lib/event-href';
import { EventItem } from './EventFeed';
import { Empty, ErrorBanner, LoadOlder } from './ui';

const PAGE = 50;
const KIND_GROUPS = ['node.*', 'service.*', 'rollout.*', 'task.*', 'container.*', 'scheduling.*'];

function matches(f: EventFilter, e: LiveEvent): boolean {
  if (f.serviceId && e.serviceId !== f.serviceId) return false;
  if (f.nodeId && e.nodeId !== f.nodeId) return false;
  if (f.severities?.length && !f.severities.includes(e.severity)) return false;
  if (
    f.kinds?.length &&
    !f.kinds.some((k) => (k.endsWith('.*') ? e.kind.startsWith(k.slice(0, -1)) : e.kind === k))
  )
    return false;
  return true;
}

/** The whole event log, filtered, newest first: pages of history below, the live head on top. */
export function EventsView() {
  const params = useSearchParams();
  const router = useRouter();
  const client = useClient();
  const kind = params.get('kind') ?? '';
  const severity = params.get('severity') ?? '';
  const service = params.get('service') ?? '';
  const node = params.get('node') ?? '';
  // The event a failure banner linked to: marked, and scrolled to once it is on the page.
  const marked = markedCursor(params.get('at'));
  const filter = useMemo<EventFilter>(
    () => ({
      ...(kind ? { kinds: [kind] } : {}),
      ...(severity ? { severities: [severity as EventSeverity] } : {}),
      ...(service ? { serviceId: service } : {}),
      ...(node ? { nodeId: node } : {}),
    }),
    [kind, severity, service, node],
  );
  const [{ data, error }] = useQuery({ query: EventsQuery, variables: { filter, limit: PAGE } });
  const [{ data: svcs }] = useQuery({ query: ServicesQuery, variables: {} });
  const [{ data: nodes }] = useQuery({ query: NodesQuery });
  const [older, setOlder] = useState<LiveEvent[]>([]);
  const [cursor, setCursor] = useState<number | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [head, setHead] = useState<LiveEvent[]>([]);
  const [paused, setPaused] = useState(false);
  const [held, setHeld] = useState<LiveEvent[]>([]);
  const [loading, setLoading] = useState(false);
  const [pageErr, setPageErr] = useState<string | null>(null);
  const scrolledTo = useRef<number | null>(null);
  useEffect(() => {
    if (marked === null || scrolledTo.current === marked) return;
    const el = document.querySelector(`[data-testid="events-list"] [data-cursor="${marked}"]`);
    if (!el) return;
    scrolledTo.current = marked;
    el.scrollIntoView({ block: 'center' });
  });

  useEffect(() => {
    setOlder([]);
    setHead([]);
    setHeld([]);
    setCursor(data?.events.nextCursor ?? null);
    setHasMore(data?.events.hasMore ?? false);
  }, [data]);

  const newest = data?.events.items[0]?.cursor ?? -1;
  useLiveEvents(
    (e) => e.cursor > newest && matches(filter, e),
    (e) =>
      paused
        ? setHeld((h) => [e, ...h])
        : setHead((h) => (h.some((x) => x.cursor === e.cursor) ? h : [e, ...h].slice(0, 1000))),
  );

  const loadOlder = async () => {
    if (cursor === null) return;
    setLoading(true);
    setPageErr(null);
    const r = await client
      .query(EventsQuery, { filter, before: cursor, limit: PAGE }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    if (r.error) return setPageErr(errorMessage(r.error));
    if (!r.data) return;
    setOlder((o) => [...o, ...r.data!.events.items]);
    setCursor(r.data.events.nextCursor ?? null);
    setHasMore(r.data.events.hasMore);
  };

  const setParam = (k: string, v: string) => {
    const p = new URLSearchParams(params.toString());
    if (v) p.set(k, v);
    else p.delete(k);
    router.replace(`/events${p.size ? `?${p}` : ''}`, { scroll: false });
  };

  const rows = [...head, ...(data?.events.items ?? []), ...older];
  return (
    <>
      <ErrorBanner error={errorMessage(error) ?? pageErr} />
      <div className="toolbar" role="search" aria-label="Filter events">
        <label className="sr-only" htmlFor="ev-kind">
          Kind
        </label>
        <select id="ev-kind" value={kind} onChange={(e) => setParam('kind', e.target.value)}>
          <option value="">All kinds</option>
          {KIND_GROUPS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
          {kind && !KIND_GROUPS.includes(kind) && <option value={kind}>{kind}</option>}
        </select>
        <label className="sr-only" htmlFor="ev-sev">
          Severity
        </label>
        <select id="ev-sev" value={severity} onChange={(e) => setParam('severity', e.target.value)}>
          <option value="">Any severity</option>
          <option value="INFO">info</option>
          <option value="WARNING">warning</option>
          <option value="ERROR">error</option>
        </select>
        <label className="sr-only" htmlFor="ev-svc">
          Service
        </label>
        <select id="ev-svc" value={service} onChange={(e) => setParam('service', e.target.value)}>
          <option value="">Any service</option>
          {(svcs?.services ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="ev-node">
          Node
        </label>
        <select id="ev-node" value={node} onChange={(e) => setParam('node', e.target.value)}>
          <option value="">Any node</option>
          {(nodes?.nodes ?? []).map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
        <span style={{ flex: 1 }} />
        <button
          type="button"
          className="small"
          aria-pressed={paused}
          onClick={() => {
            if (paused) {
              setHead((h) => [...held, ...h]);
              setHeld([]);
            }
            setPaused(!paused);
          }}
          data-testid="events-pause"
        >
          {paused ? `▶ Resume live${held.length ? ` (${held.length} new)` : ''}` : '❚❚ Pause live'}
        </button>
      </div>
      <div className="card tight">
        {rows.length === 0 ? (
          <Empty title="No events match">Events that match these filters appear here as they happen.</Empty>
        ) : (
          <ul className="feed" style={{ maxHeight: 'none' }} aria-label="Events" data-testid="events-list">
            {rows.map((e, i) => (
              <EventItem
                key={`${e.cursor}-${e.kind}`}
                e={e}
                fresh={i < head.length}
                marked={e.cursor === marked}
              />
            ))}
          </ul>
        )}
        {hasMore && <LoadOlder loading={loading} onLoad={() => void loadOlder()} testId="events-older" />}
      </div>
    </>
  );
}
