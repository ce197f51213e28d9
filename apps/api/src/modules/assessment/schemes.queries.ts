import { aliasedTable, and, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { assessmentParticipants, assessmentSchemes, assessmentScores, orgUnits, surveyResponses, workers } from '../../db/schema.ts';
import { onPathOf, W_COMMUNITY, withinScope } from '../../db/scope.ts';
import { resultRows } from '../stats/stats.queries.ts';

export type SchemeRow = typeof assessmentSchemes.$inferSelect;
const org = aliasedTable(orgUnits, 'scheme_org');
const community = aliasedTable(orgUnits, 'community');

/** A county's scheme is seen by its streets and communities (they score under it) and by the levels above. */
const visible = (scopeCode: string) => onPathOf(assessmentSchemes.orgCode, scopeCode);

export async function listSchemes(db: Db, scopeCode: string, f: { org?: string; year?: number }) {
  const c: SQL[] = [visible(scopeCode)];
  if (f.org) c.push(onPathOf(assessmentSchemes.orgCode, f.org));
  if (f.year) c.push(eq(assessmentSchemes.year, f.year));
  return db
    .select({ s: assessmentSchemes, orgName: org.name })
    .from(assessmentSchemes)
    .innerJoin(org, eq(org.code, assessmentSchemes.orgCode))
    .where(and(...c))
    .orderBy(desc(assessmentSchemes.year), assessmentSchemes.orgCode);
}

export async function findScheme(db: Db, id: number, scopeCode: string) {
  const [row] = await db
    .select({ s: assessmentSchemes, orgName: org.name })
    .from(assessmentSchemes)
    .innerJoin(org, eq(org.code, assessmentSchemes.orgCode))
    .where(and(eq(assessmentSchemes.id, id), visible(scopeCode)))
    .limit(1);
  return row;
}

/** Participants and responses inside the caller's scope, per scheme. */
export async function schemeCounts(db: Db, ids: number[], scopeCode: string): Promise<Map<number, { participants: number; responses: number }>> {
  if (ids.length === 0) return new Map();
  const p = await db
    .select({ id: assessmentParticipants.schemeId, n: count() })
    .from(assessmentParticipants)
    .innerJoin(workers, eq(workers.id, assessmentParticipants.workerId))
    .where(and(inArray(assessmentParticipants.schemeId, ids), withinScope(workers.communityCode, scopeCode)))
    .groupBy(assessmentParticipants.schemeId);
  const r = await db
    .select({ id: surveyResponses.schemeId, n: count() })
    .from(surveyResponses)
    .innerJoin(workers, eq(workers.id, surveyResponses.workerId))
    .where(and(inArray(surveyResponses.schemeId, ids), withinScope(workers.communityCode, scopeCode)))
    .groupBy(surveyResponses.schemeId);
  const out = new Map(ids.map((id) => [id, { participants: 0, responses: 0 }]));
  for (const x of p) out.get(x.id)!.participants = x.n;
  for (const x of r) out.get(x.id)!.responses = x.n;
  return out;
}

export async function insertScheme(db: Db, v: typeof assessmentSchemes.$inferInsert): Promise<SchemeRow> {
  const [row] = await db.insert(assessmentSchemes).values(v).returning();
  return row!;
}

export async function updateScheme(db: Db, id: number, where: { version?: number; status: string }, v: Partial<typeof assessmentSchemes.$inferInsert>): Promise<SchemeRow | undefined> {
  const c: SQL[] = [eq(assessmentSchemes.id, id), eq(assessmentSchemes.status, where.status)];
  if (where.version !== undefined) c.push(eq(assessmentSchemes.version, where.version));
  const [row] = await db
    .update(assessmentSchemes)
    .set({ ...v, version: sql`${assessmentSchemes.version} + 1` })
    .where(and(...c))
    .returning();
  return row;
}

/** Everyone in post under the scheme's unit becomes a participant with a random survey token. */
export async function addParticipants(db: Db, schemeId: number, orgCode: string): Promise<number> {
  const res = await db.execute(sql`
    insert into assessment_participants (scheme_id, worker_id, survey_token)
    select ${schemeId}, w.id, replace(gen_random_uuid()::text, '-', '')
    from workers w where ${withinScope(W_COMMUNITY, orgCode)} and w.status <> '已退出'
    on conflict do nothing`);
  return (res as { affectedRows?: number; rowCount?: number }).affectedRows ?? (res as { rowCount?: number }).rowCount ?? 0;
}

/** Every participant of a scheme with name and community (the cap is judged over all of them). */
export async function participants(db: Db, schemeId: number) {
  return db
    .select({ workerId: workers.id, name: workers.name, positions: workers.positions, communityCode: workers.communityCode, communityName: community.name, token: assessmentParticipants.surveyToken })
    .from(assessmentParticipants)
    .innerJoin(workers, eq(workers.id, assessmentParticipants.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(eq(assessmentParticipants.schemeId, schemeId))
    .orderBy(sql`${workers.communityCode} collate "C"`, workers.name);
}

export async function scores(db: Db, schemeId: number) {
  return db.select({ workerId: assessmentScores.workerId, dimension: assessmentScores.dimension, score: assessmentScores.score }).from(assessmentScores).where(eq(assessmentScores.schemeId, schemeId));
}

/** Survey answers counted per worker and level; who answered never leaves the table. */
export async function surveyCounts(db: Db, schemeId: number) {
  const res = await db.execute(sql`
    select worker_id as "workerId", level, count(*)::int as n, (count(*) filter (where ordinary))::int as ordinary
    from survey_responses where scheme_id = ${schemeId} group by worker_id, level`);
  return resultRows<{ workerId: number; level: string; n: number; ordinary: number }>(res);
}

export async function conductCounts(db: Db, schemeId: number, year: number) {
  const res = await db.execute(sql`
    select c.worker_id as "workerId", count(*)::int as n from conduct_notes c
    join assessment_participants p on p.worker_id = c.worker_id and p.scheme_id = ${schemeId}
    where c.occurred_on between ${`${year}-01-01`} and ${`${year}-12-31`} group by c.worker_id`);
  return resultRows<{ workerId: number; n: number }>(res);
}

/** Participants among the ids who are inside the scope. */
export async function participantsInScope(db: Db, schemeId: number, ids: number[], scopeCode: string): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: assessmentParticipants.workerId })
    .from(assessmentParticipants)
    .innerJoin(workers, eq(workers.id, assessmentParticipants.workerId))
    .where(and(eq(assessmentParticipants.schemeId, schemeId), inArray(assessmentParticipants.workerId, ids), withinScope(workers.communityCode, scopeCode), ne(workers.status, '已退出')));
  return new Set(rows.map((r) => r.id));
}

export async function upsertScores(db: Db, schemeId: number, items: { workerId: number; dimension: string; score: number }[], by: string): Promise<void> {
  await db
    .insert(assessmentScores)
    .values(items.map((i) => ({ schemeId, workerId: i.workerId, dimension: i.dimension, score: i.score, enteredBy: by })))
    .onConflictDoUpdate({ target: [assessmentScores.schemeId, assessmentScores.workerId, assessmentScores.dimension], set: { score: sql`excluded.score`, enteredBy: by, enteredAt: sql`now()` } });
}
