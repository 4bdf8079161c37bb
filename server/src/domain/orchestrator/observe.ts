import { isTerminal, type Task } from '../task.js';
import { isReady, keyLabel, type Pass } from './pass.js';
import { stableRunMs } from './restart.js';

/**
 * The observe step: task states brought in line with what the engines report (one container
 * list per node per pass), and the engine work that follows: run an assigned task's container,
 * stop the container of a task meant to stop, remove what a finished task left behind. A task
 * whose node is down keeps its state for nodeDownGraceMs, then is ORPHANED so its slot moves.
 * Tasks whose engine work is in flight (`busy`) are left alone.
 */
export function observe(pass: Pass): void {
  const { input, service, spec, now, ops, notes } = pass;
  const put = (t: Task) => pass.put(t);
  const move = pass.move.bind(pass);
  for (const t0 of pass.all()) {
    if (isTerminal(t0.state) || input.busy.has(t0.id)) continue;
    let t = t0;
    const obs = input.observed.get(t.id);
    if (obs && (t.containerId !== obs.containerId || t.nodeId !== obs.nodeId)) {
      t = { ...t, containerId: obs.containerId, nodeId: obs.nodeId, updatedAt: now };
      put(t); // adopted after a restart, or created just before a crash
    }
    const node = t.nodeId ? input.nodes.get(t.nodeId) : undefined;
    if (t.nodeId && !node) {
      move(t, 'ORPHANED', 'its node was removed');
      continue;
    }
    if (node && node.status !== 'READY') {
      const silent = node.lastSeenAt ? now.getTime() - node.lastSeenAt.getTime() : Infinity;
      if (t.desiredState === 'SHUTDOWN')
        move(t, 'SHUTDOWN', `node ${node.name} is down; container left behind`);
      else if (silent >= input.nodeDownGraceMs && t.state !== 'NEW' && t.state !== 'PENDING')
        move(t, 'ORPHANED', `node ${node.name} has been down for ${Math.round(silent / 1000)} s`);
      continue;
    }
    if (!obs) {
      if (t.desiredState === 'SHUTDOWN') {
        if (t.state !== 'NEW' && t.state !== 'PENDING' && !(t.nodeId && input.observedNodes.has(t.nodeId)))
          continue;
        move(t, 'SHUTDOWN', 'stopped');
        continue;
      }
      if (t.containerId && t.nodeId && input.observedNodes.has(t.nodeId)) {
        move(t, 'FAILED', 'container was removed outside Stevedore');
        continue;
      }
      if (t.state === 'ASSIGNED' && t.nodeId) ops.push({ kind: 'run', task: t });
      continue;
    }
    // The container exists.
    if (t.desiredState === 'SHUTDOWN') {
      if (
        obs.state === 'running' ||
        obs.state === 'restarting' ||
        obs.state === 'paused' ||
        obs.state === 'created'
      )
        ops.push({ kind: 'stop', task: t, reason: t.stateReason });
      else ops.push({ kind: 'stop', task: t, reason: 'remove stopped container' });
      continue;
    }
    if (obs.state === 'running') {
      if (t.state === 'ASSIGNED' || t.state === 'STARTING') t = move(t, 'RUNNING', 'container running');
      if (obs.health !== t.health) {
        t = { ...t, health: obs.health, updatedAt: now };
        put(t);
        if (obs.health === 'UNHEALTHY' || obs.health === 'HEALTHY')
          notes.push({
            kind: 'task.health',
            severity: obs.health === 'UNHEALTHY' ? 'WARNING' : 'INFO',
            message: `task ${service.name}.${keyLabel(t)} is ${obs.health.toLowerCase()}`,
            taskId: t.id,
          });
      }
      if (obs.health === 'UNHEALTHY') {
        t = move(t, 'FAILED', 'health check failed its retries');
        continue;
      }
      if (!t.readyAt && isReady(t, spec)) put((t = { ...t, readyAt: now }));
      // The failure count (backoff, maxAttempts) starts over only after a stretch of good running,
      // not on first readiness: a container that crashes right after starting is seen "running"
      // once, and resetting then kept a crash loop at the first backoff step and never gave up.
      if (
        t.failures > 0 &&
        t.readyAt &&
        isReady(t, spec) &&
        now.getTime() - t.readyAt.getTime() >= stableRunMs(spec.restartPolicy)
      )
        put((t = { ...t, failures: 0 }));
    } else if (obs.state === 'exited' || obs.state === 'dead') {
      const code = obs.exitCode ?? -1;
      t = { ...t, exitCode: code };
      move(t, code === 0 ? 'COMPLETE' : 'FAILED', code === 0 ? 'exited 0' : `exited with code ${code}`);
    } else if (obs.state === 'created' && t.state === 'ASSIGNED') {
      ops.push({ kind: 'run', task: t }); // created before a crash, never started
    }
  }

  // Finished tasks with a container left on a live node get it removed; the task keeps its state.
  for (const t of pass.all()) {
    if (!isTerminal(t.state) || input.busy.has(t.id)) continue;
    if (input.observed.has(t.id))
      ops.push({ kind: 'stop', task: t, reason: `cleanup of ${t.state.toLowerCase()} task` });
  }
}
