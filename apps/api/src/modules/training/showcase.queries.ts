import { aliasedTable, and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { competitionResults, competitions, orgUnits, workCases, workers } from '../../db/schema.ts';
import { visibleOwners, withinScope } from '../../db/scope.ts';

const owner = aliasedTable(orgUnits, 'owner');
const community = aliasedTable(orgUnits, 'community');
const author = aliasedTable(workers, 'author');

export async function listCompetitions(db: Db, scopeCode: string, org?: string) {
  return db
    .select({ c: competitions, orgName: owner.name })
    .from(competitions)
    .innerJoin(owner, eq(owner.code, competitions.orgCode))
    .where(visibleOwners(competitions.orgCode, scopeCode, org))
    .orderBy(desc(competitions.heldOn), desc(competitions.id));
}

/** Awards of the given competitions to workers inside the scope. */
export async function resultsOf(db: Db, ids: number[], scopeCode: string) {
  if (ids.length === 0) return [];
  return db
    .select({ competitionId: competitionResults.competitionId, workerId: competitionResults.workerId, award: competitionResults.award, name: workers.name, communityName: community.name })
    .from(competitionResults)
    .innerJoin(workers, eq(workers.id, competitionResults.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(inArray(competitionResults.competitionId, ids), withinScope(workers.communityCode, scopeCode)));
}

export async function insertCompetition(db: Db, v: typeof competitions.$inferInsert) {
  const [row] = await db.insert(competitions).values(v).returning();
  return row!;
}

export async function findCompetition(db: Db, id: number, scopeCode: string) {
  const [row] = await db.select().from(competitions).where(and(eq(competitions.id, id), visibleOwners(competitions.orgCode, scopeCode)));
  return row;
}

export async function upsertResults(db: Db, competitionId: number, items: { workerId: number; award: string }[], by: string): Promise<void> {
  await db
    .insert(competitionResults)
    .values(items.map((i) => ({ competitionId, workerId: i.workerId, award: i.award, recordedBy: by })))
    .onConflictDoUpdate({ target: [competitionResults.competitionId, competitionResults.workerId], set: { award: sql`excluded.award`, recordedBy: by, recordedAt: sql`now()` } });
}

export type CaseRow = { w: typeof workCases.$inferSelect; orgName: string; authorName: string | null };

/** Published cases are for everyone to learn from; drafts stay inside the owner's scope. */
export function visibleCases(scopeCode: string): SQL {
  return or(withinScope(workCases.orgCode, scopeCode), eq(workCases.status, 'published'))!;
}

export function caseFilter(f: { id?: number; org?: string; topic?: string; q?: string }): SQL[] {
  const c: SQL[] = [];
  if (f.id !== undefined) c.push(eq(workCases.id, f.id));
  if (f.org) c.push(visibleOwners(workCases.orgCode, f.org));
  if (f.topic) c.push(sql`${f.topic} = any(${workCases.topics})`);
  if (f.q) c.push(or(ilike(workCases.title, `%${f.q}%`), ilike(workCases.methodName, `%${f.q}%`))!);
  return c;
}

export async function findCases(db: Db, where: SQL): Promise<CaseRow[]> {
  return db
    .select({ w: workCases, orgName: owner.name, authorName: author.name })
    .from(workCases)
    .innerJoin(owner, eq(owner.code, workCases.orgCode))
    .leftJoin(author, eq(author.id, workCases.authorWorkerId))
    .where(where)
    .orderBy(desc(workCases.id));
}

export async function insertCase(db: Db, v: typeof workCases.$inferInsert) {
  const [row] = await db.insert(workCases).values(v).returning();
  return row!;
}

export async function updateCaseAtVersion(db: Db, id: number, version: number, v: Partial<typeof workCases.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(workCases)
    .set({ ...v, version: sql`${workCases.version} + 1` })
    .where(and(eq(workCases.id, id), eq(workCases.version, version)))
    .returning({ id: workCases.id });
  return rows.length > 0;
}

export async function publishDraft(db: Db, id: number): Promise<boolean> {
  const rows = await db.update(workCases).set({ status: 'published', publishedAt: new Date() }).where(and(eq(workCases.id, id), eq(workCases.status, 'draft'))).returning({ id: workCases.id });
  return rows.length > 0;
}
