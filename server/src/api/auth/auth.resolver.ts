import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ALL_ENVIRONMENTS, Role } from '../../domain/auth/roles.js';
import type { Context } from '../context.js';
import { AppError, badInput } from '../../app/errors.js';
import {
  ApiTokenType,
  CreateApiTokenInput,
  CreateUserInput,
  CreatedApiTokenType,
  LoginResultType,
  MeType,
  RoleBindingType,
  UpdateUserInput,
  UserType,
} from './auth.type.js';
import type { Principal } from '../../app/access/principal.js';
import { principalOf, rolesOf, visibleEnvironments } from './visibility.js';

function meOf(ctx: Context, p: Principal): MeType {
  return {
    userId: p.userId,
    username: p.username,
    kind: p.kind,
    tokenName: p.tokenName,
    roles: rolesOf(p.bindings),
    expiresAt: p.expiresAt,
    authEnabled: ctx.core.config.auth.enabled,
  };
}

/** Identity: sign in and out, the caller, users and their roles, API tokens. */
@Resolver()
export class AuthResolver {
  @Query(() => MeType, {
    nullable: true,
    description: 'The caller; null when not signed in (and access control is on)',
  })
  me(@Ctx() ctx: Context): MeType | null {
    if (!ctx.principal && ctx.core.config.auth.enabled) return null;
    return meOf(ctx, principalOf(ctx));
  }

  @Mutation(() => LoginResultType, {
    description:
      'Signs in: the session goes in an http-only SameSite=Strict cookie; send the x-stevedore-csrf header on later mutations',
  })
  async login(
    @Ctx() ctx: Context,
    @Arg('username', () => String, { description: "The user's login name" }) username: string,
    @Arg('password', () => String, { description: "The user's password" }) password: string,
  ): Promise<LoginResultType> {
    if (!ctx.request?.setSessionCookie)
      throw new AppError(
        'BAD_USER_INPUT',
        'login works over HTTP (the session is a cookie); WebSocket clients send an API token',
      );
    const { token, session } = await ctx.core.auth.login(username, password, {
      ip: ctx.request.ip,
      userAgent: ctx.request.userAgent,
    });
    ctx.request.setSessionCookie(token, session.expiresAt.getTime() - Date.now());
    const p = ctx.core.auth.authenticate(token)!;
    return { me: meOf(ctx, p), expiresAt: session.expiresAt };
  }

  @Mutation(() => Boolean, {
    description: 'Ends the session and clears its cookie; its subscriptions are closed',
  })
  logout(@Ctx() ctx: Context): boolean {
    ctx.request?.clearSessionCookie?.();
    return ctx.principal ? ctx.core.auth.logout(ctx.principal) : false;
  }

  @Mutation(() => Boolean, {
    description: 'Changes your own password; your other sessions end. True when done',
  })
  async changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword', () => String, { description: 'Your password now' }) currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password, at least 8 characters' })
    newPassword: string,
  ): Promise<boolean> {
    await ctx.core.auth.changePassword(principalOf(ctx), currentPassword, newPassword);
    return true;
  }

  // ------------------------------------------------------------------ users

  @Query(() => [UserType], { description: 'Every user (needs ADMIN of every environment)' })
  users(@Ctx() ctx: Context): UserType[] {
    return ctx.core.auth.listUsers().map((u) => UserType.from(u, rolesOf(ctx.core.auth.bindingsOf(u.id))));
  }

  @Mutation(() => UserType, { description: 'Creates a user (needs ADMIN of every environment)' })
  async createUser(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserInput, { description: 'Username, password and roles' })
    input: CreateUserInput,
  ): Promise<UserType> {
    const envs = (input.roles ?? []).map((r, i) => {
      if (r.environment === ALL_ENVIRONMENTS) return { env: ALL_ENVIRONMENTS, role: r.role };
      return {
        env: ctx.core.environments.require(r.environment, `roles[${i}].environment`).id,
        role: r.role,
      };
    });
    const u = await ctx.core.auth.createUser(input.username, input.password);
    for (const b of envs) ctx.core.auth.setRoleBinding(u.id, b.env, b.role);
    return UserType.from(u, rolesOf(ctx.core.auth.bindingsOf(u.id)));
  }

  @Mutation(() => UserType, { description: "Changes a user's password or disables it" })
  async updateUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'User id or name' }) id: string,
    @Arg('input', () => UpdateUserInput, { description: 'What to change; fields not given stay' })
    input: UpdateUserInput,
  ): Promise<UserType> {
    const u = await ctx.core.auth.updateUser(id, { password: input.password, disabled: input.disabled });
    return UserType.from(u, rolesOf(ctx.core.auth.bindingsOf(u.id)));
  }

  @Mutation(() => UserType, { description: 'Removes a user with its sessions and tokens' })
  removeUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'User id or name' }) id: string,
  ): UserType {
    const roles = rolesOf(ctx.core.auth.bindingsOf(ctx.core.auth.requireUser(id, 'id').id));
    return UserType.from(ctx.core.auth.removeUser(principalOf(ctx), id), roles);
  }

  @Query(() => [RoleBindingType], { description: 'Role bindings, of one environment or all' })
  roleBindings(
    @Ctx() ctx: Context,
    @Arg('environment', () => String, {
      description: "Only this environment's (id or name); null: all you may see",
      nullable: true,
    })
    environment?: string,
  ): RoleBindingType[] {
    const env = environment
      ? environment === ALL_ENVIRONMENTS
        ? ALL_ENVIRONMENTS
        : ctx.core.environments.require(environment).id
      : undefined;
    const names = new Map(ctx.core.auth.listUsers().map((u) => [u.id, u.username]));
    // Without an environment: those where the caller is ADMIN (`*` bindings for ADMINs of all only).
    const visible = env ? null : visibleEnvironments(ctx, 'ADMIN');
    return ctx.core.auth
      .bindings(env)
      .filter((b) => !visible || visible.has(b.environmentId))
      .map((b) => ({
        userId: b.userId,
        username: names.get(b.userId) ?? b.userId,
        environment: b.environmentId,
        role: b.role,
      }));
  }

  @Mutation(() => RoleBindingType, {
    description: "Gives a user a role in an environment (* = every one); the user's subscriptions reconnect",
  })
  setRoleBinding(
    @Ctx() ctx: Context,
    @Arg('user', () => ID, { description: 'User id or name' }) user: string,
    @Arg('environment', () => String, { description: 'Environment id or name, or * for every environment' })
    environment: string,
    @Arg('role', () => Role, { description: 'The role to give' }) role: Role,
  ): RoleBindingType {
    const env =
      environment === ALL_ENVIRONMENTS ? ALL_ENVIRONMENTS : ctx.core.environments.require(environment).id;
    const u = ctx.core.auth.requireUser(user, 'user');
    ctx.core.auth.setRoleBinding(u.id, env, role);
    return { userId: u.id, username: u.username, environment: env, role };
  }

  @Mutation(() => Boolean, {
    description: "Takes a user's role in an environment away; true when it had one",
  })
  removeRoleBinding(
    @Ctx() ctx: Context,
    @Arg('user', () => ID, { description: 'User id or name' }) user: string,
    @Arg('environment', () => String, { description: 'Environment id or name, or *' }) environment: string,
  ): boolean {
    const env =
      environment === ALL_ENVIRONMENTS ? ALL_ENVIRONMENTS : ctx.core.environments.require(environment).id;
    return ctx.core.auth.removeRoleBinding(user, env);
  }

  // ------------------------------------------------------------------ API tokens

  @Query(() => [ApiTokenType], {
    description: "Your API tokens; with all (ADMIN of every environment), everyone's",
  })
  apiTokens(
    @Ctx() ctx: Context,
    @Arg('all', () => Boolean, {
      description: "True: every user's tokens (needs ADMIN of every environment); default false: yours",
      defaultValue: false,
    })
    all: boolean,
  ): ApiTokenType[] {
    const p = principalOf(ctx);
    if (all && ctx.core.config.auth.enabled && !isGlobalAdmin(ctx, p))
      throw new AppError('FORBIDDEN', 'all: needs ADMIN in every environment', { field: 'all' });
    const names = new Map(ctx.core.auth.listUsers().map((u) => [u.id, u.username]));
    const list = all || !p.userId ? ctx.core.auth.tokensOf() : ctx.core.auth.tokensOf(p.userId);
    return list.map((t) => ApiTokenType.from(t, names.get(t.userId) ?? t.userId));
  }

  @Mutation(() => CreatedApiTokenType, {
    description:
      'A token for integrations, scoped to environments and a role; its value is returned this once',
  })
  createApiToken(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateApiTokenInput, {
      description: "The token's name, role, environments and expiry",
    })
    input: CreateApiTokenInput,
  ): CreatedApiTokenType {
    let expiresAt = input.expiresAt ?? null;
    if (input.expiresInDays != null) {
      if (input.expiresAt) throw badInput('expiresInDays', 'give expiresAt or expiresInDays, not both');
      if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > 3650)
        throw badInput('expiresInDays', 'must be 1..3650');
      expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000);
    }
    const p = principalOf(ctx);
    const owner = p.userId ? p : this.anonymousOwner(ctx);
    const { token, record } = ctx.core.auth.createToken(owner, {
      name: input.name,
      role: input.role,
      environments: input.environments,
      expiresAt,
    });
    return { token, apiToken: ApiTokenType.from(record, owner.username) };
  }

  @Mutation(() => ApiTokenType, { description: 'Revokes a token; its open subscriptions are closed (4403)' })
  revokeApiToken(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Token id' }) id: string,
  ): ApiTokenType {
    const t = ctx.core.auth.revokeToken(principalOf(ctx), id);
    return ApiTokenType.from(t, ctx.core.auth.getUser(t.userId)?.username ?? t.userId);
  }

  /** With access control off, tokens made anonymously belong to the first admin user. */
  private anonymousOwner(ctx: Context): Principal {
    const admin = ctx.core.auth.getUser(ctx.core.config.auth.adminUser) ?? ctx.core.auth.listUsers()[0];
    if (!admin) throw new AppError('FORBIDDEN', 'no user to own the token');
    return {
      ...principalOf(ctx),
      userId: admin.id,
      username: admin.username,
      bindings: ctx.core.auth.bindingsOf(admin.id),
    };
  }
}

function isGlobalAdmin(ctx: Context, p: Principal): boolean {
  const ids = ctx.core.environments.ids();
  return ids.every((e) => p.bindings[e] === 'ADMIN' || p.bindings[ALL_ENVIRONMENTS] === 'ADMIN');
}
