import { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import type { PubSub, PubSubHandler } from './pubsub.js';

export interface RedisPubSubOptions {
  url: string;
  /** Channel prefix, so several deployments can share one Redis. */
  prefix?: string;
}

/**
 * Redis pubsub over two connections (a subscribed connection can't publish). One Redis channel
 * per topic, subscribed while at least one local handler wants it. Reconnects on its own
 * (ioredis), re-subscribing its channels; messages published while disconnected are lost, which
 * is the contract (at most once) — the event log is what makes streams resumable.
 */
export class RedisPubSub implements PubSub {
  readonly kind = 'redis' as const;
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly prefix: string;
  private readonly topics = new Map<string, Set<PubSubHandler>>();

  constructor(
    opts: RedisPubSubOptions,
    private readonly log: Logger,
  ) {
    this.prefix = opts.prefix ?? 'stevedore:';
    const common = {
      lazyConnect: true,
      maxRetriesPerRequest: 2,
      retryStrategy: (times: number) => Math.min(100 * 2 ** times, 5000),
    };
    this.pub = new Redis(opts.url, { ...common, connectionName: 'stevedore-pub' });
    this.sub = new Redis(opts.url, { ...common, connectionName: 'stevedore-sub' });
    let warned = false;
    for (const c of [this.pub, this.sub]) {
      c.on('error', (err: Error) => {
        if (!warned) log.warn({ err: err.message }, 'redis pubsub connection error');
        warned = true;
      });
      c.on('ready', () => (warned = false));
    }
    this.sub.on('message', (channel: string, message: string) => this.deliver(channel, message));
  }

  health(): string | null {
    const down = [this.pub, this.sub].filter((c) => c.status !== 'ready');
    return down.length ? `redis connection ${down.map((c) => c.status).join(', ')}` : null;
  }

  async start(): Promise<void> {
    await Promise.all([this.pub.connect(), this.sub.connect()]);
  }

  private deliver(channel: string, message: string): void {
    if (!channel.startsWith(this.prefix)) return;
    const handlers = this.topics.get(channel.slice(this.prefix.length));
    if (!handlers?.size) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      this.log.warn({ channel }, 'redis pubsub: dropped a message that is not JSON');
      return;
    }
    for (const h of [...handlers]) {
      try {
        h(payload);
      } catch (err) {
        this.log.error({ err, channel }, 'pubsub handler failed');
      }
    }
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.pub.publish(this.prefix + topic, JSON.stringify(payload));
  }

  async subscribe(topic: string, handler: PubSubHandler): Promise<() => Promise<void>> {
    let set = this.topics.get(topic);
    if (!set) {
      this.topics.set(topic, (set = new Set()));
      await this.sub.subscribe(this.prefix + topic);
    }
    const h: PubSubHandler = (p) => handler(p);
    set.add(h);
    return async () => {
      set.delete(h);
      if (set.size === 0 && this.topics.get(topic) === set) {
        this.topics.delete(topic);
        if (this.sub.status === 'ready') await this.sub.unsubscribe(this.prefix + topic);
      }
    };
  }

  async close(): Promise<void> {
    this.topics.clear();
    await Promise.allSettled([this.sub.quit(), this.pub.quit()]);
    this.sub.disconnect();
    this.pub.disconnect();
  }
}
