'use client';
import { createContext, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { UrqlProvider } from '@urql/next';
import type { ConnectionStore } from './connection';
import { EventBus, type BusState, type LiveEvent } from './events';
import { parkedCookie } from './ssr-cookie';
import { browserApiUrl } from './config';
import { makeClients, type StevedoreClients } from './urql';

interface LiveContextValue {
  clients: StevedoreClients;
  bus: EventBus;
  apiUrl: string;
}

const LiveContext = createContext<LiveContextValue | null>(null);

/**
 * The page's API clients. `cookieKey` names the visitor's cookie parked by the layout for
 * server-side rendering (see ssr-cookie.ts); `live` false: no socket (signed out, login page).
 */
export function LiveProvider({
  apiUrl,
  cookieKey = null,
  live = true,
  children,
}: {
  apiUrl: string;
  cookieKey?: string | null;
  live?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<LiveContextValue | null>(null);
  if (!ref.current) {
    const url = browserApiUrl(apiUrl);
    const clients = makeClients(url, { cookie: parkedCookie(cookieKey), live });
    ref.current = { clients, bus: new EventBus(clients.ws, url), apiUrl: url };
  }
  const value = ref.current;
  useEffect(() => {
    value.bus.start();
    return () => value.bus.stop();
  }, [value]);
  return (
    <LiveContext.Provider value={value}>
      <UrqlProvider client={value.clients.client} ssr={value.clients.ssr}>
        {children}
      </UrqlProvider>
    </LiveContext.Provider>
  );
}

function useLive(): LiveContextValue {
  const v = useContext(LiveContext);
  if (!v) throw new Error('LiveProvider missing');
  return v;
}

export const useConnectionStore = (): ConnectionStore => useLive().clients.connection;
export const useEventBus = (): EventBus => useLive().bus;
export const useApiUrl = (): string => useLive().apiUrl;

const NO_EVENTS: LiveEvent[] = [];

/** The newest live events (newest first) and whether the stream is up. */
export function useRecentEvents(): { events: LiveEvent[]; state: BusState } {
  const bus = useEventBus();
  const events = useSyncExternalStore(bus.subscribeStore, bus.getRecent, () => NO_EVENTS);
  const state = useSyncExternalStore(bus.subscribeStore, bus.getState, () => 'idle' as BusState);
  return { events, state };
}

/** Whether the event stream is up (re-renders only when that changes). */
export function useBusState(): BusState {
  const bus = useEventBus();
  return useSyncExternalStore(bus.subscribeStore, bus.getState, () => 'idle' as BusState);
}

/** Calls fn for every live event that matches. */
export function useLiveEvents(match: (e: LiveEvent) => boolean, fn: (e: LiveEvent) => void): void {
  const bus = useEventBus();
  const m = useRef(match);
  const f = useRef(fn);
  m.current = match;
  f.current = fn;
  useEffect(() => bus.listen((e) => m.current(e) && f.current(e)), [bus]);
}

/**
 * Keeps a view fresh: re-runs `refetch` (throttled, trailing) on each matching live event, and
 * every `pollMs` as a fallback while the stream is down or an event kind is missed.
 */
export function useRefetchOn(
  match: (e: LiveEvent) => boolean,
  refetch: () => void,
  opts: { throttleMs?: number; pollMs?: number } = {},
): void {
  const throttleMs = opts.throttleMs ?? 400;
  const pollMs = opts.pollMs ?? 10_000;
  const r = useRef(refetch);
  r.current = refetch;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const last = useRef(0);
  const kick = useRef(() => {
    if (timer.current) return;
    const wait = Math.max(0, last.current + throttleMs - Date.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      last.current = Date.now();
      r.current();
    }, wait);
  });
  useLiveEvents(match, () => kick.current());
  useEffect(() => {
    if (!pollMs) return;
    const id = setInterval(() => {
      if (document.visibilityState === 'visible') kick.current();
    }, pollMs);
    return () => {
      clearInterval(id);
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [pollMs]);
}

export const useWsClient = () => useLive().clients.ws;
