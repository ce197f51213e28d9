import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import {
  contractInput,
  contractList,
  contractListQuery,
  employmentTerms,
  filingInput,
  filingQuery,
  labourContract,
  placement,
  placementInput,
  placementQuery,
  placementUpdate,
  probationList,
  probationQuery,
  screening,
  screeningInput,
  secretaryFiling,
  termsInput,
  unfiledSecretary,
  workerEmployment,
} from '@cwp/contracts/employment.contract';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { requireAuth, requirePermission } from '../../plugins/auth-plugin.ts';
import type { PiiCrypto } from '../../security/pii-crypto.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import { exportContracts } from './contracts-export.service.ts';
import * as contracts from './contracts.service.ts';
import * as filings from './filings.service.ts';
import * as placements from './placements.service.ts';
import * as probation from './probation.service.ts';

/** `probationMonths`: the default probation when a record has no end date (config PROBATION_MONTHS). */
export function employmentRoutes(app: FastifyInstance, deps: { db: Db; crypto: PiiCrypto; probationMonths: number }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, crypto, probationMonths: months } = deps;
  const tags = ['employment'];

  // ── A9.3 probation ──
  r.get('/api/probation', { schema: { tags, summary: '试用期人员与考察提醒 Workers on probation (A9.3)', querystring: probationQuery, response: { 200: probationList } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return probation.listProbation({ db, crypto, actor, org: request.query.org, standing: request.query.standing, months });
  });
  r.post('/api/workers/:id/probation-screening', { schema: { tags, summary: '记录试用期考察结果 Record the screening', params: idParam, body: screeningInput, response: { 200: screening } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return probation.recordScreening({ db, crypto, actor, workerId: request.params.id, input: request.body, months });
  });

  // ── A12.2 labour contracts and 五险一金 ──
  r.get('/api/labour-contracts', { schema: { tags, summary: '劳动合同（到期、过期、未签）Labour contracts (A12.2)', querystring: contractListQuery, response: { 200: contractList } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return contracts.listContracts({ db, actor, ...request.query });
  });
  r.get('/api/labour-contracts/export.xlsx', { schema: { tags, summary: '导出劳动合同 Export contracts (.xlsx)', querystring: contractListQuery.pick({ org: true, filter: true }) } }, async (request, reply) => {
    const actor = requirePermission(request, 'daily:manage');
    const file = await exportContracts({ db, actor, org: request.query.org, filter: request.query.filter });
    const name = encodeURIComponent(`劳动合同-${request.query.org}.xlsx`);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="contracts.xlsx"; filename*=UTF-8''${name}`)
      .send(file);
  });
  r.post('/api/workers/:id/labour-contracts', { schema: { tags, summary: '签订或续签劳动合同 Record or renew a contract', params: idParam, body: contractInput, response: { 200: labourContract } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return contracts.recordContract({ db, crypto, actor, workerId: request.params.id, input: request.body });
  });
  r.put('/api/workers/:id/employment-terms', { schema: { tags, summary: '五险一金与适用情况 Social insurance and applicability', params: idParam, body: termsInput, response: { 200: employmentTerms } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return contracts.saveTerms({ db, actor, workerId: request.params.id, input: request.body });
  });

  r.get('/api/workers/:id/employment', { schema: { tags, summary: '人员试用期、合同、备案 A worker’s probation, contracts and filing', params: idParam, response: { 200: workerEmployment } } }, async (request) => {
    const actor = requirePermission(request, 'workers:read');
    const found = await findWorkerInScope(db, actor, request.params.id);
    if (!found) throw notFound();
    const id = found.worker.id;
    const [p, c, f] = await Promise.all([probation.probationOf({ db, crypto, actor, workerId: id, months }), contracts.contractsOf(db, id), filings.filingsOfWorker(db, actor, id)]);
    return { probation: p, contracts: c.contracts, contractStanding: c.standing, terms: c.terms, isSecretary: found.worker.positions.includes('党组织书记'), filings: f };
  });

  // ── A9.4 secretary filing ──
  r.get('/api/secretary-filings', { schema: { tags, summary: '书记备案 Secretary filings (A9.4)', querystring: filingQuery, response: { 200: z.array(secretaryFiling) } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return filings.listFilings({ db, actor, org: request.query.org, status: request.query.status });
  });
  r.get('/api/secretary-filings/unfiled', { schema: { tags, summary: '未备案的书记 Secretaries without a filing', querystring: filingQuery.pick({ org: true }), response: { 200: z.array(unfiledSecretary) } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return filings.listUnfiled({ db, actor, org: request.query.org });
  });
  r.get('/api/secretary-filings/:id', { schema: { tags, summary: '一条备案 One filing', params: idParam, response: { 200: secretaryFiling } } }, async (request) => {
    const { actor } = requireAuth(request);
    return filings.getFiling(db, actor, request.params.id);
  });
  r.post('/api/secretary-filings', { schema: { tags, summary: '提交书记备案 File a secretary', body: filingInput, response: { 200: secretaryFiling } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return filings.submitFiling({ db, actor, input: request.body });
  });

  // ── A3.4 placements ──
  r.get('/api/placements', { schema: { tags, summary: '挂职与到社区锻炼 Placements (A3.4)', querystring: placementQuery, response: { 200: z.array(placement) } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return placements.listPlacements({ db, actor, org: request.query.org, standing: request.query.standing });
  });
  r.post('/api/placements', { schema: { tags, summary: '登记挂职或锻炼 Record a placement', body: placementInput, response: { 200: placement } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return placements.createPlacement({ db, actor, input: request.body });
  });
  r.put('/api/placements/:id', { schema: { tags, summary: '调整结束日期与任务 Change the end date and tasks', params: idParam, body: placementUpdate, response: { 200: placement } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return placements.updatePlacement({ db, actor, id: request.params.id, input: request.body });
  });
}
