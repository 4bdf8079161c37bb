import { graphql } from '@/gql';

/* ---------- progressive rollouts: the timeline of a canary or blue-green, promote and abort ---------- */

export const RolloutTimelineQuery = graphql(`
  query RolloutTimeline($id: ID!, $limit: Int!) {
    service(id: $id) {
      id
      rollout {
        timeline(limit: $limit) {
          ...RolloutSampleFields
        }
      }
    }
  }
`);

export const PromoteRolloutMutation = graphql(`
  mutation PromoteRollout($id: ID!) {
    promoteRollout(id: $id) {
      ...ServiceFields
    }
  }
`);

export const AbortRolloutMutation = graphql(`
  mutation AbortRollout($id: ID!) {
    abortRollout(id: $id) {
      ...ServiceFields
    }
  }
`);
