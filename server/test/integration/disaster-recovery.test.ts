import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childCall, cleanUpChild, runServerCommand, startChild, type Child } from './child-server.js';
import { docker, uniq, waitFor } from './harness.js';
import { dropStore, storeEnv, storeTables, testStore } from './store-env.js';
import {
  engineContainers,
  SERVICE_FIELDS,
  versions,
  webapp,
  type ServiceView,
} from './orchestration-helpers.js';

/**
 * Disaster recovery of the control plane itself (issue #17 item 4). A backup is taken while a
 * rolling update runs; the update goes on and finishes; then the control plane is killed and its
 * data directory deleted. `restore` brings the snapshot into an empty directory and a fresh
 * control plane starts on it, on the same engine, with the secret key given separately (the
 * snapshot never holds it). It must re-adopt every running container by its labels, including
 * those started after the snapshot, restarting none (same container ids, same StartedAt), finish
 * what the snapshot had in flight, and still decrypt its secrets. A damaged snapshot, a
 * non-empty target and a missing file are refused with a clear message before anything is
 * written.
 */

const TOKEN = `dr-admin-${randomBytes(8).toString('hex')}`;
/** The secret key, kept apart from the data directory as an operator would. */
const KEY = randomBytes(32).toString('base64');
const ENV = { STEVEDORE_SECRET_KEY: KEY };

const getService = async (child: Child, id: string) =>
  (
    await childCall<{ service: ServiceView }>(
      child,
      `query($id: ID!) { service(id: $id) { ${SERVICE_FIELDS} } }`,
      {
        id,
      },
    )
  ).service;

/** id → "StartedAt RestartCount" of every running container carrying the test label. */
async function running(label: string): Promise<Map<string, string>> {
  const ids = (await docker('n1', 'ps', '-q', '--no-trunc', '--filter', `label=test=${label}`))
    .split('\n')
    .filter(Boolean);
  const out = new Map<string, string>();
  for (const id of ids)
    out.set(id, await docker('n1', 'inspect', '--format', '{{.State.StartedAt}} {{.RestartCount}}', id));
  return out;
}

// On PostgreSQL the snapshot is pg_dump's, the store lost is the database (dropped), and the
// restore goes into a new empty database (STEVEDORE_DATABASE_URL) instead of a data directory.
const onPostgres = testStore() === 'postgres';
const TITLE = 'disaster recovery: backup during a rollout, data directory lost, restore';

/** `restore FILE` into the store of data directory `dir`: the directory on SQLite, its (empty) database on PostgreSQL. */
const restoreInto = (file: string, dir: string) =>
  onPostgres
    ? runServerCommand(['restore', file], storeEnv(dir))
    : runServerCommand(['restore', file, '--data-dir', dir]);

describe(TITLE, () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-dr-'));
  const dataDir = path.join(root, 'data');
  const safe = path.join(root, 'offsite');
  const name = uniq('dr');
  const side = `${name}-side`;
  const secret = `${name}-pass`;
  const secretValue = `s3cret-${randomBytes(6).toString('hex')}`;
  let child: Child | undefined;
  const serviceIds: string[] = [];

  afterAll(() => cleanUpChild(child, serviceIds, name, root));

  it('re-adopts every running container with zero restarts, finishes the rollout, decrypts its secrets', async () => {
    fs.mkdirSync(dataDir);
    child = await startChild(dataDir, TOKEN, ENV);
    await childCall(
      child,
      `mutation($v: String!) { createSecret(environment: "default", name: "${secret}", value: $v) { name } }`,
      {
        v: secretValue,
      },
    );
    const sideId = (
      await childCall<{ createService: { id: string } }>(
        child,
        `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`,
        {
          s: {
            name: side,
            image: 'local/busybox:1',
            command: ['sleep', '3600'],
            replicas: 1,
            stopTimeoutSec: 1,
            labels: [{ key: 'test', value: name }],
            secrets: [{ name: secret, target: 'db' }],
          },
        },
      )
    ).createService.id;
    serviceIds.push(sideId);
    const replicas = 4;
    const spec = (image: string) =>
      webapp(name, image, replicas, { update: { parallelism: 1, monitorMs: 1000, failureAction: 'PAUSE' } });
    const webId = (
      await childCall<{ createService: { id: string } }>(
        child,
        `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`,
        {
          s: spec('local/webapp:v1'),
        },
      )
    ).createService.id;
    serviceIds.push(webId);
    await waitFor(
      async () =>
        (await getService(child!, webId)).healthyReplicas === replicas &&
        (await getService(child!, sideId)).runningReplicas === 1,
      { timeoutMs: 90_000, what: 'both services up' },
    );

    // The backup is taken in the middle of a rolling update, while it keeps going.
    await childCall(
      child,
      `mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { id } }`,
      {
        id: webId,
        s: spec('local/webapp:v2'),
      },
    );
    await waitFor(
      async () => {
        const v = await getService(child!, webId);
        return v.rollout?.state === 'UPDATING' && v.rollout.updated >= 1 && v.rollout.updated < replicas - 1;
      },
      { timeoutMs: 60_000, intervalMs: 100, what: 'the rollout under way' },
    );
    const backup = (
      await childCall<{
        createBackup: { file: string; sha256: string; bytes: number; schemaVersion: number };
      }>(child, 'mutation { createBackup { file sha256 bytes schemaVersion } }')
    ).createBackup;
    expect(backup.sha256).toMatch(/^[0-9a-f]{64}$/);
    const midway = await getService(child, webId);
    expect(midway.rollout?.state).toBe('UPDATING');
    const listed = (await childCall<{ backups: { file: string }[] }>(child, '{ backups { file } }')).backups;
    expect(listed.map((b) => b.file)).toContain(backup.file);
    expect(
      (
        await childCall<{ verifyBackup: { schemaVersion: number } }>(
          child,
          `mutation { verifyBackup(file: "${backup.file}") { schemaVersion } }`,
        )
      ).verifyBackup.schemaVersion,
    ).toBe(backup.schemaVersion);

    // The rollout finishes after the snapshot: containers the snapshot never knew.
    await waitFor(
      async () => {
        const v = await getService(child!, webId);
        return v.rollout?.state === 'COMPLETED' && v.healthyReplicas === replicas;
      },
      { timeoutMs: 90_000, what: 'the rollout to complete' },
    );
    const before = await running(name);
    expect(before.size).toBe(replicas + 1);

    // The disaster: the control plane dies and its data directory is lost. The backup was copied off.
    fs.mkdirSync(safe);
    for (const f of [backup.file, `${backup.file}.sha256`])
      fs.copyFileSync(path.join(dataDir, 'control-backups', f), path.join(safe, f));
    child.proc.kill('SIGKILL');
    await child.exited;
    if (onPostgres) {
      // Restoring over a live store is refused: the database still has its tables.
      const r = restoreInto(path.join(safe, backup.file), dataDir);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/refused: the database \w+ is not empty/);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    dropStore(dataDir);

    // Refusals first: each leaves its target untouched.
    const snapshot = path.join(safe, backup.file);
    const corrupt = path.join(root, 'corrupt.tar');
    const bytes = fs.readFileSync(snapshot);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    fs.writeFileSync(corrupt, bytes);
    const target = path.join(root, 'refused');
    /** Nothing was restored into the target's store. */
    const untouched = () =>
      onPostgres
        ? expect(storeTables(target)).toEqual([])
        : expect(fs.existsSync(path.join(target, 'stevedore.db'))).toBe(false);
    let r = restoreInto(corrupt, target);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/refused: .*(fails its checksum|not a readable snapshot)/);
    untouched();
    // The same damage with its (intact) .sha256 note beside it: the tar's own checksum catches it.
    fs.copyFileSync(`${snapshot}.sha256`, `${corrupt}.sha256`);
    fs.writeFileSync(
      `${corrupt}.sha256`,
      fs.readFileSync(`${snapshot}.sha256`, 'utf8').replace(backup.file, 'corrupt.tar'),
    );
    r = restoreInto(corrupt, target);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('checksum mismatch');
    untouched();
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, 'keep-me'), 'x');
    if (!onPostgres) {
      // (PostgreSQL's non-empty target, the live store's database, was refused above.)
      r = runServerCommand(['restore', snapshot, '--data-dir', target]);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toContain('is not empty');
      expect(fs.readdirSync(target)).toEqual(['keep-me']);
    }

    // The restore proper, into the (now absent) data directory, or the new empty database.
    r = restoreInto(snapshot, dataDir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`schema ${backup.schemaVersion}`);
    if (onPostgres) {
      expect(storeTables(dataDir)).toContain('services');
      // The data directory holds the server's log and files, never the store; it starts empty.
      fs.mkdirSync(dataDir, { recursive: true });
    }
    expect(fs.readdirSync(dataDir)).not.toContain('secret.key');

    child = await startChild(dataDir, TOKEN, ENV);
    const done = await waitFor(
      async () => {
        const v = await getService(child!, webId);
        return v.rollout?.state === 'COMPLETED' && v.healthyReplicas === replicas && v;
      },
      { timeoutMs: 90_000, what: 'the restored control plane to settle' },
    );
    expect(done.rollout).toMatchObject({ fromRevision: 1, toRevision: 2, isRollback: false });

    // Zero restarts: the very same containers, started at the very same time, none added.
    const after = await running(name);
    expect(new Map([...after].sort())).toEqual(new Map([...before].sort()));
    expect(await versions(webId)).toEqual(Array(replicas).fill('v2'));
    const active = done.tasks.filter((t) => t.desiredState === 'RUNNING' && t.state === 'RUNNING');
    expect(active).toHaveLength(replicas);
    expect(new Set(active.map((t) => t.containerId))).toEqual(
      new Set((await engineContainers(webId, { nodes: ['n1'], running: true })).map((c) => c.id)),
    );
    // Nothing of the test's left stopped or duplicated on the engine.
    expect(
      (await docker('n1', 'ps', '-aq', '--filter', `label=test=${name}`)).split('\n').filter(Boolean),
    ).toHaveLength(replicas + 1);

    // The restored control plane still reads its secrets: a new replica gets the value.
    await childCall(child, `mutation($id: ID!) { scaleService(id: $id, replicas: 2) { id } }`, {
      id: sideId,
    });
    const fresh = await waitFor(
      async () => {
        const v = await getService(child!, sideId);
        return v.tasks.find((t) => t.state === 'RUNNING' && t.containerId && !before.has(t.containerId));
      },
      { timeoutMs: 60_000, what: 'a second replica of the secret service' },
    );
    expect(await docker('n1', 'exec', fresh.containerId!, 'cat', '/run/secrets/db')).toBe(secretValue);
  }, 420_000);
});
