import http from 'node:http';
import type { ProbeView } from '../../app/ingress.js';
import type { IngressProbe } from '../../domain/service.js';

/** What the probe needs of a replica: where it answers, and where it writes its verdict. */
export interface Probed {
  host: string;
  port: number;
  probeDown?: boolean;
  probe: ProbeView | null;
}

/**
 * The active health probe of one service's replicas, as Traefik's `healthCheck` and nginx plus's
 * `health_check`: every `intervalMs` each replica gets `GET path` (Host: the replica, header
 * `user-agent: stevedore-ingress-probe`); a 2xx or 3xx answer within `timeoutMs` is a success.
 * `unhealthyThreshold` failures in a row take the replica out of rotation (`probeDown`),
 * `healthyThreshold` successes in a row bring it back. A new replica starts in rotation and is
 * probed at once. It sits beside the passive circuit breaker: either one keeps a replica out.
 * Probes of one round run in parallel; a round starts only after the last one ended.
 */
export class ActiveProbe<T extends Probed> {
  private spec: IngressProbe | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private readonly agent = new http.Agent({ keepAlive: false });

  constructor(
    private readonly replicas: () => readonly T[],
    private readonly onChange: (b: T, healthy: boolean, reason: string) => void,
  ) {}

  /** Starts, retunes or (null) stops probing; replicas lose their probe state when stopped. */
  configure(spec: IngressProbe | null): void {
    const same = JSON.stringify(spec) === JSON.stringify(this.spec);
    if (same) return;
    this.spec = spec;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!spec) {
      for (const b of this.replicas()) {
        b.probe = null;
        b.probeDown = false;
      }
      return;
    }
    this.schedule(0);
  }

  /** New replicas get their state and an early round. */
  refresh(): void {
    if (!this.spec) return;
    let fresh = false;
    for (const b of this.replicas())
      if (!b.probe) {
        fresh = true;
        b.probe = initial();
      }
    if (fresh && !this.running) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.round(), ms);
    this.timer.unref?.();
  }

  private async round(): Promise<void> {
    const spec = this.spec;
    if (!spec) return;
    this.running = true;
    this.timer = undefined;
    try {
      this.refreshState();
      await Promise.all(this.replicas().map((b) => this.check(b, spec)));
    } finally {
      this.running = false;
      if (this.spec === spec) this.schedule(spec.intervalMs);
    }
  }

  private refreshState(): void {
    for (const b of this.replicas()) b.probe ??= initial();
  }

  private async check(b: T, spec: IngressProbe): Promise<void> {
    const failure = await probeOnce(b.host, b.port, spec, this.agent);
    const p = b.probe;
    if (!p || this.spec !== spec) return;
    p.lastCheckedAt = new Date();
    if (failure === null) {
      p.consecutiveSuccesses++;
      p.consecutiveFailures = 0;
      if (!p.healthy && p.consecutiveSuccesses >= spec.healthyThreshold) {
        p.healthy = true;
        p.lastError = null;
        b.probeDown = false;
        this.onChange(b, true, `${p.consecutiveSuccesses} probe(s) of ${spec.path} in a row succeeded`);
      }
    } else {
      p.consecutiveFailures++;
      p.consecutiveSuccesses = 0;
      p.lastError = failure;
      if (p.healthy && p.consecutiveFailures >= spec.unhealthyThreshold) {
        p.healthy = false;
        b.probeDown = true;
        this.onChange(
          b,
          false,
          `${p.consecutiveFailures} probe(s) of ${spec.path} in a row failed: ${failure}`,
        );
      }
    }
  }
}

const initial = (): ProbeView => ({
  healthy: true,
  consecutiveFailures: 0,
  consecutiveSuccesses: 0,
  lastError: null,
  lastCheckedAt: null,
});

/** One probe: null when it succeeded, else why it failed. */
function probeOnce(
  host: string,
  port: number,
  spec: IngressProbe,
  agent: http.Agent,
): Promise<string | null> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (v: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(v);
    };
    const req = http.get(
      { host, port, path: spec.path, agent, headers: { 'user-agent': 'stevedore-ingress-probe' } },
      (res) => {
        const code = res.statusCode ?? 0;
        res.resume();
        settle(code >= 200 && code < 400 ? null : `answered ${code}`);
      },
    );
    const timer = setTimeout(() => {
      settle(`no answer within ${spec.timeoutMs} ms`);
      req.destroy();
    }, spec.timeoutMs);
    req.on('error', (err) => settle((err as NodeJS.ErrnoException).code ?? err.message));
  });
}
