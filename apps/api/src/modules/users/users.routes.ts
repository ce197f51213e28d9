import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam, okResponse } from '@cwp/contracts/common.contract';
import { assignRoleInput, createUserInput, listUsersQuery, resetPasswordInput, updateUserInput, userItem, userListResponse } from '@cwp/contracts/users.contract';
import type { Db } from '../../db/database.ts';
import { requireAnyPermission, requirePermission } from '../../plugins/auth-plugin.ts';
import { passwordRulesOf, type SecurityPolicyStore } from '../security-policy/security-policy.service.ts';
import * as users from './users.service.ts';

export function usersRoutes(app: FastifyInstance, deps: { db: Db; policies: SecurityPolicyStore }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, policies } = deps;

  r.get('/api/users', { schema: { tags: ['users'], summary: '账号列表 Accounts', querystring: listUsersQuery, response: { 200: userListResponse } } }, async (request) => {
    // Both administrators of accounts see the list; what each may do with a row differs (三员分立).
    requireAnyPermission(request, ['users:manage', 'roles:manage']);
    return users.listUsers({ db, ...request.query });
  });

  r.post('/api/users', { schema: { tags: ['users'], summary: '新建账号 Create account', body: createUserInput, response: { 200: userItem } } }, async (request) => {
    const actor = requirePermission(request, 'users:manage');
    return users.createUser({ db, rules: passwordRulesOf(await policies.current()), actor, input: request.body });
  });

  r.patch('/api/users/:id', { schema: { tags: ['users'], summary: '修改账号 Update account', params: idParam, body: updateUserInput, response: { 200: userItem } } }, async (request) => {
    const actor = requirePermission(request, 'users:manage');
    return users.updateUser({ db, actor, id: request.params.id, input: request.body });
  });

  r.put(
    '/api/users/:id/role',
    { schema: { tags: ['users'], summary: '授予角色和数据范围 Grant role and scope', params: idParam, body: assignRoleInput, response: { 200: userItem } } },
    async (request) => {
      const actor = requirePermission(request, 'roles:manage');
      return users.assignRole({ db, actor, id: request.params.id, input: request.body });
    },
  );

  r.post(
    '/api/users/:id/reset-password',
    { schema: { tags: ['users'], summary: '重置密码 Reset password', params: idParam, body: resetPasswordInput, response: { 200: okResponse } } },
    async (request) => {
      const actor = requirePermission(request, 'users:manage');
      await users.resetPassword({ db, rules: passwordRulesOf(await policies.current()), actor, id: request.params.id, newPassword: request.body.newPassword });
      return { ok: true as const };
    },
  );
}
