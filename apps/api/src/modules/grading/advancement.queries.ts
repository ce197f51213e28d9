import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { gradeBatches, gradeBatchItems, orgUnits, workerHistory, workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

/** Everyone in post under a code, with what the grade needs, community name and stored grade. */
export async function workersForAdvancement(db: Db, orgCode: string) {
  return db
    .select({
      id: workers.id,
      name: workers.name,
      version: workers.version,
      communityCode: workers.communityCode,
      communityName: orgUnits.name,
      communityStartDate: workers.communityStartDate,
      exitDate: workers.exitDate,
      postClass: workers.postClass,
      education: workers.education,
      inServiceEducation: workers.inServiceEducation,
      swQualification: workers.swQualification,
      positions: workers.positions,
      grade: workers.grade,
    })
    .from(workers)
    .innerJoin(orgUnits, eq(orgUnits.code, workers.communityCode))
    .where(and(withinScope(workers.communityCode, orgCode), sql`${workers.status} <> '已退出'`))
    .orderBy(asc(workers.communityCode), asc(workers.id));
}

/** Transfers of everyone in post under a code, oldest first: one query instead of one per worker. */
export async function transfersUnder(db: Db, orgCode: string) {
  return db
    .select({ workerId: workerHistory.workerId, occurredOn: workerHistory.occurredOn, changes: workerHistory.changes })
    .from(workerHistory)
    .innerJoin(workers, eq(workers.id, workerHistory.workerId))
    .where(and(eq(workerHistory.kind, 'transferred'), withinScope(workers.communityCode, orgCode)))
    .orderBy(asc(workerHistory.occurredOn), asc(workerHistory.id));
}

export async function insertBatch(db: Db, v: typeof gradeBatches.$inferInsert) {
  const [row] = await db.insert(gradeBatches).values(v).returning();
  return row!;
}

export async function findBatch(db: Db, id: number) {
  const [row] = await db.select().from(gradeBatches).where(eq(gradeBatches.id, id)).limit(1);
  return row;
}

export async function batchItems(db: Db, batchId: number) {
  return db.select().from(gradeBatchItems).where(eq(gradeBatchItems.batchId, batchId)).orderBy(asc(gradeBatchItems.id));
}

export async function markBatchApproved(db: Db, id: number, by: string): Promise<boolean> {
  const rows = await db
    .update(gradeBatches)
    .set({ status: 'approved', approvedBy: by, approvedAt: new Date() })
    .where(and(eq(gradeBatches.id, id), eq(gradeBatches.status, 'proposed')))
    .returning({ id: gradeBatches.id });
  return rows.length === 1;
}

/**
 * Writes a batch's grades where each worker still has the grade the batch was proposed from (and is in
 * post), and marks every item applied or not; returns how many were written.
 */
export async function applyBatch(db: Db, batchId: number, effectiveFrom: string): Promise<number> {
  await db.execute(sql`
    with written as (
      update workers w set grade = i.to_grade, grade_pack_id = i.pack_id, grade_effective_from = ${effectiveFrom}::date,
        version = w.version + 1, updated_at = now()
      from grade_batch_items i
      where i.batch_id = ${batchId} and w.id = i.worker_id and w.grade is not distinct from i.from_grade and w.status <> '已退出'
      returning w.id
    )
    update grade_batch_items i set applied = (i.worker_id in (select id from written)) where i.batch_id = ${batchId}`);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(gradeBatchItems).where(and(eq(gradeBatchItems.batchId, batchId), eq(gradeBatchItems.applied, true)));
  return Number(row?.n ?? 0);
}
