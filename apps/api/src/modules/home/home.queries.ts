// Counts for the 工作台: each is one aggregate over a table of its module, under the node and the caller's scope.
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { difficulties, leaveRequests, workflowRequests, workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

const under = (scopeCode: string, org: string) => and(withinScope(workers.communityCode, scopeCode), withinScope(workers.communityCode, org))!;

/** Approved leave that ended before today with no return recorded (A9.2 未销假). */
export async function countLeaveUnreturned(db: Db, scopeCode: string, org: string, today: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(leaveRequests)
    .innerJoin(workflowRequests, eq(workflowRequests.id, leaveRequests.requestId))
    .innerJoin(workers, eq(workers.id, leaveRequests.workerId))
    .where(and(under(scopeCode, org), eq(workflowRequests.status, 'approved'), isNull(leaveRequests.returnedOn), sql`${leaveRequests.endDate} < ${today}`));
  return row?.n ?? 0;
}

/** Difficulties waiting for an answer, and those of them past their due date (A14.1). */
export async function countDifficulties(db: Db, scopeCode: string, org: string, today: string): Promise<{ open: number; overdue: number }> {
  const [row] = await db
    .select({ open: count(), overdue: sql<number>`count(*) filter (where ${difficulties.dueOn} < ${today})`.mapWith(Number) })
    .from(difficulties)
    .innerJoin(workers, eq(workers.id, difficulties.workerId))
    .where(and(under(scopeCode, org), eq(difficulties.status, '待答复')));
  return { open: row?.open ?? 0, overdue: row?.overdue ?? 0 };
}
