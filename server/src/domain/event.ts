/**
 * Everything that happens, as one typed record: the real-time stream, the event history and the
 * dashboard's feed all carry this shape. `kind` is dotted: node.down, container.died, task.state...
 */
export type Severity = 'INFO' | 'WARNING' | 'ERROR';

export interface StevedoreEvent {
  kind: string;
  severity: Severity;
  message: string;
  clusterId?: string;
  nodeId?: string;
  serviceId?: string;
  taskId?: string;
  containerId?: string;
  data?: Record<string, unknown>;
  time: Date;
}
