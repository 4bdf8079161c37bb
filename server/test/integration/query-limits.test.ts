import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

interface LimitError {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * Issue #21 item 3: a document over a query limit is refused with the limit's own code on both
 * transports (Apollo had answered GRAPHQL_VALIDATION_FAILED on HTTP).
 * Limits here: depth 2, 2 aliases, cost 200 (a list without a limit argument counts 10 items).
 */
const CASES: { code: string; query: string; details: Record<string, number> }[] = [
  // nodes > labels > key: 3 levels; cost 1 + 10 + 100 = 111; no alias.
  { code: 'QUERY_TOO_DEEP', query: '{ nodes { labels { key } } }', details: { limit: 2, depth: 3 } },
  // 3 aliases at depth 2; cost 33.
  {
    code: 'TOO_MANY_ALIASES',
    query: '{ a: nodes { id } b: nodes { id } c: nodes { id } }',
    details: { limit: 2, aliases: 3 },
  },
  // (1 + 10 x 15) + (1 + 10 x 5) = 202 at depth 2; its one alias runs under a server allowing 5.
  {
    code: 'QUERY_TOO_COSTLY',
    query:
      '{ nodes { id name status cpus memoryBytes endpoint role hostname availability createdAt containerCount runningContainerCount engineVersion lastSeenAt clusterId } nodes2: nodes { id name status cpus memoryBytes } }',
    details: { limit: 200, cost: 1 + 10 * 15 + 1 + 10 * 5 },
  },
];

describe('query limits: one code per failure on HTTP and graphql-ws', () => {
  let s: TestServer;
  let costly: TestServer;
  const clients: Client[] = [];

  beforeAll(async () => {
    s = await startTestServer({
      STEVEDORE_MAX_DEPTH: '2',
      STEVEDORE_MAX_ALIASES: '2',
      STEVEDORE_MAX_COST: '200',
    });
    // The cost case has one alias: a server allowing it, with the same cost limit.
    costly = await startTestServer({
      STEVEDORE_MAX_DEPTH: '2',
      STEVEDORE_MAX_ALIASES: '5',
      STEVEDORE_MAX_COST: '200',
    });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await s?.stop();
    await costly?.stop();
  });

  const serverFor = (code: string) => (code === 'QUERY_TOO_COSTLY' ? costly : s);

  async function overWs(server: TestServer, query: string): Promise<LimitError[]> {
    const c = createClient({
      url: server.app.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: { authToken: server.token },
      onNonLazyError: () => {},
    });
    clients.push(c);
    return new Promise<LimitError[]>((resolve, reject) => {
      c.subscribe(
        { query },
        {
          next: (r) => resolve((r.errors ?? []) as LimitError[]),
          error: (e) => (Array.isArray(e) ? resolve(e as LimitError[]) : reject(e as Error)),
          complete: () => resolve([]),
        },
      );
    });
  }

  it.each(CASES)(
    'HTTP: $code with status 400, the limit and the figure',
    async ({ code, query, details }) => {
      const server = serverFor(code);
      const res = await fetch(server.app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
        body: JSON.stringify({ query }),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { data?: unknown; errors: LimitError[] };
      expect(body.data).toBeUndefined();
      expect(body.errors.map((e) => e.extensions?.code)).toEqual([code]);
      expect(body.errors[0]!.extensions).toMatchObject({
        ...details,
        requestId: res.headers.get('x-request-id'),
      });
      expect(body.errors[0]!.message).toMatch(/the limit is \d+/);
      expect(JSON.stringify(body)).not.toMatch(/GRAPHQL_VALIDATION_FAILED|stacktrace/);
    },
  );

  it.each(CASES)('graphql-ws: $code, the limit and the figure', async ({ code, query, details }) => {
    const errors = await overWs(serverFor(code), query);
    expect(errors.map((e) => e.extensions?.code)).toEqual([code]);
    expect(errors[0]!.extensions).toMatchObject({
      ...details,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(errors[0]!.message).toMatch(/the limit is \d+/);
  });

  it("graphql-ws: GraphQL's own validation error says GRAPHQL_VALIDATION_FAILED, as on HTTP", async () => {
    const errors = await overWs(s, '{ nodes { nope } }');
    expect(errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(errors[0]!.message).toMatch(/Cannot query field "nope"/);
    const http = await s.gql('{ nodes { nope } }');
    expect(http.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('a document within the limits runs on both transports', async () => {
    const ok = await s.gql<{ nodes: { id: string }[] }>('{ nodes { id } }');
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.nodes.length).toBeGreaterThan(0);
    expect(await overWs(s, '{ nodes { id } }')).toEqual([]);
  });
});
