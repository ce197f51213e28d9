import { aliasedTable, and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { assessmentAppeals, assessmentResults, assessmentSchemes, conductNotes, errorToleranceDecisions, orgUnits, workerHistory, workers } from '../../db/schema.ts';
import { W_COMMUNITY, withinScope } from '../../db/scope.ts';
import { resultRows } from '../stats/stats.queries.ts';

const community = aliasedTable(orgUnits, 'community');

export async function insertResults(db: Db, rows: (typeof assessmentResults.$inferInsert)[]): Promise<void> {
  // Chunks keep each statement's parameter count far below PostgreSQL's 65,535.
  for (let i = 0; i < rows.length; i += 2000) await db.insert(assessmentResults).values(rows.slice(i, i + 2000));
}

export async function insertHistory(db: Db, rows: (typeof workerHistory.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) await db.insert(workerHistory).values(rows.slice(i, i + 2000));
}

export async function findResult(db: Db, schemeId: number, workerId: number) {
  const [row] = await db.select().from(assessmentResults).where(and(eq(assessmentResults.schemeId, schemeId), eq(assessmentResults.workerId, workerId))).limit(1);
  return row;
}

export async function updateResult(db: Db, schemeId: number, workerId: number, v: { grade: string; failing: boolean; explanation: string[] }): Promise<void> {
  await db.update(assessmentResults).set(v).where(and(eq(assessmentResults.schemeId, schemeId), eq(assessmentResults.workerId, workerId)));
}

const appealColumns = { a: assessmentAppeals, year: assessmentSchemes.year, workerName: workers.name };

function appealsQuery(db: Db, where: SQL) {
  return db
    .select(appealColumns)
    .from(assessmentAppeals)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessmentAppeals.schemeId))
    .innerJoin(workers, eq(workers.id, assessmentAppeals.workerId))
    .where(where)
    .orderBy(desc(assessmentAppeals.id));
}

export type AppealRow = Awaited<ReturnType<typeof appealsQuery>>[number];

export const listAppeals = (db: Db, schemeId: number, scopeCode: string) => appealsQuery(db, and(eq(assessmentAppeals.schemeId, schemeId), withinScope(workers.communityCode, scopeCode))!);
export const workerAppeals = (db: Db, workerId: number) => appealsQuery(db, eq(assessmentAppeals.workerId, workerId));
export async function findAppeal(db: Db, id: number, scopeCode: string): Promise<AppealRow | undefined> {
  const [row] = await appealsQuery(db, and(eq(assessmentAppeals.id, id), withinScope(workers.communityCode, scopeCode))!);
  return row;
}

export async function pendingAppealExists(db: Db, schemeId: number, workerId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: assessmentAppeals.id })
    .from(assessmentAppeals)
    .where(and(eq(assessmentAppeals.schemeId, schemeId), eq(assessmentAppeals.workerId, workerId), eq(assessmentAppeals.status, 'pending')))
    .limit(1);
  return row !== undefined;
}

export async function insertAppeal(db: Db, v: typeof assessmentAppeals.$inferInsert) {
  const [row] = await db.insert(assessmentAppeals).values(v).returning();
  return row!;
}

export async function decideAppeal(db: Db, id: number, v: { status: string; decision: string; newGrade: string | null; decidedBy: string }): Promise<boolean> {
  const rows = await db
    .update(assessmentAppeals)
    .set({ ...v, decidedAt: sql`now()` })
    .where(and(eq(assessmentAppeals.id, id), eq(assessmentAppeals.status, 'pending')))
    .returning({ id: assessmentAppeals.id });
  return rows.length > 0;
}

const conductColumns = { c: conductNotes, workerName: workers.name, communityName: community.name };

export async function listConduct(db: Db, where: SQL) {
  return db
    .select(conductColumns)
    .from(conductNotes)
    .innerJoin(workers, eq(workers.id, conductNotes.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(where)
    .orderBy(desc(conductNotes.occurredOn), desc(conductNotes.id));
}
export type ConductRow = Awaited<ReturnType<typeof listConduct>>[number];

export const conductScope = (scopeCode: string) => withinScope(workers.communityCode, scopeCode);

export async function insertConduct(db: Db, v: typeof conductNotes.$inferInsert) {
  const [row] = await db.insert(conductNotes).values(v).returning();
  return row!;
}

export async function updateConduct(db: Db, id: number, v: { followUp: string; resolved: boolean }): Promise<void> {
  await db.update(conductNotes).set(v).where(eq(conductNotes.id, id));
}

export async function workerConduct(db: Db, workerId: number) {
  return listConduct(db, eq(conductNotes.workerId, workerId));
}

export async function insertTolerance(db: Db, v: typeof errorToleranceDecisions.$inferInsert) {
  const [row] = await db.insert(errorToleranceDecisions).values(v).returning();
  return row!;
}

export async function workerTolerance(db: Db, workerId: number) {
  return db.select().from(errorToleranceDecisions).where(eq(errorToleranceDecisions.workerId, workerId)).orderBy(desc(errorToleranceDecisions.decidedOn));
}

export async function workerResults(db: Db, workerId: number) {
  return db
    .select({ r: assessmentResults, schemeName: assessmentSchemes.name })
    .from(assessmentResults)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessmentResults.schemeId))
    .where(eq(assessmentResults.workerId, workerId))
    .orderBy(desc(assessmentResults.year));
}

/**
 * Workers in post under a unit whose latest published result is the failing grade, with how many failing
 * years they have in all (a second one in a term is an exit case in some cities).
 */
export async function renewalReviews(db: Db, orgCode: string, scopeCode: string) {
  const res = await db.execute(sql`
    select w.id as "workerId", w.name, c.name as "communityName", r.year, r.grade, w.contract_end::text as "contractEnd",
      (select count(*)::int from assessment_results x where x.worker_id = w.id and x.failing) as "failingYears"
    from workers w
    join org_units c on c.code = w.community_code
    join lateral (select year, grade, failing from assessment_results where worker_id = w.id order by year desc limit 1) r on true
    where ${withinScope(W_COMMUNITY, orgCode)} and ${withinScope(W_COMMUNITY, scopeCode)}
      and w.status <> '已退出' and r.failing
    order by w.contract_end nulls last, w.name`);
  return resultRows<{ workerId: number; name: string; communityName: string; year: number; grade: string; contractEnd: string | null; failingYears: number }>(res);
}
