// 补卡 (A9.2) on the one approval mechanism: a worker asks to correct a missing punch of a past day (time and
// reason); the community secretary decides (the street for the secretary's own); approval writes the punch,
// marked corrected and naming the request, in the same transaction as the decision.
import type { Correction } from '@cwp/contracts/attendance.contract';
import { msg } from '@cwp/contracts/messages';
import { CORRECTION_WINDOW_DAYS, correctionWorkflow } from '@cwp/domain/attendance';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as wq from '../workflow/workflow.queries.ts';
import { present, submitRequest, type WorkflowHooks } from '../workflow/workflow.service.ts';
import * as q from './attendance.queries.ts';

const own = (actor: Actor, workerId: number) => actor.role === 'worker' && actor.workerId === workerId;
const KIND_ZH = { in: '签到', out: '签退' } as const;

async function presentAll(db: Db, actor: Actor, rows: q.CorrectionRow[]): Promise<Correction[]> {
  const names = await wq.unitNames(db, [...new Set(rows.map((r) => r.r.subjectCode))]);
  const today = todayIso();
  return rows.map((x) => ({ requestId: x.c.requestId, workDate: x.c.workDate, kind: x.c.kind as 'in' | 'out', clockTime: x.c.clockTime, reason: x.c.reason, request: present(x.r, actor, names, today) }));
}

export async function correctionsOfMonth(db: Db, actor: Actor, workerId: number, from: string, to: string): Promise<Correction[]> {
  return presentAll(db, actor, await q.listCorrections(db, q.correctionsOfWorker(workerId, from, to)));
}

/** A worker asks to correct one missing punch of a day in the last month (not today's, which they can still punch). */
export async function requestCorrection(opts: { db: Db; actor: Actor; input: { workerId: number; workDate: string; kind: 'in' | 'out'; clockTime: string; reason: string } }): Promise<Correction> {
  const { db, actor, input } = opts;
  if (!own(actor, input.workerId)) throw new AppError('FORBIDDEN', msg('只能为本人申请补卡', 'You can only ask to correct your own attendance'));
  const found = await findWorkerInScope(db, actor, input.workerId);
  if (!found || found.worker.status === '已退出') throw notFound();
  const w = found.worker;
  const today = todayIso();
  if (input.workDate > today || input.workDate < addDaysIso(today, -CORRECTION_WINDOW_DAYS)) {
    const m = msg(`只能为最近 ${CORRECTION_WINDOW_DAYS} 天内、今天及以前的日期补卡`, `A correction is for a day within the last ${CORRECTION_WINDOW_DAYS} days, up to today`);
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'workDate', message: m }]);
  }
  if (await q.findPunch(db, w.id, input.workDate, input.kind)) throw new AppError('INVALID_STATE', msg('当天该次打卡已有记录，无需补卡', 'That punch is already recorded for the day'));
  if (await q.pendingCorrection(db, w.id, input.workDate, input.kind)) throw new AppError('INVALID_STATE', msg('当天该次打卡已有补卡申请在审批中', 'A correction of that punch is already waiting for a decision'));
  const def = correctionWorkflow({ isSecretary: w.positions.includes('党组织书记') });
  const id = await db.transaction(async (tx) => {
    const title = `${w.name} 补卡 ${input.workDate} ${KIND_ZH[input.kind]} ${input.clockTime}`;
    const row = await submitRequest(tx, actor, { kind: 'attendance_correction', definition: def, subjectCode: w.communityCode, subjectWorkerId: w.id, title, comment: input.reason });
    await q.insertCorrection(tx, { requestId: row.id, workerId: w.id, workDate: input.workDate, kind: input.kind, clockTime: input.clockTime, reason: input.reason });
    await auditSuccess(tx, actor, 'attendance_correction_request', 'worker', w.id, { requestId: row.id, workDate: input.workDate, kind: input.kind });
    return row.id;
  });
  return (await presentAll(db, actor, await q.listCorrections(db, q.correctionById(id))))[0]!;
}

/**
 * Approval writes the corrected punch in the decision's transaction; if the worker punched that slot in the
 * meantime the decision is refused, so no day ever holds two check-ins.
 */
export const attendanceHooks: WorkflowHooks = {
  attendance_correction: async (tx, row, actor) => {
    if (row.status !== 'approved') return;
    const [c] = await q.listCorrections(tx, q.correctionById(row.id));
    if (!c) throw notFound();
    const [h, m] = c.c.clockTime.split(':').map(Number) as [number, number];
    // The instant of that Beijing wall-clock time (UTC+8, no daylight saving).
    const at = new Date(Date.UTC(Number(c.c.workDate.slice(0, 4)), Number(c.c.workDate.slice(5, 7)) - 1, Number(c.c.workDate.slice(8, 10)), h - 8, m));
    const ok = await q.insertPunch(tx, { workerId: c.c.workerId, communityCode: row.subjectCode, workDate: c.c.workDate, kind: c.c.kind, clockTime: c.c.clockTime, at, note: '补卡', corrected: true, correctionRequestId: row.id, recordedBy: actor.displayName });
    if (!ok) throw new AppError('INVALID_STATE', msg('当天该次打卡已有记录，不能再补卡', 'That punch has been recorded meanwhile; the correction is not needed'));
    await auditSuccess(tx, actor, 'attendance_correction_apply', 'worker', c.c.workerId, { requestId: row.id, workDate: c.c.workDate, kind: c.c.kind, clockTime: c.c.clockTime });
  },
};
