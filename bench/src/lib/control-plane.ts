/**
 * The control plane as the benchmarks drive it: a child process (server/dist/main.js; without a
 * build, the sources through the tests' SWC loader) on a fresh data dir, with access control on
 * (its cost is part of every figure) and the bench as its first admin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const TOKEN = `bench-admin-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

export interface Server {
  proc: ChildProcess;
  url: string;
  dataDir: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  /** Reuse this data dir (a restart of the same control plane) instead of a fresh one. */
  dataDir?: string;
  port?: number;
  /** Run this build's main.js (default STEVEDORE_BENCH_DIST, else server/dist/main.js). */
  dist?: string;
}

/**
 * Starts the server with `localEngine` as node n1 (plus `env`), and waits for n1 to be READY.
 * STEVEDORE_BENCH_DIST runs another build of main.js; STEVEDORE_BENCH_NODE_ARGS adds node flags
 * (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
 */
export async function startServer(
  localEngine: string,
  env: Record<string, string> = {},
  opts: StartOptions = {},
): Promise<Server> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-bench-'));
  const port = opts.port ?? (await freePort());
  const dist = opts.dist ?? process.env.STEVEDORE_BENCH_DIST ?? path.join(ROOT, 'server/dist/main.js');
  const nodeArgs = (process.env.STEVEDORE_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const loader = path.join(ROOT, 'server/test/integration/orchestration-ts-loader.mjs');
  const args = fs.existsSync(dist) ? [dist] : ['--import', loader, path.join(ROOT, 'server/src/main.ts')];
  if (!fs.existsSync(dist))
    console.log('(server/dist/main.js not built: running the sources through the SWC loader)');
  const log = fs.openSync(path.join(dataDir, 'server.log'), 'a');
  const proc = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: path.join(ROOT, 'server'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      STEVEDORE_PORT: String(port),
      STEVEDORE_DATA_DIR: dataDir,
      STEVEDORE_LOCAL_ENGINE: localEngine,
      STEVEDORE_LOCAL_NODE_NAME: 'n1',
      STEVEDORE_LOG_LEVEL: 'warn',
      STEVEDORE_ADMIN_TOKEN: TOKEN,
      STEVEDORE_RATE_LIMIT: '0',
      STEVEDORE_RATE_LIMIT_IP: '0',
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const server = { proc, url: `http://127.0.0.1:${port}/graphql`, dataDir };
  const t0 = performance.now();
  for (;;) {
    if (proc.exitCode !== null)
      throw new Error(`server exited with ${proc.exitCode}; log: ${dataDir}/server.log`);
    try {
      const d = await gql<{ nodes: { status: string }[] }>(server, '{ nodes { status } }');
      if (d.nodes.some((n) => n.status === 'READY')) return server;
    } catch {
      // not listening yet
    }
    if (performance.now() - t0 > 60_000)
      throw new Error(`server did not come up; log: ${dataDir}/server.log`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function gql<T>(s: Server, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(s.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const d = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (d.errors?.length) throw new Error(d.errors.map((e) => e.message).join('; '));
  return d.data as T;
}

/** Stops the server and removes its data dir. */
export function stopServer(s: Server | undefined): void {
  if (!s) return;
  if (s.proc.exitCode === null) s.proc.kill('SIGTERM');
  fs.rmSync(s.dataDir, { recursive: true, force: true });
}
