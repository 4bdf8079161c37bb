import { graphql } from '@/gql';

/* ---------- autoscaling: the loop's view of a service, and setting its policy ---------- */

export const AutoscaleStatusQuery = graphql(`
  query AutoscaleStatus($serviceId: ID!) {
    autoscaleStatus(serviceId: $serviceId) {
      serviceId
      enabled
      replicas
      lastScaleAt
      spec {
        ...AutoscaleSpecFields
      }
      metrics {
        cpuPercent
        memoryPercent
        requestRate
      }
      decisions {
        at
        action
        current
        desired
        recommended
        metric
        value
        target
        reason
        measured
        applied
      }
    }
  }
`);

export const SetAutoscaleMutation = graphql(`
  mutation SetAutoscale($id: ID!, $input: AutoscaleInput) {
    setAutoscale(id: $id, input: $input) {
      ...ServiceFields
      spec {
        autoscale {
          ...AutoscaleSpecFields
        }
      }
    }
  }
`);
