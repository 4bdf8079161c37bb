'use client';
import {
  cacheExchange,
  createClient,
  fetchExchange,
  ssrExchange,
  subscriptionExchange,
  type Client,
} from '@urql/next';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { ConnectionStore } from './connection';
import { wsUrlFor } from './config';

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

/**
 * One urql client per page load (per request on the server): queries and mutations over HTTP
 * (with SSR data handed to the browser), subscriptions over one graphql-ws socket that retries
 * forever with capped backoff and reports its state to the connection store.
 */
export function makeClients(apiUrl: string): StevedoreClients {
  const isClient = typeof window !== 'undefined';
  const ssr = ssrExchange({ isClient });
  const connection = new ConnectionStore();
  let ws: WsClient | null = null;
  if (isClient) {
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
        closed: (ev) => connection.closed(describeClose(ev)),
      },
    });
  }
  const client = createClient({
    url: apiUrl,
    suspense: true,
    // Apollo's CSRF guard refuses simple GETs; POST with JSON always passes it.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
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
