import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { Api } from '../client.js';
import { normalizeUrl, readLogin, writeLogin } from '../config.js';
import { CliError } from '../errors.js';
import type { Role } from '../gql/graphql.js';
import { CreateTokenMutation, LoginMutation, MeQuery } from '../operations.js';
import { globalsOf } from '../context.js';
import { printJson } from '../output.js';

const RANK: Record<Role, number> = { VIEWER: 1, OPERATOR: 2, ADMIN: 3 };

/** One API token can carry one role: the user's highest, in the environments where they hold it. */
export function tokenScope(roles: readonly { environment: string; role: Role }[]): {
  role: Role;
  environments: string[];
} {
  if (!roles.length)
    throw new CliError('FORBIDDEN', 'this user has no role in any environment: an admin must give one first');
  const role = roles.reduce<Role>((best, r) => (RANK[r.role] > RANK[best] ? r.role : best), 'VIEWER');
  const envs = roles.filter((r) => r.role === role).map((r) => r.environment);
  return { role, environments: envs.includes('*') ? ['*'] : envs };
}

/**
 * `login`: signs in with a user's password (a session, over HTTP) and has the server make an API
 * token for this machine, or takes a token given; stores the URL and the token in
 * $XDG_CONFIG_HOME/stevedore/config.json (mode 0600). The password is never stored.
 */
export function registerLogin(program: Command): void {
  program
    .command('login')
    .description('Sign in and store the API URL and an API token (~/.config/stevedore, mode 0600)')
    .argument('[url]', 'the API, e.g. http://127.0.0.1:4000/graphql (default: the stored one)')
    .option('-u, --username <USER>', 'user to sign in as')
    .option('--password-stdin', 'read the password from stdin')
    .option(
      '-p, --password <PASSWORD>',
      'the password (visible to other users of the machine: prefer --password-stdin)',
    )
    .option('--token <TOKEN>', 'store this API token instead of signing in')
    .option('--token-name <NAME>', 'name of the API token made for this machine')
    .option('--expires-in-days <DAYS>', 'lifetime of that token (default: no expiry)')
    .action(
      async (
        urlArg: string | undefined,
        o: {
          username?: string;
          passwordStdin?: boolean;
          password?: string;
          token?: string;
          tokenName?: string;
          expiresInDays?: string;
        },
        cmd: Command,
      ) => {
        const g = globalsOf(cmd);
        const raw = urlArg ?? g.url ?? process.env.STEVEDORE_URL ?? readLogin()?.url;
        if (!raw)
          throw new CliError('BAD_USER_INPUT', 'give the API URL: stevedore login http://host:4000/graphql', {
            field: 'url',
          });
        const url = normalizeUrl(raw);
        const done = (
          login: { token: string | null; username: string; tokenName?: string },
          extra: Record<string, unknown> = {},
        ) => {
          const file = writeLogin({ url, ...login });
          if (g.json)
            return printJson({
              url,
              username: login.username,
              tokenName: login.tokenName ?? null,
              file,
              ...extra,
            });
          process.stdout.write(
            `Login Succeeded: ${login.username} at ${url}${login.tokenName ? ` (token ${login.tokenName})` : ''}\n`,
          );
        };

        if (o.token) {
          const { me } = await new Api({ url, token: o.token }).query(MeQuery);
          if (!me) throw new CliError('UNAUTHENTICATED', 'the server does not accept this token');
          return done({
            token: o.token,
            username: me.username,
            ...(me.tokenName ? { tokenName: me.tokenName } : {}),
          });
        }
        const anonymous = new Api({ url, token: null });
        const probe = await anonymous.query(MeQuery);
        if (probe.me && !probe.me.authEnabled && !o.username)
          return done({ token: null, username: probe.me.username }, { authEnabled: false });
        if (!o.username)
          throw new CliError('BAD_USER_INPUT', 'give the user: -u <user> (or --token <token>)', {
            field: '--username',
          });
        let password = o.password;
        if (o.passwordStdin) password = fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '');
        if (!password)
          throw new CliError('BAD_USER_INPUT', 'give the password on stdin: --password-stdin', {
            field: '--password',
          });

        const { data, headers } = await anonymous.request(LoginMutation, { username: o.username, password });
        const cookie = headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ');
        if (!cookie)
          throw new CliError('INTERNAL_SERVER_ERROR', 'the server signed in but set no session cookie');
        const scope = tokenScope(data.login.me.roles);
        const tokenName =
          o.tokenName ?? `stevedore-cli@${os.hostname()} ${new Date().toISOString().slice(0, 19)}Z`;
        const expiresInDays = o.expiresInDays ? Number(o.expiresInDays) : undefined;
        const { data: made } = await anonymous.request(
          CreateTokenMutation,
          { input: { name: tokenName, ...scope, ...(expiresInDays != null ? { expiresInDays } : {}) } },
          { cookie },
        );
        done({ token: made.createApiToken.token, username: data.login.me.username, tokenName }, scope);
      },
    );
}
