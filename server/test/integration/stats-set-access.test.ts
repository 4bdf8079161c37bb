import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  docker,
  endpointOf,
  removeLabelled,
  startTestServer,
  uniq,
  waitFor,
  type TestServer,
} from './harness.js';

/**
 * Stats sets cut to the caller's environments (issue #22): with access control on, engine n1 in
 * the default environment and engine n2 in a second one, a user with VIEWER in the second only
 * gets that environment's containers and nodes from containersStats and nodesStats; the others
 * are reported gone, and their samples never arrive. (Both used to need VIEWER everywhere, so
 * such a user got FORBIDDEN.) Containers carry stevedore.test=<run label>.
 */
const ADMIN_TOKEN = `admin-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}-token`;
const ADMIN_PASSWORD = 'admin-password-1';
const LABEL = `stevedore.test=${uniq('statsacl')}`;

interface Batch {
  items: { containerId: string; nodeId: string }[];
  pending: string[];
  gone: string[];
}
interface NodeBatch {
  items: { nodeId: string; containerCount: number }[];
}
type Got<T> = { items: T[]; errors: { message: string; extensions?: Record<string, unknown> }[] };

const SET_SUB = `subscription($c: [ContainerStatsTargetInput!]!) { containersStats(containers: $c) {
  items { containerId nodeId } pending gone } }`;
const NODES_SUB = `subscription($n: [ID!]) { nodesStats(nodeIds: $n) { items { nodeId containerCount } } }`;

async function post(s: TestServer, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(s.app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A user with VIEWER in one environment, and an API token of theirs (made through their session). */
async function viewerToken(s: TestServer, username: string, env: string): Promise<string> {
  await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
    i: { username, password: `${username}-password`, roles: [{ environment: env, role: 'VIEWER' }] },
  });
  const res = await post(s, {
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { expiresAt } }',
    variables: { u: username, p: `${username}-password` },
  });
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('stevedore_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error('login set no session cookie');
  const r = (await (
    await post(
      s,
      {
        query: `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`,
        variables: { i: { name: `${username}-t`, role: 'VIEWER', environments: [env], expiresInDays: 1 } },
      },
      { cookie, 'x-stevedore-csrf': '1' },
    )
  ).json()) as { data?: { createApiToken: { token: string } }; errors?: unknown[] };
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createApiToken.token;
}

describe('stats sets, cut to the caller environments', () => {
  let s: TestServer;
  let viewer: Client;
  let admin: Client;
  let n1: string;
  let n2: string;
  let onN1: string;
  let onN2: string;
  const stops: (() => void)[] = [];

  function subscribe<T>(client: Client, query: string, variables: Record<string, unknown>, field: string) {
    const got: Got<T> = { items: [], errors: [] };
    stops.push(
      client.subscribe<Record<string, T>>(
        { query, variables },
        {
          next: (r) => {
            if (r.errors?.length) got.errors.push(...(r.errors as Got<T>['errors']));
            else if (r.data) got.items.push(r.data[field]!);
          },
          error: (e) => got.errors.push(...((Array.isArray(e) ? e : [e]) as Got<T>['errors'])),
          complete: () => {},
        },
      ),
    );
    return got;
  }
  const ws = (authToken: string) =>
    createClient({
      url: s.app.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authToken },
    });

  beforeAll(async () => {
    s = await startTestServer({
      STEVEDORE_AUTH: 'on',
      STEVEDORE_ADMIN_TOKEN: ADMIN_TOKEN,
      STEVEDORE_ADMIN_PASSWORD: ADMIN_PASSWORD,
      STEVEDORE_RATE_LIMIT: '0',
      STEVEDORE_RATE_LIMIT_IP: '0',
    });
    const env = uniq('stg');
    const e = await s.ok<{ createEnvironment: { id: string; clusterIds: string[] } }>(
      'mutation($i: CreateEnvironmentInput!) { createEnvironment(input: $i) { id clusterIds } }',
      { i: { name: env } },
    );
    const clusterId = e.createEnvironment.clusterIds[0];
    expect(clusterId).toBeTruthy();
    n1 = (await s.ok<{ nodes: { id: string }[] }>('{ nodes { id } }')).nodes[0]!.id;
    n2 = (
      await s.ok<{ addNode: { id: string } }>('mutation($i: AddNodeInput!) { addNode(input: $i) { id } }', {
        i: { name: uniq('n2'), endpoint: endpointOf('n2'), clusterId },
      })
    ).addNode.id;
    await waitFor(
      async () =>
        (await s.ok<{ nodes: { id: string; status: string }[] }>('{ nodes { id status } }')).nodes.find(
          (n) => n.id === n2 && n.status === 'READY',
        ),
      { timeoutMs: 60_000, what: 'n2 ready' },
    );
    onN1 = await docker('n1', 'run', '-d', '--label', LABEL, 'local/busybox:1', 'sleep', '300');
    onN2 = await docker('n2', 'run', '-d', '--label', LABEL, 'local/busybox:1', 'sleep', '300');
    viewer = ws(await viewerToken(s, uniq('viewer'), e.createEnvironment.id));
    admin = ws(ADMIN_TOKEN);
  });

  afterAll(async () => {
    for (const stop of stops.splice(0)) stop();
    await viewer?.dispose();
    await admin?.dispose();
    await removeLabelled('n1', LABEL).catch(() => undefined);
    await removeLabelled('n2', LABEL).catch(() => undefined);
    await s?.stop();
  });

  it("a viewer of one environment gets that environment's containers only; the others are gone", async () => {
    const targets = [
      { containerId: onN1, nodeId: n1 },
      { containerId: onN2, nodeId: n2 },
    ];
    const mine = subscribe<Batch>(viewer, SET_SUB, { c: targets }, 'containersStats');
    // The admin, on the same containers, gets both: what the viewer misses is the cut, not the engine.
    const all = subscribe<Batch>(admin, SET_SUB, { c: targets }, 'containersStats');
    await waitFor(() => all.items.some((b) => b.items.length === 2), {
      timeoutMs: 60_000,
      what: 'both samples',
    });
    await waitFor(() => mine.items.some((b) => b.items.some((c) => c.containerId === onN2)), {
      timeoutMs: 30_000,
      what: "the viewer's sample",
    });
    expect(mine.errors).toEqual([]);
    for (const b of mine.items) {
      expect(b.items.map((c) => c.containerId)).not.toContain(onN1);
      expect(b.gone).toContain(onN1);
      expect(b.pending).not.toContain(onN1);
    }
    expect(mine.items.at(-1)!.items.map((c) => c.nodeId)).toEqual([n2]);
  });

  it('a container named without its node is located, and cut all the same', async () => {
    const mine = subscribe<Batch>(
      viewer,
      SET_SUB,
      { c: [{ containerId: onN1 }, { containerId: onN2 }] },
      'containersStats',
    );
    await waitFor(
      () => mine.items.some((b) => b.items.some((c) => c.containerId === onN2) && b.gone.includes(onN1)),
      {
        timeoutMs: 60_000,
        what: 'the viewer batch with n1 gone',
      },
    );
    expect(mine.errors).toEqual([]);
    expect(mine.items.flatMap((b) => b.items.map((c) => c.containerId))).not.toContain(onN1);
  });

  it("nodesStats gives the viewer their environment's nodes only, named or not", async () => {
    const every = subscribe<NodeBatch>(viewer, NODES_SUB, { n: null }, 'nodesStats');
    const named = subscribe<NodeBatch>(viewer, NODES_SUB, { n: [n1, n2] }, 'nodesStats');
    await waitFor(
      () => every.items.some((b) => b.items.length > 0) && named.items.some((b) => b.items.length > 0),
      {
        timeoutMs: 60_000,
        what: 'node batches',
      },
    );
    expect(every.errors).toEqual([]);
    expect(named.errors).toEqual([]);
    for (const b of [...every.items, ...named.items]) expect(b.items.map((n) => n.nodeId)).toEqual([n2]);
  });
});
