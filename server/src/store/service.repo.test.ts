import { expect, it } from 'vitest';
import { DEFAULT_UPDATE_CONFIG } from '../domain/service.js';
import { spec } from '../domain/orchestrator/testing.js';
import { migrate } from './database.js';
import { migrations } from './migrations.js';
import { ServiceRepository } from './service.repo.js';
import { describeEachStore } from './testing/stores.js';

describeEachStore('stored specs across migration 8 (minReadyMs)', (open) => {
  it('gives every stored update and rollback config minReadyMs 0 and keeps the rest as it was', () => {
    const db = open(migrations.filter((m) => m.version < 8));
    // A spec as stored before migration 8: its update configs have no minReadyMs.
    const { minReadyMs: _u, ...update } = { ...DEFAULT_UPDATE_CONFIG, monitorMs: 3000 };
    const { minReadyMs: _r, ...rollback } = { ...DEFAULT_UPDATE_CONFIG, parallelism: 0 };
    const old = { ...spec(), update, rollback };
    const at = '2026-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO clusters (id, name, created_at) VALUES ('default', 'default', ?) ON CONFLICT DO NOTHING`,
    ).run(at);
    db.prepare(
      `INSERT INTO services (id, cluster_id, name, current_revision, spec, created_at, updated_at)
       VALUES ('s1', 'default', 'web', 1, ?, ?, ?)`,
    ).run(JSON.stringify(old), at, at);
    db.prepare(
      `INSERT INTO revisions (service_id, number, spec, created_at, created_by, reason, diff)
       VALUES ('s1', 1, ?, ?, 'test', 'created', '[]')`,
    ).run(JSON.stringify(old), at);

    expect(migrate(db, migrations)).toBe(migrations.filter((m) => m.version >= 8).length);
    const repo = new ServiceRepository(db);
    for (const s of [repo.get('s1')!.spec, repo.revision('s1', 1)!.spec]) {
      expect(s.update).toEqual({ ...update, minReadyMs: 0 });
      expect(s.rollback).toEqual({ ...rollback, minReadyMs: 0 });
      expect({ ...s, update: old.update, rollback: old.rollback }).toEqual(old);
    }
  });
});
