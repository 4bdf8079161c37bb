import fs from 'node:fs';
import type { Logger } from '../logger.js';
import type { EventBus } from '../app/event-bus.js';
import { LABEL } from '../app/labels.js';
import type { NetworkManager } from '../app/networks.js';
import type { NodeService } from '../app/nodes.js';
import {
  FABRIC_ROUTE_PROTO,
  bridgeName,
  fabricChain,
  inputChain,
  nextHop,
  nodePlan,
  parseRouteDsts,
  routableAddress,
  routeSource,
  staleRoutes,
  type LocalSlice,
  type Nameserver,
  type Route,
} from '../domain/network-fabric.js';
import type { Network } from '../domain/network.js';
import type { Node } from '../domain/node.js';
import type { EngineDriver } from '../engine/engine.js';
import { EngineError } from '../engine/errors.js';
import { withTimeout } from '../engine/timeout.js';
import { CoalescedPass } from './coalesced-pass.js';

export const FABRIC_KIND = 'network-fabric';
/** The pid of the control plane whose fabric the helper is (the process that created it). */
export const OWNER_PID_LABEL = 'stevedore.fabric.owner-pid';
/**
 * Where that pid means something: the host's kernel boot id and the process's pid namespace. A pid
 * can be judged alive only from the same namespace on the same boot: a control plane in a
 * container (docker-compose.yml) sees none of the host's pids, and would take every other
 * control plane on the host for dead.
 */
export const OWNER_BOOT_LABEL = 'stevedore.fabric.owner-pid-space';

/** This process's pid space, "BOOT_ID pid:[INODE]" ('' where either is unreadable: then nothing is ever swept). */
export function bootId(): string {
  try {
    const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const pidns = fs.readlinkSync('/proc/self/ns/pid');
    return boot && pidns ? `${boot} ${pidns}` : '';
  } catch {
    return '';
  }
}

/** Whether the process is alive (signal 0: EPERM means it is, someone else's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The installations whose fabric helper on a node was made by a control plane that is dead: in
 * this pid space (same boot, same pid namespace) and its pid gone. Our own, unlabelled (older) and other hosts' helpers
 * are never dead by this measure: a live control plane's fabric is never touched.
 */
export function deadOwners(
  helpers: readonly { labels: Record<string, string> }[],
  own: { installationId: string; boot: string },
  isAlive: (pid: number) => boolean = alive,
): string[] {
  const dead = new Set<string>();
  for (const h of helpers) {
    const inst = h.labels[LABEL.installation];
    const pid = Number(h.labels[OWNER_PID_LABEL]);
    if (!inst || inst === own.installationId || !own.boot) continue;
    if (h.labels[OWNER_BOOT_LABEL] !== own.boot || !Number.isSafeInteger(pid) || pid <= 1) continue;
    if (!isAlive(pid)) dead.add(inst);
  }
  return [...dead];
}

export interface NetworkFabricOptions {
  installationId: string;
  /** Busybox (ip, nsenter, base64, sh): the helper container. */
  image: string;
  /** Periodic re-check (routes and rules put back after an engine restart or a manual flush). */
  intervalMs: number;
  engineTimeoutMs: number;
  /** The cluster resolver (when DNS is on): INTERNAL networks may reach it and nothing else outside. */
  nameserver?: Nameserver | null;
}

/** Any address: `ip route get` only looks the route up, nothing is sent. */
const PROBE_ADDRESS = '198.51.100.1';

/**
 * The node's own iptables (its binaries, the version its dockerd uses), from the host's root
 * mounted read-only at /host, run in the helper's network namespace: the node's.
 */
const IPT = 'ipt() { chroot /host iptables -w "$@"; }';

/**
 * Cluster networks across nodes, the engine half (the pure half and the why: domain/network-fabric.ts,
 * the addressing: app/networks.ts): reconciles, for every READY node of every cluster, what the
 * store wants — each cluster network present on the node with its slice, proxy ARP on its bridge,
 * a route to each other node's slice, the installation's iptables chains — through a privileged
 * helper container on the node's host network (`stevedore-fabric-<installation>`, busybox with
 * NET_ADMIN: ip, proxy_arp through the host's /proc, the node's own iptables through chroot into
 * the host's root mounted read-only at /host). Level-triggered and
 * idempotent: woken by network and node events, and every `intervalMs`. A node left with no network of
 * this installation loses the chains, the routes and the helper; so does a removed node
 * (`teardownNode`, called before the node is forgotten).
 */
export class NetworkFabric {
  private unsubscribe: (() => void) | null = null;
  private readonly pass: CoalescedPass;
  /** Nodes known to hold nothing of the fabric (skips a check per pass). */
  private readonly clean = new Set<string>();
  /** Nodes being removed: no pass touches them again. */
  private readonly gone = new Set<string>();
  private readonly chain: string;
  private readonly boot = bootId();

  constructor(
    private readonly networks: NetworkManager,
    private readonly nodes: NodeService,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly opts: NetworkFabricOptions,
  ) {
    this.chain = fabricChain(opts.installationId);
    this.pass = new CoalescedPass(() => this.reconcile(), {
      debounceMs: 0,
      intervalMs: opts.intervalMs,
      onError: (err) => this.log.warn({ err: (err as Error).message }, 'network fabric pass failed'),
    });
  }

  get helperName(): string {
    return `stevedore-fabric-${this.opts.installationId.replace(/[^A-Za-z0-9]/g, '').slice(0, 20)}`;
  }

  start(): void {
    this.unsubscribe = this.bus.subscribe((e) => {
      if (
        e.kind === 'network.created' ||
        e.kind === 'network.removed' ||
        e.kind === 'node.added' ||
        e.kind === 'node.up' ||
        e.kind === 'node.ready'
      )
        this.pass.soon();
    });
    this.pass.start();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.pass.stop();
  }

  /** One pass over every cluster. */
  async reconcile(): Promise<void> {
    const byCluster = new Map<string, Node[]>();
    for (const n of this.nodes.list()) {
      if (n.status !== 'READY' || this.gone.has(n.id)) continue;
      byCluster.set(n.clusterId, [...(byCluster.get(n.clusterId) ?? []), n]);
    }
    for (const [clusterId, nodes] of byCluster)
      await this.reconcileCluster(nodes, this.networks.list(clusterId));
    for (const nodes of byCluster.values())
      await Promise.all(nodes.map((node) => this.sweepDeadOwners(node)));
  }

  /**
   * Removes from the node the fabric of installations whose control plane died on this host
   * (killed, so it never tore down): their helper, chains and routes. Every pass; one list call
   * per node when there is nothing to sweep.
   */
  private async sweepDeadOwners(node: Node): Promise<void> {
    const d = this.nodes.driver(node);
    try {
      const helpers = await withTimeout(
        d.listContainers({ all: true, labels: [`${LABEL.kind}=${FABRIC_KIND}`] }),
        this.opts.engineTimeoutMs,
        'list timed out',
      );
      for (const inst of deadOwners(helpers, { installationId: this.opts.installationId, boot: this.boot })) {
        this.log.info({ node: node.name, installation: inst }, 'removing the fabric of a dead control plane');
        await this.teardown(node, d, false, inst);
      }
    } catch (err) {
      this.log.debug({ node: node.name, err: (err as Error).message }, 'fabric sweep failed');
    }
  }

  private async reconcileCluster(nodes: Node[], networks: Network[]): Promise<void> {
    const t = this.opts.engineTimeoutMs;
    // 1. Every network on every node (each gets its slice), and what each node holds.
    const held = new Map<string, LocalSlice[]>();
    await Promise.all(
      nodes.map(async (node) => {
        const local: LocalSlice[] = [];
        for (const n of networks) {
          try {
            await withTimeout(this.networks.ensureOnNode(node, n), t, 'network create timed out');
            const found = await withTimeout(
              this.nodes.driver(node).inspectNetwork(n.name),
              t,
              'inspect timed out',
            );
            const slice = this.networks.sliceOn(node, n);
            if (slice)
              local.push({
                name: n.name,
                subnet: n.subnet,
                slice,
                bridge: bridgeName(found.id),
                internal: n.driver === 'INTERNAL',
              });
          } catch (err) {
            this.log.warn(
              { node: node.name, network: n.name, err: (err as Error).message },
              'network not on node',
            );
          }
        }
        held.set(node.id, local);
      }),
    );
    // 2. A helper and an address on each node that holds a network.
    const helpers = new Map<string, string>();
    const addresses = new Map<string, string>();
    await Promise.all(
      nodes.map(async (node) => {
        const d = this.nodes.driver(node);
        try {
          if (!held.get(node.id)?.length) {
            if (!this.clean.has(node.id)) await this.teardown(node, d);
            return;
          }
          this.clean.delete(node.id);
          const id = await withTimeout(this.ensureHelper(d), t, 'helper start timed out');
          helpers.set(node.id, id);
          const address =
            routableAddress(node.publishAddress) ??
            routeSource((await this.sh(d, id, `ip -4 -o route get ${PROBE_ADDRESS}`)).output);
          if (address) addresses.set(node.id, address);
          else this.log.warn({ node: node.name }, 'no address found for the node: its slices are not routed');
        } catch (err) {
          this.log.warn({ node: node.name, err: (err as Error).message }, 'network fabric: node skipped');
        }
      }),
    );
    // 3. Routes to the other nodes' slices, the chains, proxy ARP.
    const slicesByNetwork = new Map(networks.map((n) => [n.id, this.networks.slices(n)]));
    await Promise.all(
      nodes.map(async (node) => {
        const id = helpers.get(node.id);
        if (!id || this.gone.has(node.id)) return;
        const d = this.nodes.driver(node);
        try {
          const peers = nodes.filter((m) => m.id !== node.id && addresses.has(m.id));
          const hops = await this.nextHops(
            d,
            id,
            peers.map((m) => addresses.get(m.id)!),
          );
          const routes: Route[] = [];
          for (const m of peers) {
            const via = hops.get(addresses.get(m.id)!);
            if (!via) continue;
            for (const n of networks) {
              const s = slicesByNetwork.get(n.id)?.get(m.id);
              if (s) routes.push({ dst: s, via });
            }
          }
          await this.apply(
            node,
            d,
            id,
            nodePlan(this.chain, held.get(node.id) ?? [], routes, this.opts.nameserver ?? null),
          );
        } catch (err) {
          this.log.warn({ node: node.name, err: (err as Error).message }, 'network fabric: applying failed');
        }
      }),
    );
  }

  private async nextHops(d: EngineDriver, id: string, addrs: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (!addrs.length) return out;
    const script = addrs.map((a) => `echo "@${a} $(ip -4 -o route get ${a} 2>&1)"`).join('\n');
    const res = await this.sh(d, id, script);
    for (const line of res.output.split('\n')) {
      const m = /^@(\S+) (.*)$/.exec(line);
      if (!m) continue;
      const hop = nextHop(m[2]!, m[1]!);
      if (hop) out.set(m[1]!, hop);
    }
    return out;
  }

  private async apply(node: Node, d: EngineDriver, id: string, plan: ReturnType<typeof nodePlan>) {
    const c = this.chain;
    const b64 = Buffer.from(plan.restore).toString('base64');
    const script = [
      'set -e',
      IPT,
      // The container's own /proc/sys is read-only; the host's proc writes this netns' settings.
      // (A bridge gone meanwhile, its network removed, is skipped: the next pass has it right.)
      // proxy_delay 0: the kernel answers a broadcast ARP request for a proxied address after a
      // random delay up to proxy_delay (default 80 = 0.8 s), so each container's first packet to
      // a replica on another node waited 0.4 s on average; with 0 it answers at once.
      ...plan.proxyArp.map(
        (br) =>
          `f=/host/proc/sys/net/ipv4/conf/${br}/proxy_arp; if [ -e $f ]; then echo 1 > $f; ` +
          `echo 0 > /host/proc/sys/net/ipv4/neigh/${br}/proxy_delay; fi`,
      ),
      `echo ${b64} | base64 -d | chroot /host iptables-restore -w --noflush`,
      `ipt -C DOCKER-USER -j ${c} 2>/dev/null || ipt -I DOCKER-USER 1 -j ${c}`,
      `ipt -C INPUT -j ${inputChain(c)} 2>/dev/null || ipt -I INPUT 1 -j ${inputChain(c)}`,
      // Before every MASQUERADE (Docker inserts a new network's at the top).
      `pos=$(ipt -t nat -S POSTROUTING | grep -n -- '-j ${c}$' | head -n1 | cut -d: -f1)`,
      `masq=$(ipt -t nat -S POSTROUTING | grep -n -- '-j MASQUERADE' | head -n1 | cut -d: -f1)`,
      `if [ -z "$pos" ] || { [ -n "$masq" ] && [ "$pos" -gt "$masq" ]; }; then`,
      `  while ipt -t nat -D POSTROUTING -j ${c} 2>/dev/null; do :; done`,
      `  ipt -t nat -I POSTROUTING 1 -j ${c}`,
      'fi',
      ...plan.routes.map((r) => `ip route replace ${r.dst} via ${r.via} proto ${FABRIC_ROUTE_PROTO}`),
      `echo @routes; ip -4 -o route show proto ${FABRIC_ROUTE_PROTO}`,
    ].join('\n');
    const res = await this.sh(d, id, script);
    if (res.exitCode !== 0) throw new Error(`fabric rules on ${node.name}: ${res.output.trim().slice(-400)}`);
    const present = parseRouteDsts(res.output.split('@routes\n')[1] ?? '');
    const { own, managed } = await this.managedSubnets(d);
    const stale = staleRoutes(present, plan.routes, own, managed);
    if (stale.length)
      await this.sh(d, id, stale.map((dst) => `ip route del ${dst} proto ${FABRIC_ROUTE_PROTO}`).join('\n'));
  }

  /** Subnets of the Stevedore networks on the node: this installation's, and every installation's. */
  private async managedSubnets(
    d: EngineDriver,
    installationId = this.opts.installationId,
  ): Promise<{ own: string[]; managed: string[] }> {
    const list = await withTimeout(
      d.listNetworks({ labels: [`${LABEL.managed}=true`] }),
      this.opts.engineTimeoutMs,
      'list timed out',
    );
    const subnets = (xs: typeof list) => xs.map((n) => n.subnet).filter((s): s is string => !!s);
    return {
      own: subnets(list.filter((n) => n.labels[LABEL.installation] === installationId)),
      managed: subnets(list),
    };
  }

  /**
   * Removes what the fabric of this installation put on the node: its chains, its routes, its
   * helper (and, when `networksToo`, this installation's networks no container uses). Idempotent.
   */
  async teardown(
    node: Node,
    d: EngineDriver,
    networksToo = false,
    installationId = this.opts.installationId,
  ): Promise<void> {
    const t = this.opts.engineTimeoutMs;
    const mine = installationId === this.opts.installationId;
    const helpers = await withTimeout(
      d.listContainers({
        all: true,
        labels: [`${LABEL.kind}=${FABRIC_KIND}`, `${LABEL.installation}=${installationId}`],
      }),
      t,
      'list timed out',
    );
    if (networksToo)
      for (const n of await withTimeout(
        d.listNetworks({ labels: [`${LABEL.installation}=${installationId}`] }),
        t,
        'list timed out',
      )) {
        await withTimeout(d.removeNetwork(n.id), t, 'remove timed out').catch((err: unknown) =>
          this.log.info(
            { node: node.name, network: n.name, err: (err as Error).message },
            'network left on the removed node',
          ),
        );
      }
    if (!helpers.length) {
      if (mine) this.clean.add(node.id);
      return;
    }
    // Another installation's (a dead control plane's) is run in its own helper, started if need be.
    const id = mine
      ? await withTimeout(this.ensureHelper(d), t, 'helper start timed out')
      : await this.started(d, helpers[0]!);
    const c = fabricChain(installationId);
    const res = await this.sh(
      d,
      id,
      [
        IPT,
        `while ipt -D DOCKER-USER -j ${c} 2>/dev/null; do :; done`,
        `ipt -F ${c} 2>/dev/null; ipt -X ${c} 2>/dev/null`,
        `while ipt -t nat -D POSTROUTING -j ${c} 2>/dev/null; do :; done`,
        `ipt -t nat -F ${c} 2>/dev/null; ipt -t nat -X ${c} 2>/dev/null`,
        `while ipt -D INPUT -j ${inputChain(c)} 2>/dev/null; do :; done`,
        `ipt -F ${inputChain(c)} 2>/dev/null; ipt -X ${inputChain(c)} 2>/dev/null`,
        `ip -4 -o route show proto ${FABRIC_ROUTE_PROTO}`,
      ].join('\n'),
    );
    const { own, managed } = await this.managedSubnets(d, installationId);
    const stale = staleRoutes(parseRouteDsts(res.output), [], own, managed);
    if (stale.length)
      await this.sh(d, id, stale.map((dst) => `ip route del ${dst} proto ${FABRIC_ROUTE_PROTO}`).join('\n'));
    for (const h of helpers)
      await withTimeout(d.removeContainer(h.id, { force: true }), t, 'remove timed out');
    if (mine) this.clean.add(node.id);
    this.log.info({ node: node.name, installation: installationId }, 'network fabric removed from node');
  }

  private async started(d: EngineDriver, helper: { id: string; state: string }): Promise<string> {
    if (helper.state !== 'running')
      await withTimeout(d.startContainer(helper.id), this.opts.engineTimeoutMs, 'helper start timed out');
    return helper.id;
  }

  /** The node removal hook: the fabric leaves the node before Stevedore forgets it. */
  async teardownNode(node: Node): Promise<void> {
    this.gone.add(node.id);
    // A pass in flight may still hold the node: it finishes first, the teardown comes last.
    await this.pass.idle();
    await this.teardown(node, this.nodes.driver(node), true);
    this.clean.delete(node.id);
  }

  private async ensureHelper(d: EngineDriver): Promise<string> {
    const found = await d.listContainers({
      all: true,
      labels: [`${LABEL.kind}=${FABRIC_KIND}`, `${LABEL.installation}=${this.opts.installationId}`],
    });
    // Ours only when this process made it (a restarted control plane makes its own: the labels
    // say whose it is, and a helper of a dead pid is what another control plane may sweep).
    const running = found.find(
      (c) => c.state === 'running' && c.labels[OWNER_PID_LABEL] === String(process.pid),
    );
    if (running) return running.id;
    for (const c of found) await d.removeContainer(c.id, { force: true });
    let id: string;
    try {
      id = await d.createContainer({
        name: this.helperName,
        image: this.opts.image,
        command: ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 3600 & wait $!; done'],
        env: { PATH: '/bin:/usr/sbin:/usr/bin:/sbin' },
        labels: {
          [LABEL.managed]: 'true',
          [LABEL.installation]: this.opts.installationId,
          [LABEL.kind]: FABRIC_KIND,
          [OWNER_PID_LABEL]: String(process.pid),
          [OWNER_BOOT_LABEL]: this.boot,
        },
        ports: [],
        mounts: [{ type: 'bind', source: '/', target: '/host', readOnly: true }],
        resources: { nanoCpus: 0, memoryBytes: 0, memoryReservationBytes: 0 },
        restartPolicy: { name: 'always', maximumRetryCount: 0 },
        networks: [],
        networkMode: 'host',
        // Not privileged (engines in containers may not grant every capability): NET_ADMIN is enough.
        capAdd: ['NET_ADMIN'],
        stopTimeoutSec: 1,
      });
    } catch (err) {
      if (!(err instanceof EngineError && err.kind === 'CONFLICT')) throw err;
      id = this.helperName; // created by a pass in flight elsewhere: the name finds it
    }
    await d.startContainer(id);
    return id;
  }

  private async sh(d: EngineDriver, id: string, script: string) {
    return withTimeout(
      d.exec(id, ['sh', '-c', script]),
      this.opts.engineTimeoutMs,
      'helper command timed out',
    );
  }
}
