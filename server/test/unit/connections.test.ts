import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApp, type FakeApp } from './fake-app.js';

// The Relay connections over the whole server, in-process on fake engines: paging, cursors,
// limits and totalCount under filters, as a client sees them over HTTP.
const prefix = `conn${Math.random().toString(36).slice(2, 7)}`;
const SERVICES = 4;
const REPLICAS = 6; // 24 containers

let f: FakeApp;
const serviceIds: string[] = [];

beforeAll(async () => {
  f = await startFakeApp();
  await f.ok('mutation($i: AddNodeInput!) { addNode(input: $i) { id } }', {
    i: { name: `${prefix}-n1`, endpoint: `tcp://${prefix}-1.sim:2375` },
  });
  for (let i = 0; i < SERVICES; i++) {
    const d = await f.ok<{ createService: { id: string } }>(
      'mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }',
      { s: { name: `${prefix}-s${i}`, image: 'local/webapp:v1', replicas: REPLICAS, stopTimeoutSec: 1 } },
    );
    serviceIds.push(d.createService.id);
  }
  await f.until('every task running', async () => {
    const d = await f.ok<{ tasksConnection: { totalCount: number } }>(
      '{ tasksConnection(state: [RUNNING], first: 0) { totalCount } }',
    );
    return d.tasksConnection.totalCount === SERVICES * REPLICAS;
  });
}, 120_000);

afterAll(async () => {
  await f?.stop();
});

interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

async function pageAll<T>(field: string, args: string, selection: string, first: number): Promise<Page<T>[]> {
  const pages: Page<T>[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const d: Record<string, Page<T>> = await f.ok(
      `query($after: String) { ${field}(${args} first: ${first}, after: $after) {
         edges { cursor node { ${selection} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`,
      { after },
    );
    const p = d[field]!;
    pages.push(p);
    if (!p.pageInfo.hasNextPage) return pages;
    after = p.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('Relay connections', () => {
  it('containersConnection: first=7 pages through every container once, newest first, then by name', async () => {
    const all = await f.ok<{ containers: { items: { id: string; createdAt: string; name: string }[] } }>(
      '{ containers(filter: { label: "stevedore.task" }) { items { id createdAt name } } }',
    );
    const total = all.containers.items.length;
    expect(total).toBe(SERVICES * REPLICAS);
    const pages = await pageAll<{ id: string; createdAt: string; name: string }>(
      'containersConnection',
      'filter: { label: "stevedore.task" },',
      'id createdAt name',
      7,
    );
    expect(pages.map((p) => p.edges.length)).toEqual([7, 7, 7, 3]);
    expect(pages.every((p) => p.totalCount === total)).toBe(true);
    expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
    expect(pages[1]!.pageInfo.hasPreviousPage).toBe(true);
    const seen = pages.flatMap((p) => p.edges.map((e) => e.node));
    expect(new Set(seen.map((c) => c.id)).size).toBe(total);
    const expected = [...all.containers.items].sort(
      (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    expect(seen.map((c) => c.id)).toEqual(expected.map((c) => c.id));

    const byName = await pageAll<{ name: string }>(
      'containersConnection',
      'filter: { label: "stevedore.task" }, orderBy: { field: NAME },',
      'name',
      7,
    );
    const names = byName.flatMap((p) => p.edges.map((e) => e.node.name));
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(total);
  });

  it('servicesConnection and tasksConnection page through everything once, in order', async () => {
    const services = await pageAll<{ id: string; name: string }>(
      'servicesConnection',
      `search: "${prefix}",`,
      'id name',
      3,
    );
    const names = services.flatMap((p) => p.edges.map((e) => e.node.name));
    expect(names).toEqual([...Array(SERVICES).keys()].map((i) => `${prefix}-s${i}`));
    const tasks = await pageAll<{ id: string; createdAt: string }>('tasksConnection', '', 'id createdAt', 7);
    const ids = tasks.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(tasks[0]!.totalCount);
    const times = tasks.flatMap((p) => p.edges.map((e) => Date.parse(e.node.createdAt)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('totalCount counts the list under its filters, not the page', async () => {
    const d = await f.ok<{
      containersConnection: { totalCount: number; edges: unknown[] };
      servicesConnection: { totalCount: number; edges: unknown[] };
      tasksConnection: { totalCount: number };
    }>(
      `query($svc: String, $sid: ID) {
        containersConnection(filter: { service: $svc }, first: 2) { totalCount edges { cursor } }
        servicesConnection(search: "${prefix}-s1", first: 0) { totalCount edges { cursor } }
        tasksConnection(serviceId: $sid, first: 1) { totalCount } }`,
      { svc: serviceIds[2], sid: serviceIds[3] },
    );
    expect(d.containersConnection.totalCount).toBe(REPLICAS);
    expect(d.containersConnection.edges).toHaveLength(2);
    expect(d.servicesConnection.totalCount).toBe(1);
    expect(d.servicesConnection.edges).toHaveLength(0);
    expect(d.tasksConnection.totalCount).toBe(REPLICAS);
    // search: name or image (case-insensitive) or an id prefix.
    const one = await f.ok<{ containersConnection: { edges: { node: { id: string } }[] } }>(
      `{ containersConnection(filter: { search: "${prefix.toUpperCase()}-S1." }, first: 1) { edges { node { id } } } }`,
    );
    const s = await f.ok<{
      byName: { totalCount: number };
      byImage: { totalCount: number };
      byId: { totalCount: number };
    }>(
      `query($id: String) {
        byName: containersConnection(filter: { search: "${prefix.toUpperCase()}-S1." }) { totalCount }
        byImage: containersConnection(filter: { search: "WEBAPP:V1", label: "stevedore.task" }) { totalCount }
        byId: containersConnection(filter: { search: $id }) { totalCount } }`,
      { id: one.containersConnection.edges[0]!.node.id.slice(0, 12) },
    );
    expect(s.byName.totalCount).toBe(REPLICAS);
    expect(s.byImage.totalCount).toBe(SERVICES * REPLICAS);
    expect(s.byId.totalCount).toBe(1);
  });

  it('eventsConnection and auditConnection: newest first, each once, totalCount under the filter', async () => {
    // task.* events of the setup: none are added once every task runs.
    const events = await pageAll<{ cursor: number; kind: string }>(
      'eventsConnection',
      'filter: { kinds: ["task.*"] },',
      'cursor kind',
      7,
    );
    const cursors = events.flatMap((p) => p.edges.map((e) => e.node.cursor));
    expect(cursors.length).toBe(events[0]!.totalCount);
    expect(cursors.length).toBeGreaterThan(7);
    expect(cursors).toEqual([...cursors].sort((a, b) => b - a));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(events.flatMap((p) => p.edges.map((e) => e.node.kind)).every((k) => k.startsWith('task.'))).toBe(
      true,
    );
    const created = await f.ok<{ eventsConnection: { totalCount: number } }>(
      '{ eventsConnection(filter: { kinds: ["service.created"] }, first: 1) { totalCount } }',
    );
    expect(created.eventsConnection.totalCount).toBe(SERVICES);

    const audit = await pageAll<{ id: number; action: string }>(
      'auditConnection',
      'filter: { action: "createService" },',
      'id action',
      3,
    );
    const ids = audit.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(ids).toHaveLength(SERVICES);
    expect(audit[0]!.totalCount).toBe(SERVICES);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('a bad cursor is BAD_USER_INPUT naming after; so is a cursor of another order', async () => {
    for (const after of ['garbage!', 'eyJ4IjoxfQ']) {
      const r = await f.gql('query($a: String) { containersConnection(after: $a) { totalCount } }', {
        a: after,
      });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const p = await f.ok<{ servicesConnection: { pageInfo: { endCursor: string } } }>(
      '{ servicesConnection(first: 1) { pageInfo { endCursor } } }',
    );
    const r = await f.gql(
      'query($a: String) { servicesConnection(after: $a, orderBy: { field: CREATED }) { totalCount } }',
      {
        a: p.servicesConnection.pageInfo.endCursor,
      },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(r.errors?.[0]?.message).toMatch(/another order/);
  });

  it('first above 500 (or below 0) is refused, naming first', async () => {
    for (const first of [501, -1]) {
      for (const field of [
        'containersConnection',
        'servicesConnection',
        'tasksConnection',
        'stacksConnection',
      ]) {
        const r = await f.gql(`query($n: Int) { ${field}(first: $n) { totalCount } }`, { n: first });
        expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      }
    }
    const ok = await f.ok<{ containersConnection: { edges: unknown[] } }>(
      '{ containersConnection(first: 500) { edges { cursor } } }',
    );
    expect(ok.containersConnection.edges.length).toBeGreaterThan(0);
  });
});
