/**
 * Topic-based publish/subscribe between server instances. Payloads are JSON values: the Redis
 * implementation serialises them, so a Date arrives as a string on the other side (callers encode
 * what they send explicitly). Delivery is at most once and in publish order per publisher.
 *
 * Which implementation runs is `STEVEDORE_PUBSUB`: `memory` (default, one process) or `redis`
 * (several instances sharing `STEVEDORE_REDIS_URL`).
 */
export type PubSubHandler = (payload: unknown) => void;

export interface PubSub {
  readonly kind: 'memory' | 'redis';
  /** Connects (Redis); a no-op in memory. Fails when the broker can't be reached. */
  start(): Promise<void>;
  publish(topic: string, payload: unknown): Promise<void>;
  /** Resolves once the subscription is active; the returned function undoes it. */
  subscribe(topic: string, handler: PubSubHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** null when the broker connection is up (memory: always), else what is wrong (/readyz). */
  health(): string | null;
}
