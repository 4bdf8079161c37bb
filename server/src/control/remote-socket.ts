import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RemoteEndpoint, RemoteFeed } from '../app/federation/remote-client.js';

/**
 * The graphql-ws side of REMOTE member clusters (app/federation/remote-member.ts): one lazy socket
 * per member endpoint (URL + token), shared by every subscription on it, with the token in the
 * connection_init payload (`authToken`, as the member's own clients send it) and the member's CA
 * for wss. Kept here because app/ does no WebSocket I/O (.dependency-cruiser.cjs).
 *
 * A dead socket is not retried here: the member's pings notice it, and the member follows its
 * copies again when it is reachable (RemoteMember.refollow).
 */
export class RemoteSockets implements RemoteFeed {
  private readonly clients = new Map<string, Client>();

  subscribe<T>(
    endpoint: RemoteEndpoint,
    query: string,
    variables: Record<string, unknown>,
    sink: { next(data: T): void; error(err: Error): void; complete?(): void },
  ): () => void {
    const client = this.clientFor(endpoint);
    let done = false;
    const stop = client.subscribe<T>(
      { query, variables },
      {
        next: (r) => {
          if (done) return;
          if (r.errors?.length) {
            done = true;
            sink.error(new Error(`member ${endpoint.name}: ${r.errors[0]!.message}`));
          } else if (r.data) sink.next(r.data as T);
        },
        error: (err) => {
          if (done) return;
          done = true;
          sink.error(err instanceof Error ? err : new Error(`member ${endpoint.name}: socket closed`));
        },
        complete: () => {
          if (done) return;
          done = true;
          sink.complete?.();
        },
      },
    );
    return () => {
      done = true;
      stop();
    };
  }

  async close(endpoint: RemoteEndpoint): Promise<void> {
    const k = key(endpoint);
    const c = this.clients.get(k);
    this.clients.delete(k);
    await c?.dispose();
  }

  async closeAll(): Promise<void> {
    const all = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(all.map((c) => c.dispose()));
  }

  private clientFor(e: RemoteEndpoint): Client {
    const k = key(e);
    let c = this.clients.get(k);
    if (!c) {
      const ca = e.ca;
      // ws takes TLS options per socket: a subclass carries the member's CA.
      class MemberSocket extends WebSocket {
        constructor(address: string | URL, protocols?: string | string[]) {
          super(address, protocols, ca ? { ca } : {});
        }
      }
      c = createClient({
        url: e.url.replace(/^http/, 'ws'),
        webSocketImpl: MemberSocket,
        connectionParams: { authToken: e.token },
        lazy: true,
        lazyCloseTimeout: 1000,
        retryAttempts: 0,
      });
      const client = c;
      // Forget a socket that closed, so the next subscription opens a new one.
      c.on('closed', () => {
        if (this.clients.get(k) === client) this.clients.delete(k);
        void client.dispose();
      });
      this.clients.set(k, c);
    }
    return c;
  }
}

const key = (e: RemoteEndpoint) => `${e.url}\u0000${e.token}`;
