import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicSurvey, surveyCodeInput, surveyResponseInput } from '@cwp/contracts/assessment.contract';
import * as survey from './survey.service.ts';

const tokenParams = z.object({ token: z.string().regex(/^[0-9a-f]{32}$/) });

/** The residents' phone survey: no session; the token in the link is the only key. */
export function surveyRoutes(app: FastifyInstance, deps: survey.SurveyDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['survey'];
  r.get('/api/public/survey/:token', { schema: { tags, summary: '居民满意度测评页 The survey of one worker', params: tokenParams, response: { 200: publicSurvey } } }, async (request) =>
    survey.getSurvey(deps, request.params.token),
  );
  r.post(
    '/api/public/survey/:token/code',
    { schema: { tags, summary: '获取短信验证码 Request a one-time code', params: tokenParams, body: surveyCodeInput, response: { 200: z.object({ sent: z.literal(true), expiresInSeconds: z.number() }) } } },
    async (request) => survey.requestCode(deps, request.params.token, request.body, request.ip),
  );
  r.post(
    '/api/public/survey/:token/responses',
    { schema: { tags, summary: '提交评价 Submit a rating', params: tokenParams, body: surveyResponseInput, response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (request) => survey.submitResponse(deps, request.params.token, request.body),
  );
}
