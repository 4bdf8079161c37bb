import { cidrContains, cidrText, formatIpv4, parseCidrLoose, parseIpv4, type Cidr } from './network.js';

/**
 * Cluster networks across nodes, the pure half (no I/O): how a network's subnet is cut into
 * per-node slices, and what each node needs so that the slices reach each other (routes, the
 * node's iptables rules) — flannel's host-gw, done by a helper container on each engine.
 *
 * Addressing: a network's subnet (e.g. 10.240.4.0/22) is the same on every node, as Docker sees
 * it (Subnet), but each node hands out addresses from its own slice only (IPRange, e.g.
 * 10.240.5.0/26 on the node holding slice 4), with its own gateway (the slice's first host).
 * A container so sees the whole network as on-link; the node's bridge answers ARP for the other
 * nodes' slices (proxy_arp) and routes them to the node holding each slice. The slice of a
 * replica's address names the node it runs on.
 */

/** Routes Stevedore adds carry this routing protocol number (ip route ... proto 211). */
export const FABRIC_ROUTE_PROTO = 211;

/** Slices per network: at least 16, at most /24 each, never smaller than /28. */
export function slicePrefix(network: Cidr): number {
  return Math.min(28, Math.max(24, network.prefix + 4));
}

export const sliceCount = (network: Cidr) => 2 ** (slicePrefix(network) - network.prefix);

export function sliceCidr(network: Cidr, index: number): Cidr {
  const prefix = slicePrefix(network);
  return { base: network.base + index * 2 ** (32 - prefix), prefix };
}

/** The gateway a node's bridge gets for its slice: the network's own gateway in the slice that holds it, else the slice's first host. */
export function sliceGateway(network: Cidr, index: number, networkGateway: string): string {
  const s = sliceCidr(network, index);
  const gw = parseIpv4(networkGateway);
  if (gw !== null && cidrContains(s, gw)) return networkGateway;
  return formatIpv4(s.base + 1);
}

/** The lowest slice index not in `taken`, or null when every slice is used. */
export function freeSlice(network: Cidr, taken: readonly number[]): number | null {
  const used = new Set(taken);
  for (let i = 0; i < sliceCount(network); i++) if (!used.has(i)) return i;
  return null;
}

/** One network as a node has it: its subnet, that node's slice and the bridge holding it. */
export interface LocalSlice {
  name: string;
  subnet: string;
  slice: string;
  /** The Linux bridge of the engine's network (br-<first 12 of its id>). */
  bridge: string;
  /** INTERNAL: nothing outside the subnet, the node itself included. */
  internal: boolean;
}

export interface Route {
  dst: string;
  via: string;
}

export interface NodePlan {
  /** Bridges that answer ARP for the other nodes' slices. */
  proxyArp: string[];
  routes: Route[];
  /** iptables-restore --noflush input: the installation's filter and nat chains, rebuilt whole. */
  restore: string;
}

/** The cluster resolver containers are given (control/dns): the one way out an INTERNAL network has. */
export interface Nameserver {
  address: string;
  port: number;
}

/** The chain jumped to from INPUT: what containers of INTERNAL networks may not send to the node itself. */
export const inputChain = (chain: string) => `${chain}-IN`;

/** A chain name of at most 28 characters, one per installation. */
export const fabricChain = (installationId: string) =>
  `STV-${installationId.replace(/[^A-Za-z0-9]/g, '').slice(0, 20)}`;

export const bridgeName = (engineNetworkId: string) => `br-${engineNetworkId.slice(0, 12)}`;

/**
 * What one node needs: for each local slice, proxy ARP on its bridge and, in the installation's
 * chains, (filter, jumped to from DOCKER-USER) a container of the network may only send from the
 * network's addresses, traffic inside the network passes (Docker would drop what arrives from
 * another node: it is not a published port), and (nat, jumped to from POSTROUTING before
 * Docker's MASQUERADE) traffic inside the network keeps its addresses. Routes send each remote
 * slice to its node. Anything not inside one network stays to Docker's own rules: isolation
 * between networks and INTERNAL's "no way out" are Docker's, unchanged, but for one hole when a
 * `nameserver` is given: an INTERNAL network's containers may ask the cluster resolver (its
 * address, its port, UDP and TCP, and the answers back), on this node (INPUT) or another
 * (forwarded, masqueraded as a BRIDGE network's queries are, so it answers wherever it is).
 */
export function nodePlan(
  chain: string,
  local: readonly LocalSlice[],
  remote: readonly Route[],
  nameserver: Nameserver | null = null,
): NodePlan {
  const comment = (name: string) => `-m comment --comment "stevedore ${name}"`;
  const filter: string[] = [];
  const input: string[] = [];
  const nat: string[] = [];
  for (const l of local) {
    // An INTERNAL network's one hole: the cluster resolver (first, before its drops).
    if (l.internal && nameserver)
      for (const proto of ['udp', 'tcp']) {
        const ask = `-s ${l.subnet} -d ${nameserver.address}/32 -p ${proto} --dport ${nameserver.port}`;
        const answer = `-s ${nameserver.address}/32 -d ${l.subnet} -p ${proto} --sport ${nameserver.port}`;
        input.push(`-A ${inputChain(chain)} -i ${l.bridge} ${ask} ${comment(`${l.name} dns`)} -j ACCEPT`);
        filter.push(`-A ${chain} -i ${l.bridge} ${ask} ${comment(`${l.name} dns`)} -j ACCEPT`);
        filter.push(
          `-A ${chain} -o ${l.bridge} ${answer} -m conntrack --ctstate ESTABLISHED ${comment(`${l.name} dns`)} -j ACCEPT`,
        );
        nat.push(`-A ${chain} ${ask} ! -o ${l.bridge} ${comment(`${l.name} dns`)} -j MASQUERADE`);
      }
    // Docker gives an INTERNAL network's containers a default route to the bridge: the node's own
    // addresses (INPUT, which Docker leaves open) would be a way out.
    if (l.internal)
      input.push(`-A ${inputChain(chain)} -i ${l.bridge} ! -d ${l.subnet} ${comment(l.name)} -j DROP`);
    filter.push(`-A ${chain} -i ${l.bridge} ! -s ${l.subnet} ${comment(l.name)} -j DROP`);
    filter.push(`-A ${chain} -s ${l.subnet} -d ${l.subnet} ${comment(l.name)} -j ACCEPT`);
    nat.push(`-A ${chain} -s ${l.subnet} -d ${l.subnet} ${comment(l.name)} -j ACCEPT`);
  }
  const restore = [
    '*filter',
    `:${chain} - [0:0]`,
    `:${inputChain(chain)} - [0:0]`,
    ...filter,
    ...input,
    'COMMIT',
    '*nat',
    `:${chain} - [0:0]`,
    ...nat,
    'COMMIT',
    '',
  ].join('\n');
  return { proxyArp: local.map((l) => l.bridge), routes: [...remote], restore };
}

/**
 * Of the fabric routes a node has (`ip -4 -o route show proto 211`), those to remove: not wanted by
 * this installation, and either inside one of its own networks (`own`: a slice of a node gone) or
 * inside no Stevedore network left on the node (`managed`, any installation: an orphan). Routes
 * inside another installation's network are left alone (subnets never overlap across installations).
 */
export function staleRoutes(
  present: readonly string[],
  wanted: readonly Route[],
  own: readonly string[],
  managed: readonly string[],
): string[] {
  const want = new Set(wanted.map((r) => r.dst));
  const cidrs = (xs: readonly string[]) =>
    xs.map((s) => parseCidrLoose(s)).filter((c): c is Cidr => c !== null);
  const mine = cidrs(own);
  const all = cidrs(managed);
  return present.filter((dst) => {
    if (want.has(dst)) return false;
    const c = parseCidrLoose(dst);
    if (!c) return false;
    return mine.some((s) => cidrContains(s, c.base)) || !all.some((s) => cidrContains(s, c.base));
  });
}

/** Parses `ip -4 -o route show proto 211` into destinations (CIDR text). */
export function parseRouteDsts(output: string): string[] {
  const out: string[] = [];
  for (const line of output.split('\n')) {
    const dst = line.trim().split(/\s+/)[0];
    if (!dst) continue;
    const c = parseCidrLoose(dst.includes('/') ? dst : `${dst}/32`);
    if (c) out.push(cidrText(c));
  }
  return out;
}

/** From `ip -4 -o route get ADDR`: the next hop ("via X"), or the address itself when on-link. */
export function nextHop(output: string, addr: string): string | null {
  if (!/\S/.test(output) || /unreachable|error|invalid/i.test(output)) return null;
  const via = /\svia\s+(\d+\.\d+\.\d+\.\d+)/.exec(output);
  return via ? via[1]! : addr;
}

/** From `ip -4 -o route get ADDR`: the source address the node uses ("src X"). */
export function routeSource(output: string): string | null {
  const src = /\ssrc\s+(\d+\.\d+\.\d+\.\d+)/.exec(output);
  return src ? src[1]! : null;
}

/** The address a node's published address gives for routing, when it is one (not loopback nor unspecified). */
export function routableAddress(publishAddress: string): string | null {
  const ip = parseIpv4(publishAddress);
  if (ip === null || ip === 0 || ip >>> 24 === 127) return null;
  return publishAddress;
}
