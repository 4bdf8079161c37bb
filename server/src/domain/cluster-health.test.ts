import { describe, expect, it } from 'vitest';
import { clusterHealth, percentile } from './cluster-health.js';

const n = (
  name: string,
  status: 'READY' | 'DOWN' | 'UNKNOWN',
  availability: 'ACTIVE' | 'DRAIN' = 'ACTIVE',
) => ({
  name,
  status,
  availability,
});

describe('cluster health', () => {
  it('HEALTHY when every serving node is ready', () => {
    expect(clusterHealth([n('a', 'READY'), n('b', 'READY')])).toEqual({
      status: 'HEALTHY',
      reason: '2 of 2 nodes ready',
    });
  });
  it('DEGRADED names the nodes that are not ready', () => {
    expect(clusterHealth([n('a', 'READY'), n('b', 'DOWN'), n('c', 'UNKNOWN')])).toEqual({
      status: 'DEGRADED',
      reason: '1 of 3 nodes ready; b down, c unknown',
    });
  });
  it('UNREACHABLE with no node ready, or no node at all', () => {
    expect(clusterHealth([n('a', 'DOWN')])).toEqual({
      status: 'UNREACHABLE',
      reason: 'no node ready: a down',
    });
    expect(clusterHealth([])).toEqual({ status: 'UNREACHABLE', reason: 'no nodes' });
  });
  it('a drained node that is down does not degrade the cluster', () => {
    expect(clusterHealth([n('a', 'READY'), n('b', 'DOWN', 'DRAIN')]).status).toBe('HEALTHY');
  });
  it('a cluster of drained nodes only is judged on them', () => {
    expect(clusterHealth([n('a', 'DOWN', 'DRAIN')]).status).toBe('UNREACHABLE');
  });
  it('percentile by nearest rank', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([5], 50)).toBe(5);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
  });
});
