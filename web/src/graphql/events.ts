import { graphql } from '@/gql';

/* ---------- the event history and the live event stream ---------- */

export const EventsQuery = graphql(`
  query Events($filter: EventFilter, $before: SafeInt, $limit: Int!) {
    events(filter: $filter, before: $before, limit: $limit) {
      items {
        ...EventFields
      }
      nextCursor
      hasMore
    }
  }
`);

export const EventsSubscription = graphql(`
  subscription LiveEvents($after: SafeInt, $filter: EventFilter) {
    events(after: $after, filter: $filter) {
      ...EventFields
    }
  }
`);
