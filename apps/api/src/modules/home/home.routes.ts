import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { home, homeQuery } from '@cwp/contracts/home.contract';
import type { Db } from '../../db/database.ts';
import { requireAuth } from '../../plugins/auth-plugin.ts';
import { getHome, type HomeDeps } from './home.service.ts';

export function homeRoutes(app: FastifyInstance, deps: { db: Db } & HomeDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/home', { schema: { tags: ['home'], summary: '工作台：待办与关键数字 To-dos and key numbers', querystring: homeQuery, response: { 200: home } } }, async (request) => {
    const { actor } = requireAuth(request);
    return getHome({ db: deps.db, actor, org: request.query.org, deps });
  });
}
