import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fabricChain } from '../../src/domain/network-fabric.js';
import { FABRIC_KIND, OWNER_PID_LABEL } from '../../src/control/network-fabric.js';
import { freePort } from './cluster-helpers.js';
import { rulesWith } from './fabric-helpers.js';
import { spawnServer } from './child-server.js';
import { docker, startTestServer, uniq, waitFor, type TestServer } from './harness.js';

/*
 * Issue #16: a control plane killed (SIGKILL: no teardown) leaves its fabric on the engines (its
 * helper, chains, routes). Another control plane on the same host removes it, and never what a
 * live one has: the helpers carry their owner's pid and boot id. The dead one runs as a child
 * process (in-process test servers share the test's pid), on n1.
 */
const TOKEN = `sweep-admin-${Math.random().toString(36).slice(2)}`;

interface Helper {
  id: string;
  installation: string;
  pid: string;
}

/** The fabric helpers on n1 (every installation's). */
async function helpers(): Promise<Helper[]> {
  const ids = (await docker('n1', 'ps', '-aq', '--filter', `label=stevedore.kind=${FABRIC_KIND}`))
    .split('\n')
    .filter(Boolean);
  return Promise.all(
    ids.map(async (id) => {
      const [installation, pid] = (
        await docker(
          'n1',
          'inspect',
          '-f',
          `{{index .Config.Labels "stevedore.installation"}} {{index .Config.Labels "${OWNER_PID_LABEL}"}}`,
          id,
        )
      ).split(' ');
      return { id, installation: installation!, pid: pid ?? '' };
    }),
  );
}

describe('the fabric of a dead control plane is swept, a live one is left (real engines)', () => {
  const tag = uniq('sweep');
  const nets = { live: uniq('livenet'), dead: uniq('deadnet') };
  const servers: TestServer[] = [];
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    const live = servers[0];
    if (live) await live.gql(`mutation { removeNetwork(id: "${nets.live}") { id } }`);
    for (const s of servers.reverse()) await s.stop();
    // The dead one's network (its containers' networks are not the fabric's: an operator's).
    await docker('n1', 'network', 'rm', nets.dead).catch(() => undefined);
  });

  it("removes a killed control plane's helper and chains; a live one's stay", async () => {
    // A live control plane with a network on n1: its fabric helper and chain.
    const live = await startTestServer({ STEVEDORE_LOCAL_NODE_NAME: 'n1' });
    servers.push(live);
    await live.ok(`mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, {
      i: { name: nets.live, labels: [{ key: 'test', value: tag }] },
    });
    const liveHelper = await waitFor(
      async () => (await helpers()).find((h) => h.pid === String(process.pid)) ?? null,
      { timeoutMs: 60_000, what: "the live control plane's helper" },
    );
    // The one to be killed: its own process, data directory and installation.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-sweep-'));
    const port = await freePort();
    child = spawnServer(dataDir, port, TOKEN);
    const url = `http://127.0.0.1:${port}/graphql`;
    const call = async (query: string, variables?: Record<string, unknown>) => {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await r.json()) as { data?: unknown; errors?: unknown[] };
    };
    await waitFor(
      async () => {
        if (child!.exitCode !== null) throw new Error(`child exited: see ${dataDir}/server.log`);
        const r = await call(`mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, {
          i: { name: nets.dead, labels: [{ key: 'test', value: tag }] },
        }).catch(() => null);
        return r?.data ? true : null;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'the child control plane creating its network' },
    );
    const deadHelper = await waitFor(
      async () => (await helpers()).find((h) => h.pid === String(child!.pid)) ?? null,
      { timeoutMs: 60_000, what: "the child's helper" },
    );
    const deadChain = fabricChain(deadHelper.installation);
    const liveChain = fabricChain(liveHelper.installation);
    await waitFor(async () => (await rulesWith('n1', deadChain)).length > 0, {
      timeoutMs: 30_000,
      what: "the child's chains",
    });
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    // Killed: nothing torn down.
    expect((await helpers()).map((h) => h.id)).toContain(deadHelper.id);
    expect(await rulesWith('n1', deadChain)).not.toEqual([]);
    // Another control plane starts: the dead one's fabric goes, the live one's stays.
    const next = await startTestServer({ STEVEDORE_LOCAL_NODE_NAME: 'n1' });
    servers.push(next);
    await waitFor(
      async () =>
        !(await helpers()).some((h) => h.id === deadHelper.id) &&
        (await rulesWith('n1', deadChain)).length === 0,
      { timeoutMs: 60_000, what: "the dead control plane's helper and chains gone" },
    );
    expect((await helpers()).map((h) => h.id)).toContain(liveHelper.id);
    expect(await rulesWith('n1', liveChain)).not.toEqual([]);
    const liveNet = await live.ok<{ network: { name: string } | null }>(
      `{ network(id: "${nets.live}") { name } }`,
    );
    expect(liveNet.network?.name).toBe(nets.live);
  });
});
