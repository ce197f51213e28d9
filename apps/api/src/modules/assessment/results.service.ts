// Publishing results (A10.2) and what follows them: archive rows, appeals (复核), conduct notes (A7.1) and
// 容错纠错 decisions. Published grades are what grading, pay and contract renewal read.
import { msg } from '@cwp/contracts/messages';
import type { Appeal, Scheme, WorkerAssessments } from '@cwp/contracts/assessment.contract';
import type { AssessmentScheme } from '@cwp/domain/assessment';
import { todayIso } from '@cwp/domain/dates';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess as audit } from '../audit/audit.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as r from './records.queries.ts';
import { computeScheme, getScheme, visibleScheme } from './schemes.service.ts';
import * as q from './schemes.queries.ts';


const failingGrade = (body: AssessmentScheme) => body.grades.at(-1)!.name;

/** All-or-nothing: everyone graded, then results, archive rows and the scheme's state in one transaction. */
export async function publishResults(opts: { db: Db; actor: Actor; id: number }): Promise<Scheme> {
  const { db, actor } = opts;
  const { s } = await visibleScheme(db, actor, opts.id);
  if (!codeInScope(s.orgCode, actor.scopeCode)) throw new AppError('FORBIDDEN', msg('只有方案制定单位可以公布结果', 'Only the issuing unit can publish the results'));
  if (s.status !== 'published') throw new AppError('INVALID_STATE', s.status === 'draft' ? msg('方案尚未发布', 'The scheme is not published yet') : msg('结果已经公布', 'The results are already published'));
  const body = s.body as AssessmentScheme;
  const all = await computeScheme(db, s);
  const ungraded = all.people.filter((p) => p.graded.grade === null).length;
  if (ungraded) throw new AppError('INVALID_STATE', msg('尚有人员评分未录齐或居民测评人数不足，不能公布结果；请在评分表中查看“未评定”人员', 'Some workers lack scores or enough resident raters; see the “not graded” workers on the scoring sheet'));
  const today = todayIso();
  await db.transaction(async (tx) => {
    const row = await q.updateScheme(tx, s.id, { status: 'published' }, { status: 'results_published', resultsPublishedBy: actor.displayName, resultsPublishedAt: new Date() });
    if (!row) throw new AppError('INVALID_STATE', msg('结果已经公布', 'The results are already published'));
    await r.insertResults(
      tx,
      all.people.map((p) => ({ schemeId: s.id, workerId: p.p.workerId, year: s.year, total: p.graded.total, grade: p.graded.grade!, failing: p.graded.grade === failingGrade(body), capped: p.graded.capped, explanation: p.graded.explanation })),
    );
    await r.insertHistory(
      tx,
      all.people.map((p) => ({
        workerId: p.p.workerId,
        kind: 'assessment',
        occurredOn: today,
        actorUserId: actor.userId,
        actorName: actor.displayName,
        source: `assessment:${s.id}`,
        summary: `${s.year} 年度考核：${p.graded.grade}（总分 ${p.graded.total}${p.graded.capped ? '，受优秀比例限制' : ''}）${p.graded.grade === failingGrade(body) ? '；须进行续聘审查（A10.2）' : ''}`,
        changes: [],
      })),
    );
    await audit(tx, actor, 'assessment_results_publish', 'assessment_scheme', s.id, { workers: all.people.length, messages: all.messages });
  });
  return getScheme({ db, actor, id: s.id });
}

function presentAppeal(a: r.AppealRow): Appeal {
  return {
    id: a.a.id,
    schemeId: a.a.schemeId,
    year: a.year,
    workerId: a.a.workerId,
    workerName: a.workerName,
    reason: a.a.reason,
    filedBy: a.a.filedBy,
    filedAt: a.a.filedAt.toISOString(),
    status: a.a.status as Appeal['status'],
    decision: a.a.decision,
    oldGrade: a.a.oldGrade,
    newGrade: a.a.newGrade,
    decidedBy: a.a.decidedBy,
    decidedAt: a.a.decidedAt?.toISOString() ?? null,
  };
}

/** A street (or the worker themself) asks for a review of a published result. */
export async function fileAppeal(opts: { db: Db; actor: Actor; input: { schemeId: number; workerId: number; reason: string } }): Promise<Appeal> {
  const { db, actor, input } = opts;
  const own = actor.role === 'worker' && actor.workerId === input.workerId;
  if (!own && !actor.permissions.includes('assessment:score')) throw new AppError('FORBIDDEN', msg('您没有提出复核的权限', 'You may not file an appeal'));
  if (!(await findWorkerInScope(db, actor, input.workerId))) throw notFound();
  const result = await r.findResult(db, input.schemeId, input.workerId);
  if (!result) throw notFound(msg('该人员在此方案下没有已公布的考核结果', 'This worker has no published result under this scheme'));
  if (await r.pendingAppealExists(db, input.schemeId, input.workerId)) throw new AppError('INVALID_STATE', msg('已有待处理的复核申请', 'An appeal is already pending'));
  const id = await db.transaction(async (tx) => {
    const row = await r.insertAppeal(tx, { schemeId: input.schemeId, workerId: input.workerId, reason: input.reason, oldGrade: result.grade, filedBy: actor.displayName, status: 'pending' });
    await audit(tx, actor, 'assessment_appeal_file', 'assessment_appeal', row.id, { schemeId: input.schemeId, workerId: input.workerId });
    return row.id;
  });
  return presentAppeal((await r.findAppeal(db, id, actor.scopeCode))!);
}

export async function listAppeals(opts: { db: Db; actor: Actor; id: number }): Promise<Appeal[]> {
  const { s } = await visibleScheme(opts.db, opts.actor, opts.id);
  return (await r.listAppeals(opts.db, s.id, opts.actor.scopeCode)).map(presentAppeal);
}

/** The issuing unit decides; a changed grade rewrites the result and adds an archive row. */
export async function decideAppeal(opts: { db: Db; actor: Actor; id: number; input: { outcome: 'upheld' | 'changed'; decision: string; newGrade?: string } }): Promise<Appeal> {
  const { db, actor, input } = opts;
  const appeal = await r.findAppeal(db, opts.id, actor.scopeCode);
  if (!appeal) throw notFound(msg('复核申请不存在或不在您的数据范围内', 'This appeal does not exist or is outside your data scope'));
  const { s } = await visibleScheme(db, actor, appeal.a.schemeId);
  if (!codeInScope(s.orgCode, actor.scopeCode)) throw new AppError('FORBIDDEN', msg('复核由方案制定单位决定', 'The issuing unit decides appeals'));
  const body = s.body as AssessmentScheme;
  if (input.outcome === 'changed' && (!input.newGrade || !body.grades.some((g) => g.name === input.newGrade) || input.newGrade === appeal.a.oldGrade)) {
    const m = msg('变更时请选择方案中的另一个等次', 'To change the result, choose another grade of the scheme');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'newGrade', message: m }]);
  }
  await db.transaction(async (tx) => {
    const ok = await r.decideAppeal(tx, appeal.a.id, { status: input.outcome, decision: input.decision, newGrade: input.outcome === 'changed' ? input.newGrade! : null, decidedBy: actor.displayName });
    if (!ok) throw new AppError('INVALID_STATE', msg('该复核申请已处理', 'This appeal has already been decided'));
    if (input.outcome === 'changed') {
      const result = (await r.findResult(tx, s.id, appeal.a.workerId))!;
      await r.updateResult(tx, s.id, appeal.a.workerId, { grade: input.newGrade!, failing: input.newGrade === failingGrade(body), explanation: [...(result.explanation as string[]), `经复核由“${result.grade}”变更为“${input.newGrade}”：${input.decision}`] });
      await r.insertHistory(tx, [
        { workerId: appeal.a.workerId, kind: 'assessment', occurredOn: todayIso(), actorUserId: actor.userId, actorName: actor.displayName, source: `assessment_appeal:${appeal.a.id}`, summary: `${s.year} 年度考核经复核由“${result.grade}”变更为“${input.newGrade}”`, changes: [] },
      ]);
    }
    await audit(tx, actor, 'assessment_appeal_decide', 'assessment_appeal', appeal.a.id, { outcome: input.outcome, newGrade: input.newGrade ?? null });
  });
  return presentAppeal((await r.findAppeal(db, appeal.a.id, actor.scopeCode))!);
}

const presentConduct = (c: r.ConductRow) => ({
  id: c.c.id,
  workerId: c.c.workerId,
  workerName: c.workerName,
  communityName: c.communityName,
  occurredOn: c.c.occurredOn,
  kind: c.c.kind as never,
  description: c.c.description,
  followUp: c.c.followUp,
  resolved: c.c.resolved,
  recordedBy: c.c.recordedBy,
  recordedAt: c.c.recordedAt.toISOString(),
});

/** A worker's results, appeals, conduct notes and 容错纠错 decisions (worker page; a worker sees their own). */
export async function workerAssessments(opts: { db: Db; actor: Actor; id: number }): Promise<WorkerAssessments> {
  const found = await findWorkerInScope(opts.db, opts.actor, opts.id);
  if (!found) throw notFound();
  const [results, appeals, conduct, tolerance] = await Promise.all([
    r.workerResults(opts.db, opts.id),
    r.workerAppeals(opts.db, opts.id),
    r.workerConduct(opts.db, opts.id),
    r.workerTolerance(opts.db, opts.id),
  ]);
  return {
    results: results.map(({ r: x, schemeName }) => ({ schemeId: x.schemeId, year: x.year, schemeName, total: x.total, grade: x.grade, failing: x.failing, explanation: x.explanation as string[] })),
    appeals: appeals.map(presentAppeal),
    conductNotes: conduct.map(presentConduct),
    errorTolerance: tolerance.map((t) => ({ id: t.id, workerId: t.workerId, decidedOn: t.decidedOn, matter: t.matter, decision: t.decision as never, basis: t.basis, recordedBy: t.recordedBy, recordedAt: t.recordedAt.toISOString() })),
  };
}

/** The contract non-renewal review list (A10.2) of a unit. */
export async function renewalReviews(opts: { db: Db; actor: Actor; org: string }) {
  if (!(await findUnitInScope(opts.db, opts.org, opts.actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  return r.renewalReviews(opts.db, opts.org, opts.actor.scopeCode);
}

export { presentConduct };
