import type { FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { msg, toEnglish } from '@cwp/contracts/messages';
import { AppError, DB_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, isTransientConflict, WRITE_CONFLICT_MESSAGE } from '../errors.ts';
import { JSON_BODY_LIMIT, MB } from './request-limits.ts';

const INVALID = msg('提交的数据有误，请按提示修改后重试', 'Some fields are invalid; correct them and try again');

/**
 * Maps every failure to `{code, message, messageEn, fields?}` with the status its code implies.
 * `appShell`: the built web app is served, so a non-API GET that matches nothing gets its index.html
 * (client-side routes). Fastify allows one not-found handler per prefix, so both cases live here.
 */
export function registerErrorHandler(app: FastifyInstance, opts: { appShell?: boolean } = {}): void {
  app.setErrorHandler((err, request, reply) => {
    if (err instanceof AppError) return reply.status(err.status).send(err.toJSON());
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => {
        const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
        const message = String(v.message ?? INVALID);
        return { path, message, messageEn: toEnglish(message) };
      });
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message: INVALID, messageEn: toEnglish(INVALID), fields });
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status === 413) {
      // Only JSON bodies reach this (files have their own limits and messages); see request-limits.ts.
      const mb = Math.round((request.routeOptions.bodyLimit ?? JSON_BODY_LIMIT) / MB);
      const m = msg(`提交的内容过大（表单数据不能超过 ${mb} MB；文件请用上传功能）`, `The request is too large (form data is limited to ${mb} MB; upload files instead)`);
      return reply.status(413).send({ code: 'PAYLOAD_TOO_LARGE', message: m, messageEn: toEnglish(m) });
    }
    if (status && status >= 400 && status < 500) {
      const m = msg('请求格式不正确', 'The request is malformed');
      return reply.status(status).send({ code: 'VALIDATION_FAILED', message: m, messageEn: toEnglish(m) });
    }
    if (isDatabaseUnavailable(err)) {
      // Not a bug to chase but an outage to ride out: 503 so clients and load balancers retry.
      request.log.warn({ err: { type: (err as Error).name, message: (err as Error).message } }, 'database unavailable');
      return reply.status(503).header('retry-after', '5').send({ code: 'DB_UNAVAILABLE', message: DB_UNAVAILABLE_MESSAGE, messageEn: toEnglish(DB_UNAVAILABLE_MESSAGE) });
    }
    if (isTransientConflict(err)) {
      // The database already undid the transaction; a retry succeeds once the other one has committed.
      request.log.warn({ err: { type: (err as Error).name, message: (err as Error).message } }, 'transaction rolled back by a concurrent one');
      return reply.status(409).header('retry-after', '1').send({ code: 'WRITE_CONFLICT', message: WRITE_CONFLICT_MESSAGE, messageEn: toEnglish(WRITE_CONFLICT_MESSAGE) });
    }
    request.log.error({ err: { type: (err as Error).name, message: (err as Error).message, stack: (err as Error).stack } }, 'unhandled error');
    const m = msg('服务器内部错误，请稍后重试；如持续出现请联系系统管理员', 'Internal error; try again later or contact the administrator');
    return reply.status(500).send({ code: 'INTERNAL', message: m, messageEn: toEnglish(m) });
  });

  app.setNotFoundHandler((request, reply) => {
    if (opts.appShell && request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/open/')) return reply.sendFile('index.html');
    const m = msg('接口不存在', 'No such endpoint');
    reply.status(404).send({ code: 'NOT_FOUND', message: m, messageEn: toEnglish(m) });
  });
}
