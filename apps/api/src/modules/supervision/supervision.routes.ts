import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, okResponse } from '@cwp/contracts/common.contract';
import { msg } from '@cwp/contracts/messages';
import * as c from '@cwp/contracts/supervision.contract';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { requireAuth, requirePermission } from '../../plugins/auth-plugin.ts';
import * as audits from './audits.service.ts';
import * as disclosure from './disclosure.service.ts';
import { ClientRateLimiter, PUBLIC_PAGE_LIMITS, type PublicPageLimits } from './public-page-limiter.ts';
import * as talks from './talks.service.ts';

/**
 * Commitments, duties and 三务 records are kept by the street (supervision:write) or by the community's own
 * secretary (supervision:disclose, and their scope is their community). Checks and audits stay with the street.
 */
function requireDiscloser(request: FastifyRequest) {
  const { actor } = requireAuth(request);
  if (!actor.permissions.includes('supervision:write') && !actor.permissions.includes('supervision:disclose')) {
    throw new AppError('FORBIDDEN', msg('您的角色无权进行此操作', 'Your role does not allow this'));
  }
  return actor;
}

export function supervisionRoutes(app: FastifyInstance, deps: { db: Db; publicLimits?: Partial<PublicPageLimits> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ['supervision'];

  // ── 谈心谈话 A11.1 (supervision:talks only) ──
  r.get('/api/supervision/talks', { schema: { tags, summary: '谈心谈话记录（不含内容）Talks, without content (A11.1)', querystring: c.talkQuery, response: { 200: z.array(c.talkSummary) } } }, async (request) => {
    const actor = requirePermission(request, 'supervision:talks');
    return talks.listTalks({ db, actor, ...request.query });
  });
  r.post('/api/supervision/talks', { schema: { tags, summary: '登记谈心谈话 Record a talk', body: c.talkInput, response: { 200: c.talk } } }, async (request) => {
    const actor = requirePermission(request, 'supervision:talks');
    return talks.recordTalk({ db, actor, input: request.body });
  });
  r.get('/api/supervision/talks/:id', { schema: { tags, summary: '查看谈话内容（留痕）Read a talk (audited)', params: idParam, response: { 200: c.talk } } }, async (request) => {
    const actor = requirePermission(request, 'supervision:talks');
    return talks.readTalk({ db, actor, id: request.params.id });
  });
  // The reasons name talk kinds, so the list is as restricted as the talks themselves.
  r.get('/api/supervision/warnings', { schema: { tags, summary: '预警名单 Early warnings (A11.1)', querystring: c.orgQuery, response: { 200: z.array(c.earlyWarning) } } }, async (request) => {
    const actor = requirePermission(request, 'supervision:talks');
    return talks.listWarnings({ db, actor, org: request.query.org });
  });

  // ── 服务承诺与职责公开 A11.2 ──
  r.get('/api/supervision/communities/:code/disclosure', { schema: { tags, summary: '社区承诺与职责公开 Commitments and duties of a community', params: c.communityCodeParam, response: { 200: c.communityDisclosure } } }, async (request) => {
    const actor = requirePermission(request, 'supervision:read');
    return disclosure.communityDisclosure({ db, actor, code: request.params.code });
  });
  r.post('/api/supervision/communities/:code/commitments', { schema: { tags, summary: '新增服务承诺 Add a commitment', params: c.communityCodeParam, body: c.commitmentInput, response: { 200: c.commitment } } }, async (request) => {
    const actor = requireDiscloser(request);
    return disclosure.addCommitment({ db, actor, code: request.params.code, input: request.body });
  });
  r.post('/api/supervision/commitments/:id/withdraw', { schema: { tags, summary: '撤下服务承诺 Withdraw a commitment', params: idParam, response: { 200: c.commitment } } }, async (request) => {
    const actor = requireDiscloser(request);
    return disclosure.withdrawCommitment({ db, actor, id: request.params.id });
  });
  r.put('/api/supervision/duties/:workerId', { schema: { tags, summary: '公开岗位职责 Publish a worker’s duties', params: c.workerIdParam, body: c.dutyInput, response: { 200: okResponse } } }, async (request) => {
    const actor = requireDiscloser(request);
    return disclosure.setDuty({ db, actor, workerId: request.params.workerId, input: request.body });
  });
  r.put('/api/supervision/communities/:code/publication', { schema: { tags, summary: '发布或撤下公开页 Publish or withdraw the public page', params: c.communityCodeParam, body: c.publicationInput, response: { 200: c.communityDisclosure } } }, async (request) => {
    const actor = requireDiscloser(request);
    return disclosure.setPublication({ db, actor, code: request.params.code, published: request.body.published });
  });

  const limiter = new ClientRateLimiter(deps.publicLimits?.perClientPerMinute ?? PUBLIC_PAGE_LIMITS.perClientPerMinute);
  r.get('/api/public/communities/:code', { schema: { tags, summary: '社区服务承诺与职责公开（公开页，无需登录）Public community page', params: c.communityCodeParam, response: { 200: c.publicCommunity } } }, async (request) => {
    if (!limiter.allow(request.ip)) throw new AppError('RATE_LIMITED', msg('访问过于频繁，请稍后再试', 'Too many requests; try again later'));
    return disclosure.publicCommunity(db, request.params.code);
  });

  // ── 三务公开 A11.2 ──
  r.get('/api/supervision/disclosures', { schema: { tags, summary: '三务公开记录与缺漏 Disclosures and missing quarters', querystring: c.disclosureQuery, response: { 200: c.disclosureList } } }, async (request) => {
    const actor = requirePermission(request, 'supervision:read');
    return disclosure.listDisclosures({ db, actor, ...request.query });
  });
  r.post('/api/supervision/disclosures', { schema: { tags, summary: '登记三务公开 Record a disclosure', body: c.disclosureInput, response: { 200: c.disclosure } } }, async (request) => {
    const actor = requireDiscloser(request);
    return disclosure.recordDisclosure({ db, actor, input: request.body });
  });
  r.post('/api/supervision/disclosures/:id/check', { schema: { tags, summary: '街道检查 Street check', params: idParam, body: c.disclosureCheckInput, response: { 200: c.disclosure } } }, async (request) => {
    const actor = requirePermission(request, 'supervision:write');
    return disclosure.checkDisclosure({ db, actor, id: request.params.id, input: request.body });
  });

  // ── 经济责任审计 A11.3 ──
  r.get('/api/supervision/audits', { schema: { tags, summary: '经济责任审计 Economic responsibility audits (A11.3)', querystring: c.auditQuery, response: { 200: c.auditList } } }, async (request) => {
    const actor = requirePermission(request, 'supervision:read');
    return audits.listAudits({ db, actor, org: request.query.org, overdueOnly: request.query.overdue === '1' });
  });
  r.post('/api/supervision/audits', { schema: { tags, summary: '登记审计及发现问题 Record an audit with findings', body: c.auditInput, response: { 200: c.economicAudit } } }, async (request) => {
    const actor = requirePermission(request, 'supervision:write');
    return audits.recordAudit({ db, actor, input: request.body });
  });
  r.put('/api/supervision/findings/:id', { schema: { tags, summary: '整改情况 Rectification of a finding', params: idParam, body: c.rectificationInput, response: { 200: c.finding } } }, async (request) => {
    const actor = requirePermission(request, 'supervision:write');
    return audits.updateRectification({ db, actor, id: request.params.id, input: request.body });
  });
}
