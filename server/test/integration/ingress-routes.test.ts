import { execFile } from 'node:child_process';
import http from 'node:http';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freePort, removeServicesAndWait, requestLoop } from './cluster-helpers.js';
import { docker, startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import { taggedWebapp } from './tagged-webapp.js';
import { wsechoImage } from './wsecho-image.js';
import { selfSignedCert } from '../../src/app/testing/self-signed.js';

const run = promisify(execFile);

interface Answer {
  status: number;
  /** X-App-Version of local/webapp: which service answered (absent: the ingress itself). */
  version: string | null;
  body: string;
}

/** One GET through the ingress on 127.0.0.1:port with a Host header of our choosing. */
function get(port: number, host: string, urlPath: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: urlPath, headers: { host }, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          // a 5xx says why in its body: shown beside the assertion that fails on it
          if ((res.statusCode ?? 0) >= 500) console.error(`GET ${host}${urlPath}: ${res.statusCode} ${body}`);
          resolve({
            status: res.statusCode ?? 0,
            version: (res.headers['x-app-version'] as string) ?? null,
            body,
          });
        });
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`GET ${host}${urlPath}: no answer in 15 s`)));
    req.on('error', reject);
  });
}

interface Backend {
  taskId: string;
  revision: number;
  requests: number;
  probe: { healthy: boolean; consecutiveFailures: number; lastError: string | null } | null;
}
interface Stats {
  listening: boolean;
  error: string | null;
  tls: boolean;
  routes: { host: string | null; pathPrefix: string }[];
  backends: Backend[];
  revisions: {
    revision: number;
    replicas: number;
    requests: number;
    errors: number;
    latencyMs: { p95: number };
  }[];
}

describe('ingress routes, WebSocket, TLS, active probes and per-revision metrics on a real engine', () => {
  let s: TestServer;
  const tag = uniq('ingtest');
  const created: string[] = [];
  const shop = uniq('shop');
  const api = uniq('api');
  const echo = uniq('echo');
  const secure = uniq('secure');
  const probed = uniq('probed');
  const certSecret = uniq('cert');
  const badSecret = uniq('notcert');
  const secure2 = uniq('secure2');
  const cert2Secret = uniq('cert2');
  let port = 0;
  const onN1 = { placement: { constraints: ['node.name == n1'] } };

  const stats = async (svc: string) =>
    (
      await s.ok<{ ingressStats: Stats | null }>(
        `{ ingressStats(serviceId: "${svc}") { listening error tls routes { host pathPrefix }
           backends { taskId revision requests probe { healthy consecutiveFailures lastError } }
           revisions { revision replicas requests errors latencyMs { p95 } } } }`,
      )
    ).ingressStats;
  const backendOf = async (svc: string, taskId: string) =>
    (await stats(svc))!.backends.find((b) => b.taskId === taskId);
  /** A bounded loop of GET / through the ingress on `p`. */
  const loop = (p: number, maxRequests: number, concurrency: number) =>
    requestLoop(`http://127.0.0.1:${p}/`, { maxRequests, maxMs: 30_000, concurrency });
  const create = async (spec: Record<string, unknown>) => {
    const r = await s.gql(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, { s: spec });
    if (!r.errors) created.push(String(spec.name));
    return r;
  };
  const inRotation = (svc: string, n: number) =>
    waitFor(async () => (await stats(svc))?.backends.length === n, {
      what: `${svc}: ${n} replica(s) in the ingress`,
      timeoutMs: 90_000,
    });
  const exists = async (name: string) =>
    !!(await s.gql<{ service: { id: string } | null }>(`{ service(id: "${name}") { id } }`)).data?.service;
  const metrics = async () =>
    (
      await fetch(s.app.url.replace('/graphql', '/metrics'), {
        headers: { authorization: `Bearer ${s.token}` },
      })
    ).text();
  const containerOf = async (taskId: string) =>
    (await docker('n1', 'ps', '-q', '--filter', `label=stevedore.task=${taskId}`)).split('\n')[0]!;

  beforeAll(async () => {
    s = await startTestServer({
      STEVEDORE_RESYNC_INTERVAL_MS: '500',
      STEVEDORE_INGRESS_REFRESH_MS: '300',
      // the busybox webapp forks a shell per request; at load 30+ a lone replica once answered 502
      // (cause not captured): a longer upstream timeout keeps a slow answer from being one
      STEVEDORE_INGRESS_UPSTREAM_TIMEOUT_MS: '10000',
      STEVEDORE_LOCAL_NODE_NAME: 'n1',
    });
    port = await freePort();
  });

  afterAll(async () => {
    if (!s) return;
    await removeServicesAndWait(s, created, tag, ['n1']);
    for (const name of [certSecret, cert2Secret, badSecret])
      await s.gql(`mutation { removeSecret(environment: "default", name: "${name}") { name } }`);
    await s.stop();
  });

  it('routes by host and path prefix on one port: longest prefix wins, an unknown host is the ingress 404, a taken route is a CONFLICT', async () => {
    // shop (v1): every path of a.test and b.test; api (v2): b.test/api and below.
    expect(
      (
        await create(
          taggedWebapp(shop, tag, {
            ...onN1,
            ingress: { port, routes: [{ host: 'a.test' }, { host: 'B.test', pathPrefix: '/' }] },
          }),
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await create(
          taggedWebapp(api, tag, {
            ...onN1,
            image: 'local/webapp:v2',
            ingress: { port, routes: [{ host: 'b.test', pathPrefix: '/api/' }] },
          }),
        )
      ).errors,
    ).toBeUndefined();
    await inRotation(shop, 1);
    await inRotation(api, 1);
    const st = (await stats(api))!;
    expect(st).toMatchObject({ listening: true, error: null, tls: false });
    expect(st.routes).toEqual([{ host: 'b.test', pathPrefix: '/api' }]);

    expect(await get(port, 'a.test', '/version')).toMatchObject({ status: 200, version: 'v1', body: 'v1\n' });
    expect(await get(port, 'b.test', '/version')).toMatchObject({ status: 200, version: 'v1' });
    // b.test/api/... reaches api's replica (webapp answers its own 404 there, with its version)
    expect(await get(port, 'b.test:' + port, '/api/version')).toMatchObject({ status: 404, version: 'v2' });
    expect(await get(port, 'b.test', '/api')).toMatchObject({ version: 'v2' });
    // segment boundaries: /apix is not under /api
    expect(await get(port, 'b.test', '/apix')).toMatchObject({ status: 404, version: 'v1' });
    // a.test has no /api route: shop takes it
    expect(await get(port, 'a.test', '/api/version')).toMatchObject({ version: 'v1' });
    // no route for this host: the ingress answers, no replica does
    const unknown = await get(port, 'c.test', '/version');
    expect(unknown).toMatchObject({ status: 404, version: null });
    expect(unknown.body).toContain('no service of this ingress routes c.test/version');

    // A third service asking for api's route on that port: refused, naming api; nothing created.
    const dup = uniq('dup');
    const r = await create(
      taggedWebapp(dup, tag, {
        ...onN1,
        ingress: { port, routes: [{ host: 'b.test', pathPrefix: '/api' }] },
      }),
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'ingress.routes[0]' });
    expect(r.errors?.[0]?.message).toContain(`to service ${api}`);
    expect(await exists(dup)).toBe(false);
    // Two catch-alls on one port: the first takes any other host, the second is refused
    // (publishService admits as updateService does).
    const fallback = uniq('fallback');
    expect(
      (await create(taggedWebapp(fallback, tag, { ...onN1, replicas: 0, ingress: { port } }))).errors,
    ).toBeUndefined();
    const second = uniq('second');
    expect((await create(taggedWebapp(second, tag, { ...onN1, replicas: 0 }))).errors).toBeUndefined();
    const pub = await s.gql(`mutation { publishService(id: "${second}", port: ${port}) { id } }`);
    expect(pub.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'ingress.routes' });
    expect(pub.errors?.[0]?.message).toContain(`to service ${fallback}`);
    expect(
      (
        await s.ok<{ service: { spec: { ingress: unknown } } }>(
          `{ service(id: "${second}") { spec { ingress { port } } } }`,
        )
      ).service.spec.ingress,
    ).toBeNull();
    // A malformed route names its field.
    const bad = await s.gql(
      `mutation { publishService(id: "${second}", port: ${port}, routes: [{ host: "no host!" }]) { id } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ingress.routes[0].host',
    });
    // Without the catch-all, other hosts are the ingress' 404 again.
    await s.ok(`mutation { removeService(id: "${fallback}") { id } }`);
    await waitFor(
      async () => (await get(port, 'c.test', '/')).body.startsWith('no service of this ingress'),
      {
        what: 'the catch-all gone from the port',
      },
    );
  });

  it('a WebSocket echoes through the ingress: the upgrade (101) reaches the replica container and back', async () => {
    const image = await wsechoImage(['n1']);
    expect(
      (
        await create({
          name: echo,
          image,
          replicas: 1,
          ports: [{ containerPort: 8080 }],
          stopTimeoutSec: 1,
          labels: [{ key: 'test', value: tag }],
          ...onN1,
          // the same port as the HTTP routes above: ws.test goes to the echo server
          ingress: { port, routes: [{ host: 'ws.test', pathPrefix: '/ws' }] },
        })
      ).errors,
    ).toBeUndefined();
    await inRotation(echo, 1);
    const [backend] = (await stats(echo))!.backends;
    const hostname = (await containerOf(backend!.taskId)).slice(0, 12);
    expect(hostname).toMatch(/^[0-9a-f]{12}$/);

    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, {
      headers: { host: 'ws.test' },
      handshakeTimeout: 15_000,
    });
    const upgraded = new Promise<number>((resolve) =>
      ws.once('upgrade', (res) => resolve(res.statusCode ?? 0)),
    );
    const replies: string[] = [];
    await new Promise<void>((resolve, reject) => {
      ws.once('error', reject);
      ws.once('open', () => ws.send('hello through the ingress'));
      ws.on('message', (m: Buffer) => {
        replies.push(m.toString('utf8'));
        if (replies.length === 1) ws.send('second message');
        else ws.close();
      });
      ws.once('close', () => resolve());
      setTimeout(() => reject(new Error('no echo within 20 s')), 20_000).unref();
    });
    expect(await upgraded).toBe(101);
    // the replica's container (its hostname) answered each message
    expect(replies).toEqual([`${hostname}: hello through the ingress`, `${hostname}: second message`]);
    expect((await stats(echo))!.backends[0]!.requests).toBeGreaterThanOrEqual(1);
    expect(await metrics()).toMatch(
      new RegExp(`stevedore_ingress_upgrades_total\\{service="${echo}",code="101"\\} [1-9]`),
    );
    // an upgrade to a host nobody routes is the ingress' 404, not a tunnel
    const lost = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { host: 'nobody.test' } });
    const status = await new Promise<number>((resolve) => {
      lost.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      lost.once('error', () => resolve(-1));
    });
    expect(status).toBe(404);
  });

  it('terminates TLS with a certificate from a secret (openssl s_client), and refuses a bad or missing secret', async () => {
    const { pem } = selfSignedCert('tls.test');
    const secret = (name: string, value: string) =>
      s.ok(
        `mutation($v: String!) { createSecret(environment: "default", name: "${name}", value: $v) { name } }`,
        {
          v: value,
        },
      );
    await secret(certSecret, pem);
    await secret(badSecret, 'just some text, no certificate');
    const tlsPort = await freePort();
    const spec = (
      name: string,
      tlsSecret: string,
      p = tlsPort,
      host = 'tls.test',
      image = 'local/webapp:v1',
    ) =>
      taggedWebapp(name, tag, {
        ...onN1,
        image,
        ingress: { port: p, routes: [{ host }], tls: { secret: tlsSecret } },
      });
    /** GET /version over TLS with openssl s_client, naming `host` by SNI and Host. */
    const sClient = async (host: string) =>
      (
        await run(
          'sh',
          [
            '-c',
            `printf 'GET /version HTTP/1.1\\r\\nHost: ${host}\\r\\nConnection: close\\r\\n\\r\\n' | timeout 20 openssl s_client -connect 127.0.0.1:${tlsPort} -servername ${host} -ign_eof 2>&1`,
          ],
          { timeout: 30_000 },
        )
      ).stdout;

    // refused: no such secret, a secret that is no certificate, TLS on the plain HTTP port
    for (const [name, tlsSecret, code, field, says] of [
      [
        uniq('nosecret'),
        'no-such-secret',
        'BAD_USER_INPUT',
        'ingress.tls.secret',
        'does not exist in environment',
      ],
      [uniq('badsecret'), badSecret, 'BAD_USER_INPUT', 'ingress.tls.secret', 'holds no PEM certificate'],
    ] as const) {
      const r = await create(spec(name, tlsSecret));
      expect(r.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(r.errors?.[0]?.message).toContain(says);
      expect(await exists(name)).toBe(false);
    }
    const mixed = uniq('mixed');
    const m = await create(spec(mixed, certSecret, port));
    expect(m.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'ingress.tls' });
    expect(await exists(mixed)).toBe(false);

    expect((await create(spec(secure, certSecret))).errors).toBeUndefined();
    await inRotation(secure, 1);
    expect((await stats(secure))!).toMatchObject({ listening: true, tls: true, error: null });
    const out = await sClient('tls.test');
    expect(out, out).toMatch(/subject=\s*CN\s*=\s*tls\.test\n/);
    expect(out, out).toMatch(/HTTP\/1\.1 200/);
    expect(out, out).toMatch(/x-app-version: v1/i);
    // A second TLS service on the same port with its own certificate: chosen by SNI.
    await secret(cert2Secret, selfSignedCert('tls2.test').pem);
    expect(
      (await create(spec(secure2, cert2Secret, tlsPort, 'tls2.test', 'local/webapp:v2'))).errors,
    ).toBeUndefined();
    await inRotation(secure2, 1);
    await waitFor(async () => /subject=\s*CN\s*=\s*tls2\.test\n/.test(await sClient('tls2.test')), {
      what: "tls2.test's certificate served by SNI",
    });
    const out2 = await sClient('tls2.test');
    expect(out2, out2).toMatch(/x-app-version: v2/i);
    const again = await sClient('tls.test');
    expect(again, again).toMatch(/subject=\s*CN\s*=\s*tls\.test\n/);
    // a secret an ingress uses cannot be removed
    const rm = await s.gql(
      `mutation { removeSecret(environment: "default", name: "${certSecret}") { name } }`,
    );
    expect(rm.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(rm.errors?.[0]?.message).toContain(secure);
  });

  it('the active probe takes a replica whose /health fails out of rotation (no request reaches it) and back when it recovers', async () => {
    const probePort = await freePort();
    // No container health check: only the ingress' probe notices (the orchestrator keeps the task).
    expect(
      (
        await create({
          ...taggedWebapp(probed, tag, { ...onN1, replicas: 2 }),
          healthCheck: undefined,
          update: { parallelism: 1, order: 'START_FIRST', monitorMs: 500 },
          ingress: {
            port: probePort,
            probe: {
              path: '/health',
              intervalMs: 1000,
              timeoutMs: 1000,
              healthyThreshold: 1,
              // two failures in a row: one slow answer on a loaded machine does not count
              unhealthyThreshold: 2,
            },
          },
        })
      ).errors,
    ).toBeUndefined();
    await inRotation(probed, 2);
    await waitFor(async () => (await stats(probed))!.backends.every((b) => b.probe?.healthy), {
      what: 'both replicas probed healthy',
    });
    const victim = (await stats(probed))!.backends[0]!;
    const cid = await containerOf(victim.taskId);
    await docker('n1', 'exec', cid, 'touch', '/tmp/unhealthy');
    try {
      await waitFor(async () => (await backendOf(probed, victim.taskId))?.probe?.healthy === false, {
        what: 'victim out of rotation by the probe',
        timeoutMs: 20_000,
      });
      const down = (await backendOf(probed, victim.taskId))!;
      expect(down.probe!.lastError).toContain('answered 500');
      const r = await loop(probePort, 20, 2);
      expect(r.failures).toEqual([]);
      expect(r.ok).toBe(20);
      expect(r.hosts.has(cid.slice(0, 12))).toBe(false);
      expect((await backendOf(probed, victim.taskId))!.requests).toBe(down.requests);
    } finally {
      await docker('n1', 'exec', cid, 'rm', '-f', '/tmp/unhealthy').catch(() => undefined);
    }
    await waitFor(async () => (await backendOf(probed, victim.taskId))?.probe?.healthy === true, {
      what: 'victim back in rotation',
      timeoutMs: 20_000,
    });
    const back = await loop(probePort, 20, 1);
    expect(back.failures).toEqual([]);
    expect(back.hosts.get(cid.slice(0, 12)) ?? 0).toBeGreaterThan(0);
    const id = (await s.ok<{ service: { id: string } }>(`{ service(id: "${probed}") { id } }`)).service.id;
    const events = await s.ok<{ events: { items: { data: { healthy: boolean } }[] } }>(
      `{ events(filter: { kinds: ["ingress.probe"], serviceId: "${id}" }, limit: 20) { items { data } } }`,
    );
    expect(events.events.items.map((e) => e.data.healthy)).toEqual(expect.arrayContaining([false, true]));
  });

  it('/metrics counts requests and latency per service and per revision', async () => {
    const probePort = (
      await s.ok<{ service: { spec: { ingress: { port: number } } } }>(
        `{ service(id: "${probed}") { spec { ingress { port } } } }`,
      )
    ).service.spec.ingress.port;
    const series = (text: string, revision: number) =>
      Number(
        new RegExp(
          `^stevedore_ingress_revision_requests_total\\{service="${probed}",revision="${revision}",code="2xx"\\} (\\d+)$`,
          'm',
        ).exec(text)?.[1] ?? 0,
      );
    const before = await metrics();
    const rev1 = series(before, 1);
    expect(rev1).toBeGreaterThanOrEqual(40);
    expect(before).toMatch(
      new RegExp(
        `stevedore_ingress_revision_request_duration_seconds_count\\{service="${probed}",revision="1"\\} ${rev1}\\b`,
      ),
    );
    // revision 2 (v2): its own series beside revision 1's
    await s.ok(`mutation { patchService(id: "${probed}", patch: { image: "local/webapp:v2" }) { id } }`);
    await waitFor(
      async () => {
        const st = (await stats(probed))!;
        return st.backends.length === 2 && st.backends.every((b) => b.revision === 2 && b.probe?.healthy);
      },
      { what: 'both replicas on revision 2 in rotation', timeoutMs: 90_000 },
    );
    const r = await loop(probePort, 15, 1);
    expect(r.failures).toEqual([]);
    expect(r.versions.get('v2')).toBe(15);
    const after = await metrics();
    expect(series(after, 2)).toBeGreaterThanOrEqual(15);
    expect(series(after, 1)).toBe(rev1);
    expect(after).toMatch(
      new RegExp(`stevedore_ingress_requests_total\\{service="${probed}",code="2xx"\\} \\d+`),
    );
    expect(after).toMatch(
      new RegExp(
        `stevedore_ingress_revision_request_duration_seconds_bucket\\{le="0.5",service="${probed}",revision="2"\\} \\d+`,
      ),
    );
    // the same per revision in the API
    const revs = await waitFor(
      async () => {
        const all = (await stats(probed))!.revisions;
        return all.find((x) => x.revision === 2)?.replicas === 2 && all;
      },
      { what: 'revision 2 with both replicas in rotation' },
    );
    expect(revs.find((x) => x.revision === 2)!.requests).toBeGreaterThanOrEqual(15);
    expect(revs.find((x) => x.revision === 1)!.requests).toBe(rev1);
  });
});
