import type { FieldError } from '@stevedore/spec-rules';
import type { Service, ServiceSpec } from '../domain/service.js';
import { checkBindSources } from '../domain/volume.js';
import { specSecurity, type EnvironmentService } from './access/environments.js';
import type { QuotaChange, QuotaService } from './access/quotas.js';
import type { SecretService } from './access/secrets.js';
import type { NetworkManager } from './networks.js';
import { badInput, fieldErrors } from './errors.js';
import { buildServiceSpec, type ServiceSpecInput } from './service-spec.js';

/** What admission reads of the rest of the application: the parts of app/access and networks it uses. */
export interface AdmissionDeps {
  clusters: { get(id: string): unknown };
  environments: Pick<EnvironmentService, 'ofCluster' | 'nameOf' | 'enforcePolicy'>;
  secrets: Pick<SecretService, 'get'>;
  quotas: Pick<QuotaService, 'checkService'>;
  networks: Pick<NetworkManager, 'get'>;
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
 * 6. every network it joins exists in its cluster → BAD_USER_INPUT on `networks[i]`.
 *
 * A spec restored from a revision (rollbackService) passes steps 2 and 4 again (`restored`).
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
    const provided = { networks: req.provided?.networks ?? [], secrets: req.provided?.secrets ?? [] };

    await this.environmentChecks(spec, req.clusterId, req.before, req.earlier ?? [], (env) =>
      (spec.secrets ?? []).forEach((r, i) => {
        if (!secrets.get(env, r.name) && !provided.secrets.includes(r.name))
          throw badInput(
            `secrets[${i}].name`,
            `secret "${r.name}" does not exist in environment ${environments.nameOf(env)}: create it first (createSecret)`,
          );
      }),
    );

    const refused = checkBindSources(spec.mounts, this.deps.bindAllowedPaths, 'volumes');
    spec.networks.forEach((n, i) => {
      if (!networks.get(n, req.clusterId) && !provided.networks.includes(n))
        refused.push({
          field: `networks[${i}]`,
          reason: `network "${n}" does not exist: create it first with createNetwork`,
        });
    });
    if (refused.length) throw fieldErrors(refused);
    return spec;
  }

  /**
   * A spec restored from a revision (rollbackService): it was admitted when it was written, so
   * only what may have changed since is checked again: the environment's policy and quota.
   */
  async restored(req: { spec: ServiceSpec; clusterId: string; before: Service }): Promise<void> {
    await this.environmentChecks(req.spec, req.clusterId, req.before, [], () => {});
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
