import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFleetNodes, removeServicesAndWait } from './cluster-helpers.js';
import { docker, fleet, startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import {
  fabricRoutes,
  inNodeNs,
  ipOn,
  pidOf,
  rulesWith,
  tcpProbe,
  udpRoundTrip,
  pongListeners,
} from './fabric-helpers.js';

/**
 * Issue #16 items 1 and 2 on the real engines n1..n3 (n1 in the root netns, n2/n3 in sdn2/sdn3,
 * the root namespace routing between them): a container reaches the containers of its cluster
 * networks on the other nodes by IP, TCP and UDP; not those of another network; an INTERNAL
 * network reaches its own members across nodes and nothing outside; removing a network or a
 * node leaves no route, rule or helper of the fabric behind.
 */
const hasFleet = () => ['n1', 'n2', 'n3'].every((n) => fleet().nodes[n]);

describe.runIf(hasFleet())('cluster networks across nodes (real engines)', () => {
  let s: TestServer;
  let nodes: string[] = [];
  const tag = uniq('xnet');
  const netA = uniq('xa');
  const netB = uniq('xb');
  const netI = uniq('xi');
  const svcA = uniq('sa');
  const svcB = uniq('sb');
  const svcI = uniq('si');
  const services = [svcA, svcB, svcI];
  const networkIds: Record<string, string> = {};
  const subnets: Record<string, string> = {};
  let installation = '';
  let chain = '';
  let removedNetworks = false;
  let removedN3 = false;
  const outside: net.Server[] = [];
  let port = 4610;
  const nextPort = () => port++;

  const global = (name: string, network: string) => ({
    name,
    image: 'local/busybox:1',
    command: ['sleep', '3600'],
    mode: 'GLOBAL',
    networks: [network],
    stopTimeoutSec: 1,
    labels: [{ key: 'test', value: tag }],
  });
  /** The service's running container on the node now (a replica replaced meanwhile is followed). */
  const cur = (svc: string, node: string) =>
    waitFor(
      async () =>
        (await docker(node, 'ps', '-q', '--filter', `label=stevedore.service.name=${svc}`)).split('\n')[0],
      { timeoutMs: 90_000, what: `${svc} running on ${node}` },
    );
  const at = async (svc: string, node: string) => ({ node, container: await cur(svc, node) });
  const ip = async (svc: string, node: string, network: string) => ipOn(node, await cur(svc, node), network);
  /** This installation's fabric helper containers on the node (ids, "" when none). */
  const helpersOn = (node: string) =>
    docker(
      node,
      'ps',
      '-aq',
      '--filter',
      'label=stevedore.kind=network-fabric',
      '--filter',
      `label=stevedore.installation=${installation}`,
    );

  beforeAll(async () => {
    s = await startTestServer({
      STEVEDORE_RESYNC_INTERVAL_MS: '500',
      STEVEDORE_LOCAL_NODE_NAME: 'n1',
      STEVEDORE_NETWORK_FABRIC_INTERVAL_MS: '1000',
    });
    nodes = await addFleetNodes(s);
    for (const [name, driver] of [
      [netA, 'BRIDGE'],
      [netB, 'BRIDGE'],
      [netI, 'INTERNAL'],
    ] as const) {
      const r = await s.ok<{ createNetwork: { id: string; subnet: string } }>(
        `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id subnet } }`,
        { i: { name, driver } },
      );
      networkIds[name] = r.createNetwork.id;
      subnets[name] = r.createNetwork.subnet;
    }
    for (const [svc, network] of [
      [svcA, netA],
      [svcB, netB],
      [svcI, netI],
    ] as const)
      await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
        s: global(svc, network),
      });
    for (const svc of services) for (const node of nodes) await cur(svc, node);
    installation = await docker(
      'n1',
      'inspect',
      '-f',
      '{{index .Config.Labels "stevedore.installation"}}',
      await cur(svcA, 'n1'),
    );
    chain = `STV-${installation.replace(/[^A-Za-z0-9]/g, '').slice(0, 20)}`;
    // Routes to every other node's slice of every network, on every node.
    await waitFor(
      async () => {
        for (const node of nodes) if ((await rulesWith(node, chain)).length < 2) return false;
        for (const node of nodes) {
          const routes = (await fabricRoutes(node)).join('\n');
          for (const name of [netA, netB, netI]) {
            const n = await s.ok<{ network: { nodes: { nodeName: string; slice: string | null }[] } }>(
              `{ network(id: "${networkIds[name]}") { nodes { nodeName slice } } }`,
            );
            for (const other of n.network.nodes)
              if (other.nodeName !== node && (!other.slice || !routes.includes(other.slice))) return false;
          }
        }
        return true;
      },
      { timeoutMs: 60_000, what: 'fabric routes and rules on every node' },
    );
  }, 240_000);

  afterAll(async () => {
    for (const srv of outside) srv.close();
    if (s) {
      await removeServicesAndWait(s, services, tag, nodes);
      if (!removedNetworks)
        for (const id of Object.values(networkIds))
          await s.gql(`mutation { removeNetwork(id: "${id}") { id } }`).catch(() => undefined);
      await s.stop();
    }
    // Whatever is left on the engines' namespaces, by marker: the chain, routes inside our subnets, the helper.
    for (const node of ['n1', 'n2', 'n3']) {
      if (chain) {
        const sh = [
          `while iptables -w -D DOCKER-USER -j ${chain} 2>/dev/null; do :; done`,
          `iptables -w -F ${chain} 2>/dev/null; iptables -w -X ${chain} 2>/dev/null`,
          `while iptables -w -t nat -D POSTROUTING -j ${chain} 2>/dev/null; do :; done`,
          `iptables -w -t nat -F ${chain} 2>/dev/null; iptables -w -t nat -X ${chain} 2>/dev/null`,
          `while iptables -w -D INPUT -j ${chain}-IN 2>/dev/null; do :; done`,
          `iptables -w -F ${chain}-IN 2>/dev/null; iptables -w -X ${chain}-IN 2>/dev/null; true`,
        ].join('\n');
        await inNodeNs(node, ['sh', '-c', sh]).catch(() => undefined);
      }
      for (const line of await fabricRoutes(node).catch(() => [] as string[])) {
        const dst = line.split(' ')[0]!;
        if (inside(dst, Object.values(subnets)))
          await inNodeNs(node, ['ip', 'route', 'del', dst, 'proto', '211']).catch(() => undefined);
      }
      if (installation) {
        const ids = (
          await docker(node, 'ps', '-aq', '--filter', `label=stevedore.installation=${installation}`).catch(
            () => '',
          )
        )
          .split('\n')
          .filter(Boolean);
        if (ids.length) await docker(node, 'rm', '-f', ...ids).catch(() => undefined);
        for (const name of [netA, netB, netI])
          await docker(node, 'network', 'rm', name).catch(() => undefined);
      }
    }
  }, 180_000);

  it('gives each node its own slice of the network, and containers addresses from it', async () => {
    const view = await s.ok<{
      network: { subnet: string; nodes: { nodeName: string; subnet: string; slice: string }[] };
    }>(`{ network(id: "${networkIds[netA]}") { subnet nodes { nodeName subnet slice } } }`);
    const slices = view.network.nodes.map((n) => n.slice);
    expect(new Set(slices).size).toBe(3);
    for (const n of view.network.nodes) {
      expect(n.subnet).toBe(view.network.subnet);
      expect(inside(await ip(svcA, n.nodeName, netA), [n.slice])).toBe(true);
    }
  });

  it('reaches containers of the same network across nodes by TCP, both ways (n1<->n2, n2<->n3)', async () => {
    for (const [from, to] of [
      ['n1', 'n2'],
      ['n2', 'n1'],
      ['n2', 'n3'],
      ['n3', 'n2'],
    ] as const)
      expect(
        await tcpProbe(await at(svcA, from), await at(svcA, to), await ip(svcA, to, netA), nextPort()),
        `${from} -> ${to}`,
      ).toBe('pong');
  });

  it("reaches them by UDP too, and the receiver sees the sender's own address (no NAT)", async () => {
    for (const [from, to] of [
      ['n1', 'n2'],
      ['n2', 'n3'],
      ['n3', 'n1'],
    ] as const) {
      const reply = await udpRoundTrip(
        await pidOf(from, await cur(svcA, from)),
        await pidOf(to, await cur(svcA, to)),
        await ip(svcA, to, netA),
        nextPort(),
      );
      expect(reply, `${from} -> ${to}`).toBe(`echo:ping@${await ip(svcA, from, netA)}`);
    }
  });

  it('keeps networks apart across nodes, both ways', async () => {
    // B on n2 -> A on n1, A on n1 -> B on n2, B on n3 -> A on n2, A on n3 -> B on n1: no answer.
    for (const [fromSvc, fromNode, toSvc, toNode, toNet] of [
      [svcB, 'n2', svcA, 'n1', netA],
      [svcA, 'n1', svcB, 'n2', netB],
      [svcB, 'n3', svcA, 'n2', netA],
      [svcA, 'n3', svcB, 'n1', netB],
    ] as const) {
      const target = await ip(toSvc, toNode, toNet);
      expect(
        await tcpProbe(await at(fromSvc, fromNode), await at(toSvc, toNode), target, nextPort()),
        `${fromSvc}@${fromNode} -> ${target}`,
      ).not.toBe('pong');
      const udp = await udpRoundTrip(
        await pidOf(fromNode, await cur(fromSvc, fromNode)),
        await pidOf(toNode, await cur(toSvc, toNode)),
        target,
        nextPort(),
      );
      expect(udp).toBe('timeout');
    }
    // The probe can succeed: the same target from its own network answers.
    expect(
      await tcpProbe(await at(svcB, 'n3'), await at(svcB, 'n1'), await ip(svcB, 'n1', netB), nextPort()),
    ).toBe('pong');
  });

  it('an INTERNAL network reaches its own members across nodes and nothing outside', async () => {
    expect(
      await tcpProbe(await at(svcI, 'n2'), await at(svcI, 'n3'), await ip(svcI, 'n3', netI), nextPort()),
    ).toBe('pong');
    expect(
      await tcpProbe(await at(svcI, 'n3'), await at(svcI, 'n1'), await ip(svcI, 'n1', netI), nextPort()),
    ).toBe('pong');
    // Listeners outside every container network: the root namespace's end of n2's link, n1's bridge.
    const targets = [
      { addr: '10.214.2.1', port: nextPort() },
      { addr: '10.213.1.1', port: nextPort() },
    ];
    outside.push(...(await pongListeners(targets)));
    for (const t of targets) {
      // A BRIDGE container gets there (the listener answers)...
      const bridged = await docker(
        'n2',
        'exec',
        await cur(svcA, 'n2'),
        'sh',
        '-c',
        `timeout 4 nc ${t.addr} ${t.port} </dev/null 2>&1 || true`,
      );
      expect(bridged.trim(), `A@n2 -> ${t.addr}`).toBe('pong');
      // ... an INTERNAL one, on any node, does not.
      for (const node of nodes) {
        const out = await docker(
          node,
          'exec',
          await cur(svcI, node),
          'sh',
          '-c',
          `timeout 4 nc ${t.addr} ${t.port} </dev/null 2>&1 || true`,
        );
        expect(out.trim(), `I@${node} -> ${t.addr}`).not.toBe('pong');
      }
    }
  });

  it('leaves a removed node clean: no helper, rule or route of ours there, and no route to it elsewhere', async () => {
    const n3slices: string[] = [];
    for (const name of [netA, netB, netI]) {
      const v = await s.ok<{ network: { nodes: { nodeName: string; slice: string }[] } }>(
        `{ network(id: "${networkIds[name]}") { nodes { nodeName slice } } }`,
      );
      n3slices.push(v.network.nodes.find((n) => n.nodeName === 'n3')!.slice);
    }
    // The node's replicas first (removeNode leaves containers running).
    await s.ok(`mutation($i: UpdateNodeInput!) { updateNode(id: "n3", input: $i) { id } }`, {
      i: { availability: 'DRAIN' },
    });
    await waitFor(async () => (await docker('n3', 'ps', '-q', '--filter', `label=test=${tag}`)) === '', {
      timeoutMs: 60_000,
      what: 'n3 drained',
    });
    await s.ok(`mutation { removeNode(id: "n3") { id } }`);
    removedN3 = true;
    nodes = nodes.filter((n) => n !== 'n3');
    expect(await rulesWith('n3', chain)).toEqual([]);
    expect(
      (await fabricRoutes('n3')).filter((r) => inside(r.split(' ')[0]!, Object.values(subnets))),
    ).toEqual([]);
    expect(await helpersOn('n3')).toBe('');
    expect(
      await docker('n3', 'network', 'ls', '-q', '--filter', `label=stevedore.installation=${installation}`),
    ).toBe('');
    await waitFor(
      async () => {
        for (const node of ['n1', 'n2']) {
          const routes = (await fabricRoutes(node)).join('\n');
          if (n3slices.some((sl) => routes.includes(sl))) return false;
        }
        return true;
      },
      { timeoutMs: 30_000, what: "n1 and n2 drop their routes to n3's slices" },
    );
    // n1 <-> n2 still work.
    expect(
      await tcpProbe(await at(svcA, 'n1'), await at(svcA, 'n2'), await ip(svcA, 'n2', netA), nextPort()),
    ).toBe('pong');
  }, 120_000);

  it('leaves nothing behind when the networks are removed', async () => {
    await removeServicesAndWait(s, services, tag, nodes);
    for (const id of Object.values(networkIds)) await s.ok(`mutation { removeNetwork(id: "${id}") { id } }`);
    removedNetworks = true;
    await waitFor(
      async () => {
        for (const node of ['n1', 'n2']) {
          if ((await rulesWith(node, chain)).length) return false;
          if ((await fabricRoutes(node)).some((r) => inside(r.split(' ')[0]!, Object.values(subnets))))
            return false;
          if (await helpersOn(node)) return false;
        }
        return true;
      },
      { timeoutMs: 30_000, what: 'no chain, route or helper left on n1 and n2' },
    );
    expect(removedN3).toBe(true);
  }, 120_000);
});

function toInt(a: string): number {
  return a.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** Whether the address (or CIDR's base) lies inside one of the CIDRs. */
function inside(addr: string, cidrs: readonly string[]): boolean {
  const ip = toInt(addr.split('/')[0]!);
  return cidrs.some((c) => {
    const [base, bits] = c.split('/');
    const size = 2 ** (32 - Number(bits));
    const b = toInt(base!);
    return ip >= b && ip < b + size;
  });
}
