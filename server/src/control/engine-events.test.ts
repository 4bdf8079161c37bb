import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import type { NodeService } from '../app/nodes.js';
import type { StevedoreEvent } from '../domain/event.js';
import { NodeAvailability, NodeRole, NodeStatus, type Node } from '../domain/node.js';
import type { EngineDriver } from '../engine/engine.js';
import { EngineError } from '../engine/errors.js';
import type { ContainerDetails, EngineEvent } from '../engine/types.js';
import { EngineEvents } from './engine-events.js';
import { EventBus } from '../app/event-bus.js';

const node: Node = {
  id: 'node-1',
  clusterId: 'default',
  name: 'n1',
  endpoint: 'fake://1',
  engineId: 'E1',
  role: NodeRole.MANAGER,
  status: NodeStatus.READY,
  statusMessage: null,
  availability: NodeAvailability.ACTIVE,
  labels: {},
  platform: { os: 'linux', arch: 'amd64' },
  capacity: { nanoCpus: 2e9, memoryBytes: 1e9 },
  engineVersion: '20.10',
  hostname: 'h',
  publishAddress: '127.0.0.1',
  lastSeenAt: new Date(),
  createdAt: new Date(),
};

function setup() {
  const opened: {
    since: number | undefined;
    onEvent: (e: EngineEvent) => void;
    onEnd: (e?: Error) => void;
    closed: boolean;
  }[] = [];
  const driver = {
    endpoint: node.endpoint,
    events(since: number | undefined, onEvent: (e: EngineEvent) => void, onEnd: (e?: Error) => void) {
      const s = { since, onEvent, onEnd, closed: false };
      opened.push(s);
      return { close: () => (s.closed = true) };
    },
    async inspectContainer(): Promise<ContainerDetails> {
      return {
        health: {
          status: 'unhealthy',
          failingStreak: 2,
          log: [
            {
              start: new Date(),
              end: new Date(),
              exitCode: 1,
              output: 'wget: server returned error: HTTP/1.1 500\n',
            },
          ],
        },
      } as unknown as ContainerDetails;
    },
  } as unknown as EngineDriver;
  const nodes = {
    list: () => [node],
    get: (id: string) => (id === node.id ? node : undefined),
    driver: () => driver,
  } as unknown as NodeService;
  const bus = new EventBus();
  const published: StevedoreEvent[] = [];
  bus.subscribe((e) => published.push(e));
  const ee = new EngineEvents(nodes, bus, createLogger('silent'), undefined, {
    minBackoffMs: 5,
    maxBackoffMs: 10,
  });
  return { ee, opened, published, bus };
}

let nano = 1_795_675_186_000_000_000;
function ev(action: string, attributes: Record<string, string> = {}, id = 'c'.repeat(64)): EngineEvent {
  nano += 1000;
  return {
    type: 'container',
    action,
    actorId: id,
    attributes: { name: 'web-1', image: 'local/webapp:v3', ...attributes },
    time: new Date(Math.floor(nano / 1e6)),
    timeNano: nano,
  };
}

let running: EngineEvents | undefined;
afterEach(() => running?.stop());

describe('EngineEvents', () => {
  it('translates container events with node, container, service and task from labels', async () => {
    const { ee, opened, published } = setup();
    running = ee;
    ee.start();
    expect(opened).toHaveLength(1);
    const labels = { 'stevedore.service': 'svc-1', 'stevedore.task': 'task-1' };
    const s = opened[0]!;
    s.onEvent(ev('create', labels));
    s.onEvent(ev('start', labels));
    s.onEvent(ev('exec_start: wget -q', labels)); // health probe exec: not an event of ours
    s.onEvent(ev('kill', { ...labels, signal: '9' }));
    s.onEvent(ev('die', { ...labels, exitCode: '137' }));
    s.onEvent(ev('oom', labels));
    s.onEvent(ev('destroy', labels));
    expect(published.map((e) => e.kind)).toEqual([
      'container.created',
      'container.started',
      'container.killed',
      'container.died',
      'container.oom',
      'container.destroyed',
    ]);
    const died = published[3]!;
    expect(died).toMatchObject({
      severity: 'WARNING',
      nodeId: 'node-1',
      clusterId: 'default',
      containerId: 'c'.repeat(64),
      serviceId: 'svc-1',
      taskId: 'task-1',
      data: { exitCode: 137, name: 'web-1' },
    });
    expect(died.message).toContain('exited with code 137');
    expect(published[2]!.data).toMatchObject({ signal: '9' });
    expect(published[4]!.severity).toBe('ERROR');
  });

  it('reports health changes with the last probe output, and hands raw events to hooks', async () => {
    const { ee, opened, published } = setup();
    running = ee;
    const raw: string[] = [];
    ee.onEngineEvent((nodeId, e) => raw.push(`${nodeId}:${e.action}`));
    ee.start();
    opened[0]!.onEvent(ev('health_status: unhealthy'));
    await new Promise((r) => setTimeout(r, 10));
    expect(raw).toEqual(['node-1:health_status: unhealthy']);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      kind: 'container.health',
      severity: 'WARNING',
      data: {
        status: 'UNHEALTHY',
        output: 'wget: server returned error: HTTP/1.1 500',
        exitCode: 1,
        failingStreak: 2,
      },
    });
  });

  it('resumes a broken stream from the last timeNano, dropping the replayed duplicate', async () => {
    const { ee, opened, published } = setup();
    running = ee;
    ee.start();
    const a = ev('start');
    opened[0]!.onEvent(a);
    opened[0]!.onEnd(new EngineError('UNAVAILABLE', 'reset'));
    expect(ee.openStreams()).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(opened).toHaveLength(2);
    expect(opened[1]!.since).toBe(a.timeNano);
    opened[1]!.onEvent(a); // the engine's since is inclusive
    opened[1]!.onEvent(ev('die', { exitCode: '0' }));
    expect(published.map((e) => e.kind)).toEqual(['container.started', 'container.died']);
    expect(published[1]!.severity).toBe('INFO');
  });

  it('stops the stream when the node goes DOWN and resumes on node.up', () => {
    const { ee, opened, bus } = setup();
    running = ee;
    ee.start();
    const a = ev('start');
    opened[0]!.onEvent(a);
    bus.publish({ kind: 'node.down', severity: 'ERROR', message: 'down', nodeId: node.id });
    expect(opened[0]!.closed).toBe(true);
    bus.publish({ kind: 'node.up', severity: 'INFO', message: 'up', nodeId: node.id });
    expect(opened).toHaveLength(2);
    expect(opened[1]!.since).toBe(a.timeNano);
    ee.stop();
    expect(opened[1]!.closed).toBe(true);
  });
});
