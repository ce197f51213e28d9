import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { divisionCodeParam } from '@cwp/contracts/common.contract';
import { snapshotResult, statsNode, statsTrendPoint } from '@cwp/contracts/stats.contract';
import type { Db } from '../../db/database.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import { exportStats } from './stats-export.service.ts';
import * as stats from './stats.service.ts';

const params = z.object({ code: z.union([z.literal('root'), divisionCodeParam]) });

export function statsRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get('/api/stats/:code', { schema: { tags: ['stats'], summary: '队伍结构统计（root 为全国） Workforce statistics', params, response: { 200: statsNode } } }, async (request) => {
    const actor = requirePermission(request, 'stats:read');
    return stats.getStats({ db, actor, code: request.params.code });
  });

  r.get('/api/stats/:code/children', { schema: { tags: ['stats'], summary: '下级单位统计 Statistics of children', params, response: { 200: z.array(statsNode) } } }, async (request) => {
    const actor = requirePermission(request, 'stats:read');
    return stats.getChildStats({ db, actor, code: request.params.code });
  });

  r.get(
    '/api/stats/:code/trend',
    {
      schema: {
        tags: ['stats'],
        summary: '月度趋势 Monthly trend',
        params,
        querystring: z.object({ months: z.coerce.number().int().min(1).max(60).default(12) }),
        response: { 200: z.array(statsTrendPoint) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'stats:read');
      return stats.getTrend({ db, actor, code: request.params.code, months: request.query.months });
    },
  );

  r.get('/api/stats/:code/export.xlsx', { schema: { tags: ['stats'], summary: '导出统计表 Export statistics (.xlsx)', params } }, async (request, reply) => {
    const actor = requirePermission(request, 'stats:read');
    const buffer = await exportStats({ db, actor, code: request.params.code });
    const name = encodeURIComponent(`队伍统计-${request.params.code}.xlsx`);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="statistics.xlsx"; filename*=UTF-8''${name}`)
      .send(buffer);
  });

  r.post('/api/stats/snapshots', { schema: { tags: ['stats'], summary: '立即生成统计快照 Take a snapshot now', response: { 200: snapshotResult } } }, async (request) => {
    const actor = requirePermission(request, 'stats:snapshot');
    return (await stats.takeSnapshot({ db, kind: 'on_demand', actor }))!;
  });
}
