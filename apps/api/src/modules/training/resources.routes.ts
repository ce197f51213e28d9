import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, okResponse } from '@cwp/contracts/common.contract';
import { msg } from '@cwp/contracts/messages';
import { listResourcesQuery, resource, resourceFields } from '@cwp/contracts/training.contract';
import type { AppConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import * as resources from './resources.service.ts';

const tags = ['training'];
const NO_FILE = msg('请选择要上传的文件', 'Choose a file to upload');
const INVALID = msg('提交的数据有误，请按提示修改后重试', 'Some fields are invalid; correct them and try again');

/**
 * The multipart form as a typed input. The stream is read once, in order, so the text fields must come
 * before `file`; they are checked against the contract before a byte of the file is stored.
 */
async function readUpload(request: FastifyRequest) {
  const part = await request.file();
  if (!part) throw new AppError('VALIDATION_FAILED', NO_FILE, [{ path: 'file', message: NO_FILE }]);
  const field = (name: string) => {
    const f = part.fields[name] as { type?: string; value?: unknown } | undefined;
    return f?.type === 'field' && typeof f.value === 'string' ? f.value : '';
  };
  const topics = field('topics')
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const parsed = resourceFields.safeParse({ orgCode: field('orgCode'), title: field('title'), kind: field('kind'), topics, description: field('description') });
  if (!parsed.success) {
    part.file.resume();
    throw new AppError('VALIDATION_FAILED', INVALID, parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  return { input: parsed.data, fileName: part.filename, file: part.file };
}

/** RFC 5987: the UTF-8 name for browsers that read filename*, an ASCII stand-in for the rest. */
function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(fileName)?.[0] ?? '';
  return `attachment; filename="download${ext}"; filename*=UTF-8''${encoded}`;
}

export function resourceRoutes(app: FastifyInstance, deps: { database: Database; config: AppConfig }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const dir = join(deps.config.dataDir, 'resources');

  r.get(
    '/api/training/resources',
    { schema: { tags, summary: '资源库：课件、视频、教材等培训资源 Training resource library (A8.4)', querystring: listResourcesQuery, response: { 200: z.array(resource) } } },
    async (request) => {
      const actor = requirePermission(request, 'training:read');
      const { org, kind, topic, q } = request.query;
      return resources.listResources({ db, actor, org, kind, topic, q });
    },
  );

  r.post(
    '/api/training/resources',
    {
      schema: {
        tags,
        summary: '上传培训资源（multipart：orgCode, title, kind, topics 逗号分隔, description, 然后 file；≤ 100 MB） Upload a resource',
        consumes: ['multipart/form-data'],
        response: { 200: resource },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'training:write');
      const upload = await readUpload(request);
      return resources.uploadResource({ db, dir, actor, ...upload });
    },
  );

  r.get('/api/training/resources/:id/file', { schema: { tags, summary: '下载培训资源文件 Download a resource file', params: idParam } }, async (request, reply) => {
    const actor = requirePermission(request, 'training:read');
    const { resource: found, stream } = await resources.openResourceFile({ db, dir, actor, id: request.params.id });
    return reply
      .header('content-type', found.mimeType)
      .header('content-length', found.size)
      .header('content-disposition', contentDisposition(found.fileName))
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  });

  r.delete('/api/training/resources/:id', { schema: { tags, summary: '从资源库移除 Remove a resource', params: idParam, response: { 200: okResponse } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    await resources.removeResource({ db, actor, id: request.params.id });
    return { ok: true as const };
  });
}
