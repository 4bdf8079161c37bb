import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { Role } from '../../domain/auth/roles.js';
import type { EnvironmentPolicy } from '../../domain/auth/policy.js';
import type { Quota } from '../../domain/auth/quota.js';
import type { AuditEntry } from '../../app/access/audit.js';
import { connectionType } from '../common/connection.js';
import type { ApiToken, User } from '../../app/access/auth.js';
import type { Environment } from '../../app/access/environments.js';
import type { SecretRecord } from '../../app/access/secrets.js';

registerEnumType(Role, {
  name: 'Role',
  description:
    'VIEWER reads; OPERATOR also deploys and changes; ADMIN also manages nodes, users, quotas and policies',
  valuesConfig: {
    VIEWER: { description: 'Reads' },
    OPERATOR: { description: 'Everything VIEWER may, and deploys and changes workloads' },
    ADMIN: { description: 'Everything OPERATOR may, and nodes, users, quotas and policies' },
  },
});

@ObjectType('RoleBinding', { description: 'A role of a user in an environment (* = every environment)' })
export class RoleBindingType {
  @Field(() => ID, { description: 'User id' }) userId: string;
  @Field(() => String, { description: 'Username' }) username: string;
  @Field(() => String, { description: 'Environment id, or * for every environment' }) environment: string;
  @Field(() => Role, { description: 'The role held there' }) role: Role;
}

@ObjectType('EnvironmentRole', { description: 'A role in one environment' })
export class EnvironmentRoleType {
  @Field(() => String, { description: 'Environment id, or * for every environment' }) environment: string;
  @Field(() => Role, { description: 'The role held there' }) role: Role;
}

@ObjectType('Me', { description: 'The caller, as the server sees it' })
export class MeType {
  @Field(() => ID, { description: 'User id; null: anonymous (access control off)', nullable: true }) userId:
    string | null;
  @Field(() => String, { description: 'Username, or anonymous' }) username: string;
  @Field(() => String, {
    description: 'How the caller is signed in: user (session), token, or anonymous (STEVEDORE_AUTH=off)',
  })
  kind: string;
  @Field(() => String, { description: 'Name of the API token used; null: not a token', nullable: true })
  tokenName: string | null;
  @Field(() => [EnvironmentRoleType], { description: 'Roles in effect now (a token: capped by its scope)' })
  roles: EnvironmentRoleType[];
  @Field(() => Date, {
    description: 'When the session or token ends; null: never (or access control off)',
    nullable: true,
  })
  expiresAt: Date | null;
  @Field(() => Boolean, { description: 'Whether this server enforces access control (STEVEDORE_AUTH)' })
  authEnabled: boolean;
}

@ObjectType('User', { description: 'A person who signs in, with roles per environment' })
export class UserType {
  @Field(() => ID, { description: 'User id' }) id: string;
  @Field(() => String, { description: 'Login name, unique' }) username: string;
  @Field(() => Boolean, { description: 'True: cannot sign in, and its tokens are refused' })
  disabled: boolean;
  @Field(() => Date, { description: 'When it was created' }) createdAt: Date;
  @Field(() => Date, { description: 'When it last signed in; null: never', nullable: true })
  lastLoginAt: Date | null;
  @Field(() => [EnvironmentRoleType], { description: 'Its roles, per environment' })
  roles: EnvironmentRoleType[];

  static from(u: User, roles: EnvironmentRoleType[]): UserType {
    return {
      id: u.id,
      username: u.username,
      disabled: u.disabled,
      createdAt: u.createdAt,
      lastLoginAt: u.lastLoginAt,
      roles,
    };
  }
}

@ObjectType('LoginResult', {
  description: 'The session is in the http-only cookie; send x-stevedore-csrf on mutations',
})
export class LoginResultType {
  @Field(() => MeType, { description: 'The signed-in user' }) me: MeType;
  @Field(() => Date, { description: 'When the session ends: STEVEDORE_SESSION_TTL after sign-in' })
  expiresAt: Date;
}

@ObjectType('ApiToken', { description: 'An API token; its value is shown once, at creation' })
export class ApiTokenType {
  @Field(() => ID, { description: 'Token id (not the secret token itself)' }) id: string;
  @Field(() => String, { description: 'Name given at creation, to tell tokens apart' }) name: string;
  @Field(() => String, { description: 'The first characters, to tell tokens apart' }) prefix: string;
  @Field(() => String, { description: 'Username of the user who created it' }) owner: string;
  @Field(() => Role, { description: "Its role in each of its environments (at most its owner's)" })
  role: Role;
  @Field(() => [String], { description: 'Environment ids, or * for all' }) environments: string[];
  @Field(() => Date, { description: 'When it was created' }) createdAt: Date;
  @Field(() => Date, { description: 'When it stops working; null: never', nullable: true })
  expiresAt: Date | null;
  @Field(() => Date, {
    description: 'When it last authenticated a request; null: never used',
    nullable: true,
  })
  lastUsedAt: Date | null;
  @Field(() => Date, { description: 'When it was revoked; null: not revoked', nullable: true })
  revokedAt: Date | null;
  @Field(() => Boolean, { description: 'True: not revoked and not expired' }) active: boolean;

  static from(t: ApiToken, owner: string, now = new Date()): ApiTokenType {
    return {
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      owner,
      role: t.role,
      environments: t.environments,
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      lastUsedAt: t.lastUsedAt,
      revokedAt: t.revokedAt,
      active: !t.revokedAt && (!t.expiresAt || t.expiresAt > now),
    };
  }
}

@ObjectType('CreatedApiToken', { description: 'A token just created, with its secret shown this once' })
export class CreatedApiTokenType {
  @Field(() => String, { description: 'The token: shown this once, store it now' }) token: string;
  @Field(() => ApiTokenType, { description: "The token's record (without the secret)" })
  apiToken: ApiTokenType;
}

@ObjectType('Quota', { description: 'Limits of an environment; null = unlimited' })
export class QuotaType {
  @Field(() => Float, {
    description: 'Most CPUs, counted as max(limit, reservation) per replica or container; null: unlimited',
    nullable: true,
  })
  maxCpus: number | null;
  @Field(() => SafeIntResolver, { description: 'Most memory, in bytes; null: unlimited', nullable: true })
  maxMemoryBytes: number | null;
  @Field(() => Int, { description: 'Most services; null: unlimited', nullable: true }) maxServices:
    number | null;
  @Field(() => Int, {
    description: 'Most service replicas plus standalone containers; null: unlimited',
    nullable: true,
  })
  maxContainers: number | null;

  static from(q: Quota): QuotaType {
    return { ...q };
  }
}

@ObjectType('EnvironmentPolicy', { description: 'What workloads of the environment may ask of the host' })
export class EnvironmentPolicyType {
  @Field(() => Boolean, { description: 'True: workloads may run privileged' }) allowPrivileged: boolean;
  @Field(() => Boolean, { description: "True: workloads may use the host's network namespace" })
  allowHostNetwork: boolean;
  @Field(() => Boolean, { description: "True: workloads may use the host's PID namespace" })
  allowHostPid: boolean;
  @Field(() => Boolean, {
    description: "True: workloads may mount the engine's socket (/var/run/docker.sock)",
  })
  allowDockerSocket: boolean;
  @Field(() => [String], { description: 'Linux capabilities workloads may add; empty: none' })
  allowedCapabilities: string[];
  @Field(() => [String], {
    nullable: true,
    description:
      'Host paths binds must also be under; null: the cluster-wide STEVEDORE_BIND_ALLOWED_PATHS as is',
  })
  bindAllowedPaths: string[] | null;

  static from(p: EnvironmentPolicy): EnvironmentPolicyType {
    return { ...p };
  }
}

@ObjectType('Environment', {
  description: 'A group of clusters with its own roles, quota, policy and secrets',
})
export class EnvironmentType {
  @Field(() => ID, { description: 'Environment id' }) id: string;
  @Field(() => String, { description: 'Environment name, unique' }) name: string;
  @Field(() => String, { description: 'Free text; empty: none' }) description: string;
  @Field(() => [ID], { description: 'Ids of the clusters in it' }) clusterIds: string[];
  @Field(() => QuotaType, { description: 'Most CPU, memory, services and containers its workloads may use' })
  quota: QuotaType;
  @Field(() => EnvironmentPolicyType, { description: 'What its workloads may do on the hosts' })
  policy: EnvironmentPolicyType;
  @Field(() => Date, { description: 'When it was created' }) createdAt: Date;

  static from(e: Environment, clusterIds: string[]): EnvironmentType {
    return {
      id: e.id,
      name: e.name,
      description: e.description,
      clusterIds,
      quota: QuotaType.from(e.quota),
      policy: EnvironmentPolicyType.from(e.policy),
      createdAt: e.createdAt,
    };
  }
}

@ObjectType('QuotaUsage', { description: 'What an environment uses against its quota' })
export class QuotaUsageType {
  @Field(() => String, { description: 'Environment id' }) environment: string;
  @Field(() => QuotaType, { description: "The environment's quota" }) quota: QuotaType;
  @Field(() => Float, { description: 'CPUs counted: max(limit, reservation) per replica or container' })
  cpus: number;
  @Field(() => SafeIntResolver, {
    description: 'Memory counted, in bytes: max(limit, reservation) per replica or container',
  })
  memoryBytes: number;
  @Field(() => Int, { description: 'Services in the environment' }) services: number;
  @Field(() => Int, { description: 'Service replicas plus running standalone containers' })
  containers: number;
  @Field(() => [String], { description: 'Nodes whose standalone containers could not be counted' })
  unreachableNodes: string[];
}

@ObjectType('Secret', { description: 'A secret: its name and history, never its value' })
export class SecretType {
  @Field(() => String, { description: 'Secret name, unique in its environment' }) name: string;
  @Field(() => String, { description: 'Environment id' }) environment: string;
  @Field(() => Int, { description: 'Bumped by each rotation' }) version: number;
  @Field(() => String, { description: 'Who created it (username or token name)' }) createdBy: string;
  @Field(() => Date, { description: 'When it was created' }) createdAt: Date;
  @Field(() => Date, { description: 'When it was last rotated (or created)' }) updatedAt: Date;
  @Field(() => [String], { description: 'Services referring to it' }) usedBy: string[];

  static from(s: SecretRecord, usedBy: string[]): SecretType {
    return {
      name: s.name,
      environment: s.environmentId,
      version: s.version,
      createdBy: s.createdBy,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      usedBy,
    };
  }
}

@ObjectType('AuditEntry', { description: 'Who did what, when, from where, and how it ended' })
export class AuditEntryType {
  @Field(() => SafeIntResolver, { description: 'Cursor: increasing, never reused' }) id: number;
  @Field(() => Date, { description: 'When it was done' }) time: Date;
  @Field(() => String, {
    description:
      'Who did it: a username, "username (token name)" for an API token, anonymous, or stevedore for the control plane itself',
  })
  actor: string;
  @Field(() => String, {
    description:
      'The kind of actor: user (a session), token (an API token), or anonymous (access control off, or the control plane itself)',
  })
  actorKind: string;
  @Field(() => String, { description: "What was done: the mutation's name, e.g. updateService, or login" })
  action: string;
  @Field(() => String, {
    description: 'The environment the action touched; null: none (e.g. login, nodes)',
    nullable: true,
  })
  environment: string | null;
  @Field(() => String, {
    description: 'What it was done to (a service, node or user name, or id); null: nothing named',
    nullable: true,
  })
  target: string | null;
  @Field(() => String, { description: "The client's IP address" }) ip: string;
  @Field(() => String, { description: "The client's User-Agent header; empty: none sent" }) userAgent: string;
  @Field(() => String, { description: 'Whether it succeeded: ok or error' }) outcome: string;
  @Field(() => String, {
    description: "The error's extensions.code when outcome is error; null: ok",
    nullable: true,
  })
  errorCode: string | null;
  @Field(() => String, { nullable: true, description: 'The arguments as JSON, sensitive values cut out' })
  details: string | null;

  static from(e: AuditEntry): AuditEntryType {
    return {
      id: e.id,
      time: e.time,
      actor: e.actor,
      actorKind: e.actorKind,
      action: e.action,
      environment: e.environmentId,
      target: e.target,
      ip: e.ip,
      userAgent: e.userAgent,
      outcome: e.outcome,
      errorCode: e.errorCode,
      details: e.details ? JSON.stringify(e.details) : null,
    };
  }
}

@ObjectType('AuditEntryConnection', {
  description: 'A page of the audit log, newest first (Relay cursor connection)',
})
export class AuditEntryConnection extends connectionType(AuditEntryType, 'AuditEntry', 'audit entry') {}

@ObjectType('AuditPage', { description: 'One page of the audit log' })
export class AuditPageType {
  @Field(() => [AuditEntryType], { description: 'The entries of this page, in the order asked for' })
  items: AuditEntryType[];
  @Field(() => SafeIntResolver, {
    description: 'Pass as before (newest first) or after (oldest first) for the next page; null: no more',
    nullable: true,
  })
  nextCursor: number | null;
  @Field(() => Boolean, { description: 'True: more entries match beyond this page' }) hasMore: boolean;
}

// ------------------------------------------------------------------ inputs

@InputType({ description: 'A role in one environment' })
export class EnvironmentRoleInput {
  @Field(() => String, { description: 'Environment id or name, or * for every environment' })
  environment: string;
  @Field(() => Role, { description: 'The role to give there' }) role: Role;
}

@InputType({ description: 'A new user' })
export class CreateUserInput {
  @Field(() => String, { description: 'Login name, unique' }) username: string;
  @Field(() => String, { description: 'At least 8 characters' }) password: string;
  @Field(() => [EnvironmentRoleInput], {
    description: 'Roles to give; default none (the user can sign in and sees nothing)',
    nullable: true,
  })
  roles?: EnvironmentRoleInput[];
}

@InputType({ description: 'Changes to a user; fields not given stay' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: "A new password (ends the user's sessions)" })
  password?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'A disabled user cannot sign in; sessions and tokens stop working',
  })
  disabled?: boolean;
}

@InputType({ description: 'A new API token for the caller' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'A name to tell it apart, unique among your tokens' }) name: string;
  @Field(() => Role, { description: 'At most your own role in each environment' }) role: Role;
  @Field(() => [String], { description: 'Environment ids or names, or ["*"] for every environment' })
  environments: string[];
  @Field(() => Date, {
    description: 'When it stops working; default: never (or expiresInDays)',
    nullable: true,
  })
  expiresAt?: Date;
  @Field(() => Int, { nullable: true, description: 'Alternative to expiresAt; default: no expiry' })
  expiresInDays?: number;
}

@InputType({ description: 'A new environment' })
export class CreateEnvironmentInput {
  @Field(() => String, {
    description: 'Environment name, unique: 1..63 letters, digits, _, . and -, a letter or digit first',
  })
  name: string;
  @Field(() => String, { description: 'Free text shown with it; default empty', nullable: true })
  description?: string;
  @Field(() => [ID], {
    nullable: true,
    description: 'Clusters to move in; none: a new cluster of the same name',
  })
  clusterIds?: string[];
}

@InputType({ description: 'null (or absent) = unlimited' })
export class QuotaInput {
  @Field(() => Float, { description: 'Most CPUs (may be fractional); not given: unlimited', nullable: true })
  maxCpus?: number;
  @Field(() => String, { nullable: true, description: 'e.g. "8g", "512m" or bytes' }) maxMemory?: string;
  @Field(() => Int, { description: 'Most services; not given: unlimited', nullable: true })
  maxServices?: number;
  @Field(() => Int, {
    description: 'Most service replicas plus standalone containers; not given: unlimited',
    nullable: true,
  })
  maxContainers?: number;
}

@InputType({ description: 'The whole policy: absent switches are off' })
export class EnvironmentPolicyInput {
  @Field(() => Boolean, { description: 'Workloads may run privileged; default false', nullable: true })
  allowPrivileged?: boolean;
  @Field(() => Boolean, {
    description: "Workloads may use the host's network namespace; default false",
    nullable: true,
  })
  allowHostNetwork?: boolean;
  @Field(() => Boolean, {
    description: "Workloads may use the host's PID namespace; default false",
    nullable: true,
  })
  allowHostPid?: boolean;
  @Field(() => Boolean, {
    description: "Workloads may mount the engine's socket; default false",
    nullable: true,
  })
  allowDockerSocket?: boolean;
  @Field(() => [String], {
    description: 'Linux capabilities workloads may add, e.g. NET_ADMIN; default none',
    nullable: true,
  })
  allowedCapabilities?: string[];
  @Field(() => [String], {
    description:
      'Host paths binds must be under (within STEVEDORE_BIND_ALLOWED_PATHS); null: the cluster-wide list as is',
    nullable: true,
  })
  bindAllowedPaths?: string[];
}

@InputType({ description: 'Which audit entries; the fields given must all match' })
export class AuditFilterInput {
  @Field(() => String, { description: 'Only this actor, as AuditEntry.actor shows it', nullable: true })
  actor?: string;
  @Field(() => String, { description: 'Only this action, e.g. updateService', nullable: true })
  action?: string;
  @Field(() => String, { description: 'Only this environment (id or name)', nullable: true })
  environment?: string;
  @Field(() => String, { nullable: true, description: 'Only entries with this outcome: ok or error' })
  outcome?: string;
  @Field(() => Date, { description: 'Only entries at or after this time', nullable: true }) since?: Date;
  @Field(() => Date, { description: 'Only entries before this time', nullable: true }) until?: Date;
}
