import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import * as c from '@cwp/contracts/incentives.contract';
import type { CareerPolicy } from '@cwp/domain/career';
import type { Db } from '../../db/database.ts';
import { requireAuth, requirePermission } from '../../plugins/auth-plugin.ts';
import * as care from './care.service.ts';
import { careerEligibilityList } from './eligibility.service.ts';
import * as incentives from './incentives.service.ts';
import { workerIncentives } from './worker-incentives.service.ts';
import { BULK_JSON_BODY_LIMIT } from '../../plugins/request-limits.ts';

export function incentivesRoutes(app: FastifyInstance, deps: { db: Db; careerPolicy: CareerPolicy; difficultyAnswerDays: number }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ['incentives'];

  r.get('/api/incentives/career-eligibility', { schema: { tags, summary: '事业编择优聘用资格（A13.2）Public-institution eligibility', querystring: c.careerEligibilityQuery, response: { 200: c.careerEligibilityList } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:read');
    return careerEligibilityList({ db, actor, org: request.query.org, eligibleOnly: request.query.eligibleOnly === '1', policy: deps.careerPolicy });
  });
  r.post('/api/incentives/vettings', { schema: { tags, summary: '记录政治把关 Record a political vetting (A2.1)', body: c.vettingInput, response: { 200: c.vetting } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:write');
    return incentives.recordVetting({ db, actor, input: request.body });
  });
  r.get('/api/incentives/reserve', { schema: { tags, summary: '后备人才库 Reserve pool (A2.2)', querystring: c.reserveQuery, response: { 200: c.reserveList } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:read');
    return incentives.listReserve({ db, actor, ...request.query });
  });
  r.post('/api/incentives/reserve', { schema: { tags, summary: '推荐后备人选 Nominate a candidate', body: c.reserveInput, response: { 200: c.reserveCandidate } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:write');
    return incentives.nominate({ db, actor, input: request.body });
  });
  r.put('/api/incentives/reserve/:id', { schema: { tags, summary: '培养措施、考察与状态 Measures, review, status', params: idParam, body: c.reserveUpdateInput, response: { 200: c.reserveCandidate } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:write');
    return incentives.updateReserve({ db, actor, id: request.params.id, input: request.body });
  });
  r.get('/api/incentives/events', { schema: { tags, summary: '表彰、推荐与招录 Honours, nominations, career moves (A13.1, A13.3)', querystring: c.careerEventQuery, response: { 200: z.array(c.careerEvent) } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:read');
    return incentives.listEvents({ db, actor, ...request.query });
  });
  r.post('/api/incentives/events', { schema: { tags, summary: '记录表彰、推荐或招录 Record one', body: c.careerEventInput, response: { 200: c.careerEvent } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:write');
    return incentives.recordEvent({ db, actor, input: request.body });
  });

  r.get('/api/care/health-checks', { schema: { tags, summary: '年度健康体检 Health checks (A14.1)', querystring: c.healthCheckQuery, response: { 200: c.healthCheckList } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:read');
    return care.healthCheckList({ db, actor, ...request.query });
  });
  r.put('/api/care/health-checks', { bodyLimit: BULK_JSON_BODY_LIMIT, schema: { tags, summary: '安排或登记体检 Schedule or record checks', body: c.healthCheckInput, response: { 200: z.object({ written: z.number() }) } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:write');
    return care.recordHealthChecks({ db, actor, input: request.body });
  });
  r.get('/api/care/visits', { schema: { tags, summary: '走访慰问 Holiday visits', querystring: c.visitQuery, response: { 200: z.array(c.visit) } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:read');
    return care.listVisits({ db, actor, ...request.query });
  });
  r.post('/api/care/visits', { schema: { tags, summary: '登记走访慰问 Record a visit', body: c.visitInput, response: { 200: c.visit } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:write');
    return care.recordVisit({ db, actor, input: request.body });
  });
  r.get('/api/care/difficulties', { schema: { tags, summary: '困难诉求 Difficulties', querystring: c.difficultyQuery, response: { 200: z.array(c.difficulty) } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:read');
    return care.listDifficulties({ db, actor, org: request.query.org, status: request.query.status, overdue: request.query.overdue === '1' });
  });
  r.post('/api/care/difficulties', { schema: { tags, summary: '反映困难（本人或代为）Raise a difficulty', body: c.difficultyInput, response: { 200: c.difficulty } } }, async (request) => {
    const { actor } = requireAuth(request);
    return care.submitDifficulty({ db, actor, input: request.body, answerDays: deps.difficultyAnswerDays });
  });
  r.post('/api/care/difficulties/:id/answer', { schema: { tags, summary: '答复 Answer', params: idParam, body: c.answerInput, response: { 200: c.difficulty } } }, async (request) => {
    const actor = requirePermission(request, 'incentives:write');
    return care.answerDifficulty({ db, actor, id: request.params.id, answer: request.body.answer });
  });
  r.post('/api/care/difficulties/:id/close', { schema: { tags, summary: '办结 Close', params: idParam, response: { 200: c.difficulty } } }, async (request) => {
    const { actor } = requireAuth(request);
    return care.closeDifficulty({ db, actor, id: request.params.id });
  });

  r.get('/api/workers/:id/incentives', { schema: { tags, summary: '人员激励关爱记录 A worker’s incentives and care', params: idParam, response: { 200: c.workerIncentives } } }, async (request) => {
    const actor = requirePermission(request, 'workers:read');
    return workerIncentives({ db, actor, id: request.params.id });
  });
}
