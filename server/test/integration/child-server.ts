import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './cluster-helpers.js';
import { endpointOf, removeLabelled, waitFor, type GqlResult } from './harness.js';
import { engineContainers } from './orchestration-helpers.js';
import { storeEnv } from './store-env.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, '../..');
/** src/main.ts compiled on load by SWC: no prior build, never a stale dist. */
const loader = path.join(here, 'orchestration-ts-loader.mjs');

/**
 * A control plane in its own process (one a test can SIGKILL; in-process test servers share the
 * test's pid), on `dataDir` and loopback `port`, n1 as its local engine, its log in
 * dataDir/server.log, `token` its first admin's API token.
 */
export function spawnServer(
  dataDir: string,
  port: number,
  token: string,
  env: Record<string, string> = {},
): ChildProcess {
  const log = fs.openSync(path.join(dataDir, 'server.log'), 'a');
  const proc = spawn(process.execPath, ['--enable-source-maps', '--import', loader, 'src/main.ts'], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      STEVEDORE_PORT: String(port),
      STEVEDORE_DATA_DIR: dataDir,
      STEVEDORE_LOCAL_ENGINE: endpointOf('n1'),
      STEVEDORE_LOCAL_NODE_NAME: 'n1',
      STEVEDORE_LOG_LEVEL: 'info',
      STEVEDORE_ADMIN_TOKEN: token,
      ...storeEnv(dataDir),
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  return proc;
}

/** A child control plane a test started, with its token and the promise of its exit. */
export interface Child {
  proc: ChildProcess;
  url: string;
  token: string;
  dataDir: string;
  exited: Promise<number | null>;
}

/** Starts a child control plane on `dataDir` and waits until it sees a READY node. */
export async function startChild(
  dataDir: string,
  token: string,
  env: Record<string, string> = {},
): Promise<Child> {
  const port = await freePort();
  const proc = spawnServer(dataDir, port, token, {
    STEVEDORE_RESYNC_INTERVAL_MS: '500',
    STEVEDORE_HEARTBEAT_INTERVAL_MS: '500',
    STEVEDORE_HEARTBEAT_GRACE_MS: '2000',
    ...env,
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const child: Child = { proc, url: `http://127.0.0.1:${port}/graphql`, token, dataDir, exited };
  await waitFor(
    async () => {
      if (proc.exitCode !== null)
        throw new Error(`server exited with ${proc.exitCode}: see ${dataDir}/server.log`);
      const d = await childRequest<{ nodes: { status: string }[] }>(child, '{ nodes { status } }').catch(
        () => null,
      );
      return d?.data?.nodes.some((n) => n.status === 'READY');
    },
    { timeoutMs: 60_000, intervalMs: 250, what: `child server on :${port}` },
  );
  return child;
}

export async function childRequest<T>(
  child: Child,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GqlResult<T>> {
  const r = await fetch(child.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${child.token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await r.json()) as GqlResult<T>;
}

/** A query or mutation on a child; GraphQL errors throw. */
export async function childCall<T>(
  child: Child,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const d = await childRequest<T>(child, query, variables);
  if (d.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(d.errors)}`);
  return d.data as T;
}

/** SIGTERM, then SIGKILL after 10 s: a child that is still running is stopped. */
export async function stopChild(child: Child | undefined): Promise<void> {
  if (!child || child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  child.proc.kill('SIGTERM');
  await Promise.race([child.exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.proc.exitCode === null && child.proc.signalCode === null) child.proc.kill('SIGKILL');
  await child.exited;
}

/** Runs `main.ts` with a command (e.g. `restore FILE --data-dir DIR`), from the sources. */
export function runServerCommand(
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--enable-source-maps', '--import', loader, 'src/main.ts', ...args],
    {
      cwd: serverDir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A child test's cleanup: its services removed through the child while it runs (waiting, bounded,
 * for their containers on n1 to go), the child stopped, then whatever a failed run left on n1
 * under the test's label, and the directory.
 */
export async function cleanUpChild(
  child: Child | undefined,
  serviceIds: readonly string[],
  testLabel: string,
  dir: string,
): Promise<void> {
  try {
    if (child && child.proc.exitCode === null && child.proc.signalCode === null)
      for (const id of serviceIds)
        await childCall(child, `mutation($id: ID!) { removeService(id: $id) { id } }`, { id }).catch(
          () => undefined,
        );
    for (const id of serviceIds)
      await waitFor(async () => (await engineContainers(id, { nodes: ['n1'] })).length === 0, {
        timeoutMs: 30_000,
        what: 'service containers removed',
      }).catch(() => undefined);
  } finally {
    await stopChild(child);
    await removeLabelled('n1', `test=${testLabel}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
