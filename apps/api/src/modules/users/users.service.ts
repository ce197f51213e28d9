import { ROLE_LABELS, type Role } from '@cwp/contracts/auth.contract';
import { msg } from '@cwp/contracts/messages';
import type { AssignRoleInput, CreateUserInput, UpdateUserInput, UserItem } from '@cwp/contracts/users.contract';
import type { Db } from '../../db/database.ts';
import { AppError, isUniqueViolation, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { hashPassword } from '../../security/passwords.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { revokeUserSessions } from '../auth/auth.queries.ts';
import { rememberPassword } from '../auth/identity.queries.ts';
import { checkPasswordPolicy } from '../auth/password-policy.ts';
import type { PasswordRules } from '@cwp/contracts/security-policy.contract';
import * as q from './users.queries.ts';

const USER_NOT_FOUND = msg('该账号不存在', 'No such account');
const SCOPE_UNKNOWN = msg('数据范围对应的单位不存在', 'The scope code is not a known unit');
const NOT_SELF = msg('不能修改自己的角色、数据范围或启用状态', 'You cannot change your own role, scope or active state');
const ROLE_IS_SECURITY_ADMINS = msg('角色和数据范围由安全管理员授予（三员分立），系统管理员不能修改', 'Roles and scopes are granted by the security administrator (separation of duties)');
const OWN_PASSWORD = msg('请通过“修改密码”修改自己的密码', 'Change your own password under “Change password”');

function present(r: { user: q.UserRow; scopeName: string | null }): UserItem {
  const u = r.user;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    roleLabel: ROLE_LABELS[u.role as Role]?.zh ?? u.role,
    scopeCode: u.scopeCode,
    scopeName: u.scopeCode === '' ? '全国' : (r.scopeName ?? u.scopeCode),
    workerId: u.workerId,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    authorized: u.authorized,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

/**
 * Role and scope must fit together: business roles need a unit, a worker login needs the worker's record.
 * `active`: the account will be usable; a worker who has left gets no usable login (A9.3).
 */
async function checkAssignment(db: Db, role: Role, scopeCode: string, workerId: number | null | undefined, active: boolean) {
  if (scopeCode !== '' && !(await q.orgExists(db, scopeCode))) throw new AppError('VALIDATION_FAILED', SCOPE_UNKNOWN, [{ path: 'scopeCode', message: SCOPE_UNKNOWN }]);
  const needLevel: Partial<Record<Role, number[]>> = { street_admin: [9], community_secretary: [12], worker: [12], swb_admin: [2, 4, 6], department: [2, 4, 6] };
  const allowed = needLevel[role];
  if (allowed && !allowed.includes(scopeCode.length)) {
    const m = msg('数据范围与角色不匹配：社会工作部管理员和职能部门对应省/市/县，街道管理员对应街道，社区书记和社区工作者对应社区', 'Scope does not fit the role');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'scopeCode', message: m }]);
  }
  if (role === 'worker') {
    const status = workerId ? await q.findWorkerStatusInCommunity(db, workerId, scopeCode) : undefined;
    if (!status) {
      const m = msg('社区工作者账号须关联本社区的一名人员', 'A worker account must be linked to a worker of that community');
      throw new AppError('VALIDATION_FAILED', m, [{ path: 'workerId', message: m }]);
    }
    if (active && status === '已退出') {
      const m = msg('该人员已退出，不能为其开通或启用账号', 'This worker has left; their account cannot be opened or enabled');
      throw new AppError('VALIDATION_FAILED', m, [{ path: 'workerId', message: m }]);
    }
  }
}

export async function listUsers(opts: { db: Db; q?: string; page: number; pageSize: number }) {
  const { rows, total } = await q.listUsers(opts.db, { q: opts.q, limit: opts.pageSize, offset: (opts.page - 1) * opts.pageSize });
  return { items: rows.map(present), total };
}

/**
 * The system administrator opens an account with the role and scope it is meant to have; it stays
 * unauthorised (no login) until the security administrator grants them (三员分立), and its holder must
 * change the initial password at first login.
 */
export async function createUser(opts: { db: Db; rules: PasswordRules; actor: Actor; input: CreateUserInput }): Promise<UserItem> {
  const { db, rules, actor, input } = opts;
  await checkAssignment(db, input.role, input.scopeCode, input.workerId, true);
  await checkPasswordPolicy(db, rules, { username: input.username, password: input.initialPassword, field: 'initialPassword' });
  const passwordHash = await hashPassword(input.initialPassword);
  try {
    const id = await db.transaction(async (tx) => {
      const row = await q.insertUser(tx, {
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        role: input.role,
        scopeCode: input.scopeCode,
        workerId: input.role === 'worker' ? (input.workerId ?? null) : null,
        mustChangePassword: true,
        authorized: false,
      });
      await rememberPassword(tx, row.id, passwordHash, rules.history);
      await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'user_create', objectType: 'user', objectId: String(row.id), outcome: 'success', detail: { requestedRole: input.role, requestedScopeCode: input.scopeCode } });
      return row.id;
    });
    return present((await q.findUser(db, id))!);
  } catch (err) {
    if (isUniqueViolation(err)) {
      const m = msg('用户名已存在', 'This username is taken');
      throw new AppError('DUPLICATE_USERNAME', m, [{ path: 'username', message: m }]);
    }
    throw err;
  }
}

/** The system administrator's edit: display name and enabled state; role and scope are refused (403). */
export async function updateUser(opts: { db: Db; actor: Actor; id: number; input: UpdateUserInput }): Promise<UserItem> {
  const { db, actor, id, input } = opts;
  const current = await q.findUser(db, id);
  if (!current) throw notFound(USER_NOT_FOUND);
  if (input.role !== undefined || input.scopeCode !== undefined || input.workerId !== undefined) throw new AppError('FORBIDDEN', ROLE_IS_SECURITY_ADMINS);
  if (id === actor.userId && input.active !== undefined) throw new AppError('FORBIDDEN', NOT_SELF);
  if (input.active === true) await checkAssignment(db, current.user.role as Role, current.user.scopeCode, current.user.workerId, true);
  const change = { ...(input.displayName !== undefined ? { displayName: input.displayName } : {}), ...(input.active !== undefined ? { active: input.active } : {}) };
  await db.transaction(async (tx) => {
    if (Object.keys(change).length) await q.updateUser(tx, id, change);
    if (input.active === false) await revokeUserSessions(tx, id);
    await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'user_update', objectType: 'user', objectId: String(id), outcome: 'success', detail: change });
  });
  return present((await q.findUser(db, id))!);
}

/**
 * The security administrator's grant (三员分立): sets role, scope and worker link and authorises the account.
 * Nobody grants to themselves, so no one can give their own account a second power; the account's sessions
 * end, because what it may see changed.
 */
export async function assignRole(opts: { db: Db; actor: Actor; id: number; input: AssignRoleInput }): Promise<UserItem> {
  const { db, actor, id, input } = opts;
  const current = await q.findUser(db, id);
  if (!current) throw notFound(USER_NOT_FOUND);
  if (id === actor.userId) throw new AppError('FORBIDDEN', NOT_SELF);
  const workerId = input.role === 'worker' ? (input.workerId ?? null) : null;
  await checkAssignment(db, input.role, input.scopeCode, workerId, current.user.active);
  const before = { role: current.user.role, scopeCode: current.user.scopeCode, workerId: current.user.workerId, authorized: current.user.authorized };
  await db.transaction(async (tx) => {
    await q.updateUser(tx, id, { role: input.role, scopeCode: input.scopeCode, workerId, authorized: true });
    await revokeUserSessions(tx, id);
    await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'role_grant', objectType: 'user', objectId: String(id), outcome: 'success', detail: { before, after: { role: input.role, scopeCode: input.scopeCode, workerId } } });
  });
  return present((await q.findUser(db, id))!);
}

/** A reset by the system administrator: the password policy applies and the holder must change it at next login. */
export async function resetPassword(opts: { db: Db; rules: PasswordRules; actor: Actor; id: number; newPassword: string }): Promise<void> {
  const { db, rules, actor, id } = opts;
  const target = await q.findUser(db, id);
  if (!target) throw notFound(USER_NOT_FOUND);
  if (id === actor.userId) throw new AppError('FORBIDDEN', OWN_PASSWORD);
  await checkPasswordPolicy(db, rules, { username: target.user.username, password: opts.newPassword, field: 'newPassword', userId: id, currentHash: target.user.passwordHash });
  const passwordHash = await hashPassword(opts.newPassword);
  await db.transaction(async (tx) => {
    await q.updateUser(tx, id, { passwordHash, mustChangePassword: true });
    await rememberPassword(tx, id, passwordHash, rules.history);
    await revokeUserSessions(tx, id);
    await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'password_reset', objectType: 'user', objectId: String(id), outcome: 'success' });
  });
}
