import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, workflowRequests } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

export type RequestRow = typeof workflowRequests.$inferSelect;

export async function insertRequest(db: Db, v: typeof workflowRequests.$inferInsert): Promise<RequestRow> {
  const [row] = await db.insert(workflowRequests).values(v).returning();
  return row!;
}

/** A request the caller may see: its subject inside their scope, or they asked for it. */
export const visibleTo = (scopeCode: string, userId: number): SQL => or(withinScope(workflowRequests.subjectCode, scopeCode), eq(workflowRequests.requesterUserId, userId))!;

export async function findRequest(db: Db, id: number, where: SQL): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(workflowRequests).where(and(eq(workflowRequests.id, id), where)).limit(1);
  return row;
}

export async function listRequests(db: Db, where: SQL, limit = 500): Promise<RequestRow[]> {
  return db.select().from(workflowRequests).where(where).orderBy(desc(workflowRequests.id)).limit(limit);
}

export const pendingUnder = (scopeCode: string): SQL => and(eq(workflowRequests.status, 'pending'), withinScope(workflowRequests.subjectCode, scopeCode))!;
export const requestedBy = (userId: number): SQL => eq(workflowRequests.requesterUserId, userId);
/** A pending request of a kind about one worker or one unit, so the same thing is not asked twice at once. */
export const pendingAbout = (kind: string, about: { workerId: number } | { code: string }): SQL =>
  and(eq(workflowRequests.kind, kind), eq(workflowRequests.status, 'pending'), 'workerId' in about ? eq(workflowRequests.subjectWorkerId, about.workerId) : eq(workflowRequests.subjectCode, about.code))!;

export async function updateAtVersion(db: Db, id: number, version: number, v: { state: unknown; status: string }): Promise<RequestRow | undefined> {
  const [row] = await db
    .update(workflowRequests)
    .set({ ...v, version: sql`${workflowRequests.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(workflowRequests.id, id), eq(workflowRequests.version, version)))
    .returning();
  return row;
}

export async function unitNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}
