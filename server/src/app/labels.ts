/**
 * Labels on every container Stevedore runs for a task. They are the source of truth after a
 * crash: a control plane restarted with an empty memory rebuilds task ↔ container links from them.
 */
export const LABEL = {
  managed: 'stevedore.managed',
  installation: 'stevedore.installation',
  kind: 'stevedore.kind',
  service: 'stevedore.service',
  serviceName: 'stevedore.service.name',
  task: 'stevedore.task',
  slot: 'stevedore.slot',
  revision: 'stevedore.revision',
  node: 'stevedore.node',
  /** The stack (issue #18) a service, its containers, networks and volumes belong to. */
  stack: 'stevedore.stack',
} as const;

export const TASK_KIND = 'task';
