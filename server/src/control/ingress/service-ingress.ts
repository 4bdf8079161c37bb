import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IngressAlgorithm } from '../../domain/service.js';
import { Balancer, type Pickable } from './balancer.js';
import type { BreakerTransition } from '../../app/ingress.js';
import { CircuitBreaker, type BreakerOptions } from './circuit-breaker.js';
import { RollingStats } from './rolling-stats.js';

/** One replica as the ingress reaches it: the node's publish address and the published host port. */
export interface UpstreamEndpoint {
  taskId: string;
  nodeId: string;
  nodeName: string;
  host: string;
  port: number;
}

export interface Backend extends Pickable, UpstreamEndpoint {
  requests: number;
  failures: number;
  lastError: string | null;
}

export interface ServiceIngressOptions {
  serviceId: string;
  serviceName: string;
  host: string;
  port: number;
  algorithm: IngressAlgorithm;
  breaker: BreakerOptions;
  upstreamTimeoutMs: number;
  /** Extra attempts on other replicas for idempotent requests. */
  retries: number;
  /** Largest idempotent request body buffered for retries; larger ones are refused with 413. */
  maxBufferedBody: number;
  onRequest?: (r: { status: number; latencyMs: number; error: boolean; retries: number }) => void;
  onBreaker?: (b: Backend, t: BreakerTransition) => void;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
/** Hop-by-hop headers (RFC 9110 §7.6.1) are the proxy's own business, never forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
]);
/** Upstream answers that mean "this replica cannot serve now": retried elsewhere when idempotent. */
const RETRYABLE_STATUS = new Set([502, 503, 504]);

class UpstreamError extends Error {
  constructor(
    message: string,
    readonly timeout = false,
  ) {
    super(message);
  }
}

/**
 * The reverse proxy of one published service: listens on host:port and spreads requests over the
 * service's healthy replicas (round robin or least connections), each behind its own circuit
 * breaker. Idempotent requests that fail before a response (refused, reset, timed out, or 502/503/
 * 504) are retried on another replica. A draining replica gets no new requests; `drain` resolves
 * when its in-flight ones are done.
 */
export class ServiceIngress {
  private server: http.Server | undefined;
  private backends: Backend[] = [];
  private readonly balancer: Balancer<Backend>;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 64 });
  /** In flight per task, kept even after the task left the backend list (drain waits on it). */
  private readonly inFlightByTask = new Map<string, number>();
  private readonly draining = new Set<string>();
  private readonly idleWaiters = new Map<string, (() => void)[]>();
  readonly stats = new RollingStats();
  inFlight = 0;
  listening = false;
  error: string | null = null;

  constructor(public opts: ServiceIngressOptions) {
    this.balancer = new Balancer<Backend>(opts.algorithm);
  }

  get port(): number {
    return this.opts.port;
  }

  async listen(): Promise<void> {
    const server = http.createServer((req, res) => void this.handle(req, res));
    server.keepAliveTimeout = 5000;
    this.server = server;
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(this.opts.port, this.opts.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      this.listening = true;
      this.error = null;
      if (this.opts.port === 0) this.opts.port = (server.address() as AddressInfo).port;
    } catch (err) {
      this.server = undefined;
      this.listening = false;
      this.error = `cannot listen on ${this.opts.host}:${this.opts.port}: ${(err as Error).message}`;
      throw new Error(this.error);
    }
  }

  async close(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    this.listening = false;
    this.agent.destroy();
    if (!s) return;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  }

  /** Updates tunables without dropping connections or breaker state. */
  configure(o: Pick<ServiceIngressOptions, 'algorithm' | 'breaker' | 'upstreamTimeoutMs' | 'retries'>): void {
    this.opts = { ...this.opts, ...o };
    this.balancer.algorithm = o.algorithm;
    for (const b of this.backends) b.breaker.opts = o.breaker;
  }

  /** Replaces the replica set; a replica already known keeps its breaker and counters. */
  setEndpoints(endpoints: readonly UpstreamEndpoint[]): void {
    const known = new Map(this.backends.map((b) => [b.key, b]));
    this.backends = endpoints.map((e) => {
      const key = `${e.taskId}@${e.host}:${e.port}`;
      const prev = known.get(key);
      if (prev) {
        prev.draining = this.draining.has(e.taskId);
        return prev;
      }
      const b: Backend = {
        ...e,
        key,
        inFlight: 0,
        draining: this.draining.has(e.taskId),
        requests: 0,
        failures: 0,
        lastError: null,
        breaker: undefined as unknown as CircuitBreaker,
      };
      b.breaker = new CircuitBreaker(this.opts.breaker, Date.now, (t) => this.opts.onBreaker?.(b, t));
      return b;
    });
  }

  list(): readonly Backend[] {
    return this.backends;
  }

  /**
   * Takes the task's replica out of rotation and resolves when its requests in flight are done,
   * or after `timeoutMs` at most. Returns the number still in flight at the end (0 = clean).
   */
  async drain(taskId: string, timeoutMs: number): Promise<number> {
    this.draining.add(taskId);
    for (const b of this.backends) if (b.taskId === taskId) b.draining = true;
    if (!this.inFlightByTask.get(taskId)) return 0;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const waiters = this.idleWaiters.get(taskId) ?? [];
      waiters.push(done);
      this.idleWaiters.set(taskId, waiters);
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
    return this.inFlightByTask.get(taskId) ?? 0;
  }

  /** Forgets drain marks of tasks that are gone (called on refresh). */
  forgetDrained(activeTaskIds: ReadonlySet<string>): void {
    for (const t of this.draining)
      if (!activeTaskIds.has(t) && !this.inFlightByTask.get(t)) this.draining.delete(t);
  }

  private begin(b: Backend): void {
    b.inFlight++;
    this.inFlightByTask.set(b.taskId, (this.inFlightByTask.get(b.taskId) ?? 0) + 1);
  }

  private end(b: Backend): void {
    b.inFlight = Math.max(0, b.inFlight - 1);
    const n = Math.max(0, (this.inFlightByTask.get(b.taskId) ?? 1) - 1);
    if (n > 0) this.inFlightByTask.set(b.taskId, n);
    else {
      this.inFlightByTask.delete(b.taskId);
      const waiters = this.idleWaiters.get(b.taskId);
      this.idleWaiters.delete(b.taskId);
      for (const w of waiters ?? []) w();
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = performance.now();
    this.inFlight++;
    let retries = 0;
    let status = 0;
    let error = false;
    try {
      const method = (req.method ?? 'GET').toUpperCase();
      const idempotent = IDEMPOTENT.has(method);
      let body: Buffer | null = null;
      if (idempotent && hasBody(req)) {
        body = await readBody(req, this.opts.maxBufferedBody);
        if (!body) {
          status = 413;
          error = true;
          return plain(
            res,
            413,
            `request body over ${this.opts.maxBufferedBody} bytes; idempotent requests are buffered for retries\n`,
          );
        }
      }
      const tried = new Set<string>();
      const maxAttempts = idempotent ? 1 + this.opts.retries : 1;
      let lastError = '';
      for (let attempt = 0; attempt < maxAttempts; attempt++) {
        const b = this.balancer.pick(this.backends, tried);
        if (!b) break;
        tried.add(b.key);
        if (attempt > 0) {
          retries++;
          this.stats.retries++;
        }
        const lastChance = attempt === maxAttempts - 1;
        try {
          status = await this.forward(req, res, b, body, idempotent && !lastChance);
          error = status >= 500;
          return;
        } catch (err) {
          lastError = `${b.nodeName} ${b.host}:${b.port}: ${(err as Error).message}`;
          if (res.headersSent || !idempotent) {
            status = 502;
            error = true;
            if (!res.headersSent) plain(res, 502, `upstream failed: ${lastError}\n`);
            else res.destroy();
            return;
          }
        }
      }
      error = true;
      if (lastError) {
        status = 502;
        plain(res, 502, `no replica of ${this.opts.serviceName} answered: ${lastError}\n`);
      } else {
        status = 503;
        plain(res, 503, `no healthy replica of ${this.opts.serviceName} is available\n`);
      }
    } catch (err) {
      status = 500;
      error = true;
      if (!res.headersSent) plain(res, 500, `ingress error: ${(err as Error).message}\n`);
    } finally {
      this.inFlight--;
      this.stats.record(performance.now() - started, error);
      this.opts.onRequest?.({ status, latencyMs: performance.now() - started, error, retries });
    }
  }

  /**
   * One attempt on one replica. Resolves with the status once the response is fully relayed;
   * rejects (response untouched) when the replica failed before answering, or answered 502/503/504
   * and `retryable` says another replica may be tried.
   */
  private forward(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    b: Backend,
    body: Buffer | null,
    retryable: boolean,
  ): Promise<number> {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(req.headers))
      if (!HOP_BY_HOP.has(k) && v !== undefined) headers[k] = v;
    const peer = req.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = req.headers['x-forwarded-for']
      ? `${String(req.headers['x-forwarded-for'])}, ${peer}`
      : peer;
    headers['x-forwarded-host'] = req.headers.host ?? '';
    headers['x-forwarded-proto'] = 'http';
    if (body) headers['content-length'] = String(body.length);

    this.begin(b);
    b.requests++;
    let ended = false;
    const finish = () => {
      if (ended) return;
      ended = true;
      this.end(b);
    };
    return new Promise<number>((resolve, reject) => {
      let settled = false;
      const fail = (err: UpstreamError) => {
        if (settled) return;
        settled = true;
        b.failures++;
        b.lastError = err.message;
        b.breaker.onFailure(err.message);
        finish();
        reject(err);
      };
      const up = http.request(
        {
          host: b.host,
          port: b.port,
          method: req.method,
          path: req.url,
          headers,
          agent: this.agent,
          timeout: this.opts.upstreamTimeoutMs,
        },
        (upRes) => {
          const code = upRes.statusCode ?? 502;
          if (retryable && RETRYABLE_STATUS.has(code)) {
            upRes.resume();
            return fail(new UpstreamError(`answered ${code}`));
          }
          if (code >= 500) {
            b.failures++;
            b.lastError = `answered ${code}`;
            b.breaker.onFailure(`answered ${code}`);
          } else b.breaker.onSuccess();
          settled = true;
          const out: http.OutgoingHttpHeaders = {};
          for (const [k, v] of Object.entries(upRes.headers))
            if (!HOP_BY_HOP.has(k) && v !== undefined) out[k] = v;
          out['x-stevedore-replica'] = b.taskId.slice(0, 12);
          res.writeHead(code, upRes.statusMessage, out);
          upRes.pipe(res);
          upRes.on('end', () => {
            finish();
            resolve(code);
          });
          upRes.on('error', () => {
            finish();
            res.destroy();
            resolve(502);
          });
          res.on('close', () => {
            if (!upRes.complete) upRes.destroy();
            finish();
            resolve(code);
          });
        },
      );
      up.on('timeout', () =>
        up.destroy(new UpstreamError(`no answer within ${this.opts.upstreamTimeoutMs} ms`, true)),
      );
      up.on('error', (err) => {
        if (!settled)
          fail(
            err instanceof UpstreamError
              ? err
              : new UpstreamError((err as NodeJS.ErrnoException).code ?? err.message),
          );
        else {
          finish();
          res.destroy();
        }
      });
      // The client left before an answer: stop this attempt, free the breaker's trial slot.
      res.on('close', () => {
        if (!settled) {
          settled = true;
          b.breaker.release();
          up.destroy();
          finish();
          resolve(499);
        }
      });
      if (body) up.end(body);
      else if (hasBody(req)) req.pipe(up);
      else up.end();
    });
  }
}

function hasBody(req: http.IncomingMessage): boolean {
  const len = req.headers['content-length'];
  return (len !== undefined && len !== '0') || req.headers['transfer-encoding'] !== undefined;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function plain(res: http.ServerResponse, status: number, text: string): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
