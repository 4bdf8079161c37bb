import type { FieldError } from '@stevedore/spec-rules';
import { routeConflict } from '../domain/ingress-routes.js';
import { parseTlsPem } from '../domain/ingress-tls.js';
import type { Service, ServiceSpec } from '../domain/service.js';
import { checkBindSources } from '../domain/volume.js';
import { specSecurity, type EnvironmentService } from './access/environments.js';
import type { QuotaChange, QuotaService } from './access/quotas.js';
import type { SecretService } from './access/secrets.js';
import type { NetworkManager } from './networks.js';
import { badInput, conflict, fieldErrors } from './errors.js';
import { checkAgainstClusters } from './federation/placement-spec.js';
import { buildServiceSpec, type ServiceSpecInput } from './service-spec.js';

/** What admission reads of the rest of the application: the parts of app/access and networks it uses. */
export interface AdmissionDeps {
  clusters: {
    get(id: string): unknown;
    /** Every cluster: what a federated placement (placement.clusters) may name. */
    list(): readonly { id: string; name: string; region: string; labels: Record<string, string> }[];
  };
  environments: Pick<EnvironmentService, 'ofCluster' | 'nameOf' | 'enforcePolicy'>;
  secrets: Pick<SecretService, 'get' | 'reveal'>;
  quotas: Pick<QuotaService, 'checkService'>;
  networks: Pick<NetworkManager, 'get'>;
  /** Every service (of every cluster: the ingress ports are the control plane's), for route conflicts. */
  services: { list(): readonly Pick<Service, 'id' | 'name' | 'spec'>[] };
  /** STEVEDORE_BIND_ALLOWED_PATHS. */
  bindAllowedPaths: readonly string[];
}

/** A spec a mutation asks for: the whole input (a patch already applied) and where it goes. */
export interface ServiceRequest {
  input: ServiceSpecInput;
  /** Errors found while making the input (a patch that does not apply), reported with the rest. */
  inputErrors?: readonly FieldError[];
  clusterId: string;
  /** The service before the change (null: a new one), for the quota's difference. */
  before: Service | null;
  /**
   * Networks and secrets created together with this spec (a stack is admitted whole before any
   * of its parts exists): they count as existing in steps 3 and 6.
   */
  provided?: { networks?: readonly string[]; secrets?: readonly string[] };
  /** Specs admitted before this one in the same batch (a stack's): the quota counts them as in use. */
  earlier?: readonly QuotaChange[];
}

/**
 * The one admission pipeline for service specs: createService, updateService, patchService and
 * every other change that writes a spec from input (ingress, autoscale) run it once, and only it:
 *
 * 1. validate and apply defaults: the pure rules of @stevedore/spec-rules through buildServiceSpec
 *    → BAD_USER_INPUT naming every field at fault (the dashboard runs the same rules);
 * 2. the environment's policy (privileged, host namespaces, capabilities, bind paths) → FORBIDDEN;
 * 3. every secret it mounts exists in the environment → BAD_USER_INPUT on `secrets[i].name`;
 * 4. the environment's quota, for the difference from `before` → FORBIDDEN naming the quota;
 * 5. bind sources under STEVEDORE_BIND_ALLOWED_PATHS → BAD_USER_INPUT on `volumes[i].source`;
 * 6. every network it joins exists in its cluster → BAD_USER_INPUT on `networks[i]`;
 * 7. its ingress TLS secret exists in the environment and holds a PEM certificate and its key
 *    → BAD_USER_INPUT on `ingress.tls.secret` (checked with step 3);
 * 8. its ingress routes claim nothing another service claims on the same port, and TLS agrees
 *    with theirs (domain/ingress-routes.ts routeConflict) → CONFLICT naming the other service.
 *
 * A spec restored from a revision (rollbackService) passes steps 2, 4 and 8 again (`restored`).
 * Steps 2–4 need the environment: for a cluster that does not exist they are skipped and the
 * caller answers NOT_FOUND. The result is the spec to store.
 */
export class Admission {
  constructor(private readonly deps: AdmissionDeps) {}

  async service(req: ServiceRequest): Promise<ServiceSpec> {
    const { environments, secrets, networks } = this.deps;
    const built = buildServiceSpec(req.input);
    const invalid = [...(req.inputErrors ?? []), ...built.errors];
    if (invalid.length) throw fieldErrors(invalid);
    const spec = built.spec;
    // 9. a federated placement names clusters that exist, and can divide its replicas over them.
    if (spec.placement.clusters) {
      const wrong = checkAgainstClusters(spec.placement.clusters, spec.replicas, this.deps.clusters.list());
      if (wrong.length) throw fieldErrors(wrong);
    }
    const provided = { networks: req.provided?.networks ?? [], secrets: req.provided?.secrets ?? [] };

    await this.environmentChecks(spec, req.clusterId, req.before, req.earlier ?? [], (env) => {
      (spec.secrets ?? []).forEach((r, i) => {
        if (!secrets.get(env, r.name) && !provided.secrets.includes(r.name))
          throw badInput(
            `secrets[${i}].name`,
            `secret "${r.name}" does not exist in environment ${environments.nameOf(env)}: create it first (createSecret)`,
          );
      });
      this.tlsSecret(spec, env);
    });

    const refused = checkBindSources(spec.mounts, this.deps.bindAllowedPaths, 'volumes');
    spec.networks.forEach((n, i) => {
      if (!networks.get(n, req.clusterId) && !provided.networks.includes(n))
        refused.push({
          field: `networks[${i}]`,
          reason: `network "${n}" does not exist: create it first with createNetwork`,
        });
    });
    if (refused.length) throw fieldErrors(refused);
    this.ingressConflict(spec, req.before?.id ?? null);
    return spec;
  }

  /** Step 7: the TLS secret of the ingress exists and holds a usable certificate and key. */
  private tlsSecret(spec: ServiceSpec, env: string): void {
    const name = spec.ingress?.tls?.secret;
    if (!name) return;
    const { environments, secrets } = this.deps;
    if (!secrets.get(env, name))
      throw badInput(
        'ingress.tls.secret',
        `secret "${name}" does not exist in environment ${environments.nameOf(env)}: create it first (createSecret) with the PEM certificate and its private key`,
      );
    const parsed = parseTlsPem(secrets.reveal(env, name).toString('utf8'));
    if ('reason' in parsed) throw badInput('ingress.tls.secret', `secret "${name}" ${parsed.reason}`);
  }

  /** Step 8: no route (host + path prefix) of another service on the same port, the same TLS-ness. */
  private ingressConflict(spec: ServiceSpec, selfId: string | null): void {
    if (!spec.ingress) return;
    const others = this.deps.services
      .list()
      .filter((s) => s.id !== selfId && s.spec.ingress)
      .map((s) => ({ serviceName: s.name, ingress: s.spec.ingress! }));
    const c = routeConflict(spec.ingress, others);
    if (c) throw conflict(`${c.field}: ${c.reason}`, c.field);
  }

  /**
   * A spec restored from a revision (rollbackService): it was admitted when it was written, so
   * only what may have changed since is checked again: the environment's policy and quota, and
   * the other services' ingress routes.
   */
  async restored(req: { spec: ServiceSpec; clusterId: string; before: Service }): Promise<void> {
    await this.environmentChecks(req.spec, req.clusterId, req.before, [], () => {});
    this.ingressConflict(req.spec, req.before.id);
  }

  /** Policy, then `between` (the secrets), then quota; skipped for a cluster that does not exist. */
  private async environmentChecks(
    spec: ServiceSpec,
    clusterId: string,
    before: Service | null,
    earlier: readonly QuotaChange[],
    between: (env: string) => void,
  ): Promise<void> {
    if (!this.deps.clusters.get(clusterId)) return;
    const { environments, quotas } = this.deps;
    const env = environments.ofCluster(clusterId);
    environments.enforcePolicy(env, specSecurity(spec));
    between(env);
    await quotas.checkService(env, before, spec, earlier);
  }
}
