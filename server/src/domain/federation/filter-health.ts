import { seconds, type ClusterFilter } from './types.js';

/**
 * A cluster UNREACHABLE for longer than the grace period runs nothing: its share is divided over
 * the others (failover). Within the grace it keeps its share, so a blip moves nothing; DEGRADED
 * clusters still have ready nodes and keep theirs.
 */
export const healthFilter: ClusterFilter = {
  name: 'health',
  check: (c, ctx) =>
    c.health.status !== 'UNREACHABLE' || ctx.now.getTime() - c.health.since.getTime() <= ctx.graceMs,
  explain: (c, ctx) =>
    `UNREACHABLE for ${seconds(ctx.now.getTime() - c.health.since.getTime())} (${c.health.reason})`,
};
