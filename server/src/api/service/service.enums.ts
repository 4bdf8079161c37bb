import { registerEnumType } from 'type-graphql';
import {
  FailureAction,
  RestartCondition,
  RolloutState,
  ServiceMode,
  ServiceStatus,
  UpdateOrder,
} from '../../domain/service.js';
import { TaskState } from '../../domain/task.js';

registerEnumType(ServiceMode, {
  name: 'ServiceMode',
  description: 'REPLICATED: n replicas; GLOBAL: one per eligible node',
  valuesConfig: {
    REPLICATED: { description: 'spec.replicas tasks, placed by the scheduler' },
    GLOBAL: { description: 'One task on every eligible node' },
  },
});
registerEnumType(RestartCondition, {
  description: "Which exits of a task's container restart it",
  name: 'ServiceRestartCondition',
  valuesConfig: {
    ON_FAILURE: { description: 'Restart on a non-zero exit only' },
    NONE: { description: 'Never restart' },
    ANY: { description: 'Restart on any exit' },
  },
});
registerEnumType(UpdateOrder, {
  description: 'Whether a task is stopped before or after its replacement starts',
  name: 'UpdateOrder',
  valuesConfig: {
    STOP_FIRST: { description: 'Stop the old task, then start the new one (briefly one fewer replica)' },
    START_FIRST: { description: 'Start the new task, then stop the old one (briefly one more replica)' },
  },
});
registerEnumType(FailureAction, {
  description: 'What a rollout does when more tasks fail than update.maxFailureRatio allows',
  name: 'FailureAction',
  valuesConfig: {
    ROLLBACK: { description: 'Roll back to the previous revision with the rollback config' },
    PAUSE: { description: 'Pause the rollout (state PAUSED) until resumeRollout' },
    CONTINUE: { description: 'Keep rolling out' },
  },
});
registerEnumType(ServiceStatus, {
  description: "One word for a service's state, from its replica counts and rollout",
  name: 'ServiceStatus',
  valuesConfig: {
    PENDING: {
      description:
        'No replica runs yet and nothing has failed: tasks are being created, placed (or wait for room), pulled or started',
    },
    DEPLOYING: {
      description: 'Replicas are starting and nothing has failed: some run, not all are ready yet',
    },
    HEALTHY: { description: 'Every desired replica is running and ready' },
    DEGRADED: { description: 'Fewer replicas ready than desired' },
    FAILED: { description: 'No replica ready: its tasks failed and none is starting, or they crash-loop' },
    UPDATING: { description: 'A rolling update is in progress' },
    ROLLING_BACK: { description: 'A rollback is in progress' },
    PAUSED: { description: 'A rolling update or rollback is paused' },
  },
});
registerEnumType(RolloutState, {
  description: 'Where a rolling update or rollback is',
  name: 'RolloutState',
  valuesConfig: {
    UPDATING: { description: 'An update is replacing tasks' },
    ROLLING_BACK: { description: 'A rollback is replacing tasks' },
    ROLLED_BACK: { description: 'The rollback is done: every task runs the earlier revision' },
    ROLLBACK_PAUSED: { description: 'The rollback is paused' },
    PAUSED: { description: 'The update is paused (by pauseRollout or failureAction PAUSE)' },
    NONE: { description: 'No rollout has run' },
    COMPLETED: { description: 'Every task runs the new revision' },
  },
});
registerEnumType(TaskState, {
  description: "Where a task is in its life (Swarm's task states)",
  name: 'TaskState',
  valuesConfig: {
    STARTING: { description: 'Its container is being pulled, created or started' },
    SHUTDOWN: { description: 'Stopped on purpose (update, scale down, removal)' },
    RUNNING: { description: 'Its container runs' },
    REJECTED: { description: 'The engine refused it (create or pull failed)' },
    PENDING: { description: 'Waiting for a node: none fits yet (see stateReason), or backoff' },
    ORPHANED: { description: 'Its node is down or was removed; the task is replaced elsewhere' },
    NEW: { description: 'Just created' },
    FAILED: { description: 'Its container exited with an error or could not start' },
    COMPLETE: { description: 'Its container exited with 0' },
    ASSIGNED: { description: 'Placed on a node; its container is not created yet' },
  },
});
