/** Where the API lives; read at request time on the server and handed to the client. */
export const DEFAULT_API = 'http://127.0.0.1:4000/graphql';

export function apiUrlFromEnv(): string {
  return process.env.NEXT_PUBLIC_STEVEDORE_API || process.env.STEVEDORE_API || DEFAULT_API;
}

/**
 * The API as the dashboard's own server calls it while rendering a page: STEVEDORE_API_INTERNAL
 * when the browser's address does not reach it from there (in docker-compose.yml the browser calls
 * the host port, the dashboard's container calls http://server:4000), else the same URL.
 */
export function serverApiUrlFromEnv(): string {
  return process.env.STEVEDORE_API_INTERNAL || apiUrlFromEnv();
}

/** ws(s)://… on the same host and path as the HTTP endpoint. */
export function wsUrlFor(httpUrl: string): string {
  return httpUrl.replace(/^http(s?):\/\//, (_m, s: string) => `ws${s}://`);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The API as the browser should call it. The session cookie belongs to the API's site, and
 * 127.0.0.1 and localhost are different sites: a page opened as http://localhost:3000 calling
 * http://127.0.0.1:4000 would never send its cookie. A loopback API therefore takes the page's
 * own loopback host name. Elsewhere the configured URL stands; during server rendering, the
 * internal one when set (serverApiUrlFromEnv).
 */
export function browserApiUrl(apiUrl: string): string {
  if (typeof window === 'undefined') return process.env.STEVEDORE_API_INTERNAL || apiUrl;
  try {
    const u = new URL(apiUrl);
    const page = window.location.hostname;
    if (LOOPBACK.has(u.hostname) && LOOPBACK.has(page) && u.hostname !== page) {
      u.hostname = page;
      return u.toString();
    }
  } catch {
    // not a URL: leave it to fail visibly where it is used
  }
  return apiUrl;
}
