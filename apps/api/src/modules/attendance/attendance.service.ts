// Daily attendance (A9.2): schedules set by a street (a county default, a community override), punches by
// the worker on their phone judged by the server's clock in Beijing time, each day's status from the domain,
// the worker's month and the community's monthly sheet. 补卡 lives in attendance-corrections.service.ts.
import type { AttendanceDay, AttendanceSheet, MonthTotals, ScheduleInput, WorkerMonth } from '@cwp/contracts/attendance.contract';
import { msg } from '@cwp/contracts/messages';
import { clockTime, datesOfMonth, dayStatus, DEFAULT_SCHEDULE, monthTotals, scheduleInForce, type DayResult, type Schedule } from '@cwp/domain/attendance';
import { todayIso } from '@cwp/domain/dates';
import { levelOfCode } from '@cwp/domain/division-code';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import { correctionsOfMonth } from './attendance-corrections.service.ts';
import * as q from './attendance.queries.ts';

export const ownWorker = (actor: Actor, workerId: number) => actor.role === 'worker' && actor.workerId === workerId;

/** Street and county administrators set schedules; a community secretary reads them. */
const mayEditSchedules = (actor: Actor) => actor.permissions.includes('daily:manage') && (actor.role === 'street_admin' || actor.role === 'swb_admin');

async function unitInScope(db: Db, actor: Actor, org: string) {
  const unit = await findUnitInScope(db, org, actor.scopeCode);
  if (!unit) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  return unit;
}

const presentSchedule = (r: q.ScheduleRecord) => ({ id: r.id, orgCode: r.orgCode, orgName: r.orgName, workStart: r.workStart, workEnd: r.workEnd, graceMinutes: r.graceMinutes, workdays: r.workdays, effectiveFrom: r.effectiveFrom, createdByName: r.createdByName });

export async function listSchedules(opts: { db: Db; actor: Actor; org: string }) {
  const { db, actor, org } = opts;
  await unitInScope(db, actor, org);
  const rows = await q.schedulesAround(db, org, true);
  const today = todayIso();
  const inForce = org.length === 12 ? scheduleInForce(rows.map(q.asSchedule), org, today) : null;
  const match = inForce ? rows.find((r) => r.orgCode === inForce.orgCode && r.effectiveFrom === inForce.effectiveFrom) : undefined;
  const level = levelOfCode(org);
  return { items: rows.map(presentSchedule), inForce: match ? presentSchedule(match) : null, canEdit: mayEditSchedules(actor) && (level === 'county' || level === 'street' || level === 'community') };
}

/** A county default, a street's schedule for its communities, or one community's own override. */
export async function setSchedule(opts: { db: Db; actor: Actor; input: ScheduleInput }) {
  const { db, actor, input } = opts;
  if (!mayEditSchedules(actor)) throw new AppError('FORBIDDEN', msg('只有街道或县级管理员可以设置作息时间', 'Only street or county administrators set work schedules'));
  await unitInScope(db, actor, input.orgCode);
  const level = levelOfCode(input.orgCode);
  if (level !== 'county' && level !== 'street' && level !== 'community') {
    const m = msg('作息时间可由县（区）、街道或社区设置', 'A schedule is set for a county, a street or a community');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'orgCode', message: m }]);
  }
  const workdays = [...new Set(input.workdays)].sort();
  await db.transaction(async (tx) => {
    const id = await q.upsertSchedule(tx, { ...input, workdays, createdByName: actor.displayName });
    await auditSuccess(tx, actor, 'attendance_schedule_set', 'attendance_schedule', id, { orgCode: input.orgCode, workStart: input.workStart, workEnd: input.workEnd, graceMinutes: input.graceMinutes, workdays, effectiveFrom: input.effectiveFrom });
  });
  return listSchedules({ db, actor, org: input.orgCode });
}

/** Per-day statuses and totals of one worker of a community over some dates, from schedules, punches and approved leave. */
export function buildDays(opts: {
  schedules: Schedule[];
  communityCode: string;
  dates: string[];
  today: string;
  punches: q.PunchRow[];
  leave: { startDate: string; endDate: string }[];
}): { days: AttendanceDay[]; totals: MonthTotals } {
  const byDay = new Map<string, { in?: q.PunchRow; out?: q.PunchRow }>();
  for (const p of opts.punches) {
    const d = byDay.get(p.workDate) ?? {};
    d[p.kind as 'in' | 'out'] = p;
    byDay.set(p.workDate, d);
  }
  const present = (p: q.PunchRow | undefined) => (p ? { kind: p.kind as 'in' | 'out', clockTime: p.clockTime, at: p.at.toISOString(), note: p.note, corrected: p.corrected, correctionRequestId: p.correctionRequestId } : null);
  const results: DayResult[] = [];
  const days = opts.dates.map((date) => {
    const s = scheduleInForce(opts.schedules, opts.communityCode, date) ?? DEFAULT_SCHEDULE;
    const p = byDay.get(date) ?? {};
    const r = dayStatus({ date, today: opts.today, schedule: s, checkIn: p.in?.clockTime ?? null, checkOut: p.out?.clockTime ?? null, onLeave: opts.leave.some((l) => l.startDate <= date && l.endDate >= date) });
    results.push(r);
    return { date, status: r.status, late: r.late, early: r.early, checkIn: present(p.in), checkOut: present(p.out) };
  });
  return { days, totals: monthTotals(results) };
}

/** The worker's month (their own, or any worker in the caller's scope with daily:manage). */
export async function workerMonth(opts: { db: Db; actor: Actor; workerId: number; month: string }): Promise<WorkerMonth> {
  const { db, actor, workerId, month } = opts;
  if (!ownWorker(actor, workerId) && !actor.permissions.includes('daily:manage')) throw notFound();
  const found = await findWorkerInScope(db, actor, workerId);
  if (!found) throw notFound();
  const w = found.worker;
  const dates = datesOfMonth(month);
  const [from, to] = [dates[0]!, dates.at(-1)!];
  const today = todayIso();
  const schedules = (await q.schedulesAround(db, w.communityCode, false)).map(q.asSchedule);
  const punches = await q.punchesBetween(db, q.punchesOfWorker(w.id), from, to);
  const leave = await q.approvedLeave(db, [w.id], from, to);
  const { days, totals } = buildDays({ schedules, communityCode: w.communityCode, dates, today, punches, leave });
  const inForce = scheduleInForce(schedules, w.communityCode, today);
  const s = inForce ?? DEFAULT_SCHEDULE;
  const source = inForce ? `${await q.unitName(db, inForce.orgCode)}（${inForce.effectiveFrom} 起）` : '默认作息';
  return {
    workerId: w.id,
    workerName: w.name,
    month,
    today,
    schedule: { workStart: s.workStart, workEnd: s.workEnd, graceMinutes: s.graceMinutes, workdays: [...s.workdays], source },
    days,
    totals,
    corrections: await correctionsOfMonth(db, actor, w.id, from, to),
  };
}

/**
 * 打卡: the worker's own check-in or check-out, dated and timed by the server's clock in Beijing time; one of
 * each per day, and no check-out before the check-in. `now` is for tests only.
 */
export async function punch(opts: { db: Db; actor: Actor; input: { workerId: number; kind: 'in' | 'out'; note: string }; now?: Date }) {
  const { db, actor, input } = opts;
  if (!ownWorker(actor, input.workerId)) throw new AppError('FORBIDDEN', msg('只能本人打卡', 'Only the worker can punch their own attendance'));
  const found = await findWorkerInScope(db, actor, input.workerId);
  if (!found || found.worker.status === '已退出') throw notFound();
  const now = opts.now ?? new Date();
  const workDate = todayIso(now);
  if (input.kind === 'out' && !(await q.findPunch(db, input.workerId, workDate, 'in'))) {
    throw new AppError('INVALID_STATE', msg('请先签到再签退', 'Check in before checking out'));
  }
  await db.transaction(async (tx) => {
    const ok = await q.insertPunch(tx, { workerId: input.workerId, communityCode: found.worker.communityCode, workDate, kind: input.kind, clockTime: clockTime(now), at: now, note: input.note, recordedBy: actor.displayName });
    if (!ok) throw new AppError('INVALID_STATE', input.kind === 'in' ? msg('今天已经签到过了', 'You have already checked in today') : msg('今天已经签退过了', 'You have already checked out today'));
    await auditSuccess(tx, actor, 'attendance_punch', 'worker', input.workerId, { workDate, kind: input.kind });
  });
  return workerMonth({ db, actor, workerId: input.workerId, month: workDate.slice(0, 7) });
}

/** The community's month: every worker on its books × every day, with status codes and totals. */
export async function attendanceSheet(opts: { db: Db; actor: Actor; org: string; month: string }): Promise<AttendanceSheet> {
  const { db, actor, org, month } = opts;
  const unit = await unitInScope(db, actor, org);
  const dates = datesOfMonth(month);
  const [from, to] = [dates[0]!, dates.at(-1)!];
  const today = todayIso();
  const people = await q.communityWorkers(db, org, actor.scopeCode);
  const schedules = (await q.schedulesAround(db, org, false)).map(q.asSchedule);
  const punches = await q.punchesBetween(db, q.punchesUnder(org), from, to);
  const leave = await q.approvedLeave(db, people.map((p) => p.id), from, to);
  const rows = people.map((p) => {
    const { days, totals } = buildDays({ schedules, communityCode: org, dates, today, punches: punches.filter((x) => x.workerId === p.id), leave: leave.filter((l) => l.workerId === p.id) });
    return { workerId: p.id, workerName: p.name, codes: days.map((d) => d.status), totals };
  });
  return { communityCode: org, communityName: unit.name, month, dates, rows };
}
