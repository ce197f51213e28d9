// Secondment (借调, A17.3): county-level and higher bodies may not borrow community workers at all — refused
// before anything is written; a street's (or other body's) request needs the county social-work department of
// the worker's county (workflow kind `secondment`). An approved secondment is active between its dates and
// takes the worker out of the community's effective headcount; the street records an early return.
import type { Secondment, SecondmentInput } from '@cwp/contracts/burden.contract';
import { msg } from '@cwp/contracts/messages';
import { secondmentActive, secondmentForbidden, SECONDMENT_WORKFLOW, BORROWER_LEVEL_LABELS, type BorrowerLevel } from '@cwp/domain/burden';
import { todayIso } from '@cwp/domain/dates';
import { and } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import { unitNames } from '../workflow/workflow.queries.ts';
import { present, submitRequest, type DecisionHook } from '../workflow/workflow.service.ts';
import * as q from './secondments.queries.ts';

async function presentAll(db: Db, actor: Actor, rows: q.SecondmentRow[]): Promise<Secondment[]> {
  const names = await unitNames(db, [...new Set(rows.map((r) => r.r.subjectCode))]);
  const today = todayIso();
  return rows.map(({ s, r, workerName, communityName }) => ({
    requestId: s.requestId,
    workerId: s.workerId,
    workerName,
    communityCode: s.communityCode,
    communityName,
    borrowingOrg: { name: s.borrowingOrgName, level: s.borrowingOrgLevel as BorrowerLevel },
    startDate: s.startDate,
    endDate: s.endDate,
    reason: s.reason,
    endedOn: s.endedOn,
    active: secondmentActive({ status: r.status, startDate: s.startDate, endDate: s.endDate, endedOn: s.endedOn }, today),
    request: present(r, actor, names, today),
  }));
}

export async function requestSecondment(opts: { db: Db; actor: Actor; input: SecondmentInput }): Promise<Secondment> {
  const { db, actor, input } = opts;
  const forbidden = secondmentForbidden(input.borrowingOrg.level);
  if (forbidden) throw new AppError('SECONDMENT_FORBIDDEN', msg(forbidden.reason, forbidden.reasonEn));
  const found = await findWorkerInScope(db, actor, input.workerId);
  if (!found || found.worker.status === '已退出') throw notFound();
  const w = found.worker;
  if (await q.overlapping(db, w.id, input.startDate, input.endDate)) throw new AppError('INVALID_STATE', msg('这段时间该社区工作者已有借调申请或借调', 'This worker already has a secondment for these dates'));
  const id = await db.transaction(async (tx) => {
    const title = `借调 ${w.name} 至 ${input.borrowingOrg.name}（${BORROWER_LEVEL_LABELS[input.borrowingOrg.level]}，${input.startDate} 至 ${input.endDate}）`;
    const row = await submitRequest(tx, actor, { kind: 'secondment', definition: SECONDMENT_WORKFLOW, subjectCode: w.communityCode, subjectWorkerId: w.id, title, comment: input.reason });
    await q.insertSecondment(tx, { requestId: row.id, workerId: w.id, communityCode: w.communityCode, borrowingOrgName: input.borrowingOrg.name, borrowingOrgLevel: input.borrowingOrg.level, startDate: input.startDate, endDate: input.endDate, reason: input.reason });
    await auditSuccess(tx, actor, 'burden_secondment_request', 'worker', w.id, { requestId: row.id, borrowingOrg: input.borrowingOrg.name, level: input.borrowingOrg.level });
    return row.id;
  });
  return (await presentAll(db, actor, await q.listSecondments(db, q.secondmentById(id))))[0]!;
}

/** On approval the worker must still be in service; the decision is audited against the worker in its transaction. */
export const secondmentHook: DecisionHook = async (tx, row, actor) => {
  if (row.status !== 'approved') return;
  const [s] = await q.listSecondments(tx, q.secondmentById(row.id));
  if (!s) throw notFound();
  if (s.workerStatus === '已退出') throw new AppError('INVALID_STATE', msg('该社区工作者已退出，不能批准借调；请不同意或由申请人撤回', 'The worker has left; reject or withdraw this secondment'));
  await auditSuccess(tx, actor, 'burden_secondment_approved', 'worker', s.s.workerId, { requestId: row.id, from: s.s.startDate, to: s.s.endDate });
};

export async function listSecondments(opts: { db: Db; actor: Actor; org: string }): Promise<Secondment[]> {
  const { db, actor } = opts;
  if (!(await findUnitInScope(db, opts.org, actor.scopeCode))) throw notFound(UNIT_NOT_FOUND);
  return presentAll(db, actor, await q.listSecondments(db, and(q.secondmentsUnder(actor.scopeCode), q.secondmentsUnder(opts.org))!));
}

export async function workerSecondments(opts: { db: Db; actor: Actor; workerId: number }): Promise<Secondment[]> {
  if (!(await findWorkerInScope(opts.db, opts.actor, opts.workerId))) throw notFound();
  return presentAll(opts.db, opts.actor, await q.listSecondments(opts.db, q.secondmentsOfWorker(opts.workerId)));
}

/** 提前结束: the street records the day the worker came back. */
export async function endSecondment(opts: { db: Db; actor: Actor; requestId: number; endedOn: string }): Promise<Secondment> {
  const { db, actor } = opts;
  const [row] = await q.listSecondments(db, and(q.secondmentById(opts.requestId), q.secondmentsUnder(actor.scopeCode))!);
  if (!row) throw notFound();
  if (row.r.status !== 'approved') throw new AppError('INVALID_STATE', msg('只有已批准的借调可以提前结束', 'Only an approved secondment can end early'));
  if (opts.endedOn < row.s.startDate || opts.endedOn > row.s.endDate || opts.endedOn > todayIso()) {
    const m = msg('返岗日期应在借调期间内且不晚于今天', 'The return date lies within the secondment and not after today');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'endedOn', message: m }]);
  }
  await db.transaction(async (tx) => {
    if (!(await q.setEnded(tx, row.s.requestId, opts.endedOn, actor.displayName))) throw new AppError('INVALID_STATE', msg('已经记录过返岗', 'The return is already recorded'));
    await auditSuccess(tx, actor, 'burden_secondment_end', 'worker', row.s.workerId, { requestId: row.s.requestId, endedOn: opts.endedOn });
  });
  return (await presentAll(db, actor, await q.listSecondments(db, q.secondmentById(row.s.requestId))))[0]!;
}
