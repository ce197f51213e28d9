import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import { actInput, inboxQuery, leave, leaveBalance, leaveBalanceQuery, leaveInput, leaveQuery, returnInput, workflowRequest } from '@cwp/contracts/workflow.contract';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { requireAuth, requirePermission } from '../../plugins/auth-plugin.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as leaveService from './leave.service.ts';
import { actOnRequest, inboxRows, presentRequests, type WorkflowHooks } from './workflow.service.ts';

/** `hooks`: what each kind of request does once decided (secondments, matter requests, filings…). */
export function workflowRoutes(app: FastifyInstance, deps: { db: Db; hooks?: WorkflowHooks }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ['workflow'];

  r.get('/api/workflow/inbox', { schema: { tags, summary: '待办、我的申请、逾期 Inbox', querystring: inboxQuery, response: { 200: z.array(workflowRequest) } } }, async (request) => {
    const { actor } = requireAuth(request);
    return presentRequests(db, actor, await inboxRows({ db, actor, box: request.query.box }));
  });
  r.post('/api/workflow/requests/:id/act', { schema: { tags, summary: '审批、不同意或撤回 Approve, reject or withdraw', params: idParam, body: actInput, response: { 200: workflowRequest } } }, async (request) => {
    const { actor } = requireAuth(request);
    const row = await actOnRequest({ db, actor, id: request.params.id, ...request.body, hooks: deps.hooks });
    return (await presentRequests(db, actor, [row]))[0]!;
  });

  r.post('/api/leave', { schema: { tags, summary: '请假 Ask for leave (A9.2)', body: leaveInput, response: { 200: leave } } }, async (request) => {
    const { actor } = requireAuth(request);
    return leaveService.requestLeave({ db, actor, input: request.body });
  });
  r.get('/api/leave', { schema: { tags, summary: '请假记录（含未销假）Leave of a unit', querystring: leaveQuery, response: { 200: z.array(leave) } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return leaveService.listLeave({ db, actor, org: request.query.org, status: request.query.status, unreturnedOnly: request.query.unreturned === '1' });
  });
  r.get('/api/leave/:id', { schema: { tags, summary: '一条请假 One leave request', params: idParam, response: { 200: leave } } }, async (request) => {
    const { actor } = requireAuth(request);
    return leaveService.getLeave(db, actor, request.params.id);
  });
  r.post('/api/leave/:id/return', { schema: { tags, summary: '销假 Record the return', params: idParam, body: returnInput, response: { 200: leave } } }, async (request) => {
    const { actor } = requireAuth(request);
    return leaveService.recordReturn({ db, actor, requestId: request.params.id, returnedOn: request.body.returnedOn });
  });
  r.get('/api/workers/:id/leave', { schema: { tags, summary: '人员请假记录 A worker’s leave', params: idParam, response: { 200: z.array(leave) } } }, async (request) => {
    const actor = requirePermission(request, 'workers:read');
    return leaveService.workerLeave({ db, actor, workerId: request.params.id });
  });
  r.get('/api/workers/:id/leave-balance', { schema: { tags, summary: '假期余额 Leave balance', params: idParam, querystring: leaveBalanceQuery, response: { 200: leaveBalance } } }, async (request) => {
    const actor = requirePermission(request, 'workers:read');
    const found = await findWorkerInScope(db, actor, request.params.id);
    if (!found) throw notFound();
    return leaveService.balance(db, found.worker.id, found.worker.workStartDate, request.query.year);
  });
}
