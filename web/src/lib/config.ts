/** Where the API lives; read at request time on the server and handed to the client. */
export const DEFAULT_API = 'http://127.0.0.1:4000/graphql';

export function apiUrlFromEnv(): string {
  return process.env.NEXT_PUBLIC_STEVEDORE_API || process.env.STEVEDORE_API || DEFAULT_API;
}

/** ws(s)://… on the same host and path as the HTTP endpoint. */
export function wsUrlFor(httpUrl: string): string {
  return httpUrl.replace(/^http(s?):\/\//, (_m, s: string) => `ws${s}://`);
}
