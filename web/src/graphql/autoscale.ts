import { graphql } from '@/gql';

/* ---------- autoscaling: the loop's view of a service, and setting its policy ---------- */

export const AutoscaleSpecFragment = graphql(`
  fragment AutoscaleSpecFields on AutoscaleSpec {
    min
    max
    targetCpuPercent
    targetMemoryPercent
    targetRequestRate
    tolerance
    scaleUpStabilizationMs
    scaleDownStabilizationMs
    cooldownMs
  }
`);

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
      id
      revision
      desiredReplicas
      spec {
        autoscale {
          ...AutoscaleSpecFields
        }
      }
    }
  }
`);
