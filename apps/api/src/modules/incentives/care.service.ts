// Care (A14.1): annual health checks scheduled and completed per worker, holiday visits to front-line and
// retired workers, and the difficulties channel — a worker raises a difficulty, the street must answer by
// the due date, and unanswered ones past it are flagged as overdue.
import type { z } from 'zod';
import { msg } from '@cwp/contracts/messages';
import type { Difficulty, difficultyInput, healthCheckInput, visit, visitInput } from '@cwp/contracts/incentives.contract';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess as audit } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import { inPostWorkerIds } from '../training/programmes.queries.ts';
import * as q from './care.queries.ts';


async function unitInScope(db: Db, actor: Actor, org: string) {
  if (!(await findUnitInScope(db, org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
}

export async function healthCheckList(opts: { db: Db; actor: Actor; org: string; year: number }) {
  await unitInScope(opts.db, opts.actor, opts.org);
  const items = await q.healthChecksOf(opts.db, opts.org, opts.actor.scopeCode, opts.year);
  return {
    year: opts.year,
    items: items.map((i) => ({ ...i, institution: i.institution ?? '' })),
    summary: { workers: items.length, scheduled: items.filter((i) => i.scheduledOn).length, completed: items.filter((i) => i.completedOn).length },
  };
}

export async function recordHealthChecks(opts: { db: Db; actor: Actor; input: z.infer<typeof healthCheckInput> }): Promise<{ written: number }> {
  const { db, actor, input } = opts;
  const ids = [...new Set(input.items.map((i) => i.workerId))];
  if ((await inPostWorkerIds(db, { scopeCode: actor.scopeCode, ids })).length !== ids.length) throw notFound(msg('部分人员不存在、已退出或不在您的数据范围内', 'Some workers do not exist, have exited or are outside your data scope'));
  const bad = input.items.find((i) => i.completedOn && i.completedOn > todayIso());
  if (bad) throw new AppError('VALIDATION_FAILED', msg('完成日期不能晚于今天', 'The completion date cannot be in the future'), [{ path: 'items', message: msg('完成日期不能晚于今天', 'The completion date cannot be in the future') }]);
  await db.transaction(async (tx) => {
    await q.upsertHealthChecks(tx, input.year, input.items, actor.displayName);
    await audit(tx, actor, 'health_checks_record', 'health_checks', input.year, { items: input.items.length });
  });
  return { written: input.items.length };
}

const presentVisit = (x: q.VisitRow): z.infer<typeof visit> => ({
  id: x.v.id,
  workerId: x.v.workerId,
  workerName: x.workerName,
  communityName: x.communityName,
  workerStatus: x.workerStatus,
  occasion: x.v.occasion as z.infer<typeof visit>['occasion'],
  visitedOn: x.v.visitedOn,
  visitors: x.v.visitors,
  content: x.v.content,
  amount: x.v.amount,
  recordedBy: x.v.recordedBy,
});

/** Visits include retired workers: the worker record stays in scope after exit, only its status changes. */
export async function recordVisit(opts: { db: Db; actor: Actor; input: z.infer<typeof visitInput> }) {
  const { db, actor, input } = opts;
  if (!(await findWorkerInScope(db, actor, input.workerId))) throw notFound();
  const row = await db.transaction(async (tx) => {
    const row = await q.insertVisit(tx, { ...input, recordedBy: actor.displayName });
    await audit(tx, actor, 'care_visit_record', 'worker', input.workerId, { id: row.id, occasion: input.occasion });
    return row;
  });
  return presentVisit((await q.listVisits(db, { scopeCode: actor.scopeCode, workerId: row.workerId })).find((v) => v.v.id === row.id)!);
}

export async function listVisits(opts: { db: Db; actor: Actor; org: string; year?: number }) {
  await unitInScope(opts.db, opts.actor, opts.org);
  return (await q.listVisits(opts.db, { scopeCode: opts.actor.scopeCode, org: opts.org, year: opts.year })).map(presentVisit);
}

function presentDifficulty(x: q.DifficultyRow, today: string): Difficulty {
  const d = x.d;
  return {
    id: d.id,
    workerId: d.workerId,
    workerName: x.workerName,
    communityName: x.communityName,
    category: d.category as Difficulty['category'],
    content: d.content,
    submittedBy: d.submittedBy,
    submittedAt: d.submittedAt.toISOString(),
    dueOn: d.dueOn,
    status: d.status as Difficulty['status'],
    overdue: d.status === '待答复' && d.dueOn < today,
    answer: d.answer,
    answeredBy: d.answeredBy,
    answeredAt: d.answeredAt?.toISOString() ?? null,
  };
}

/** A worker raises their own difficulty; street staff may also record one on a worker's behalf. */
export async function submitDifficulty(opts: { db: Db; actor: Actor; input: z.infer<typeof difficultyInput>; answerDays: number }): Promise<Difficulty> {
  const { db, actor, input } = opts;
  const own = actor.role === 'worker' && actor.workerId === input.workerId;
  if (!own && !actor.permissions.includes('incentives:write')) throw new AppError('FORBIDDEN', msg('只能为本人或本辖区人员反映困难', 'You can only raise a difficulty for yourself or a worker in your area'));
  if (!(await findWorkerInScope(db, actor, input.workerId))) throw notFound();
  const today = todayIso();
  const row = await db.transaction(async (tx) => {
    const row = await q.insertDifficulty(tx, { ...input, submittedBy: actor.displayName, dueOn: addDaysIso(today, opts.answerDays), status: '待答复' });
    await audit(tx, actor, 'difficulty_submit', 'difficulty', row.id, { workerId: input.workerId, category: input.category });
    return row;
  });
  return presentDifficulty((await q.listDifficulties(db, { scopeCode: actor.scopeCode, id: row.id }))[0]!, today);
}

export async function listDifficulties(opts: { db: Db; actor: Actor; org: string; status?: string; overdue?: boolean }) {
  await unitInScope(opts.db, opts.actor, opts.org);
  const today = todayIso();
  return (await q.listDifficulties(opts.db, { scopeCode: opts.actor.scopeCode, org: opts.org, status: opts.status, overdueOn: opts.overdue ? today : undefined })).map((x) => presentDifficulty(x, today));
}

async function difficultyInScope(db: Db, actor: Actor, id: number) {
  const [row] = await q.listDifficulties(db, { scopeCode: actor.scopeCode, id });
  if (!row) throw notFound(msg('该困难反映不存在或不在您的数据范围内', 'This difficulty does not exist or is outside your data scope'));
  return row;
}

export async function answerDifficulty(opts: { db: Db; actor: Actor; id: number; answer: string }): Promise<Difficulty> {
  const { db, actor } = opts;
  await difficultyInScope(db, actor, opts.id);
  await db.transaction(async (tx) => {
    if (!(await q.advanceDifficulty(tx, opts.id, '待答复', { status: '已答复', answer: opts.answer, answeredBy: actor.displayName, answeredAt: new Date() }))) {
      throw new AppError('INVALID_STATE', msg('该困难反映已答复', 'This difficulty has already been answered'));
    }
    await audit(tx, actor, 'difficulty_answer', 'difficulty', opts.id, {});
  });
  return presentDifficulty(await difficultyInScope(db, actor, opts.id), todayIso());
}

/** The worker (or the street) closes an answered difficulty. */
export async function closeDifficulty(opts: { db: Db; actor: Actor; id: number }): Promise<Difficulty> {
  const { db, actor } = opts;
  const row = await difficultyInScope(db, actor, opts.id);
  const own = actor.role === 'worker' && actor.workerId === row.d.workerId;
  if (!own && !actor.permissions.includes('incentives:write')) throw new AppError('FORBIDDEN', msg('您的角色无权进行此操作', 'Your role does not allow this'));
  await db.transaction(async (tx) => {
    if (!(await q.advanceDifficulty(tx, opts.id, '已答复', { status: '已办结', closedAt: new Date() }))) throw new AppError('INVALID_STATE', msg('只有已答复的困难反映可以办结', 'Only an answered difficulty can be closed'));
    await audit(tx, actor, 'difficulty_close', 'difficulty', opts.id, {});
  });
  return presentDifficulty(await difficultyInScope(db, actor, opts.id), todayIso());
}

export { presentDifficulty, presentVisit };
