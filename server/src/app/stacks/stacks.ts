import type { Service, ServiceSpec } from '../../domain/service.js';
import { diffSpecs } from '../../domain/spec-diff.js';
import { rollUpStatus, type StackStatus } from '../../domain/stack.js';
import { dependencyOrder } from '../../domain/dependency-order.js';
import type { NetworkDriver } from '../../domain/network.js';
import { DEFAULT_CLUSTER_ID } from '../../store/cluster.repo.js';
import type { StackMember, StackRecord, StackRepository } from '../../store/stack.repo.js';
import type { QuotaChange } from '../access/quotas.js';
import type { Admission } from '../admission.js';
import { AppError, notFound } from '../errors.js';
import type { EventBus } from '../event-bus.js';
import { LABEL } from '../labels.js';
import type { ServiceService, ServiceView } from '../services.js';
import { buildServiceSpec, type ServiceSpecInput } from '../service-spec.js';
import type {
  FieldChange,
  ParsedService,
  ParsedStack,
  ParseStackOptions,
  StackPlan,
  StackPlanItem,
  StackProblem,
  StackWarning,
} from './types.js';
import type { StackExport } from './compose-export.js';

/** A deploy as the API asks for it. */
export interface DeployStackRequest {
  name: string;
  compose: string;
  variables?: readonly { name: string; value: string }[] | null;
  /** Contents of the files the compose file names (env_file, secrets' file), by the path written. */
  envFiles?: readonly { path: string; content: string }[] | null;
  /** Image substitutions: an image the file names → the one to run instead. */
  images?: readonly { image: string; replaceWith: string }[] | null;
  dryRun?: boolean | null;
  removeOrphans?: boolean | null;
  clusterId?: string | null;
}

/** A deployed stack as the API shows it. */
export interface StackView {
  name: string;
  clusterId: string;
  services: ServiceView[];
  networks: string[];
  volumes: string[];
  secrets: string[];
  status: StackStatus;
  compose: string;
  variables: string[];
  warnings: StackWarning[];
  createdAt: Date;
  updatedAt: Date;
}

export interface DeployStackResult {
  plan: StackPlan;
  stack: StackView | null;
  applied: boolean;
}

/** What the stacks use cases read and write of the rest of the application. */
export interface StackDeps {
  repo: StackRepository;
  services: Pick<ServiceService, 'get' | 'list' | 'view' | 'create' | 'update' | 'remove' | 'pins'>;
  admission: Pick<Admission, 'service'>;
  networks: {
    get(
      ref: string,
      clusterId?: string,
    ):
      | { id: string; name: string; driver: NetworkDriver; subnet: string; labels: Record<string, string> }
      | undefined;
    create(
      input: {
        name: string;
        driver?: NetworkDriver | null;
        subnet?: string | null;
        gateway?: string | null;
        labels?: Record<string, string> | null;
      },
      clusterId?: string,
    ): Promise<unknown>;
    remove(ref: string): Promise<unknown>;
    usedBy(n: { name: string; clusterId: string }): readonly unknown[];
  };
  volumes: {
    /** Nodes holding a named volume, as recorded (the volume lives there). */
    holders(name: string): readonly { nodeId: string }[];
    remove(nodeRef: string, name: string): Promise<unknown>;
  };
  secrets: {
    get(envId: string, name: string): unknown;
    create(envId: string, name: string, value: string, actor: string): unknown;
    rotate(envId: string, name: string, value: string): unknown;
    reveal(envId: string, name: string): Buffer;
    remove(envId: string, name: string, clusterIds: string[]): unknown;
  };
  environments: { ofCluster(clusterId: string): string; clustersOf(envId: string): string[] };
  clusters: { get(ref: string): { id: string } | undefined };
  bus: EventBus;
  parse(text: string, opts: ParseStackOptions): ParsedStack;
  /** A compose file for a stack's members as stored (compose.ts toCompose). */
  toCompose(x: StackExport): string;
  /** How long a dependent waits for a dependency with condition service_healthy (default 120 s). */
  healthyWaitMs?: number;
  /** How long removing a network or volume waits for the containers that use it to go (default 60 s). */
  removeWaitMs?: number;
}

/** The plan and what carrying it out needs, computed before anything is touched. */
interface Planned {
  plan: StackPlan;
  createServices: ParsedService[];
  updateServices: { parsed: ParsedService; current: Service }[];
  orphanServices: Service[];
  createNetworks: ParsedStack['networks'];
  orphanNetworks: string[];
  createSecrets: { name: string; content: string }[];
  rotateSecrets: { name: string; content: string }[];
  orphanSecrets: string[];
  members: StackMember[];
}

const SERVICE_WAIT_STEP_MS = 250;

/**
 * Stacks (issue #18): a compose file deployed, diffed, updated and removed as one application.
 *
 * A deploy parses the file (compose.ts, pure), plans against what the stack has now (create;
 * update with the field diff of each service's spec; remove; unchanged), admits every service it
 * creates or changes through the one admission pipeline (validation, policy, secrets, quota for
 * the stack as a whole, bind paths, networks) and only then, unless it is a dry run, creates the
 * networks and secrets, creates the services in depends_on order (waiting for a dependency's
 * health where the file says service_healthy), updates the changed ones through their normal
 * rolling update and, with removeOrphans, removes what left the file. Nothing here talks to an
 * engine but through the networks, volumes and services use cases.
 */
export class StackService {
  constructor(private readonly deps: StackDeps) {}

  /** The deploy or removal of each stack in progress: the next one of the same stack waits for it. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  /** One deploy or removal of a stack at a time (another stack's go on): each plans on what the last left. */
  private exclusive<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const before = this.inFlight.get(name) ?? Promise.resolve();
    const run = before.then(fn, fn);
    const settled = run.catch(() => undefined);
    this.inFlight.set(name, settled);
    void settled.then(() => {
      if (this.inFlight.get(name) === settled) this.inFlight.delete(name);
    });
    return run;
  }

  list(clusterId?: string): StackView[] {
    return this.deps.repo.list(clusterId).map((r) => this.view(r));
  }

  get(name: string): StackView | undefined {
    const r = this.deps.repo.get(name);
    return r && this.view(r);
  }

  require(name: string, field = 'name'): StackView {
    const v = this.get(name);
    if (!v) throw notFound('stack', name, field);
    return v;
  }

  /** The cluster of a stack, for the access guard (undefined: no such stack yet). */
  clusterOf(name: string): string | undefined {
    return this.deps.repo.get(name)?.clusterId;
  }

  /** A compose file for what the stack runs now: its services' stored specs, networks, volumes, secrets. */
  exportCompose(name: string): string {
    const r = this.deps.repo.get(name);
    if (!r) throw notFound('stack', name, 'name');
    const of = (kind: StackMember['kind']) => this.deps.repo.members(name).filter((m) => m.kind === kind);
    return this.deps.toCompose({
      stack: name,
      services: of('service').flatMap((m) => {
        const s = this.deps.services.get(m.name);
        return s ? [{ name: s.name, spec: this.withoutPins(s) }] : [];
      }),
      networks: of('network').map((m) => {
        const n = this.deps.networks.get(m.name, r.clusterId);
        return {
          name: m.name,
          driver: n?.driver ?? 'BRIDGE',
          subnet: n?.subnet ?? null,
          labels: withoutStack(n?.labels ?? {}),
          external: m.external,
        };
      }),
      volumes: of('volume').map((m) => ({ name: m.name, external: m.external })),
      secrets: of('secret').map((m) => ({ name: m.name, external: m.external })),
    });
  }

  /** The stored spec without the placement pins Stevedore added for its volumes (not the operator's). */
  private withoutPins(s: Service): ServiceSpec {
    const pins = new Set(this.deps.services.pins(s).map((p) => p.constraint));
    const spec = withoutStackLabel(s.spec);
    return {
      ...spec,
      placement: { ...spec.placement, constraints: spec.placement.constraints.filter((c) => !pins.has(c)) },
    };
  }

  private view(r: StackRecord): StackView {
    const members = this.deps.repo.members(r.name);
    const names = (kind: StackMember['kind']) => members.filter((m) => m.kind === kind).map((m) => m.name);
    const services = names('service')
      .map((n) => this.deps.services.get(n))
      .filter((s): s is Service => !!s)
      .map((s) => this.deps.services.view(s));
    return {
      name: r.name,
      clusterId: r.clusterId,
      services,
      networks: names('network'),
      volumes: names('volume'),
      secrets: names('secret'),
      status: rollUpStatus(services.map((s) => s.status)),
      compose: r.compose,
      variables: r.variables,
      warnings: r.warnings,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }

  deploy(req: DeployStackRequest, actor = 'anonymous'): Promise<DeployStackResult> {
    return this.exclusive(req.name, () => this.deployNow(req, actor));
  }

  remove(name: string, removeVolumes: boolean, actor = 'anonymous'): Promise<StackView> {
    return this.exclusive(name, () => this.removeNow(name, removeVolumes, actor));
  }

  private async deployNow(req: DeployStackRequest, actor: string): Promise<DeployStackResult> {
    const { repo, bus } = this.deps;
    // The name is checked by parseStack (compose.ts), with the rest of the file.
    const existing = repo.get(req.name);
    const clusterId = this.clusterFor(existing, req.clusterId);
    const env = this.deps.environments.ofCluster(clusterId);
    const parsed = this.deps.parse(req.compose, {
      stack: req.name,
      variables: pairs(req.variables, 'variables', (v) => [v.name, v.value]),
      envFiles: pairs(req.envFiles, 'envFiles', (f) => [f.path, f.content]),
      images: pairs(req.images, 'images', (i) => [i.image, i.replaceWith]),
    });
    // Every member carries the stack's label; the compose name (and the file's aliases) are DNS
    // names of the service on its networks, so `db` still resolves inside the stack.
    for (const s of parsed.services)
      s.input = {
        ...s.input,
        labels: [...(s.input.labels ?? []), { key: LABEL.stack, value: req.name }],
        aliases: s.aliases
          .map((a) => ({ network: a.network, aliases: a.aliases.filter((x) => x !== s.name) }))
          .filter((a) => a.aliases.length),
      };
    const planned = this.plan(req.name, clusterId, env, parsed, !!req.removeOrphans);
    await this.admit(req.name, clusterId, planned);
    if (req.dryRun)
      return { plan: planned.plan, stack: existing ? this.view(existing) : null, applied: false };

    const now = new Date();
    const record: StackRecord = {
      name: req.name,
      clusterId,
      compose: req.compose,
      variables: (req.variables ?? []).map((v) => v.name),
      warnings: parsed.warnings,
      createdBy: existing?.createdBy ?? actor,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    // Recorded first (what it had and what it is about to create), so a deploy that stops half
    // way leaves a stack that the next deploy or removeStack finds whole.
    repo.save(record, mergeMembers(repo.members(req.name), planned.members));
    await this.apply(req.name, clusterId, env, planned, !!req.removeOrphans, actor);
    const kept = req.removeOrphans ? planned.members : mergeMembers(planned.members, repo.members(req.name));
    repo.save(record, kept);
    const p = planned.plan;
    bus.publish({
      kind: 'stack.deployed',
      severity: 'INFO',
      message: `stack ${req.name} deployed by ${actor}: ${p.create.length} created, ${p.update.length} updated, ${req.removeOrphans ? p.remove.length : 0} removed, ${p.unchanged.length} unchanged${p.warnings.length ? `, ${p.warnings.length} warning(s)` : ''}`,
      clusterId,
      data: {
        stack: req.name,
        create: p.create.map(itemName),
        update: p.update.map(itemName),
        remove: req.removeOrphans ? p.remove.map(itemName) : [],
        unchanged: p.unchanged,
        warnings: p.warnings.length,
      },
    });
    return { plan: p, stack: this.view(repo.get(req.name)!), applied: true };
  }

  /**
   * Removes the stack's services, the networks and secrets it created and, with removeVolumes,
   * the named volumes it created (their data is gone). Networks and volumes are removed once the
   * containers using them are gone (bounded wait). External members are left alone.
   */
  private async removeNow(name: string, removeVolumes: boolean, actor: string): Promise<StackView> {
    const { repo, services, bus } = this.deps;
    const before = this.require(name);
    const members = repo.members(name).filter((m) => !m.external);
    const env = this.deps.environments.ofCluster(before.clusterId);
    for (const m of members.filter((x) => x.kind === 'service')) {
      if (services.get(m.name)) services.remove(m.name, actor);
      repo.removeMember(name, 'service', m.name);
    }
    const failures: string[] = [];
    for (const m of members.filter((x) => x.kind === 'network'))
      await this.removeMember(name, m, failures, () => this.removeNetwork(m.name, before.clusterId));
    for (const m of members.filter((x) => x.kind === 'secret'))
      await this.removeMember(name, m, failures, async () => {
        if (this.deps.secrets.get(env, m.name))
          this.deps.secrets.remove(env, m.name, this.deps.environments.clustersOf(env));
      });
    if (removeVolumes)
      for (const m of members.filter((x) => x.kind === 'volume'))
        await this.removeMember(name, m, failures, () => this.removeVolume(m.name));
    if (failures.length)
      throw new AppError(
        'CONFLICT',
        `stack ${name}: its services are removed, but ${failures.join('; ')}; call removeStack again`,
        { field: 'name' },
      );
    repo.delete(name);
    bus.publish({
      kind: 'stack.removed',
      severity: 'INFO',
      message: `stack ${name} removed by ${actor}: ${before.services.length} service(s), ${before.networks.length} network(s), ${before.secrets.length} secret(s)${removeVolumes ? `, ${before.volumes.length} volume(s)` : `; volumes kept: ${before.volumes.join(', ') || 'none'}`}`,
      clusterId: before.clusterId,
      data: {
        stack: name,
        services: before.services.map((s) => s.service.name),
        networks: before.networks,
        secrets: before.secrets,
        volumes: removeVolumes ? before.volumes : [],
        keptVolumes: removeVolumes ? [] : before.volumes,
      },
    });
    return before;
  }

  private async removeMember(
    stack: string,
    m: StackMember,
    failures: string[],
    fn: () => Promise<void>,
  ): Promise<void> {
    try {
      await fn();
      this.deps.repo.removeMember(stack, m.kind, m.name);
    } catch (err) {
      failures.push(`${m.kind} ${m.name} is not: ${(err as Error).message}`);
    }
  }

  // ------------------------------------------------------------------ planning

  private clusterFor(existing: StackRecord | undefined, asked: string | null | undefined): string {
    if (existing) {
      if (asked && (this.deps.clusters.get(asked)?.id ?? asked) !== existing.clusterId)
        throw new AppError(
          'BAD_USER_INPUT',
          `clusterId: stack ${existing.name} lives in cluster ${existing.clusterId}; a stack's cluster is fixed (remove it and deploy it again to move it)`,
          { field: 'clusterId' },
        );
      return existing.clusterId;
    }
    const ref = asked ?? DEFAULT_CLUSTER_ID;
    const id = this.deps.clusters.get(ref)?.id;
    if (!id) throw notFound('cluster', ref, 'clusterId');
    return id;
  }

  private plan(
    stack: string,
    clusterId: string,
    env: string,
    parsed: ParsedStack,
    removeOrphans: boolean,
  ): Planned {
    const { repo, services, networks, volumes, secrets } = this.deps;
    const problems: StackProblem[] = [];
    const conflicts: string[] = [];
    const plan: StackPlan = {
      create: [],
      update: [],
      remove: [],
      unchanged: [],
      warnings: [...parsed.warnings],
    };
    const out: Planned = {
      plan,
      createServices: [],
      updateServices: [],
      orphanServices: [],
      createNetworks: [],
      orphanNetworks: [],
      createSecrets: [],
      rotateSecrets: [],
      orphanSecrets: [],
      members: [],
    };
    type Named = { name: string; composeName: string; line: number };
    const member = (kind: StackMember['kind'], name: string, external = false) =>
      out.members.push({ kind, name, external });
    const create = (kind: StackMember['kind'], name: string) => plan.create.push({ kind, name, diff: [] });
    const unchanged = (kind: StackMember['kind'], name: string) => plan.unchanged.push(`${kind}:${name}`);
    /** `external: true`: used, never created or removed; it must exist. */
    const external = (kind: StackMember['kind'], m: Named, exists: boolean, missing: string) => {
      member(kind, m.name, true);
      if (!exists)
        problems.push({
          path: `${kind}s.${m.composeName}`,
          service: null,
          key: 'external',
          reason: `${kind} "${m.name}" is external and ${missing}`,
          line: m.line,
        });
    };
    /** True (and a conflict noted) when the name exists and is not this stack's. */
    const foreign = (kind: StackMember['kind'], name: string, takeUnowned = false) => {
      const owner = repo.ownerOf(kind, name);
      if (owner === stack || (takeUnowned && owner === undefined)) return false;
      conflicts.push(
        `${kind} "${name}" already exists and is not part of stack ${stack}${owner ? ` (it is stack ${owner}'s)` : ''}`,
      );
      return true;
    };

    for (const n of parsed.networks) {
      const found = networks.get(n.name, clusterId);
      if (n.external) {
        external('network', n, !!found, 'does not exist in the cluster: create it first (createNetwork)');
        continue;
      }
      member('network', n.name);
      if (!found) {
        out.createNetworks.push(n);
        create('network', n.name);
      } else if (!foreign('network', n.name)) {
        if (found.driver !== (n.internal ? 'INTERNAL' : 'BRIDGE'))
          plan.warnings.push({
            path: `networks.${n.composeName}.internal`,
            service: null,
            key: 'internal',
            message: `network ${n.name} is ${found.driver}: a network is not changed in place (remove the stack and deploy it again to change it)`,
            line: n.line,
          });
        unchanged('network', n.name);
      }
    }

    for (const v of parsed.volumes) {
      const recorded = volumes.holders(v.name).length > 0;
      if (v.external) {
        external('volume', v, recorded, 'Stevedore knows no node holding it: create it first (createVolume)');
        continue;
      }
      // A volume of this name that no stack owns (one a removeStack kept, or made by hand) is taken over.
      if (foreign('volume', v.name, true)) continue;
      member('volume', v.name);
      if (recorded) unchanged('volume', v.name);
      else create('volume', v.name);
    }

    for (const s of parsed.secrets) {
      const found = !!secrets.get(env, s.name);
      if (s.external) {
        external('secret', s, found, 'does not exist in the environment: create it first (createSecret)');
        continue;
      }
      if (s.content === null) {
        problems.push({
          path: `secrets.${s.composeName}${s.file ? '.file' : ''}`,
          service: null,
          key: s.file ? 'file' : s.composeName,
          reason: s.file
            ? `the content of "${s.file}" must be given with the call (envFiles, by that path): the server does not read the caller's files`
            : 'the secret has no content: give it a file (passed in envFiles) or make it external',
          line: s.line,
        });
        continue;
      }
      member('secret', s.name);
      if (!found) {
        out.createSecrets.push({ name: s.name, content: s.content });
        create('secret', s.name);
      } else if (foreign('secret', s.name)) continue;
      else if (secrets.reveal(env, s.name).toString('utf8') === s.content) unchanged('secret', s.name);
      else {
        out.rotateSecrets.push({ name: s.name, content: s.content });
        plan.update.push({
          kind: 'secret',
          name: s.name,
          diff: [{ field: 'value', from: '(the stored value)', to: '(a new value)' }],
        });
      }
    }

    for (const p of parsed.services) {
      member('service', p.name);
      const current = services.get(p.name);
      if (!current) {
        out.createServices.push(p);
        create('service', p.name);
        continue;
      }
      if (foreign('service', p.name)) continue;
      const diff = this.serviceDiff(current, p.input);
      if (diff === null || diff.length) {
        out.updateServices.push({ parsed: p, current });
        plan.update.push({ kind: 'service', name: p.name, diff: diff ?? [] });
      } else unchanged('service', p.name);
    }

    this.planOrphans(stack, out, removeOrphans);
    if (problems.length) throw refusal(problems);
    if (conflicts.length)
      throw new AppError('CONFLICT', `${conflicts.join('; ')}: rename it in the file or remove it first`, {
        field: 'compose',
      });
    // Dependencies first; a cycle is refused even when every service exists already.
    const creating = new Set(out.createServices.map((s) => s.name));
    out.createServices = startOrder(parsed.services).filter((s) => creating.has(s.name));
    return out;
  }

  /** What the stack had and the file no longer names: removed with removeOrphans (volumes never). */
  private planOrphans(stack: string, out: Planned, removeOrphans: boolean): void {
    const { plan } = out;
    const wanted = new Set(out.members.map((m) => `${m.kind}:${m.name}`));
    for (const m of this.deps.repo.members(stack)) {
      if (m.external || wanted.has(`${m.kind}:${m.name}`)) continue;
      if (m.kind === 'volume') {
        plan.warnings.push({
          path: `volumes.${m.name}`,
          service: null,
          key: 'volumes',
          message: `volume ${m.name} left the file: it is kept with its data (removeStack with removeVolumes removes it)`,
          line: null,
        });
        continue;
      }
      plan.remove.push({ kind: m.kind, name: m.name, diff: [] });
      if (m.kind === 'service') {
        const s = this.deps.services.get(m.name);
        if (s) out.orphanServices.push(s);
      } else if (m.kind === 'network') out.orphanNetworks.push(m.name);
      else out.orphanSecrets.push(m.name);
    }
    if (plan.remove.length && !removeOrphans)
      plan.warnings.push({
        path: '',
        service: null,
        key: 'removeOrphans',
        message: `${plan.remove.map(itemName).join(', ')} left the file and stay as they are: deploy with removeOrphans to remove them`,
        line: null,
      });
  }

  /**
   * The fields a redeploy changes in a service's spec: the stored spec (without the placement
   * pins Stevedore added for its volumes) against the spec the file makes. null: the file's
   * input does not make a valid spec (admission says why).
   */
  private serviceDiff(current: Service, input: ServiceSpecInput): FieldChange[] | null {
    const built = buildSpec(input);
    if (!built) return null;
    return diffSpecs(this.withoutPins(current), withoutStackLabel(built)).map((d) => ({
      field: d.path,
      from: d.from === null || d.from === undefined ? null : JSON.stringify(d.from),
      to: d.to === null || d.to === undefined ? null : JSON.stringify(d.to),
    }));
  }

  /**
   * Every service the deploy creates or changes through the admission of createService, in one
   * batch: the quota counts the stack whole, the networks and secrets it creates count as
   * existing. The first refusal names the service (compose path, line) and the key.
   */
  private async admit(stack: string, clusterId: string, planned: Planned): Promise<void> {
    const provided = {
      networks: planned.createNetworks.map((n) => n.name),
      secrets: planned.createSecrets.map((s) => s.name),
    };
    const earlier: QuotaChange[] = [];
    const batch = [
      ...planned.createServices.map((parsed) => ({ parsed, current: null as Service | null })),
      ...planned.updateServices,
    ];
    for (const { parsed: p, current } of batch) {
      try {
        const spec = await this.deps.admission.service({
          input: p.input,
          clusterId,
          before: current,
          provided,
          earlier,
        });
        earlier.push({ before: current, after: spec });
      } catch (err) {
        throw inService(stack, p, err);
      }
    }
  }

  // ------------------------------------------------------------------ applying

  private async apply(
    stack: string,
    clusterId: string,
    env: string,
    planned: Planned,
    removeOrphans: boolean,
    actor: string,
  ): Promise<void> {
    const { networks, secrets, services } = this.deps;
    for (const n of planned.createNetworks)
      await networks.create(
        {
          name: n.name,
          driver: n.internal ? 'INTERNAL' : 'BRIDGE',
          subnet: n.subnet,
          gateway: n.gateway,
          labels: { ...n.labels, [LABEL.stack]: stack },
        },
        clusterId,
      );
    for (const s of planned.createSecrets) secrets.create(env, s.name, s.content, actor);
    for (const s of planned.rotateSecrets) secrets.rotate(env, s.name, s.content);

    for (const p of planned.createServices) {
      for (const d of p.dependsOn.filter((x) => x.condition !== 'service_started'))
        await this.untilReady(d.service, d.condition, p.name);
      await services.create(p.input, actor, clusterId);
    }
    for (const u of planned.updateServices) await services.update(u.current.id, u.parsed.input, actor);

    if (!removeOrphans) return;
    for (const s of planned.orphanServices) services.remove(s.id, actor);
    const failures: string[] = [];
    for (const n of planned.orphanNetworks)
      await this.removeMember(stack, { kind: 'network', name: n, external: false }, failures, () =>
        this.removeNetwork(n, clusterId),
      );
    for (const n of planned.orphanSecrets)
      await this.removeMember(stack, { kind: 'secret', name: n, external: false }, failures, async () => {
        if (secrets.get(env, n)) secrets.remove(env, n, this.deps.environments.clustersOf(env));
      });
    if (failures.length)
      throw new AppError('CONFLICT', `stack ${stack} is deployed, but ${failures.join('; ')}`, {
        field: 'removeOrphans',
      });
  }

  /**
   * Waits (bounded) until `service` is HEALTHY (service_healthy) or has a task that exited 0
   * (service_completed_successfully), before `dependent` is created.
   */
  private async untilReady(service: string, condition: string, dependent: string): Promise<void> {
    const limit = this.deps.healthyWaitMs ?? 120_000;
    const deadline = Date.now() + limit;
    let status = 'absent';
    for (;;) {
      const s = this.deps.services.get(service);
      if (s) {
        const v = this.deps.services.view(s);
        status = v.status;
        if (condition === 'service_healthy' && v.status === 'HEALTHY') return;
        if (
          condition === 'service_completed_successfully' &&
          v.tasks.some((t) => t.state === 'COMPLETE' && t.exitCode === 0)
        )
          return;
        if (v.status === 'FAILED') break;
      }
      if (Date.now() >= deadline) break;
      await new Promise((r) => setTimeout(r, SERVICE_WAIT_STEP_MS));
    }
    const want = condition === 'service_healthy' ? 'healthy' : 'completed successfully';
    throw new AppError(
      'CONFLICT',
      `service ${service} did not become ${want} within ${Math.round(limit / 1000)} s (it is ${status}): ${dependent} depends on it (depends_on condition ${condition}) and was not created; the stack keeps what was created, deploy again once ${service} is ${want}`,
      { field: 'compose', service: dependent, dependsOn: service, status },
    );
  }

  /** A network, once no container is attached any more (they go soon after their service). */
  private removeNetwork(name: string, clusterId: string): Promise<void> {
    return this.retryWhileInUse(async () => {
      const n = this.deps.networks.get(name, clusterId);
      if (n) await this.deps.networks.remove(n.id);
    });
  }

  /** A named volume on every node holding it, once no container uses it. */
  private removeVolume(name: string): Promise<void> {
    return this.retryWhileInUse(async () => {
      for (const h of this.deps.volumes.holders(name)) await this.deps.volumes.remove(h.nodeId, name);
    });
  }

  /** Retries on CONFLICT (still in use) until the deadline; any other error at once. */
  private async retryWhileInUse(fn: () => Promise<void>): Promise<void> {
    const deadline = Date.now() + (this.deps.removeWaitMs ?? 60_000);
    for (;;) {
      try {
        return await fn();
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'CONFLICT' || Date.now() >= deadline) throw err;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

// ------------------------------------------------------------------ helpers

const itemName = (i: StackPlanItem) => `${i.kind}:${i.name}`;

/** The spec without the stack's own label (the file does not write it, every member has it). */
function withoutStackLabel(spec: ServiceSpec): ServiceSpec {
  return { ...spec, labels: withoutStack(spec.labels) };
}

const withoutStack = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).filter(([k]) => k !== LABEL.stack));

function buildSpec(input: ServiceSpecInput): ServiceSpec | null {
  const built = buildServiceSpec(input);
  return built.errors.length ? null : built.spec;
}

/** name/value pairs of the call as a record; the same name twice is refused. */
function pairs<T>(
  list: readonly T[] | null | undefined,
  field: string,
  kv: (x: T) => [string, string],
): Record<string, string> {
  const out: Record<string, string> = {};
  (list ?? []).forEach((x, i) => {
    const [k, v] = kv(x);
    if (Object.prototype.hasOwnProperty.call(out, k))
      throw new AppError('BAD_USER_INPUT', `${field}[${i}]: "${k}" is given twice`, {
        field: `${field}[${i}]`,
      });
    out[k] = v;
  });
  return out;
}

/** Members by kind and name: `a`'s, then `b`'s that `a` lacks. */
function mergeMembers(a: readonly StackMember[], b: readonly StackMember[]): StackMember[] {
  const seen = new Set(a.map((m) => `${m.kind}:${m.name}`));
  return [...a, ...b.filter((m) => !seen.has(`${m.kind}:${m.name}`))];
}

/** BAD_USER_INPUT naming each problem's line and compose path; the first in field, key and line. */
export function refusal(problems: readonly StackProblem[]): AppError {
  const first = problems[0]!;
  return new AppError(
    'BAD_USER_INPUT',
    problems.map((p) => `${p.line ? `line ${p.line}: ` : ''}${p.path || 'compose'}: ${p.reason}`).join('; '),
    { field: first.path || 'compose', key: first.key, line: first.line, service: first.service, problems },
  );
}

/**
 * A refusal of admission for one service of the stack, pointed at it: the compose path and line
 * of the service, the key at fault (the spec field, or the quota's resource) and the reason.
 */
function inService(stack: string, p: ParsedService, err: unknown): unknown {
  if (!(err instanceof AppError)) return err;
  const d = err.details;
  const specField = typeof d.field === 'string' ? d.field : null;
  const quota = Array.isArray(d.quota) ? (d.quota as { resource: string }[]) : null;
  const key = specField
    ? specField
        .replace(/\[\d+\]/g, '')
        .split('.')
        .pop()!
    : quota
      ? quota[0]!.resource === 'containers'
        ? 'replicas'
        : quota[0]!.resource === 'services'
          ? p.composeName
          : 'resources'
      : d.rule === 'policy' || typeof d.rule === 'string'
        ? String(d.rule)
        : p.composeName;
  const path = `services.${p.composeName}`;
  return new AppError(
    err.code,
    `line ${p.line}: ${path}: service ${p.name} of stack ${stack} is refused: ${err.message}`,
    {
      ...d,
      field: specField ? `${path}.${specField}` : path,
      specField,
      service: p.composeName,
      key,
      line: p.line,
    },
  );
}

/** Services to create, dependencies first (the file's order otherwise); a cycle is refused. */
export function startOrder(list: readonly ParsedService[]): ParsedService[] {
  const { order, cycles } = dependencyOrder(
    list,
    (s) => s.name,
    (s) => s.dependsOn.map((d) => d.service),
  );
  const byName = new Map(list.map((s) => [s.name, s]));
  if (cycles.length)
    throw refusal(
      cycles.map((c) => {
        const s = byName.get(c[0]!)!;
        const chain = c.map((n) => byName.get(n)!.composeName).join(' → ');
        return {
          path: `services.${s.composeName}.depends_on`,
          service: s.composeName,
          key: 'depends_on',
          reason: `depends_on makes a cycle (${chain}): no service could start first`,
          line: s.line,
        };
      }),
    );
  return order;
}
