// Leave (请销假, A9.2) on the one approval mechanism: a worker (or the community or street on their behalf)
// asks for leave; the community secretary approves short leave of other staff, the street longer leave
// and the secretary's own; the worker records their return (销假), and leave left open is flagged.
import { msg } from '@cwp/contracts/messages';
import type { Leave } from '@cwp/contracts/workflow.contract';
import { todayIso } from '@cwp/domain/dates';
import { annualLeaveDays, leaveWorkflow, unreturned, workingDays, type LeaveType } from '@cwp/domain/leave';
import { and } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as l from './leave.queries.ts';
import * as q from './workflow.queries.ts';
import { present, submitRequest } from './workflow.service.ts';

const own = (actor: Actor, workerId: number) => actor.role === 'worker' && actor.workerId === workerId;

async function presentAll(db: Db, actor: Actor, rows: l.LeaveRow[]): Promise<Leave[]> {
  const names = await q.unitNames(db, [...new Set(rows.map((r) => r.r.subjectCode))]);
  const today = todayIso();
  return rows.map((x) => ({
    requestId: x.l.requestId,
    workerId: x.l.workerId,
    workerName: x.workerName,
    communityName: x.communityName,
    leaveType: x.l.leaveType as LeaveType,
    startDate: x.l.startDate,
    endDate: x.l.endDate,
    days: x.l.days,
    reason: x.l.reason,
    returnedOn: x.l.returnedOn,
    unreturned: x.r.status === 'approved' && unreturned(x.l.endDate, x.l.returnedOn, today),
    request: present(x.r, actor, names, today),
  }));
}

export async function balance(db: Db, workerId: number, workStartDate: string, year: number) {
  const used = await l.usedDays(db, workerId, year);
  const annual = annualLeaveDays(workStartDate, year);
  const usedAnnual = used['年休假'] ?? 0;
  return { year, annual: { entitled: annual.days, used: usedAnnual, left: Math.max(0, annual.days - usedAnnual), explanation: annual.explanation }, usedByType: used };
}

export async function requestLeave(opts: { db: Db; actor: Actor; input: { workerId: number; leaveType: LeaveType; startDate: string; endDate: string; reason: string } }): Promise<Leave> {
  const { db, actor, input } = opts;
  if (!own(actor, input.workerId) && !actor.permissions.includes('daily:manage')) throw new AppError('FORBIDDEN', msg('只能为本人或本辖区人员请假', 'You can only ask for leave for yourself or a worker in your area'));
  const found = await findWorkerInScope(db, actor, input.workerId);
  if (!found || found.worker.status === '已退出') throw notFound();
  const w = found.worker;
  const days = workingDays(input.startDate, input.endDate);
  if (days === 0) throw new AppError('VALIDATION_FAILED', msg('所选日期都是休息日，无需请假', 'Those dates are all weekend days'), [{ path: 'endDate', message: msg('所选日期都是休息日，无需请假', 'Those dates are all weekend days') }]);
  if (await l.overlapping(db, w.id, input.startDate, input.endDate)) throw new AppError('INVALID_STATE', msg('这段时间已有请假申请', 'There is already a leave request for these dates'));
  if (input.leaveType === '年休假') {
    const b = await balance(db, w.id, w.workStartDate, Number(input.startDate.slice(0, 4)));
    if (days > b.annual.left) {
      const m = msg('年休假剩余天数不足', 'Not enough annual leave left');
      throw new AppError('VALIDATION_FAILED', m, [{ path: 'leaveType', message: m }]);
    }
  }
  const def = leaveWorkflow({ isSecretary: w.positions.includes('党组织书记'), days });
  const id = await db.transaction(async (tx) => {
    const title = `${w.name} ${input.leaveType} ${days} 天（${input.startDate} 至 ${input.endDate}）`;
    const row = await submitRequest(tx, actor, { kind: 'leave', definition: def, subjectCode: w.communityCode, subjectWorkerId: w.id, title, comment: input.reason });
    await l.insertLeave(tx, { requestId: row.id, workerId: w.id, leaveType: input.leaveType, startDate: input.startDate, endDate: input.endDate, days, reason: input.reason });
    await auditSuccess(tx, actor, 'leave_request', 'worker', w.id, { requestId: row.id, leaveType: input.leaveType, days });
    return row.id;
  });
  return (await presentAll(db, actor, await l.listLeave(db, l.leaveById(id))))[0]!;
}

/** Leave of a worker the caller can see (the worker sees their own). */
export async function getLeave(db: Db, actor: Actor, requestId: number): Promise<Leave> {
  const [row] = await l.listLeave(db, l.leaveById(requestId));
  if (!row || !(own(actor, row.l.workerId) || (actor.role !== 'worker' && row.r.subjectCode.startsWith(actor.scopeCode)))) throw notFound();
  return (await presentAll(db, actor, [row]))[0]!;
}

export async function listLeave(opts: { db: Db; actor: Actor; org: string; status?: string; unreturnedOnly?: boolean }): Promise<Leave[]> {
  if (!(await findUnitInScope(opts.db, opts.org, opts.actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const rows = await l.listLeave(opts.db, and(l.leaveUnder(opts.actor.scopeCode), l.leaveUnder(opts.org), ...(opts.status ? [l.leaveStatus(opts.status)] : []))!);
  const out = await presentAll(opts.db, opts.actor, rows);
  return opts.unreturnedOnly ? out.filter((x) => x.unreturned) : out;
}

export async function workerLeave(opts: { db: Db; actor: Actor; workerId: number }): Promise<Leave[]> {
  if (!(await findWorkerInScope(opts.db, opts.actor, opts.workerId))) throw notFound();
  return presentAll(opts.db, opts.actor, await l.listLeave(opts.db, l.leaveOfWorker(opts.workerId)));
}

/** 销假: the worker (or their community/street) records the day they came back. */
export async function recordReturn(opts: { db: Db; actor: Actor; requestId: number; returnedOn: string }): Promise<Leave> {
  const { db, actor } = opts;
  const leave = await getLeave(db, actor, opts.requestId);
  if (!own(actor, leave.workerId) && !actor.permissions.includes('daily:manage')) throw new AppError('FORBIDDEN', msg('您的角色无权进行此操作', 'Your role does not allow this'));
  if (leave.request.status !== 'approved') throw new AppError('INVALID_STATE', msg('只有已批准的请假需要销假', 'Only approved leave is closed by a return'));
  if (opts.returnedOn < leave.startDate || opts.returnedOn > todayIso()) {
    const m = msg('销假日期应在请假开始之后、今天之前', 'The return date is between the start of the leave and today');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'returnedOn', message: m }]);
  }
  await db.transaction(async (tx) => {
    if (!(await l.setReturned(tx, leave.requestId, opts.returnedOn))) throw new AppError('INVALID_STATE', msg('已经销假', 'The return is already recorded'));
    await auditSuccess(tx, actor, 'leave_return', 'worker', leave.workerId, { requestId: leave.requestId, returnedOn: opts.returnedOn });
  });
  return getLeave(db, actor, leave.requestId);
}


