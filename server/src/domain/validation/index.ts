/** Input validation shared by containers and services: pure functions returning field-named errors. */
export * from './field-error.js';
export * from './image-ref.js';
export * from './ports.js';
export * from './resources.js';
export * from './mounts.js';
export * from './health-check.js';
export * from './env.js';
export * from './labels.js';
export * from './restart-policy.js';
