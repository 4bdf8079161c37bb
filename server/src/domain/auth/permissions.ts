import type { Role } from './roles.js';

/**
 * The access table: every root field of the API (Query, Mutation, Subscription) → the least role
 * it needs and where the environment of its target comes from. One global guard (see
 * api/auth/guard.ts) reads it before any resolver runs, over HTTP and WebSocket alike.
 *
 * A field missing here is ADMIN-only in every environment: a new feature fails closed until it
 * is added (a unit test compares this table with the built schema).
 */
export type OperationKind = 'Query' | 'Mutation' | 'Subscription';

/** PUBLIC: no credential needed (login, me). SELF: any signed-in principal, no role (logout). */
export type Requirement = Role | 'PUBLIC' | 'SELF';

/**
 * Where an argument points: its environment is the one of the entity it names.
 * `arg` is a path into the arguments (`id`, `input.node`, `filter.clusterId`).
 */
export interface TargetRef {
  /** `stack`: a stack not deployed yet has no environment, and the next target decides. */
  kind: 'environment' | 'cluster' | 'service' | 'node' | 'network' | 'stack';
  arg: string;
}

/**
 * When none of the target arguments is given:
 * - global: the role is needed in every environment (the operation may touch any of them);
 * - any: the role in at least one environment; list results are cut to the environments where it is held (`filter`);
 * - default: the target is the default cluster (the field's own default).
 */
export type WhenAbsent = 'global' | 'any' | 'default';

/** How list results are cut to the caller's environments. */
export type FilterName =
  | 'services'
  | 'nodes'
  | 'networks'
  | 'clusters'
  | 'tasks'
  | 'events'
  | 'containers'
  | 'volumes'
  | 'images'
  | 'stacks';

/**
 * Extra checks before the resolver: policy guard and quotas. A spec written from input
 * (createService, updateService, patchService) or restored (rollbackService) is
 * checked by app/admission.ts instead.
 */
export type GuardName = 'scale' | 'runContainer';

export interface Rule {
  role: Requirement;
  /** Tried in order; the first argument present decides the environment. */
  targets?: readonly TargetRef[];
  whenAbsent?: WhenAbsent;
  filter?: FilterName;
  guard?: GuardName;
}

/** What a field missing from the table gets: ADMIN in every environment. */
export const FALLBACK_RULE: Rule = { role: 'ADMIN', whenAbsent: 'global' };

const t = (kind: TargetRef['kind'], arg: string): TargetRef => ({ kind, arg });
const service = (arg = 'id') => [t('service', arg)];
const node = (arg = 'node') => [t('node', arg)];

const Query: Record<string, Rule> = {
  // identity and access (this feature)
  me: { role: 'PUBLIC' }, // null when signed out: the dashboard asks before it knows
  users: { role: 'ADMIN', whenAbsent: 'global' },
  apiTokens: { role: 'SELF' },
  environments: { role: 'VIEWER', whenAbsent: 'any' },
  environment: { role: 'VIEWER', targets: [t('environment', 'name')] },
  roleBindings: { role: 'ADMIN', targets: [t('environment', 'environment')], whenAbsent: 'any' },
  quotaUsage: { role: 'VIEWER', targets: [t('environment', 'environment')] },
  secrets: { role: 'VIEWER', targets: [t('environment', 'environment')] },
  auditLog: { role: 'ADMIN', targets: [t('environment', 'filter.environment')], whenAbsent: 'any' },

  // control plane
  system: { role: 'VIEWER', whenAbsent: 'any' },
  cluster: { role: 'VIEWER', targets: [t('cluster', 'id')], whenAbsent: 'default' },
  clusters: { role: 'VIEWER', whenAbsent: 'any', filter: 'clusters' },
  nodes: { role: 'VIEWER', targets: [t('cluster', 'clusterId')], whenAbsent: 'any', filter: 'nodes' },
  node: { role: 'VIEWER', targets: node('id') },

  // containers and images live on nodes
  containers: { role: 'VIEWER', targets: node('filter.node'), whenAbsent: 'any', filter: 'containers' },
  container: { role: 'VIEWER', targets: node(), whenAbsent: 'global' },
  containerLogs: { role: 'VIEWER', targets: node(), whenAbsent: 'global' },
  images: { role: 'VIEWER', targets: node(), whenAbsent: 'any', filter: 'images' },
  image: { role: 'VIEWER', targets: node() },
  imageHistory: { role: 'VIEWER', targets: node() },

  // services
  services: { role: 'VIEWER', targets: [t('cluster', 'clusterId')], whenAbsent: 'any', filter: 'services' },
  service: { role: 'VIEWER', targets: service() },
  serviceRevisions: { role: 'VIEWER', targets: service() },
  tasks: {
    role: 'VIEWER',
    targets: [t('service', 'serviceId'), t('node', 'nodeId')],
    whenAbsent: 'any',
    filter: 'tasks',
  },
  serviceEndpoints: { role: 'VIEWER', targets: service() },
  ingressStats: { role: 'VIEWER', targets: service('serviceId') },
  nginxConfig: { role: 'VIEWER', targets: service('serviceId') },
  autoscaleStatus: { role: 'VIEWER', targets: service('serviceId') },

  // networks and volumes
  networks: { role: 'VIEWER', targets: [t('cluster', 'clusterId')], whenAbsent: 'any', filter: 'networks' },
  network: { role: 'VIEWER', targets: [t('network', 'id')] },
  serviceDns: { role: 'VIEWER', whenAbsent: 'any' },
  volumes: { role: 'VIEWER', targets: node(), whenAbsent: 'any', filter: 'volumes' },
  volume: { role: 'VIEWER', targets: node() },
  volumeBackups: { role: 'VIEWER', whenAbsent: 'global' },
  // control-plane backups hold every environment's desired state: global ADMIN only
  backups: { role: 'ADMIN', whenAbsent: 'global' },
  // every environment's services, quotas, policies and secret names: global ADMIN
  exportDesiredState: { role: 'ADMIN', whenAbsent: 'global' },

  // stacks
  stacks: { role: 'VIEWER', targets: [t('cluster', 'clusterId')], whenAbsent: 'any', filter: 'stacks' },
  stack: { role: 'VIEWER', targets: [t('stack', 'name')] },
  stackCompose: { role: 'VIEWER', targets: [t('stack', 'name')] },

  // Relay connections: the list fields' rules, without `filter`: each resolver cuts its list to
  // the caller's environments before paging (api/auth/visibility.ts visibleScope), so pages and
  // totalCount count only what the caller sees.
  containersConnection: { role: 'VIEWER', targets: node('filter.node'), whenAbsent: 'any' },
  imagesConnection: { role: 'VIEWER', targets: node(), whenAbsent: 'any' },
  servicesConnection: { role: 'VIEWER', targets: [t('cluster', 'clusterId')], whenAbsent: 'any' },
  tasksConnection: {
    role: 'VIEWER',
    targets: [t('service', 'serviceId'), t('node', 'nodeId')],
    whenAbsent: 'any',
  },
  volumesConnection: { role: 'VIEWER', targets: node(), whenAbsent: 'any' },
  stacksConnection: { role: 'VIEWER', targets: [t('cluster', 'clusterId')], whenAbsent: 'any' },
  eventsConnection: {
    role: 'VIEWER',
    targets: [t('cluster', 'filter.clusterId'), t('service', 'filter.serviceId'), t('node', 'filter.nodeId')],
    whenAbsent: 'any',
  },
  auditConnection: { role: 'ADMIN', targets: [t('environment', 'filter.environment')], whenAbsent: 'any' },

  // events
  events: {
    role: 'VIEWER',
    targets: [t('cluster', 'filter.clusterId'), t('service', 'filter.serviceId'), t('node', 'filter.nodeId')],
    whenAbsent: 'any',
    filter: 'events',
  },
};

const Mutation: Record<string, Rule> = {
  // identity and access
  login: { role: 'PUBLIC' },
  logout: { role: 'SELF' },
  changePassword: { role: 'SELF' },
  createApiToken: { role: 'SELF' },
  revokeApiToken: { role: 'SELF' },
  createUser: { role: 'ADMIN', whenAbsent: 'global' },
  updateUser: { role: 'ADMIN', whenAbsent: 'global' },
  removeUser: { role: 'ADMIN', whenAbsent: 'global' },
  setRoleBinding: { role: 'ADMIN', targets: [t('environment', 'environment')] },
  removeRoleBinding: { role: 'ADMIN', targets: [t('environment', 'environment')] },
  createEnvironment: { role: 'ADMIN', whenAbsent: 'global' },
  removeEnvironment: { role: 'ADMIN', whenAbsent: 'global' },
  assignCluster: { role: 'ADMIN', whenAbsent: 'global' },
  setQuota: { role: 'ADMIN', targets: [t('environment', 'environment')] },
  setEnvironmentPolicy: { role: 'ADMIN', targets: [t('environment', 'environment')] },
  createSecret: { role: 'OPERATOR', targets: [t('environment', 'environment')] },
  rotateSecret: { role: 'OPERATOR', targets: [t('environment', 'environment')] },
  removeSecret: { role: 'OPERATOR', targets: [t('environment', 'environment')] },

  // nodes: the fleet itself is an ADMIN matter
  addNode: { role: 'ADMIN', targets: [t('cluster', 'input.clusterId')], whenAbsent: 'default' },
  updateNode: { role: 'ADMIN', targets: node('id') },
  removeNode: { role: 'ADMIN', targets: node('id') },

  // containers
  runContainer: {
    role: 'OPERATOR',
    targets: node('input.node'),
    whenAbsent: 'global',
    guard: 'runContainer',
  },
  startContainer: { role: 'OPERATOR', targets: node(), whenAbsent: 'global' },
  stopContainer: { role: 'OPERATOR', targets: node(), whenAbsent: 'global' },
  restartContainer: { role: 'OPERATOR', targets: node(), whenAbsent: 'global' },
  removeContainer: { role: 'OPERATOR', targets: node(), whenAbsent: 'global' },

  // images
  pullImage: { role: 'OPERATOR', targets: node() },
  startImagePull: { role: 'OPERATOR', targets: node() },
  pushImage: { role: 'OPERATOR', targets: node() },
  tagImage: { role: 'OPERATOR', targets: node() },
  removeImage: { role: 'OPERATOR', targets: node() },
  // reads a file of the control-plane host: ADMIN everywhere
  importImage: { role: 'ADMIN', whenAbsent: 'global' },

  // services
  createService: {
    role: 'OPERATOR',
    targets: [t('cluster', 'clusterId')],
    whenAbsent: 'default',
  },
  updateService: { role: 'OPERATOR', targets: service() },
  patchService: { role: 'OPERATOR', targets: service() },
  scaleService: { role: 'OPERATOR', targets: service(), guard: 'scale' },
  rollbackService: { role: 'OPERATOR', targets: service() },
  pauseRollout: { role: 'OPERATOR', targets: service() },
  resumeRollout: { role: 'OPERATOR', targets: service() },
  promoteRollout: { role: 'OPERATOR', targets: service() },
  abortRollout: { role: 'OPERATOR', targets: service() },
  removeService: { role: 'OPERATOR', targets: service() },
  publishService: { role: 'OPERATOR', targets: service() },
  unpublishService: { role: 'OPERATOR', targets: service() },
  setAutoscale: { role: 'OPERATOR', targets: service() },

  // stacks: what they create and change is what createService, createNetwork and createSecret do
  deployStack: {
    role: 'OPERATOR',
    targets: [t('stack', 'name'), t('cluster', 'clusterId')],
    whenAbsent: 'default',
  },
  removeStack: { role: 'OPERATOR', targets: [t('stack', 'name')] },

  // networks and volumes
  createNetwork: { role: 'OPERATOR', targets: [t('cluster', 'input.clusterId')], whenAbsent: 'default' },
  removeNetwork: { role: 'OPERATOR', targets: [t('network', 'id')] },
  // runs nslookup and nc in a replica (docker exec): the source service's OPERATOR
  checkConnectivity: {
    role: 'OPERATOR',
    targets: [t('service', 'input.fromService'), t('service', 'input.toService')],
  },
  createVolume: { role: 'OPERATOR', targets: node('input.node') },
  removeVolume: { role: 'OPERATOR', targets: node() },
  backupVolume: { role: 'OPERATOR', targets: node() },
  restoreVolume: { role: 'OPERATOR', targets: node() },

  // clusters: an environment's ADMIN shapes its clusters
  createCluster: { role: 'ADMIN', targets: [t('environment', 'input.environment')], whenAbsent: 'default' },
  updateCluster: { role: 'ADMIN', targets: [t('cluster', 'id'), t('environment', 'input.environment')] },
  removeCluster: { role: 'ADMIN', targets: [t('cluster', 'id')] },

  // control-plane backups (a restore is offline, by the restore command, never over the API)
  createBackup: { role: 'ADMIN', whenAbsent: 'global' },
  verifyBackup: { role: 'ADMIN', whenAbsent: 'global' },
  importDesiredState: { role: 'ADMIN', whenAbsent: 'global' },
};

const Subscription: Record<string, Rule> = {
  events: Query.events!,
  containerLogs: { role: 'VIEWER', targets: node('nodeId'), whenAbsent: 'global' },
  containerStats: { role: 'VIEWER', targets: node('nodeId'), whenAbsent: 'global' },
  nodeStats: { role: 'VIEWER', targets: node('nodeId') },
  // Sets of rows: VIEWER somewhere; the resolver watches only members of the caller's
  // environments (visibleScope) and reports the others as gone, as if they did not exist.
  containersStats: { role: 'VIEWER', whenAbsent: 'any' },
  nodesStats: { role: 'VIEWER', whenAbsent: 'any' },
  serviceStats: { role: 'VIEWER', targets: service('serviceId') },
  serviceStatus: { role: 'VIEWER', targets: service('serviceId') },
  // One cluster: VIEWER of its environment; every cluster at once: VIEWER everywhere (no filter
  // cuts the stream to the caller's clusters yet, so a narrower viewer must name one).
  clusterStatus: { role: 'VIEWER', targets: [t('cluster', 'clusterId')], whenAbsent: 'global' },
  auditEvents: { role: 'ADMIN', targets: [t('environment', 'environment')], whenAbsent: 'any' },
  // A pull's id names no node: any viewer may follow one (its node was checked when it started).
  imagePull: { role: 'VIEWER', whenAbsent: 'any' },
};

export const PERMISSIONS: Readonly<Record<OperationKind, Readonly<Record<string, Rule>>>> = {
  Query,
  Mutation,
  Subscription,
};

/** The rule of a root field; `known` false means the fail-closed fallback applies. */
export function ruleFor(kind: OperationKind, field: string): { rule: Rule; known: boolean } {
  const rule = Object.prototype.hasOwnProperty.call(PERMISSIONS[kind], field)
    ? PERMISSIONS[kind][field]
    : undefined;
  return rule ? { rule, known: true } : { rule: FALLBACK_RULE, known: false };
}

/** A dotted path into resolver arguments; undefined when any step is missing, null or empty. */
export function argAt(args: Record<string, unknown>, path: string): string | undefined {
  let v: unknown = args;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}
