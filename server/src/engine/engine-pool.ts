import type { EngineDriver, EngineFactory, EngineTlsOptions } from './engine.js';

/**
 * One driver per node endpoint, created on first use and reused: dockerode keeps an HTTP agent
 * per instance, so sharing it keeps sockets to each engine few. A tcp engine with client
 * certificates gets them from `tlsFor` (stored encrypted) or from `setTls` (a node being added).
 */
export class EnginePool {
  private readonly drivers = new Map<string, EngineDriver>();
  private readonly pendingTls = new Map<string, EngineTlsOptions>();

  constructor(
    private readonly factory: EngineFactory,
    private readonly tlsFor: (endpoint: string) => EngineTlsOptions | undefined = () => undefined,
  ) {}

  forEndpoint(endpoint: string): EngineDriver {
    let d = this.drivers.get(endpoint);
    if (!d) {
      const tls = this.pendingTls.get(endpoint) ?? this.tlsFor(endpoint);
      d = this.factory(endpoint, tls ? { tls } : undefined);
      this.drivers.set(endpoint, d);
    }
    return d;
  }

  /** TLS for an endpoint about to be used (before its node is stored); replaces a cached driver. */
  setTls(endpoint: string, tls: EngineTlsOptions): void {
    this.pendingTls.set(endpoint, tls);
    this.drivers.delete(endpoint);
  }

  forget(endpoint: string): void {
    this.drivers.delete(endpoint);
    this.pendingTls.delete(endpoint);
  }
}
