import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { changePasswordInput, loginInput, me } from '@cwp/contracts/auth.contract';
import { okResponse } from '@cwp/contracts/common.contract';
import type { Db } from '../../db/database.ts';
import { requireAuth, SESSION_COOKIE } from '../../plugins/auth-plugin.ts';
import * as auth from './auth.service.ts';

export function authRoutes(app: FastifyInstance, deps: { db: Db; policy: auth.SessionPolicy }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, policy } = deps;

  r.post('/api/auth/login', { schema: { tags: ['auth'], summary: '登录 Log in', body: loginInput, response: { 200: me } } }, async (request, reply) => {
    const { token, actor, mustChangePassword } = await auth.login({
      db,
      policy,
      username: request.body.username,
      password: request.body.password,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    });
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto', signed: true, maxAge: policy.maxMs / 1000 });
    return auth.describeMe({ db, actor, mustChangePassword });
  });

  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: '退出登录 Log out', response: { 200: okResponse } } }, async (request, reply) => {
    const ctx = requireAuth(request);
    await auth.logout({ db, token: ctx.token, actor: ctx.actor });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  r.get('/api/me', { schema: { tags: ['auth'], summary: '当前用户 Current user', response: { 200: me } } }, async (request) => {
    const ctx = requireAuth(request);
    return auth.describeMe({ db, actor: ctx.actor, mustChangePassword: ctx.mustChangePassword });
  });

  r.post(
    '/api/auth/change-password',
    { schema: { tags: ['auth'], summary: '修改密码 Change password', body: changePasswordInput, response: { 200: okResponse } } },
    async (request) => {
      const ctx = requireAuth(request);
      await auth.changePassword({ db, actor: ctx.actor, tokenHash: ctx.tokenHash, ...request.body });
      return { ok: true as const };
    },
  );
}
