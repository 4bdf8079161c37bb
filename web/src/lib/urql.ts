'use client';
import {
  cacheExchange,
  createClient,
  fetchExchange,
  mapExchange,
  ssrExchange,
  subscriptionExchange,
  type Client,
} from '@urql/next';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { ConnectionStore } from './connection';
import { wsUrlFor } from './config';
import { leavePage } from './leave';
import { CSRF_HEADER, fetchSession, isUnauthenticated, loginUrl } from './session';

export interface StevedoreClients {
  client: Client;
  ssr: ReturnType<typeof ssrExchange>;
  ws: WsClient | null;
  connection: ConnectionStore;
}

function describeClose(ev: unknown): string {
  const e = ev as { code?: number; reason?: string } | null;
  if (!e || typeof e.code !== 'number') return 'connection lost';
  const names: Record<number, string> = {
    1000: 'normal',
    1001: 'going away',
    1006: 'abnormal closure',
    1011: 'server error',
    1012: 'service restart',
    4499: 'terminated',
    4408: 'init timeout',
  };
  return `${e.code} ${e.reason || names[e.code] || 'closed'}`;
}

/** Sends the browser to the login page, back to where it was afterwards (unless already leaving). */
export function goToLogin(): void {
  if (typeof window === 'undefined' || window.location.pathname === '/login') return;
  void leavePage(loginUrl(window.location.pathname + window.location.search));
}

export interface ClientOptions {
  /** The visitor's cookie header, when rendering on the server (the browser sends its own). */
  cookie?: string | null;
  /** Open the live graphql-ws socket (false on the login page and when not signed in). */
  live?: boolean;
}

/**
 * One urql client per page load (per request on the server): queries and mutations over HTTP
 * (with SSR data handed to the browser), subscriptions over one graphql-ws socket that retries
 * forever with capped backoff and reports its state to the connection store.
 *
 * Credentials: HTTP requests carry the session cookie (credentials 'include'; on the server the
 * visitor's cookie header) and the CSRF header; the socket's upgrade request carries the cookie.
 * A page load is one session: signing in or out reloads the page, so the socket starts over.
 * Any UNAUTHENTICATED answer (or a socket refused for its session) leads to /login?next=….
 */
export function makeClients(apiUrl: string, opts: ClientOptions = {}): StevedoreClients {
  const isClient = typeof window !== 'undefined';
  const live = opts.live ?? true;
  const ssr = ssrExchange({ isClient });
  const connection = new ConnectionStore();
  let ws: WsClient | null = null;
  if (isClient && live) {
    ws = createWsClient({
      url: wsUrlFor(apiUrl),
      lazy: false,
      keepAlive: 10_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: async (retries) => {
        const base = Math.min(500 * 2 ** retries, 8_000);
        await new Promise((r) => setTimeout(r, base + Math.random() * 300));
      },
      on: {
        connecting: (isRetry) => connection.connecting(isRetry),
        connected: (_s, _p, wasRetry) => connection.connected(wasRetry),
        closed: (ev) => {
          connection.closed(describeClose(ev));
          // 4403: the server refused (or revoked) the credential: signed out, expired or removed.
          if ((ev as { code?: number } | null)?.code === 4403)
            void fetchSession(apiUrl).then((s) => {
              if (!s.me && !s.error) goToLogin();
            });
        },
      },
    });
  }
  const headers: Record<string, string> = { [CSRF_HEADER]: '1' };
  if (!isClient && opts.cookie) headers.cookie = opts.cookie;
  const client = createClient({
    url: apiUrl,
    suspense: true,
    // Apollo's CSRF guard refuses simple GETs; POST with JSON always passes it.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ credentials: 'include', headers }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (isClient && isUnauthenticated(error.graphQLErrors)) goToLogin();
        },
      }),
      cacheExchange,
      ssr,
      fetchExchange,
      subscriptionExchange({
        enableAllOperations: false,
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              if (!ws) return { unsubscribe: () => undefined };
              const dispose = ws.subscribe(input, sink);
              return { unsubscribe: dispose };
            },
          };
        },
      }),
    ],
  });
  return { client, ssr, ws, connection };
}
