import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { Role } from '../../domain/auth/roles.js';
import type { EnvironmentPolicy } from '../../domain/auth/policy.js';
import type { Quota } from '../../domain/auth/quota.js';
import type { AuditEntry } from '../../app/access/audit.js';
import type { ApiToken, User } from '../../app/access/auth.js';
import type { Environment } from '../../app/access/environments.js';
import type { SecretRecord } from '../../app/access/secrets.js';

registerEnumType(Role, {
  name: 'Role',
  description:
    'VIEWER reads; OPERATOR also deploys and changes; ADMIN also manages nodes, users, quotas and policies',
});

@ObjectType('RoleBinding', { description: 'A role of a user in an environment (* = every environment)' })
export class RoleBindingType {
  @Field(() => ID) userId: string;
  @Field(() => String) username: string;
  @Field(() => String) environment: string;
  @Field(() => Role) role: Role;
}

@ObjectType('EnvironmentRole')
export class EnvironmentRoleType {
  @Field(() => String, { description: 'Environment id, or * for every environment' }) environment: string;
  @Field(() => Role) role: Role;
}

@ObjectType('Me', { description: 'The caller, as the server sees it' })
export class MeType {
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => String) username: string;
  @Field(() => String, { description: 'user (session), token, or anonymous (STEVEDORE_AUTH=off)' })
  kind: string;
  @Field(() => String, { nullable: true }) tokenName: string | null;
  @Field(() => [EnvironmentRoleType], { description: 'Roles in effect now (a token: capped by its scope)' })
  roles: EnvironmentRoleType[];
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => Boolean, { description: 'Whether this server enforces access control (STEVEDORE_AUTH)' })
  authEnabled: boolean;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field(() => String) username: string;
  @Field(() => Boolean) disabled: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) lastLoginAt: Date | null;
  @Field(() => [EnvironmentRoleType]) roles: EnvironmentRoleType[];

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
  @Field(() => MeType) me: MeType;
  @Field(() => Date) expiresAt: Date;
}

@ObjectType('ApiToken', { description: 'An API token; its value is shown once, at creation' })
export class ApiTokenType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'The first characters, to tell tokens apart' }) prefix: string;
  @Field(() => String) owner: string;
  @Field(() => Role) role: Role;
  @Field(() => [String], { description: 'Environment ids, or * for all' }) environments: string[];
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => Boolean) active: boolean;

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

@ObjectType('CreatedApiToken')
export class CreatedApiTokenType {
  @Field(() => String, { description: 'The token: shown this once, store it now' }) token: string;
  @Field(() => ApiTokenType) apiToken: ApiTokenType;
}

@ObjectType('Quota', { description: 'Limits of an environment; null = unlimited' })
export class QuotaType {
  @Field(() => Float, { nullable: true }) maxCpus: number | null;
  @Field(() => SafeIntResolver, { nullable: true }) maxMemoryBytes: number | null;
  @Field(() => Int, { nullable: true }) maxServices: number | null;
  @Field(() => Int, { nullable: true }) maxContainers: number | null;

  static from(q: Quota): QuotaType {
    return { ...q };
  }
}

@ObjectType('EnvironmentPolicy', { description: 'What workloads of the environment may ask of the host' })
export class EnvironmentPolicyType {
  @Field(() => Boolean) allowPrivileged: boolean;
  @Field(() => Boolean) allowHostNetwork: boolean;
  @Field(() => Boolean) allowHostPid: boolean;
  @Field(() => Boolean) allowDockerSocket: boolean;
  @Field(() => [String]) allowedCapabilities: string[];
  @Field(() => [String], {
    nullable: true,
    description:
      'null: the cluster-wide STEVEDORE_BIND_ALLOWED_PATHS as is; else binds must also be under one of these',
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
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) description: string;
  @Field(() => [ID]) clusterIds: string[];
  @Field(() => QuotaType) quota: QuotaType;
  @Field(() => EnvironmentPolicyType) policy: EnvironmentPolicyType;
  @Field(() => Date) createdAt: Date;

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
  @Field(() => String) environment: string;
  @Field(() => QuotaType) quota: QuotaType;
  @Field(() => Float, { description: 'CPUs counted: max(limit, reservation) per replica or container' })
  cpus: number;
  @Field(() => SafeIntResolver) memoryBytes: number;
  @Field(() => Int) services: number;
  @Field(() => Int, { description: 'Service replicas plus running standalone containers' })
  containers: number;
  @Field(() => [String], { description: 'Nodes whose standalone containers could not be counted' })
  unreachableNodes: string[];
}

@ObjectType('Secret', { description: 'A secret: its name and history, never its value' })
export class SecretType {
  @Field(() => String) name: string;
  @Field(() => String) environment: string;
  @Field(() => Int, { description: 'Bumped by each rotation' }) version: number;
  @Field(() => String) createdBy: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
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
  @Field(() => Date) time: Date;
  @Field(() => String) actor: string;
  @Field(() => String) actorKind: string;
  @Field(() => String) action: string;
  @Field(() => String, { nullable: true }) environment: string | null;
  @Field(() => String, { nullable: true }) target: string | null;
  @Field(() => String) ip: string;
  @Field(() => String) userAgent: string;
  @Field(() => String, { description: 'ok or error' }) outcome: string;
  @Field(() => String, { nullable: true }) errorCode: string | null;
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

@ObjectType('AuditPage')
export class AuditPageType {
  @Field(() => [AuditEntryType]) items: AuditEntryType[];
  @Field(() => SafeIntResolver, { nullable: true }) nextCursor: number | null;
  @Field(() => Boolean) hasMore: boolean;
}

// ------------------------------------------------------------------ inputs

@InputType()
export class EnvironmentRoleInput {
  @Field(() => String, { description: 'Environment id or name, or * for every environment' })
  environment: string;
  @Field(() => Role) role: Role;
}

@InputType()
export class CreateUserInput {
  @Field(() => String) username: string;
  @Field(() => String, { description: 'At least 8 characters' }) password: string;
  @Field(() => [EnvironmentRoleInput], { nullable: true }) roles?: EnvironmentRoleInput[];
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: "A new password (ends the user's sessions)" })
  password?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'A disabled user cannot sign in; sessions and tokens stop working',
  })
  disabled?: boolean;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String) name: string;
  @Field(() => Role, { description: 'At most your own role in each environment' }) role: Role;
  @Field(() => [String], { description: 'Environment ids or names, or ["*"] for every environment' })
  environments: string[];
  @Field(() => Date, { nullable: true }) expiresAt?: Date;
  @Field(() => Int, { nullable: true, description: 'Alternative to expiresAt; default: no expiry' })
  expiresInDays?: number;
}

@InputType()
export class CreateEnvironmentInput {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => [ID], {
    nullable: true,
    description: 'Clusters to move in; none: a new cluster of the same name',
  })
  clusterIds?: string[];
}

@InputType({ description: 'null (or absent) = unlimited' })
export class QuotaInput {
  @Field(() => Float, { nullable: true }) maxCpus?: number;
  @Field(() => String, { nullable: true, description: 'e.g. "8g", "512m" or bytes' }) maxMemory?: string;
  @Field(() => Int, { nullable: true }) maxServices?: number;
  @Field(() => Int, { nullable: true }) maxContainers?: number;
}

@InputType({ description: 'The whole policy: absent switches are off' })
export class EnvironmentPolicyInput {
  @Field(() => Boolean, { nullable: true }) allowPrivileged?: boolean;
  @Field(() => Boolean, { nullable: true }) allowHostNetwork?: boolean;
  @Field(() => Boolean, { nullable: true }) allowHostPid?: boolean;
  @Field(() => Boolean, { nullable: true }) allowDockerSocket?: boolean;
  @Field(() => [String], { nullable: true }) allowedCapabilities?: string[];
  @Field(() => [String], { nullable: true }) bindAllowedPaths?: string[];
}

@InputType()
export class AuditFilterInput {
  @Field(() => String, { nullable: true }) actor?: string;
  @Field(() => String, { nullable: true }) action?: string;
  @Field(() => String, { nullable: true }) environment?: string;
  @Field(() => String, { nullable: true, description: 'ok or error' }) outcome?: string;
  @Field(() => Date, { nullable: true }) since?: Date;
  @Field(() => Date, { nullable: true }) until?: Date;
}
