import { EventEmitter } from 'node:events';
import type { StevedoreEvent } from '../domain/event.js';

/**
 * In-process fan-out of domain events from the loops to whoever listens (the event log, the
 * GraphQL pubsub). Listeners must not throw; a throwing listener is isolated and logged.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor(private readonly onListenerError: (err: unknown) => void = () => {}) {
    this.emitter.setMaxListeners(0);
  }

  publish(e: Omit<StevedoreEvent, 'time'> & { time?: Date }): void {
    const event: StevedoreEvent = { ...e, time: e.time ?? new Date() };
    for (const l of this.emitter.listeners('event')) {
      try {
        (l as (ev: StevedoreEvent) => void)(event);
      } catch (err) {
        this.onListenerError(err);
      }
    }
  }

  subscribe(listener: (e: StevedoreEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
