import { AppError } from '../errors.js';
import type { ParsedStack, ParseStackOptions } from './types.js';

/**
 * A compose file → Stevedore's model (issue #18), with the meaning `docker stack deploy` gives it.
 * Refusals are BAD_USER_INPUT naming the line and the compose path (`line 7:
 * services.web.deploy.replicas: must be integer`); every key not honoured is a warning.
 */
export function parseStack(text: string, opts: ParseStackOptions): ParsedStack {
  void text;
  void opts;
  throw new AppError('INTERNAL_SERVER_ERROR', 'parseStack: not yet');
}
