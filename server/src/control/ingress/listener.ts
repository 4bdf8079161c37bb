import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { hostScore, matchRoute, requestHost, type RouteEntry } from '../../domain/ingress-routes.js';
import type { ServiceIngress } from './service-ingress.js';

/** A certificate and the route hosts it answers for (SNI); null host: any. */
export interface ListenerCert {
  hosts: readonly (string | null)[];
  cert: string;
  key: string;
}

/**
 * One ingress port: an HTTP or, when its services have `tls`, an HTTPS server (TLS terminated
 * here; each service's certificate from its secret, chosen by SNI: the exact host, then the
 * longest wildcard, then the first certificate). Each request and each Upgrade goes to the
 * service its route table names (domain/ingress-routes.ts); none: 404 naming host and path.
 */
export class PortListener {
  private server: http.Server | https.Server | undefined;
  private table: RouteEntry<ServiceIngress>[] = [];
  private contexts: { hosts: readonly (string | null)[]; ctx: tls.SecureContext }[] = [];
  private certKey = '';
  /**
   * Upgraded connections (WebSocket tunnels) taken from this port: the HTTP server no longer
   * tracks them, and `server.close()` waits until every one has ended, so close() ends them.
   */
  private readonly upgraded = new Set<Duplex>();
  listening = false;
  error: string | null = null;

  constructor(
    readonly host: string,
    public port: number,
    readonly tlsOn: boolean,
  ) {}

  setRoutes(table: RouteEntry<ServiceIngress>[]): void {
    this.table = table;
  }

  /** New certificates apply to new TLS handshakes; throws (keeping the old ones) on a bad PEM. */
  setCertificates(certs: readonly ListenerCert[]): void {
    const key = JSON.stringify(certs);
    if (key === this.certKey) return;
    const contexts = certs.map((c) => ({
      hosts: c.hosts,
      ctx: tls.createSecureContext({ cert: c.cert, key: c.key }),
    }));
    this.contexts = contexts;
    this.certKey = key;
    if (this.server instanceof https.Server && certs[0])
      this.server.setSecureContext({ cert: certs[0].cert, key: certs[0].key });
  }

  private contextFor(servername: string): tls.SecureContext | undefined {
    let best: tls.SecureContext | undefined;
    let bestScore = -1;
    for (const c of this.contexts)
      for (const h of c.hosts) {
        const s = hostScore(h, servername.toLowerCase());
        if (s > bestScore) {
          best = c.ctx;
          bestScore = s;
        }
      }
    return best ?? this.contexts[0]?.ctx;
  }

  async listen(first?: ListenerCert): Promise<void> {
    const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
      const target = this.route(req);
      if (target) return void target.handle(req, res);
      const text = `no service of this ingress routes ${requestHost(req.headers.host) || '(no host)'}${req.url ?? '/'}\n`;
      res.writeHead(404, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    };
    const server = this.tlsOn
      ? https.createServer(
          {
            cert: first?.cert,
            key: first?.key,
            SNICallback: (name, cb) => cb(null, this.contextFor(name)),
          },
          onRequest,
        )
      : http.createServer(onRequest);
    server.keepAliveTimeout = 5000;
    server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      this.upgraded.add(socket);
      socket.once('close', () => this.upgraded.delete(socket));
      const target = this.route(req);
      if (target) return target.upgrade(req, socket, head);
      socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    });
    server.on('tlsClientError', (_err, socket) => socket.destroy());
    this.server = server;
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(this.port, this.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      this.listening = true;
      this.error = null;
      if (this.port === 0) this.port = (server.address() as { port: number }).port;
    } catch (err) {
      this.server = undefined;
      this.listening = false;
      this.error = `cannot listen on ${this.host}:${this.port}: ${(err as Error).message}`;
      throw new Error(this.error);
    }
  }

  private route(req: http.IncomingMessage): ServiceIngress | null {
    return matchRoute(this.table, requestHost(req.headers.host), req.url ?? '/')?.target ?? null;
  }

  async close(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    this.listening = false;
    if (!s) return;
    // Without ending the tunnels, close() waited as long as a WebSocket stayed open, and with it
    // the ingress sync that closes the port: no replica list of any service changed meanwhile.
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
      for (const socket of this.upgraded) socket.destroy();
      this.upgraded.clear();
    });
  }
}
