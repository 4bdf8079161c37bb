// Server-side rendering of client components must call the API with the visitor's cookie, but
// a server component can only hand client components serialisable props, and props end up in
// the page: the http-only session cookie must not. So the layout parks the cookie header here
// (process memory, shared by the server-component and SSR module graphs through globalThis)
// under a random key, passes only the key down, and the SSR urql client takes it back out.

interface Parked {
  cookie: string;
  at: number;
}
const TTL_MS = 60_000;
const g = globalThis as typeof globalThis & { __stevedoreSsrCookies?: Map<string, Parked> };

function store(): Map<string, Parked> {
  if (!g.__stevedoreSsrCookies) g.__stevedoreSsrCookies = new Map();
  return g.__stevedoreSsrCookies;
}

/** Parks a cookie header for this render; returns the key (null when there is nothing to park). */
export function parkCookie(cookie: string | null | undefined): string | null {
  if (typeof window !== 'undefined' || !cookie) return null;
  const m = store();
  const now = Date.now();
  for (const [k, v] of m) if (now - v.at > TTL_MS) m.delete(k);
  const key = crypto.randomUUID();
  m.set(key, { cookie, at: now });
  return key;
}

/** The cookie header parked under key (server only; the browser sends its own cookies). */
export function parkedCookie(key: string | null | undefined): string | null {
  if (typeof window !== 'undefined' || !key) return null;
  const v = store().get(key);
  return v && Date.now() - v.at <= TTL_MS ? v.cookie : null;
}
