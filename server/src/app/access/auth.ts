import { randomBytes, randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { AuthConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import {
  ALL_ENVIRONMENTS,
  ROLES,
  atLeast,
  isRole,
  roleEverywhere,
  roleIn,
  tokenBindings,
  type Bindings,
  type Role,
} from '../../domain/auth/roles.js';
import {
  SESSION_TOKEN_PREFIX,
  displayPrefix,
  hashToken,
  isLive,
  msUntil,
  newToken,
} from '../../domain/auth/token.js';
import type { EnvironmentRepository } from '../../store/environment.repo.js';
import type { SessionRepository, Session } from '../../store/session.repo.js';
import type { ApiToken, TokenRepository } from '../../store/token.repo.js';
import type { User, UserRepository } from '../../store/user.repo.js';
import { AppError, badInput, conflict, notFound } from '../errors.js';
import type { Principal } from './principal.js';
import { SharedTokenBuckets, TokenBuckets, type RateBuckets } from './rate-limit.js';
import type { RateBucketRepository } from '../../store/rate-bucket.repo.js';
import type { RateLimit } from '../../config.js';

export type { ApiToken } from '../../store/token.repo.js';
export type { User } from '../../store/user.repo.js';

const BCRYPT_ROUNDS = 10;
/** Compared against when the user does not exist, so a wrong name costs what a wrong password does. */
let dummyHash: string | undefined;
const dummy = () => (dummyHash ??= bcrypt.hashSync('stevedore-no-such-user', BCRYPT_ROUNDS));
const TOUCH_EVERY_MS = 30_000;
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export const SESSION_COOKIE = 'stevedore_session';
export const CSRF_HEADER = 'x-stevedore-csrf';

interface Connection {
  credentialId: string | null;
  userId: string | null;
  close(code: number, reason: string): void;
  timer?: NodeJS.Timeout;
}

export interface CreateTokenArgs {
  name: string;
  role: Role;
  environments: string[];
  expiresAt?: Date | null;
}

/**
 * Identity: users and passwords (bcrypt), dashboard sessions, API tokens, and the live
 * connections each credential holds open, so revoking one closes its subscriptions at once.
 */
export class AuthService {
  private readonly connections = new Set<Connection>();
  private readonly touched = new Map<string, number>();
  /** Sign-in attempts per address and username: 10 at once, then one every 6 s. */
  private readonly attempts: RateBuckets;

  constructor(
    private readonly users: UserRepository,
    private readonly tokens: TokenRepository,
    private readonly sessions: SessionRepository,
    private readonly environments: EnvironmentRepository,
    private readonly config: AuthConfig,
    private readonly log: Logger,
    /** Replicas on one PostgreSQL: rate limits kept there, the same on every replica. */
    private readonly sharedBuckets: RateBucketRepository | null = null,
  ) {
    this.attempts = this.rateBuckets({ rate: 1 / 6, burst: 10 }, 'sign-in');
  }

  /**
   * Buckets for a rate limit: in memory for one process, in the store when replicas share it
   * (issue #17), so that a caller cannot multiply its limit by the number of replicas.
   */
  rateBuckets(limit: RateLimit, scope: string): RateBuckets {
    return this.sharedBuckets
      ? new SharedTokenBuckets(limit, this.sharedBuckets, scope)
      : new TokenBuckets(limit);
  }

  get enforced(): boolean {
    return this.config.enabled;
  }

  /**
   * First start (no user yet): the admin user, ADMIN in every environment, with
   * STEVEDORE_ADMIN_PASSWORD or a generated password printed once. STEVEDORE_ADMIN_TOKEN seeds an
   * admin API token with exactly that value (kept as its hash; a revoked one stays revoked).
   */
  bootstrap(): void {
    if (this.users.count() === 0) {
      const generated = !this.config.adminPassword;
      const password = this.config.adminPassword ?? randomBytes(18).toString('base64url');
      const user = this.insertUser(this.config.adminUser, bcrypt.hashSync(password, BCRYPT_ROUNDS));
      this.users.setBinding(user.id, ALL_ENVIRONMENTS, 'ADMIN');
      if (generated)
        this.log.warn(
          `first start: created user "${user.username}" (ADMIN everywhere) with the password ${password} ` +
            '(shown this once: change it with changePassword, or set STEVEDORE_ADMIN_PASSWORD before the first start)',
        );
      else
        this.log.info(
          { username: user.username },
          'first start: created the admin user from STEVEDORE_ADMIN_PASSWORD',
        );
    }
    if (this.config.adminToken) {
      const hash = hashToken(this.config.adminToken);
      if (!this.tokens.findByHash(hash)) {
        const admin =
          this.users.findByName(this.config.adminUser) ??
          this.users
            .list()
            .find((u) =>
              this.users
                .bindings(u.id)
                .some((b) => b.role === 'ADMIN' && b.environmentId === ALL_ENVIRONMENTS),
            );
        if (!admin) throw new Error(`STEVEDORE_ADMIN_TOKEN: no user "${this.config.adminUser}" to own it`);
        this.tokens.insert({
          id: randomUUID(),
          name: 'STEVEDORE_ADMIN_TOKEN',
          userId: admin.id,
          tokenHash: hash,
          prefix: displayPrefix(this.config.adminToken),
          role: 'ADMIN',
          environments: [ALL_ENVIRONMENTS],
          createdAt: new Date(),
          expiresAt: null,
          lastUsedAt: null,
          revokedAt: null,
        });
        this.log.info({ owner: admin.username }, 'seeded an admin API token from STEVEDORE_ADMIN_TOKEN');
      }
    }
  }

  // ------------------------------------------------------------------ credentials → principal

  /** A presented credential (API token or session token) as a principal; null when unknown or dead. */
  authenticate(raw: string | undefined, now = new Date()): Principal | null {
    if (!raw || raw.length > 512) return null;
    const hash = hashToken(raw);
    const token = this.tokens.findByHash(hash);
    if (token) return this.principalOfToken(token, now);
    const session = this.sessions.findByHash(hash);
    if (session) return this.principalOfSession(session, now);
    return null;
  }

  /** Re-reads a credential (role changes, revocation) for an open connection. */
  refresh(p: Principal, now = new Date()): Principal | null {
    if (!p.credentialId) return p;
    if (p.via === 'token') {
      const t = this.tokens.get(p.credentialId);
      return t ? this.principalOfToken(t, now) : null;
    }
    const s = this.sessions.get(p.credentialId);
    return s ? this.principalOfSession(s, now) : null;
  }

  private principalOfToken(t: ApiToken, now: Date): Principal | null {
    if (!isLive(t, now)) return null;
    const user = this.users.get(t.userId);
    if (!user || user.disabled) return null;
    this.touch(`t:${t.id}`, now, () => this.tokens.touch(t.id, now));
    return {
      kind: 'token',
      userId: user.id,
      username: user.username,
      credentialId: t.id,
      via: 'token',
      tokenName: t.name,
      bindings: tokenBindings(this.bindingsOf(user.id), t.role, t.environments, this.environments.ids()),
      expiresAt: t.expiresAt,
    };
  }

  private principalOfSession(s: Session, now: Date): Principal | null {
    if (!isLive(s, now)) return null;
    const user = this.users.get(s.userId);
    if (!user || user.disabled) return null;
    this.touch(`s:${s.id}`, now, () => this.sessions.touch(s.id, now));
    return {
      kind: 'user',
      userId: user.id,
      username: user.username,
      credentialId: s.id,
      via: 'session',
      tokenName: null,
      bindings: this.bindingsOf(user.id),
      expiresAt: s.expiresAt,
    };
  }

  private touch(key: string, now: Date, write: () => void): void {
    const last = this.touched.get(key) ?? 0;
    if (now.getTime() - last < TOUCH_EVERY_MS) return;
    this.touched.set(key, now.getTime());
    if (this.touched.size > 50_000) this.touched.clear();
    write();
  }

  bindingsOf(userId: string): Bindings {
    const out: Record<string, Role> = {};
    for (const b of this.users.bindings(userId)) out[b.environmentId] = b.role;
    return out;
  }

  // ------------------------------------------------------------------ sessions

  async login(
    username: string,
    password: string,
    meta: { ip: string; userAgent: string },
  ): Promise<{ token: string; session: Session; user: User }> {
    const wait = this.attempts.take(`${meta.ip}\n${username.toLowerCase()}`);
    if (wait)
      throw new AppError('UNAUTHENTICATED', `too many sign-in attempts: retry in ${wait} s`, {
        retryAfter: wait,
      });
    const user = this.users.findByName(username);
    const ok = await bcrypt.compare(password, user?.passwordHash ?? dummy());
    if (!user || !ok || user.disabled) throw new AppError('UNAUTHENTICATED', 'wrong username or password');
    const now = new Date();
    const token = newToken(SESSION_TOKEN_PREFIX);
    const session: Session = {
      id: randomUUID(),
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.sessionTtlMs),
      lastSeenAt: now,
      ip: meta.ip.slice(0, 100),
      userAgent: meta.userAgent.slice(0, 300),
      revokedAt: null,
    };
    this.sessions.insert(session);
    this.users.update({ ...user, lastLoginAt: now });
    this.sessions.prune(new Date(now.getTime() - 86_400_000));
    return { token, session, user };
  }

  logout(p: Principal): boolean {
    if (p.via !== 'session' || !p.credentialId) return false;
    this.sessions.revoke(p.credentialId, new Date());
    this.closeWhere((c) => c.credentialId === p.credentialId, 'session ended');
    return true;
  }

  sessionsOf(userId: string): Session[] {
    return this.sessions.ofUser(userId);
  }

  // ------------------------------------------------------------------ API tokens

  tokensOf(userId?: string): ApiToken[] {
    return this.tokens.list(userId);
  }

  /** A new token (its value is returned here and nowhere else), never stronger than its creator. */
  createToken(owner: Principal, args: CreateTokenArgs): { token: string; record: ApiToken } {
    if (!owner.userId)
      throw new AppError('FORBIDDEN', 'only a signed-in user (or a token) can own an API token');
    const name = args.name.trim();
    if (!name || name.length > 100) throw badInput('name', 'must be 1 to 100 characters');
    if (!isRole(args.role)) throw badInput('role', `must be one of ${ROLES.join(', ')}`);
    const envs = [...new Set(args.environments)];
    if (envs.length === 0)
      throw badInput('environments', `name at least one environment, or ${ALL_ENVIRONMENTS} for all`);
    const all = this.environments.ids();
    const scope: string[] = [];
    for (const [i, ref] of envs.entries()) {
      if (ref === ALL_ENVIRONMENTS) {
        if (!atLeast(roleEverywhere(owner.bindings, all), args.role))
          throw new AppError(
            'FORBIDDEN',
            `a token for every environment with role ${args.role} needs that role everywhere`,
            { field: `environments[${i}]` },
          );
        scope.push(ALL_ENVIRONMENTS);
        continue;
      }
      const env = this.environments.get(ref);
      if (!env) throw notFound('environment', ref, `environments[${i}]`);
      if (!atLeast(roleIn(owner.bindings, env.id), args.role))
        throw new AppError(
          'FORBIDDEN',
          `you cannot grant ${args.role} in ${env.name}: a token is never stronger than its owner`,
          { field: `environments[${i}]` },
        );
      scope.push(env.id);
    }
    if (args.expiresAt && args.expiresAt.getTime() <= Date.now())
      throw badInput('expiresAt', 'must be in the future');
    const token = newToken();
    const record: ApiToken = {
      id: randomUUID(),
      name,
      userId: owner.userId,
      tokenHash: hashToken(token),
      prefix: displayPrefix(token),
      role: args.role,
      environments: scope,
      createdAt: new Date(),
      expiresAt: args.expiresAt ?? null,
      lastUsedAt: null,
      revokedAt: null,
    };
    this.tokens.insert(record);
    return { token, record };
  }

  /** Owners revoke their own tokens; an ADMIN of every environment revokes anyone's. */
  revokeToken(by: Principal, id: string): ApiToken {
    const t = this.tokens.get(id);
    if (!t) throw notFound('API token', id, 'id');
    const mine = by.userId !== null && t.userId === by.userId;
    if (!mine && this.enforced && !atLeast(roleEverywhere(by.bindings, this.environments.ids()), 'ADMIN'))
      throw new AppError(
        'FORBIDDEN',
        'only its owner or an ADMIN of every environment can revoke this token',
        { field: 'id' },
      );
    this.tokens.revoke(id, new Date());
    this.closeWhere((c) => c.credentialId === id, 'token revoked');
    return this.tokens.get(id)!;
  }

  // ------------------------------------------------------------------ users

  listUsers(): User[] {
    return this.users.list();
  }

  getUser(ref: string): User | undefined {
    return this.users.get(ref) ?? this.users.findByName(ref);
  }

  requireUser(ref: string, field = 'user'): User {
    const u = this.getUser(ref);
    if (!u) throw notFound('user', ref, field);
    return u;
  }

  async createUser(username: string, password: string): Promise<User> {
    if (!USERNAME.test(username))
      throw badInput('username', 'letters, digits and . _ @ -, starting with a letter or digit, at most 64');
    checkPassword(password, 'password');
    if (this.users.findByName(username))
      throw conflict(`a user named "${username}" already exists`, 'username');
    return this.insertUser(username, await bcrypt.hash(password, BCRYPT_ROUNDS));
  }

  async updateUser(
    ref: string,
    changes: { password?: string | null; disabled?: boolean | null },
  ): Promise<User> {
    const u = this.requireUser(ref, 'id');
    let next: User = { ...u, updatedAt: new Date() };
    if (changes.password != null) {
      checkPassword(changes.password, 'password');
      next = { ...next, passwordHash: await bcrypt.hash(changes.password, BCRYPT_ROUNDS) };
    }
    if (changes.disabled != null) next = { ...next, disabled: changes.disabled };
    this.users.update(next);
    if (changes.disabled || changes.password != null)
      this.endUser(u.id, changes.disabled ? 'user disabled' : 'password changed');
    return next;
  }

  async changePassword(p: Principal, current: string, replacement: string): Promise<User> {
    if (!p.userId) throw new AppError('FORBIDDEN', 'only a signed-in user has a password');
    const u = this.requireUser(p.userId);
    if (!(await bcrypt.compare(current, u.passwordHash)))
      throw new AppError('FORBIDDEN', 'currentPassword: wrong password', { field: 'currentPassword' });
    checkPassword(replacement, 'newPassword');
    const next = { ...u, passwordHash: await bcrypt.hash(replacement, BCRYPT_ROUNDS), updatedAt: new Date() };
    this.users.update(next);
    return next;
  }

  removeUser(by: Principal, ref: string): User {
    const u = this.requireUser(ref, 'id');
    if (by.userId === u.id) throw conflict('you cannot remove yourself', 'id');
    this.endUser(u.id, 'user removed');
    this.users.delete(u.id);
    return u;
  }

  setRoleBinding(userRef: string, environmentId: string, role: Role): void {
    const u = this.requireUser(userRef, 'user');
    this.users.setBinding(u.id, environmentId, role);
    // Subscriptions were allowed under the old roles: the clients reconnect under the new ones.
    this.closeWhere((c) => c.userId === u.id, 'roles changed');
  }

  removeRoleBinding(userRef: string, environmentId: string): boolean {
    const u = this.requireUser(userRef, 'user');
    const removed = this.users.removeBinding(u.id, environmentId);
    if (removed) this.closeWhere((c) => c.userId === u.id, 'roles changed');
    return removed;
  }

  bindings(environmentId?: string) {
    return this.users.bindingsOfEnvironment(environmentId);
  }

  private insertUser(username: string, passwordHash: string): User {
    const now = new Date();
    const user: User = {
      id: randomUUID(),
      username,
      passwordHash,
      disabled: false,
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
    };
    this.users.insert(user);
    return user;
  }

  /** Ends every session of a user and closes its connections (tokens die with the user's state). */
  private endUser(userId: string, reason: string): void {
    this.sessions.revokeUser(userId, new Date());
    this.closeWhere((c) => c.userId === userId, reason);
  }

  // ------------------------------------------------------------------ live connections

  /**
   * A WebSocket connection opened with this principal's credential; it is closed with 4403 when
   * the credential is revoked or expires, the session ends, or the user's roles change.
   */
  track(p: Principal, close: (code: number, reason: string) => void): () => void {
    const c: Connection = { credentialId: p.credentialId, userId: p.userId, close };
    const ms = msUntil(p.expiresAt);
    if (ms !== null) {
      c.timer = setTimeout(() => this.closeWhere((x) => x === c, 'credential expired'), ms);
      c.timer.unref();
    }
    this.connections.add(c);
    return () => {
      if (c.timer) clearTimeout(c.timer);
      this.connections.delete(c);
    };
  }

  get openConnections(): number {
    return this.connections.size;
  }

  private closeWhere(pred: (c: Connection) => boolean, reason: string): void {
    for (const c of [...this.connections]) {
      if (!pred(c)) continue;
      if (c.timer) clearTimeout(c.timer);
      this.connections.delete(c);
      try {
        c.close(4403, reason);
      } catch (err) {
        this.log.warn({ err: (err as Error).message }, 'closing a connection failed');
      }
    }
  }
}

function checkPassword(pw: string, field: string): void {
  if (pw.length < 8) throw badInput(field, 'must be at least 8 characters');
  if (pw.length > 200) throw badInput(field, 'must be at most 200 characters');
  // bcrypt reads 72 bytes; a longer password would silently match on its prefix only.
  if (Buffer.byteLength(pw, 'utf8') > 72) throw badInput(field, 'must be at most 72 bytes (bcrypt)');
}
