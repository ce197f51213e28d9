import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import { revokeSpecialAllowanceInput, specialAllowance, specialAllowanceInput, specialAllowanceQuery } from '@cwp/contracts/special-allowance.contract';
import type { Database } from '../../db/database.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import * as special from './special-allowances.service.ts';

export function specialAllowanceRoutes(app: FastifyInstance, deps: { database: Database }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get(
    '/api/grading/special-allowances',
    { schema: { tags: ['grading'], summary: '一线津贴登记（按发放月份）Front-line allowances of a unit for a pay month', querystring: specialAllowanceQuery, response: { 200: z.array(specialAllowance) } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:read');
      return special.listSpecialAllowances({ db, actor, org: request.query.org, month: request.query.month });
    },
  );

  r.post(
    '/api/grading/special-allowances',
    { schema: { tags: ['grading'], summary: '登记重大任务、抢险救灾、应急处突一线津贴 Record a front-line allowance (A12.3)', body: specialAllowanceInput, response: { 200: specialAllowance } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:allowance');
      return special.recordSpecialAllowance({ db, actor, input: request.body });
    },
  );

  r.post(
    '/api/grading/special-allowances/:id/revoke',
    { schema: { tags: ['grading'], summary: '撤销一线津贴登记 Revoke a front-line allowance record', params: idParam, body: revokeSpecialAllowanceInput, response: { 200: specialAllowance } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:allowance');
      return special.revokeSpecialAllowance({ db, actor, id: request.params.id, reason: request.body.reason });
    },
  );
}
