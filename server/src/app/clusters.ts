import type { Cluster } from '../store/cluster.repo.js';
import type { Store } from '../store/store.js';

export { DEFAULT_CLUSTER_ID, type Cluster } from '../store/cluster.repo.js';

/** Clusters: groups of nodes that services are placed within (the default one always exists). */
export class ClusterService {
  constructor(private readonly store: Store) {}

  get(ref: string): Cluster | undefined {
    return this.store.clusters.get(ref);
  }

  /** By ids, in one store query (unknown ids are left out). */
  getMany(ids: readonly string[]): Cluster[] {
    return this.store.clusters.getMany(ids);
  }

  list(): Cluster[] {
    return this.store.clusters.list();
  }
}
