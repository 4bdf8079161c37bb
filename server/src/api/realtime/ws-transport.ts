import type http from 'node:http';
import type { Socket } from 'node:net';
import { makeServer, CloseCode, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

/**
 * graphql-ws on a `ws` server: graphql-ws's own `use/ws` binding, except for how it writes.
 *
 * graphql-ws awaits every `send` before it pulls the next item of a subscription, and the `use/ws`
 * binding resolves a send only once the socket has flushed it. With 1,000 subscribers and a burst
 * of events that is one flush round trip per event per subscriber: the events queue up behind
 * each other and the burst's p99 is seconds. Here:
 *
 * - a send resolves at once while the socket's buffer is below HIGH_WATER (the bytes are in
 *   ws/net's queue, in order); above it, when the socket drains. A slow client still holds its
 *   subscription back, so its event queue fills and it gets a gap marker, never unbounded memory;
 * - the TCP socket is corked on the first write of a tick and uncorked after the tick's
 *   microtasks: everything a socket got in a burst leaves in one writev, not one syscall each.
 */
export const HIGH_WATER = 256 * 1024;

export interface WsExtra {
  readonly socket: WebSocket;
  readonly request: http.IncomingMessage;
}

/** The TCP socket under a ws WebSocket (ws keeps it in a private field). */
function tcpOf(ws: WebSocket): Socket | undefined {
  return (ws as unknown as { _socket?: Socket })._socket;
}

const corked = new Set<Socket>();
let uncorkScheduled = false;

function uncorkAll(): void {
  uncorkScheduled = false;
  for (const s of corked) s.uncork();
  corked.clear();
}

/**
 * Writes one text frame without waiting for it to be flushed. Returns a promise only when the
 * socket is backed up (resolved when it drains or closes), so a hot loop can skip the await.
 */
export function writeFrame(ws: WebSocket, data: string | Buffer): Promise<void> | undefined {
  if (ws.readyState !== ws.OPEN) return undefined;
  const tcp = tcpOf(ws);
  if (tcp && !corked.has(tcp) && !tcp.destroyed) {
    tcp.cork();
    corked.add(tcp);
    if (!uncorkScheduled) {
      uncorkScheduled = true;
      process.nextTick(uncorkAll);
    }
  }
  ws.send(data, { binary: false });
  return ws.bufferedAmount > HIGH_WATER ? drained(ws, tcp) : undefined;
}

function drained(ws: WebSocket, tcp: Socket | undefined): Promise<void> {
  if (!tcp) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      tcp.off('drain', done);
      ws.off('close', done);
      resolve();
    };
    tcp.on('drain', done);
    ws.on('close', done);
  });
}

/**
 * graphql-ws's useServer with the writes above; same keep-alive and error handling (internal
 * errors close the socket with 1011 and go to `onInternalError`).
 */
export function useWsServer<P extends Record<string, unknown>, E extends Record<PropertyKey, unknown>>(
  options: ServerOptions<P, WsExtra & Partial<E>>,
  wss: WebSocketServer,
  keepAlive: number,
  onInternalError: (err: unknown, where: string) => void = () => {},
): { dispose(): Promise<void> } {
  const server = makeServer(options);
  wss.options.handleProtocols = (protocols) =>
    protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false;
  wss.once('error', (err) => {
    onInternalError(err, 'websocket server');
    for (const client of wss.clients) {
      try {
        client.close(CloseCode.InternalServerError, 'Internal server error');
      } catch {
        // closing anyway
      }
    }
  });
  wss.on('connection', (socket, request) => {
    socket.once('error', (err) => {
      onInternalError(err, 'websocket');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    let pongWait: NodeJS.Timeout | null = null;
    const pingInterval =
      keepAlive > 0 && Number.isFinite(keepAlive)
        ? setInterval(() => {
            if (socket.readyState !== socket.OPEN) return;
            pongWait = setTimeout(() => socket.terminate(), keepAlive);
            socket.once('pong', () => {
              if (pongWait) clearTimeout(pongWait);
              pongWait = null;
            });
            socket.ping();
          }, keepAlive)
        : null;
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => writeFrame(socket, data),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', async (event: Buffer) => {
            try {
              await cb(String(event));
            } catch (err) {
              onInternalError(err, 'graphql-ws message');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request } as WsExtra & Partial<E>,
    );
    socket.once('close', (code, reason) => {
      if (pongWait) clearTimeout(pongWait);
      if (pingInterval) clearInterval(pingInterval);
      void closed(code, String(reason));
    });
  });
  return {
    dispose: async () => {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
