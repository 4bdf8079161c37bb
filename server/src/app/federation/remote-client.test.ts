import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteClient, RemoteError } from './remote-client.js';

/** A stand-in member API on 127.0.0.1 that answers per the query text. */
let server: http.Server;
let url: string;
const seen: { authorization?: string; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.push({ authorization: req.headers.authorization, body });
      const json = (status: number, v: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(v));
      if (req.headers.authorization !== 'Bearer good')
        return json(401, { errors: [{ message: 'invalid token', extensions: { code: 'UNAUTHENTICATED' } }] });
      if (body.includes('bad-input'))
        return json(200, {
          errors: [
            { message: 'spec.image: required', extensions: { code: 'BAD_USER_INPUT', field: 'spec.image' } },
          ],
        });
      if (body.includes('not-json')) return res.writeHead(502).end('<html>bad gateway</html>');
      if (body.includes('slow')) return setTimeout(() => json(200, { data: { ok: true } }), 2000);
      json(200, { data: { ok: true } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const client = (token = 'good', timeoutMs = 5000, at = url) =>
  new RemoteClient({ name: 'eu-1', url: at, token, ca: null }, timeoutMs);

describe('RemoteClient: a member control plane over GraphQL', () => {
  it('sends the query with the bearer token and returns data', async () => {
    await expect(client().request<{ ok: boolean }>('{ ok }', { a: 1 })).resolves.toEqual({ ok: true });
    const last = seen.at(-1)!;
    expect(last.authorization).toBe('Bearer good');
    expect(JSON.parse(last.body)).toEqual({ query: '{ ok }', variables: { a: 1 } });
  });

  it('a refused token is UNAUTHENTICATED naming remote.token, not an unreachable member', async () => {
    const err = (await client('wrong')
      .request('{ ok }')
      .catch((e: unknown) => e)) as RemoteError;
    expect(err).toBeInstanceOf(RemoteError);
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.unreachable).toBe(false);
    expect(err.details.field).toBe('remote.token');
    expect(err.message).toContain('member eu-1 refused the API token');
  });

  it("the member's own errors keep their code and field", async () => {
    const err = (await client()
      .request('{ bad-input }')
      .catch((e: unknown) => e)) as RemoteError;
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.details.field).toBe('spec.image');
    expect(err.message).toBe('member eu-1: spec.image: required');
  });

  it('an answer that is not GraphQL, a timeout and a refused connection are ENGINE_UNAVAILABLE, unreachable', async () => {
    const notJson = (await client()
      .request('{ not-json }')
      .catch((e: unknown) => e)) as RemoteError;
    expect(notJson.code).toBe('ENGINE_UNAVAILABLE');
    expect(notJson.message).toContain('HTTP 502 without GraphQL');
    const slow = (await client('good', 200)
      .request('{ slow }')
      .catch((e: unknown) => e)) as RemoteError;
    expect(slow.code).toBe('ENGINE_UNAVAILABLE');
    expect(slow.unreachable).toBe(true);
    expect(slow.message).toBe('member eu-1 unreachable: timed out after 200 ms');
    // A port nothing listens on: the one the stand-in had, closed.
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const refused = (await client('good', 5000, `http://127.0.0.1:${port}/graphql`)
      .request('{ ok }')
      .catch((e: unknown) => e)) as RemoteError;
    expect(refused.code).toBe('ENGINE_UNAVAILABLE');
    expect(refused.message).toBe('member eu-1 unreachable: connection refused');
  });
});
