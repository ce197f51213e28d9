import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditListResponse, auditQuery, type AuditItem } from '@cwp/contracts/audit.contract';
import type { Db } from '../../db/database.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
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
}
