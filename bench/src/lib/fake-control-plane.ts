import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, ROOT } from './control-plane.js';

/**
 * The built server (server/dist: startApp, access control on) in-process on a fresh data dir,
 * with the in-memory FakeEngine behind every node: what the scale and paging benches measure.
 */
export interface FakeControlPlane {
  app: Awaited<ReturnType<typeof import('../../../server/src/app.js').startApp>>;
  fleet: import('../../../server/src/engine/testing/fake-engine.js').FakeEngineFleet;
  /** One GraphQL request that must succeed, with the answer's size in characters. */
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<{ data: T; bytes: number }>;
  /** Stops the server and removes its data dir. */
  stop(): Promise<void>;
}

export async function startFakeControlPlane(
  name: string,
  env: Record<string, string> = {},
): Promise<FakeControlPlane> {
  const dist = path.join(ROOT, 'server/dist');
  if (!fs.existsSync(path.join(dist, 'engine/testing/fake-engine.js')))
    throw new Error('server/dist is not built (npm run build -w server)');
  const { startApp } = (await import(
    path.join(dist, 'app.js')
  )) as typeof import('../../../server/src/app.js');
  const { loadConfig } = (await import(
    path.join(dist, 'config.js')
  )) as typeof import('../../../server/src/config.js');
  const { FakeEngineFleet } = (await import(
    path.join(dist, 'engine/testing/fake-engine.js')
  )) as typeof import('../../../server/src/engine/testing/fake-engine.js');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `stevedore-${name}-`));
  const token = `${name}-admin-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const config = loadConfig({
    STEVEDORE_PORT: String(await freePort()),
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
  return {
    app,
    fleet,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(app.url, {
        method: 'POST',
        // A connection per request: a reused keep-alive socket the server has just closed resets
        // (ECONNRESET) on a busy machine, and a mutation cannot be retried blindly.
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          connection: 'close',
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      const d = JSON.parse(text) as { data?: T; errors?: { message: string }[] };
      if (d.errors?.length) throw new Error(d.errors.map((e) => e.message).join('; '));
      return { data: d.data as T, bytes: text.length };
    },
    async stop() {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
