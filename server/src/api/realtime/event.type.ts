import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver, SafeIntResolver } from 'graphql-scalars';
import type { Severity } from '../../domain/event.js';
import type { EventFilter } from '../../domain/event-filter.js';
import { badInput } from '../../app/errors.js';
import { connectionType } from '../common/connection.js';
import type { StreamItem } from '../../app/event-stream.js';

export const EventSeverity = { INFO: 'INFO', WARNING: 'WARNING', ERROR: 'ERROR' } as const;
registerEnumType(EventSeverity, {
  description: 'How much an event matters',
  name: 'EventSeverity',
  valuesConfig: {
    WARNING: { description: 'Something to look at (unhealthy, retrying, degraded)' },
    INFO: { description: 'A normal change' },
    ERROR: { description: 'Something failed (a container died, a node went down)' },
  },
});

@ObjectType('EventGap', {
  description:
    'Events a subscriber did not get: because it fell behind (replay them with after: from - 1), or because ' +
    'retention had already pruned them (data.reason = "retention"; the marker\'s cursor is then `to`)',
})
export class EventGapType {
  @Field(() => SafeIntResolver, { description: 'Cursor of the first event missed' })
  from: number;

  @Field(() => SafeIntResolver, { description: 'Cursor of the last event missed' })
  to: number;

  @Field(() => Int, { description: 'Events missed' })
  count: number;
}

@ObjectType('Event', {
  description:
    'Something that happened (node.down, container.died, container.health, task.state ...). ' +
    'cursor orders the log of the server that answered; kind "stream.gap" marks events a slow subscriber missed',
})
export class EventType {
  @Field(() => SafeIntResolver, { description: 'Position in the event log: resume with after: cursor' })
  cursor: number;

  @Field(() => Date, { description: 'When it happened' })
  time: Date;

  @Field(() => String, { description: 'Dotted: node.down, container.died, container.health, stream.gap ...' })
  kind: string;

  @Field(() => EventSeverity, { description: 'INFO, WARNING or ERROR' })
  severity: Severity;

  @Field(() => String, { description: 'What happened, as a sentence' })
  message: string;

  @Field(() => ID, { description: 'The cluster it concerns; null: none', nullable: true })
  clusterId: string | null;

  @Field(() => ID, { description: 'The node it concerns; null: none', nullable: true })
  nodeId: string | null;

  @Field(() => ID, { description: 'The service it concerns; null: none', nullable: true })
  serviceId: string | null;

  @Field(() => ID, { description: 'The task it concerns; null: none', nullable: true })
  taskId: string | null;

  @Field(() => String, { description: 'The container it concerns; null: none', nullable: true })
  containerId: string | null;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'Kind-specific facts: exitCode (container.died), status and output (container.health) ...',
  })
  data: Record<string, unknown> | null;

  @Field(() => EventGapType, { nullable: true, description: 'Set on stream.gap markers only' })
  gap: EventGapType | null;

  static from(e: StreamItem): EventType {
    return {
      cursor: e.cursor,
      time: e.time,
      kind: e.kind,
      severity: e.severity,
      message: e.message,
      clusterId: e.clusterId ?? null,
      nodeId: e.nodeId ?? null,
      serviceId: e.serviceId ?? null,
      taskId: e.taskId ?? null,
      containerId: e.containerId ?? null,
      data: e.data ?? null,
      gap: e.gap ?? null,
    };
  }
}

const MAX_KINDS = 50;

@InputType('EventFilter', { description: 'Every given field must match; kinds may end in .* (container.*)' })
export class EventFilterInput {
  @Field(() => ID, { description: "Only this cluster's events", nullable: true })
  clusterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Node id or name' })
  nodeId?: string | null;

  @Field(() => ID, { description: "Only this service's events (id or name)", nullable: true })
  serviceId?: string | null;

  @Field(() => ID, { description: "Only this task's events", nullable: true })
  taskId?: string | null;

  @Field(() => String, { nullable: true, description: 'Full or short container id' })
  containerId?: string | null;

  @Field(() => [String], { nullable: true, description: `At most ${MAX_KINDS}` })
  kinds?: string[] | null;

  @Field(() => [EventSeverity], { description: 'Only events of these severities', nullable: true })
  severities?: Severity[] | null;
}

@ObjectType('EventConnection', {
  description: 'A page of the event log, newest first (Relay cursor connection)',
})
export class EventConnection extends connectionType(EventType, 'Event', 'event') {}

@ObjectType('EventPage', { description: 'One page of the event log' })
export class EventPageType {
  @Field(() => [EventType], { description: 'The events of this page, in the order asked for' })
  items: EventType[];

  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      'Pass as `after` (when paging forward) or `before` (newest first) for the next page; forward paging always ' +
      'returns one, to poll from',
  })
  nextCursor: number | null;

  @Field(() => Boolean, { description: 'True: more events match beyond this page' })
  hasMore: boolean;
}

/**
 * GraphQL filter input (a class instance, or the plain object a subscription gets) → domain
 * filter, validated here rather than by class-validator: the subscription resolver runs once per
 * event, and re-validating its arguments every time is wasted work.
 */
export function toEventFilter(
  f: Partial<EventFilterInput> | null | undefined,
  resolveNode: (ref: string) => string = (r) => r,
): EventFilter {
  const out: EventFilter = {};
  if (!f) return out;
  if (f.clusterId) out.clusterId = f.clusterId;
  if (f.nodeId) out.nodeId = resolveNode(f.nodeId);
  if (f.serviceId) out.serviceId = f.serviceId;
  if (f.taskId) out.taskId = f.taskId;
  if (f.containerId) {
    if (f.containerId.length > 128) throw badInput('filter.containerId', 'at most 128 characters');
    out.containerId = f.containerId;
  }
  if (f.kinds?.length) {
    if (f.kinds.length > MAX_KINDS) throw badInput('filter.kinds', `at most ${MAX_KINDS}`);
    out.kinds = [...f.kinds];
  }
  if (f.severities?.length) out.severities = [...f.severities];
  return out;
}
