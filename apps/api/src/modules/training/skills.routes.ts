import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import * as c from '@cwp/contracts/skills.contract';
import type { Db } from '../../db/database.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import * as showcase from './showcase.service.ts';
import * as skills from './skills.service.ts';

export function skillsRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ['training'];

  r.get('/api/training/post-coverage', { schema: { tags, summary: '全岗通认定情况 Front-desk post coverage (A6.2)', querystring: c.orgQuery, response: { 200: c.postCoverageList } } }, async (request) => {
    const actor = requirePermission(request, 'training:read');
    return skills.coverage({ db, actor, org: request.query.org });
  });
  r.post('/api/training/post-certifications', { schema: { tags, summary: '全岗通岗位认定 Certify posts', body: c.certifyInput, response: { 200: z.object({ added: z.array(z.string()) }) } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return skills.certify({ db, actor, input: request.body });
  });
  r.post('/api/training/post-certifications/revoke', { schema: { tags, summary: '撤销岗位认定 Withdraw a certification', body: c.revokeCertInput, response: { 200: z.object({ removed: z.boolean() }) } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return skills.revokeCertification({ db, actor, workerId: request.body.workerId, post: request.body.post });
  });
  r.get('/api/training/mentorships', { schema: { tags, summary: '导师帮带 Mentorships', querystring: c.orgQuery, response: { 200: z.array(c.mentorship) } } }, async (request) => {
    const actor = requirePermission(request, 'training:read');
    return skills.listMentorships({ db, actor, org: request.query.org });
  });
  r.post('/api/training/mentorships', { schema: { tags, summary: '结对帮带 Pair a mentor and a mentee', body: c.mentorshipInput, response: { 200: c.mentorship } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return skills.pair({ db, actor, input: request.body });
  });
  r.post('/api/training/mentorships/:id/evaluate', { schema: { tags, summary: '帮带评价 Evaluate a mentorship', params: idParam, body: c.evaluateMentorshipInput, response: { 200: c.mentorship } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return skills.evaluate({ db, actor, id: request.params.id, evaluation: request.body.evaluation });
  });
  r.get('/api/training/competitions', { schema: { tags, summary: '技能竞赛 Skills competitions', querystring: z.object({ org: z.string().regex(/^\d{0,12}$/).optional() }), response: { 200: z.array(c.competition) } } }, async (request) => {
    const actor = requirePermission(request, 'training:read');
    return showcase.listCompetitions({ db, actor, org: request.query.org });
  });
  r.post('/api/training/competitions', { schema: { tags, summary: '登记竞赛 Record a competition', body: c.competitionInput, response: { 200: c.competition } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return showcase.createCompetition({ db, actor, input: request.body });
  });
  r.put('/api/training/competitions/:id/results', { schema: { tags, summary: '登记获奖 Record awards', params: idParam, body: c.competitionResultsInput, response: { 200: c.competition } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return showcase.recordResults({ db, actor, id: request.params.id, input: request.body });
  });
  r.get('/api/training/cases', { schema: { tags, summary: '社区工作法案例库 Case library (A6.1)', querystring: c.listCasesQuery, response: { 200: z.array(c.workCase) } } }, async (request) => {
    const actor = requirePermission(request, 'training:read');
    return showcase.listCases({ db, actor, ...request.query });
  });
  r.get('/api/training/cases/:id', { schema: { tags, summary: '案例 A case', params: idParam, response: { 200: c.workCase } } }, async (request) => {
    const actor = requirePermission(request, 'training:read');
    return showcase.getCase({ db, actor, id: request.params.id });
  });
  r.post('/api/training/cases', { schema: { tags, summary: '撰写案例 Write a case', body: c.caseInput, response: { 200: c.workCase } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return showcase.createCase({ db, actor, input: request.body });
  });
  r.put('/api/training/cases/:id', { schema: { tags, summary: '修改案例 Edit a case', params: idParam, body: c.updateCaseInput, response: { 200: c.workCase } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return showcase.updateCase({ db, actor, id: request.params.id, input: request.body });
  });
  r.post('/api/training/cases/:id/publish', { schema: { tags, summary: '发布案例 Publish a case', params: idParam, response: { 200: c.workCase } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return showcase.publishCase({ db, actor, id: request.params.id });
  });
}
