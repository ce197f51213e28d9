import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam } from '@cwp/contracts/common.contract';
import { workflowRequest } from '@cwp/contracts/workflow.contract';
import {
  exitWorkerInput,
  exportWorkersQuery,
  listWorkersQuery,
  registerWorkerInput,
  transferWorkerInput,
  updateWorkerInput,
  workerDetail,
  workerDetailQuery,
  workerHistoryResponse,
  workerListResponse,
} from '@cwp/contracts/workers.contract';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import { requestExit } from './exit-requests.service.ts';
import { exitWorker, transferWorker } from './worker-moves.service.ts';
import { exportWorkers } from './workers-export.service.ts';
import * as workers from './workers.service.ts';

export function workersRoutes(app: FastifyInstance, deps: workers.WorkerDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/workers', { schema: { tags: ['workers'], summary: '花名册 Roster', querystring: listWorkersQuery, response: { 200: workerListResponse } } }, async (request) => {
    const actor = requirePermission(request, 'workers:read');
    return workers.listWorkers({ ...deps, actor, query: request.query });
  });

  for (const format of ['xlsx', 'csv'] as const) {
    r.get(
      `/api/workers/export.${format}`,
      { schema: { tags: ['workers'], summary: `导出花名册 Export roster (.${format}; full=1 完整号码)`, querystring: exportWorkersQuery } },
      async (request, reply) => {
        const actor = requirePermission(request, 'workers:export');
        const stream = await exportWorkers({ ...deps, actor, query: request.query, format });
        const name = encodeURIComponent(`花名册-${new Date().toISOString().slice(0, 10)}.${format}`);
        reply
          .header('content-type', format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="roster.${format}"; filename*=UTF-8''${name}`);
        return reply.send(stream);
      },
    );
  }

  r.post('/api/workers', { schema: { tags: ['workers'], summary: '登记人员 Register a worker', body: registerWorkerInput, response: { 200: workerDetail } } }, async (request) => {
    const actor = requirePermission(request, 'workers:write');
    return workers.registerWorker({ ...deps, actor, input: request.body });
  });

  r.get(
    '/api/workers/:id',
    { schema: { tags: ['workers'], summary: '人员档案 Worker detail', params: idParam, querystring: workerDetailQuery, response: { 200: workerDetail } } },
    async (request) => {
      const actor = requirePermission(request, 'workers:read');
      return workers.getWorker({ ...deps, actor, id: request.params.id, reveal: request.query.reveal === '1' });
    },
  );

  r.patch('/api/workers/:id', { schema: { tags: ['workers'], summary: '修改人员信息 Edit a worker', params: idParam, body: updateWorkerInput, response: { 200: workerDetail } } }, async (request) => {
    const actor = requirePermission(request, 'workers:write');
    return workers.updateWorker({ ...deps, actor, id: request.params.id, input: request.body });
  });

  r.post(
    '/api/workers/:id/transfer',
    { schema: { tags: ['workers'], summary: '调动 Transfer', params: idParam, body: transferWorkerInput, response: { 200: workerDetail } } },
    async (request) => {
      const actor = requirePermission(request, 'workers:write');
      return transferWorker({ ...deps, actor, id: request.params.id, input: request.body });
    },
  );

  r.post('/api/workers/:id/exit', { schema: { tags: ['workers'], summary: '退出 Record leaving', params: idParam, body: exitWorkerInput, response: { 200: workerDetail } } }, async (request) => {
    const actor = requirePermission(request, 'workers:write');
    return exitWorker({ ...deps, actor, id: request.params.id, input: request.body });
  });

  r.post('/api/workers/:id/exit-requests', { schema: { tags: ['workers'], summary: '申请人员退出（报街道审批）Ask the street to record an exit', params: idParam, body: exitWorkerInput, response: { 200: workflowRequest } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return requestExit({ db: deps.db, actor, workerId: request.params.id, input: request.body });
  });

  r.get(
    '/api/workers/:id/history',
    { schema: { tags: ['workers'], summary: '档案时间线 Archive timeline', params: idParam, response: { 200: workerHistoryResponse } } },
    async (request) => {
      const actor = requirePermission(request, 'workers:read');
      return workers.listWorkerHistory({ ...deps, actor, id: request.params.id });
    },
  );
}
