import { ROLE_LABELS, type Role } from '@cwp/contracts/auth.contract';
import { msg } from '@cwp/contracts/messages';
import type { CreateUserInput, UpdateUserInput, UserItem } from '@cwp/contracts/users.contract';
import type { Db } from '../../db/database.ts';
import { AppError, isUniqueViolation, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { hashPassword } from '../../security/passwords.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { revokeUserSessions } from '../auth/auth.queries.ts';
import * as q from './users.queries.ts';

const USER_NOT_FOUND = msg('该账号不存在', 'No such account');
const SCOPE_UNKNOWN = msg('数据范围对应的单位不存在', 'The scope code is not a known unit');
const NOT_SELF = msg('不能修改自己的角色、数据范围或启用状态', 'You cannot change your own role, scope or active state');

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

/** New accounts must change their initial password at first login. */
export async function createUser(opts: { db: Db; actor: Actor; input: CreateUserInput }): Promise<UserItem> {
  const { db, actor, input } = opts;
  await checkAssignment(db, input.role, input.scopeCode, input.workerId, true);
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
      });
      await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'user_create', objectType: 'user', objectId: String(row.id), outcome: 'success', detail: { role: input.role, scopeCode: input.scopeCode } });
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

export async function updateUser(opts: { db: Db; actor: Actor; id: number; input: UpdateUserInput }): Promise<UserItem> {
  const { db, actor, id, input } = opts;
  const current = await q.findUser(db, id);
  if (!current) throw notFound(USER_NOT_FOUND);
  if (id === actor.userId && (input.role !== undefined || input.scopeCode !== undefined || input.active !== undefined)) {
    throw new AppError('FORBIDDEN', NOT_SELF);
  }
  const role = (input.role ?? current.user.role) as Role;
  const scopeCode = input.scopeCode ?? current.user.scopeCode;
  const workerId = input.workerId !== undefined ? input.workerId : current.user.workerId;
  await checkAssignment(db, role, scopeCode, workerId, input.active ?? current.user.active);
  await db.transaction(async (tx) => {
    await q.updateUser(tx, id, { ...input, workerId: role === 'worker' ? workerId : null });
    // Any change of who someone is or what they see ends their open sessions.
    if (input.role !== undefined || input.scopeCode !== undefined || input.active === false) await revokeUserSessions(tx, id);
    await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'user_update', objectType: 'user', objectId: String(id), outcome: 'success', detail: { ...input } });
  });
  return present((await q.findUser(db, id))!);
}

export async function resetPassword(opts: { db: Db; actor: Actor; id: number; newPassword: string }): Promise<void> {
  const { db, actor, id } = opts;
  if (!(await q.findUser(db, id))) throw notFound(USER_NOT_FOUND);
  const passwordHash = await hashPassword(opts.newPassword);
  await db.transaction(async (tx) => {
    await q.updateUser(tx, id, { passwordHash, mustChangePassword: true });
    await revokeUserSessions(tx, id);
    await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'password_reset', objectType: 'user', objectId: String(id), outcome: 'success' });
  });
}
