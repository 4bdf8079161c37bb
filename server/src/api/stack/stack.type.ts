import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StackStatus } from '../../domain/stack.js';
import { ServiceType } from '../service/service.type.js';
import { connectionType } from '../common/connection.js';

registerEnumType(StackStatus, {
  name: 'StackStatus',
  description: "Rolled up from the stack's services: the worst of their statuses (any rollout is UPDATING)",
  valuesConfig: {
    UPDATING: { description: 'A service is rolling out or back' },
    PENDING: { description: 'No service runs a replica yet' },
    HEALTHY: { description: 'Every service is HEALTHY' },
    FAILED: { description: 'A service has no replica ready' },
    DEPLOYING: { description: 'Services are starting; nothing has failed' },
    DEGRADED: { description: 'A service has fewer replicas ready than desired' },
    EMPTY: { description: 'The stack has no service' },
  },
});

@ObjectType({
  description: 'A compose key Stevedore does not honour, or honours in part: never dropped silently',
})
export class StackWarning {
  @Field(() => String, { description: 'Dotted compose path, e.g. "services.web.build"' }) path: string;
  @Field(() => String, { nullable: true, description: 'The service the key belongs to, if any' })
  service: string | null;
  @Field(() => String, { description: 'The compose key, e.g. "build"' }) key: string;
  @Field(() => String, { description: 'What is not honoured and what Stevedore does instead, as a sentence' })
  message: string;
  @Field(() => Int, { nullable: true, description: '1-based line in the compose file' }) line: number | null;
}

@ObjectType({ description: 'One field a redeploy changes' })
export class StackFieldChange {
  @Field(() => String, { description: 'Spec path, e.g. "image" or "env.LOG_LEVEL"' }) field: string;
  @Field(() => String, { nullable: true, description: 'Before, as JSON (null: absent)' }) from: string | null;
  @Field(() => String, { nullable: true, description: 'After, as JSON (null: absent)' }) to: string | null;
}

@ObjectType({ description: 'A member of the stack a deploy creates, updates or removes' })
export class StackPlanItem {
  @Field(() => String, { description: 'What it is: service, network, volume or secret' }) kind: string;
  @Field(() => String, { description: 'Its name on the cluster: <stack>_<compose name> (external: its own)' })
  name: string;
  @Field(() => [StackFieldChange], {
    description:
      "For a service update: each field of its spec that changes (the stored spec, without Stevedore's volume pins, against the file's); a secret's value is never shown",
  })
  diff: StackFieldChange[];
}

@ObjectType({ description: 'What a deploy does (or, on a dry run, would do)' })
export class StackPlan {
  @Field(() => [StackPlanItem], { description: 'Members to be created' }) create: StackPlanItem[];
  @Field(() => [StackPlanItem], {
    description:
      'Services whose spec changes (each goes through its normal rolling update) and secrets whose value changes',
  })
  update: StackPlanItem[];
  @Field(() => [StackPlanItem], {
    description:
      'Services, networks and secrets of the stack the file no longer has: removed only with removeOrphans, else left as they are (a warning says so); volumes are never removed by a deploy',
  })
  remove: StackPlanItem[];
  @Field(() => [String], { description: '"kind:name" of the members left as they are' }) unchanged: string[];
  @Field(() => [StackWarning], {
    description:
      'Every key of the file not honoured (or honoured in part), and what the plan leaves as it is',
  })
  warnings: StackWarning[];
}

@ObjectType({ description: 'A compose file deployed as one application' })
export class Stack {
  @Field(() => String, { description: 'Stack name, the prefix of what it creates' }) name: string;
  @Field(() => String, { description: 'Id of its cluster' }) clusterId: string;
  @Field(() => [ServiceType], {
    description:
      "The stack's services, named <stack>_<compose name> (their containers labelled stevedore.stack=<name>)",
  })
  services: ServiceType[];
  @Field(() => [String], {
    description: 'Cluster networks of the stack (created by it, or external), by name',
  })
  networks: string[];
  @Field(() => [String], {
    description:
      'Named volumes of the stack, by name (created on the node where the first task mounting one lands)',
  })
  volumes: string[];
  @Field(() => [String], { description: "Secrets of the stack in its cluster's environment, by name" })
  secrets: string[];
  @Field(() => StackStatus, { description: 'One word for its services taken together' }) status: StackStatus;
  @Field(() => String, { description: 'The compose file last deployed, as given' }) compose: string;
  @Field(() => [String], { description: 'Names of the variables given with the last deploy (never values)' })
  variables: string[];
  @Field(() => [StackWarning], { description: 'Warnings of the last deploy' }) warnings: StackWarning[];
  @Field(() => Date, { description: 'When it was first deployed' }) createdAt: Date;
  @Field(() => Date, { description: 'When it was last deployed' }) updatedAt: Date;
}

@ObjectType('StackConnection', { description: 'A page of stacks (Relay cursor connection)' })
export class StackConnection extends connectionType(Stack, 'Stack', 'stack') {}

@ObjectType({ description: 'What deployStack did, or on a dry run would do' })
export class DeployStackResult {
  @Field(() => StackPlan, {
    description: 'What the deploy creates, updates and removes (with dryRun, what it would)',
  })
  plan: StackPlan;
  @Field(() => Stack, {
    nullable: true,
    description: 'The stack after the deploy (on a dry run: as it is now)',
  })
  stack: Stack | null;
  @Field(() => Boolean, { description: 'False for a dry run: nothing was touched' }) applied: boolean;
}
