import type { EngineDriver, EngineFactory } from './engine.js';

/**
 * One driver per node endpoint, created on first use and reused: dockerode keeps an HTTP agent
 * per instance, so sharing it keeps sockets to each engine few.
 */
export class EnginePool {
  private readonly drivers = new Map<string, EngineDriver>();

  constructor(private readonly factory: EngineFactory) {}

  forEndpoint(endpoint: string): EngineDriver {
    let d = this.drivers.get(endpoint);
    if (!d) {
      d = this.factory(endpoint);
      this.drivers.set(endpoint, d);
    }
    return d;
  }

  forget(endpoint: string): void {
    this.drivers.delete(endpoint);
  }
}
