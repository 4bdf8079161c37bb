import { randomUUID } from 'node:crypto';
import { checkLabels, checkName } from '@stevedore/spec-rules';
import { clusterHealth, percentile, type ClusterHealth } from '../domain/cluster-health.js';
import type { Node } from '../domain/node.js';
import { DEFAULT_CLUSTER_ID, type Cluster } from '../store/cluster.repo.js';
import type { Store } from '../store/store.js';
import type { EnvironmentService } from './access/environments.js';
import { conflict, InputErrors, notFound } from './errors.js';
import type { EventBus } from './event-bus.js';

export { DEFAULT_CLUSTER_ID, type Cluster } from '../store/cluster.repo.js';

export interface ClusterInput {
  name?: string | null;
  region?: string | null;
  zone?: string | null;
  labels?: { key: string; value: string }[] | null;
  /** The environment it belongs to (create: default "default"; update: moves it). */
  environment?: string | null;
  /**
   * Create: makes a REMOTE cluster, another control plane reached at `url` with the API `token`
   * (and `ca`, the PEM its https certificate is signed by). Update (REMOTE only): the fields given
   * change; a new token rotates it.
   */
  remote?: { url?: string | null; token?: string | null; ca?: string | null } | null;
}

/** Seals member tokens at rest (SecretService: the secret key) and opens them for the client. */
export interface ClusterTokenBox {
  sealClusterToken(clusterId: string, token: string): string;
  openClusterToken(clusterId: string, box: string): string;
}

/** What the member heartbeat last saw of REMOTE clusters (app/federation/remote-members.ts). */
export interface RemoteClusterStatus {
  health(clusterId: string): ClusterHealth | undefined;
  latencyP50Ms(clusterId: string): number | null;
  resources(clusterId: string): RemoteResources | undefined;
}

/** A REMOTE cluster's room as its last ping reported it (the READY capacity of the member's own clusters). */
export interface RemoteResources {
  totalCpus: number;
  totalMemoryBytes: number;
  reservedCpus: number;
  reservedMemoryBytes: number;
  usedCpus: number | null;
  usedMemoryBytes: number | null;
}

/** How to reach a REMOTE cluster: for its member client only (the token never leaves app/). */
export interface RemoteCredentials {
  url: string;
  token: string;
  ca: string | null;
}

/** What a cluster holds that keeps it from being removed. */
export interface ClusterContents {
  networks(clusterId: string): readonly { name: string }[];
  stacks(clusterId: string): readonly { name: string }[];
}

/**
 * Clusters: groups of nodes that services are placed within, with where they are (region, zone,
 * labels: what federated placement selects on) and the environment they belong to. The default
 * cluster always exists. A cluster is removed only when empty, so no workload is orphaned by it.
 */
export class ClusterService {
  constructor(
    private readonly store: Store,
    private readonly environments?: EnvironmentService,
    private readonly contents?: ClusterContents,
    private readonly bus?: EventBus,
    private readonly tokens?: ClusterTokenBox,
  ) {}

  private remoteStatus?: RemoteClusterStatus;

  /** Connected by core.ts once the member pool exists (it reads credentials from here). */
  setRemoteStatus(status: RemoteClusterStatus): void {
    this.remoteStatus = status;
  }

  /** A REMOTE cluster's url, token (opened) and CA; undefined for a LOCAL one or without a token. */
  remoteCredentials(ref: string): RemoteCredentials | undefined {
    const c = this.store.clusters.get(ref);
    if (!c?.remote || !this.tokens) return undefined;
    const box = this.store.clusters.sealedToken(c.id);
    if (!box) return undefined;
    return { url: c.remote.url, token: this.tokens.openClusterToken(c.id, box), ca: c.remote.ca };
  }

  get(ref: string): Cluster | undefined {
    return this.store.clusters.get(ref);
  }

  require(ref: string, field = 'id'): Cluster {
    const c = this.store.clusters.get(ref);
    if (!c) throw notFound('cluster', ref, field);
    return c;
  }

  /** By ids, in one store query (unknown ids are left out). */
  getMany(ids: readonly string[]): Cluster[] {
    return this.store.clusters.getMany(ids);
  }

  list(): Cluster[] {
    return this.store.clusters.list();
  }

  /** HEALTHY, DEGRADED or UNREACHABLE, with the reason, from its nodes as the heartbeat sees them. */
  health(c: Cluster, nodes: readonly Node[] = this.store.nodes.list(c.id)): ClusterHealth {
    // A REMOTE cluster has no nodes here: its health is what the member heartbeat's pings saw.
    if (c.kind === 'REMOTE') {
      const h = this.remoteStatus?.health(c.id);
      return h ? { status: h.status, reason: h.reason } : { status: 'UNREACHABLE', reason: 'not pinged yet' };
    }
    return clusterHealth(nodes);
  }

  /** A REMOTE cluster's capacity, reservations and use, from the member heartbeat; undefined for LOCAL. */
  remoteResources(c: Cluster): RemoteResources | undefined {
    return c.kind === 'REMOTE' ? this.remoteStatus?.resources(c.id) : undefined;
  }

  /**
   * The median round trip from this control plane to the cluster's engines over the recent beats;
   * for a REMOTE cluster, to its API over the recent pings.
   */
  latencyP50Ms(
    nodes: readonly Node[],
    latencyOf: (nodeId: string) => readonly number[],
    c?: Cluster,
  ): number | null {
    if (c?.kind === 'REMOTE') return this.remoteStatus?.latencyP50Ms(c.id) ?? null;
    return percentile(
      nodes.flatMap((n) => latencyOf(n.id)),
      50,
    );
  }

  create(input: ClusterInput, actor = 'anonymous'): Cluster {
    const errors = new InputErrors();
    const name = input.name ?? '';
    const err = checkName(name);
    if (err) errors.add('name', err);
    const fields = this.checkPlace(input, errors);
    const remote = input.remote ? this.checkRemote(input.remote, errors, true) : null;
    const envRef = input.environment ?? 'default';
    const env = this.environments?.get(envRef);
    if (this.environments && !env) throw notFound('environment', envRef, 'environment');
    errors.throwIfAny();
    if (this.store.clusters.get(name)) throw conflict(`a cluster named "${name}" already exists`, 'name');
    const c: Cluster = {
      id: randomUUID(),
      name,
      region: fields.region ?? '',
      zone: fields.zone ?? '',
      labels: fields.labels ?? {},
      kind: remote ? 'REMOTE' : 'LOCAL',
      remote: remote ? { url: remote.url!, ca: remote.ca ?? null, hasToken: true } : null,
      createdAt: new Date(),
    };
    const sealed = remote ? this.sealToken(c.id, remote.token!) : null;
    this.store.tx(() => {
      this.store.clusters.insert(c, sealed);
      if (env) this.environments!.assignCluster(c.id, env.id);
    });
    this.publish(
      'cluster.created',
      `${c.kind === 'REMOTE' ? 'remote ' : ''}cluster ${c.name} created${c.region ? ` in ${c.region}` : ''}${c.remote ? ` at ${c.remote.url}` : ''} by ${actor}`,
      c,
    );
    return c;
  }

  /** Only the fields given change. */
  update(ref: string, input: ClusterInput, actor = 'anonymous'): Cluster {
    const cur = this.require(ref);
    const errors = new InputErrors();
    if (input.name != null) {
      const err = checkName(input.name);
      if (err) errors.add('name', err);
      else if (input.name !== cur.name && this.store.clusters.get(input.name))
        throw conflict(`a cluster named "${input.name}" already exists`, 'name');
      if (cur.id === DEFAULT_CLUSTER_ID && input.name !== cur.name)
        errors.add('name', 'the default cluster keeps its name');
    }
    const fields = this.checkPlace(input, errors);
    let remote: ReturnType<ClusterService['checkRemote']> | null = null;
    if (input.remote)
      if (cur.kind !== 'REMOTE')
        errors.add('remote', 'a LOCAL cluster cannot become REMOTE: create a REMOTE cluster instead');
      else remote = this.checkRemote(input.remote, errors, false);
    const env = input.environment != null ? this.environments?.get(input.environment) : undefined;
    if (input.environment != null && this.environments && !env)
      throw notFound('environment', input.environment, 'environment');
    errors.throwIfAny();
    const next: Cluster = {
      ...cur,
      name: input.name ?? cur.name,
      region: fields.region ?? cur.region,
      zone: fields.zone ?? cur.zone,
      labels: fields.labels ?? cur.labels,
      remote:
        cur.remote && remote
          ? {
              url: remote.url ?? cur.remote.url,
              ca: remote.ca === undefined ? cur.remote.ca : remote.ca,
              hasToken: cur.remote.hasToken || remote.token != null,
            }
          : cur.remote,
    };
    const sealed = remote?.token != null ? this.sealToken(cur.id, remote.token) : undefined;
    this.store.tx(() => {
      this.store.clusters.update(next, sealed);
      if (env) this.environments!.assignCluster(next.id, env.id);
    });
    this.publish(
      'cluster.updated',
      `cluster ${next.name} updated${sealed ? ' (API token rotated)' : ''} by ${actor}`,
      next,
    );
    return next;
  }

  /** Refused (CONFLICT, naming what is left) while it has nodes, services, networks or stacks. */
  remove(ref: string, actor = 'anonymous'): Cluster {
    const c = this.require(ref);
    if (c.id === DEFAULT_CLUSTER_ID) throw conflict('the default cluster cannot be removed', 'id');
    const left: string[] = [];
    const say = (what: string, names: readonly string[]) => {
      if (names.length)
        left.push(
          `${names.length} ${what}${names.length > 1 ? 's' : ''} (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', ...' : ''})`,
        );
    };
    say(
      'node',
      this.store.nodes.list(c.id).map((n) => n.name),
    );
    say(
      'service',
      this.store.services.list(c.id).map((s) => s.name),
    );
    say(
      'network',
      (this.contents?.networks(c.id) ?? []).map((n) => n.name),
    );
    say(
      'stack',
      (this.contents?.stacks(c.id) ?? []).map((s) => s.name),
    );
    if (left.length)
      throw conflict(`cluster ${c.name} is not empty: ${left.join(', ')}; move or remove them first`, 'id');
    this.store.tx(() => this.store.clusters.delete(c.id));
    this.publish('cluster.removed', `cluster ${c.name} removed by ${actor}`, c);
    return c;
  }

  /**
   * A REMOTE cluster's url (http or https, absolute), token and CA. On create url and token are
   * required; on update each is optional, and ca '' clears it (null returned as ca).
   */
  private checkRemote(
    r: NonNullable<ClusterInput['remote']>,
    errors: InputErrors,
    creating: boolean,
  ): { url?: string; token?: string; ca?: string | null } {
    const out: { url?: string; token?: string; ca?: string | null } = {};
    if (r.url != null) {
      let u: URL | null = null;
      try {
        u = new URL(r.url);
      } catch {
        u = null;
      }
      if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:'))
        errors.add('remote.url', 'must be an absolute http:// or https:// URL of the GraphQL API');
      else if (u.username || u.password)
        errors.add('remote.url', 'must not carry credentials: give the API token in remote.token');
      else out.url = u.toString();
    } else if (creating) errors.add('remote.url', 'is required for a REMOTE cluster');
    if (r.token != null) {
      if (!r.token.trim() || /\s/.test(r.token))
        errors.add('remote.token', 'must be an API token of the member (no spaces)');
      else out.token = r.token;
    } else if (creating) errors.add('remote.token', 'is required for a REMOTE cluster');
    if (r.ca != null) {
      if (r.ca === '') out.ca = null;
      else if (!/-----BEGIN CERTIFICATE-----/.test(r.ca))
        errors.add('remote.ca', 'must be PEM text (-----BEGIN CERTIFICATE-----)');
      else if (out.url && !out.url.startsWith('https:'))
        errors.add('remote.ca', 'applies to https:// URLs only');
      else out.ca = r.ca;
    }
    if (!this.tokens) errors.add('remote', 'member tokens cannot be stored here (no secret key)');
    return out;
  }

  private sealToken(clusterId: string, token: string): string {
    return this.tokens!.sealClusterToken(clusterId, token);
  }

  private checkPlace(input: ClusterInput, errors: InputErrors) {
    const out: { region?: string; zone?: string; labels?: Record<string, string> } = {};
    for (const k of ['region', 'zone'] as const) {
      const v = input[k];
      if (v == null) continue;
      const err = v === '' ? null : checkName(v);
      if (err) errors.add(k, err);
      else out[k] = v;
    }
    if (input.labels) {
      const l = checkLabels(input.labels, 'labels', []);
      for (const e of l.errors) errors.add(e.field, e.reason);
      out.labels = l.value;
    }
    return out;
  }

  private publish(kind: string, message: string, c: Cluster): void {
    this.bus?.publish({ kind, severity: 'INFO', message, clusterId: c.id });
  }
}
