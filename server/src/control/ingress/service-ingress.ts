import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { IngressAlgorithm, IngressProbe, RevisionCounters } from '../../domain/service.js';
import { count, emptyCounters } from '../../domain/orchestrator/analysis.js';
import { Balancer, type Pickable, type RevisionWeights } from './balancer.js';
import {
  INGRESS_RECENT_MS,
  type BreakerTransition,
  type ProbeView,
  type RevisionStats,
} from '../../app/ingress.js';
import { CircuitBreaker, type BreakerOptions } from './circuit-breaker.js';
import { RollingStats } from './rolling-stats.js';
import { ActiveProbe } from './probe.js';

/** One replica as the ingress reaches it: the node's publish address and the published host port. */
export interface UpstreamEndpoint {
  taskId: string;
  revision: number;
  nodeId: string;
  nodeName: string;
  host: string;
  port: number;
}

export interface Backend extends Pickable, UpstreamEndpoint {
  requests: number;
  failures: number;
  lastError: string | null;
  /** The active probe's state; null when the ingress has no probe. */
  probe: ProbeView | null;
  /** The requests it answered (the replica that gave the client its answer), for its recent figures. */
  stats: RollingStats;
}

/** What a replica keeps for its recent figures: 30 s of counters, its last 1024 latencies. */
const backendStats = () => new RollingStats(Date.now, 30, 1024);

/** What one request did, for metrics: the revision of the replica that answered (null: none did). */
export interface RequestOutcome {
  status: number;
  latencyMs: number;
  error: boolean;
  retries: number;
  revision: number | null;
  upgrade: boolean;
}

export interface ServiceIngressOptions {
  serviceId: string;
  serviceName: string;
  algorithm: IngressAlgorithm;
  breaker: BreakerOptions;
  upstreamTimeoutMs: number;
  /** Extra attempts on other replicas for idempotent requests. */
  retries: number;
  /** Largest idempotent request body buffered for retries; larger ones are refused with 413. */
  maxBufferedBody: number;
  /** Whether the client reached the ingress over TLS (X-Forwarded-Proto). */
  tls?: boolean;
  /** Active health probe of each replica; null: none. */
  probe?: IngressProbe | null;
  onRequest?: (r: RequestOutcome) => void;
  onBreaker?: (b: Backend, t: BreakerTransition) => void;
  onProbe?: (b: Backend, healthy: boolean, reason: string) => void;
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
 * The reverse proxy of one published service: the port's listener (listener.ts) hands it the
 * requests its routes match, and it spreads them over the service's healthy replicas (round
 * robin or least connections), each behind its own circuit breaker and, when the spec asks, an
 * active health probe (probe.ts). Idempotent requests that fail before a response (refused,
 * reset, timed out, or 502/503/504) are retried on another replica. HTTP/1.1 Upgrade requests
 * (WebSocket) are relayed both ways once the replica answers 101. A draining replica gets no new
 * requests; `drain` resolves when its in-flight ones are done.
 *
 * The traffic split (canary, blue-green): `setWeights(fn)` gives each revision its share of new
 * requests (balancer.ts picks the revision first, then the replica). `revisionCounters()` are the
 * cumulative per-revision counters the canary analysis diffs (requests, 5xx, latency histogram
 * of domain/orchestrator/analysis.ts), `revisionStats(windowMs)` the same for the API.
 */
export class ServiceIngress {
  private backends: Backend[] = [];
  private readonly balancer: Balancer<Backend>;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 64 });
  /** In flight per task, kept even after the task left the backend list (drain waits on it). */
  private readonly inFlightByTask = new Map<string, number>();
  private readonly draining = new Set<string>();
  private readonly idleWaiters = new Map<string, (() => void)[]>();
  /** Upgraded connections (WebSocket) still open, closed by `close()`. */
  private readonly tunnels = new Set<Duplex>();
  private readonly byRevision = new Map<number, { counters: RevisionCounters; stats: RollingStats }>();
  private weights: RevisionWeights | null = null;
  private split: { revision: number; weight: number } | null = null;
  private readonly prober: ActiveProbe<Backend>;
  readonly stats = new RollingStats();
  inFlight = 0;

  constructor(public opts: ServiceIngressOptions) {
    this.balancer = new Balancer<Backend>(opts.algorithm);
    this.prober = new ActiveProbe<Backend>(
      () => this.backends,
      (b, healthy, reason) => this.opts.onProbe?.(b, healthy, reason),
    );
    this.prober.configure(opts.probe ?? null);
  }

  async close(): Promise<void> {
    this.prober.configure(null);
    this.agent.destroy();
    for (const t of this.tunnels) t.destroy();
    this.tunnels.clear();
  }

  /**
   * The canary's share: `revision` gets `weight` % of new requests, every other revision the
   * rest; null: every replica alike. Applies to the next request.
   */
  setSplit(split: { revision: number; weight: number } | null): void {
    if (split?.revision === this.split?.revision && split?.weight === this.split?.weight) return;
    this.split = split;
    this.weights = split
      ? (r) => (r === split.revision ? split.weight : Math.max(0, 100 - split.weight))
      : null;
  }

  /** The share of `revision` now, %; null without a split. */
  weightOf(revision: number): number | null {
    return this.weights ? this.weights(revision) : null;
  }

  /** Cumulative counters per revision since the ingress opened (the canary analysis diffs them). */
  revisionCounters(): ReadonlyMap<number, RevisionCounters> {
    return new Map([...this.byRevision].map(([r, v]) => [r, v.counters]));
  }

  /** Per revision of the replicas in rotation and of those that answered requests. */
  revisionStats(windowMs: number): RevisionStats[] {
    const revisions = new Set([...this.byRevision.keys(), ...this.backends.map((b) => b.revision)]);
    return [...revisions]
      .sort((a, b) => a - b)
      .map((revision) => {
        const stats = this.byRevision.get(revision)?.stats ?? new RollingStats();
        return {
          revision,
          replicas: this.backends.filter((b) => b.revision === revision && !b.draining && !b.probeDown)
            .length,
          weight: this.weightOf(revision),
          total: stats.snapshot(windowMs),
          window: stats.window(windowMs),
          recent: stats.window(INGRESS_RECENT_MS),
        };
      });
  }

  /** Forgets the figures of revisions that no replica runs any more, beyond the `keep` newest. */
  forgetRevisions(keep: number): number[] {
    const live = new Set(this.backends.map((b) => b.revision));
    const gone = [...this.byRevision.keys()].filter((r) => !live.has(r)).sort((a, b) => b - a);
    const dropped = gone.slice(keep);
    for (const r of dropped) this.byRevision.delete(r);
    return dropped;
  }

  /** Updates tunables without dropping connections or breaker state. */
  configure(
    o: Pick<
      ServiceIngressOptions,
      'algorithm' | 'breaker' | 'upstreamTimeoutMs' | 'retries' | 'probe' | 'tls'
    >,
  ): void {
    this.opts = { ...this.opts, ...o };
    this.balancer.algorithm = o.algorithm;
    for (const b of this.backends) b.breaker.opts = o.breaker;
    this.prober.configure(o.probe ?? null);
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
        probeDown: false,
        probe: null,
        requests: 0,
        failures: 0,
        lastError: null,
        stats: backendStats(),
        breaker: undefined as unknown as CircuitBreaker,
      };
      b.breaker = new CircuitBreaker(this.opts.breaker, Date.now, (t) => this.opts.onBreaker?.(b, t));
      return b;
    });
    this.prober.refresh();
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

  /** One request the listener routed here. */
  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = performance.now();
    this.inFlight++;
    let retries = 0;
    let status = 0;
    let error = false;
    let answered: Backend | null = null;
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
        const b = this.balancer.pick(this.backends, tried, this.weights);
        if (!b) break;
        tried.add(b.key);
        answered = b;
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
      this.done(started, status, error, retries, answered, false);
    }
  }

  private done(
    started: number,
    status: number,
    error: boolean,
    retries: number,
    answered: Backend | null,
    upgrade: boolean,
  ): void {
    const latencyMs = performance.now() - started;
    const revision = answered?.revision ?? null;
    this.stats.record(latencyMs, error);
    answered?.stats.record(latencyMs, error);
    if (revision !== null) {
      let r = this.byRevision.get(revision);
      if (!r) this.byRevision.set(revision, (r = { counters: emptyCounters(), stats: new RollingStats() }));
      count(r.counters, latencyMs, error);
      r.stats.record(latencyMs, error);
    }
    this.opts.onRequest?.({ status, latencyMs, error, retries, revision, upgrade });
  }

  /**
   * An HTTP/1.1 Upgrade request (WebSocket): sent to one replica (another one when the first
   * refuses the connection, as for idempotent requests); once it answers 101 the two sockets are
   * piped both ways until either side closes. Any other answer is relayed and the socket closed.
   * The tunnel counts as in flight on its replica, so a drain waits for it (bounded).
   */
  upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    const started = performance.now();
    const tried = new Set<string>();
    this.inFlight++;
    let finished = false;
    const finish = (status: number, error: boolean, answered: Backend | null) => {
      if (finished) return;
      finished = true;
      this.inFlight--;
      this.done(started, status, error, tried.size - 1 > 0 ? tried.size - 1 : 0, answered, true);
    };
    socket.on('error', () => socket.destroy());
    const attempt = (): void => {
      const b =
        tried.size <= this.opts.retries ? this.balancer.pick(this.backends, tried, this.weights) : null;
      if (!b) {
        const last = [...tried].length ? 502 : 503;
        rawAnswer(
          socket,
          last,
          last === 503
            ? `no healthy replica of ${this.opts.serviceName} is available\n`
            : `no replica of ${this.opts.serviceName} accepted the upgrade\n`,
        );
        return finish(last, true, null);
      }
      tried.add(b.key);
      this.begin(b);
      b.requests++;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        this.end(b);
      };
      const up = http.request({
        host: b.host,
        port: b.port,
        method: req.method,
        path: req.url,
        headers: this.forwardHeaders(req, null, true),
        timeout: this.opts.upstreamTimeoutMs,
      });
      up.on('timeout', () =>
        up.destroy(new UpstreamError(`no answer within ${this.opts.upstreamTimeoutMs} ms`)),
      );
      up.on('upgrade', (upRes, upSocket, upHead) => {
        up.setTimeout(0);
        b.breaker.onSuccess();
        const lines = [`HTTP/1.1 101 ${upRes.statusMessage ?? 'Switching Protocols'}`];
        for (let i = 0; i < upRes.rawHeaders.length; i += 2)
          lines.push(`${upRes.rawHeaders[i]}: ${upRes.rawHeaders[i + 1]}`);
        lines.push(`x-stevedore-replica: ${b.taskId.slice(0, 12)}`);
        socket.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (upHead.length) socket.write(upHead);
        if (head.length) upSocket.write(head);
        this.tunnels.add(socket);
        finish(101, false, b);
        const close = () => {
          this.tunnels.delete(socket);
          upSocket.destroy();
          socket.destroy();
          end();
        };
        upSocket.on('error', close);
        upSocket.on('close', close);
        socket.on('close', close);
        upSocket.pipe(socket);
        socket.pipe(upSocket);
      });
      up.on('response', (upRes) => {
        // The replica declined the upgrade: relay its answer as it is, then close.
        const code = upRes.statusCode ?? 502;
        if (code >= 500) b.breaker.onFailure(`answered ${code} to an upgrade`);
        else b.breaker.onSuccess();
        const lines = [`HTTP/1.1 ${code} ${upRes.statusMessage ?? ''}`];
        for (let i = 0; i < upRes.rawHeaders.length; i += 2)
          if (!HOP_BY_HOP.has(upRes.rawHeaders[i]!.toLowerCase()))
            lines.push(`${upRes.rawHeaders[i]}: ${upRes.rawHeaders[i + 1]}`);
        lines.push('connection: close');
        socket.write(`${lines.join('\r\n')}\r\n\r\n`);
        upRes.pipe(socket);
        upRes.on('end', () => {
          end();
          socket.end();
        });
        finish(code, code >= 500, b);
      });
      up.on('error', (err) => {
        end();
        if (finished) return socket.destroy();
        const reason =
          err instanceof UpstreamError ? err.message : ((err as NodeJS.ErrnoException).code ?? err.message);
        b.failures++;
        b.lastError = reason;
        b.breaker.onFailure(reason);
        attempt();
      });
      up.end();
    };
    attempt();
  }

  private forwardHeaders(
    req: http.IncomingMessage,
    body: Buffer | null,
    upgrade: boolean,
  ): http.OutgoingHttpHeaders {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(req.headers))
      if (!HOP_BY_HOP.has(k) && v !== undefined) headers[k] = v;
    if (upgrade) {
      headers.connection = 'Upgrade';
      if (req.headers.upgrade) headers.upgrade = req.headers.upgrade;
    }
    const peer = req.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = req.headers['x-forwarded-for']
      ? `${String(req.headers['x-forwarded-for'])}, ${peer}`
      : peer;
    headers['x-forwarded-host'] = req.headers.host ?? '';
    headers['x-forwarded-proto'] = this.opts.tls ? 'https' : 'http';
    if (body) headers['content-length'] = String(body.length);
    return headers;
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
    const headers = this.forwardHeaders(req, body, false);
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

/** An answer written on a raw socket (an upgrade request that got none from a replica). */
function rawAnswer(socket: Duplex, status: number, text: string): void {
  const reason = http.STATUS_CODES[status] ?? '';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}

function plain(res: http.ServerResponse, status: number, text: string): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
