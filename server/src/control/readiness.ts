import type { Node } from '../domain/node.js';
import type { Store } from '../store/store.js';
import type { PubSub } from './pubsub/pubsub.js';

export interface ReadinessCheck {
  name: 'store' | 'engines' | 'redis';
  ok: boolean;
  /** What was found, in words: what failed when not ok. */
  detail: string;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

/**
 * /readyz: the store takes a write, at least `minEngines` of the nodes are READY (the nodes that
 * are not are named with their last error), and the Redis pubsub is connected when it is the one
 * configured. The store check is the same write on SQLite and on PostgreSQL (where it also proves
 * the database is reachable: store.kind names which).
 */
export function readiness(store: Store, pubsub: PubSub, minEngines: number): Readiness {
  const checks: ReadinessCheck[] = [storeCheck(store), enginesCheck(store.nodes.list(), minEngines)];
  if (pubsub.kind === 'redis') {
    const problem = pubsub.health();
    checks.push({ name: 'redis', ok: !problem, detail: problem ?? 'connected' });
  }
  return { ready: checks.every((c) => c.ok), checks };
}

function storeCheck(store: Store): ReadinessCheck {
  try {
    // Unfenced: a probe is no one's desired state (a follower must answer it as the leader does).
    store.raw
      .prepare(
        "INSERT INTO meta (key, value) VALUES ('ready_probe', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(new Date().toISOString());
    return { name: 'store', ok: true, detail: `writable (${store.kind})` };
  } catch (err) {
    return { name: 'store', ok: false, detail: `store not writable: ${(err as Error).message}` };
  }
}

function enginesCheck(nodes: readonly Node[], minEngines: number): ReadinessCheck {
  const down = nodes.filter((n) => n.status !== 'READY');
  const ready = nodes.length - down.length;
  const ok = nodes.length === 0 || ready / nodes.length >= minEngines;
  const names = down.map((n) => `${n.name} (${n.status}${n.statusMessage ? `: ${n.statusMessage}` : ''})`);
  const share = `${ready} of ${nodes.length} nodes READY (at least ${Math.round(minEngines * 100)} % wanted)`;
  return {
    name: 'engines',
    ok,
    detail: names.length ? `${share}; not reachable: ${names.join(', ')}` : share,
  };
}
