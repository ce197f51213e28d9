import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { divisionCodeParam, idParam } from '@cwp/contracts/common.contract';
import {
  apiCallList,
  apiCallsQuery,
  apiKeyItem,
  createApiKeyInput,
  createdApiKey,
  openChangePage,
  openChangesQuery,
  openWorker,
  openWorkerPage,
  openWorkersQuery,
} from '@cwp/contracts/open-data.contract';
import { orgSearchHit, orgSearchQuery } from '@cwp/contracts/org.contract';
import { statsNode } from '@cwp/contracts/stats.contract';
import type { Db } from '../../db/database.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import { PerMinuteLimiter } from '../../security/per-minute-limiter.ts';
import { AppError } from '../../errors.ts';
import { msg } from '@cwp/contracts/messages';
import { redactPersonalNumbers } from '../../security/log-redaction.ts';
import { searchOrgUnits } from '../org/org.service.ts';
import * as keys from './open-data-keys.service.ts';
import * as open from './open-data.service.ts';
import { insertCall } from './open-data.queries.ts';

declare module 'fastify' {
  interface FastifyRequest {
    openKey: open.OpenKey | null;
    /** Records the answer carried, for the call log. */
    openRows: number;
  }
}

/** Key management under 系统管理 → 开放接口 (cookie session, openapi:manage). */
export function openDataAdminRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ['open-data'];

  r.get('/api/open-data/keys', { schema: { tags, summary: '开放接口密钥 API keys', response: { 200: z.array(apiKeyItem) } } }, async (request) => {
    requirePermission(request, 'openapi:manage');
    return keys.listKeys(db);
  });
  r.post('/api/open-data/keys', { schema: { tags, summary: '新建密钥（密钥只显示这一次）Create a key', body: createApiKeyInput, response: { 200: createdApiKey } } }, async (request) => {
    const actor = requirePermission(request, 'openapi:manage');
    return keys.createKey({ db, actor, input: request.body });
  });
  r.post('/api/open-data/keys/:id/revoke', { schema: { tags, summary: '停用密钥 Revoke a key', params: idParam, response: { 200: apiKeyItem } } }, async (request) => {
    const actor = requirePermission(request, 'openapi:manage');
    return keys.revokeKey({ db, actor, id: request.params.id });
  });
  // The system administrator has no org:read (no business data); choosing a key's scope needs unit names only.
  r.get('/api/open-data/scope-units', { schema: { tags, summary: '选择密钥数据范围 Units for a key scope', querystring: orgSearchQuery, response: { 200: z.array(orgSearchHit) } } }, async (request) => {
    const actor = requirePermission(request, 'openapi:manage');
    return searchOrgUnits({ db, actor, ...request.query });
  });
  r.get('/api/open-data/keys/:id/calls', { schema: { tags, summary: '调用日志 Call log of a key', params: idParam, querystring: apiCallsQuery, response: { 200: apiCallList } } }, async (request) => {
    requirePermission(request, 'openapi:manage');
    return keys.listCalls({ db, id: request.params.id, ...request.query });
  });
}

/**
 * /open/v1 for other systems: `Authorization: Bearer cwp_…`, no cookie session (the session plugin only
 * looks at /api/, and nothing here reads cookies, so there is no CSRF surface). Registered as its own
 * plugin so the key check and the call log apply to these routes only.
 */
export async function openDataPublicRoutes(app: FastifyInstance, deps: { db: Db; ratePerMinute: number }) {
  await app.register(async (scope) => {
    const { db, ratePerMinute } = deps;
    // Per key, so one consuming system cannot starve the others; per address for calls with no valid key,
    // so guessing keys costs the database nothing once the budget is spent.
    const perKey = new PerMinuteLimiter();
    const refusedByAddress = new PerMinuteLimiter();
    const tooMany = (reply: FastifyReply, limiter: PerMinuteLimiter, k: string) => {
      reply.header('retry-after', String(limiter.retryAfter(k)));
      return new AppError('RATE_LIMITED', msg(`调用过于频繁：每个密钥每分钟最多 ${ratePerMinute} 次，请稍后再试`, `Too many calls: at most ${ratePerMinute} a minute per key; retry later`));
    };
    scope.decorateRequest('openKey', null);
    scope.decorateRequest('openRows', 0);
    // Before validation, as for sessions: a caller without a valid key learns nothing from input errors.
    scope.addHook('preValidation', async (request, reply) => {
      const address = `ip:${request.ip}`;
      if (refusedByAddress.exhausted(address, ratePerMinute)) throw tooMany(reply, refusedByAddress, address);
      try {
        request.openKey = await open.authenticateKey(db, request.headers.authorization);
      } catch (err) {
        refusedByAddress.hit(address, ratePerMinute);
        throw err;
      }
      const k = `key:${request.openKey.id}`;
      if (!perKey.hit(k, ratePerMinute).allowed) throw tooMany(reply, perKey, k);
    });
    // Every call is logged, refused ones too, before the answer leaves (so the log cannot miss a call).
    scope.addHook('onSend', async (request, reply) => {
      try {
        await insertCall(db, {
          keyId: request.openKey?.id ?? null,
          method: request.method,
          path: redactPersonalNumbers(request.url).slice(0, 500),
          status: reply.statusCode,
          rows: reply.statusCode < 300 ? request.openRows : 0,
          ip: request.ip,
          durationMs: Math.round(reply.elapsedTime),
        });
      } catch (err) {
        request.log.error({ err: { message: (err as Error).message } }, 'open data call log failed');
      }
    });

    const r = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['open-data (/open/v1)'];
    const security = [{ openApiKey: [] }];
    const key = (request: { openKey: open.OpenKey | null }) => request.openKey!;

    r.get('/open/v1/workers', { schema: { tags, security, summary: '社区工作者（本密钥范围与字段）Workers', querystring: openWorkersQuery, response: { 200: openWorkerPage } } }, async (request) => {
      const page = await open.listWorkers({ db, key: key(request), ...request.query });
      request.openRows = page.items.length;
      return page;
    });
    r.get('/open/v1/workers/:id', { schema: { tags, security, summary: '一名社区工作者 One worker', params: idParam, response: { 200: openWorker } } }, async (request) => {
      const worker = await open.getWorker({ db, key: key(request), id: request.params.id });
      request.openRows = 1;
      return worker;
    });
    r.get('/open/v1/stats/:code', { schema: { tags, security, summary: '单位队伍统计 Statistics of a unit', params: z.object({ code: divisionCodeParam }), response: { 200: statsNode } } }, async (request) => {
      const stats = await open.unitStats({ db, key: key(request), code: request.params.code });
      request.openRows = 1;
      return stats;
    });
    r.get('/open/v1/changes', { schema: { tags, security, summary: '变更流（按提交顺序，每条只出现一次）Change feed', querystring: openChangesQuery, response: { 200: openChangePage } } }, async (request) => {
      const page = await open.changes({ db, key: key(request), ...request.query });
      request.openRows = page.items.length;
      return page;
    });
  });
}
