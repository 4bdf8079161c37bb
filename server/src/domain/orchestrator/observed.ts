/**
 * What the engines report about one Stevedore container, reduced to what orchestration needs.
 * Built from `docker ps`-level data (state and the health suffix of the status) so one list call
 * per node per pass is enough.
 */
export interface ObservedContainer {
  nodeId: string;
  containerId: string;
  name: string;
  taskId: string | null;
  serviceId: string | null;
  /** The slot and revision labels (absent on containers made before they were read). */
  slot?: number | null;
  revision?: number | null;
  state: 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
  health: 'NONE' | 'STARTING' | 'HEALTHY' | 'UNHEALTHY';
  exitCode: number | null;
}

/** "Up 3 seconds (healthy)", "Exited (137) 2 seconds ago": the engine's status text. */
export function parseStatus(status: string): {
  health: ObservedContainer['health'];
  exitCode: number | null;
} {
  let health: ObservedContainer['health'] = 'NONE';
  if (/\(healthy\)/.test(status)) health = 'HEALTHY';
  else if (/\(unhealthy\)/.test(status)) health = 'UNHEALTHY';
  else if (/\(health: starting\)/.test(status)) health = 'STARTING';
  const m = /^Exited \((-?\d+)\)/.exec(status);
  return { health, exitCode: m ? Number(m[1]) : null };
}
