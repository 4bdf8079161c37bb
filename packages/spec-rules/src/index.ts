/**
 * The pure spec rules the server admits by and the dashboard checks its forms with: functions
 * returning errors that name the field, no I/O, no Node-only modules (the browser runs them too).
 */
export * from './field-error.js';
export * from './image-ref.js';
export * from './ports.js';
export * from './resources.js';
export * from './mounts.js';
export * from './health-check.js';
export * from './env.js';
export * from './labels.js';
export * from './restart-policy.js';
export * from './names.js';
export * from './constraint.js';
export * from './service.js';
export * from './progressive.js';
export * from './ingress.js';
