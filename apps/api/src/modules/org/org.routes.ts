import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { divisionCodeParam } from '@cwp/contracts/common.contract';
import { orgSearchHit, orgSearchQuery, orgUnitDetail, orgUnitSummary, populationFact, recordPopulationInput } from '@cwp/contracts/org.contract';
import type { Db } from '../../db/database.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import * as org from './org.service.ts';

const codeParams = z.object({ code: divisionCodeParam });
const childParams = z.object({ code: z.union([z.literal('root'), divisionCodeParam]) });

export function orgRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get('/api/org-units', { schema: { tags: ['org'], summary: '按名称或代码搜索单位 Search units', querystring: orgSearchQuery, response: { 200: z.array(orgSearchHit) } } }, async (request) => {
    const actor = requirePermission(request, 'org:read');
    return org.searchOrgUnits({ db, actor, q: request.query.q, limit: request.query.limit });
  });

  r.get('/api/org-units/:code', { schema: { tags: ['org'], summary: '单位详情 Unit detail', params: codeParams, response: { 200: orgUnitDetail } } }, async (request) => {
    const actor = requirePermission(request, 'org:read');
    return org.getUnitDetail({ db, actor, code: request.params.code });
  });

  r.get(
    '/api/org-units/:code/children',
    { schema: { tags: ['org'], summary: '下级单位（root 为省级） Children', params: childParams, response: { 200: z.array(orgUnitSummary) } } },
    async (request) => {
      const actor = requirePermission(request, 'org:read');
      return org.listChildUnits({ db, actor, code: request.params.code === 'root' ? null : request.params.code });
    },
  );

  r.get(
    '/api/org-units/:code/population',
    { schema: { tags: ['org'], summary: '人口数据历史 Population figures', params: codeParams, response: { 200: z.array(populationFact) } } },
    async (request) => {
      const actor = requirePermission(request, 'org:read');
      return org.listPopulation({ db, actor, code: request.params.code });
    },
  );

  r.post(
    '/api/org-units/:code/population',
    { schema: { tags: ['org'], summary: '录入人口数据 Record a population figure', params: codeParams, body: recordPopulationInput, response: { 200: populationFact } } },
    async (request) => {
      const actor = requirePermission(request, 'population:write');
      return org.recordPopulation({ db, actor, code: request.params.code, input: request.body });
    },
  );
}
