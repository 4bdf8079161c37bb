import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { storeEnv } from './store-env.js';

const run = promisify(execFile);

export const fleet = () => inject('engines');

export function endpointOf(node: string): string {
  const e = fleet().nodes[node];
  if (!e) throw new Error(`engine ${node} is not running (fleet: ${Object.keys(fleet().nodes).join(', ')})`);
  return e;
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

export interface TestServer {
  app: App;
  dataDir: string;
  /** The admin API token (STEVEDORE_ADMIN_TOKEN): gql and ok send it as a bearer token. */
  token: string | undefined;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** gql with another credential (null: none). */
  gqlAs<T = Record<string, unknown>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>>;
  /** Like gql but throws on errors and returns data. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * A real server on a random loopback port with a fresh data dir, its local engine being n1.
 * Every server gets an admin API token (STEVEDORE_ADMIN_TOKEN from `env`, else a generated one)
 * that gql and ok send (Authorization: Bearer): a server with STEVEDORE_AUTH=on is used as its
 * first admin; other clients (graphql-ws, raw fetch) can use `token`.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  dataDir?: string,
  opts: { logger?: Logger } = {},
): Promise<TestServer> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-test-'));
  const config = loadConfig({
    STEVEDORE_PORT: '0',
    STEVEDORE_DATA_DIR: dir,
    STEVEDORE_LOCAL_ENGINE: endpointOf('n1'),
    STEVEDORE_LOG_LEVEL: process.env.STEVEDORE_TEST_LOG ?? 'silent',
    STEVEDORE_HEARTBEAT_INTERVAL_MS: '500',
    STEVEDORE_HEARTBEAT_GRACE_MS: '2000',
    // Tests hammer one server from one address; the rate-limit test sets its own buckets.
    STEVEDORE_RATE_LIMIT: '0',
    STEVEDORE_RATE_LIMIT_IP: '0',
    STEVEDORE_ADMIN_TOKEN: `test-admin-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
    ...storeEnv(dir),
    ...env,
  });
  const app = await startApp(config, { logger: opts.logger ?? createLogger(config.logLevel) });
  const token = config.auth.adminToken;
  const gqlAs = async <T>(
    as: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>> => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${as}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  };
  const gql = <T>(query: string, variables?: Record<string, unknown>) =>
    gqlAs<T>(token ?? null, query, variables);
  return {
    app,
    dataDir: dir,
    token,
    gql,
    gqlAs,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const r = await gql<T>(query, variables);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data as T;
    },
    stop: () => app.stop(),
  };
}

/** The docker CLI of the engine's own version, pointed at one node. */
export async function docker(node: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('/usr/bin/docker', ['-H', endpointOf(node), ...args], { timeout: 60_000 });
  return stdout.trim();
}

export async function dockerJson<T>(node: string, ...args: string[]): Promise<T> {
  return JSON.parse(await docker(node, ...args)) as T;
}

/** Removes containers carrying a label this test set; never touches anything else. */
export async function removeLabelled(node: string, label: string): Promise<void> {
  const ids = (await docker(node, 'ps', '-aq', '--filter', `label=${label}`)).split('\n').filter(Boolean);
  if (ids.length) await docker(node, 'rm', '-f', ...ids);
}

export async function engineScript(...args: string[]): Promise<string> {
  const { stdout } = await run('bash', [fleet().script, ...args], { timeout: 180_000 });
  return stdout;
}

/** Polls until `fn` returns a truthy value or the deadline passes (tests wait on behaviour, not time). */
export async function waitFor<T>(
  fn: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeoutMs = 30_000, intervalMs = 200, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`,
      );
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const uniq = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
