import http from 'node:http';
import https from 'node:https';
import { AppError, type ErrorCode } from '../errors.js';

/** How to reach a member control plane's GraphQL API. */
export interface RemoteEndpoint {
  /** The cluster's name here, for the messages. */
  name: string;
  url: string;
  token: string;
  /** PEM of the CA its https certificate is signed by. */
  ca: string | null;
}

/** Why a call to a member failed, in the codes clients already switch on. */
export class RemoteError extends AppError {
  constructor(
    code: ErrorCode,
    message: string,
    /** true when the member was not reached at all (what health reports as UNREACHABLE). */
    readonly unreachable: boolean,
    details: Record<string, unknown> = {},
  ) {
    super(code, message, details);
  }
}

const MAX_BODY = 16 * 1024 * 1024;

/** The cause of a socket failure in words an operator reads. */
function describe(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
    case 'ETIMEDOUT':
      return 'timed out';
    default:
      return err.code?.startsWith('ERR_TLS') || err.code?.includes('CERT')
        ? `TLS: ${err.message}`
        : err.message;
  }
}

/**
 * A small GraphQL client for a member control plane over node:http/https: a bearer token, the
 * member's CA, a timeout per call, and failures mapped to clear errors. Not reaching the member is
 * ENGINE_UNAVAILABLE ("member eu-1 unreachable: connection refused"); a token it refuses is
 * UNAUTHENTICATED; the member's own GraphQL errors keep their code, field and message.
 */
export class RemoteClient {
  constructor(
    private endpoint: RemoteEndpoint,
    private readonly timeoutMs = 5000,
  ) {}

  /** A rotated token or a new URL take effect from the next call. */
  setEndpoint(endpoint: RemoteEndpoint): void {
    this.endpoint = endpoint;
  }

  get url(): string {
    return this.endpoint.url;
  }

  async request<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const e = this.endpoint;
    const { status, body } = await this.post(JSON.stringify({ query, variables }));
    let parsed: {
      data?: T | null;
      errors?: { message: string; extensions?: { code?: string; field?: string } }[];
    };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      throw new RemoteError(
        'ENGINE_UNAVAILABLE',
        `member ${e.name} answered HTTP ${status} without GraphQL (is ${e.url} a Stevedore API?)`,
        true,
      );
    }
    const first = parsed.errors?.[0];
    if (status === 401 || first?.extensions?.code === 'UNAUTHENTICATED')
      throw new RemoteError(
        'UNAUTHENTICATED',
        `member ${e.name} refused the API token: ${first?.message ?? `HTTP ${status}`}; rotate it with updateCluster(remote: { token })`,
        false,
        { field: 'remote.token' },
      );
    if (first) {
      const code = (first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') as ErrorCode;
      throw new RemoteError(code, `member ${e.name}: ${first.message}`, false, {
        ...(first.extensions?.field ? { field: first.extensions.field } : {}),
        member: e.name,
      });
    }
    if (status >= 400 || parsed.data == null)
      throw new RemoteError('ENGINE_UNAVAILABLE', `member ${e.name} answered HTTP ${status}`, true);
    return parsed.data;
  }

  private post(payload: string): Promise<{ status: number; body: string }> {
    const e = this.endpoint;
    const url = new URL(e.url);
    const lib = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const fail = (why: string) =>
        reject(new RemoteError('ENGINE_UNAVAILABLE', `member ${e.name} unreachable: ${why}`, true));
      const req = lib.request(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            authorization: `Bearer ${e.token}`,
          },
          ...(url.protocol === 'https:' && e.ca ? { ca: e.ca } : {}),
          // A connection per call: a member killed between calls reads "connection refused", not
          // "connection reset" on a kept-alive socket, and each ping measures a full round trip.
          agent: false,
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_BODY) {
              req.destroy();
              fail(`answer larger than ${MAX_BODY} bytes`);
            } else chunks.push(c);
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', (err) => fail(describe(err)));
        },
      );
      req.on('timeout', () => {
        req.destroy();
        fail(`timed out after ${this.timeoutMs} ms`);
      });
      req.on('error', (err: NodeJS.ErrnoException) => fail(describe(err)));
      req.end(payload);
    });
  }
}

/**
 * Follows a subscription on a member over graphql-ws. The implementation (control/remote-socket.ts)
 * holds the sockets: app/ does no WebSocket I/O and knows nothing of graphql-ws.
 */
export interface RemoteFeed {
  /** Starts following; `error` is called once if the stream ends badly. Returns the stop. */
  subscribe<T>(
    endpoint: RemoteEndpoint,
    query: string,
    variables: Record<string, unknown>,
    sink: { next(data: T): void; error(err: Error): void; complete?(): void },
  ): () => void;
  /** Closes the sockets of an endpoint (the member is closed or its token rotated). */
  close(endpoint: RemoteEndpoint): Promise<void>;
}
