import type { Resources } from '../domain/resources.js';

/** What the heartbeat last observed on a node, kept in memory (rebuilt within one beat after a restart). */
export interface NodeRuntime {
  containers: number;
  containersRunning: number;
  /** Sum of limits (CPU) and reservations, else limits (memory) of running containers. */
  allocated: Resources;
  consecutiveFailures: number;
  lastError: string | null;
}
