import { asc, eq, sql } from 'drizzle-orm';
import { resultRows } from '../stats/stats.queries.ts';
import type { Db } from '../../db/database.ts';
import { W_COMMUNITY, withinScope } from '../../db/scope.ts';
import { gradingPacks } from '../../db/schema.ts';

export type PackRow = typeof gradingPacks.$inferSelect;

export async function listPacks(db: Db): Promise<PackRow[]> {
  return db.select().from(gradingPacks).orderBy(asc(gradingPacks.orgCode), asc(gradingPacks.id));
}

export async function findPack(db: Db, id: string): Promise<PackRow | undefined> {
  const [row] = await db.select().from(gradingPacks).where(eq(gradingPacks.id, id)).limit(1);
  return row;
}

/** Inserts a shipped pack unless one with its id exists (an edited pack is never overwritten). */
export async function insertPackIfMissing(db: Db, v: typeof gradingPacks.$inferInsert): Promise<void> {
  await db.insert(gradingPacks).values(v).onConflictDoNothing({ target: gradingPacks.id });
}

export async function publishedPacks(db: Db): Promise<PackRow[]> {
  return db.select().from(gradingPacks).where(sql`${gradingPacks.status} = 'published'`).orderBy(asc(gradingPacks.id));
}

export async function insertPack(db: Db, v: typeof gradingPacks.$inferInsert): Promise<PackRow> {
  const [row] = await db.insert(gradingPacks).values(v).returning();
  return row!;
}

/** Replaces a draft; returns undefined when the pack is not (or no longer) a draft. */
export async function updateDraft(db: Db, id: string, v: Partial<typeof gradingPacks.$inferInsert>): Promise<PackRow | undefined> {
  const [row] = await db
    .update(gradingPacks)
    .set({ ...v, updatedAt: new Date() })
    .where(sql`${gradingPacks.id} = ${id} and ${gradingPacks.status} = 'draft'`)
    .returning();
  return row;
}

export interface AssessmentRecord {
  year: number;
  grade: string;
  failing: boolean;
}

/** Published annual results (A10.2) up to a year, per worker, oldest first: what grading and pay use. */
export async function assessmentRecords(db: Db, only: { orgCode: string } | { workerId: number }, uptoYear: number): Promise<Map<number, AssessmentRecord[]>> {
  const res = await db.execute(sql`
    select r.worker_id as "workerId", r.year, r.grade, r.failing
    from assessment_results r join workers w on w.id = r.worker_id
    where ${'orgCode' in only ? withinScope(W_COMMUNITY, only.orgCode) : sql`w.id = ${only.workerId}`} and r.year <= ${uptoYear}
    order by r.worker_id, r.year`);
  const out = new Map<number, AssessmentRecord[]>();
  for (const r of resultRows<AssessmentRecord & { workerId: number }>(res)) {
    const list = out.get(r.workerId) ?? [];
    list.push({ year: r.year, grade: r.grade, failing: r.failing });
    out.set(r.workerId, list);
  }
  return out;
}

/** What the grade and pay rules take from a worker's results: failed years, the latest grade, a summary line. */
export function assessmentInputs(records: readonly AssessmentRecord[] | undefined): { failedYears: number; lastResult: string | null; summary: string } {
  if (!records?.length) return { failedYears: 0, lastResult: null, summary: '尚无已公布的年度考核结果：不称职年数按 0 计，年限类补贴按全部年限计，绩效按 × 1' };
  const failed = records.filter((r) => r.failing);
  const last = records.at(-1)!;
  return {
    failedYears: failed.length,
    lastResult: last.grade,
    summary: `年度考核结果：${records.map((r) => `${r.year} 年${r.grade}`).join('、')}；不合格（不称职）${failed.length} 年，最近一次为“${last.grade}”`,
  };
}
