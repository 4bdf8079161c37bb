import type { Command } from 'commander';
import { Api } from './client.js';
import { resolveTarget } from './config.js';
import { CliError } from './errors.js';
import { ServiceRefQuery } from './operations.js';

/** Options every command takes (defined on the program). */
export interface Globals {
  url?: string;
  json?: boolean;
}

export const globalsOf = (cmd: Command) => cmd.optsWithGlobals<Globals>();

export const apiOf = (g: Globals) => new Api(resolveTarget(g));

/** A service's id from its id or name; NOT_FOUND when neither matches. */
export async function serviceRef(api: Api, ref: string): Promise<{ id: string; name: string }> {
  const { service } = await api.query(ServiceRefQuery, { id: ref });
  if (!service) throw new CliError('NOT_FOUND', `no service ${ref} (by id or name)`, { field: 'service' });
  return service;
}
