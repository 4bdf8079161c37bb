import type { ServiceStatus } from './service.js';

/** A stack's status, rolled up from its services' statuses: the worst of them wins. */
export const StackStatus = {
  EMPTY: 'EMPTY',
  PENDING: 'PENDING',
  DEPLOYING: 'DEPLOYING',
  HEALTHY: 'HEALTHY',
  UPDATING: 'UPDATING',
  DEGRADED: 'DEGRADED',
  FAILED: 'FAILED',
} as const;
export type StackStatus = (typeof StackStatus)[keyof typeof StackStatus];

const RANK: Record<StackStatus, number> = {
  EMPTY: 0,
  HEALTHY: 1,
  PENDING: 2,
  DEPLOYING: 3,
  UPDATING: 4,
  DEGRADED: 5,
  FAILED: 6,
};

const OF_SERVICE: Record<ServiceStatus, StackStatus> = {
  PENDING: 'PENDING',
  DEPLOYING: 'DEPLOYING',
  HEALTHY: 'HEALTHY',
  DEGRADED: 'DEGRADED',
  UPDATING: 'UPDATING',
  ROLLING_BACK: 'UPDATING',
  PAUSED: 'UPDATING',
  FAILED: 'FAILED',
};

/** EMPTY without services; otherwise the worst service status (a rollout of any kind is UPDATING). */
export function rollUpStatus(statuses: readonly ServiceStatus[]): StackStatus {
  return statuses
    .map((s) => OF_SERVICE[s])
    .reduce<StackStatus>((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'EMPTY');
}
