import { and, asc, desc, eq, inArray, isNull, ne, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, workers } from '../../db/schema.ts';
import { gridAssignments, grids } from '../../db/schema-work-logs.ts';
import { withinScope } from '../../db/scope.ts';

export type GridRow = typeof grids.$inferSelect & { communityName: string };

/** Grids under a unit (and the caller's scope), by community then number. */
export async function listGrids(db: Db, scopeCode: string, org: string, id?: number): Promise<GridRow[]> {
  const rows = await db
    .select({ g: grids, communityName: orgUnits.name })
    .from(grids)
    .innerJoin(orgUnits, eq(orgUnits.code, grids.communityCode))
    .where(and(withinScope(grids.communityCode, scopeCode), withinScope(grids.communityCode, org), ...(id ? [eq(grids.id, id)] : [])))
    .orderBy(sql`${grids.communityCode} collate "C"`, asc(grids.number));
  return rows.map((r) => ({ ...r.g, communityName: r.communityName }));
}

/** Current members of the given grids. */
export async function currentMembers(db: Db, gridIds: number[]) {
  if (gridIds.length === 0) return [];
  return db
    .select({ assignmentId: gridAssignments.id, gridId: gridAssignments.gridId, workerId: gridAssignments.workerId, name: workers.name, role: gridAssignments.role, startedOn: gridAssignments.startedOn })
    .from(gridAssignments)
    .innerJoin(workers, eq(workers.id, gridAssignments.workerId))
    .where(and(inArray(gridAssignments.gridId, gridIds), isNull(gridAssignments.endedOn)))
    .orderBy(desc(sql`${gridAssignments.role} = '网格长'`), asc(workers.name));
}

/** Workers in post under a unit who serve no grid now. */
export async function unassignedWorkers(db: Db, scopeCode: string, org: string) {
  return db
    .select({ workerId: workers.id, name: workers.name, communityName: orgUnits.name })
    .from(workers)
    .innerJoin(orgUnits, eq(orgUnits.code, workers.communityCode))
    .where(
      and(
        withinScope(workers.communityCode, scopeCode),
        withinScope(workers.communityCode, org),
        ne(workers.status, '已退出'),
        notExists(db.select({ one: sql`1` }).from(gridAssignments).where(and(eq(gridAssignments.workerId, workers.id), isNull(gridAssignments.endedOn)))),
      ),
    )
    .orderBy(sql`${workers.communityCode} collate "C"`, asc(workers.name));
}

export async function insertGrid(db: Db, v: typeof grids.$inferInsert) {
  const [row] = await db.insert(grids).values(v).returning();
  return row!;
}

export async function updateGrid(db: Db, id: number, v: Partial<typeof grids.$inferInsert>) {
  await db.update(grids).set({ ...v, updatedAt: new Date() }).where(eq(grids.id, id));
}

/** The grid a worker serves now, if any. */
export async function currentAssignmentOf(db: Db, workerId: number) {
  const [row] = await db
    .select({ a: gridAssignments, gridName: grids.name, households: grids.households })
    .from(gridAssignments)
    .innerJoin(grids, eq(grids.id, gridAssignments.gridId))
    .where(and(eq(gridAssignments.workerId, workerId), isNull(gridAssignments.endedOn)))
    .limit(1);
  return row;
}

export async function insertAssignment(db: Db, v: typeof gridAssignments.$inferInsert) {
  const [row] = await db.insert(gridAssignments).values(v).returning();
  return row!;
}

/** Ends a current assignment; false when it had already ended. */
export async function endAssignment(db: Db, id: number, endedOn: string, endedBy: string): Promise<boolean> {
  const rows = await db
    .update(gridAssignments)
    .set({ endedOn, endedBy })
    .where(and(eq(gridAssignments.id, id), isNull(gridAssignments.endedOn)))
    .returning({ id: gridAssignments.id });
  return rows.length > 0;
}

/** Assignments (current and past) of grids in scope; by grid or by one assignment id. */
export async function assignments(db: Db, scopeCode: string, by: { gridId?: number; id?: number }) {
  return db
    .select({ a: gridAssignments, gridName: grids.name, communityCode: grids.communityCode, name: workers.name })
    .from(gridAssignments)
    .innerJoin(grids, eq(grids.id, gridAssignments.gridId))
    .innerJoin(workers, eq(workers.id, gridAssignments.workerId))
    .where(and(withinScope(grids.communityCode, scopeCode), ...(by.gridId ? [eq(gridAssignments.gridId, by.gridId)] : []), ...(by.id ? [eq(gridAssignments.id, by.id)] : [])))
    .orderBy(desc(gridAssignments.startedOn), desc(gridAssignments.id));
}
