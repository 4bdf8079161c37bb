// Moved: the planners are observe.ts, update.ts, replicated.ts, global.ts and restart.ts, composed in index.ts.
export * from './index.js';
