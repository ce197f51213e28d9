// 全岗通 certifications and 导师帮带 mentorships (A6.2). A certification gained or withdrawn, and a
// mentorship begun, are archive rows (A9.5) written with their audit rows in one transaction.
import { and } from 'drizzle-orm';
import type { z } from 'zod';
import { msg } from '@cwp/contracts/messages';
import type { certifyInput, mentorship, mentorshipInput } from '@cwp/contracts/skills.contract';
import { todayIso } from '@cwp/domain/dates';
import { FRONT_DESK_POSTS, postCoverage } from '@cwp/domain/training';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess as audit } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope, insertHistory } from '../workers/workers.queries.ts';
import { inPostWorkerIds } from './programmes.queries.ts';
import * as q from './skills.queries.ts';


export async function coverage(opts: { db: Db; actor: Actor; org: string }) {
  if (!(await findUnitInScope(opts.db, opts.org, opts.actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const [people, certs] = await Promise.all([q.inPostUnder(opts.db, opts.org, opts.actor.scopeCode), q.certificationsUnder(opts.db, opts.org, opts.actor.scopeCode)]);
  const byWorker = new Map<number, { post: string; certifiedOn: string }[]>();
  for (const c of certs) byWorker.set(c.workerId, [...(byWorker.get(c.workerId) ?? []), { post: c.post, certifiedOn: c.certifiedOn }]);
  const items = people.map((w) => {
    const posts = (byWorker.get(w.id) ?? []).sort((a, b) => FRONT_DESK_POSTS.indexOf(a.post as never) - FRONT_DESK_POSTS.indexOf(b.post as never));
    const cov = postCoverage(posts.map((p) => p.post));
    return { workerId: w.id, name: w.name, communityName: w.communityName, posts, certified: cov.certified, full: cov.full };
  });
  const full = items.filter((i) => i.full).length;
  return { posts: [...FRONT_DESK_POSTS], items, summary: { workers: items.length, full, rate: items.length ? Math.round((full / items.length) * 10000) / 10000 : null } };
}

export async function certify(opts: { db: Db; actor: Actor; input: z.infer<typeof certifyInput> }): Promise<{ added: string[] }> {
  const { db, actor, input } = opts;
  if ((await inPostWorkerIds(db, { scopeCode: actor.scopeCode, ids: [input.workerId] })).length !== 1) throw notFound();
  if (input.certifiedOn > todayIso()) throw new AppError('VALIDATION_FAILED', msg('认定日期不能晚于今天', 'The certification date cannot be in the future'));
  return db.transaction(async (tx) => {
    const added = await q.certify(tx, input.workerId, [...new Set(input.posts)], input.certifiedOn, actor.displayName);
    if (added.length) {
      await insertHistory(tx, { workerId: input.workerId, kind: 'training', occurredOn: input.certifiedOn, actorUserId: actor.userId, actorName: actor.displayName, source: 'post_certification', summary: `全岗通认定：${added.join('、')}`, changes: [] });
      await audit(tx, actor, 'post_certify', 'worker', input.workerId, { posts: added });
    }
    return { added };
  });
}

export async function revokeCertification(opts: { db: Db; actor: Actor; workerId: number; post: string }): Promise<{ removed: boolean }> {
  const { db, actor } = opts;
  if (!(await findWorkerInScope(db, actor, opts.workerId))) throw notFound();
  return db.transaction(async (tx) => {
    const removed = await q.revokeCertification(tx, opts.workerId, opts.post);
    if (!removed) throw notFound(msg('该人员没有这项岗位认定', 'This worker holds no such certification'));
    await insertHistory(tx, { workerId: opts.workerId, kind: 'training', occurredOn: todayIso(), actorUserId: actor.userId, actorName: actor.displayName, source: 'post_certification', summary: `撤销全岗通认定：${opts.post}`, changes: [] });
    await audit(tx, actor, 'post_certify_revoke', 'worker', opts.workerId, { post: opts.post });
    return { removed };
  });
}

const presentMentorship = (x: q.MentorshipRow, today: string): z.infer<typeof mentorship> => ({
  id: x.m.id,
  mentorId: x.m.mentorId,
  mentorName: x.mentorName,
  menteeId: x.m.menteeId,
  menteeName: x.menteeName,
  communityName: x.communityName,
  startOn: x.m.startOn,
  endOn: x.m.endOn,
  goals: x.m.goals,
  evaluation: x.m.evaluation,
  active: x.m.startOn <= today && today <= x.m.endOn,
});

export async function listMentorships(opts: { db: Db; actor: Actor; org: string }) {
  if (!(await findUnitInScope(opts.db, opts.org, opts.actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const today = todayIso();
  return (await q.listMentorships(opts.db, and(q.menteeUnder(opts.actor.scopeCode), q.menteeUnder(opts.org))!)).map((x) => presentMentorship(x, today));
}

export async function pair(opts: { db: Db; actor: Actor; input: z.infer<typeof mentorshipInput> }) {
  const { db, actor, input } = opts;
  if ((await inPostWorkerIds(db, { scopeCode: actor.scopeCode, ids: [input.mentorId, input.menteeId] })).length !== 2) throw notFound();
  if (await q.overlappingPair(db, input.menteeId, input.startOn, input.endOn)) {
    const m = msg('该徒弟在这段时间已有导师', 'This mentee already has a mentor for those dates');
    throw new AppError('INVALID_STATE', m, [{ path: 'menteeId', message: m }]);
  }
  const row = await db.transaction(async (tx) => {
    const row = await q.insertMentorship(tx, { ...input, recordedBy: actor.displayName });
    const [names] = await q.listMentorships(tx, q.mentorshipById(row.id));
    await insertHistory(tx, { workerId: input.menteeId, kind: 'training', occurredOn: input.startOn, actorUserId: actor.userId, actorName: actor.displayName, source: `mentorship:${row.id}`, summary: `导师帮带：由 ${names!.mentorName} 带教（${input.startOn} 至 ${input.endOn}）`, changes: [] });
    await audit(tx, actor, 'mentorship_pair', 'mentorship', row.id, { mentorId: input.mentorId, menteeId: input.menteeId });
    return row;
  });
  return presentMentorship((await q.listMentorships(db, q.mentorshipById(row.id)))[0]!, todayIso());
}

export async function evaluate(opts: { db: Db; actor: Actor; id: number; evaluation: string }) {
  const { db, actor } = opts;
  const [row] = await q.listMentorships(db, and(q.mentorshipById(opts.id), q.menteeUnder(actor.scopeCode))!);
  if (!row) throw notFound();
  await db.transaction(async (tx) => {
    await q.evaluateMentorship(tx, opts.id, opts.evaluation);
    await audit(tx, actor, 'mentorship_evaluate', 'mentorship', opts.id, {});
  });
  return presentMentorship((await q.listMentorships(db, q.mentorshipById(opts.id)))[0]!, todayIso());
}
