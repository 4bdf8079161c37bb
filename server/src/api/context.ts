import type { Logger } from '../logger.js';
import type { Core } from '../core.js';

/** What every resolver gets: the application services, never dockerode or the database. */
export interface Context {
  core: Core;
  log: Logger;
}
