import DataLoader from 'dataloader';
import type { AppModules } from '../core.js';
import { NodeType } from './node/node.type.js';
import { TaskType, type ServiceType } from './service/service.type.js';
import type { ClusterType } from './cluster/cluster.type.js';
import { toServiceType } from './service/service.view.js';
import { toClusterType } from './cluster/cluster.view.js';

/**
 * The edges' lookups of one request (`Task.node`, `Container.service`, `Node.cluster`, ...), as
 * DataLoaders: every id asked for while one level of the answer resolves is fetched with one call
 * of the app module (`getMany`), so a list of 50 tasks asking `node { name } service { name }`
 * makes one node lookup and one service lookup, not 100. Each loader hands back the GraphQL view
 * (built once per id), or null for an id that is not there (any more).
 */
export interface Loaders {
  node: DataLoader<string, NodeType | null>;
  service: DataLoader<string, ServiceType | null>;
  cluster: DataLoader<string, ClusterType | null>;
  task: DataLoader<string, TaskType | null>;
}

export interface LoaderOptions {
  /**
   * Keep what was loaded for the rest of the request (default true): right for one HTTP request.
   * A graphql-ws operation lives on (a subscription executes again per event), so it batches
   * without keeping anything.
   */
  cache?: boolean;
}

function byId<T extends { id: string }, V>(
  fetch: (ids: readonly string[]) => T[],
  view: (items: T[]) => V[],
  cache: boolean,
): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(
    (ids) => {
      const found = fetch([...new Set(ids)]);
      const views = view(found);
      const out = new Map(found.map((x, i) => [x.id, views[i]!]));
      return Promise.resolve(ids.map((id) => out.get(id) ?? null));
    },
    { cache },
  );
}

/** A request's loaders, over the use cases (never the store). */
export function createLoaders(core: AppModules, options: LoaderOptions = {}): Loaders {
  const cache = options.cache ?? true;
  const ctx = { core };
  return {
    node: byId(
      (ids) => core.nodes.getMany(ids),
      (ns) => ns.map((n) => NodeType.from(n, core.nodes.runtimeOf(n.id))),
      cache,
    ),
    service: byId(
      (ids) => core.services.getMany(ids),
      (ss) => core.services.views(ss).map((v) => toServiceType(ctx, v)),
      cache,
    ),
    cluster: byId(
      (ids) => core.clusters.getMany(ids),
      (cs) => cs.map((c) => toClusterType(ctx, c)),
      cache,
    ),
    task: byId(
      (ids) => core.services.tasksByIds(ids),
      (ts) => ts.map((t) => TaskType.from(t)),
      cache,
    ),
  };
}

/** The value of an edge the schema declares non-null; a missing one is a bug, not the caller's. */
export function required<T>(v: T | null, kind: string, id: string): T {
  if (v === null) throw new Error(`${kind} ${id} is missing`);
  return v;
}
