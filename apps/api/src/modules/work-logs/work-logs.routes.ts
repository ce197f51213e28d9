import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import { msg } from '@cwp/contracts/messages';
import * as c from '@cwp/contracts/work-logs.contract';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { requireAuth, requirePermission } from '../../plugins/auth-plugin.ts';
import * as counts from './counts.service.ts';
import * as grids from './grids.service.ts';
import * as ledger from './ledger.service.ts';
import { exportLedger, LEDGER_KINDS } from './work-logs-export.service.ts';

const orgQuery = z.object({ org: c.ledgerQuery.shape.org });

/** Work systems (A9.1): grids, the four ledgers, their counts and a worker's own page. */
export function workLogsRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ['work-logs'];

  // ── 网格 ──
  r.get('/api/grids', { schema: { tags, summary: '网格与网格员 Grids of a unit (A9.1)', querystring: orgQuery, response: { 200: c.gridList } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return grids.listGrids({ db, actor, org: request.query.org });
  });
  r.post('/api/grids', { schema: { tags, summary: '新建网格 Create a grid', body: c.gridInput, response: { 200: c.grid } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return grids.createGrid({ db, actor, input: request.body });
  });
  r.put('/api/grids/:id', { schema: { tags, summary: '修改网格 Edit a grid', params: idParam, body: c.gridUpdateInput, response: { 200: c.grid } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return grids.updateGrid({ db, actor, id: request.params.id, input: request.body });
  });
  r.post('/api/grids/:id/assignments', { schema: { tags, summary: '安排网格长或网格员 Assign a worker', params: idParam, body: c.assignInput, response: { 200: c.grid } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return grids.assignWorker({ db, actor, gridId: request.params.id, input: request.body });
  });
  r.get('/api/grids/:id/assignments', { schema: { tags, summary: '网格任职历史 Assignment history', params: idParam, response: { 200: z.array(c.gridAssignment) } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return grids.gridHistory({ db, actor, gridId: request.params.id });
  });
  r.post('/api/grid-assignments/:id/end', { schema: { tags, summary: '结束网格任职 End an assignment', params: idParam, body: c.endAssignmentInput, response: { 200: c.grid } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return grids.endAssignment({ db, actor, id: request.params.id, endedOn: request.body.endedOn });
  });

  // ── 上门走访 ──
  r.get('/api/work-logs/visits', { schema: { tags, summary: '上门走访台账 Home visits', querystring: c.ledgerQuery, response: { 200: c.householdVisitPage } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return ledger.listVisits({ db, actor, query: request.query });
  });
  r.post('/api/work-logs/visits', { schema: { tags, summary: '登记上门走访（本人或代为）Record a visit', body: c.householdVisitInput, response: { 200: c.householdVisit } } }, async (request) => {
    const { actor } = requireAuth(request);
    return ledger.recordVisit({ db, actor, input: request.body });
  });

  // ── 结对帮扶 ──
  r.get('/api/work-logs/pairs', { schema: { tags, summary: '结对帮扶 Pairs', querystring: c.ledgerQuery, response: { 200: c.assistancePairPage } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return ledger.listPairs({ db, actor, query: request.query });
  });
  r.post('/api/work-logs/pairs', { schema: { tags, summary: '建立结对 Start a pairing', body: c.pairInput, response: { 200: c.assistancePair } } }, async (request) => {
    const { actor } = requireAuth(request);
    return ledger.createPair({ db, actor, input: request.body });
  });
  r.post('/api/work-logs/pairs/:id/end', { schema: { tags, summary: '结束结对 End a pairing', params: idParam, body: c.endPairInput, response: { 200: c.assistancePair } } }, async (request) => {
    const { actor } = requireAuth(request);
    return ledger.endPair({ db, actor, id: request.params.id, endedOn: request.body.endedOn });
  });

  // ── 代办服务 ──
  r.get('/api/work-logs/proxy-services', { schema: { tags, summary: '代办服务 Proxy services', querystring: c.proxyQuery, response: { 200: c.proxyServicePage } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return ledger.listProxies({ db, actor, query: request.query });
  });
  r.post('/api/work-logs/proxy-services', { schema: { tags, summary: '受理代办 Accept a proxy service', body: c.proxyServiceInput, response: { 200: c.proxyService } } }, async (request) => {
    const { actor } = requireAuth(request);
    return ledger.acceptProxy({ db, actor, input: request.body });
  });
  r.post('/api/work-logs/proxy-services/:id/status', { schema: { tags, summary: '推进代办状态 Move a proxy service on', params: idParam, body: c.proxyStatusInput, response: { 200: c.proxyService } } }, async (request) => {
    const { actor } = requireAuth(request);
    return ledger.moveProxy({ db, actor, id: request.params.id, input: request.body });
  });

  // ── 首问负责 ──
  r.get('/api/work-logs/first-inquiries', { schema: { tags, summary: '首问负责登记 First inquiries', querystring: c.inquiryQuery, response: { 200: c.firstInquiryPage } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return ledger.listInquiries({ db, actor, query: request.query });
  });
  r.post('/api/work-logs/first-inquiries', { schema: { tags, summary: '首问登记 Record a first inquiry', body: c.firstInquiryInput, response: { 200: c.firstInquiry } } }, async (request) => {
    const { actor } = requireAuth(request);
    return ledger.recordInquiry({ db, actor, input: request.body });
  });
  r.post('/api/work-logs/first-inquiries/:id/close', { schema: { tags, summary: '首问办结 Close an inquiry', params: idParam, body: c.closeInquiryInput, response: { 200: c.firstInquiry } } }, async (request) => {
    const { actor } = requireAuth(request);
    return ledger.closeInquiry({ db, actor, id: request.params.id, input: request.body });
  });

  r.get(
    '/api/work-logs/:kind/export.xlsx',
    { schema: { tags, summary: '导出台账 Export a ledger (.xlsx)', params: z.object({ kind: z.enum(LEDGER_KINDS) }), querystring: c.ledgerExportQuery } },
    async (request, reply) => {
      const actor = requirePermission(request, 'daily:manage');
      const { buffer, title } = await exportLedger({ db, actor, kind: request.params.kind, query: request.query });
      const name = encodeURIComponent(`${title}台账-${request.query.org}.xlsx`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="work-log.xlsx"; filename*=UTF-8''${name}`)
        .send(buffer);
    },
  );

  // ── Counts and the worker's own page ──
  r.get('/api/work-logs/counts', { schema: { tags, summary: '工作台账统计 Counts per community and worker', querystring: c.countsQuery, response: { 200: c.workLogCountsReport } } }, async (request) => {
    const { actor } = requireAuth(request);
    // Managers, the statistics dashboard and the assessment sheet read them; the worker role uses /api/my/work-log.
    if (!(['daily:manage', 'stats:read', 'assessment:read'] as const).some((p) => actor.permissions.includes(p))) throw new AppError('FORBIDDEN', msg('您的角色无权进行此操作', 'Your role does not allow this'));
    return counts.workLogCounts({ db, actor, ...request.query });
  });
  r.get('/api/my/work-log', { schema: { tags, summary: '我的工作台账 My work log (worker)', response: { 200: c.myWorkLog } } }, async (request) => {
    const { actor } = requireAuth(request);
    return counts.myWorkLog({ db, actor });
  });
}
