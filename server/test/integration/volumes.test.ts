import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeServicesAndWait } from './cluster-helpers.js';
import { docker, startTestServer, uniq, waitFor, type TestServer } from './harness.js';

interface TaskView {
  id: string;
  state: string;
  nodeId: string | null;
  containerId: string | null;
}

describe('volumes on a real engine', () => {
  let s: TestServer;
  const tag = uniq('voltest');
  const vol = uniq('data');
  const restored = uniq('restored');
  const svc = uniq('keeper');
  const allowed = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-binds-'));
  let nodeId = '';

  const running = async () =>
    waitFor(
      async () => {
        const v = (
          await s.ok<{ service: { tasks: TaskView[] } }>(
            `{ service(id: "${svc}") { tasks { id state nodeId containerId } } }`,
          )
        ).service;
        return v.tasks.find((t) => t.state === 'RUNNING' && t.containerId);
      },
      { timeoutMs: 60_000, what: `${svc} running` },
    );

  beforeAll(async () => {
    s = await startTestServer({
      STEVEDORE_RESYNC_INTERVAL_MS: '500',
      STEVEDORE_LOCAL_NODE_NAME: 'n1',
      STEVEDORE_BIND_ALLOWED_PATHS: allowed,
    });
    nodeId = (await s.ok<{ node: { id: string } }>(`{ node(id: "n1") { id } }`)).node.id;
  });

  afterAll(async () => {
    if (!s) return;
    await removeServicesAndWait(s, [svc], tag, ['n1']);
    for (const name of [vol, restored])
      await s.gql(`mutation { removeVolume(node: "n1", name: "${name}", force: true) { name } }`);
    await s.stop();
    fs.rmSync(allowed, { recursive: true, force: true });
    fs.rmSync(s.dataDir, { recursive: true, force: true });
  });

  it('refuses bind mounts outside the allowed host paths, in service specs and container runs', async () => {
    const spec = {
      name: uniq('binder'),
      image: 'local/busybox:1',
      command: ['sleep', '60'],
      volumes: [{ type: 'BIND', source: '/etc', target: '/host-etc' }],
      labels: [{ key: 'test', value: tag }],
    };
    const r = await s.gql(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, { s: spec });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'volumes[0].source' });
    expect(r.errors?.[0]?.message).toContain('STEVEDORE_BIND_ALLOWED_PATHS');
    const run = await s.gql(`mutation($i: RunContainerInput!) { runContainer(input: $i) { id } }`, {
      i: {
        image: 'local/busybox:1',
        command: ['true'],
        volumes: [{ type: 'BIND', source: `${allowed}/../etc`, target: '/x' }],
      },
    });
    expect(run.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'volumes[0].source' });
    // Under an allowed path it passes the policy (validated only: not run here).
    const { buildServiceSpec } = await import('../../src/app/service-spec.js');
    const ok = s.app.core.volumes.checkBinds(
      buildServiceSpec({ ...spec, volumes: [{ type: 'BIND', source: `${allowed}/sub`, target: '/x' }] }).spec
        .mounts,
    );
    expect(ok).toEqual([]);
  });

  it('a volume keeps its data across a task replacement, and the service is pinned to its node', async () => {
    await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: {
        name: svc,
        image: 'local/busybox:1',
        command: [
          'sh',
          '-c',
          '[ -f /data/first ] || date +%s%N > /data/first; echo start >> /data/starts; exec sleep 3600',
        ],
        volumes: [{ source: vol, target: '/data' }],
        stopTimeoutSec: 1,
        labels: [{ key: 'test', value: tag }],
      },
    });
    const first = await running();
    const firstValue = await waitFor(
      async () => docker('n1', 'exec', first.containerId!, 'cat', '/data/first'),
      { what: 'first write' },
    );
    // Pinned: the spec gained a node.id constraint for the volume's node.
    const pinned = await waitFor(
      async () => {
        const v = (
          await s.ok<{ service: { spec: { placement: { constraints: string[] } } } }>(
            `{ service(id: "${svc}") { spec { placement { constraints } } } }`,
          )
        ).service;
        return v.spec.placement.constraints.includes(`node.id == ${first.nodeId}`) && v;
      },
      { what: 'service pinned to the volume node' },
    );
    expect(pinned).toBeTruthy();
    expect(first.nodeId).toBe(nodeId);

    const current = await running();
    await docker('n1', 'kill', current.containerId!);
    const replacement = await waitFor(
      async () => {
        const t = await running();
        return t.id !== current.id && t;
      },
      { timeoutMs: 60_000, what: 'replacement task' },
    );
    expect(replacement.nodeId).toBe(nodeId);
    expect(await docker('n1', 'exec', replacement.containerId!, 'cat', '/data/first')).toBe(firstValue);
    const starts = await waitFor(async () => {
      const out = await docker('n1', 'exec', replacement.containerId!, 'cat', '/data/starts');
      return out.split('\n').length >= 2 && out;
    });
    expect(starts.split('\n').length).toBeGreaterThanOrEqual(2);

    const v = (
      await s.ok<{
        volume: { recorded: boolean; managed: boolean; services: string[]; usedBy: { id: string }[] };
      }>(`{ volume(node: "n1", name: "${vol}") { recorded managed services usedBy { id } } }`)
    ).volume;
    expect(v).toMatchObject({ recorded: true, managed: true, services: [svc] });
    expect(v.usedBy.map((c) => c.id)).toContain(replacement.containerId);
    const removing = await s.gql(`mutation { removeVolume(node: "n1", name: "${vol}") { name } }`);
    expect(removing.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(removing.errors?.[0]?.message).toContain(`in use by service(s) ${svc}`);
  });

  it('a backup restored into a new volume holds the same files', async () => {
    const t = await running();
    await docker(
      'n1',
      'exec',
      t.containerId!,
      'sh',
      '-c',
      'mkdir -p /data/dir && echo hello > /data/dir/a.txt && head -c 300000 /dev/urandom > /data/big.bin',
    );
    const sums = await docker(
      'n1',
      'exec',
      t.containerId!,
      'sh',
      '-c',
      'cd /data && md5sum dir/a.txt big.bin first',
    );

    const b = (
      await s.ok<{ backupVolume: { file: string; path: string; bytes: number; sha256: string } }>(
        `mutation { backupVolume(node: "n1", name: "${vol}") { file path bytes sha256 } }`,
      )
    ).backupVolume;
    expect(b.bytes).toBeGreaterThan(300_000);
    expect(fs.statSync(b.path).size).toBe(b.bytes);
    const listing = execFileSync('tar', ['-tf', b.path], { encoding: 'utf8' });
    expect(listing).toContain('./dir/a.txt');
    expect(listing).toContain('./big.bin');

    const r = (
      await s.ok<{
        restoreVolume: { name: string; nodeName: string; labels: { key: string; value: string }[] };
      }>(
        `mutation { restoreVolume(node: "n1", file: "${b.file}", newName: "${restored}") { name nodeName labels { key value } } }`,
      )
    ).restoreVolume;
    expect(r).toMatchObject({ name: restored, nodeName: 'n1' });
    expect(r.labels).toContainEqual({ key: 'stevedore.restored-from', value: b.file });
    const restoredSums = await docker(
      'n1',
      'run',
      '--rm',
      '--label',
      `test=${tag}`,
      '-v',
      `${restored}:/v`,
      'local/busybox:1',
      'sh',
      '-c',
      'cd /v && md5sum dir/a.txt big.bin first',
    );
    expect(restoredSums).toBe(sums);

    const events = await s.ok<{ events: { items: { kind: string; data: Record<string, unknown> }[] } }>(
      `{ events(filter: { kinds: ["volume.backup.*", "volume.restore.*"] }, limit: 100) { items { kind data } } }`,
    );
    const kinds = new Set(events.events.items.map((e) => e.kind));
    for (const k of [
      'volume.backup.started',
      'volume.backup.progress',
      'volume.backup.completed',
      'volume.restore.started',
      'volume.restore.progress',
      'volume.restore.completed',
    ])
      expect(kinds).toContain(k);
    // No helper container is left behind.
    expect(
      await docker(
        'n1',
        'ps',
        '-aq',
        '--filter',
        'label=stevedore.kind=helper',
        '--filter',
        `label=stevedore.helper.volume=${vol}`,
      ),
    ).toBe('');

    const bad = await s.gql(
      `mutation { restoreVolume(node: "n1", file: "../../etc/passwd", newName: "${uniq('x')}") { name } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const taken = await s.gql(
      `mutation { restoreVolume(node: "n1", file: "${b.file}", newName: "${restored}") { name } }`,
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'newName' });
  });
});
