import type { PlaywrightTestConfig } from '@playwright/test';

type TestConfigWebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>[number];
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Ports and paths of the stack the e2e run starts (override with env). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const API_PORT = Number(process.env.E2E_API_PORT ?? 4110);
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3110);
export const API_URL = `http://127.0.0.1:${API_PORT}/graphql`;
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;
export const ENGINE = (n: number) => `/var/lib/stevedore/engines/n${n}/docker.sock`;
export const DOCKER = process.env.E2E_DOCKER ?? '/usr/bin/docker';
export const ARTIFACTS = path.join(ROOT, 'e2e', 'artifacts');

/**
 * Access control is on in the e2e stack (whatever the server's default): the first admin gets a
 * fixed password (the browser signs in with it, see tests/auth.setup.ts) and a fixed API token
 * (helpers.ts calls the API with it).
 */
export const ADMIN_USER = 'admin';
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password';
export const ADMIN_TOKEN = process.env.E2E_ADMIN_TOKEN ?? 'e2e-admin-token-0123456789abcdef';
/** The signed-in admin's browser state (session cookie), written by the setup project. */
export const ADMIN_STATE = path.join(ROOT, 'e2e', 'test-results', '.auth', 'admin.json');

export const CHROMIUM = {
  executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

/** A fresh data dir per run (set once in the main process; workers inherit it through env). */
export function dataDir(): string {
  if (!process.env.E2E_DATA_DIR) {
    process.env.E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-e2e-'));
  }
  return process.env.E2E_DATA_DIR;
}

export function webServers(): TestConfigWebServer[] {
  return [
    {
      command: `node ${path.join(ROOT, 'server', 'dist', 'main.js')}`,
      url: `http://127.0.0.1:${API_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
      env: {
        STEVEDORE_PORT: String(API_PORT),
        STEVEDORE_HOST: '127.0.0.1',
        STEVEDORE_DATA_DIR: dataDir(),
        STEVEDORE_LOCAL_ENGINE: `unix://${ENGINE(1)}`,
        // The dashboard as 127.0.0.1 and as localhost (login.spec opens it both ways).
        STEVEDORE_CORS_ORIGIN: `${WEB_URL},http://localhost:${WEB_PORT}`,
        STEVEDORE_LOG_LEVEL: 'warn',
        STEVEDORE_AUTH: 'on',
        STEVEDORE_ADMIN_USER: ADMIN_USER,
        STEVEDORE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        STEVEDORE_ADMIN_TOKEN: ADMIN_TOKEN,
        // Tests and benchmarks fire requests far faster than people do.
        STEVEDORE_RATE_LIMIT: '0',
        STEVEDORE_RATE_LIMIT_IP: '0',
        // The autoscaler evaluates every 2 s (default 10 s): autoscale.spec waits for its decisions.
        STEVEDORE_AUTOSCALE_INTERVAL_MS: '2000',
      },
    },
    {
      command: `npx next start -p ${WEB_PORT} -H 127.0.0.1`,
      cwd: path.join(ROOT, 'web'),
      url: WEB_URL,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
      env: { NEXT_PUBLIC_STEVEDORE_API: API_URL, NEXT_TELEMETRY_DISABLED: '1' },
    },
  ];
}
