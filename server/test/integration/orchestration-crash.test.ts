import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childCall, cleanUpChild, startChild as startChildServer, type Child } from './child-server.js';
import { docker, uniq, waitFor } from './harness.js';
import {
  engineContainers,
  SERVICE_FIELDS,
  versions,
  webapp,
  type ServiceView,
} from './orchestration-helpers.js';

/**
 * The control plane dies (SIGKILL) in the middle of a rolling update and is started again on the
 * same data directory: the rollout resumes from the store and the engines' labels, finishing with
 * exactly one container per replica, none orphaned, and the replicas already updated untouched.
 *
 * The server runs as a child process (it has to be killable) from the TypeScript sources, compiled
 * on load by SWC (orchestration-ts-loader.mjs), so the test needs no prior build and never tests a
 * stale dist/.
 */

/** The child's first admin token (STEVEDORE_AUTH is on by default); the same across restarts. */
const CHILD_TOKEN = `crash-admin-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

const startChild = (dataDir: string) => startChildServer(dataDir, CHILD_TOKEN);
const call = childCall;

const getService = async (child: Child, id: string) =>
  (
    await call<{ service: ServiceView }>(
      child,
      `query($id: ID!) { service(id: $id) { ${SERVICE_FIELDS} } }`,
      { id },
    )
  ).service;

async function startedAt(containerId: string): Promise<string> {
  return docker('n1', 'inspect', '--format', '{{.State.StartedAt}} {{.RestartCount}}', containerId);
}

describe('orchestration: control plane crash during a rollout', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-crash-'));
  const name = uniq('crash');
  let child: Child | undefined;
  let serviceId = '';

  afterAll(() => cleanUpChild(child, serviceId ? [serviceId] : [], name, dataDir));

  it('finishes the rollout after kill -9 and restart, with no duplicate, orphan or restarted container', async () => {
    child = await startChild(dataDir);
    const replicas = 5;
    const spec = (image: string) =>
      webapp(name, image, replicas, { update: { parallelism: 1, monitorMs: 1500, failureAction: 'PAUSE' } });
    serviceId = (
      await call<{ createService: { id: string } }>(
        child,
        `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`,
        {
          s: spec('local/webapp:v1'),
        },
      )
    ).createService.id;
    await waitFor(async () => (await getService(child!, serviceId)).healthyReplicas === replicas, {
      timeoutMs: 60_000,
      what: `${replicas} healthy v1 replicas`,
    });

    await call(
      child,
      `mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { id } }`,
      {
        id: serviceId,
        s: spec('local/webapp:v2'),
      },
    );
    // Kill once two replicas are through their monitor window on v2, with more to go.
    const mid = await waitFor(
      async () => {
        const v = await getService(child!, serviceId);
        return v.rollout?.state === 'UPDATING' && v.rollout.updated >= 2 && v.rollout.updated < replicas && v;
      },
      { timeoutMs: 60_000, intervalMs: 100, what: 'the rollout half way' },
    );
    const updated = mid.tasks.filter(
      (t) =>
        t.revision === 2 && t.state === 'RUNNING' && t.health === 'HEALTHY' && t.desiredState === 'RUNNING',
    );
    expect(updated.length).toBeGreaterThanOrEqual(2);
    const startedBefore = new Map(
      await Promise.all(updated.map(async (t) => [t.containerId!, await startedAt(t.containerId!)] as const)),
    );

    child.proc.kill('SIGKILL');
    await child.exited;
    expect(child.proc.signalCode).toBe('SIGKILL');

    child = await startChild(dataDir);
    const done = await waitFor(
      async () => {
        const v = await getService(child!, serviceId);
        return v.rollout?.state === 'COMPLETED' && v.healthyReplicas === replicas && v;
      },
      { timeoutMs: 90_000, what: 'the rollout to complete after the restart' },
    );
    expect(done.rollout).toMatchObject({ fromRevision: 1, toRevision: 2, isRollback: false, failed: 0 });

    // Replicas updated before the crash kept their tasks and containers, never restarted.
    for (const t of updated) {
      const now = done.tasks.find((x) => x.id === t.id);
      expect(now, `task ${t.id} still there`).toMatchObject({
        state: 'RUNNING',
        desiredState: 'RUNNING',
        containerId: t.containerId,
      });
      expect(await startedAt(t.containerId!)).toBe(startedBefore.get(t.containerId!));
    }

    // Exactly one running container per replica, each the container of an active task.
    const containers = await waitFor(
      async () => {
        const l = await engineContainers(serviceId, { nodes: ['n1'], strict: true });
        return l.length === replicas && l;
      },
      { timeoutMs: 30_000, what: `${replicas} containers` },
    );
    const active = done.tasks.filter((t) => t.desiredState === 'RUNNING' && t.state === 'RUNNING');
    expect(active).toHaveLength(replicas);
    expect(new Set(active.map((t) => t.slot)).size).toBe(replicas);
    expect(containers.every((c) => c.state === 'running' && c.revision === '2')).toBe(true);
    expect(new Set(containers.map((c) => c.id))).toEqual(new Set(active.map((t) => t.containerId)));
    expect(new Set(containers.map((c) => c.task))).toEqual(new Set(active.map((t) => t.id)));
    // Nothing else of this service on the engine, under any label combination.
    expect(
      (await docker('n1', 'ps', '-aq', '--filter', `label=test=${name}`)).split('\n').filter(Boolean),
    ).toHaveLength(replicas);
    expect(await versions(serviceId)).toEqual(Array(replicas).fill('v2'));
  }, 300_000);
});
