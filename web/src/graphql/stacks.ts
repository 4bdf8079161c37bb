import { graphql } from '@/gql';

/* ---------- stacks: a compose file deployed, diffed, updated and removed as one application ---------- */

export const StacksQuery = graphql(`
  query Stacks {
    stacks {
      ...StackFields
    }
  }
`);

export const StackQuery = graphql(`
  query Stack($name: String!) {
    stack(name: $name) {
      ...StackFields
      compose
    }
  }
`);

export const DeployStackMutation = graphql(`
  mutation DeployStack(
    $name: String!
    $compose: String!
    $variables: [StackVariableInput!]
    $envFiles: [StackFileInput!]
    $dryRun: Boolean
    $removeOrphans: Boolean
  ) {
    deployStack(
      name: $name
      compose: $compose
      variables: $variables
      envFiles: $envFiles
      dryRun: $dryRun
      removeOrphans: $removeOrphans
    ) {
      applied
      plan {
        create {
          ...StackPlanItemFields
        }
        update {
          ...StackPlanItemFields
        }
        remove {
          ...StackPlanItemFields
        }
        unchanged
        warnings {
          ...StackWarningFields
        }
      }
      stack {
        ...StackFields
        compose
      }
    }
  }
`);

export const RemoveStackMutation = graphql(`
  mutation RemoveStack($name: String!, $removeVolumes: Boolean) {
    removeStack(name: $name, removeVolumes: $removeVolumes) {
      name
    }
  }
`);

export const StackComposeQuery = graphql(`
  query StackCompose($name: String!) {
    stackCompose(name: $name)
  }
`);
