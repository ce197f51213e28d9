import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import { divisionCodeParam } from '@cwp/contracts/common.contract';
import { advancementBatch, advancementInput, budget, budgetQuery, gradeResult, publishInput, whatIf, whatIfQuery, packIdParams, packSummary, paySheet, paySheetQuery, previewInput, rulePack } from '@cwp/contracts/grading.contract';
import type { Database } from '../../db/database.ts';
import { todayIso } from '@cwp/domain/dates';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import * as advancement from './advancement.service.ts';
import { getBudget } from './budget.service.ts';
import * as packs from './packs.service.ts';
import * as grading from './grading.service.ts';
import { exportPaySheet, getPaySheet } from './pay-sheet.service.ts';

const codeParams = z.object({ code: divisionCodeParam });

export function gradingRoutes(app: FastifyInstance, deps: { database: Database }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { database } = deps;
  const db = database.db;

  r.get('/api/grading/packs', { schema: { tags: ['grading'], summary: '等级薪酬规则包 Rule packs', response: { 200: z.array(packSummary) } } }, async (request) => {
    const actor = requirePermission(request, 'grading:read');
    return grading.listPacks({ db, actor });
  });

  r.get('/api/grading/packs/:id', { schema: { tags: ['grading'], summary: '规则包内容 A rule pack', params: packIdParams, response: { 200: rulePack } } }, async (request) => {
    const actor = requirePermission(request, 'grading:read');
    return grading.getPack({ db, actor, id: request.params.id });
  });

  r.post(
    '/api/grading/preview',
    { schema: { tags: ['grading'], summary: '按规则包测算等级与工资 Grade and pay of a hypothetical worker', body: previewInput, response: { 200: gradeResult } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:read');
      return grading.previewGrade({ db, actor, input: request.body });
    },
  );

  r.get(
    '/api/workers/:id/grade',
    { schema: { tags: ['grading'], summary: '人员岗位等级与工资（含测算说明）Grade and pay of a worker, explained', params: idParam, response: { 200: gradeResult } } },
    async (request) => {
      const actor = requirePermission(request, 'workers:read');
      return grading.workerGrade({ db, actor, id: request.params.id });
    },
  );

  r.post(
    '/api/grading/advancements',
    { schema: { tags: ['grading'], summary: '生成年度晋级方案 Propose an annual advancement batch', body: advancementInput, response: { 200: advancementBatch } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:advance');
      return advancement.proposeAdvancement({ database, actor, input: request.body });
    },
  );

  r.get(
    '/api/grading/advancements/:id',
    { schema: { tags: ['grading'], summary: '年度晋级方案 An advancement batch', params: idParam, response: { 200: advancementBatch } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:read');
      return advancement.getAdvancement({ database, actor, id: request.params.id });
    },
  );

  r.post(
    '/api/grading/advancements/:id/approve',
    { schema: { tags: ['grading'], summary: '审批并写入年度晋级 Approve and write an advancement batch', params: idParam, response: { 200: advancementBatch } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:advance');
      return advancement.approveAdvancement({ database, actor, id: request.params.id });
    },
  );

  r.get(
    '/api/grading/paysheet/:code',
    { schema: { tags: ['grading'], summary: '月度工资表 Monthly pay sheet of a street or county', params: codeParams, querystring: paySheetQuery, response: { 200: paySheet } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:read');
      return getPaySheet({ db, actor, code: request.params.code, month: request.query.month });
    },
  );

  r.get(
    '/api/grading/paysheet/:code/export.xlsx',
    { schema: { tags: ['grading'], summary: '导出工资表 Export the pay sheet (.xlsx)', params: codeParams, querystring: paySheetQuery } },
    async (request, reply) => {
      const actor = requirePermission(request, 'grading:read');
      const buffer = await exportPaySheet({ db, actor, code: request.params.code, month: request.query.month });
      const name = encodeURIComponent(`工资表-${request.params.code}-${request.query.month}.xlsx`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="paysheet.xlsx"; filename*=UTF-8''${name}`)
        .send(buffer);
    },
  );

  r.get(
    '/api/grading/budget/:code',
    { schema: { tags: ['grading'], summary: '年度人员经费预算 Next year’s personnel budget', params: codeParams, querystring: budgetQuery, response: { 200: budget } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:read');
      return getBudget({ db, actor, code: request.params.code, year: request.query.year });
    },
  );

  r.post('/api/grading/packs', { schema: { tags: ['grading'], summary: '新建规则包草稿（含 JSON 导入）Create a draft pack (also JSON import)', body: rulePack, response: { 200: rulePack } } }, async (request) => {
    const actor = requirePermission(request, 'grading:manage');
    return packs.createPack({ db, actor, pack: request.body });
  });

  r.put('/api/grading/packs/:id', { schema: { tags: ['grading'], summary: '修改规则包草稿 Edit a draft pack', params: packIdParams, body: rulePack, response: { 200: rulePack } } }, async (request) => {
    const actor = requirePermission(request, 'grading:manage');
    return packs.updatePack({ db, actor, id: request.params.id, pack: request.body });
  });

  r.post(
    '/api/grading/packs/:id/publish',
    { schema: { tags: ['grading'], summary: '发布规则包 Publish a pack from a date', params: packIdParams, body: publishInput, response: { 200: rulePack } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:manage');
      return packs.publishPack({ db, actor, id: request.params.id, effectiveFrom: request.body.effectiveFrom });
    },
  );

  r.get(
    '/api/grading/packs/:id/what-if',
    { schema: { tags: ['grading'], summary: '规则包调整影响测算 What-if of a pack for a unit', params: packIdParams, querystring: whatIfQuery, response: { 200: whatIf } } },
    async (request) => {
      const actor = requirePermission(request, 'grading:manage');
      return packs.whatIf({ db, actor, id: request.params.id, org: request.query.org, today: todayIso() });
    },
  );
}
