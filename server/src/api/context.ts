import type { Logger } from '../logger.js';
import type { AppModules } from '../core.js';
import type { Principal, RequestInfo } from '../app/access/principal.js';
import type { Loaders } from './loaders.js';

/**
 * What every resolver gets: the use cases and the app ports (AppModules), never a loop, the
 * engines or the database.
 */
export interface Context {
  core: AppModules;
  /** The edges' batched lookups, new for each request (api/loaders.ts). */
  loaders: Loaders;
  log: Logger;
  /**
   * The caller's credential as presented: graphql-ws's connection_init payload `authToken`, or
   * HTTP `Authorization: Bearer <token>` (checked into `principal`; subscriptions share by it).
   */
  authToken?: string;
  /** Who is calling (api/auth): absent when no valid credential came with the request. */
  principal?: Principal;
  /** Where the operation came from (address, user agent, CSRF header, cookie setter). */
  request?: RequestInfo;
  /** The id of this request (HTTP) or operation (graphql-ws) in the logs and in errors' extensions.requestId. */
  requestId?: string;
}
