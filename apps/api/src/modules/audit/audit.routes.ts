import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditFilter, auditListResponse, auditQuery, type AuditItem } from '@cwp/contracts/audit.contract';
import type { Db } from '../../db/database.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import { exportAudit } from './audit-export.service.ts';
import { listAudit } from './audit.queries.ts';

export function auditRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/audit', { schema: { tags: ['audit'], summary: '审计日志 Audit log', querystring: auditQuery, response: { 200: auditListResponse } } }, async (request) => {
    requirePermission(request, 'audit:read');
    const { page, pageSize, ...f } = request.query;
    const { rows, total } = await listAudit(deps.db, { ...f, limit: pageSize, offset: (page - 1) * pageSize });
    const items: AuditItem[] = rows.map((a) => ({
      id: a.id,
      at: a.at.toISOString(),
      actorName: a.actorName,
      ip: a.ip,
      action: a.action,
      objectType: a.objectType,
      objectId: a.objectId,
      outcome: a.outcome as AuditItem['outcome'],
      detail: (a.detail as Record<string, unknown> | null) ?? null,
    }));
    return { items, total };
  });
  r.get('/api/audit/export.xlsx', { schema: { tags: ['audit'], summary: '导出审计日志检索结果 Export the audit search (.xlsx)', querystring: auditFilter } }, async (request, reply) => {
    const actor = requirePermission(request, 'audit:read');
    const { stream } = await exportAudit({ db: deps.db, actor, filter: request.query });
    const stamp = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="audit-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(`审计日志-${stamp}.xlsx`)}`)
      .send(stream);
  });
}
