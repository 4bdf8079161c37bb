import type { ServiceSpecInput } from '../service-spec.js';

/**
 * The shared types of stacks (issue #18): what `parseStack` (compose.ts, the pure translation of a
 * compose file) gives, and the plan a deploy computes from it (stacks.ts).
 *
 * Names: every service, network and volume a stack creates is named `<stack>_<compose name>`, as
 * `docker stack deploy` does; the compose name stays the DNS alias of a service on the stack's
 * networks (`aliases`), so `db` still resolves inside the stack. Secrets keep the `<stack>_` prefix
 * too unless `external` (then the name is the stored secret's own, or its `name:`).
 */

/** A key of the compose file Stevedore does not honour (or honours only in part), with where it is. */
export interface StackWarning {
  /** Dotted compose path, e.g. `services.web.build`. */
  path: string;
  /** The compose name of the service it is about; null for a top-level key. */
  service: string | null;
  /** The last key of the path, e.g. `build`. */
  key: string;
  message: string;
  /** 1-based line in the compose file, when known. */
  line: number | null;
}

/** One reason a compose file is refused (all of them are in the error's `details.problems`). */
export interface StackProblem {
  /** Dotted compose path, e.g. `services.web.deploy.replicas`; `` for the whole file. */
  path: string;
  service: string | null;
  key: string;
  reason: string;
  line: number | null;
}

export type DependsOnCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

export interface ParsedService {
  /** The Stevedore name, `<stack>_<compose name>` (the same as `input.name`). */
  name: string;
  /** The name under `services:` in the file. */
  composeName: string;
  /** Exactly what createService takes: admission runs the same pipeline on it. */
  input: ServiceSpecInput;
  /** Start order on first deploy: `service` is the dependency's Stevedore name. */
  dependsOn: { service: string; composeName: string; condition: DependsOnCondition }[];
  /**
   * DNS names of the service on each of its networks (Stevedore network names): the compose name
   * always, then the `aliases` the file gives on that network.
   */
  aliases: { network: string; aliases: string[] }[];
  /** 1-based line of the service's key in the file. */
  line: number;
}

export interface ParsedNetwork {
  /** Stevedore name: `<stack>_<compose name>`, or for `external` the network's own (or its `name:`). */
  name: string;
  composeName: string;
  /** Must exist already; the stack neither creates nor removes it. */
  external: boolean;
  /** `internal: true`: the INTERNAL driver (no way out of the network). */
  internal: boolean;
  labels: Record<string, string>;
  /** The first `ipam.config[].subnet`, when given. */
  subnet: string | null;
  gateway: string | null;
  line: number;
}

export interface ParsedVolume {
  name: string;
  composeName: string;
  external: boolean;
  labels: Record<string, string>;
  /** `local` (or absent) is the only driver the engines are asked for. */
  driver: string | null;
  line: number;
}

export interface ParsedSecret {
  name: string;
  composeName: string;
  /** Must exist in Stevedore's secret store already. */
  external: boolean;
  /** `file:` as written (its content must be passed in the call, by this path). */
  file: string | null;
  /** The content: from `envFiles`/secret files passed in the call by `file` path, or `environment:`'s variable. */
  content: string | null;
  line: number;
}

export interface ParsedStack {
  services: ParsedService[];
  networks: ParsedNetwork[];
  volumes: ParsedVolume[];
  secrets: ParsedSecret[];
  warnings: StackWarning[];
  /** The `${VAR}` names the file uses (not their values). */
  variables: string[];
}

export interface ParseStackOptions {
  /** The stack's name: the prefix of what it creates. */
  stack: string;
  /** `${VAR}` values given in the call (nothing is read from the server's own environment). */
  variables: Record<string, string>;
  /** Contents of the files `env_file:` and `secrets.*.file` name, by the path written in the file. */
  envFiles?: Record<string, string>;
  /**
   * Image substitutions given in the call, as Kustomize's `images:`: an image the file names (as
   * written, after interpolation) → the image to run instead.
   */
  images?: Record<string, string>;
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export type StackMemberKind = 'service' | 'network' | 'volume' | 'secret';

export interface StackPlanItem {
  kind: StackMemberKind;
  name: string;
  diff: FieldChange[];
}

/** What a deploy does: created, updated (with the field diff), removed, and left as is. */
export interface StackPlan {
  create: StackPlanItem[];
  update: StackPlanItem[];
  remove: StackPlanItem[];
  /** `kind:name` of members the file leaves as they are. */
  unchanged: string[];
  warnings: StackWarning[];
}
