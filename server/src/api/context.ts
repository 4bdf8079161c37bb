import type { Logger } from '../logger.js';
import type { Core } from '../core.js';

/** What every resolver gets: the application services, never dockerode or the database. */
export interface Context {
  core: Core;
  log: Logger;
  /**
   * The caller's token, kept for access control (not checked yet): graphql-ws's connection_init
   * payload `authToken`, or HTTP `Authorization: Bearer <token>`.
   */
  authToken?: string;
}
