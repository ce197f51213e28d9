import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { divisionCodeParam } from '@cwp/contracts/common.contract';
import { workflowRequest } from '@cwp/contracts/workflow.contract';
import {
  allocationPlan,
  allocationPlanInput,
  ruleHistoryItem,
  setCeilingInput,
  setStaffingRuleInput,
  staffingNode,
} from '@cwp/contracts/staffing.contract';
import type { Db } from '../../db/database.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import * as staffing from './staffing.service.ts';
import { requestCeilingChange } from './ceiling-requests.service.ts';

const params = z.object({ code: z.union([z.literal('root'), divisionCodeParam]) });

export function staffingRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get('/api/staffing/:code', { schema: { tags: ['staffing'], summary: '配备标准与总量控制 Staffing of a unit', params, response: { 200: staffingNode } } }, async (request) => {
    const actor = requirePermission(request, 'staffing:read');
    return staffing.getStaffing({ db, actor, code: request.params.code });
  });

  r.get(
    '/api/staffing/:code/children',
    { schema: { tags: ['staffing'], summary: '下级单位配备情况 Staffing of children', params, response: { 200: z.array(staffingNode) } } },
    async (request) => {
      const actor = requirePermission(request, 'staffing:read');
      return staffing.getStaffingChildren({ db, actor, code: request.params.code });
    },
  );

  r.get(
    '/api/staffing/:code/history',
    { schema: { tags: ['staffing'], summary: '配备标准与总量调整记录 Rule and ceiling history', params, response: { 200: z.array(ruleHistoryItem) } } },
    async (request) => {
      const actor = requirePermission(request, 'staffing:read');
      return staffing.getRuleHistory({ db, actor, code: request.params.code });
    },
  );

  r.post(
    '/api/staffing/:code/rule',
    { schema: { tags: ['staffing'], summary: '设定配备标准 Set the quota rule', params, body: setStaffingRuleInput, response: { 200: ruleHistoryItem } } },
    async (request) => {
      const actor = requirePermission(request, 'staffing:write');
      return staffing.setStaffingRule({ db, actor, code: request.params.code, input: request.body });
    },
  );

  r.post(
    '/api/staffing/:code/ceiling-requests',
    { schema: { tags: ['staffing'], summary: '申请调整本级总量控制数（报上级审批）Ask the level above to change the ceiling', params, body: setCeilingInput, response: { 200: workflowRequest } } },
    async (request) => {
      const actor = requirePermission(request, 'staffing:write');
      return requestCeilingChange({ db, actor, code: request.params.code, input: request.body });
    },
  );

  r.post(
    '/api/staffing/:code/ceiling',
    { schema: { tags: ['staffing'], summary: '设定总量控制数 Set the ceiling', params, body: setCeilingInput, response: { 200: ruleHistoryItem } } },
    async (request) => {
      const actor = requirePermission(request, 'staffing:write');
      return staffing.setCeiling({ db, actor, code: request.params.code, input: request.body });
    },
  );

  r.post(
    '/api/staffing/:code/allocation-plan',
    { schema: { tags: ['staffing'], summary: '街道统筹调配建议 Re-allocation suggestion', params, body: allocationPlanInput, response: { 200: allocationPlan } } },
    async (request) => {
      const actor = requirePermission(request, 'staffing:read');
      return staffing.planAllocation({ db, actor, code: request.params.code, input: request.body });
    },
  );
}
