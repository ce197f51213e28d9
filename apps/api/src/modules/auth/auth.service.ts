import { createHash, randomBytes } from 'node:crypto';
import { ROLE_LABELS, ROLE_PERMISSIONS, type Me, type Role, type SessionItem } from '@cwp/contracts/auth.contract';
import { msg } from '@cwp/contracts/messages';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../security/passwords.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import * as q from './auth.queries.ts';
import type { SessionCache } from './session-cache.ts';
import { listLiveSessions, rememberPassword, revokeSessionById } from './identity.queries.ts';
import type { PasswordRules } from '@cwp/contracts/security-policy.contract';
import { auditName, clearLoginFailures, lockedError, recordFailure, refuseIfLocked, type LoginPolicy } from './login-guard.ts';
import { checkPasswordPolicy } from './password-policy.ts';

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const BAD_LOGIN = msg('用户名或密码错误', 'Wrong username or password');

/**
 * Checks the password and opens a server-side session; every attempt is audited. A username or client
 * address with too many consecutive failures is locked for a while (login-guard.ts), whatever the password.
 */
export async function login(opts: {
  db: Db;
  policy: SessionPolicy;
  loginPolicy: LoginPolicy;
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}): Promise<{ token: string; actor: Actor; mustChangePassword: boolean }> {
  const { db, loginPolicy } = opts;
  const now = new Date();
  const user = await q.findUserByUsername(db, opts.username);
  const name = auditName(opts.username, user?.username);
  await refuseIfLocked(db, loginPolicy, opts.username, name, opts.ip, now);
  const fail = async (reason: string) => {
    await insertAudit(db, { actorUserId: user?.id ?? null, actorName: name, ip: opts.ip, action: 'login', outcome: 'failure', detail: { reason } });
    const locked = await recordFailure(db, loginPolicy, opts.username, name, opts.ip, now);
    throw locked ? lockedError(loginPolicy) : new AppError('UNAUTHENTICATED', BAD_LOGIN);
  };
  if (!user || !user.active) {
    await burnPasswordCheck(opts.password);
    return fail(user ? 'disabled' : 'unknown_user');
  }
  if (!(await verifyPassword(user.passwordHash, opts.password))) return fail('bad_password');
  if (!user.authorized) {
    // Only a caller who knows the password learns that the account is waiting for its grant.
    await clearLoginFailures(db, opts.username, opts.ip, now);
    await insertAudit(db, { actorUserId: user.id, actorName: user.username, ip: opts.ip, action: 'login', outcome: 'failure', detail: { reason: 'not_authorized' } });
    throw new AppError('ACCOUNT_NOT_AUTHORIZED', msg('该账号尚待安全管理员授权角色和数据范围，暂不能登录', 'This account is waiting for the security administrator to grant its role and scope'));
  }
  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await q.insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + opts.policy.maxMs),
      ip: opts.ip,
      userAgent: opts.userAgent?.slice(0, 300) ?? null,
    });
    await q.recordLogin(tx, user.id);
    await clearLoginFailures(tx, opts.username, opts.ip, now);
    await insertAudit(tx, { actorUserId: user.id, actorName: user.username, ip: opts.ip, action: 'login', outcome: 'success' });
  });
  return { token, actor: toActor(user, opts.ip), mustChangePassword: user.mustChangePassword };
}

type UserRow = NonNullable<Awaited<ReturnType<typeof q.findUserById>>>;

function toActor(user: UserRow, ip: string | null): Actor {
  const role = user.role as Role;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role,
    scopeCode: user.scopeCode,
    workerId: user.workerId,
    permissions: ROLE_PERMISSIONS[role] ?? [],
    ip,
  };
}

/**
 * Resolves a session token to an actor, enforcing the idle timeout and the absolute lifetime.
 * lastSeenAt is written at most once a minute so reads do not turn into writes.
 */
export async function resolveSession(opts: { db: Db; policy: SessionPolicy; token: string; ip: string | null; now?: Date; cache?: SessionCache }) {
  const now = opts.now ?? new Date();
  const { cache } = opts;
  const tokenHash = hashToken(opts.token);
  let row = cache?.get(tokenHash, now.getTime());
  if (!row) {
    const epoch = cache?.readEpoch() ?? 0;
    row = await q.findLiveSession(opts.db, tokenHash);
    if (!row) return null;
    cache?.remember(tokenHash, row, epoch, now.getTime());
  }
  const { session, user } = row;
  if (session.expiresAt.getTime() <= now.getTime() || session.lastSeenAt.getTime() + opts.policy.idleMs <= now.getTime()) {
    cache?.forget(tokenHash);
    await q.revokeSession(opts.db, tokenHash);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await q.touchSession(opts.db, tokenHash, now);
    cache?.touched(tokenHash, now);
  }
  return { actor: toActor(user, opts.ip), tokenHash, mustChangePassword: user.mustChangePassword };
}

export async function logout(opts: { db: Db; token: string; actor: Actor }): Promise<void> {
  await opts.db.transaction(async (tx) => {
    await q.revokeSession(tx, hashToken(opts.token));
    await insertAudit(tx, { actorUserId: opts.actor.userId, actorName: opts.actor.username, ip: opts.actor.ip, action: 'logout', outcome: 'success' });
  });
}

export async function describeMe(opts: { db: Db; actor: Actor; mustChangePassword: boolean }): Promise<Me> {
  const { actor } = opts;
  const org = actor.scopeCode ? await q.findOrgName(opts.db, actor.scopeCode) : undefined;
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    roleLabel: ROLE_LABELS[actor.role].zh,
    scope: { code: actor.scopeCode, name: org?.name ?? (actor.scopeCode ? actor.scopeCode : '全国'), level: org?.level ?? null },
    workerId: actor.workerId,
    permissions: [...actor.permissions],
    mustChangePassword: opts.mustChangePassword,
  };
}

/** Changing one's password ends every other session of the account; the password policy applies in full. */
export async function changePassword(opts: { db: Db; rules: PasswordRules; actor: Actor; tokenHash: string; currentPassword: string; newPassword: string }) {
  const user = await q.findUserById(opts.db, opts.actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, opts.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', msg('当前密码不正确', 'The current password is wrong'), [
      { path: 'currentPassword', message: msg('当前密码不正确', 'The current password is wrong') },
    ]);
  }
  await checkPasswordPolicy(opts.db, opts.rules, { username: user.username, password: opts.newPassword, field: 'newPassword', userId: user.id, currentHash: user.passwordHash });
  const passwordHash = await hashPassword(opts.newPassword);
  await opts.db.transaction(async (tx) => {
    await q.setPassword(tx, user.id, passwordHash, false);
    await rememberPassword(tx, user.id, passwordHash, opts.rules.history);
    await q.revokeUserSessions(tx, user.id, opts.tokenHash);
    await insertAudit(tx, { actorUserId: user.id, actorName: user.username, ip: opts.actor.ip, action: 'password_change', objectType: 'user', objectId: String(user.id), outcome: 'success' });
  });
}

/** The public handle of a session: the first 16 hex digits of its token hash (the token itself never leaves the cookie). */
const sessionId = (tokenHash: string) => tokenHash.slice(0, 16);

export async function listSessions(opts: { db: Db; policy: SessionPolicy; actor: Actor; tokenHash: string }): Promise<SessionItem[]> {
  const rows = await listLiveSessions(opts.db, opts.actor.userId, new Date(), opts.policy.idleMs);
  return rows.map((s) => ({
    id: sessionId(s.tokenHash),
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    ip: s.ip,
    userAgent: s.userAgent,
    current: s.tokenHash === opts.tokenHash,
  }));
}

/** Ends one of the user's own sessions (another device); someone else's session is a 404 like a missing one. */
export async function endSession(opts: { db: Db; actor: Actor; id: string }): Promise<void> {
  await opts.db.transaction(async (tx) => {
    if (!(await revokeSessionById(tx, opts.actor.userId, opts.id))) throw notFound(msg('该会话不存在或已结束', 'No such open session'));
    await insertAudit(tx, { actorUserId: opts.actor.userId, actorName: opts.actor.username, ip: opts.actor.ip, action: 'session_end', objectType: 'session', objectId: opts.id, outcome: 'success' });
  });
}

/** 退出所有设备: ends every session of the user, this one included. */
export async function logoutEverywhere(opts: { db: Db; actor: Actor }): Promise<void> {
  await opts.db.transaction(async (tx) => {
    await q.revokeUserSessions(tx, opts.actor.userId);
    await insertAudit(tx, { actorUserId: opts.actor.userId, actorName: opts.actor.username, ip: opts.actor.ip, action: 'logout_all', objectType: 'user', objectId: String(opts.actor.userId), outcome: 'success' });
  });
}
