import type { Findings, Path } from './compose-text.js';
import type { ParsedNetwork, ParsedSecret, ParsedVolume } from './types.js';

/** What mapping a compose file's services shares (compose-service.ts, compose-deploy.ts). */

export type Obj = Record<string, unknown>;

export interface MapContext {
  stack: string;
  f: Findings;
  variables: Record<string, string>;
  envFiles: Record<string, string>;
  images: Record<string, string>;
  /** Top-level declarations by compose name (`default` added when a service uses it). */
  networks: Map<string, ParsedNetwork>;
  volumes: Map<string, ParsedVolume>;
  secrets: Map<string, ParsedSecret>;
  /** Compose names of every service of the file. */
  services: Set<string>;
}

/** Where each input field came from, so buildServiceSpec's refusals land on their line. */
export type FieldOrigins = Map<string, Path>;

export const stackName = (stack: string, name: string) => `${stack}_${name}`;

/** Compose's list_or_dict: `["A=1", "B"]` or `{A: 1, B: null}`, values as strings (null: none given). */
export function pairs(value: unknown): [string, string | null][] {
  if (Array.isArray(value))
    return value.map((s: string) => {
      const i = s.indexOf('=');
      return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + 1)];
    });
  if (value && typeof value === 'object')
    return Object.entries(value as Obj).map(([k, v]) => [
      k,
      v === null || v === undefined ? null : String(v),
    ]);
  return [];
}

/** Labels as list_or_dict: a key without `=` or value is an empty label. */
export const labelsOf = (v: unknown): Record<string, string> =>
  Object.fromEntries(pairs(v).map(([k, x]) => [k, x ?? '']));
