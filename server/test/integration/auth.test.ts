import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import {
  docker,
  dockerJson,
  startTestServer,
  uniq,
  waitFor,
  type GqlResult,
  type TestServer,
} from './harness.js';

/**
 * Access control, environments, quotas, secrets, the policy guard, audit and API hardening
 * against a real server started with STEVEDORE_AUTH=on (and engine n1).
 */

const ADMIN_TOKEN = `admin-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}-token`;
const ADMIN_PASSWORD = 'admin-password-1';

type Json = Record<string, unknown>;
const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

/** Captures every log line the server writes. */
class LogCapture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.text += chunk.toString('utf8');
    cb();
  }
}

async function post(s: TestServer, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(s.app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A session cookie from login (its `name=value` part). */
async function login(
  s: TestServer,
  username: string,
  password: string,
): Promise<{ cookie: string; setCookie: string }> {
  const res = await post(s, {
    query:
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { me { username } expiresAt } }',
    variables: { u: username, p: password },
  });
  const body = (await res.json()) as GqlResult;
  if (body.errors?.length) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('stevedore_session='));
  if (!setCookie) throw new Error('login set no session cookie');
  return { cookie: setCookie.split(';')[0]!, setCookie };
}

async function withCookie<T = Json>(
  s: TestServer,
  cookie: string,
  query: string,
  variables?: Json,
  csrf = true,
): Promise<GqlResult<T>> {
  const res = await post(s, { query, variables }, { cookie, ...(csrf ? { 'x-stevedore-csrf': '1' } : {}) });
  return (await res.json()) as GqlResult<T>;
}

/** A user with a role in one environment, and an API token of theirs (made through their own session). */
async function userWithToken(
  s: TestServer,
  username: string,
  env: string,
  role: string,
): Promise<{ token: string; tokenId: string; cookie: string }> {
  await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
    i: { username, password: `${username}-password`, roles: [{ environment: env, role }] },
  });
  const { cookie } = await login(s, username, `${username}-password`);
  const r = await withCookie<{ createApiToken: { token: string; apiToken: { id: string } } }>(
    s,
    cookie,
    `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id role environments } } }`,
    { i: { name: `${username}-ci`, role, environments: [env], expiresInDays: 1 } },
  );
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return { token: r.data!.createApiToken.token, tokenId: r.data!.createApiToken.apiToken.id, cookie };
}

const clients: Client[] = [];
function wsClient(s: TestServer, connectionParams?: Json): Client {
  const c = createClient({
    url: s.app.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams,
    onNonLazyError: () => {},
  });
  clients.push(c);
  return c;
}

// ------------------------------------------------------------------ a literal for every required argument

interface SchemaLike {
  getType(name: string): unknown;
  getMutationType():
    | {
        getFields(): Record<
          string,
          { args: readonly { name: string; type: unknown; defaultValue?: unknown }[]; type: unknown }
        >;
      }
    | null
    | undefined;
}

function literal(schema: SchemaLike, type: string): string {
  if (type.endsWith('!')) return literal(schema, type.slice(0, -1));
  if (type.startsWith('[')) return '[]';
  switch (type) {
    case 'String':
    case 'ID':
      return '"auth-probe"';
    case 'Int':
    case 'Float':
    case 'SafeInt':
      return '1';
    case 'Boolean':
      return 'false';
    case 'DateTimeISO':
      return '"2030-01-01T00:00:00Z"';
  }
  const t = schema.getType(type) as
    | {
        getValues?: () => { name: string }[];
        getFields?: () => Record<string, { type: unknown; defaultValue?: unknown }>;
      }
    | undefined;
  if (t?.getValues) return t.getValues()[0]!.name;
  if (t?.getFields) {
    const req = Object.entries(t.getFields()).filter(
      ([, f]) => String(f.type).endsWith('!') && f.defaultValue === undefined,
    );
    return `{ ${req.map(([n, f]) => `${n}: ${literal(schema, String(f.type))}`).join(', ')} }`;
  }
  return '"auth-probe"';
}

function mutationText(schema: SchemaLike, name: string): string {
  const f = schema.getMutationType()!.getFields()[name]!;
  const args = f.args.filter((a) => String(a.type).endsWith('!') && a.defaultValue === undefined);
  const argText = args.length
    ? `(${args.map((a) => `${a.name}: ${literal(schema, String(a.type))}`).join(', ')})`
    : '';
  const ret = String(f.type).replace(/[[\]!]/g, '');
  const sel =
    (schema.getType(ret) as { getFields?: unknown } | undefined)?.getFields &&
    !(schema.getType(ret) as { getValues?: unknown }).getValues
      ? ' { __typename }'
      : '';
  return `mutation { ${name}${argText}${sel} }`;
}

// ------------------------------------------------------------------

describe('access control with STEVEDORE_AUTH=on', () => {
  let s: TestServer;
  const logs = new LogCapture();
  const staging = uniq('stg');
  const svcDefault = uniq('auth-def');
  const svcStaging = uniq('auth-stg');
  const secretName = uniq('db-pass');
  const secretValue = `s3cr3t-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const svcSecret = uniq('auth-sec');
  const created: string[] = [];

  beforeAll(async () => {
    s = await startTestServer(
      {
        STEVEDORE_AUTH: 'on',
        STEVEDORE_ADMIN_TOKEN: ADMIN_TOKEN,
        STEVEDORE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        STEVEDORE_RESYNC_INTERVAL_MS: '500',
        STEVEDORE_LOG_LEVEL: 'debug',
        STEVEDORE_RATE_LIMIT: '0',
        STEVEDORE_RATE_LIMIT_IP: '0',
      },
      undefined,
      { logger: createLogger('debug', logs) },
    );
    await s.ok(`mutation($i: CreateEnvironmentInput!) { createEnvironment(input: $i) { id clusterIds } }`, {
      i: { name: staging },
    });
    await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: { name: svcDefault, image: 'local/busybox:1', replicas: 0 },
    });
    await s.ok(`mutation($s: ServiceSpecInput!, $c: ID) { createService(spec: $s, clusterId: $c) { id } }`, {
      s: { name: svcStaging, image: 'local/busybox:1', replicas: 0 },
      c: staging,
    });
    created.push(svcDefault, svcStaging);
  });

  afterAll(async () => {
    for (const c of clients.splice(0)) await c.dispose();
    for (const id of created) await s?.gql(`mutation { removeService(id: "${id}") { id } }`);
    for (const name of created)
      await waitFor(
        async () =>
          (await docker('n1', 'ps', '-aq', '--filter', `label=stevedore.service.name=${name}`)) === '',
        {
          timeoutMs: 30_000,
          what: `containers of ${name} removed`,
        },
      ).catch(() => undefined);
    await s?.stop();
  });

  it('refuses anonymous requests with UNAUTHENTICATED, over HTTP and WebSocket', async () => {
    for (const q of [
      '{ services { id } }',
      '{ system { version } }',
      `mutation { scaleService(id: "${svcDefault}", replicas: 1) { id } }`,
    ]) {
      const r = await s.gqlAs(null, q);
      expect(codeOf(r), q).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await s.gqlAs('not-a-token-at-all', '{ services { id } }'))).toBe('UNAUTHENTICATED');
    // me answers null rather than failing: the dashboard's "am I signed in?"
    expect((await s.gqlAs(null, '{ me { username } }')).data).toEqual({ me: null });
    const c = wsClient(s, {});
    const closed = await new Promise<{ code: number }>((resolve) =>
      c.on('closed', (e) => resolve(e as { code: number })),
    );
    expect(closed.code).toBe(4403);
    const ok = await s.ok<{ me: { username: string; authEnabled: boolean; roles: Json[] } }>(
      '{ me { username authEnabled roles { environment role } } }',
    );
    expect(ok.me).toMatchObject({
      username: 'admin',
      authEnabled: true,
      roles: [{ environment: '*', role: 'ADMIN' }],
    });
  });

  it('logs in with an http-only SameSite=Strict cookie, wants the CSRF header on mutations, and logs out', async () => {
    const bad = await post(s, {
      query: 'mutation { login(username: "admin", password: "wrong-password") { expiresAt } }',
    });
    expect(codeOf((await bad.json()) as GqlResult)).toBe('UNAUTHENTICATED');
    expect(bad.headers.getSetCookie()).toEqual([]);

    const { cookie, setCookie } = await login(s, 'admin', ADMIN_PASSWORD);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(
      (await withCookie<{ me: { username: string; kind: string } }>(s, cookie, '{ me { username kind } }'))
        .data?.me,
    ).toEqual({ username: 'admin', kind: 'user' });

    const q = `mutation { setQuota(environment: "${staging}", quota: {}) { id } }`;
    const noCsrf = await withCookie(s, cookie, q, undefined, false);
    expect(codeOf(noCsrf)).toBe('FORBIDDEN');
    expect(noCsrf.errors![0]!.extensions!.rule).toBe('csrf');
    expect((await withCookie(s, cookie, q)).errors).toBeUndefined();

    const out = await post(s, { query: 'mutation { logout }' }, { cookie, 'x-stevedore-csrf': '1' });
    expect(((await out.json()) as GqlResult).data).toEqual({ logout: true });
    expect(out.headers.getSetCookie().join(';')).toMatch(/stevedore_session=;/);
    expect((await withCookie(s, cookie, '{ me { username } }')).data).toEqual({ me: null });
    expect(codeOf(await withCookie(s, cookie, '{ services { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('a VIEWER is refused every mutation of the schema with FORBIDDEN, before any side effect', async () => {
    const viewer = await userWithToken(s, uniq('viewer'), 'default', 'VIEWER');
    const snapshot = async () =>
      s.ok(`{ services { id revision spec { replicas } } nodes { id availability } networks { id } users { id disabled } environments { id quota { maxCpus } }
              secrets(environment: "default") { name version } apiTokens(all: true) { id revokedAt } }`);
    const before = await snapshot();
    const schema = s.app.schema as unknown as SchemaLike;
    const self = new Set(['login', 'logout', 'changePassword', 'createApiToken', 'revokeApiToken']);
    const names = Object.keys(schema.getMutationType()!.getFields()).filter((n) => !self.has(n));
    expect(names.length).toBeGreaterThan(40);
    const outcomes: Record<string, unknown> = {};
    for (const name of names) {
      const r = await s.gqlAs(viewer.token, mutationText(schema, name));
      outcomes[name] = codeOf(r);
    }
    expect(outcomes).toEqual(Object.fromEntries(names.map((n) => [n, 'FORBIDDEN'])));
    // A token is never stronger than its owner.
    const stronger = await s.gqlAs(
      viewer.token,
      `mutation { createApiToken(input: { name: "x", role: ADMIN, environments: ["default"] }) { token } }`,
    );
    expect(codeOf(stronger)).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    // Reading is fine.
    expect((await s.gqlAs(viewer.token, '{ services { name } }')).data).toBeTruthy();
  });

  it('a token for one environment cannot touch the services of another', async () => {
    const ops = await userWithToken(s, uniq('ops'), staging, 'OPERATOR');
    const other = await s.gqlAs(
      ops.token,
      `mutation { scaleService(id: "${svcDefault}", replicas: 1) { id } }`,
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors![0]!.message).toMatch(/OPERATOR in environment default/);
    expect(codeOf(await s.gqlAs(ops.token, `{ service(id: "${svcDefault}") { id } }`))).toBe('FORBIDDEN');
    const mine = await s.gqlAs<{ scaleService: { spec: { replicas: number } } }>(
      ops.token,
      `mutation { scaleService(id: "${svcStaging}", replicas: 1) { spec { replicas } } }`,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.scaleService.spec.replicas).toBe(1);
    // Lists are cut to what the token may see.
    const list = await s.gqlAs<{ services: { name: string }[] }>(ops.token, '{ services { name } }');
    expect(list.data!.services.map((x) => x.name)).toEqual([svcStaging]);
    // Connections are cut before paging: the page and totalCount hold only what the token sees.
    const page = await s.gqlAs<{
      servicesConnection: { totalCount: number; edges: { node: { name: string } }[] };
      eventsConnection: { edges: { node: { clusterId: string | null } }[] };
    }>(
      ops.token,
      '{ servicesConnection(first: 5) { totalCount edges { node { name } } } eventsConnection(first: 50) { edges { node { clusterId } } } }',
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.servicesConnection.totalCount).toBe(1);
    expect(page.data!.servicesConnection.edges.map((e) => e.node.name)).toEqual([svcStaging]);
    expect(page.data!.eventsConnection.edges.length).toBeGreaterThan(0);
    expect(new Set(page.data!.eventsConnection.edges.map((e) => e.node.clusterId))).toEqual(
      new Set([staging]),
    );
    const envs = await s.gqlAs<{ environments: { id: string }[] }>(ops.token, '{ environments { id } }');
    expect(envs.data!.environments.map((e) => e.id)).toEqual([staging]);
    await s.gqlAs(ops.token, `mutation { scaleService(id: "${svcStaging}", replicas: 0) { id } }`);
  });

  it("a revoked token's subscriptions are closed (4403) and the token stops working", async () => {
    const ops = await userWithToken(s, uniq('sub'), staging, 'VIEWER');
    const c = wsClient(s, { authToken: ops.token });
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      c.on('closed', (e) => resolve(e as { code: number; reason: string })),
    );
    const errors: unknown[] = [];
    // From the log's newest cursor on: staging has no node, so the scale's only events (the task
    // unplaced) come within one pass, possibly before the subscription is registered.
    const newest = await s.ok<{ events: { items: { cursor: number }[] } }>(
      `{ events(limit: 1) { items { cursor } } }`,
    );
    const first = new Promise<unknown>((resolve) => {
      c.subscribe(
        {
          query: `subscription($a: SafeInt) { events(after: $a, filter: { clusterId: "${staging}" }) { kind } }`,
          variables: { a: newest.events.items[0]?.cursor ?? 0 },
        },
        { next: resolve, error: (e) => (errors.push(e), resolve(e)), complete: () => {} },
      );
    });
    // The subscription is live: an event of its environment reaches it.
    await s.ok(`mutation { scaleService(id: "${svcStaging}", replicas: 1) { id } }`);
    expect(await first).toMatchObject({ data: { events: { kind: expect.any(String) } } });
    const revoke = await s.ok<{ revokeApiToken: { active: boolean } }>(
      `mutation { revokeApiToken(id: "${ops.tokenId}") { active revokedAt } }`,
    );
    expect(revoke.revokeApiToken.active).toBe(false);
    const e = await closed;
    expect(e.code).toBe(4403);
    expect(e.reason).toMatch(/revoked/);
    expect(codeOf(await s.gqlAs(ops.token, '{ services { id } }'))).toBe('UNAUTHENTICATED');
    await s.ok(`mutation { scaleService(id: "${svcStaging}", replicas: 0) { id } }`);
  });

  it('a dashboard subscription on the session cookie ends with the session', async () => {
    const { cookie } = await login(s, 'admin', ADMIN_PASSWORD);
    class CookieSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    }
    const c = createClient({
      url: s.app.wsUrl,
      webSocketImpl: CookieSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
    });
    clients.push(c);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      c.on('closed', (e) => resolve(e as { code: number; reason: string })),
    );
    const me = await new Promise<unknown>((resolve, reject) =>
      c.subscribe(
        { query: '{ me { username kind } }' },
        { next: resolve, error: reject, complete: () => {} },
      ),
    );
    expect(me).toEqual({ data: { me: { username: 'admin', kind: 'user' } } });
    await withCookie(s, cookie, 'mutation { logout }');
    expect((await closed).code).toBe(4403);
  });

  it('takes client TLS for tcp engines only, as PEM', async () => {
    const r = await s.gql(
      `mutation { addNode(input: { name: "tls-probe", endpoint: "unix:///var/run/nothing.sock", tls: { ca: "-----BEGIN CERTIFICATE-----" } }) { id } }`,
    );
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tls' });
  });

  it('a secret reaches the container as a file on tmpfs (and variable), never the API, the logs, the events or the disk', async () => {
    const made = await s.ok<{ createSecret: Json }>(
      `mutation($v: String!) { createSecret(environment: "default", name: "${secretName}", value: $v) { name version environment } }`,
      { v: secretValue },
    );
    expect(made.createSecret).toEqual({ name: secretName, version: 1, environment: 'default' });
    // A second secret delivered as a file only: a variable is in the engine's container config on
    // disk by nature, a file must be nowhere on disk.
    const fileOnlyName = uniq('api-key');
    const fileOnlyValue = `f1le-only-${Math.random().toString(36).slice(2)}-${Date.now()}`;
    await s.ok(
      `mutation($v: String!) { createSecret(environment: "default", name: "${fileOnlyName}", value: $v) { name } }`,
      { v: fileOnlyValue },
    );
    await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: {
        name: svcSecret,
        image: 'local/busybox:1',
        command: ['sleep', '3600'],
        replicas: 1,
        stopTimeoutSec: 1,
        secrets: [
          { name: secretName, target: 'db', env: 'DB_PASS' },
          { name: fileOnlyName, target: 'api-key' },
        ],
      },
    });
    created.push(svcSecret);
    const { containerId, taskId } = await waitFor(
      async () => {
        const v = await s.ok<{
          service: { tasks: { id: string; state: string; containerId: string | null }[] };
        }>(`{ service(id: "${svcSecret}") { tasks { id state containerId } } }`);
        const t = v.service.tasks.find((x) => x.state === 'RUNNING' && x.containerId);
        return t && { containerId: t.containerId!, taskId: t.id };
      },
      { timeoutMs: 60_000, what: 'the secret service running' },
    );
    expect(await docker('n1', 'exec', containerId, 'cat', '/run/secrets/db')).toBe(secretValue);
    expect(await docker('n1', 'exec', containerId, 'cat', '/run/secrets/api-key')).toBe(fileOnlyValue);
    expect(await docker('n1', 'exec', containerId, 'sh', '-c', 'echo "$DB_PASS"')).toBe(secretValue);
    // On a read-only tmpfs, root-owned 0444 files in a 0755 directory.
    const mount = await docker('n1', 'exec', containerId, 'grep', ' /run/secrets ', '/proc/mounts');
    expect(mount).toMatch(/^\S+ \/run\/secrets tmpfs ro[,\s]/);
    expect(await docker('n1', 'exec', containerId, 'stat', '-c', '%a %u %g', '/run/secrets/db')).toBe(
      '444 0 0',
    );
    expect(await docker('n1', 'exec', containerId, 'stat', '-c', '%a %u %g', '/run/secrets')).toBe('755 0 0');
    // The task's volume is the tmpfs; the holder that kept it mounted while it was filled is gone.
    const volume = `stevedore-secrets-${taskId}`;
    const vol = await dockerJson<{ Options: Record<string, string>; Labels: Record<string, string> }[]>(
      'n1',
      'volume',
      'inspect',
      volume,
    );
    expect(vol[0]!.Options).toMatchObject({ type: 'tmpfs', device: 'tmpfs' });
    expect(vol[0]!.Labels).toMatchObject({ 'stevedore.kind': 'secret-volume', 'stevedore.task': taskId });
    const holders = () =>
      docker(
        'n1',
        'ps',
        '-aq',
        '--filter',
        'label=stevedore.kind=secret-holder',
        '--filter',
        `label=stevedore.task=${taskId}`,
      );
    expect(await holders()).toBe('');
    // Nowhere under the engine's data root on disk (its own filesystem only: -xdev leaves out the
    // tmpfs), not in the container's writable layer either; but there on the tmpfs, which proves
    // the search would have found it.
    const root = await docker('n1', 'info', '-f', '{{.DockerRootDir}}');
    const onDisk = (value: string, dir: string) =>
      execFileSync(
        'sh',
        [
          '-c',
          'find "$1" -xdev -type f -size -64M -print0 | xargs -0 -r grep -lsF -e "$2" -- || true',
          'sh',
          dir,
          value,
        ],
        { encoding: 'utf8', timeout: 60_000 },
      ).trim();
    expect(onDisk(fileOnlyValue, root)).toBe('');
    const upper = await docker('n1', 'inspect', '-f', '{{.GraphDriver.Data.UpperDir}}', containerId);
    expect(upper.startsWith(root)).toBe(true);
    expect(onDisk(secretValue, upper)).toBe('');
    const tmpfsDir = path.join(root, 'volumes', volume, '_data');
    expect(fs.readFileSync(path.join(tmpfsDir, 'api-key'), 'utf8')).toBe(fileOnlyValue);
    expect(execFileSync('stat', ['-f', '-c', '%T', tmpfsDir], { encoding: 'utf8' }).trim()).toBe('tmpfs');

    // Through the API: names, versions, references, and [secret] for the variable.
    const api = await s.ok(`{
      secrets(environment: "default") { name version usedBy }
      service(id: "${svcSecret}") { spec { secrets { name target env } env { key value } } }
      container(id: "${containerId}") { env { key value } labels { key value } }
      events(limit: 1000) { items { kind message data } }
      auditLog(limit: 1000) { items { action details target } }
    }`);
    const text = JSON.stringify(api);
    expect(text).not.toContain(secretValue);
    expect(text).toContain('[secret]');
    expect((api as { secrets: Json[] }).secrets).toContainEqual({
      name: secretName,
      version: 1,
      usedBy: [svcSecret],
    });
    expect(logs.text.length).toBeGreaterThan(1000);
    expect(logs.text).not.toContain(secretValue);
    // At rest: encrypted in the database (and its WAL).
    for (const f of ['stevedore.db', 'stevedore.db-wal']) {
      const p = path.join(s.dataDir, f);
      if (fs.existsSync(p)) expect(fs.readFileSync(p).includes(Buffer.from(secretValue))).toBe(false);
    }
    const key = fs.statSync(path.join(s.dataDir, 'secret.key'));
    expect(key.mode & 0o777).toBe(0o600);

    const rotated = await s.ok<{ rotateSecret: { version: number } }>(
      `mutation { rotateSecret(environment: "default", name: "${secretName}", value: "another-value-2") { version } }`,
    );
    expect(rotated.rotateSecret.version).toBe(2);
    const inUse = await s.gql(
      `mutation { removeSecret(environment: "default", name: "${secretName}") { name } }`,
    );
    expect(codeOf(inUse)).toBe('CONFLICT');
    const missing = await s.gql(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: {
        name: uniq('nosecret'),
        image: 'local/busybox:1',
        replicas: 0,
        secrets: [{ name: 'does-not-exist' }],
      },
    });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0]!.extensions!.field).toBe('secrets[0].name');

    // Never backed up (a backup would put the files on disk).
    const backup = await s.gql(`mutation { backupVolume(node: "local", name: "${volume}") { file } }`);
    expect(backup.errors?.[0]?.message).toMatch(/never backed up/);

    // What a crash leaves (a holder, a volume of a task that no longer exists) is collected; only
    // this control plane's (its installation label).
    const installation = await docker(
      'n1',
      'inspect',
      '-f',
      '{{index .Config.Labels "stevedore.installation"}}',
      containerId,
    );
    const ghost = `ghost-${Date.now().toString(36)}`;
    const ghostLabels = (kind: string, inst = installation) =>
      [
        'stevedore.test=1',
        `stevedore.kind=${kind}`,
        `stevedore.installation=${inst}`,
        `stevedore.task=${ghost}`,
      ].flatMap((l) => ['--label', l]);
    await docker('n1', 'volume', 'create', ...ghostLabels('secret-volume'), `stevedore-secrets-${ghost}`);
    await docker(
      'n1',
      'volume',
      'create',
      ...ghostLabels('secret-volume', 'someone-else'),
      `stevedore-secrets-${ghost}-x`,
    );
    await docker('n1', 'create', ...ghostLabels('secret-holder'), 'local/busybox:1', 'sleep', '60');
    await waitFor(
      async () =>
        (await docker('n1', 'volume', 'ls', '-q', '--filter', `label=stevedore.task=${ghost}`)) ===
          `stevedore-secrets-${ghost}-x` &&
        (await docker('n1', 'ps', '-aq', '--filter', `label=stevedore.task=${ghost}`)) === '',
      { timeoutMs: 30_000, what: 'a left-over secret holder and volume collected' },
    );
    await docker('n1', 'volume', 'rm', `stevedore-secrets-${ghost}-x`);

    // The service goes: its container, then its secret volume (and no holder is left).
    await s.ok(`mutation { removeService(id: "${svcSecret}") { id } }`);
    await waitFor(
      async () =>
        (await docker('n1', 'volume', 'ls', '-q', '--filter', `name=${volume}`)) === '' &&
        (await holders()) === '' &&
        (await docker('n1', 'ps', '-aq', '--filter', `label=stevedore.task=${taskId}`)) === '',
      { timeoutMs: 30_000, what: 'the secret volume removed with the service' },
    );
    expect(fs.existsSync(tmpfsDir)).toBe(false);
    await s.ok(`mutation { removeSecret(environment: "default", name: "${fileOnlyName}") { name } }`);
  });

  it('refuses deploys over quota with the numbers, and reports use', async () => {
    await s.ok(
      `mutation { setQuota(environment: "${staging}", quota: { maxCpus: 1, maxServices: 3 }) { id } }`,
    );
    const spec = (name: string, cpus: number | null, replicas = 1) => ({
      name,
      image: 'local/busybox:1',
      replicas,
      ...(cpus === null ? {} : { resources: { cpuLimit: cpus } }),
    });
    const create = (sp: Json) =>
      s.gql(
        `mutation($s: ServiceSpecInput!, $c: ID) { createService(spec: $s, clusterId: $c) { id name } }`,
        { s: sp, c: staging },
      );
    const a = uniq('q-a');
    expect((await create(spec(a, 0.5))).errors).toBeUndefined();
    created.push(a);
    const over = await create(spec(uniq('q-b'), 0.75));
    expect(codeOf(over)).toBe('FORBIDDEN');
    expect(over.errors![0]!.message).toBe(`quota: 1 CPUs in ${staging}, 0.5 in use, this asks 0.75`);
    expect(over.errors![0]!.extensions).toMatchObject({
      rule: 'quota',
      quota: [{ resource: 'cpus', limit: 1, inUse: 0.5, asks: 0.75 }],
    });
    const unbounded = await create(spec(uniq('q-c'), null));
    expect(codeOf(unbounded)).toBe('FORBIDDEN');
    expect(unbounded.errors![0]!.message).toMatch(/give resources\.cpuLimit/);
    const scale = await s.gql(`mutation { scaleService(id: "${a}", replicas: 3) { id } }`);
    expect(scale.errors![0]!.message).toBe(`quota: 1 CPUs in ${staging}, 0.5 in use, this asks 1`);
    const update = await s.gql(
      `mutation($s: ServiceSpecInput!) { updateService(id: "${a}", spec: $s) { id } }`,
      { s: spec(a, 2) },
    );
    expect(update.errors![0]!.message).toBe(`quota: 1 CPUs in ${staging}, 0.5 in use, this asks 1.5`);
    expect((await s.gql(`mutation { scaleService(id: "${a}", replicas: 2) { id } }`)).errors).toBeUndefined();
    const usage = await s.ok<{ quotaUsage: Json }>(
      `{ quotaUsage(environment: "${staging}") { cpus services containers quota { maxCpus maxServices } } }`,
    );
    expect(usage.quotaUsage).toMatchObject({ cpus: 1, services: 2, quota: { maxCpus: 1, maxServices: 3 } });

    // runContainer counts against the containers quota of the node's environment.
    const def = await s.ok<{ quotaUsage: { containers: number } }>(
      '{ quotaUsage(environment: "default") { containers } }',
    );
    await s.ok(
      `mutation { setQuota(environment: "default", quota: { maxContainers: ${def.quotaUsage.containers} }) { id } }`,
    );
    try {
      const run = await s.gql(
        `mutation { runContainer(input: { image: "local/busybox:1", command: ["true"] }) { id } }`,
      );
      expect(codeOf(run)).toBe('FORBIDDEN');
      expect(run.errors![0]!.message).toMatch(
        new RegExp(
          `quota: ${def.quotaUsage.containers} containers in default, ${def.quotaUsage.containers} in use, this asks 1`,
        ),
      );
    } finally {
      await s.ok('mutation { setQuota(environment: "default", quota: {}) { id } }');
      await s.ok(`mutation { setQuota(environment: "${staging}", quota: {}) { id } }`);
    }
  });

  it('the policy guard refuses host privileges naming the rule, unless an ADMIN allows them', async () => {
    const create = (sp: Json, c = 'default') =>
      s.gql(`mutation($s: ServiceSpecInput!, $c: ID) { createService(spec: $s, clusterId: $c) { id } }`, {
        s: sp,
        c,
      });
    const base = { image: 'local/busybox:1', replicas: 0 };
    const priv = await create({ ...base, name: uniq('priv'), privileged: true });
    expect(codeOf(priv)).toBe('FORBIDDEN');
    expect(priv.errors![0]!.extensions!.rule).toBe('privileged');
    expect(priv.errors![0]!.message).toMatch(
      /policy privileged: privileged: privileged containers are refused in default/,
    );
    const sock = await create({
      ...base,
      name: uniq('sock'),
      volumes: [{ type: 'BIND', source: '/var/run/docker.sock', target: '/var/run/docker.sock' }],
    });
    expect(codeOf(sock)).toBe('FORBIDDEN');
    expect(sock.errors![0]!.extensions).toMatchObject({ rule: 'dockerSocket', field: 'volumes[0].source' });
    const caps = await s.gql(
      `mutation { runContainer(input: { image: "local/busybox:1", capAdd: ["NET_ADMIN"], hostNetwork: true }) { id } }`,
    );
    expect(caps.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'hostNetwork' });
    expect((caps.errors![0]!.extensions!.rules as { rule: string }[]).map((r) => r.rule)).toEqual([
      'hostNetwork',
      'capAdd',
    ]);

    await s.ok(
      `mutation { setEnvironmentPolicy(environment: "${staging}", policy: { allowPrivileged: true }) { policy { allowPrivileged } } }`,
    );
    const allowed = uniq('priv-ok');
    const ok = await create({ ...base, name: allowed, privileged: true }, staging);
    expect(ok.errors).toBeUndefined();
    created.push(allowed);
    expect(codeOf(await create({ ...base, name: uniq('priv-no'), privileged: true }))).toBe('FORBIDDEN');

    // Tightened later: the running replica stays, but no new container of that spec is made.
    // (privileged containers cannot start on these test engines: an added capability stands in.)
    await s.ok(
      'mutation { setEnvironmentPolicy(environment: "default", policy: { allowedCapabilities: ["NET_ADMIN"] }) { id } }',
    );
    const was = uniq('cap-was');
    try {
      await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
        s: {
          name: was,
          image: 'local/busybox:1',
          command: ['sleep', '3600'],
          replicas: 1,
          stopTimeoutSec: 1,
          capAdd: ['NET_ADMIN'],
        },
      });
      created.push(was);
      const first = await waitFor(
        async () =>
          (
            await s.ok<{ service: { tasks: { state: string; containerId: string | null }[] } }>(
              `{ service(id: "${was}") { tasks { state containerId } } }`,
            )
          ).service.tasks.find((t) => t.state === 'RUNNING')?.containerId,
        { timeoutMs: 60_000, what: 'the NET_ADMIN replica running' },
      );
      expect(await docker('n1', 'inspect', '--format', '{{.HostConfig.CapAdd}}', first)).toBe('[NET_ADMIN]');
    } finally {
      await s.ok('mutation { setEnvironmentPolicy(environment: "default", policy: {}) { id } }');
    }
    expect(codeOf(await s.gql(`mutation { scaleService(id: "${was}", replicas: 2) { id } }`))).toBe(
      'FORBIDDEN',
    );
    const id = (await docker('n1', 'ps', '-q', '--filter', `label=stevedore.service.name=${was}`)).split(
      '\n',
    )[0]!;
    await docker('n1', 'kill', id);
    const refused = await waitFor(
      async () =>
        (
          await s.ok<{ service: { tasks: { state: string; stateReason: string }[] } }>(
            `{ service(id: "${was}") { tasks { state stateReason } } }`,
          )
        ).service.tasks.find((t) => t.state === 'REJECTED' && t.stateReason.includes('policy capAdd')),
      { timeoutMs: 60_000, what: 'the replacement refused by the policy' },
    );
    expect(refused.stateReason).toMatch(/adding capability NET_ADMIN is refused in default/);
  });

  it('audits every mutation and login attempt, append-only, queryable and streamed', async () => {
    const admin = wsClient(s, { authToken: ADMIN_TOKEN });
    const streamed = new Promise<Json>((resolve, reject) => {
      admin.subscribe(
        { query: 'subscription { auditEvents { action actor outcome errorCode } }' },
        { next: (v) => resolve(v as Json), error: reject, complete: () => {} },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    await s.gql(`mutation { pauseRollout(id: "${svcDefault}") { id } }`); // CONFLICT: no rollout
    expect(await streamed).toMatchObject({
      data: {
        auditEvents: {
          action: 'pauseRollout',
          actor: 'admin (token STEVEDORE_ADMIN_TOKEN)',
          outcome: 'error',
          errorCode: 'CONFLICT',
        },
      },
    });

    const log = await s.ok<{ auditLog: { items: Json[] } }>(
      '{ auditLog(limit: 1000) { items { id action actor actorKind environment target ip userAgent outcome errorCode } } }',
    );
    const items = log.auditLog.items;
    expect(items.find((e) => e.action === 'createService' && e.target === svcDefault)).toMatchObject({
      actor: 'admin (token STEVEDORE_ADMIN_TOKEN)',
      environment: 'default',
      outcome: 'ok',
      ip: '127.0.0.1',
    });
    expect(items.filter((e) => e.action === 'login').map((e) => [e.actor, e.outcome])).toEqual(
      expect.arrayContaining([
        ['admin', 'error'],
        ['admin', 'ok'],
      ]),
    );
    expect(
      items.some((e) => e.outcome === 'error' && e.errorCode === 'FORBIDDEN' && e.actorKind === 'token'),
    ).toBe(true);
    expect(items.find((e) => e.action === 'login')!.userAgent).not.toBe('');

    // A user's name also finds what their tokens did.
    const byAdmin = await s.ok<{ auditLog: { items: { actor: string }[] } }>(
      '{ auditLog(filter: { actor: "admin" }, limit: 1000) { items { actor } } }',
    );
    expect(new Set(byAdmin.auditLog.items.map((e) => e.actor))).toEqual(
      new Set(['admin', 'admin (token STEVEDORE_ADMIN_TOKEN)']),
    );

    // Resuming after a cursor: exactly the entries since, oldest first, then live, none twice.
    const cursor = items[Math.min(5, items.length - 1)]!.id as number;
    const since = items
      .filter((e) => (e.id as number) > cursor)
      .map((e) => e.id as number)
      .reverse();
    const resumed: number[] = [];
    const resumer = wsClient(s, { authToken: ADMIN_TOKEN });
    resumer.subscribe(
      { query: `subscription { auditEvents(after: ${cursor}) { id action } }` },
      {
        next: (v) => resumed.push((v as { data: { auditEvents: { id: number } } }).data.auditEvents.id),
        error: () => {},
        complete: () => {},
      },
    );
    await waitFor(() => resumed.length >= since.length, { what: 'the replay' });
    expect(resumed.slice(0, since.length)).toEqual(since);
    await s.gql(`mutation { pauseRollout(id: "${svcDefault}") { id } }`);
    await waitFor(() => resumed.length > since.length, { what: 'a live entry after the replay' });
    expect(new Set(resumed).size).toBe(resumed.length);
    expect(resumed.at(-1)!).toBeGreaterThan(since.at(-1) ?? cursor);

    const db = s.app.core.store.db;
    expect(() => db.prepare("UPDATE audit_log SET outcome = 'ok'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});

describe('API hardening', () => {
  let s: TestServer;
  let tls: TestServer | undefined;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-auth-'));

  beforeAll(async () => {
    s = await startTestServer({
      STEVEDORE_AUTH: 'on',
      STEVEDORE_ADMIN_TOKEN: ADMIN_TOKEN,
      STEVEDORE_RATE_LIMIT: '2,10',
      STEVEDORE_RATE_LIMIT_IP: '1000,1000',
      STEVEDORE_BODY_LIMIT: '64kb',
    });
  });
  afterAll(async () => {
    await s?.stop();
    await tls?.stop();
  });

  const quick = async <T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const t = Date.now();
    const value = await fn();
    return { value, ms: Date.now() - t };
  };
  const works = async (srv: TestServer, token = ADMIN_TOKEN) =>
    expect((await srv.gqlAs(token, '{ system { version } }')).data).toMatchObject({
      system: { version: expect.any(String) },
    });

  it('rejects a deeply nested query and an alias flood before running them', async () => {
    let deep = 'name';
    for (let i = 0; i < 20; i++) deep = `ofType { ${deep} }`;
    const d = await quick(() => s.gql(`{ __type(name: "Query") { fields { type { ${deep} } } } }`));
    expect(codeOf(d.value)).toBe('QUERY_TOO_DEEP');
    expect(d.value.errors![0]!.message).toMatch(/nested \d+ levels deep; the limit is 15/);
    expect(d.ms).toBeLessThan(5000);
    await new Promise((r) => setTimeout(r, 1000));

    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: system { version }`).join(' ');
    const a = await quick(() => s.gql(`{ ${aliases} }`));
    expect(codeOf(a.value)).toBe('TOO_MANY_ALIASES');
    expect(a.value.errors!.map((e) => e.message).join(' ')).toMatch(/100 aliases; the limit is 30/);
    expect(a.ms).toBeLessThan(5000);
    await new Promise((r) => setTimeout(r, 1000));

    const costly = Array.from(
      { length: 25 },
      (_, i) =>
        `e${i}: events(limit: 1000) { items { cursor kind message severity clusterId nodeId serviceId taskId containerId } }`,
    ).join(' ');
    const c = await s.gql(`{ ${costly} }`);
    expect(c.errors!.map((e) => e.message).join(' ')).toMatch(/estimated cost of \d+; the limit is 200000/);
    await new Promise((r) => setTimeout(r, 1000));
    await works(s);
  });

  it('answers an oversized body with a clear 413', async () => {
    await new Promise((r) => setTimeout(r, 1000));
    const big = JSON.stringify({ query: `{ system { version } } # ${'x'.repeat(100 * 1024)}` });
    const r = await quick(() => post(s, big, { authorization: `Bearer ${ADMIN_TOKEN}` }));
    expect(r.value.status).toBe(413);
    expect(await r.value.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', limit: '64kb' } }],
    });
    expect(r.ms).toBeLessThan(5000);
    await works(s);
  });

  it('limits a burst per token with 429 and Retry-After; other callers are unaffected', async () => {
    await new Promise((r) => setTimeout(r, 5000)); // a full bucket
    const burst = await Promise.all(
      Array.from({ length: 25 }, () =>
        post(s, { query: '{ system { version } }' }, { authorization: `Bearer ${ADMIN_TOKEN}` }),
      ),
    );
    const limited = burst.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(10);
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited[0]!.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    // Another caller right away: its own bucket.
    expect(codeOf(await s.gqlAs(null, '{ services { id } }'))).toBe('UNAUTHENTICATED');
    // The same token once the bucket has a token again.
    await new Promise((r) => setTimeout(r, Number(limited[0]!.headers.get('retry-after')) * 1000 + 100));
    await works(s);
  });

  it('serves HTTPS with a configured certificate, and only persisted queries when asked', async () => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        path.join(tmp, 'key.pem'),
        '-out',
        path.join(tmp, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const allowed = '{ system { version } }';
    fs.writeFileSync(path.join(tmp, 'pq.json'), JSON.stringify([allowed]));
    tls = await startTestServer({
      STEVEDORE_AUTH: 'on',
      STEVEDORE_ADMIN_TOKEN: ADMIN_TOKEN,
      STEVEDORE_TLS_CERT: path.join(tmp, 'cert.pem'),
      STEVEDORE_TLS_KEY: path.join(tmp, 'key.pem'),
      STEVEDORE_PERSISTED_QUERIES: 'only',
      STEVEDORE_PERSISTED_QUERIES_FILE: path.join(tmp, 'pq.json'),
      STEVEDORE_LOCAL_ENGINE: 'unix:///nonexistent/docker.sock',
    });
    expect(tls.app.url).toMatch(/^https:/);
    const ca = fs.readFileSync(path.join(tmp, 'cert.pem'));
    const https = await import('node:https');
    const call = (body: unknown) =>
      new Promise<{ status: number; body: GqlResult }>((resolve, reject) => {
        const req = https.request(
          tls!.app.url,
          {
            method: 'POST',
            ca,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
          },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as GqlResult }),
            );
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(body));
      });
    expect((await call({ query: allowed })).body.data).toMatchObject({
      system: { version: expect.any(String) },
    });
    const hash = (await import('node:crypto')).createHash('sha256').update(allowed).digest('hex');
    expect(
      (await call({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).body.data,
    ).toMatchObject({ system: { version: expect.any(String) } });
    const unknown = await call({ query: '{ services { id } }' });
    expect(unknown.status).toBe(400);
    expect(codeOf(unknown.body)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
