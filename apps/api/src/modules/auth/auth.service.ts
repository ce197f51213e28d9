import { createHash, randomBytes } from 'node:crypto';
import { ROLE_LABELS, ROLE_PERMISSIONS, type Me, type Role } from '@cwp/contracts/auth.contract';
import { msg } from '@cwp/contracts/messages';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../security/passwords.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import * as q from './auth.queries.ts';

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const BAD_LOGIN = msg('用户名或密码错误', 'Wrong username or password');

/** Checks the password and opens a server-side session; every attempt is audited. */
export async function login(opts: {
  db: Db;
  policy: SessionPolicy;
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}): Promise<{ token: string; actor: Actor; mustChangePassword: boolean }> {
  const { db } = opts;
  const user = await q.findUserByUsername(db, opts.username);
  if (!user || !user.active) {
    await burnPasswordCheck(opts.password);
    await insertAudit(db, {
      actorUserId: null,
      actorName: opts.username.slice(0, 64),
      ip: opts.ip,
      action: 'login',
      outcome: 'failure',
      detail: { reason: user ? 'disabled' : 'unknown_user' },
    });
    throw new AppError('UNAUTHENTICATED', BAD_LOGIN);
  }
  if (!(await verifyPassword(user.passwordHash, opts.password))) {
    await insertAudit(db, { actorUserId: user.id, actorName: user.username, ip: opts.ip, action: 'login', outcome: 'failure', detail: { reason: 'bad_password' } });
    throw new AppError('UNAUTHENTICATED', BAD_LOGIN);
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
export async function resolveSession(opts: { db: Db; policy: SessionPolicy; token: string; ip: string | null; now?: Date }) {
  const now = opts.now ?? new Date();
  const tokenHash = hashToken(opts.token);
  const row = await q.findLiveSession(opts.db, tokenHash);
  if (!row) return null;
  const { session, user } = row;
  if (session.expiresAt.getTime() <= now.getTime() || session.lastSeenAt.getTime() + opts.policy.idleMs <= now.getTime()) {
    await q.revokeSession(opts.db, tokenHash);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await q.touchSession(opts.db, tokenHash, now);
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

/** Changing one's password ends every other session of the account. */
export async function changePassword(opts: { db: Db; actor: Actor; tokenHash: string; currentPassword: string; newPassword: string }) {
  const user = await q.findUserById(opts.db, opts.actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, opts.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', msg('当前密码不正确', 'The current password is wrong'), [
      { path: 'currentPassword', message: msg('当前密码不正确', 'The current password is wrong') },
    ]);
  }
  if (opts.newPassword.toLowerCase().includes(user.username.toLowerCase())) {
    const m = msg('新密码不能包含用户名', 'The new password must not contain the username');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'newPassword', message: m }]);
  }
  if (await verifyPassword(user.passwordHash, opts.newPassword)) {
    const m = msg('新密码不能与当前密码相同', 'The new password must differ from the current one');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'newPassword', message: m }]);
  }
  const passwordHash = await hashPassword(opts.newPassword);
  await opts.db.transaction(async (tx) => {
    await q.setPassword(tx, user.id, passwordHash, false);
    await q.revokeUserSessions(tx, user.id, opts.tokenHash);
    await insertAudit(tx, { actorUserId: user.id, actorName: user.username, ip: opts.actor.ip, action: 'password_change', objectType: 'user', objectId: String(user.id), outcome: 'success' });
  });
}
