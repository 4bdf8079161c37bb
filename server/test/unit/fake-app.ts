/**
 * The whole server in-process on fake engines (engine/testing/fake-engine.ts), for unit tests of
 * the API's own behaviour (batching, paging): HTTP on a free loopback port, access control on
 * with an admin token, a fresh data dir removed by stop(). Never a proof of engine behaviour.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { FakeEngineFleet } from '../../src/engine/testing/fake-engine.js';

export interface FakeApp {
  app: Awaited<ReturnType<typeof startApp>>;
  fleet: FakeEngineFleet;
  /** One GraphQL request; the whole answer (data and errors). */
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: GqlError[] }>;
  /** One GraphQL request that must succeed. */
  ok<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Polls until check() is true, at most `timeoutMs` (then throws naming what). */
  until(what: string, check: () => Promise<boolean>, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
}

export async function startFakeApp(env: Record<string, string> = {}): Promise<FakeApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-fake-app-'));
  const token = `fake-admin-${Math.random().toString(36).slice(2)}`;
  const config = loadConfig({
    STEVEDORE_PORT: '0',
    STEVEDORE_HOST: '127.0.0.1',
    STEVEDORE_DATA_DIR: dataDir,
    STEVEDORE_LOG_LEVEL: 'error',
    STEVEDORE_ADMIN_TOKEN: token,
    STEVEDORE_RATE_LIMIT: '0',
    STEVEDORE_RATE_LIMIT_IP: '0',
    ...env,
  });
  const fleet = new FakeEngineFleet({ images: ['local/webapp:v1'], cpus: 16, memoryBytes: 64 * 1024 ** 3 });
  const app = await startApp(config, { engineFactory: fleet.factory });
  const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: T; errors?: GqlError[] };
  };
  return {
    app,
    fleet,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const r = await gql<T>(query, variables);
      if (r.errors?.length) throw new Error(r.errors.map((e) => e.message).join('; '));
      return r.data as T;
    },
    async until(what, check, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
