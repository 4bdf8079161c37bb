import type { PubSub as TypeGraphQLPubSub } from 'type-graphql';

/**
 * type-graphql refuses to build a schema with subscriptions unless given a pubsub for
 * `@Subscription({ topics })`. Stevedore's subscriptions all use `subscribe:` functions over the
 * real-time port (Context.core.live), which owns sharing, buffering and teardown; the schema is
 * also built without a Core (emit-schema). So topics are not supported, loudly.
 */
export const noTopicPubSub: TypeGraphQLPubSub = {
  publish(): void {
    throw new Error('topic subscriptions are not used here: publish on the EventBus (events) instead');
  },
  subscribe(routingKey: string): AsyncIterable<unknown> {
    throw new Error(
      `@Subscription({ topics: "${routingKey}" }) is not supported: give it a subscribe function ` +
        'over ctx.core.live (see api/realtime/*.resolver.ts)',
    );
  },
};
