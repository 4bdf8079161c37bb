import { isUnder } from '../volume.js';

/**
 * The policy guard: what a workload (a service spec or a standalone container) may ask of the
 * host. Everything that hands a container the host — privileged mode, the host's network or PID
 * namespace, the Docker socket, added capabilities, bind mounts — is refused unless an ADMIN has
 * allowed it for the environment (setEnvironmentPolicy). Each refusal names its rule.
 *
 * Bind mounts also pass the cluster-wide STEVEDORE_BIND_ALLOWED_PATHS check (api/spec-policy.ts
 * and the task runner): that list is the ceiling; an environment's `bindAllowedPaths` can only
 * narrow it further.
 */
export interface EnvironmentPolicy {
  allowPrivileged: boolean;
  allowHostNetwork: boolean;
  allowHostPid: boolean;
  allowDockerSocket: boolean;
  /** Capabilities a workload may add (NET_ADMIN, SYS_TIME…); ALL allows any. */
  allowedCapabilities: string[];
  /** null: the cluster-wide list applies as is; a list: binds must also be under one of these. */
  bindAllowedPaths: string[] | null;
}

export const DEFAULT_POLICY: EnvironmentPolicy = {
  allowPrivileged: false,
  allowHostNetwork: false,
  allowHostPid: false,
  allowDockerSocket: false,
  allowedCapabilities: [],
  bindAllowedPaths: null,
};

export type PolicyRule = 'privileged' | 'hostNetwork' | 'hostPid' | 'dockerSocket' | 'capAdd' | 'bindPaths';

/** The policy switch an ADMIN sets to allow what a rule refuses. */
export const RULE_SWITCH: Record<PolicyRule, string> = {
  privileged: 'allowPrivileged',
  hostNetwork: 'allowHostNetwork',
  hostPid: 'allowHostPid',
  dockerSocket: 'allowDockerSocket',
  capAdd: 'allowedCapabilities',
  bindPaths: 'bindAllowedPaths',
};

export interface WorkloadSecurity {
  privileged?: boolean | null;
  hostNetwork?: boolean | null;
  hostPid?: boolean | null;
  capAdd?: readonly string[] | null;
  mounts?: readonly { type?: string | null; source?: string | null }[] | null;
}

export interface PolicyViolation {
  rule: PolicyRule;
  field: string;
  reason: string;
}

const SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];

/** A host path that is (or contains) the Docker API socket. */
export function isDockerSocket(path: string): boolean {
  const p = path.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  if (p.endsWith('/docker.sock') || p === 'docker.sock') return true;
  // A parent of the socket hands it over too: /var/run, /run, /.
  return SOCKETS.some((s) => p === '/' || s.startsWith(`${p}/`));
}

/** "cap_net_admin" → "NET_ADMIN". */
export function normalizeCapability(c: string): string {
  return c.trim().toUpperCase().replace(/^CAP_/, '');
}

const CAP_NAME = /^[A-Z][A-Z0-9_]*$/;

export function checkCapabilityName(c: string): string | null {
  return CAP_NAME.test(normalizeCapability(c)) ? null : `"${c}" is not a capability name like NET_ADMIN`;
}

/**
 * Every rule the workload breaks under `policy` in environment `env`; `prefix` is where the
 * security fields live in the input ('' for a service spec, 'input.' style paths are the caller's).
 */
export function checkPolicy(
  env: string,
  policy: EnvironmentPolicy,
  w: WorkloadSecurity,
  mountsField = 'volumes',
): PolicyViolation[] {
  const out: PolicyViolation[] = [];
  const allow = (rule: PolicyRule) =>
    `an ADMIN may allow it for environment ${env} with setEnvironmentPolicy(${RULE_SWITCH[rule]})`;
  if (w.privileged && !policy.allowPrivileged)
    out.push({
      rule: 'privileged',
      field: 'privileged',
      reason: `privileged containers are refused in ${env}; ${allow('privileged')}`,
    });
  if (w.hostNetwork && !policy.allowHostNetwork)
    out.push({
      rule: 'hostNetwork',
      field: 'hostNetwork',
      reason: `the host network namespace is refused in ${env}; ${allow('hostNetwork')}`,
    });
  if (w.hostPid && !policy.allowHostPid)
    out.push({
      rule: 'hostPid',
      field: 'hostPid',
      reason: `the host PID namespace is refused in ${env}; ${allow('hostPid')}`,
    });
  const allowedCaps = new Set(policy.allowedCapabilities.map(normalizeCapability));
  (w.capAdd ?? []).forEach((c, i) => {
    const cap = normalizeCapability(c);
    if (!allowedCaps.has('ALL') && !allowedCaps.has(cap))
      out.push({
        rule: 'capAdd',
        field: `capAdd[${i}]`,
        reason: `adding capability ${cap} is refused in ${env}; ${allow('capAdd')}`,
      });
  });
  (w.mounts ?? []).forEach((m, i) => {
    if ((m.type ?? '').toLowerCase() !== 'bind') return;
    const source = m.source ?? '';
    const field = `${mountsField}[${i}].source`;
    if (isDockerSocket(source) && !policy.allowDockerSocket) {
      out.push({
        rule: 'dockerSocket',
        field,
        reason: `mounting the Docker socket (${source}) hands over the host and is refused in ${env}; ${allow('dockerSocket')}`,
      });
      return;
    }
    if (policy.bindAllowedPaths && !policy.bindAllowedPaths.some((a) => isUnder(source, a)))
      out.push({
        rule: 'bindPaths',
        field,
        reason: `bind source "${source}" is outside the host paths allowed in ${env} (${policy.bindAllowedPaths.join(', ') || 'none'}); ${allow('bindPaths')}`,
      });
  });
  return out;
}

/** A policy as stored (JSON), tolerant of missing keys. */
export function normalizePolicy(p: Partial<EnvironmentPolicy> | null | undefined): EnvironmentPolicy {
  return {
    allowPrivileged: p?.allowPrivileged === true,
    allowHostNetwork: p?.allowHostNetwork === true,
    allowHostPid: p?.allowHostPid === true,
    allowDockerSocket: p?.allowDockerSocket === true,
    allowedCapabilities: Array.isArray(p?.allowedCapabilities)
      ? p.allowedCapabilities.map(normalizeCapability)
      : [],
    bindAllowedPaths: Array.isArray(p?.bindAllowedPaths) ? [...p.bindAllowedPaths] : null,
  };
}
