import { describe, expect, it } from 'vitest';
import { task } from '../domain/orchestrator/testing.js';
import { transition, type Task } from '../domain/task.js';
import { migrate } from './database.js';
import { migrations } from './migrations.js';
import type { SqlDb } from './sql.js';
import { Store } from './store.js';
import { TaskRepository } from './task.repo.js';
import { describeEachStore } from './testing/stores.js';

const at = new Date('2026-01-01T00:00:00.000Z');
const pending: Task = task('t1', 1, {
  state: 'PENDING',
  stateReason: 'unschedulable: 3 nodes: 1 was not ready, 2 lacked 512 MiB memory',
  unplaced: {
    reason: '3 nodes: 1 was not ready, 2 lacked 512 MiB memory',
    nodesConsidered: 3,
    failures: [
      { filter: 'node-ready', nodes: 1, reason: '1 node was not ready' },
      { filter: 'resources', nodes: 2, reason: '2 nodes lacked 512 MiB memory' },
    ],
  },
  nodeId: null,
  containerId: null,
  readyAt: null,
  createdAt: at,
  updatedAt: at,
});

describeEachStore('TaskRepository', (openDb) => {
  const open = () => new TaskRepository(openDb());

  describe('the unplaced reason', () => {
    it('is stored and read back as data, and is gone once the task is placed', () => {
      const tasks = open();
      tasks.save(pending);
      expect(tasks.get('t1')).toEqual(pending);
      expect(tasks.active()[0]?.unplaced).toEqual(pending.unplaced);

      tasks.save({ ...transition(pending, 'ASSIGNED', 'scheduled on n1', at), nodeId: 'n1' });
      const placed = tasks.get('t1');
      expect(placed?.state).toBe('ASSIGNED');
      expect(placed).not.toHaveProperty('unplaced');
    });

    it('is absent on tasks saved before the column existed (migration 6 adds it empty)', () => {
      const db = openDb(migrations.filter((m) => m.version < 6));
      db.prepare(
        `INSERT INTO tasks (id, service_id, slot, revision, desired_state, state, state_reason, history, health,
         created_at, updated_at)
       VALUES ('old', 's1', 1, 1, 'RUNNING', 'PENDING', 'unschedulable: 1 node: 1 was not ready', '[]', 'NONE', ?, ?)`,
      ).run(at.toISOString(), at.toISOString());
      // Migration 6 and every later one apply to this database.
      expect(migrate(db, migrations)).toBe(migrations.filter((m) => m.version >= 6).length);
      const old = new TaskRepository(db).get('old');
      expect(old?.stateReason).toBe('unschedulable: 1 node: 1 was not ready');
      expect(old).not.toHaveProperty('unplaced');
    });
  });

  describe('rows read again', () => {
    it('give the task parsed before while the row is unchanged, and a new one once it changes', () => {
      const tasks = open();
      tasks.save(pending);
      const first = tasks.get('t1');
      expect(tasks.active()[0]).toBe(first);
      expect(tasks.byService(pending.serviceId)[0]).toBe(first);

      const later = new Date(at.getTime() + 1000);
      tasks.save({ ...transition(pending, 'ASSIGNED', 'scheduled on n1', later), nodeId: 'n1' });
      const placed = tasks.get('t1');
      expect(placed).not.toBe(first);
      expect(placed?.state).toBe('ASSIGNED');
      expect(placed?.history.at(-1)?.reason).toBe('scheduled on n1');
      expect(first?.state).toBe('PENDING');

      // Same timestamp, another value: still read afresh (every column is compared).
      tasks.save({ ...placed!, containerId: 'c1' });
      expect(tasks.get('t1')?.containerId).toBe('c1');
      expect(tasks.activeContainerIds()).toEqual(['c1']);
      tasks.save(transition({ ...placed!, containerId: 'c1' }, 'SHUTDOWN', 'stopped', later));
      expect(tasks.activeContainerIds()).toEqual([]);
    });
  });

  describe('the in-memory index allByService reads', () => {
    /** What the table holds, read by a repository that has no index yet. */
    const fromTable = (db: SqlDb) =>
      [...new TaskRepository(db).allByService()].map(([s, ts]) => [s, ts.map((t) => `${t.id}:${t.state}`)]);
    const index = (tasks: TaskRepository) =>
      [...tasks.allByService()].map(([s, ts]) => [s, ts.map((t) => `${t.id}:${t.state}`)]);

    it('follows saves, prunes and deletes, and a rolled-back transaction', () => {
      const db = openDb();
      const store = new Store(db);
      const tasks = store.tasks;
      expect(index(tasks)).toEqual([]);
      const t = (id: string, slot: number, serviceId: string, minutes: number, state: Task['state']) =>
        task(id, slot, { serviceId, state, createdAt: new Date(at.getTime() + minutes * 60_000) });
      // Saved out of order: grouped by service, by slot then creation, as byService reads them.
      for (const x of [
        t('b2', 2, 'b', 0, 'RUNNING'),
        t('a1', 1, 'a', 1, 'RUNNING'),
        t('b1', 1, 'b', 0, 'RUNNING'),
      ])
        tasks.save(x);
      for (let i = 0; i < 7; i++) tasks.save(t(`a-old${i}`, 1, 'a', -10 + i, 'FAILED'));
      expect(index(tasks)).toEqual(fromTable(db));
      expect(
        tasks
          .allByService()
          .get('b')
          ?.map((x) => x.id),
      ).toEqual(['b1', 'b2']);
      expect(tasks.allByService().get('a')).toEqual(tasks.byService('a'));

      expect(tasks.pruneAllFinished(5)).toBe(2);
      expect(tasks.allByService().get('a')?.length).toBe(6);
      expect(index(tasks)).toEqual(fromTable(db));
      tasks.save(transition(t('a1', 1, 'a', 1, 'RUNNING'), 'FAILED', 'exited 1', at));
      expect(tasks.pruneFinished('a', 2)).toBe(4);
      expect(index(tasks)).toEqual(fromTable(db));

      tasks.deleteByService('b');
      expect(tasks.allByService().has('b')).toBe(false);
      expect(index(tasks)).toEqual(fromTable(db));

      // A transaction that throws after a save: neither the table nor the index keeps it.
      expect(() =>
        store.tx(() => {
          tasks.save(t('c1', 1, 'c', 0, 'PENDING'));
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(tasks.allByService().has('c')).toBe(false);
      expect(index(tasks)).toEqual(fromTable(db));
    });
  });
});
