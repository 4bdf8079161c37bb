import { isMap, LineCounter, parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import { diffSpecs } from '../../domain/spec-diff.js';
import { normalizePolicy, type EnvironmentPolicy } from '../../domain/auth/policy.js';
import { normalizeQuota, type Quota } from '../../domain/auth/quota.js';
import type { Service } from '../../domain/service.js';
import type { Store } from '../../store/store.js';
import { DEFAULT_CLUSTER_ID } from '../../store/cluster.repo.js';
import type { EnvironmentService } from '../access/environments.js';
import type { SecretService } from '../access/secrets.js';
import { AppError, badInput } from '../errors.js';
import type { NetworkManager } from '../networks.js';
import { buildServiceSpec, specToInput, type ServiceSpecInput } from '../service-spec.js';
import type { ServiceService } from '../services.js';
import type { VolumeManager } from '../volumes/volumes.js';

/**
 * Desired state as one YAML document (issue #17 item 5): environments with their quotas and
 * policies, networks, managed volumes, secret names (never values), and services with their
 * whole spec in the API's own input shape (`ServiceSpecInput`, so a service block can be sent to
 * createService as it is). It is what a fleet is meant to be, not what it is: no ids, tasks,
 * containers or history. Export it to keep a fleet in git or to recreate it elsewhere; import
 * it (dry run first) to apply it to another control plane through the same use cases, admission,
 * quotas and policies as the API.
 */
export const DOCUMENT_KIND = 'StevedoreDesiredState';
export const DOCUMENT_VERSION = 'stevedore/v1';

const named = z.string().min(1);
const documentSchema = z
  .object({
    apiVersion: z.literal(DOCUMENT_VERSION),
    kind: z.literal(DOCUMENT_KIND),
    exportedAt: z.string().optional(),
    environments: z
      .array(
        z
          .object({
            name: named,
            description: z.string().optional(),
            clusters: z.array(named).optional(),
            quota: z.record(z.number().nullable()).optional(),
            policy: z.record(z.unknown()).optional(),
          })
          .strict(),
      )
      .default([]),
    networks: z
      .array(
        z
          .object({
            name: named,
            cluster: named.default(DEFAULT_CLUSTER_ID),
            driver: z.enum(['BRIDGE', 'INTERNAL']).optional(),
            subnet: z.string().optional(),
            gateway: z.string().optional(),
            labels: z.record(z.string()).optional(),
          })
          .strict(),
      )
      .default([]),
    volumes: z
      .array(z.object({ name: named, node: named, labels: z.record(z.string()).optional() }).strict())
      .default([]),
    secrets: z.array(z.object({ name: named, environment: named }).strict()).default([]),
    services: z
      .array(z.object({ cluster: named.default(DEFAULT_CLUSTER_ID), spec: z.record(z.unknown()) }).strict())
      .default([]),
  })
  .strict();
type DesiredDocument = z.infer<typeof documentSchema>;

export type ChangeKind = 'ENVIRONMENT' | 'NETWORK' | 'VOLUME' | 'SECRET' | 'SERVICE';
/** CREATE and UPDATE are applied; MISSING (a secret to create by hand) and CONFLICT stop the import. */
export type ChangeAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'MISSING' | 'CONFLICT';

export interface DesiredChange {
  kind: ChangeKind;
  name: string;
  action: ChangeAction;
  /** The fields that differ (dotted paths), or the reason of a MISSING or CONFLICT. */
  details: string[];
}

export interface ImportResult {
  changes: DesiredChange[];
  /** False on a dry run, or when a MISSING or CONFLICT entry stopped it before any change. */
  applied: boolean;
}

export class DesiredStateService {
  constructor(
    private readonly store: Store,
    private readonly environments: EnvironmentService,
    private readonly secrets: SecretService,
    private readonly networks: NetworkManager,
    private readonly volumes: VolumeManager,
    private readonly services: ServiceService,
  ) {}

  /** The document, sorted by name in every list so that two exports of one fleet are the same text. */
  async export(now = new Date()): Promise<string> {
    const byName = <T extends { name: string }>(l: T[]) => l.sort((a, b) => a.name.localeCompare(b.name));
    const clusterName = (id: string) => this.store.clusters.get(id)?.name ?? id;
    const envs = this.environments.list();
    // Volumes made for an operator; not the per-task ones Stevedore makes itself (secret tmpfs).
    const volumes = (await this.volumes.list()).filter((v) => v.managed && !v.labels['stevedore.kind']);
    const doc = {
      apiVersion: DOCUMENT_VERSION,
      kind: DOCUMENT_KIND,
      exportedAt: now.toISOString(),
      environments: byName(
        envs.map((e) => ({
          name: e.name,
          ...(e.description ? { description: e.description } : {}),
          clusters: this.environments.clustersOf(e.id).map(clusterName).sort(),
          quota: e.quota,
          policy: e.policy,
        })),
      ),
      networks: byName(
        this.networks.list().map((n) => ({
          name: n.name,
          cluster: clusterName(n.clusterId),
          driver: n.driver,
          subnet: n.subnet,
          gateway: n.gateway,
          ...(Object.keys(n.labels).length ? { labels: n.labels } : {}),
        })),
      ),
      volumes: volumes
        .map((v) => ({ name: v.name, node: v.node.name, ...userLabels(v.labels) }))
        .sort((a, b) => `${a.node}/${a.name}`.localeCompare(`${b.node}/${b.name}`)),
      // Names only: a value never leaves the control plane, not even encrypted.
      secrets: envs
        .flatMap((e) => this.secrets.list(e.id).map((s) => ({ name: s.name, environment: e.name })))
        .sort((a, b) => `${a.environment}/${a.name}`.localeCompare(`${b.environment}/${b.name}`)),
      services: this.services
        .list()
        .map((s) => ({ cluster: clusterName(s.clusterId), spec: this.portableSpec(s) }))
        .sort((a, b) => a.spec.name.localeCompare(b.spec.name)),
    };
    return stringify(stripNulls(doc), { lineWidth: 0 });
  }

  /**
   * The spec as another control plane can take it. Node ids are this installation's: the pins a
   * volume put there are left out (the importer pins again where it creates the volume), and any
   * other `node.id == X` becomes `node.name == NAME`.
   */
  private portableSpec(s: Service): ServiceSpecInput {
    const input = specToInput(s.spec);
    const pins = new Set(this.volumes.pinsOf(s));
    const constraints = (input.placement?.constraints ?? [])
      .filter((c) => !pins.has(c))
      .map((c) => {
        const m = /^node\.id\s*==\s*(\S+)$/.exec(c);
        const node = m ? this.store.nodes.get(m[1]!) : undefined;
        return node ? `node.name==${node.name}` : c;
      });
    return input.placement ? { ...input, placement: { ...input.placement, constraints } } : input;
  }

  /**
   * Reads the document, plans it against this control plane, and (unless `dryRun`, and only when
   * nothing is MISSING or in CONFLICT) applies the plan: environments, then networks and volumes,
   * then services, each through its use case. Nothing is removed: what the document leaves out
   * stays (an import adds and updates; removing is a decision made one object at a time).
   */
  async import(text: string, opts: { dryRun: boolean; actor: string }): Promise<ImportResult> {
    const doc = parse(text);
    const changes: DesiredChange[] = [];
    const apply: (() => Promise<unknown> | unknown)[] = [];

    for (const e of doc.environments) {
      const cur = this.environments.get(e.name);
      const quota = normalizeQuota((e.quota ?? null) as Partial<Quota> | null);
      const policy = normalizePolicy((e.policy ?? null) as Partial<EnvironmentPolicy> | null);
      if (!cur) {
        const clusters = (e.clusters ?? []).filter((c) => c !== e.name);
        const missing = clusters.filter((c) => !this.store.clusters.get(c));
        if (missing.length) {
          changes.push(
            change('ENVIRONMENT', e.name, 'CONFLICT', [`clusters not here: ${missing.join(', ')}`]),
          );
          continue;
        }
        changes.push(change('ENVIRONMENT', e.name, 'CREATE', []));
        apply.push(() => {
          this.environments.create({
            name: e.name,
            description: e.description ?? null,
            clusterIds: clusters.length ? clusters.map((c) => this.store.clusters.get(c)!.id) : null,
          });
          this.environments.setQuota(e.name, quota);
          this.environments.setPolicy(e.name, policy);
        });
        continue;
      }
      const diff = [...diffSpecs(cur.quota, quota, 'quota'), ...diffSpecs(cur.policy, policy, 'policy')].map(
        (d) => d.path,
      );
      if (e.description !== undefined && e.description !== cur.description) diff.push('description');
      changes.push(change('ENVIRONMENT', e.name, diff.length ? 'UPDATE' : 'UNCHANGED', diff));
      if (diff.some((p) => p.startsWith('quota')))
        apply.push(() => this.environments.setQuota(e.name, quota));
      if (diff.some((p) => p.startsWith('policy')))
        apply.push(() => this.environments.setPolicy(e.name, policy));
    }

    for (const s of doc.secrets) {
      const env = this.environments.get(s.environment);
      const known = env ? this.secrets.get(env.id, s.name) : undefined;
      const planned = !env && doc.environments.some((e) => e.name === s.environment);
      changes.push(
        known
          ? change('SECRET', `${s.environment}/${s.name}`, 'UNCHANGED', [])
          : change('SECRET', `${s.environment}/${s.name}`, 'MISSING', [
              planned
                ? 'create it in the new environment after this import, then import again'
                : `create it first: createSecret(environment: "${s.environment}", name: "${s.name}", value: …)`,
            ]),
      );
    }

    for (const n of doc.networks) {
      const cluster = this.store.clusters.get(n.cluster);
      if (!cluster && !doc.environments.some((e) => e.name === n.cluster)) {
        changes.push(change('NETWORK', n.name, 'CONFLICT', [`cluster ${n.cluster} is not here`]));
        continue;
      }
      const cur = cluster ? this.networks.get(n.name, cluster.id) : undefined;
      if (!cur) {
        changes.push(change('NETWORK', n.name, 'CREATE', []));
        apply.push(() =>
          this.networks.create(
            {
              name: n.name,
              driver: n.driver ?? null,
              subnet: n.subnet ?? null,
              gateway: n.gateway ?? null,
              labels: n.labels ?? null,
            },
            this.store.clusters.get(n.cluster)!.id,
          ),
        );
        continue;
      }
      // A network's addressing is fixed once containers use it: a difference is reported, not applied.
      const differs = (['driver', 'subnet', 'gateway'] as const).filter(
        (k) => n[k] !== undefined && n[k] !== cur[k],
      );
      changes.push(
        differs.length
          ? change(
              'NETWORK',
              n.name,
              'CONFLICT',
              differs.map(
                (k) => `${k}: ${cur[k]} here, ${n[k]} in the document (networks are not changed in place)`,
              ),
            )
          : change('NETWORK', n.name, 'UNCHANGED', []),
      );
    }

    // The engines are asked for their volumes only when the document names some.
    const here = doc.volumes.length ? await this.volumes.list() : [];
    const nodes = this.store.nodes.list();
    for (const v of doc.volumes) {
      const node = nodes.find((x) => x.name === v.node || x.id === v.node);
      if (!node) {
        changes.push(change('VOLUME', `${v.node}/${v.name}`, 'CONFLICT', [`node ${v.node} is not here`]));
        continue;
      }
      const exists = here.some((x) => x.node.id === node.id && x.name === v.name);
      changes.push(change('VOLUME', `${v.node}/${v.name}`, exists ? 'UNCHANGED' : 'CREATE', []));
      if (!exists) apply.push(() => this.volumes.create(node.id, v.name, v.labels ?? {}));
    }

    doc.services.forEach((s, i) => {
      const input = s.spec as unknown as ServiceSpecInput;
      const { spec, errors } = buildServiceSpec(input);
      const name = typeof input.name === 'string' ? input.name : `services[${i}]`;
      if (errors.length) {
        changes.push(
          change(
            'SERVICE',
            name,
            'CONFLICT',
            errors.map((e) => `spec.${e.field}: ${e.reason}`),
          ),
        );
        return;
      }
      const cur = this.store.services.findByName(spec.name);
      if (
        !cur &&
        !this.store.clusters.get(s.cluster) &&
        !doc.environments.some((e) => e.name === s.cluster)
      ) {
        changes.push(change('SERVICE', spec.name, 'CONFLICT', [`cluster ${s.cluster} is not here`]));
        return;
      }
      if (!cur) {
        changes.push(change('SERVICE', spec.name, 'CREATE', []));
        apply.push(() =>
          this.services.create(input, opts.actor, this.store.clusters.get(s.cluster)?.id ?? s.cluster),
        );
        return;
      }
      // Compared as documents: this installation's volume pins and node ids are not in the text.
      const here = buildServiceSpec(this.portableSpec(cur)).spec;
      const diff = diffSpecs(here, spec).map((d) => d.path);
      changes.push(change('SERVICE', spec.name, diff.length ? 'UPDATE' : 'UNCHANGED', diff));
      const pins = this.volumes.pinsOf(cur);
      const withPins: ServiceSpecInput = pins.length
        ? {
            ...input,
            placement: {
              ...input.placement,
              constraints: [...new Set([...(input.placement?.constraints ?? []), ...pins])],
            },
          }
        : input;
      if (diff.length) apply.push(() => this.services.update(cur.id, withPins, opts.actor));
    });

    const blocked = changes.some((c) => c.action === 'MISSING' || c.action === 'CONFLICT');
    if (opts.dryRun || blocked) return { changes, applied: false };
    for (const step of apply) await step();
    return { changes, applied: true };
  }
}

const change = (kind: ChangeKind, name: string, action: ChangeAction, details: string[]): DesiredChange => ({
  kind,
  name,
  action,
  details,
});

/** Labels Stevedore set itself are not desired state: they are made again on create. */
function userLabels(labels: Record<string, string>): { labels?: Record<string, string> } {
  const own = Object.fromEntries(Object.entries(labels).filter(([k]) => !k.startsWith('stevedore.')));
  return Object.keys(own).length ? { labels: own } : {};
}

/** null and empty lists or maps left out: the document says what is set. */
function stripNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripNulls);
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === null || x === undefined) continue;
      out[k] = stripNulls(x);
    }
    return out;
  }
  return v;
}

/** YAML, then the document's shape; an error names the line and the path. */
function parse(text: string): DesiredDocument {
  if (text.length > 4 * 1024 * 1024) throw badInput('document', 'larger than 4 MiB');
  const lines = new LineCounter();
  const yaml = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (yaml.errors.length) {
    const e = yaml.errors[0]!;
    const { line } = lines.linePos(e.pos[0]);
    throw badInput('document', `line ${line}: ${e.message.split('\n')[0]}`, { line });
  }
  if (!isMap(yaml.contents)) throw badInput('document', 'must be a YAML mapping with apiVersion and kind');
  const r = documentSchema.safeParse(yaml.toJS());
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.join('.');
    const node = yaml.getIn(issue.path, true) as { range?: [number, number] } | undefined;
    const line = node?.range ? lines.linePos(node.range[0]).line : undefined;
    throw new AppError(
      'BAD_USER_INPUT',
      `document${where ? `.${where}` : ''}: ${issue.message}${line ? ` (line ${line})` : ''}`,
      {
        field: `document${where ? `.${where}` : ''}`,
        ...(line ? { line } : {}),
      },
    );
  }
  return r.data;
}
