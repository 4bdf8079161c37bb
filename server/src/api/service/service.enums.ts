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
});
registerEnumType(RestartCondition, { name: 'ServiceRestartCondition' });
registerEnumType(UpdateOrder, { name: 'UpdateOrder' });
registerEnumType(FailureAction, { name: 'FailureAction' });
registerEnumType(ServiceStatus, {
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
registerEnumType(RolloutState, { name: 'RolloutState' });
registerEnumType(TaskState, { name: 'TaskState' });
