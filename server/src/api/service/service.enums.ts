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
registerEnumType(ServiceStatus, { name: 'ServiceStatus' });
registerEnumType(RolloutState, { name: 'RolloutState' });
registerEnumType(TaskState, { name: 'TaskState' });
