import { EventEmitter } from 'node:events';
import type { StevedoreEvent } from '../domain/event.js';
import type { Logger } from '../logger.js';

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

/** Every event as one log line: its kind, node and service, and its message. */
export function logEvents(bus: EventBus, log: Logger): void {
  bus.subscribe((e) => log.info({ kind: e.kind, node: e.nodeId, service: e.serviceId }, e.message));
}
