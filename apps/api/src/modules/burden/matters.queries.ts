import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { burdenAssignments, burdenMatterRequests, burdenMatters, burdenMatterVersions } from '../../db/schema-burden.ts';
import { orgUnits, workflowRequests } from '../../db/schema.ts';
import { onPathOf, visibleOwners, withinScope } from '../../db/scope.ts';

export type MatterRow = typeof burdenMatters.$inferSelect;

/** Matters a caller sees: lists issued on the path of their scope (above it apply to them, below it they oversee). */
export async function listMatters(db: Db, opts: { scopeCode: string; org?: string; kind?: string; q?: string }): Promise<MatterRow[]> {
  const where: SQL[] = [visibleOwners(burdenMatters.ownerCode, opts.scopeCode, opts.org)];
  if (opts.kind) where.push(eq(burdenMatters.kind, opts.kind));
  if (opts.q) where.push(sql`${burdenMatters.name} like ${`%${opts.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`}`);
  return db.select().from(burdenMatters).where(and(...where)).orderBy(sql`array_position(array['依法履职', '依法协助', '负面清单'], ${burdenMatters.kind})`, asc(burdenMatters.ownerCode), asc(burdenMatters.id));
}

/** Every matter that may apply to a community (issued by one of its ancestors or itself); dates are checked by the domain. */
export async function mattersOnPath(db: Db, communityCode: string): Promise<MatterRow[]> {
  return db.select().from(burdenMatters).where(onPathOf(burdenMatters.ownerCode, communityCode));
}

export async function findMatter(db: Db, id: number, scopeCode: string): Promise<MatterRow | undefined> {
  const [row] = await db.select().from(burdenMatters).where(and(eq(burdenMatters.id, id), onPathOf(burdenMatters.ownerCode, scopeCode))).limit(1);
  return row;
}

export async function insertMatter(db: Db, v: typeof burdenMatters.$inferInsert): Promise<MatterRow> {
  const [row] = await db.insert(burdenMatters).values(v).returning();
  return row!;
}

export async function updateMatterAtVersion(db: Db, id: number, version: number, v: Partial<typeof burdenMatters.$inferInsert>): Promise<MatterRow | undefined> {
  const [row] = await db
    .update(burdenMatters)
    .set({ ...v, version: sql`${burdenMatters.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(burdenMatters.id, id), eq(burdenMatters.version, version)))
    .returning();
  return row;
}

export async function insertVersion(db: Db, row: MatterRow, by: string, reason: string, requestId: number | null = null): Promise<void> {
  const { createdAt: _c, updatedAt: _u, ...snapshot } = row;
  await db.insert(burdenMatterVersions).values({ matterId: row.id, version: row.version, snapshot, changedByName: by, reason, requestId });
}

export async function listVersions(db: Db, matterId: number) {
  return db.select().from(burdenMatterVersions).where(eq(burdenMatterVersions.matterId, matterId)).orderBy(desc(burdenMatterVersions.version));
}

export async function insertMatterRequest(db: Db, v: typeof burdenMatterRequests.$inferInsert): Promise<void> {
  await db.insert(burdenMatterRequests).values(v);
}

export async function findMatterRequest(db: Db, requestId: number) {
  const [row] = await db.select().from(burdenMatterRequests).where(eq(burdenMatterRequests.requestId, requestId)).limit(1);
  return row;
}

export async function setRequestMatter(db: Db, requestId: number, matterId: number): Promise<void> {
  await db.update(burdenMatterRequests).set({ matterId }).where(eq(burdenMatterRequests.requestId, requestId));
}

/** Matter requests about lists inside the scope, or asked for by the caller. */
export async function listMatterRequests(db: Db, scopeCode: string, userId: number) {
  return db
    .select({ m: burdenMatterRequests, r: workflowRequests })
    .from(burdenMatterRequests)
    .innerJoin(workflowRequests, eq(workflowRequests.id, burdenMatterRequests.requestId))
    .where(sql`(${withinScope(workflowRequests.subjectCode, scopeCode)} or ${workflowRequests.requesterUserId} = ${userId})`)
    .orderBy(desc(workflowRequests.id))
    .limit(500);
}

export async function insertAssignment(db: Db, v: typeof burdenAssignments.$inferInsert) {
  const [row] = await db.insert(burdenAssignments).values(v).returning();
  return row!;
}

export async function listAssignments(db: Db, where: SQL) {
  return db
    .select({ a: burdenAssignments, matterName: burdenMatters.name, matterKind: burdenMatters.kind, area: burdenMatters.area, communityName: orgUnits.name })
    .from(burdenAssignments)
    .innerJoin(burdenMatters, eq(burdenMatters.id, burdenAssignments.matterId))
    .innerJoin(orgUnits, eq(orgUnits.code, burdenAssignments.communityCode))
    .where(where)
    .orderBy(desc(burdenAssignments.id))
    .limit(1000);
}

export const assignmentsUnder = (code: string) => withinScope(burdenAssignments.communityCode, code);
export const assignmentsBy = (userId: number) => eq(burdenAssignments.assignedByUserId, userId);
export const assignmentById = (id: number) => eq(burdenAssignments.id, id);

/** Tasks each community under `code` carries, by role. */
export async function assignmentCounts(db: Db, code: string): Promise<Map<string, { responsible: number; assist: number }>> {
  const rows = await db
    .select({ c: burdenAssignments.communityCode, role: burdenAssignments.role, n: count() })
    .from(burdenAssignments)
    .where(withinScope(burdenAssignments.communityCode, code))
    .groupBy(burdenAssignments.communityCode, burdenAssignments.role);
  const out = new Map<string, { responsible: number; assist: number }>();
  for (const r of rows) {
    const e = out.get(r.c) ?? { responsible: 0, assist: 0 };
    e[r.role as 'responsible' | 'assist'] += Number(r.n);
    out.set(r.c, e);
  }
  return out;
}
