import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  abolishedCertificate,
  assignInput,
  assignment,
  certificate,
  certificateInput,
  communityBurden,
  communityQuery,
  endSecondmentInput,
  limits,
  limitsInput,
  matter,
  matterInput,
  matterQuery,
  matterRequest,
  matterRequestInput,
  matterUpdateInput,
  matterVersion,
  orgQuery,
  platform,
  platformInput,
  secondment,
  secondmentInput,
  signboard,
  signboardInput,
} from '@cwp/contracts/burden.contract';
import { idParam, okResponse } from '@cwp/contracts/common.contract';
import { errorResponse } from '@cwp/contracts/errors.contract';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { msg } from '@cwp/contracts/messages';
import { requirePermission } from '../../plugins/auth-plugin.ts';
import type { Actor } from '../../security/actor.ts';
import * as community from './community-burden.service.ts';
import * as matters from './matters.service.ts';
import * as secondments from './secondments.service.ts';

/** Signboards and certificates are recorded by the community or street (burden:record) or the list owner (burden:manage). */
function requireRecorder(actor: Actor): Actor {
  if (!actor.permissions.includes('burden:record') && !actor.permissions.includes('burden:manage')) throw new AppError('FORBIDDEN', msg('您的角色无权进行此操作', 'Your role does not allow this'));
  return actor;
}

export function burdenRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ['burden'];
  const refused = { 422: errorResponse };

  r.get('/api/matters', { schema: { tags, summary: '事项准入清单 Matter-access list (A17.1)', querystring: matterQuery, response: { 200: z.array(matter) } } }, async (request) => {
    const actor = requirePermission(request, 'burden:read');
    const { org, kind, q, all } = request.query;
    return matters.listMatters({ db, actor, org, kind, q, all: all === '1' });
  });
  r.post('/api/matters', { schema: { tags, summary: '增加准入事项 Add a matter', body: matterInput, response: { 201: matter } } }, async (request, reply) => {
    const actor = requirePermission(request, 'burden:manage');
    return reply.code(201).send(await matters.createMatter({ db, actor, input: request.body }));
  });
  r.put('/api/matters/:id', { schema: { tags, summary: '调整准入事项 Change a matter (new version)', params: idParam, body: matterUpdateInput, response: { 200: matter } } }, async (request) => {
    const actor = requirePermission(request, 'burden:manage');
    return matters.updateMatter({ db, actor, id: request.params.id, input: request.body });
  });
  r.get('/api/matters/:id/history', { schema: { tags, summary: '事项调整记录 Versions of a matter', params: idParam, response: { 200: z.array(matterVersion) } } }, async (request) => {
    const actor = requirePermission(request, 'burden:read');
    return matters.matterHistory(db, actor, request.params.id);
  });
  r.post('/api/matters/requests', { schema: { tags, summary: '部门申请增加事项 A department asks to add a matter', body: matterRequestInput, response: { 201: matterRequest } } }, async (request, reply) => {
    const actor = requirePermission(request, 'burden:assign');
    return reply.code(201).send(await matters.requestMatter({ db, actor, input: request.body }));
  });
  r.get('/api/matters/requests', { schema: { tags, summary: '增加事项申请 Matter requests', response: { 200: z.array(matterRequest) } } }, async (request) => {
    const actor = requirePermission(request, 'burden:read');
    return matters.listMatterRequests(db, actor);
  });
  r.post('/api/matters/assign', { schema: { tags, summary: '向社区派发事项 Assign a matter to a community (A17.1, A17.2)', body: assignInput, response: { 201: assignment, ...refused } } }, async (request, reply) => {
    const actor = requirePermission(request, 'burden:assign');
    return reply.code(201).send(await matters.assignMatter({ db, actor, input: request.body }));
  });
  r.get('/api/matters/assignments', { schema: { tags, summary: '派发记录 Assignments under a unit', querystring: orgQuery, response: { 200: z.array(assignment) } } }, async (request) => {
    const actor = requirePermission(request, 'burden:read');
    return matters.listAssignments({ db, actor, org: request.query.org });
  });

  r.get('/api/burden/communities', { schema: { tags, summary: '各社区事项、牌子、证明、应用数 What each community carries', querystring: orgQuery, response: { 200: z.array(communityBurden) } } }, async (request) => {
    const actor = requirePermission(request, 'burden:read');
    return community.overview({ db, actor, org: request.query.org });
  });
  r.get('/api/burden/signboards', { schema: { tags, summary: '社区牌子 Signboards of a community', querystring: communityQuery, response: { 200: z.array(signboard) } } }, async (request) => {
    const actor = requirePermission(request, 'burden:read');
    return community.listSignboards(db, actor, request.query.community);
  });
  r.post('/api/burden/signboards', { schema: { tags, summary: '登记牌子 Record a signboard', body: signboardInput, response: { 201: signboard } } }, async (request, reply) => {
    const actor = requireRecorder(requirePermission(request, 'burden:read'));
    return reply.code(201).send(await community.addSignboard(db, actor, request.body));
  });
  r.delete('/api/burden/signboards/:id', { schema: { tags, summary: '摘除牌子 Remove a signboard', params: idParam, response: { 200: okResponse } } }, async (request) => {
    const actor = requireRecorder(requirePermission(request, 'burden:read'));
    await community.removeSignboard(db, actor, request.params.id);
    return { ok: true as const };
  });
  r.get('/api/burden/certificates', { schema: { tags, summary: '社区仍出具的证明 Certificates a community issues', querystring: communityQuery, response: { 200: z.array(certificate) } } }, async (request) => {
    const actor = requirePermission(request, 'burden:read');
    return community.listCertificates(db, actor, request.query.community);
  });
  r.post('/api/burden/certificates', { schema: { tags, summary: '登记证明事项 Record a certificate', body: certificateInput, response: { 201: certificate } } }, async (request, reply) => {
    const actor = requireRecorder(requirePermission(request, 'burden:read'));
    return reply.code(201).send(await community.addCertificate(db, actor, request.body));
  });
  r.delete('/api/burden/certificates/:id', { schema: { tags, summary: '取消证明事项 Remove a certificate', params: idParam, response: { 200: okResponse } } }, async (request) => {
    const actor = requireRecorder(requirePermission(request, 'burden:read'));
    await community.removeCertificate(db, actor, request.params.id);
    return { ok: true as const };
  });
  r.get('/api/burden/abolished-certificates', { schema: { tags, summary: '不再出具的证明清单 No-longer-issued certificate lists', response: { 200: z.array(abolishedCertificate) } } }, async (request) => {
    const actor = requirePermission(request, 'burden:read');
    return community.abolishedLists(db, actor);
  });
  r.get('/api/burden/platforms', { schema: { tags, summary: '应用、公众号、工作群 Apps, accounts and groups', querystring: orgQuery, response: { 200: z.array(platform) } } }, async (request) => {
    const actor = requirePermission(request, 'burden:read');
    return community.listPlatforms(db, actor, request.query.org);
  });
  r.post('/api/burden/platforms', { schema: { tags, summary: '登记应用或工作群 Register an app or group', body: platformInput, response: { 201: platform } } }, async (request, reply) => {
    const actor = requirePermission(request, 'burden:manage');
    return reply.code(201).send(await community.addPlatform(db, actor, request.body));
  });
  r.delete('/api/burden/platforms/:id', { schema: { tags, summary: '注销应用或工作群 Retire an app or group', params: idParam, response: { 200: okResponse } } }, async (request) => {
    const actor = requirePermission(request, 'burden:manage');
    await community.removePlatform(db, actor, request.params.id);
    return { ok: true as const };
  });
  r.get('/api/burden/limits', { schema: { tags, summary: '牌子、证明、应用上限 Limits at a unit', querystring: orgQuery, response: { 200: limits } } }, async (request) => {
    const actor = requirePermission(request, 'burden:read');
    return community.getLimits(db, actor, request.query.org);
  });
  r.put('/api/burden/limits', { schema: { tags, summary: '设定上限 Set the limits for the communities below', querystring: orgQuery, body: limitsInput, response: { 200: limits } } }, async (request) => {
    const actor = requirePermission(request, 'burden:manage');
    return community.setLimits(db, actor, request.query.org, request.body);
  });

  r.post('/api/secondments', { schema: { tags, summary: '借调申请 Ask to second a worker (A17.3)', body: secondmentInput, response: { 201: secondment, ...refused } } }, async (request, reply) => {
    const actor = requirePermission(request, 'burden:secondment');
    return reply.code(201).send(await secondments.requestSecondment({ db, actor, input: request.body }));
  });
  r.get('/api/secondments', { schema: { tags, summary: '借调记录 Secondments under a unit', querystring: orgQuery, response: { 200: z.array(secondment) } } }, async (request) => {
    const actor = requirePermission(request, 'burden:secondment');
    return secondments.listSecondments({ db, actor, org: request.query.org });
  });
  r.post('/api/secondments/:id/end', { schema: { tags, summary: '提前返岗 Record an early return', params: idParam, body: endSecondmentInput, response: { 200: secondment } } }, async (request) => {
    const actor = requirePermission(request, 'burden:secondment');
    return secondments.endSecondment({ db, actor, requestId: request.params.id, endedOn: request.body.endedOn });
  });
  r.get('/api/workers/:id/secondments', { schema: { tags, summary: '人员借调记录 A worker’s secondments', params: idParam, response: { 200: z.array(secondment) } } }, async (request) => {
    const actor = requirePermission(request, 'workers:read');
    return secondments.workerSecondments({ db, actor, workerId: request.params.id });
  });
}
