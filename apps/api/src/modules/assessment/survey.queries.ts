import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { assessmentParticipants, assessmentSchemes, orgUnits, surveyCodes, surveyResponses, workers } from '../../db/schema.ts';

export async function findByToken(db: Db, token: string) {
  const [row] = await db
    .select({ schemeId: assessmentSchemes.id, schemeName: assessmentSchemes.name, status: assessmentSchemes.status, opens: assessmentSchemes.surveyOpens, closes: assessmentSchemes.surveyCloses, workerId: workers.id, workerName: workers.name, positions: workers.positions, postClass: workers.postClass, workerStatus: workers.status, communityName: orgUnits.name })
    .from(assessmentParticipants)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessmentParticipants.schemeId))
    .innerJoin(workers, eq(workers.id, assessmentParticipants.workerId))
    .innerJoin(orgUnits, eq(orgUnits.code, workers.communityCode))
    .where(eq(assessmentParticipants.surveyToken, token))
    .limit(1);
  return row;
}

export async function alreadyAnswered(db: Db, schemeId: number, workerId: number, phoneBidx: string): Promise<boolean> {
  const [row] = await db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.schemeId, schemeId), eq(surveyResponses.workerId, workerId), eq(surveyResponses.phoneBidx, phoneBidx)))
    .limit(1);
  return row !== undefined;
}

/** Codes sent to a phone, or from a client, since a moment: the rate limits' input. */
export async function codesSince(db: Db, by: { phoneBidx: string } | { clientKey: string }, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(surveyCodes)
    .where(and('phoneBidx' in by ? eq(surveyCodes.phoneBidx, by.phoneBidx) : eq(surveyCodes.clientKey, by.clientKey), gt(surveyCodes.createdAt, since)));
  return row?.n ?? 0;
}

export async function insertCode(db: Db, v: typeof surveyCodes.$inferInsert): Promise<void> {
  await db.insert(surveyCodes).values(v);
}

export async function latestCode(db: Db, schemeId: number, workerId: number, phoneBidx: string) {
  const [row] = await db
    .select()
    .from(surveyCodes)
    .where(and(eq(surveyCodes.schemeId, schemeId), eq(surveyCodes.workerId, workerId), eq(surveyCodes.phoneBidx, phoneBidx), isNull(surveyCodes.usedAt), gt(surveyCodes.expiresAt, sql`now()`)))
    .orderBy(desc(surveyCodes.id))
    .limit(1);
  return row;
}

export async function countAttempt(db: Db, id: number): Promise<void> {
  await db.update(surveyCodes).set({ attempts: sql`${surveyCodes.attempts} + 1` }).where(eq(surveyCodes.id, id));
}

/** Marks the code used unless someone used it first; false then. */
export async function useCode(db: Db, id: number): Promise<boolean> {
  const rows = await db.update(surveyCodes).set({ usedAt: sql`now()` }).where(and(eq(surveyCodes.id, id), isNull(surveyCodes.usedAt))).returning({ id: surveyCodes.id });
  return rows.length > 0;
}

export async function insertResponse(db: Db, v: typeof surveyResponses.$inferInsert): Promise<void> {
  await db.insert(surveyResponses).values(v);
}
