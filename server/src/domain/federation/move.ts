/**
 * One step of bringing the replicas each member cluster runs (`applied`) to the decided division
 * (`target`), without ever running a replica twice and without draining a healthy cluster at once:
 *
 * - a cluster that cannot be reached is set to its target at once (what it ran is not running,
 *   or cannot be counted on; when it comes back its reconciler removes what it no longer should run);
 * - replicas missing in total (failover, scale-up, a new service) are added at once;
 * - a move from one cluster to another is start-first and rate-limited: the receiver grows by at
 *   most `step` replicas, and only when the containers actually running in all clusters are no
 *   more than the total (no leftover still running); the donors shrink once the new replicas are
 *   healthy, never below the total of healthy replicas. At any moment at most total + step run.
 */
export interface MemberState {
  clusterId: string;
  applied: number;
  /** Containers running now on the cluster's engines for this service. */
  running: number;
  /** Of those, ready (running and, with a health check, healthy). */
  healthy: number;
  reachable: boolean;
}

export interface MoveStep {
  next: Map<string, number>;
  /** What this step did, in words, for the event log (empty: nothing to do). */
  actions: string[];
  /** True when a move is still in flight (applied differs from target). */
  moving: boolean;
}

export function nextStep(
  target: ReadonlyMap<string, number>,
  members: readonly MemberState[],
  step: number,
  nameOf: (clusterId: string) => string = (id) => id,
): MoveStep {
  const k = Math.max(1, step);
  const byId = new Map(members.map((m) => [m.clusterId, m]));
  const ids = [...new Set([...target.keys(), ...members.map((m) => m.clusterId)])];
  const next = new Map(ids.map((id) => [id, byId.get(id)?.applied ?? 0]));
  const want = (id: string) => target.get(id) ?? 0;
  const actions: string[] = [];
  const total = ids.reduce((s, id) => s + want(id), 0);
  const sum = () => ids.reduce((s, id) => s + next.get(id)!, 0);

  for (const id of ids) {
    const m = byId.get(id);
    if ((!m || !m.reachable) && next.get(id)! !== want(id)) {
      actions.push(`${nameOf(id)}: ${next.get(id)} → ${want(id)} (unreachable)`);
      next.set(id, want(id));
    }
  }
  const receivers = () => ids.filter((id) => next.get(id)! < want(id)).sort((a, b) => gap(b) - gap(a));
  const donors = () => ids.filter((id) => next.get(id)! > want(id)).sort((a, b) => -gap(b) + gap(a));
  const gap = (id: string) => want(id) - next.get(id)!;

  // Missing in total: add at once, to the clusters furthest below their share.
  let deficit = total - sum();
  for (const id of receivers()) {
    if (deficit <= 0) break;
    const add = Math.min(deficit, gap(id));
    actions.push(`${nameOf(id)}: ${next.get(id)} → ${next.get(id)! + add}`);
    next.set(id, next.get(id)! + add);
    deficit -= add;
  }

  let excess = sum() - total;
  if (excess > 0) {
    // Once every other cluster runs its share healthy (a scale-down, or the new replicas of a move
    // are up), the donors shrink at once; before, only as far as the healthy total allows.
    const healthy = members.reduce(
      (s, m) => s + (m.reachable ? Math.min(m.healthy, next.get(m.clusterId)!) : 0),
      0,
    );
    const ready = ids
      .filter((id) => next.get(id)! <= want(id))
      .every((id) => !byId.get(id)?.reachable || byId.get(id)!.healthy >= next.get(id)!);
    const allowed = ready ? excess : Math.min(excess, healthy - total);
    let left = Math.max(0, allowed);
    for (const id of donors()) {
      if (left <= 0) break;
      const cut = Math.min(left, -gap(id));
      actions.push(`${nameOf(id)}: ${next.get(id)} → ${next.get(id)! - cut}`);
      next.set(id, next.get(id)! - cut);
      left -= cut;
    }
    excess = sum() - total;
  }

  if (excess === 0) {
    // What unreachable clusters run cannot be counted (their engines do not answer, and clients
    // cannot reach them either); their copies are already set to their target above.
    const running = members.reduce((s, m) => s + (m.reachable ? m.running : 0), 0);
    const [to] = receivers();
    if (to && donors().length && running <= total) {
      const add = Math.min(k, gap(to));
      actions.push(
        `${nameOf(to)}: ${next.get(to)} → ${next.get(to)! + add} (start-first, ${running} running of ${total})`,
      );
      next.set(to, next.get(to)! + add);
    }
  }
  const moving = ids.some((id) => next.get(id)! !== want(id));
  return { next, actions, moving };
}
