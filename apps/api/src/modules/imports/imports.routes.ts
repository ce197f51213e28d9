import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import { commitImportInput, importErrorsQuery, importErrorsResponse, importJob, IMPORT_MODES, templateQuery } from '@cwp/contracts/imports.contract';
import { msg } from '@cwp/contracts/messages';
import { AppError } from '../../errors.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import * as imports from './imports.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendWorkbook(reply: FastifyReply, fileName: string, write: (out: PassThrough) => Promise<void>) {
  const out = new PassThrough();
  write(out).catch((err) => out.destroy(err as Error));
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="download.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(out);
}

export function importsRoutes(app: FastifyInstance, deps: imports.ImportDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/imports',
    { schema: { tags: ['imports'], summary: '上传文件并校验（multipart：orgCode, mode, file） Upload and validate', consumes: ['multipart/form-data'], response: { 200: importJob } } },
    async (request) => {
      const actor = requirePermission(request, 'workers:import');
      const part = await request.file();
      if (!part) throw new AppError('VALIDATION_FAILED', msg('请选择要导入的文件', 'Choose a file to import'));
      const field = (name: string) => {
        const f = part.fields[name] as { value?: unknown } | undefined;
        return typeof f?.value === 'string' ? f.value : '';
      };
      const mode = z.enum(IMPORT_MODES).catch('normal').parse(field('mode'));
      const orgCode = field('orgCode');
      if (orgCode && !/^\d{2,12}$/.test(orgCode)) throw new AppError('VALIDATION_FAILED', msg('导入范围应为区划代码', 'The target must be a division code'));
      return imports.createImport(deps, { actor, fileName: part.filename, file: part.file, orgCode, mode });
    },
  );

  r.get('/api/imports', { schema: { tags: ['imports'], summary: '最近的导入任务 Recent imports', response: { 200: z.array(importJob) } } }, async (request) => {
    const actor = requirePermission(request, 'workers:import');
    return imports.listImports(deps, actor);
  });

  r.get('/api/imports/template.xlsx', { schema: { tags: ['imports'], summary: '下载导入模板 Template', querystring: templateQuery } }, async (request, reply) => {
    const actor = requirePermission(request, 'workers:import');
    const name = request.query.mode === 'gridConversion' ? '网格员转聘导入模板.xlsx' : '社区工作者导入模板.xlsx';
    return sendWorkbook(reply, name, await imports.templateWriter(deps, actor, request.query));
  });

  r.get('/api/imports/:id', { schema: { tags: ['imports'], summary: '导入任务进度与结果 Job status', params: idParam, response: { 200: importJob } } }, async (request) => {
    const actor = requirePermission(request, 'workers:import');
    return imports.getImport(deps, actor, request.params.id);
  });

  r.get(
    '/api/imports/:id/errors',
    { schema: { tags: ['imports'], summary: '未通过校验的行 Rejected rows', params: idParam, querystring: importErrorsQuery, response: { 200: importErrorsResponse } } },
    async (request) => {
      const actor = requirePermission(request, 'workers:import');
      return imports.listImportErrors(deps, actor, request.params.id, request.query.page, request.query.pageSize);
    },
  );

  r.get('/api/imports/:id/errors.xlsx', { schema: { tags: ['imports'], summary: '下载错误行工作簿 Error workbook', params: idParam } }, async (request, reply) => {
    const actor = requirePermission(request, 'workers:import');
    return sendWorkbook(reply, `导入错误-${request.params.id}.xlsx`, await imports.errorWorkbookWriter(deps, actor, request.params.id));
  });

  r.post('/api/imports/:id/commit', { schema: { tags: ['imports'], summary: '确认导入 Commit', params: idParam, body: commitImportInput, response: { 200: importJob } } }, async (request) => {
    const actor = requirePermission(request, 'workers:import');
    return imports.commitImport(deps, actor, request.params.id, request.body.partial);
  });

  r.post('/api/imports/:id/cancel', { schema: { tags: ['imports'], summary: '取消 Cancel', params: idParam, response: { 200: importJob } } }, async (request) => {
    const actor = requirePermission(request, 'workers:import');
    return imports.cancelImport(deps, actor, request.params.id);
  });
}
