import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Config } from '../../config.js';
import type { AppModules } from '../../core.js';
import type { Context } from '../context.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../../app/access/auth.js';
import { ANONYMOUS_ADMIN, type Principal, type RequestInfo } from '../../app/access/principal.js';

type AuthContext = Pick<Context, 'authToken' | 'principal' | 'request'>;

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    if (!k || k in out) continue;
    try {
      out[k] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      out[k] = part.slice(i + 1).trim();
    }
  }
  return out;
}

export function bearerOf(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}

const keyOf = (credential: string) => createHash('sha256').update(credential).digest('hex').slice(0, 32);
const clientIp = (req: IncomingMessage & { ip?: string }) =>
  (req.ip ?? req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
const headerOf = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * The HTTP and WebSocket side of access control and API hardening, for app.ts: credentials
 * (bearer token or session cookie) into the context, the session cookie, CSRF header, rate
 * limits (429 with Retry-After), a clear 413 for oversized bodies, persisted-query-only mode, and
 * connection_init authentication with revocation closing the socket (4403).
 */
export function createHttpAuth(core: Pick<AppModules, 'auth'>, config: Config) {
  const enforce = config.auth.enabled;
  const secure = !!config.api.tls;
  // In memory, or in the store when replicas share it: the same limit on every replica.
  const perCredential = config.api.rateLimit
    ? core.auth.rateBuckets(config.api.rateLimit, 'credential')
    : null;
  const perIp = config.api.rateLimitIp ? core.auth.rateBuckets(config.api.rateLimitIp, 'ip') : null;
  const manifest =
    config.api.persistedQueries === 'only' ? loadManifest(config.api.persistedQueriesFile!) : null;

  const fallback = (p: Principal | null): Principal | undefined =>
    p ?? (enforce ? undefined : ANONYMOUS_ADMIN);

  const tooMany = (res: Response, retryAfter: number, what: string) => {
    res
      .status(429)
      .set('Retry-After', String(retryAfter))
      .json({
        errors: [
          {
            message: `too many requests ${what}: retry after ${retryAfter} s`,
            extensions: { code: 'RATE_LIMITED', retryAfter },
          },
        ],
      });
  };

  /** Before the body is read: a caller over its bucket costs next to nothing. */
  const rateLimit: RequestHandler = (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    if (perIp) {
      const wait = perIp.take(`ip:${clientIp(req)}`);
      if (wait) return tooMany(res, wait, 'from this address');
    }
    if (perCredential) {
      const cred = bearerOf(req.headers.authorization) ?? parseCookies(req.headers.cookie)[SESSION_COOKIE];
      if (cred) {
        const wait = perCredential.take(`c:${keyOf(cred)}`);
        if (wait) return tooMany(res, wait, 'for this credential');
      }
    }
    next();
  };

  /** body-parser's errors as GraphQL-shaped JSON: 413 for a body over the limit, 400 for bad JSON. */
  const bodyErrors: ErrorRequestHandler = (
    err: { type?: string; status?: number; limit?: number },
    _req,
    res,
    next,
  ) => {
    if (err?.type === 'entity.too.large' || err?.status === 413)
      return void res.status(413).json({
        errors: [
          {
            message: `request body too large: the limit is ${config.api.bodyLimit}`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', limit: config.api.bodyLimit },
          },
        ],
      });
    if (err?.type === 'entity.parse.failed')
      return void res.status(400).json({
        errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
      });
    next(err);
  };

  /** STEVEDORE_PERSISTED_QUERIES=only: the operation must be one of the manifest (by hash or text). */
  const persisted: RequestHandler | null = manifest
    ? (req, res, next) => {
        if (req.method === 'OPTIONS') return next();
        const body = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
        let ext = body?.extensions as { persistedQuery?: { sha256Hash?: string } } | string | undefined;
        if (typeof ext === 'string') {
          try {
            ext = JSON.parse(ext) as { persistedQuery?: { sha256Hash?: string } };
          } catch {
            ext = undefined;
          }
        }
        const hash = typeof ext === 'object' ? ext?.persistedQuery?.sha256Hash : undefined;
        const text = typeof body?.query === 'string' ? body.query : undefined;
        const known = hash ? manifest.get(hash) : text ? manifest.get(sha256(text)) : undefined;
        if (known === undefined || (text !== undefined && text !== known))
          return void res.status(400).json({
            errors: [
              {
                message: 'only persisted queries are accepted here: unknown query hash',
                extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
              },
            ],
          });
        if (req.method !== 'GET' && body) {
          body.query = known;
          if (typeof body.extensions === 'object' && body.extensions)
            delete (body.extensions as Record<string, unknown>).persistedQuery;
        }
        next();
      }
    : null;

  function requestInfo(
    req: Request,
    res: Response | null,
    p: Principal | undefined,
    transport: 'http' | 'ws',
  ): RequestInfo {
    const cookieOpts = { httpOnly: true, sameSite: 'strict' as const, secure, path: '/' };
    return {
      ip: clientIp(req),
      userAgent: (headerOf(req, 'user-agent') ?? '').slice(0, 300),
      // A WebSocket session passed the Origin check at the upgrade: no cross-site request rides it.
      csrfOk: transport === 'ws' || p?.via !== 'session' || !!headerOf(req, CSRF_HEADER),
      transport,
      ...(res
        ? {
            setSessionCookie: (token: string, maxAgeMs: number) =>
              res.cookie(SESSION_COOKIE, token, { ...cookieOpts, maxAge: maxAgeMs }),
            clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieOpts),
          }
        : {}),
    };
  }

  /**
   * /metrics names every service and node: with access control on, Prometheus brings an API
   * token (`authorization: Bearer`, any role) unless STEVEDORE_METRICS_PUBLIC says the network is
   * trusted. A session cookie does not do (a scraper has none, and a page must not read it).
   */
  const metricsAuth: RequestHandler = (req, res, next) => {
    if (!enforce || config.api.metricsPublic) return next();
    const p = core.auth.authenticate(bearerOf(req.headers.authorization));
    if (p && p.via !== 'session') return next();
    res
      .status(401)
      .set('WWW-Authenticate', 'Bearer realm="stevedore-metrics"')
      .type('text/plain')
      .send('metrics want an API token: Authorization: Bearer <token> (or STEVEDORE_METRICS_PUBLIC=true)\n');
  };

  /** An HTTP operation's credentials: a bearer token, else the session cookie (sessions only). */
  function httpContext(req: Request, res: Response): AuthContext {
    const bearer = bearerOf(req.headers.authorization);
    let principal: Principal | null = null;
    if (bearer) principal = core.auth.authenticate(bearer);
    else {
      const cookie = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      const p = cookie ? core.auth.authenticate(cookie) : null;
      principal = p?.via === 'session' ? p : null;
    }
    const p = fallback(principal);
    return {
      authToken: bearer,
      principal: p,
      request: requestInfo(req, res, principal ?? undefined, 'http'),
    };
  }

  // ------------------------------------------------------------------ WebSocket (graphql-ws)

  interface WsState {
    principal: Principal | null;
    request: Request;
    shareKey: string | undefined;
  }
  const wsState = new WeakMap<object, WsState>();

  /**
   * connection_init: `authToken` (an API or session token), else the session cookie of the
   * upgrade request, accepted only from an allowed Origin (no cross-site WebSocket hijacking).
   * With access control on, no valid credential → false (graphql-ws closes with 4403).
   */
  function wsConnect(
    extra: {
      socket: { close(code: number, reason: string): void; once?(ev: 'close', fn: () => void): unknown };
      request: IncomingMessage;
    },
    params: Record<string, unknown> | undefined,
  ): boolean {
    const token = params?.authToken;
    const req = extra.request as Request;
    let principal: Principal | null = null;
    let shareKey: string | undefined;
    if (typeof token === 'string' && token) {
      principal = core.auth.authenticate(token);
      shareKey = token;
    } else {
      const origin = headerOf(req, 'origin');
      const cookie = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      if (cookie && (!origin || config.corsOrigins.includes(origin))) {
        const p = core.auth.authenticate(cookie);
        if (p?.via === 'session') {
          principal = p;
          shareKey = `session:${p.credentialId}`;
        }
      }
    }
    if (enforce && !principal) return false;
    if (principal) {
      const untrack = core.auth.track(principal, (code, reason) => extra.socket.close(code, reason));
      extra.socket.once?.('close', untrack);
    }
    wsState.set(extra, { principal, request: req, shareKey });
    return true;
  }

  /** Each operation re-reads the credential: a revoked one stops at once even before the close lands. */
  function wsContext(extra: object): AuthContext {
    const st = wsState.get(extra);
    if (!st) return { principal: fallback(null) };
    const fresh = st.principal ? core.auth.refresh(st.principal) : null;
    return {
      authToken: st.shareKey,
      principal: fallback(fresh),
      request: requestInfo(st.request, null, fresh ?? undefined, 'ws'),
    };
  }

  /** Per-credential (else per-address) bucket for each subscribe message. */
  function wsRateLimited(extra: object): number {
    const st = wsState.get(extra);
    if (st?.shareKey && perCredential) return perCredential.take(`c:${keyOf(st.shareKey)}`);
    if (st && perIp) return perIp.take(`ip:${clientIp(st.request)}`);
    return 0;
  }

  /** Persisted-only mode over WebSocket: the query text must be one of the manifest. */
  function wsPersistedOk(query: string | undefined): boolean {
    return !manifest || (query !== undefined && manifest.get(sha256(query)) === query);
  }

  return {
    rateLimit,
    bodyErrors,
    metricsAuth,
    persisted,
    httpContext,
    wsConnect,
    wsContext,
    wsRateLimited,
    wsPersistedOk,
  };
}

export type HttpAuth = ReturnType<typeof createHttpAuth>;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The manifest: `{ "<sha256>": "<query>" }`, or a list of queries (hashed here). */
export function loadManifest(file: string): Map<string, string> {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  const m = new Map<string, string>();
  if (Array.isArray(raw)) for (const q of raw) if (typeof q === 'string') m.set(sha256(q), q);
  if (raw && typeof raw === 'object' && !Array.isArray(raw))
    for (const [h, q] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof q !== 'string') continue;
      if (sha256(q) !== h.toLowerCase())
        throw new Error(`persisted queries ${file}: the hash of "${h}" does not match its query`);
      m.set(h.toLowerCase(), q);
    }
  return m;
}
