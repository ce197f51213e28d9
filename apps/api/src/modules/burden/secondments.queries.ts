import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { burdenSecondments } from '../../db/schema-burden.ts';
import { orgUnits, workers, workflowRequests } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

export type SecondmentRow = { s: typeof burdenSecondments.$inferSelect; r: typeof workflowRequests.$inferSelect; workerName: string; workerStatus: string; communityName: string };

export async function insertSecondment(db: Db, v: typeof burdenSecondments.$inferInsert): Promise<void> {
  await db.insert(burdenSecondments).values(v);
}

export async function listSecondments(db: Db, where: SQL): Promise<SecondmentRow[]> {
  return db
    .select({ s: burdenSecondments, r: workflowRequests, workerName: workers.name, workerStatus: workers.status, communityName: orgUnits.name })
    .from(burdenSecondments)
    .innerJoin(workflowRequests, eq(workflowRequests.id, burdenSecondments.requestId))
    .innerJoin(workers, eq(workers.id, burdenSecondments.workerId))
    .innerJoin(orgUnits, eq(orgUnits.code, burdenSecondments.communityCode))
    .where(where)
    .orderBy(desc(burdenSecondments.startDate), desc(burdenSecondments.requestId))
    .limit(1000);
}

export const secondmentsUnder = (code: string) => withinScope(burdenSecondments.communityCode, code);
export const secondmentById = (id: number) => eq(burdenSecondments.requestId, id);
export const secondmentsOfWorker = (id: number) => eq(burdenSecondments.workerId, id);

/** Pending or approved secondment of the worker overlapping the dates (and not returned early before them). */
export async function overlapping(db: Db, workerId: number, from: string, to: string): Promise<boolean> {
  const [row] = await db
    .select({ id: burdenSecondments.requestId })
    .from(burdenSecondments)
    .innerJoin(workflowRequests, eq(workflowRequests.id, burdenSecondments.requestId))
    .where(
      and(
        eq(burdenSecondments.workerId, workerId),
        sql`${workflowRequests.status} in ('pending', 'approved')`,
        sql`${burdenSecondments.startDate} <= ${to}`,
        sql`coalesce(${burdenSecondments.endedOn} - 1, ${burdenSecondments.endDate}) >= ${from}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function setEnded(db: Db, requestId: number, on: string, by: string): Promise<boolean> {
  const rows = await db
    .update(burdenSecondments)
    .set({ endedOn: on, endedByName: by })
    .where(and(eq(burdenSecondments.requestId, requestId), sql`${burdenSecondments.endedOn} is null`))
    .returning({ id: burdenSecondments.requestId });
  return rows.length > 0;
}

/**
 * Workers away on an active secondment today under each code (a unit counts everyone below it), for the
 * effective headcount: one grouped query per code length. Same rule as the domain's secondmentActive.
 */
export async function activeSecondedUnder(db: Db, codes: string[], today: string): Promise<Map<string, number>> {
  const out = new Map<string, number>(codes.map((c) => [c, 0]));
  for (const len of new Set(codes.map((c) => c.length))) {
    const sameLength = codes.filter((c) => c.length === len);
    // The length is inlined (a number we computed) so the select and the GROUP BY are the same expression.
    const key = sql<string>`left(${burdenSecondments.communityCode}, ${sql.raw(String(len))})`;
    const rows = await db
      .select({ k: key, n: count() })
      .from(burdenSecondments)
      .innerJoin(workflowRequests, eq(workflowRequests.id, burdenSecondments.requestId))
      .innerJoin(workers, eq(workers.id, burdenSecondments.workerId))
      .where(
        and(
          inArray(key, sameLength),
          eq(workflowRequests.status, 'approved'),
          sql`${burdenSecondments.startDate} <= ${today}`,
          sql`${burdenSecondments.endDate} >= ${today}`,
          sql`(${burdenSecondments.endedOn} is null or ${burdenSecondments.endedOn} > ${today})`,
          sql`${workers.status} <> '已退出'`,
        ),
      )
      .groupBy(key);
    for (const r of rows) out.set(r.k, Number(r.n));
  }
  return out;
}
