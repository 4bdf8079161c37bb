import {
  checkEnv,
  checkImageRef,
  checkLabels,
  checkName,
  checkResources,
  checkReplicas,
  type FieldError,
  type ResourcesInput,
} from '@stevedore/spec-rules';
import {
  isEmptySelector,
  matchesSelector,
  type ClusterPlacement,
  type ClusterSelector,
  type ReplicaScheduling,
  type SpreadBy,
} from '../../domain/federation/types.js';

type KV = { key: string; value: string };

export interface ClusterSelectorInput {
  names?: string[] | null;
  labels?: KV[] | null;
  regions?: string[] | null;
}

/** `placement.clusters` as clients send it (the GraphQL input class has this shape). */
export interface ClusterPlacementInput {
  affinity?: ClusterSelectorInput | null;
  antiAffinity?: ClusterSelectorInput | null;
  spread?: SpreadBy | null;
  replicaScheduling?: ReplicaScheduling | null;
  weights?: { cluster: string; weight: number }[] | null;
  regionPreference?: string[] | null;
  overrides?:
    | {
        cluster: string;
        image?: string | null;
        env?: KV[] | null;
        replicas?: number | null;
        resources?: ResourcesInput | null;
      }[]
    | null;
}

const FIELD = 'placement.clusters';

function selector(input: ClusterSelectorInput | null | undefined, field: string, errors: FieldError[]) {
  if (!input) return null;
  const labels = checkLabels(input.labels ?? [], `${field}.labels`, []);
  errors.push(...labels.errors);
  const s: ClusterSelector = { names: input.names ?? [], labels: labels.value, regions: input.regions ?? [] };
  s.names.forEach((n, i) => {
    if (!n) errors.push({ field: `${field}.names[${i}]`, reason: 'must name a cluster' });
  });
  return isEmptySelector(s) ? null : s;
}

/**
 * The shape of a federated placement, checked without the store: weights whole and not all 0,
 * override values valid. What needs the clusters that exist is checkAgainstClusters.
 */
export function buildClusterPlacement(
  input: ClusterPlacementInput,
  replicas: number,
  errors: FieldError[],
): ClusterPlacement {
  const affinity = selector(input.affinity, `${FIELD}.affinity`, errors);
  const antiAffinity = selector(input.antiAffinity, `${FIELD}.antiAffinity`, errors);
  const weights = input.weights ?? [];
  const replicaScheduling = input.replicaScheduling ?? (weights.length ? 'DIVIDED_STATIC' : 'DUPLICATED');
  weights.forEach((w, i) => {
    if (!Number.isInteger(w.weight) || w.weight < 0 || w.weight > 1000)
      errors.push({
        field: `${FIELD}.weights[${i}].weight`,
        reason: `must be a whole number from 0 to 1000 (got ${w.weight})`,
      });
  });
  if (replicaScheduling === 'DIVIDED_STATIC') {
    if (!weights.length)
      errors.push({
        field: `${FIELD}.weights`,
        reason: 'DIVIDED_STATIC needs a weight for each cluster it divides over',
      });
    else if (weights.reduce((s, w) => s + (w.weight > 0 ? w.weight : 0), 0) === 0)
      errors.push({
        field: `${FIELD}.weights`,
        reason: 'the weights sum to 0: at least one cluster must weigh more than 0',
      });
  }
  const seen = new Set<string>();
  weights.forEach((w, i) => {
    if (seen.has(w.cluster))
      errors.push({
        field: `${FIELD}.weights[${i}].cluster`,
        reason: `cluster "${w.cluster}" is given twice`,
      });
    seen.add(w.cluster);
  });
  const regionPreference = input.regionPreference ?? [];
  regionPreference.forEach((r, i) => {
    const err = checkName(r);
    if (err) errors.push({ field: `${FIELD}.regionPreference[${i}]`, reason: err });
  });
  const overrides = (input.overrides ?? []).map((o, i) => {
    const f = `${FIELD}.overrides[${i}]`;
    if (o.image != null) errors.push(...checkImageRef(o.image, `${f}.image`));
    const env = checkEnv(o.env ?? [], `${f}.env`);
    errors.push(...env.errors);
    if (o.replicas != null)
      errors.push(...checkReplicas(o.replicas).map((e) => ({ ...e, field: `${f}.replicas` })));
    const res = o.resources ? checkResources(o.resources, {}, `${f}.resources`) : null;
    if (res) errors.push(...res.errors);
    const given = (v: unknown, out: number) => (v == null ? null : out);
    return {
      cluster: o.cluster,
      image: o.image ?? null,
      env: env.value,
      replicas: o.replicas ?? null,
      resources:
        res && o.resources
          ? {
              nanoCpusLimit: given(o.resources.cpuLimit, res.value.nanoCpusLimit),
              nanoCpusReservation: given(o.resources.cpuReservation, res.value.nanoCpusReservation),
              memoryLimitBytes: given(o.resources.memoryLimit, res.value.memoryLimitBytes),
              memoryReservationBytes: given(o.resources.memoryReservation, res.value.memoryReservationBytes),
            }
          : null,
    };
  });
  void replicas;
  return {
    affinity,
    antiAffinity,
    spread: input.spread ?? null,
    replicaScheduling,
    weights: weights.map((w) => ({ cluster: w.cluster, weight: w.weight })),
    regionPreference,
    overrides,
  };
}

type KnownCluster = { id: string; name: string; region: string; labels: Record<string, string> };

/**
 * What the clusters that exist decide: every cluster named (affinity, weights, overrides) exists,
 * every override is for a cluster the affinity allows, and DIVIDED has no more clusters to divide
 * over than replicas (some would get none).
 */
export function checkAgainstClusters(
  p: ClusterPlacement,
  replicas: number,
  clusters: readonly KnownCluster[],
): FieldError[] {
  const errors: FieldError[] = [];
  const find = (ref: string) => clusters.find((c) => c.name === ref || c.id === ref);
  const unknown = (ref: string, field: string) => {
    if (!find(ref))
      errors.push({
        field,
        reason: `cluster "${ref}" does not exist (known: ${clusters.map((c) => c.name).join(', ')})`,
      });
  };
  p.affinity?.names.forEach((n, i) => unknown(n, `${FIELD}.affinity.names[${i}]`));
  p.antiAffinity?.names.forEach((n, i) => unknown(n, `${FIELD}.antiAffinity.names[${i}]`));
  p.weights.forEach((w, i) => unknown(w.cluster, `${FIELD}.weights[${i}].cluster`));
  const allowed = (c: KnownCluster) =>
    (!p.affinity || matchesSelector(c, p.affinity)) &&
    (!p.antiAffinity || !matchesSelector(c, p.antiAffinity));
  p.overrides.forEach((o, i) => {
    const c = find(o.cluster);
    if (!c) unknown(o.cluster, `${FIELD}.overrides[${i}].cluster`);
    else if (!allowed(c))
      errors.push({
        field: `${FIELD}.overrides[${i}].cluster`,
        reason: `cluster "${o.cluster}" is outside the placement's affinity: an override there would never apply`,
      });
  });
  if (errors.length) return errors;
  const eligible = clusters.filter(allowed);
  if (!eligible.length)
    errors.push({ field: `${FIELD}.affinity`, reason: 'no cluster matches the affinity and anti-affinity' });
  const dividedOver =
    p.replicaScheduling === 'DIVIDED_STATIC'
      ? eligible.filter((c) =>
          p.weights.some((w) => (w.cluster === c.name || w.cluster === c.id) && w.weight > 0),
        )
      : p.replicaScheduling === 'DIVIDED_CAPACITY'
        ? eligible
        : [];
  if (dividedOver.length > replicas)
    errors.push({
      field: `${FIELD}.replicaScheduling`,
      reason: `${p.replicaScheduling} over ${dividedOver.length} clusters (${dividedOver.map((c) => c.name).join(', ')}) needs at least as many replicas (got ${replicas})`,
    });
  return errors;
}

/** A stored federated placement back as input (specToInput): building it again gives it back. */
export function clusterPlacementToInput(p: ClusterPlacement): ClusterPlacementInput {
  const kv = (r: Record<string, string>) => Object.entries(r).map(([key, value]) => ({ key, value }));
  const sel = (s: ClusterSelector | null) =>
    s && { names: [...s.names], labels: kv(s.labels), regions: [...s.regions] };
  const cpus = (n: number | null) => (n == null ? null : n / 1e9);
  return {
    affinity: sel(p.affinity),
    antiAffinity: sel(p.antiAffinity),
    spread: p.spread,
    replicaScheduling: p.replicaScheduling,
    weights: p.weights.map((w) => ({ ...w })),
    regionPreference: [...p.regionPreference],
    overrides: p.overrides.map((o) => ({
      cluster: o.cluster,
      image: o.image,
      env: kv(o.env),
      replicas: o.replicas,
      resources: o.resources && {
        cpuLimit: cpus(o.resources.nanoCpusLimit),
        cpuReservation: cpus(o.resources.nanoCpusReservation),
        memoryLimit: o.resources.memoryLimitBytes,
        memoryReservation: o.resources.memoryReservationBytes,
      },
    })),
  };
}
