import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, removeLabelled, startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import { storeEnv, storeTables, testStore } from './store-env.js';

/*
 * The `stevedore` command-line client (issue #21 item 8) against a real server on real engines:
 * the CLI runs as a separate process (cli/src/main.ts through tsx, so the test runs the source as
 * it is), with its own config dir (XDG_CONFIG_HOME) and only what `login` stored to go on.
 */

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'cli/src/main.ts');
const PASSWORD = 'cli-test-password-1';
const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cliEnv(config: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: config, XDG_CONFIG_HOME: config };
  return env;
}

/** Runs `stevedore ...args` to its end (at most 60 s); `extra` adds to its environment. */
function cli(
  config: string,
  args: string[],
  input?: string,
  extra: Record<string, string> = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, ...args],
      { cwd: ROOT, env: { ...cliEnv(config), ...extra }, timeout: 60_000 },
      (err, stdout, stderr) =>
        resolve({
          code: err ? ((err as { code?: number }).code ?? null) : 0,
          signal: (err as { signal?: NodeJS.Signals } | null)?.signal ?? null,
          stdout,
          stderr,
        }),
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

/** `stevedore --json ...args`, which must succeed; its stdout parsed. */
async function cliJson<T>(config: string, args: string[]): Promise<T> {
  const r = await cli(config, ['--json', ...args]);
  if (r.code !== 0) throw new Error(`stevedore ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** A long-running `stevedore ...args` (logs -f, events -f), its output collected as it comes. */
function start(config: string, args: string[]) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    env: cliEnv(config),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d: Buffer) => (out.stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out.stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, out, exited };
}

/** A gauge of the server's /metrics (the harness's admin token is an API token, as a scraper's). */
async function gauge(s: TestServer, name: string): Promise<number> {
  const res = await fetch(new URL('/metrics', s.app.url), {
    headers: { authorization: `Bearer ${s.token}` },
  });
  const m = new RegExp(`^${name} (\\S+)$`, 'm').exec(await res.text());
  if (!m) throw new Error(`no ${name} in /metrics`);
  return Number(m[1]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

interface TaskRow {
  id: string;
  slot: number;
  state: string;
  desiredState: string;
  revision: number;
  containerId: string | null;
}
interface ServiceRow {
  id: string;
  name: string;
  image: string;
  revision: number;
  desiredReplicas: number;
  runningReplicas: number;
}

/** `stevedore --json service create --name NAME --replicas N ...rest`. */
const createService = (config: string, name: string, replicas: number, rest: string[]) =>
  cliJson<ServiceRow>(config, ['service', 'create', '--name', name, '--replicas', String(replicas), ...rest]);

const running = (tasks: TaskRow[]) =>
  tasks.filter((t) => t.state === 'RUNNING' && t.desiredState === 'RUNNING');

describe('stevedore CLI against a real server', () => {
  let s: TestServer;
  let config: string;
  const services: string[] = [];
  const stacks: string[] = [];

  beforeAll(async () => {
    s = await startTestServer({ STEVEDORE_ADMIN_PASSWORD: PASSWORD });
    config = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-cli-'));
  });

  afterAll(async () => {
    for (const name of stacks)
      await s?.gql(`mutation($n: String!) { removeStack(name: $n, removeVolumes: true) { name } }`, {
        n: name,
      });
    for (const id of services) await s?.gql(`mutation($id: ID!) { removeService(id: $id) { id } }`, { id });
    await s?.stop();
    // The server stops before its reconciler has removed every container: the rest go by label.
    for (const id of services) await removeLabelled('n1', `stevedore.service=${id}`);
    for (const name of stacks) await removeLabelled('n1', `stevedore.stack=${name}`);
  });

  it('login with a password stores the URL and a new API token (0600 in XDG_CONFIG_HOME) that later commands use; a wrong password is refused with the server code', async () => {
    const bad = await cli(
      config,
      ['login', s.app.url, '-u', 'admin', '--password-stdin'],
      'wrong-password\n',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^Error: [A-Z_]+: /);
    expect(bad.stderr).not.toMatch(STACK_TRACE);
    expect(fs.existsSync(path.join(config, 'stevedore/config.json'))).toBe(false);

    const r = await cli(
      config,
      ['--json', 'login', s.app.url, '-u', 'admin', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { url: string; username: string; tokenName: string; role: string };
    expect(out).toMatchObject({ url: s.app.url, username: 'admin', role: 'ADMIN' });
    const file = path.join(config, 'stevedore/config.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { url: string; token: string };
    expect(stored.url).toBe(s.app.url);
    expect(stored.token).not.toContain(PASSWORD);
    // The stored value is an API token the server made for this login, not the session.
    const tokens = await s.ok<{ apiTokens: { name: string }[] }>(`{ apiTokens(all: true) { name } }`);
    expect(tokens.apiTokens.map((t) => t.name)).toContain(out.tokenName);
    const me = await s.gqlAs<{ me: { kind: string; tokenName: string } }>(
      stored.token,
      `{ me { kind tokenName } }`,
    );
    expect(me.data?.me.tokenName).toBe(out.tokenName);

    const nodes = await cliJson<{ name: string; status: string }[]>(config, ['node', 'ls']);
    expect(nodes.map((n) => n.name)).toContain('local');
    const table = await cli(config, ['node', 'ls']);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID {2,}NAME {2,}STATUS {2,}AVAILABILITY/);
  });

  it('service create, ls, ps, scale, update, rollback and rm change the containers on the engine', async () => {
    const name = uniq('cli-web');
    const created = await createService(config, name, 2, [
      '-e',
      'GREETING=hi',
      '-p',
      '8080',
      'local/webapp:v1',
    ]);
    services.push(created.id);
    expect(created).toMatchObject({ name, image: 'local/webapp:v1', revision: 1, desiredReplicas: 2 });
    const engineImages = async () =>
      (
        await docker(
          'n1',
          'ps',
          '--filter',
          `label=stevedore.service=${created.id}`,
          '--format',
          '{{.Image}}',
        )
      )
        .split('\n')
        .filter(Boolean);
    const tasks = () => cliJson<TaskRow[]>(config, ['service', 'ps', name]);
    await waitFor(async () => running(await tasks()).length === 2 && (await engineImages()).length === 2, {
      timeoutMs: 60_000,
      what: '2 running replicas',
    });

    const ls = await cliJson<ServiceRow[]>(config, ['service', 'ls']);
    expect(ls.find((x) => x.name === name)).toMatchObject({ id: created.id, desiredReplicas: 2 });
    // Docker-like tables: headers in capitals, each column starting where its header does.
    const table = (await cli(config, ['service', 'ls'])).stdout.split('\n').filter(Boolean);
    expect(table[0]).toMatch(/^ID {2,}NAME {2,}MODE {2,}REPLICAS {2,}STATUS {2,}IMAGE {2,}PORTS$/);
    const row = table.find((l) => l.includes(name))!;
    expect(row.indexOf(name)).toBe(table[0]!.indexOf('NAME'));
    expect(row.slice(table[0]!.indexOf('REPLICAS'))).toMatch(/^2\/2 /);
    const ps = (await cli(config, ['service', 'ps', name])).stdout.split('\n');
    expect(ps[0]).toMatch(/^ID {2,}NAME {2,}REVISION {2,}NODE {2,}DESIRED STATE {2,}CURRENT STATE/);
    expect(ps.filter((l) => l.includes(`${name}.`)).length).toBeGreaterThanOrEqual(2);

    const scaled = await cliJson<ServiceRow[]>(config, ['service', 'scale', `${name}=3`]);
    expect(scaled[0]).toMatchObject({ desiredReplicas: 3, revision: 2 });
    await waitFor(async () => (await engineImages()).length === 3, {
      timeoutMs: 60_000,
      what: '3 containers',
    });

    const updated = await cliJson<ServiceRow>(config, [
      'service',
      'update',
      name,
      '--image',
      'local/webapp:v2',
      '--env-add',
      'MODE=cli',
      '--update-parallelism',
      '3',
    ]);
    expect(updated).toMatchObject({ image: 'local/webapp:v2', revision: 3 });
    await waitFor(
      async () => {
        const imgs = await engineImages();
        return imgs.length === 3 && imgs.every((i) => i === 'local/webapp:v2');
      },
      { timeoutMs: 90_000, what: 'every container on v2' },
    );

    const back = await cliJson<ServiceRow>(config, ['service', 'rollback', name]);
    expect(back).toMatchObject({ image: 'local/webapp:v1', revision: 4 });
    await waitFor(
      async () => {
        const imgs = await engineImages();
        return imgs.length === 3 && imgs.every((i) => i === 'local/webapp:v1');
      },
      { timeoutMs: 90_000, what: 'every container back on v1' },
    );
    const env = await docker(
      'n1',
      'inspect',
      '--format',
      '{{json .Config.Env}}',
      (await docker('n1', 'ps', '-q', '--filter', `label=stevedore.service=${created.id}`)).split('\n')[0]!,
    );
    expect(env).toContain('GREETING=hi');
    expect(env).not.toContain('MODE=cli');

    // Failures carry the server's code and message, exit 1, no stack.
    const missing = await cli(config, ['service', 'scale', 'no-such-service=2']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error: NOT_FOUND: .*no-such-service/);
    const badImage = await cli(config, ['--json', 'service', 'update', name, '--image', 'bad image']);
    expect(badImage.code).toBe(1);
    const err = JSON.parse(badImage.stderr) as { error: { code: string; field: string; message: string } };
    expect(err.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'image' });
    expect(badImage.stderr).not.toMatch(STACK_TRACE);

    const rm = await cli(config, ['service', 'rm', name]);
    expect(rm).toMatchObject({ code: 0, stdout: `${name}\n` });
    await waitFor(async () => (await engineImages()).length === 0, {
      timeoutMs: 60_000,
      what: 'the containers gone',
    });
    expect((await cliJson<ServiceRow[]>(config, ['service', 'ls'])).some((x) => x.name === name)).toBe(false);
  });

  it('stack deploy -f deploys a compose file (variables from the environment, env_file read beside it); a bad file is refused on its line with nothing created; stack ls and rm', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-cli-stack-'));
    const name = uniq('clistk');
    stacks.push(name);
    fs.writeFileSync(path.join(dir, 'web.env'), 'FROM_FILE=yes\n');
    fs.writeFileSync(
      path.join(dir, 'compose.yml'),
      [
        'services:',
        '  web:',
        '    image: local/webapp:v1',
        '    deploy:',
        '      replicas: 2',
        '    env_file: ./web.env',
        '  worker:',
        '    image: local/busybox:1',
        '    command: ["sh", "-c", "sleep 3600"]',
        '',
      ].join('\n'),
    );
    const dry = await cliJson<{ applied: boolean; plan: { create: { kind: string; name: string }[] } }>(
      config,
      ['stack', 'deploy', '-f', path.join(dir, 'compose.yml'), '--dry-run', name],
    );
    expect(dry.applied).toBe(false);
    expect(dry.plan.create.filter((i) => i.kind === 'service').map((i) => i.name)).toEqual(
      expect.arrayContaining([`${name}_web`, `${name}_worker`]),
    );
    expect(
      (await cliJson<ServiceRow[]>(config, ['service', 'ls'])).some((x) => x.name.startsWith(name)),
    ).toBe(false);

    const r = await cli(config, ['stack', 'deploy', '-f', path.join(dir, 'compose.yml'), name]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^ACTION {2,}KIND {2,}NAME {2,}CHANGES$/);
    expect(r.stdout).toMatch(new RegExp(`created +service +${name}_web`));
    await waitFor(
      async () => {
        const ls = await cliJson<ServiceRow[]>(config, ['service', 'ls']);
        const mine = ls.filter((x) => x.name.startsWith(`${name}_`));
        return mine.length === 2 && mine.every((x) => x.runningReplicas === x.desiredReplicas);
      },
      { timeoutMs: 90_000, what: 'the stack running' },
    );
    const webId = (await cliJson<ServiceRow[]>(config, ['service', 'ls'])).find(
      (x) => x.name === `${name}_web`,
    )!.id;
    const cid = (await docker('n1', 'ps', '-q', '--filter', `label=stevedore.service=${webId}`)).split(
      '\n',
    )[0]!;
    expect(await docker('n1', 'inspect', '--format', '{{json .Config.Env}}', cid)).toContain('FROM_FILE=yes');

    const bad = uniq('clibad');
    fs.writeFileSync(
      path.join(dir, 'bad.yml'),
      'services:\n  web:\n    image: local/webapp:v1\n    ports: [ "abc" ]\n',
    );
    const refused = await cli(config, ['stack', 'deploy', '-f', path.join(dir, 'bad.yml'), bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Error: BAD_USER_INPUT: .*bad\.yml:4: /);
    expect(refused.stderr).not.toMatch(STACK_TRACE);
    const none = await s.ok<{ stack: unknown }>(`query($n: String!) { stack(name: $n) { name } }`, {
      n: bad,
    });
    expect(none.stack).toBeNull();

    const listed = await cliJson<{ name: string; services: unknown[] }[]>(config, ['stack', 'ls']);
    expect(listed.find((x) => x.name === name)?.services).toHaveLength(2);
    const rm = await cli(config, ['stack', 'rm', name]);
    expect(rm.code).toBe(0);
    expect(rm.stdout).toContain(`Removing service ${name}_web`);
    const gone = await s.ok<{ stack: unknown }>(`query($n: String!) { stack(name: $n) { name } }`, {
      n: name,
    });
    expect(gone.stack).toBeNull();
  });

  it('backup create, ls and verify snapshot the control plane; restore refuses a damaged snapshot and restores a good one into an empty directory (or database)', async () => {
    // On PostgreSQL the snapshot is pg_dump's, and restore goes into the empty database that
    // STEVEDORE_DATABASE_URL names (one per target directory here) instead of a data directory.
    const onPostgres = testStore() === 'postgres';
    const restore = (file: string, dir: string) =>
      onPostgres
        ? cli(config, ['restore', file, '--server-main', serverMain], undefined, storeEnv(dir))
        : cli(config, ['restore', file, '--data-dir', dir, '--server-main', serverMain]);
    const made = await cliJson<{ file: string; sha256: string; schemaVersion: number }>(config, [
      'backup',
      'create',
    ]);
    expect(made.file).toMatch(/^control-plane-.*\.tar$/);
    const ls = await cli(config, ['backup', 'ls']);
    expect(ls.code).toBe(0);
    expect(ls.stdout.split('\n')[0]).toMatch(/^FILE {2,}SIZE {2,}SHA256 {2,}CREATED$/);
    expect(ls.stdout).toContain(made.file);
    const ok = await cli(config, ['backup', 'verify', made.file]);
    expect(ok.stdout).toContain(`${made.file}: intact (schema ${made.schemaVersion}`);
    const missing = await cli(config, ['backup', 'verify', 'nope.tar']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error: NOT_FOUND: .*nope\.tar/);

    // restore runs the server's own command (built dist/) on this machine.
    const serverMain = path.join(ROOT, 'server/dist/main.js');
    const snapshot = path.join(s.dataDir, 'control-backups', made.file);
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-restore-'));
    try {
      const damaged = path.join(work, 'damaged.tar');
      const b = fs.readFileSync(snapshot);
      b[b.length >> 1]! ^= 0xff;
      fs.writeFileSync(damaged, b);
      const refused = await restore(damaged, path.join(work, 'a'));
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/refused: .*(checksum|not a readable snapshot)/);
      expect(refused.stderr).not.toMatch(STACK_TRACE);
      if (onPostgres) expect(storeTables(path.join(work, 'a'))).toEqual([]);
      else expect(fs.existsSync(path.join(work, 'a', 'stevedore.db'))).toBe(false);
      const restored = await restore(snapshot, path.join(work, 'b'));
      expect(restored.code, restored.stderr).toBe(0);
      if (onPostgres) expect(storeTables(path.join(work, 'b'))).toContain('services');
      else expect(fs.readdirSync(path.join(work, 'b'))).toContain('stevedore.db');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('state export writes the desired state (0600); state import plans it: unchanged here, and a missing secret stops it with exit 1', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-state-'));
    try {
      const file = path.join(work, 'fleet.yaml');
      const out = await cli(config, ['state', 'export', '-o', file]);
      expect(out.code, out.stderr).toBe(0);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(file, 'utf8')).toMatch(
        /^apiVersion: stevedore\/v1\nkind: StevedoreDesiredState\n/,
      );
      const plan = await cli(config, ['state', 'import', '-f', file, '--dry-run']);
      expect(plan.code, plan.stderr).toBe(0);
      expect(plan.stdout.split('\n')[0]).toMatch(/^ACTION {2,}KIND {2,}NAME {2,}DETAILS$/);
      expect(plan.stdout).toMatch(/^UNCHANGED {2,}ENVIRONMENT {2,}default/m);
      expect(plan.stdout).not.toMatch(/^(CREATE|UPDATE|MISSING|CONFLICT) /m);
      const missing = path.join(work, 'missing.yaml');
      fs.writeFileSync(
        missing,
        'apiVersion: stevedore/v1\nkind: StevedoreDesiredState\nsecrets:\n  - name: cli-nowhere\n    environment: default\n',
      );
      const blocked = await cli(config, ['state', 'import', '-f', missing]);
      expect(blocked.code).toBe(1);
      expect(blocked.stdout).toMatch(/^MISSING {2,}SECRET {2,}default\/cli-nowhere/m);
      expect(blocked.stdout).toContain('not applied: nothing changed');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('Ctrl-C during service logs -f exits with status 130 and no stack trace, and the server closes the log streams and the socket', async () => {
    const name = uniq('cli-ticker');
    const created = await createService(config, name, 2, [
      'local/busybox:1',
      '--',
      'sh',
      '-c',
      'i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.2; done',
    ]);
    services.push(created.id);
    await waitFor(
      async () => running(await cliJson<TaskRow[]>(config, ['service', 'ps', name])).length === 2,
      {
        timeoutMs: 60_000,
        what: '2 tickers running',
      },
    );
    const streamsBefore = await gauge(s, 'stevedore_engine_log_streams');
    const socketsBefore = await gauge(s, 'stevedore_ws_connections');

    const logs = start(config, ['service', 'logs', '-f', name]);
    // Both replicas' lines, each prefixed as docker service logs does.
    await waitFor(
      () =>
        [1, 2].every((slot) =>
          new RegExp(`^${name}\\.${slot}\\.\\S+@local +\\| tick \\d+$`, 'm').test(logs.out.stdout),
        ),
      { timeoutMs: 30_000, what: `lines of both replicas (got: ${logs.out.stdout.slice(0, 300)})` },
    );
    expect(await gauge(s, 'stevedore_engine_log_streams')).toBe(streamsBefore + 2);
    expect(await gauge(s, 'stevedore_ws_connections')).toBe(socketsBefore + 1);

    logs.child.kill('SIGINT');
    const { code, signal } = await logs.exited;
    expect(signal).toBeNull();
    expect([0, 130]).toContain(code);
    expect(logs.out.stderr).not.toMatch(STACK_TRACE);
    expect(logs.out.stderr).not.toMatch(/Error/);
    await waitFor(
      async () =>
        (await gauge(s, 'stevedore_engine_log_streams')) === streamsBefore &&
        (await gauge(s, 'stevedore_ws_connections')) === socketsBefore,
      { timeoutMs: 10_000, what: 'the log streams and the socket closed on the server' },
    );

    // Without -f: the lines so far, then the command ends by itself.
    const once = await cli(config, ['service', 'logs', '--tail', '3', name]);
    expect(once.code).toBe(0);
    expect(once.stdout.split('\n').filter((l) => / \| tick \d+$/.test(l))).toHaveLength(6);
  });
});

describe('stevedore events -f across a server restart', () => {
  let s: TestServer | undefined;
  const made: string[] = [];

  afterAll(async () => {
    for (const id of made) await s?.gql(`mutation($id: ID!) { removeService(id: $id) { id } }`, { id });
    await s?.stop();
    for (const id of made) await removeLabelled('n1', `stevedore.service=${id}`);
  });

  it('resumes after its last cursor: every service.scaled event once, including those made before it reconnected', async () => {
    const port = String(await freePort());
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-test-'));
    const adminToken = `cli-admin-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const env = { STEVEDORE_PORT: port, STEVEDORE_ADMIN_TOKEN: adminToken };
    s = await startTestServer(env, dataDir);
    const config = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-cli-'));
    const login = await cli(config, ['login', s.app.url, '--token', adminToken]);
    expect(login.code).toBe(0);

    const name = uniq('cli-ev');
    const created = await createService(config, name, 0, ['local/busybox:1', '--', 'sleep', '3600']);
    made.push(created.id);
    // Each toggle is a real scale (0 <-> 1), so each makes one service.scaled event.
    let replicas = 0;
    const toggle = () => {
      replicas = replicas ? 0 : 1;
      return s!.ok(`mutation($id: ID!, $n: Int!) { scaleService(id: $id, replicas: $n) { id } }`, {
        id: created.id,
        n: replicas,
      });
    };

    const ev = start(config, [
      '--json',
      'events',
      '-f',
      '--filter',
      'kind=service.scaled',
      '--filter',
      `service=${created.id}`,
    ]);
    const seen = () =>
      ev.out.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { cursor: number; kind: string; serviceId: string });
    try {
      // The subscription is live once an event made after it started arrives.
      await waitFor(
        async () => {
          await toggle();
          return seen().length > 0;
        },
        { timeoutMs: 30_000, intervalMs: 1000, what: 'the first live event' },
      );
      await toggle();
      const logged = async () =>
        (
          await s!.ok<{ events: { items: { cursor: number }[] } }>(
            `query($f: EventFilter, $a: SafeInt) { events(after: $a, filter: $f, limit: 1000) { items { cursor } } }`,
            { f: { kinds: ['service.scaled'], serviceId: created.id }, a: seen()[0]!.cursor - 1 },
          )
        ).events.items.map((e) => e.cursor);
      const before = (await logged()).length;
      await waitFor(() => seen().length >= before, { what: 'the events so far' });

      await s.stop();
      await waitFor(() => /reconnecting/.test(ev.out.stderr), { what: 'the CLI noticing the drop' });
      s = await startTestServer(env, dataDir);
      // Made at once, while the CLI is still waiting to reconnect: only `after: cursor` brings them.
      await toggle();
      await toggle();
      const all = await logged();
      expect(all).toHaveLength(before + 2);
      await waitFor(() => seen().length >= all.length, {
        timeoutMs: 30_000,
        what: `the events made after the restart (stderr: ${ev.out.stderr})`,
      });
      // Every event once, in order: none lost across the restart, none shown twice.
      expect(seen().map((e) => e.cursor)).toEqual(all);
      expect(seen().every((e) => e.kind === 'service.scaled' && e.serviceId === created.id)).toBe(true);
      expect(ev.out.stderr).toMatch(/resuming after cursor \d+/);
    } finally {
      ev.child.kill('SIGINT');
      const exit = await ev.exited;
      expect([0, 130]).toContain(exit.code);
    }
  });
});
