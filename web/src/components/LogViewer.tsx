'use client';
import { print } from 'graphql';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ContainerLogsSubscription as LogsResult } from '@/gql/graphql';
import { ContainerLogsSubscription } from '@/graphql/containers';
import { useLiveEvents, useWsClient } from '@/lib/live';

type Line = LogsResult['containerLogs'] & { n: number };
const MAX_LINES = 5000;
const AT_BOTTOM_PX = 24;

function highlight(text: string, q: string) {
  if (!q) return text;
  const out: (string | React.ReactElement)[] = [];
  const lower = text.toLowerCase();
  const ql = q.toLowerCase();
  let i = 0;
  let k = 0;
  for (let j = lower.indexOf(ql); j >= 0; j = lower.indexOf(ql, i)) {
    out.push(text.slice(i, j), <mark key={k++}>{text.slice(j, j + q.length)}</mark>);
    i = j + q.length;
  }
  out.push(text.slice(i));
  return out;
}

/**
 * Follows a container's output. It sticks to the bottom while following; scrolling up stops
 * following (new lines still arrive, counted on the button), and scrolling back to the bottom, or
 * the button, resumes. Search highlights (or filters to) matching lines; download saves them all.
 */
export function LogViewer({
  containerId,
  nodeId,
  name,
}: {
  containerId: string;
  nodeId?: string | null;
  name: string;
}) {
  const ws = useWsClient();
  const [lines, setLines] = useState<Line[]>([]);
  const [following, setFollowing] = useState(true);
  const [unseen, setUnseen] = useState(0);
  const [query, setQuery] = useState('');
  const [onlyMatches, setOnlyMatches] = useState(false);
  const [status, setStatus] = useState<'streaming' | 'ended' | 'error'>('streaming');
  const [error, setError] = useState<string | null>(null);
  const [epoch, setEpoch] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const followingRef = useRef(true);
  followingRef.current = following;
  const counter = useRef(0);
  const lastTs = useRef<string | null>(null);

  useEffect(() => {
    if (!ws) return;
    setStatus('streaming');
    setError(null);
    let buf: Line[] = [];
    let raf = 0;
    const flush = () => {
      raf = 0;
      const add = buf;
      buf = [];
      setLines((prev) => {
        const next =
          prev.length + add.length > MAX_LINES ? [...prev, ...add].slice(-MAX_LINES) : [...prev, ...add];
        return next;
      });
      if (!followingRef.current) setUnseen((u) => u + add.length);
    };
    // First run: the last 200 lines; after a restart, only what is new since the last line seen.
    const variables = { containerId, ...(nodeId ? { nodeId } : {}), tail: lastTs.current ? 0 : 200 };
    const off = ws.subscribe<LogsResult>(
      { query: print(ContainerLogsSubscription), variables },
      {
        next: (r) => {
          if (r.errors?.length) {
            setStatus('error');
            setError(r.errors.map((e) => e.message).join('; '));
            return;
          }
          const l = r.data?.containerLogs;
          if (!l) return;
          lastTs.current = l.timestamp;
          buf.push({ ...l, n: counter.current++ });
          if (!raf) raf = requestAnimationFrame(flush);
        },
        error: (e) => {
          setStatus('error');
          setError(
            e instanceof Error
              ? e.message
              : Array.isArray(e)
                ? (e as { message: string }[]).map((x) => x.message).join('; ')
                : 'log stream failed',
          );
        },
        complete: () => setStatus('ended'),
      },
    );
    return () => {
      off();
      if (raf) cancelAnimationFrame(raf);
    };
  }, [ws, containerId, nodeId, epoch]);

  // A stopped container's stream ends; when it starts again, follow again.
  useLiveEvents(
    (e) =>
      Boolean(e.containerId && containerId.startsWith(e.containerId.slice(0, 12))) &&
      (e.kind === 'container.started' || e.kind === 'container.restarted'),
    () => setEpoch((n) => n + 1),
  );

  useLayoutEffect(() => {
    const el = box.current;
    if (el && following) el.scrollTop = el.scrollHeight;
  }, [lines, following, onlyMatches, query]);

  const onScroll = () => {
    const el = box.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight <= AT_BOTTOM_PX;
    if (atBottom !== followingRef.current) {
      setFollowing(atBottom);
      if (atBottom) setUnseen(0);
    }
  };

  const shown = useMemo(
    () =>
      onlyMatches && query
        ? lines.filter((l) => l.message.toLowerCase().includes(query.toLowerCase()))
        : lines,
    [lines, onlyMatches, query],
  );
  const matches = useMemo(
    () => (query ? lines.filter((l) => l.message.toLowerCase().includes(query.toLowerCase())).length : 0),
    [lines, query],
  );

  const download = () => {
    const text = lines.map((l) => `${l.timestamp} ${l.stream.toLowerCase()} ${l.message}`).join('\n');
    const url = URL.createObjectURL(new Blob([text + '\n'], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name.replace(/^\//, '')}-logs.txt`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="toolbar" style={{ marginBottom: 0 }}>
        <label className="sr-only" htmlFor="log-search">
          Search logs
        </label>
        <input
          id="log-search"
          type="search"
          placeholder="Search logs"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="log-search"
        />
        <label className="row small">
          <input type="checkbox" checked={onlyMatches} onChange={(e) => setOnlyMatches(e.target.checked)} />{' '}
          only matching
        </label>
        {query && <span className="small muted">{matches} matching</span>}
        <span className="small muted" data-testid="log-count" data-count={lines.length}>
          {lines.length} lines
        </span>
        <span style={{ flex: 1 }} />
        <span className="small" data-testid="log-follow-state" data-following={following}>
          {following ? (
            <span style={{ color: 'var(--ok)' }}>● following</span>
          ) : (
            <button
              type="button"
              className="small primary"
              onClick={() => {
                setFollowing(true);
                setUnseen(0);
              }}
              data-testid="log-resume"
            >
              ↓ Follow{unseen ? ` (${unseen} new)` : ''}
            </button>
          )}
        </span>
        <button
          type="button"
          className="small"
          onClick={download}
          disabled={!lines.length}
          data-testid="log-download"
        >
          Download
        </button>
      </div>
      {status !== 'streaming' && (
        <div className={`banner ${status === 'error' ? 'bad' : 'warn'} row between`}>
          <span>
            {status === 'error'
              ? `Log stream failed: ${error}`
              : 'The log stream ended (the container stopped).'}
          </span>
          <button type="button" className="small" onClick={() => setEpoch((n) => n + 1)}>
            Reconnect
          </button>
        </div>
      )}
      <div
        ref={box}
        className="logs"
        onScroll={onScroll}
        tabIndex={0}
        role="log"
        aria-label={`Logs of ${name}`}
        aria-live="off"
        data-testid="log-viewer"
      >
        {shown.length === 0 ? (
          <span className="ts">{lines.length ? 'No line matches.' : 'Waiting for output…'}</span>
        ) : (
          shown.map((l) => (
            <div key={l.n} className={`l${l.stream === 'STDERR' ? ' err' : ''}`} data-testid="log-line">
              <span className="ts">{l.timestamp.slice(11, 19)}</span>
              <span>{highlight(l.message, query)}</span>
            </div>
          ))
        )}
      </div>
    </div>
  );
}
