import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import { listTrainersQuery, trainer, trainerInput } from '@cwp/contracts/training.contract';
import type { Database } from '../../db/database.ts';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import * as trainers from './trainers.service.ts';

const tags = ['training'];

export function trainerRoutes(app: FastifyInstance, deps: { database: Database }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get(
    '/api/training/trainers',
    { schema: { tags, summary: '师资库：本级、上级和下级单位的师资 Trainer pool of the units on your path (A8.4)', querystring: listTrainersQuery, response: { 200: z.array(trainer) } } },
    async (request) => {
      const actor = requirePermission(request, 'training:read');
      const { org, topic, q, activeOnly } = request.query;
      return trainers.listTrainers({ db, actor, org, topic, q, activeOnly: activeOnly === '1' });
    },
  );

  r.post('/api/training/trainers', { schema: { tags, summary: '新增师资 Add a trainer', body: trainerInput, response: { 200: trainer } } }, async (request) => {
    const actor = requirePermission(request, 'training:write');
    return trainers.createTrainer({ db, actor, input: request.body });
  });

  r.put(
    '/api/training/trainers/:id',
    { schema: { tags, summary: '修改师资信息（停用即设为不在库） Edit a trainer; active false retires them', params: idParam, body: trainerInput, response: { 200: trainer } } },
    async (request) => {
      const actor = requirePermission(request, 'training:write');
      return trainers.updateTrainer({ db, actor, id: request.params.id, input: request.body });
    },
  );
}
