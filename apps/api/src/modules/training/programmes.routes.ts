import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import {
  attendanceImportResult,
  attendanceInput,
  complianceList,
  complianceQuery,
  enrolInput,
  enrolResult,
  enrolment,
  listProgrammesQuery,
  programme,
  programmeInput,
  programmeList,
  updateProgrammeInput,
  workerTraining,
} from '@cwp/contracts/training.contract';
import type { TrainingPolicy } from '@cwp/domain/training';
import type { Db } from '../../db/database.ts';
import type { PiiCrypto } from '../../security/pii-crypto.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import { importAttendance } from './attendance-import.service.ts';
import { getCompliance } from './compliance.service.ts';
import * as programmes from './programmes.service.ts';

export function trainingRoutes(app: FastifyInstance, deps: { db: Db; crypto: PiiCrypto; policy: TrainingPolicy }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, crypto, policy } = deps;
  const tags = ['training'];

  r.get('/api/training/programmes', { schema: { tags, summary: '培训项目 Training programmes', querystring: listProgrammesQuery, response: { 200: programmeList } } }, async (request) => {
    const actor = requirePermission(request, 'training:read');
    return programmes.listProgrammes({ db, actor, query: request.query });
  });

  r.post('/api/training/programmes', { schema: { tags, summary: '新建培训项目 Create a programme', body: programmeInput, response: { 200: programme } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return programmes.createProgramme({ db, actor, input: request.body });
  });

  r.get('/api/training/programmes/:id', { schema: { tags, summary: '培训项目详情 A programme', params: idParam, response: { 200: programme } } }, async (request) => {
    const actor = requirePermission(request, 'training:read');
    return programmes.getProgramme({ db, actor, id: request.params.id });
  });

  r.put('/api/training/programmes/:id', { schema: { tags, summary: '修改培训项目 Edit a programme', params: idParam, body: updateProgrammeInput, response: { 200: programme } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return programmes.updateProgramme({ db, actor, id: request.params.id, input: request.body });
  });

  r.post(
    '/api/training/programmes/:id/enrolments',
    { schema: { tags, summary: '报名（选定人员或整个单位）Enrol workers or a whole unit', params: idParam, body: enrolInput, response: { 200: enrolResult } } },
    async (request) => {
      const actor = requirePermission(request, 'training:write');
      return programmes.enrolWorkers({ db, actor, id: request.params.id, input: request.body });
    },
  );

  r.get(
    '/api/training/programmes/:id/enrolments',
    { schema: { tags, summary: '参训人员与考勤 Enrolled workers and attendance', params: idParam, response: { 200: z.array(enrolment) } } },
    async (request) => {
      const actor = requirePermission(request, 'training:read');
      return programmes.listEnrolments({ db, actor, id: request.params.id });
    },
  );

  r.put(
    '/api/training/programmes/:id/attendance',
    { schema: { tags, summary: '登记考勤与结果 Record attendance and results', params: idParam, body: attendanceInput, response: { 200: z.object({ written: z.number() }) } } },
    async (request) => {
      const actor = requirePermission(request, 'training:write');
      return programmes.recordAttendance({ db, actor, id: request.params.id, input: request.body });
    },
  );

  r.post(
    '/api/training/programmes/:id/attendance/import',
    { schema: { tags, summary: '从 Excel 导入考勤（multipart：file）Import attendance from .xlsx', params: idParam, consumes: ['multipart/form-data'], response: { 200: attendanceImportResult } } },
    async (request) => {
      const actor = requirePermission(request, 'training:write');
      const part = await request.file();
      return importAttendance({ db, crypto, actor, id: request.params.id, file: part ? await part.toBuffer() : null });
    },
  );

  r.get('/api/training/compliance', { schema: { tags, summary: '培训达标情况（A8.2、A8.3）Training compliance', querystring: complianceQuery, response: { 200: complianceList } } }, async (request) => {
    const actor = requirePermission(request, 'training:read');
    return getCompliance({ db, actor, policy, query: request.query });
  });

  r.get('/api/workers/:id/trainings', { schema: { tags, summary: '人员培训记录与达标 A worker’s training and compliance', params: idParam, response: { 200: workerTraining } } }, async (request) => {
    const actor = requirePermission(request, 'workers:read');
    return programmes.workerTraining({ db, actor, id: request.params.id, policy });
  });
}
