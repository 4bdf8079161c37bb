import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError } from './errors.js';

/** What `stevedore login` stores: the API's URL and an API token (mode 0600). */
export interface StoredLogin {
  url: string;
  token: string | null;
  username?: string;
  tokenName?: string;
}

/** $XDG_CONFIG_HOME/stevedore, else ~/.config/stevedore. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, 'stevedore');
}

export const configFile = (env: NodeJS.ProcessEnv = process.env) => path.join(configDir(env), 'config.json');

export function readLogin(env: NodeJS.ProcessEnv = process.env): StoredLogin | null {
  const file = configFile(env);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const v = JSON.parse(text) as Partial<StoredLogin>;
    if (typeof v.url !== 'string') throw new Error('no url');
    return { url: v.url, token: typeof v.token === 'string' ? v.token : null, ...v };
  } catch (err) {
    throw new CliError(
      'BAD_CONFIG',
      `${file} is not a login stevedore wrote (${(err as Error).message}); run stevedore login again`,
    );
  }
}

/** Writes the login readable by its owner only: the directory 0700, the file 0600. */
export function writeLogin(login: StoredLogin, env: NodeJS.ProcessEnv = process.env): string {
  const dir = configDir(env);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = configFile(env);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(login, null, 2) + '\n', { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
  return file;
}

/** Where the API is and which token to send: flags, then STEVEDORE_URL/STEVEDORE_TOKEN, then the login. */
export function resolveTarget(
  opts: { url?: string },
  env: NodeJS.ProcessEnv = process.env,
): { url: string; token: string | null } {
  const stored = readLogin(env);
  const url = opts.url ?? env.STEVEDORE_URL ?? stored?.url;
  if (!url)
    throw new CliError(
      'NOT_LOGGED_IN',
      'no API URL: run stevedore login <url> first, or give --url or STEVEDORE_URL',
    );
  return { url: normalizeUrl(url), token: env.STEVEDORE_TOKEN ?? stored?.token ?? null };
}

/** http://host:4000 → http://host:4000/graphql (a URL with a path is kept as given). */
export function normalizeUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new CliError('BAD_USER_INPUT', `${raw} is not a URL (e.g. http://127.0.0.1:4000/graphql)`, {
      field: 'url',
    });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new CliError('BAD_USER_INPUT', `${raw}: the API is http:// or https://`, { field: 'url' });
  if (u.pathname === '/' || u.pathname === '') u.pathname = '/graphql';
  return u.toString();
}
