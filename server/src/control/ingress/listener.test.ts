import net from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { PortListener } from './listener.js';
import type { ServiceIngress } from './service-ingress.js';

const open: { destroy(): void }[] = [];
afterEach(() => {
  for (const o of open.splice(0)) o.destroy();
});

/** A service that accepts every upgrade and keeps the tunnel open (a WebSocket left connected). */
const tunnelTarget = {
  upgrade(_req: unknown, socket: Duplex) {
    open.push(socket);
    socket.write('HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n\r\n');
  },
  handle() {},
} as unknown as ServiceIngress;

/** An upgraded client connection to `port`, resolved once the 101 is read. */
async function tunnel(port: number): Promise<net.Socket> {
  const c = net.connect(port, '127.0.0.1');
  open.push(c);
  c.write('GET /ws HTTP/1.1\r\nhost: app.test\r\nupgrade: websocket\r\nconnection: Upgrade\r\n\r\n');
  const first = await new Promise<string>((resolve) => c.once('data', (d: Buffer) => resolve(String(d))));
  expect(first).toMatch(/^HTTP\/1\.1 101/);
  return c;
}

describe('PortListener', () => {
  it('close() ends open WebSocket tunnels instead of waiting for them (it held up the whole ingress sync)', async () => {
    const l = new PortListener('127.0.0.1', 0, false);
    await l.listen();
    l.setRoutes([{ route: { host: null, pathPrefix: '/' }, target: tunnelTarget }]);
    const client = await tunnel(l.port);
    const clientClosed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    const closed = await Promise.race([
      l.close().then(() => 'closed'),
      new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 3 s'), 3000)),
    ]);
    expect(closed).toBe('closed');
    expect(l.listening).toBe(false);
    await clientClosed;
  });
});
