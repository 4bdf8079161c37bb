'use client';
import { print } from 'graphql';
import type { Client as WsClient } from 'graphql-ws';
import type { EventFieldsFragment } from '@/gql/graphql';
import { EventsSubscription } from '@/graphql/events';
import { gqlRequest } from './session';

export type LiveEvent = EventFieldsFragment;
type Listener = (e: LiveEvent) => void;

export type BusState = 'idle' | 'live' | 'unavailable';

const RECENT = 300;

/**
 * The one `events` subscription of the page. It starts after the newest cursor it has seen, and
 * after a drop it re-subscribes from that cursor: the server replays what was missed, so the feed
 * has no gap and (deduplicated by cursor) no repeat. Views listen here instead of opening their own.
 */
export class EventBus {
  private lastCursor: number | null = null;
  private dispose: (() => void) | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly storeListeners = new Set<() => void>();
  private recent: LiveEvent[] = [];
  private state: BusState = 'idle';
  private offs: (() => void)[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly ws: WsClient | null,
    private readonly apiUrl?: string,
  ) {}

  start(): void {
    if (!this.ws || this.offs.length) return;
    this.offs.push(
      this.ws.on('connected', () => this.open()),
      this.ws.on('closed', () => this.close()),
    );
    // Start from the log's newest cursor, so that a drop before the first live event still
    // resumes without a gap; if the log cannot be asked, start live.
    void this.newestCursor().then((c) => {
      if (c !== null && this.lastCursor === null) this.lastCursor = c;
      if (this.offs.length) this.open();
    });
  }

  private async newestCursor(): Promise<number | null> {
    if (!this.apiUrl) return null;
    try {
      const body = await gqlRequest<{ events?: { items?: { cursor: number }[] } }>(
        this.apiUrl,
        '{ events(limit: 1) { items { cursor } } }',
        {},
        { timeoutMs: 3000 },
      );
      return body.data?.events?.items?.[0]?.cursor ?? null;
    } catch {
      return null;
    }
  }

  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    for (const off of this.offs) off();
    this.offs = [];
    this.close();
  }

  private open(): void {
    if (!this.ws || this.dispose) return;
    const query = print(EventsSubscription);
    this.dispose = this.ws.subscribe<{ events: LiveEvent }>(
      { query, variables: this.lastCursor === null ? {} : { after: this.lastCursor } },
      {
        next: (r) => {
          if (r.errors?.length) {
            this.setState('unavailable');
            return;
          }
          const e = r.data?.events;
          if (e) this.deliver(e);
        },
        error: () => {
          // A fatal close (graphql-ws gives up on some codes) or a refused subscription: try
          // again shortly; subscribing makes the client open a new socket.
          this.dispose = null;
          this.setState('unavailable');
          if (this.offs.length && !this.retryTimer)
            this.retryTimer = setTimeout(() => {
              this.retryTimer = null;
              if (this.offs.length) this.open();
            }, 3000);
        },
        complete: () => {
          this.dispose = null;
        },
      },
    );
    this.setState('live');
  }

  private close(): void {
    const d = this.dispose;
    this.dispose = null;
    if (d) d();
  }

  private deliver(e: LiveEvent): void {
    if (this.lastCursor !== null && e.cursor <= this.lastCursor && e.kind !== 'stream.gap') return;
    if (e.kind !== 'stream.gap') this.lastCursor = e.cursor;
    this.recent = [e, ...this.recent].slice(0, RECENT);
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        console.error(err);
      }
    }
    for (const l of this.storeListeners) l();
  }

  listen(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private setState(s: BusState): void {
    if (this.state === s) return;
    this.state = s;
    for (const l of this.storeListeners) l();
  }

  /* external-store API for useSyncExternalStore */
  subscribeStore = (fn: () => void): (() => void) => {
    this.storeListeners.add(fn);
    return () => this.storeListeners.delete(fn);
  };
  getRecent = (): LiveEvent[] => this.recent;
  getState = (): BusState => this.state;
}
