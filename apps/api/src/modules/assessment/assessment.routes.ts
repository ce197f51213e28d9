import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import {
  appeal,
  appealInput,
  conductNote,
  conductNoteInput,
  decideAppealInput,
  errorTolerance,
  errorToleranceInput,
  listConductQuery,
  listSchemesQuery,
  orgQuery,
  renewalReviewList,
  scheme,
  schemeInput,
  scoresInput,
  scoringSheet,
  updateConductNoteInput,
  updateSchemeInput,
  workerAssessments,
} from '@cwp/contracts/assessment.contract';
import type { Db } from '../../db/database.ts';
import { requireAuth, requirePermission } from '../../plugins/auth-plugin.ts';
import * as conduct from './conduct.service.ts';
import * as results from './results.service.ts';
import * as schemes from './schemes.service.ts';
import { BULK_JSON_BODY_LIMIT } from '../../plugins/request-limits.ts';

export function assessmentRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ['assessment'];

  r.get('/api/assessment/schemes', { schema: { tags, summary: '年度考核方案 Assessment schemes', querystring: listSchemesQuery, response: { 200: z.array(scheme) } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:read');
    return schemes.listSchemes({ db, actor, org: request.query.org, year: request.query.year });
  });
  r.post('/api/assessment/schemes', { schema: { tags, summary: '制定考核方案 Draft a scheme (A10.1)', body: schemeInput, response: { 200: scheme } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:manage');
    return schemes.createScheme({ db, actor, input: request.body });
  });
  r.get('/api/assessment/schemes/:id', { schema: { tags, summary: '考核方案 A scheme', params: idParam, response: { 200: scheme } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:read');
    return schemes.getScheme({ db, actor, id: request.params.id });
  });
  r.put('/api/assessment/schemes/:id', { schema: { tags, summary: '修改方案草稿 Edit a draft scheme', params: idParam, body: updateSchemeInput, response: { 200: scheme } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:manage');
    return schemes.updateScheme({ db, actor, id: request.params.id, input: request.body });
  });
  r.post('/api/assessment/schemes/:id/publish', { schema: { tags, summary: '发布方案，开启测评 Publish a scheme', params: idParam, response: { 200: scheme } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:manage');
    return schemes.publishScheme({ db, actor, id: request.params.id });
  });
  r.get(
    '/api/assessment/schemes/:id/sheet',
    { schema: { tags, summary: '评分表（含测评链接与预评等次）Scoring sheet of a unit', params: idParam, querystring: orgQuery, response: { 200: scoringSheet } } },
    async (request) => {
      const actor = requirePermission(request, 'assessment:read');
      return schemes.scoringSheet({ db, actor, id: request.params.id, org: request.query.org });
    },
  );
  r.put('/api/assessment/schemes/:id/scores', { bodyLimit: BULK_JSON_BODY_LIMIT, schema: { tags, summary: '录入街道与互评分数 Enter scores', params: idParam, body: scoresInput, response: { 200: z.object({ written: z.number() }) } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:score');
    return schemes.enterScores({ db, actor, id: request.params.id, input: request.body });
  });
  r.post('/api/assessment/schemes/:id/results/publish', { schema: { tags, summary: '公布考核结果 Publish the results (A10.2)', params: idParam, response: { 200: scheme } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:manage');
    return results.publishResults({ db, actor, id: request.params.id });
  });
  r.get('/api/assessment/schemes/:id/appeals', { schema: { tags, summary: '复核申请 Appeals', params: idParam, response: { 200: z.array(appeal) } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:read');
    return results.listAppeals({ db, actor, id: request.params.id });
  });
  r.post('/api/assessment/appeals', { schema: { tags, summary: '提出复核 File an appeal', body: appealInput, response: { 200: appeal } } }, async (request) => {
    const { actor } = requireAuth(request);
    return results.fileAppeal({ db, actor, input: request.body });
  });
  r.post('/api/assessment/appeals/:id/decide', { schema: { tags, summary: '复核决定 Decide an appeal', params: idParam, body: decideAppealInput, response: { 200: appeal } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:manage');
    return results.decideAppeal({ db, actor, id: request.params.id, input: request.body });
  });
  r.get('/api/assessment/conduct-notes', { schema: { tags, summary: '作风问题记录 Conduct notes (A7.1)', querystring: listConductQuery, response: { 200: z.array(conductNote) } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:read');
    return conduct.listConduct({ db, actor, org: request.query.org, year: request.query.year, open: request.query.open === '1' });
  });
  r.post('/api/assessment/conduct-notes', { schema: { tags, summary: '记录作风问题 Record a conduct problem', body: conductNoteInput, response: { 200: conductNote } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:score');
    return conduct.recordConduct({ db, actor, input: request.body });
  });
  r.put('/api/assessment/conduct-notes/:id', { schema: { tags, summary: '跟进作风问题 Follow up a conduct note', params: idParam, body: updateConductNoteInput, response: { 200: conductNote } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:score');
    return conduct.followUpConduct({ db, actor, id: request.params.id, input: request.body });
  });
  r.post('/api/assessment/error-tolerance', { schema: { tags, summary: '容错纠错认定 Record an error-tolerance decision', body: errorToleranceInput, response: { 200: errorTolerance } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:manage');
    return conduct.recordTolerance({ db, actor, input: request.body });
  });
  r.get('/api/assessment/renewal-reviews', { schema: { tags, summary: '续聘审查名单（考核不称职）Non-renewal reviews (A10.2)', querystring: orgQuery, response: { 200: renewalReviewList } } }, async (request) => {
    const actor = requirePermission(request, 'assessment:read');
    return results.renewalReviews({ db, actor, org: request.query.org });
  });
  r.get('/api/workers/:id/assessments', { schema: { tags, summary: '人员考核记录 A worker’s assessment record', params: idParam, response: { 200: workerAssessments } } }, async (request) => {
    const actor = requirePermission(request, 'workers:read');
    return results.workerAssessments({ db, actor, id: request.params.id });
  });
}
