import { aliasedTable, and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { leaveRequests, orgUnits, workflowRequests, workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');
export type LeaveRow = { l: typeof leaveRequests.$inferSelect; r: typeof workflowRequests.$inferSelect; workerName: string; communityName: string };

export async function insertLeave(db: Db, v: typeof leaveRequests.$inferInsert): Promise<void> {
  await db.insert(leaveRequests).values(v);
}

export async function listLeave(db: Db, where: SQL): Promise<LeaveRow[]> {
  return db
    .select({ l: leaveRequests, r: workflowRequests, workerName: workers.name, communityName: community.name })
    .from(leaveRequests)
    .innerJoin(workflowRequests, eq(workflowRequests.id, leaveRequests.requestId))
    .innerJoin(workers, eq(workers.id, leaveRequests.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(where)
    .orderBy(desc(leaveRequests.startDate), desc(leaveRequests.requestId));
}

export const leaveUnder = (code: string) => withinScope(workers.communityCode, code);
export const leaveById = (id: number) => eq(leaveRequests.requestId, id);
export const leaveOfWorker = (id: number) => eq(leaveRequests.workerId, id);
export const leaveStatus = (status: string) => eq(workflowRequests.status, status);

/** Pending or approved leave of the worker overlapping the dates. */
export async function overlapping(db: Db, workerId: number, from: string, to: string): Promise<boolean> {
  const [row] = await db
    .select({ id: leaveRequests.requestId })
    .from(leaveRequests)
    .innerJoin(workflowRequests, eq(workflowRequests.id, leaveRequests.requestId))
    .where(and(eq(leaveRequests.workerId, workerId), inArray(workflowRequests.status, ['pending', 'approved']), sql`${leaveRequests.startDate} <= ${to}`, sql`${leaveRequests.endDate} >= ${from}`))
    .limit(1);
  return row !== undefined;
}

/** Days of leave by type in a year, counting requests not rejected or withdrawn. */
export async function usedDays(db: Db, workerId: number, year: number): Promise<Record<string, number>> {
  const rows = await db
    .select({ type: leaveRequests.leaveType, days: sql<number>`sum(${leaveRequests.days})`.mapWith(Number) })
    .from(leaveRequests)
    .innerJoin(workflowRequests, eq(workflowRequests.id, leaveRequests.requestId))
    .where(and(eq(leaveRequests.workerId, workerId), ne(workflowRequests.status, 'rejected'), ne(workflowRequests.status, 'cancelled'), sql`extract(year from ${leaveRequests.startDate}) = ${year}`))
    .groupBy(leaveRequests.leaveType);
  return Object.fromEntries(rows.map((r) => [r.type, r.days]));
}

export async function setReturned(db: Db, requestId: number, on: string): Promise<boolean> {
  const rows = await db.update(leaveRequests).set({ returnedOn: on }).where(and(eq(leaveRequests.requestId, requestId), sql`${leaveRequests.returnedOn} is null`)).returning({ id: leaveRequests.requestId });
  return rows.length > 0;
}
