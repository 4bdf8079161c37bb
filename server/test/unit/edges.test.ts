import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeApp, type FakeApp } from './fake-app.js';

// The edges (Task.node, Task.service, Container.service, ...) resolve through the request's
// DataLoaders (api/loaders.ts): a list asks each app module once per kind, not once per item.
// The server runs whole, in-process, on fake engines: what is counted is the API's own lookups.
const SERVICES = 5;
const REPLICAS = 10;

let f: FakeApp;
const prefix = `edges${Math.random().toString(36).slice(2, 7)}`;

beforeAll(async () => {
  f = await startFakeApp();
  for (const i of [1, 2])
    await f.ok('mutation($i: AddNodeInput!) { addNode(input: $i) { id } }', {
      i: { name: `${prefix}-n${i}`, endpoint: `tcp://${prefix}-${i}.sim:2375` },
    });
  for (let i = 0; i < SERVICES; i++)
    await f.ok('mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }', {
      s: { name: `${prefix}-s${i}`, image: 'local/webapp:v1', replicas: REPLICAS, stopTimeoutSec: 1 },
    });
  await f.until('50 tasks running', async () => {
    const d = await f.ok<{ tasks: { state: string; containerId: string | null }[] }>(
      '{ tasks { state containerId } }',
    );
    return d.tasks.filter((t) => t.state === 'RUNNING' && t.containerId).length === SERVICES * REPLICAS;
  });
}, 120_000);

afterAll(async () => {
  await f?.stop();
});

/** Counts the calls of one app module's method during fn. */
async function counting<T>(
  obj: object,
  method: string,
  fn: () => Promise<T>,
): Promise<{ result: T; calls: number }> {
  const spy = vi.spyOn(obj as Record<string, (...a: unknown[]) => unknown>, method);
  try {
    const result = await fn();
    return { result, calls: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

describe('edges are batched per request (DataLoader over the app modules)', () => {
  it('50 tasks with node { name } service { name }: one node lookup and one service lookup, right answers', async () => {
    const core = f.app.core.app;
    const nodes = vi.spyOn(core.nodes, 'getMany');
    const services = vi.spyOn(core.services, 'getMany');
    const nodeGet = vi.spyOn(core.nodes, 'get');
    const serviceGet = vi.spyOn(core.services, 'get');
    try {
      const d = await f.ok<{
        tasks: {
          serviceId: string;
          nodeId: string;
          node: { id: string; name: string };
          service: { id: string; name: string; cluster: { id: string } };
        }[];
      }>('{ tasks { serviceId nodeId node { id name } service { id name cluster { id } } } }');
      expect(d.tasks).toHaveLength(SERVICES * REPLICAS);
      expect(nodes).toHaveBeenCalledTimes(1);
      expect(services).toHaveBeenCalledTimes(1);
      expect(nodeGet).not.toHaveBeenCalled();
      expect(serviceGet).not.toHaveBeenCalled();
      // The ids asked for once each, in one batch.
      expect(new Set(nodes.mock.calls[0]![0]).size).toBe(nodes.mock.calls[0]![0].length);
      const byId = await f.ok<{
        nodes: { id: string; name: string }[];
        services: { id: string; name: string }[];
      }>('{ nodes { id name } services { id name } }');
      const nodeName = new Map(byId.nodes.map((n) => [n.id, n.name]));
      const serviceName = new Map(byId.services.map((s) => [s.id, s.name]));
      for (const t of d.tasks) {
        expect(t.node.id).toBe(t.nodeId);
        expect(t.node.name).toBe(nodeName.get(t.nodeId));
        expect(t.service.id).toBe(t.serviceId);
        expect(t.service.name).toBe(serviceName.get(t.serviceId));
        expect(t.service.cluster.id).toBe('default');
      }
      expect(new Set(d.tasks.map((t) => t.service.name)).size).toBe(SERVICES);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('containers with service and task: one lookup each for the whole list', async () => {
    const core = f.app.core.app;
    const tasks = await counting(core.services, 'tasksByIds', () =>
      counting(core.services, 'getMany', () =>
        f.ok<{
          containers: {
            items: {
              serviceId: string | null;
              taskId: string | null;
              service: { id: string } | null;
              task: { id: string; containerId: string } | null;
              id: string;
            }[];
          };
        }>(
          `query($s: String) { containers(filter: { label: $s }) {
             items { id serviceId taskId service { id } task { id containerId } } } }`,
          { s: 'stevedore.task' },
        ),
      ),
    );
    const items = tasks.result.result.containers.items.filter((c) => c.serviceId);
    expect(items).toHaveLength(SERVICES * REPLICAS);
    expect(tasks.calls).toBe(1);
    expect(tasks.result.calls).toBe(1);
    for (const c of items) {
      expect(c.service?.id).toBe(c.serviceId);
      expect(c.task?.id).toBe(c.taskId);
      expect(c.task?.containerId).toBe(c.id);
    }
  });

  it('nodes and services with cluster, services with tasks { node }: one lookup per kind', async () => {
    const core = f.app.core.app;
    const clusters = vi.spyOn(core.clusters, 'getMany');
    const nodes = vi.spyOn(core.nodes, 'getMany');
    try {
      const d = await f.ok<{
        nodes: { cluster: { id: string; name: string } }[];
        services: { cluster: { id: string }; tasks: { nodeId: string; node: { id: string } }[] }[];
      }>('{ nodes { cluster { id name } } services { cluster { id } tasks { nodeId node { id } } } }');
      expect(d.nodes.every((n) => n.cluster.id === 'default' && n.cluster.name === 'default')).toBe(true);
      expect(d.services.every((s) => s.cluster.id === 'default')).toBe(true);
      for (const t of d.services.flatMap((s) => s.tasks)) expect(t.node.id).toBe(t.nodeId);
      // nodes' and services' clusters are asked for in the same level of the answer: one batch.
      expect(clusters).toHaveBeenCalledTimes(1);
      expect(nodes).toHaveBeenCalledTimes(1);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
