import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Schedule } from '@cwp/domain/attendance';
import type { Db } from '../../db/database.ts';
import { attendanceCorrections, attendancePunches, attendanceSchedules } from '../../db/schema-attendance.ts';
import { leaveRequests, orgUnits, workers, workflowRequests } from '../../db/schema.ts';
import { onPathOf, withinScope } from '../../db/scope.ts';

export type ScheduleRecord = typeof attendanceSchedules.$inferSelect & { orgName: string };
export type PunchRow = typeof attendancePunches.$inferSelect;

export const asSchedule = (r: typeof attendanceSchedules.$inferSelect): Schedule => ({ orgCode: r.orgCode, workStart: r.workStart, workEnd: r.workEnd, graceMinutes: r.graceMinutes, workdays: r.workdays, effectiveFrom: r.effectiveFrom });

/** Schedules set by the unit, its ancestors and (when `below`) its descendants. */
export async function schedulesAround(db: Db, code: string, below: boolean): Promise<ScheduleRecord[]> {
  const where = below ? onPathOf(attendanceSchedules.orgCode, code) : sql`starts_with(${code}, ${attendanceSchedules.orgCode})`;
  const rows = await db
    .select({ s: attendanceSchedules, orgName: orgUnits.name })
    .from(attendanceSchedules)
    .innerJoin(orgUnits, eq(orgUnits.code, attendanceSchedules.orgCode))
    .where(where)
    .orderBy(desc(attendanceSchedules.effectiveFrom), desc(attendanceSchedules.id))
    .limit(500);
  return rows.map((r) => ({ ...r.s, orgName: r.orgName }));
}

/** A unit's schedule from a date; setting it again for the same date replaces it. */
export async function upsertSchedule(db: Db, v: typeof attendanceSchedules.$inferInsert): Promise<number> {
  const [row] = await db
    .insert(attendanceSchedules)
    .values(v)
    .onConflictDoUpdate({
      target: [attendanceSchedules.orgCode, attendanceSchedules.effectiveFrom],
      set: { workStart: v.workStart, workEnd: v.workEnd, graceMinutes: v.graceMinutes, workdays: v.workdays, createdByName: v.createdByName, createdAt: sql`now()` },
    })
    .returning({ id: attendanceSchedules.id });
  return row!.id;
}

export async function punchesBetween(db: Db, where: SQL, from: string, to: string): Promise<PunchRow[]> {
  return db
    .select()
    .from(attendancePunches)
    .where(and(where, sql`${attendancePunches.workDate} between ${from} and ${to}`))
    .orderBy(asc(attendancePunches.workDate));
}
export const punchesOfWorker = (workerId: number) => eq(attendancePunches.workerId, workerId);
export const punchesUnder = (code: string) => withinScope(attendancePunches.communityCode, code);

/** Inserts a punch unless the worker already has one of that kind that day; false when refused. */
export async function insertPunch(db: Db, v: typeof attendancePunches.$inferInsert): Promise<boolean> {
  const rows = await db.insert(attendancePunches).values(v).onConflictDoNothing().returning({ id: attendancePunches.id });
  return rows.length > 0;
}

export async function findPunch(db: Db, workerId: number, workDate: string, kind: string): Promise<PunchRow | undefined> {
  const [row] = await db
    .select()
    .from(attendancePunches)
    .where(and(eq(attendancePunches.workerId, workerId), eq(attendancePunches.workDate, workDate), eq(attendancePunches.kind, kind)))
    .limit(1);
  return row;
}

/** Approved leave of some workers overlapping the dates. */
export async function approvedLeave(db: Db, workerIds: number[], from: string, to: string) {
  if (workerIds.length === 0) return [];
  return db
    .select({ workerId: leaveRequests.workerId, startDate: leaveRequests.startDate, endDate: leaveRequests.endDate })
    .from(leaveRequests)
    .innerJoin(workflowRequests, eq(workflowRequests.id, leaveRequests.requestId))
    .where(and(inArray(leaveRequests.workerId, workerIds), eq(workflowRequests.status, 'approved'), sql`${leaveRequests.startDate} <= ${to}`, sql`${leaveRequests.endDate} >= ${from}`));
}

/** Workers of a community who were on its books (not exited), for the sheet, by name. */
export async function communityWorkers(db: Db, communityCode: string, scopeCode: string) {
  return db
    .select({ id: workers.id, name: workers.name })
    .from(workers)
    .where(and(eq(workers.communityCode, communityCode), withinScope(workers.communityCode, scopeCode), ne(workers.status, '已退出')))
    .orderBy(asc(workers.name), asc(workers.id));
}

export type CorrectionRow = { c: typeof attendanceCorrections.$inferSelect; r: typeof workflowRequests.$inferSelect };

export async function insertCorrection(db: Db, v: typeof attendanceCorrections.$inferInsert): Promise<void> {
  await db.insert(attendanceCorrections).values(v);
}

export async function listCorrections(db: Db, where: SQL): Promise<CorrectionRow[]> {
  return db
    .select({ c: attendanceCorrections, r: workflowRequests })
    .from(attendanceCorrections)
    .innerJoin(workflowRequests, eq(workflowRequests.id, attendanceCorrections.requestId))
    .where(where)
    .orderBy(desc(attendanceCorrections.requestId))
    .limit(200);
}
export const correctionsOfWorker = (workerId: number, from: string, to: string) =>
  and(eq(attendanceCorrections.workerId, workerId), sql`${attendanceCorrections.workDate} between ${from} and ${to}`)!;
export const correctionById = (id: number) => eq(attendanceCorrections.requestId, id);

/** A pending correction of the same punch, so one missing punch is asked for once at a time. */
export async function pendingCorrection(db: Db, workerId: number, workDate: string, kind: string): Promise<boolean> {
  const [row] = await db
    .select({ id: attendanceCorrections.requestId })
    .from(attendanceCorrections)
    .innerJoin(workflowRequests, eq(workflowRequests.id, attendanceCorrections.requestId))
    .where(and(eq(attendanceCorrections.workerId, workerId), eq(attendanceCorrections.workDate, workDate), eq(attendanceCorrections.kind, kind), eq(workflowRequests.status, 'pending')))
    .limit(1);
  return row !== undefined;
}

export async function unitName(db: Db, code: string): Promise<string> {
  const [row] = await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.code, code)).limit(1);
  return row?.name ?? code;
}
