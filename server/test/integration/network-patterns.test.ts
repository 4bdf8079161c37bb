import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFleetNodes, removeServicesAndWait, sleeper } from './cluster-helpers.js';
import { lookup, replicas, sorted, stopTestResolver, waitForAnswer } from './dns-helpers.js';
import { fabricRoutes, rulesWith, pongListeners } from './fabric-helpers.js';
import { engineScript, fleet, startTestServer, uniq, waitFor, docker as fleetDocker } from './harness.js';
import type { TestServer } from './harness.js';
import { taggedWebapp } from './tagged-webapp.js';

const run = promisify(execFile);

/**
 * Issue #16 item 5, the seed's networking patterns across the real engines n1..n3 (n1 in the root
 * netns, n2/n3 in sdn2/sdn3) with busybox tools: leader-follower by name across nodes, a front end
 * on n2 reaching its back end on n3 by name through a v1 -> v2 rollout without a failed request,
 * names of an INTERNAL network, TASK.SLOT.SERVICE; then, on an extra engine n5 this file starts
 * and stops itself, an engine restart (the fabric puts its routes and rules back) and a lost node
 * (the names hold only the rescheduled replicas).
 *
 * The resolver serves on 10.214.2.1 (the root namespace's end of n2's link, reachable from every
 * node's containers through their default route), not on n1's bridge address as service-dns.test.ts
 * does, so that the two never fight over port 53 of one address.
 */
const DNS = '10.214.2.1';
const ENGINE_DIR = process.env.STEVEDORE_ENGINE_DIR ?? '/var/lib/stevedore/engines';
const N5 = 'n5';
const N5_ENDPOINT = `unix://${ENGINE_DIR}/${N5}/docker.sock`;
const hasFleet = () => ['n1', 'n2', 'n3'].every((n) => fleet().nodes[n]);

/** The docker CLI on a node of the fleet or on n5 (not in the fleet the global setup started). */
async function docker(node: string, ...args: string[]): Promise<string> {
  if (node !== N5) return fleetDocker(node, ...args);
  const { stdout } = await run('/usr/bin/docker', ['-H', N5_ENDPOINT, ...args], { timeout: 60_000 });
  return stdout.trim();
}

/** The container's address on a network (on n5 too). */
const ipOn = (node: string, container: string, network: string) =>
  docker(node, 'inspect', '-f', `{{(index .NetworkSettings.Networks "${network}").IPAddress}}`, container);

/** A shell command in a container; its output whether it succeeded or not. */
const sh = (node: string, container: string, script: string) =>
  docker(node, 'exec', container, 'sh', '-c', script).catch(
    (err: { stdout?: string }) => err.stdout?.trim() ?? '',
  );

/*
 * A positive answer is asked for again until it comes (bounded): on a loaded machine one busybox
 * nslookup or nc can time out. A negative one is asked once, beside a positive control.
 */
const answers = (node: string, container: string, name: string, want: string[]) =>
  waitForAnswer(node, container, name, () => want, `${name} from ${node}: ${want.join(', ')}`, 30_000);
const eventually = (node: string, container: string, script: string, want: string) =>
  waitFor(async () => (await sh(node, container, script)) === want && want, {
    timeoutMs: 30_000,
    intervalMs: 500,
    what: `${script} on ${node}: ${want}`,
  }).catch(async () => sh(node, container, script));

function toInt(a: string): number {
  return a.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}
const inCidr = (addr: string, cidr: string) => {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return toInt(addr) >= toInt(base!) && toInt(addr) < toInt(base!) + size;
};

describe.runIf(hasFleet())("the seed's network patterns across nodes (real engines)", () => {
  let s: TestServer;
  let nodes: string[] = [];
  const tag = uniq('npat');
  const netName = uniq('pnet');
  const internalName = uniq('pint');
  const networkIds: string[] = [];
  const services: string[] = [];
  const outside: net.Server[] = [];
  let port = 4620;
  const nextPort = () => port++;
  let installation = '';
  let n5Started = false;
  let n5Added = false;
  let n5Dir = false;

  const env = {
    STEVEDORE_DNS_LISTEN: DNS,
    STEVEDORE_DNS_UPSTREAM: '',
    STEVEDORE_RESYNC_INTERVAL_MS: '500',
    STEVEDORE_LOCAL_NODE_NAME: 'n1',
    STEVEDORE_NETWORK_FABRIC_INTERVAL_MS: '1000',
  };

  const create = async (spec: { name: string } & Record<string, unknown>) => {
    await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, { s: spec });
    services.push(spec.name);
    return spec.name;
  };
  const service = (name: string) =>
    s.ok<{
      service: { healthyReplicas: number; runningReplicas: number; rollout: { state: string } | null };
    }>(`{ service(id: "${name}") { healthyReplicas runningReplicas rollout { state } } }`);
  const healthy = (name: string, n: number) =>
    waitFor(
      async () => {
        const v = (await service(name)).service;
        return v.healthyReplicas === n && v.runningReplicas === n;
      },
      { timeoutMs: 120_000, what: `${name}: ${n} healthy replicas` },
    );
  /** The service's running replicas with their container and address on `network`. */
  const placed = async (name: string, network: string) =>
    Promise.all(
      (await replicas(s, name)).map(async (r) => {
        const container = (
          await docker(r.nodeName, 'ps', '-q', '--filter', `label=stevedore.task=${r.taskId}`)
        ).split('\n')[0]!;
        return { ...r, container, ip: container ? await ipOn(r.nodeName, container, network) : '' };
      }),
    );
  const on = async (name: string, network: string, node: string) => {
    const r = (await placed(name, network)).find((x) => x.nodeName === node && x.container);
    if (!r) throw new Error(`${name} has no running replica on ${node}`);
    return r;
  };

  beforeAll(async () => {
    s = await startTestServer(env);
    nodes = await addFleetNodes(s);
    for (const [name, driver] of [
      [netName, 'BRIDGE'],
      [internalName, 'INTERNAL'],
    ] as const) {
      const r = await s.ok<{ createNetwork: { id: string } }>(
        `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`,
        { i: { name, driver, labels: [{ key: 'test', value: tag }] } },
      );
      networkIds.push(r.createNetwork.id);
    }
  }, 120_000);

  afterAll(async () => {
    for (const srv of outside) srv.close();
    if (!s) return;
    const all = n5Added ? [...nodes, N5] : nodes;
    if (n5Added) {
      // n5 back (a killed engine), so that what this file made there goes the normal way.
      if (fs.existsSync(`${ENGINE_DIR}/${N5}`)) await engineScript('restart', N5).catch(() => undefined);
      await waitFor(async () => (await nodeStatus(N5)) === 'READY', {
        timeoutMs: 90_000,
        what: 'n5 READY for the cleanup',
      }).catch(() => undefined);
    }
    await removeServicesAndWait(s, services, tag, all).catch(() => undefined);
    if (n5Added) {
      await s.gql(`mutation { removeNode(id: "${N5}") { id } }`).catch(() => undefined);
      const left = (await docker(N5, 'ps', '-aq', '--filter', `label=test=${tag}`).catch(() => ''))
        .split('\n')
        .filter(Boolean);
      if (left.length) await docker(N5, 'rm', '-f', ...left).catch(() => undefined);
    }
    for (const id of networkIds) await s.gql(`mutation { removeNetwork(id: "${id}") { id } }`);
    // The fabric leaves n1..n3 once the networks are gone: no chain, route or helper of ours.
    if (installation)
      await waitFor(
        async () => {
          for (const node of nodes) {
            if ((await rulesWith(node, fabricChain())).length) return false;
            if (
              (await docker(
                node,
                'ps',
                '-aq',
                '--filter',
                `label=stevedore.installation=${installation}`,
              )) !== ''
            )
              return false;
          }
          return true;
        },
        { timeoutMs: 60_000, what: 'the fabric gone from n1..n3' },
      ).catch(() => undefined);
    await s.stop();
    await stopTestResolver(s);
    if (n5Started) {
      await engineScript('stop', N5).catch(() => undefined);
      // Its directory too (else `engine.sh start` without --nodes would start n1..n5 from then on),
      // after what a stopped dockerd can leave mounted there (a container's rootfs, its netns file).
      const dir = `${ENGINE_DIR}/${N5}`;
      if (!n5Dir) {
        const mounts = fs
          .readFileSync('/proc/mounts', 'utf8')
          .split('\n')
          .map((l) => l.split(' ')[1] ?? '')
          .filter((m) => m.startsWith(`${dir}/`));
        for (const m of mounts.reverse()) await run('umount', ['-l', m]).catch(() => undefined);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 300_000);

  const nodeStatus = async (n: string) =>
    (await s.ok<{ node: { status: string } }>(`query($id: ID!) { node(id: $id) { status } }`, { id: n })).node
      .status;
  const fabricChain = () => `STV-${installation.replace(/[^A-Za-z0-9]/g, '').slice(0, 20)}`;

  it('leader-follower: db-replica replicas on n2 and n3 reach db-primary on n1 by name', async () => {
    const primary = await create(
      sleeper('db-primary', tag, {
        command: ['nc', '-ll', '-p', '5432', '-e', 'echo', 'primary'],
        placement: { constraints: ['node.name == n1'] },
        networks: [netName],
      }),
    );
    // Healthy only while it reaches the primary by name (the connection a follower holds).
    const replica = await create(
      sleeper('db-replica', tag, {
        replicas: 2,
        placement: { constraints: ['node.name != n1'], maxReplicasPerNode: 1 },
        networks: [netName],
        healthCheck: {
          shell: 'timeout 3 nc db-primary 5432 </dev/null | grep -q primary',
          intervalMs: 500,
          timeoutMs: 4000,
          retries: 3,
        },
      }),
    );
    await healthy(primary, 1);
    await healthy(replica, 2);
    const p = await on(primary, netName, 'n1');
    installation = await docker(
      'n1',
      'inspect',
      '-f',
      '{{index .Config.Labels "stevedore.installation"}}',
      p.container,
    );
    const followers = await placed(replica, netName);
    expect(sorted(followers.map((f) => f.nodeName))).toEqual(['n2', 'n3']);
    for (const f of followers) {
      expect(await answers(f.nodeName, f.container, 'db-primary', [p.ip])).toEqual([p.ip]);
      expect(
        await eventually(f.nodeName, f.container, 'timeout 3 nc db-primary 5432 </dev/null', 'primary'),
      ).toBe('primary');
    }
    // The primary reaches each follower by its slot name (SLOT.SERVICE), across nodes too.
    for (const f of followers)
      expect(await answers('n1', p.container, `${f.slot}.db-replica`, [f.ip])).toEqual([f.ip]);
  });

  it('TASK.SLOT.SERVICE names one replica, by task id or a unique prefix of it, from any node', async () => {
    const followers = await placed('db-replica', netName);
    const p = await on('db-primary', netName, 'n1');
    for (const f of followers) {
      const other = followers.find((o) => o !== f)!;
      for (const from of [
        { node: 'n1', container: p.container },
        { node: other.nodeName, container: other.container },
      ]) {
        expect(await answers(from.node, from.container, `${f.taskId}.${f.slot}.db-replica`, [f.ip])).toEqual([
          f.ip,
        ]);
        expect(
          await answers(from.node, from.container, `${f.taskId.slice(0, 8)}.${f.slot}.db-replica`, [f.ip]),
        ).toEqual([f.ip]);
      }
      // A task under a slot that is not its own answers nothing.
      expect(await lookup('n1', p.container, `${f.taskId}.${other.slot}.db-replica`)).toEqual([]);
    }
  });

  it("an INTERNAL network's member resolves a peer by name across nodes, and still reaches nothing outside", async () => {
    const svc = await create(
      sleeper(uniq('ipeer'), tag, {
        mode: 'GLOBAL',
        networks: [internalName],
      }),
    );
    const bridged = await on('db-replica', netName, 'n2');
    await waitFor(async () => (await placed(svc, internalName)).filter((r) => r.container).length === 3, {
      timeoutMs: 90_000,
      what: `${svc} on n1, n2 and n3`,
    });
    const peers = await placed(svc, internalName);
    const at = (node: string) => peers.find((r) => r.nodeName === node)!;
    // Every member's name answers the same from every node (the resolver is outside the network).
    for (const from of ['n1', 'n2', 'n3'])
      expect(
        sorted(
          await answers(
            from,
            at(from).container,
            svc,
            peers.map((r) => r.ip),
          ),
        ),
      ).toEqual(sorted(peers.map((r) => r.ip)));
    // n2 -> n3 by name: the n3 member's node name, and a TCP connection to it.
    const listenPort = nextPort();
    await docker(
      'n3',
      'exec',
      '-d',
      at('n3').container,
      'sh',
      '-c',
      `timeout 60 nc -ll -p ${listenPort} -e echo pong`,
    );
    await new Promise((r) => setTimeout(r, 300));
    // A GLOBAL service's replicas are named by node (NODE.SERVICE, TASK.NODE.SERVICE).
    expect(await answers('n2', at('n2').container, `n3.${svc}`, [at('n3').ip])).toEqual([at('n3').ip]);
    const task = `${at('n3').taskId.slice(0, 8)}.n3.${svc}`;
    expect(await answers('n1', at('n1').container, task, [at('n3').ip])).toEqual([at('n3').ip]);
    expect(
      await eventually(
        'n2',
        at('n2').container,
        `timeout 4 nc n3.${svc} ${listenPort} </dev/null 2>&1`,
        'pong',
      ),
    ).toBe('pong');
    // Nothing outside: listeners on the resolver's own address (another port) and on n1's bridge.
    const targets = [
      { addr: DNS, port: nextPort() },
      { addr: '10.213.1.1', port: nextPort() },
    ];
    outside.push(...(await pongListeners(targets)));
    for (const t of targets) {
      // The listener answers a BRIDGE network's container...
      expect(
        await eventually('n2', bridged.container, `timeout 4 nc ${t.addr} ${t.port} </dev/null 2>&1`, 'pong'),
      ).toBe('pong');
      // ... and no INTERNAL one, on any node.
      for (const node of ['n1', 'n2', 'n3'])
        expect(
          await sh(node, at(node).container, `timeout 4 nc ${t.addr} ${t.port} </dev/null 2>&1`),
          `${node} -> ${t.addr}:${t.port}`,
        ).not.toBe('pong');
    }
  });

  it('a front end on n2 reaches its back end on n3 by name through a v1 -> v2 rollout, no request failing', async () => {
    const backend = await create(
      taggedWebapp(uniq('backend'), tag, {
        replicas: 2,
        ports: [],
        placement: { constraints: ['node.name == n3'] },
        networks: [netName],
        update: { parallelism: 1, monitorMs: 1000 },
      }),
    );
    const front = await create(
      sleeper(uniq('front'), tag, { placement: { constraints: ['node.name == n2'] }, networks: [netName] }),
    );
    await healthy(backend, 2);
    await healthy(front, 1);
    const fe = await on(front, netName, 'n2');
    // A bounded loop inside the front end: at most 4000 requests or 400 s, until /tmp/stop exists.
    const loop =
      `i=0; while [ $i -lt 4000 ] && [ ! -e /tmp/stop ]; do i=$((i+1)); ` +
      `if out=$(timeout 5 wget -q -O- http://${backend}:8080/version 2>&1); then echo "ok $out"; ` +
      `else echo "FAIL $out"; fi >> /tmp/requests; sleep 0.05; done; echo done >> /tmp/requests`;
    await docker('n2', 'exec', '-d', fe.container, 'timeout', '400', 'sh', '-c', loop);
    const lines = async () => (await sh('n2', fe.container, 'cat /tmp/requests')).split('\n').filter(Boolean);
    await waitFor(async () => (await lines()).length >= 20, {
      timeoutMs: 60_000,
      what: 'the loop under way',
    });
    const spec = taggedWebapp(backend, tag, {
      image: 'local/webapp:v2',
      replicas: 2,
      ports: [],
      placement: { constraints: ['node.name == n3'] },
      networks: [netName],
      update: { parallelism: 1, monitorMs: 1000 },
    });
    await s.ok(`mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { id } }`, {
      id: backend,
      s: spec,
    });
    await waitFor(async () => (await service(backend)).service.rollout?.state === 'COMPLETED', {
      timeoutMs: 180_000,
      what: 'the rollout to v2 completed',
    });
    const atDone = (await lines()).length;
    await waitFor(async () => (await lines()).length >= atDone + 20, {
      timeoutMs: 60_000,
      what: 'requests after the rollout',
    });
    await docker('n2', 'exec', fe.container, 'touch', '/tmp/stop');
    const all = await waitFor(async () => ((await lines()).includes('done') ? lines() : null), {
      timeoutMs: 30_000,
      what: 'the loop ended',
    });
    const answers = all.filter((l) => l !== 'done');
    const failures = answers.filter((l) => !/^ok v[12]$/.test(l));
    const count = (v: string) => answers.filter((l) => l === `ok ${v}`).length;
    console.log(
      `front end -> back end through the rollout: ${answers.length} requests, v1 ${count('v1')}, v2 ${count('v2')}, ${failures.length} failed`,
    );
    expect(failures, `${failures.length} of ${answers.length} requests failed`).toEqual([]);
    expect(count('v1')).toBeGreaterThan(0);
    expect(count('v2')).toBeGreaterThan(0);
    // Once the rollout completed, only v2 answers.
    expect(answers.slice(atDone).every((l) => l === 'ok v2')).toBe(true);
  }, 300_000);

  describe('with an extra engine n5', () => {
    let client = '';
    const pingSvc = uniq('ping');

    beforeAll(async () => {
      n5Dir = fs.existsSync(`${ENGINE_DIR}/${N5}`);
      const status = await engineScript('status');
      if (!new RegExp(`^${N5}\\s+\\d+\\s+running`, 'm').test(status)) {
        // Only n5 (`start --nodes 5` would start n4 too, which another test uses).
        await engineScript('restart', N5);
        n5Started = true;
      }
      await s.ok(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
        i: { name: N5, endpoint: N5_ENDPOINT, publishAddress: '10.214.5.2' },
      });
      n5Added = true;
      await create(sleeper(pingSvc, tag, { mode: 'GLOBAL', networks: [netName] }));
      await waitFor(async () => (await placed(pingSvc, netName)).filter((r) => r.container).length === 4, {
        timeoutMs: 120_000,
        what: `${pingSvc} on n1, n2, n3 and n5`,
      });
      client = (await on(pingSvc, netName, 'n2')).container;
    }, 300_000);

    /** A TCP answer from `to`'s container of `pingSvc` to `from`'s, by address ("" when none). */
    const probe = async (from: string, to: string) => {
      const target = await on(pingSvc, netName, to);
      const src = await on(pingSvc, netName, from);
      const p = nextPort();
      await docker(to, 'exec', '-d', target.container, 'sh', '-c', `timeout 8 nc -l -p ${p} -e echo pong`);
      await new Promise((r) => setTimeout(r, 300));
      return sh(from, src.container, `timeout 4 nc ${target.ip} ${p} </dev/null 2>&1`);
    };
    const reachable = (from: string, to: string) =>
      waitFor(async () => (await probe(from, to)) === 'pong', {
        timeoutMs: 90_000,
        intervalMs: 1000,
        what: `${from} -> ${to} by TCP`,
      });

    it('after an engine restarts on a fresh namespace, the fabric puts its routes and rules back', async () => {
      await reachable('n2', N5);
      await reachable(N5, 'n3');
      // Stopped with its namespace gone (routes, rules, bridges: all lost), then started again.
      await engineScript('stop', N5);
      await waitFor(async () => (await nodeStatus(N5)) === 'DOWN', { timeoutMs: 30_000, what: 'n5 DOWN' });
      await engineScript('restart', N5);
      await waitFor(async () => (await nodeStatus(N5)) === 'READY', { timeoutMs: 90_000, what: 'n5 READY' });
      await waitFor(
        async () => (await rulesWith(N5, fabricChain())).length >= 2 && (await fabricRoutes(N5)).length >= 3,
        { timeoutMs: 60_000, what: "n5's chains and routes back" },
      );
      await reachable('n2', N5);
      await reachable(N5, 'n3');
      await reachable('n1', N5);
    }, 300_000);

    it('after a node is lost, the name answers only the replicas rescheduled elsewhere', async () => {
      const svc = await create(
        taggedWebapp(uniq('moved'), tag, {
          replicas: 4,
          ports: [],
          placement: { maxReplicasPerNode: 2 },
          networks: [netName],
        }),
      );
      await healthy(svc, 4);
      const before = await placed(svc, netName);
      expect(sorted(before.map((r) => r.nodeName))).toEqual(['n1', 'n2', 'n3', N5]);
      const lost = before.find((r) => r.nodeName === N5)!;
      const all = before.map((r) => r.ip);
      expect(sorted(await answers('n2', client, svc, all))).toEqual(sorted(all));
      const n5Slice = (
        await s.ok<{ network: { nodes: { nodeName: string; slice: string }[] } }>(
          `{ network(id: "${networkIds[0]}") { nodes { nodeName slice } } }`,
        )
      ).network.nodes.find((n) => n.nodeName === N5)!.slice;
      expect(inCidr(lost.ip, n5Slice)).toBe(true);

      await engineScript('kill', N5);
      await waitFor(async () => (await nodeStatus(N5)) === 'DOWN', { timeoutMs: 30_000, what: 'n5 DOWN' });
      // The lost replica's container still runs in its shim on n5; the name must not hold it.
      const moved = await waitFor(
        async () => {
          const now = await placed(svc, netName);
          return now.length === 4 && now.every((r) => r.nodeName !== N5 && r.container) && now;
        },
        { timeoutMs: 90_000, what: `${svc}'s n5 replica rescheduled` },
      );
      await healthy(svc, 4);
      const want = sorted(moved.map((r) => r.ip));
      const answer = await waitFor(
        async () => {
          const a = await lookup('n2', client, svc);
          return JSON.stringify(sorted(a)) === JSON.stringify(want) && a;
        },
        { timeoutMs: 30_000, intervalMs: 200, what: 'the answer = the replicas on n1..n3' },
      );
      expect(answer.some((ip) => inCidr(ip, n5Slice))).toBe(false);
      expect(answer).not.toContain(lost.ip);
      // The rescheduled slot is in the answer, on a node still up.
      const replacement = moved.find((r) => r.slot === lost.slot)!;
      expect(replacement.nodeName).not.toBe(N5);
      expect(answer).toContain(replacement.ip);
      // Its slot name follows it too.
      expect(await answers('n2', client, `${lost.slot}.${svc}`, [replacement.ip])).toEqual([replacement.ip]);
      // And it answers by name from n2 to wherever it is now.
      expect(
        await eventually('n2', client, `timeout 5 wget -q -O- http://${lost.slot}.${svc}:8080/version`, 'v1'),
      ).toBe('v1');
    }, 300_000);
  });
});
