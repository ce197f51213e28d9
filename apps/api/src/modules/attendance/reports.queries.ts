import { aliasedTable, and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { workReports } from '../../db/schema-attendance.ts';
import { orgUnits } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');
export type ReportRow = { r: typeof workReports.$inferSelect; communityName: string };

export async function insertReport(db: Db, v: typeof workReports.$inferInsert): Promise<number> {
  const [row] = await db.insert(workReports).values(v).returning({ id: workReports.id });
  return row!.id;
}

export async function listReports(db: Db, where: SQL, limit = 1000): Promise<ReportRow[]> {
  return db
    .select({ r: workReports, communityName: community.name })
    .from(workReports)
    .innerJoin(community, eq(community.code, workReports.communityCode))
    .where(where)
    .orderBy(desc(workReports.filedAt), desc(workReports.id))
    .limit(limit);
}

export const reportsUnder = (code: string) => withinScope(workReports.communityCode, code);
export const reportById = (id: number) => eq(workReports.id, id);
export const reportsFiledBy = (userId: number) => eq(workReports.filedByUserId, userId);
export const reportKindIs = (kind: string) => eq(workReports.kind, kind);
export const unanswered = () => isNull(workReports.answeredAt);
export const overdueOn = (today: string) => and(isNull(workReports.answeredAt), sql`${workReports.dueOn} < ${today}`)!;

/** Records the answer once; false when someone answered first. */
export async function setAnswer(db: Db, id: number, v: { decision: string; answer: string; answeredByName: string }): Promise<boolean> {
  const rows = await db
    .update(workReports)
    .set({ ...v, answeredAt: sql`now()` })
    .where(and(eq(workReports.id, id), isNull(workReports.answeredAt)))
    .returning({ id: workReports.id });
  return rows.length > 0;
}
