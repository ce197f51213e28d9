import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { changePasswordInput, loginInput, me, sessionIdParam, sessionListResponse } from '@cwp/contracts/auth.contract';
import { okResponse } from '@cwp/contracts/common.contract';
import { msg } from '@cwp/contracts/messages';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { requireAuth, SESSION_COOKIE } from '../../plugins/auth-plugin.ts';
import { PerMinuteLimiter } from '../../security/per-minute-limiter.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import * as auth from './auth.service.ts';
import { auditName } from './login-guard.ts';
import { loginPolicyOf, passwordRulesOf, sessionPolicyOf, type SecurityPolicyStore } from '../security-policy/security-policy.service.ts';

export function authRoutes(app: FastifyInstance, deps: { db: Db; policies: SecurityPolicyStore }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, policies } = deps;
  const limiter = new PerMinuteLimiter();

  r.post('/api/auth/login', { schema: { tags: ['auth'], summary: '登录 Log in', body: loginInput, response: { 200: me } } }, async (request, reply) => {
    const current = await policies.current();
    const policy = sessionPolicyOf(current);
    const loginPolicy = loginPolicyOf(current);
    const rate = limiter.hit(request.ip, loginPolicy.ratePerMinute);
    if (!rate.allowed) {
      if (rate.firstRefusal) await insertAudit(db, { actorUserId: null, actorName: auditName(request.body.username, undefined), ip: request.ip, action: 'login', outcome: 'failure', detail: { reason: 'rate_limited' } });
      reply.header('retry-after', String(limiter.retryAfter(request.ip)));
      throw new AppError('RATE_LIMITED', msg('登录尝试过于频繁，请稍后再试', 'Too many login attempts; please wait a moment'));
    }
    const { token, actor, mustChangePassword } = await auth.login({
      db,
      policy,
      loginPolicy,
      username: request.body.username,
      password: request.body.password,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    });
    // HttpOnly (no script reads it), SameSite=Strict (no cross-site request carries it), Secure on HTTPS.
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto', signed: true, maxAge: policy.maxMs / 1000 });
    return auth.describeMe({ db, actor, mustChangePassword });
  });

  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: '退出登录 Log out', response: { 200: okResponse } } }, async (request, reply) => {
    const ctx = requireAuth(request);
    await auth.logout({ db, token: ctx.token, actor: ctx.actor });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  r.post('/api/auth/logout-all', { schema: { tags: ['auth'], summary: '退出所有设备 Log out everywhere', response: { 200: okResponse } } }, async (request, reply) => {
    const ctx = requireAuth(request);
    await auth.logoutEverywhere({ db, actor: ctx.actor });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  r.get('/api/auth/sessions', { schema: { tags: ['auth'], summary: '我的登录会话 My open sessions', response: { 200: sessionListResponse } } }, async (request) => {
    const ctx = requireAuth(request);
    const policy = sessionPolicyOf(await policies.current());
    return { items: await auth.listSessions({ db, policy, actor: ctx.actor, tokenHash: ctx.tokenHash }) };
  });

  r.delete(
    '/api/auth/sessions/:id',
    { schema: { tags: ['auth'], summary: '结束一个会话 End one session', params: sessionIdParam, response: { 200: okResponse } } },
    async (request, reply) => {
      const ctx = requireAuth(request);
      await auth.endSession({ db, actor: ctx.actor, id: request.params.id });
      if (ctx.tokenHash.startsWith(request.params.id)) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  r.get('/api/me', { schema: { tags: ['auth'], summary: '当前用户 Current user', response: { 200: me } } }, async (request) => {
    const ctx = requireAuth(request);
    return auth.describeMe({ db, actor: ctx.actor, mustChangePassword: ctx.mustChangePassword });
  });

  r.post(
    '/api/auth/change-password',
    { schema: { tags: ['auth'], summary: '修改密码 Change password', body: changePasswordInput, response: { 200: okResponse } } },
    async (request) => {
      const ctx = requireAuth(request);
      const rules = passwordRulesOf(await policies.current());
      await auth.changePassword({ db, rules, actor: ctx.actor, tokenHash: ctx.tokenHash, ...request.body });
      return { ok: true as const };
    },
  );
}
