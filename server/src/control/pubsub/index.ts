import type { Logger } from '../../logger.js';
import { MemoryPubSub } from './memory-pubsub.js';
import type { PubSub } from './pubsub.js';
import { RedisPubSub } from './redis-pubsub.js';

export type { PubSub, PubSubHandler } from './pubsub.js';
export { MemoryPubSub } from './memory-pubsub.js';
export { RedisPubSub } from './redis-pubsub.js';

/** The pubsub the configuration asks for (`STEVEDORE_PUBSUB`, `STEVEDORE_REDIS_URL`). */
export function createPubSub(cfg: { pubsub: 'memory' | 'redis'; redisUrl: string }, log: Logger): PubSub {
  if (cfg.pubsub === 'redis') return new RedisPubSub({ url: cfg.redisUrl }, log.child({ part: 'pubsub' }));
  return new MemoryPubSub((err) => log.error({ err }, 'pubsub handler failed'));
}
