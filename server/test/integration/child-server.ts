import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { endpointOf } from './harness.js';

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
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  return proc;
}
