import type { PubSub, PubSubHandler } from './pubsub.js';

/**
 * In-process pubsub: synchronous delivery to the handlers of one topic, no copying (handlers must
 * treat payloads as read-only). A throwing handler is isolated from the others.
 */
export class MemoryPubSub implements PubSub {
  readonly kind = 'memory' as const;
  private readonly topics = new Map<string, Set<PubSubHandler>>();

  constructor(private readonly onHandlerError: (err: unknown) => void = () => {}) {}

  async start(): Promise<void> {}

  health(): string | null {
    return null;
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    const handlers = this.topics.get(topic);
    if (!handlers) return;
    for (const h of [...handlers]) {
      try {
        h(payload);
      } catch (err) {
        this.onHandlerError(err);
      }
    }
  }

  async subscribe(topic: string, handler: PubSubHandler): Promise<() => Promise<void>> {
    let set = this.topics.get(topic);
    if (!set) this.topics.set(topic, (set = new Set()));
    // Wrapped so one handler subscribed twice counts twice, as with Redis.
    const h: PubSubHandler = (p) => handler(p);
    set.add(h);
    return async () => {
      set.delete(h);
      if (set.size === 0 && this.topics.get(topic) === set) this.topics.delete(topic);
    };
  }

  async close(): Promise<void> {
    this.topics.clear();
  }
}
