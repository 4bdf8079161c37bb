'use client';
import Link from 'next/link';
import { useMemo } from 'react';
import type { EventFilter } from '@/gql/graphql';
import { useQuery } from '@urql/next';
import { EventsQuery } from '@/graphql/events';
import type { LiveEvent } from '@/lib/events';
import { time } from '@/lib/format';
import { useRecentEvents } from '@/lib/live';
import { Badge, Empty } from './ui';

export function eventLink(e: LiveEvent): string | null {
  if (e.serviceId) return `/services/${encodeURIComponent(e.serviceId)}`;
  if (e.containerId)
    return `/containers/${encodeURIComponent(e.containerId)}${e.nodeId ? `?node=${encodeURIComponent(e.nodeId)}` : ''}`;
  if (e.nodeId) return `/nodes/${encodeURIComponent(e.nodeId)}`;
  return null;
}

/** One event; `marked` is the one a link pointed at (events?at=cursor, see lib/event-href.ts). */
export function EventItem({ e, fresh, marked }: { e: LiveEvent; fresh?: boolean; marked?: boolean }) {
  const href = eventLink(e);
  return (
    <li
      className={[fresh ? 'new' : '', marked ? 'marked' : ''].filter(Boolean).join(' ') || undefined}
      aria-current={marked ? 'true' : undefined}
      data-cursor={e.cursor}
      data-kind={e.kind}
      data-testid="event-row"
      data-time={e.time}
    >
      <span className="muted small num" suppressHydrationWarning>
        {time(e.time)}
      </span>
      <span className={`kind mono small sev-${e.severity}`}>{e.kind}</span>
      <span>
        {href ? <Link href={href}>{e.message}</Link> : e.message}
        {e.gap && <Badge tone="warn">missed {e.gap.count}</Badge>}
      </span>
    </li>
  );
}

/** The newest events: the log's last page, then the live stream on top of it. */
export function EventFeed({
  limit = 25,
  filter,
  query,
}: {
  limit?: number;
  filter?: (e: LiveEvent) => boolean;
  query?: EventFilter;
}) {
  const [{ data }] = useQuery({
    query: EventsQuery,
    variables: { limit, ...(query ? { filter: query } : {}) },
  });
  const { events: live, state } = useRecentEvents();
  const merged = useMemo(() => {
    const seen = new Set<number>();
    const out: { e: LiveEvent; fresh: boolean }[] = [];
    for (const e of live) {
      if (filter && !filter(e)) continue;
      if (e.kind !== 'stream.gap' && seen.has(e.cursor)) continue;
      seen.add(e.cursor);
      out.push({ e, fresh: true });
    }
    for (const e of data?.events.items ?? []) {
      if (filter && !filter(e)) continue;
      if (seen.has(e.cursor)) continue;
      seen.add(e.cursor);
      out.push({ e, fresh: false });
    }
    return out.sort((a, b) => b.e.cursor - a.e.cursor).slice(0, limit);
  }, [live, data, filter, limit]);
  return (
    <>
      {state === 'unavailable' && (
        <div className="banner warn">The live event stream is unavailable; showing the log.</div>
      )}
      {merged.length === 0 ? (
        <Empty title="No events yet">Things that happen in the cluster show up here as they happen.</Empty>
      ) : (
        <ul className="feed" aria-live="polite" aria-label="Live events" data-testid="event-feed">
          {merged.map(({ e, fresh }) => (
            <EventItem key={`${e.cursor}-${e.kind}`} e={e} fresh={fresh} />
          ))}
        </ul>
      )}
    </>
  );
}
