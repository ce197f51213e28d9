import { aliasedTable, and, desc, eq, gte, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { careVisits, difficulties, healthChecks, orgUnits, workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');

/** Everyone in post under a unit with their health check of the year, if any. */
export async function healthChecksOf(db: Db, orgCode: string, scopeCode: string, year: number) {
  return db
    .select({ workerId: workers.id, name: workers.name, communityName: community.name, scheduledOn: healthChecks.scheduledOn, completedOn: healthChecks.completedOn, institution: healthChecks.institution })
    .from(workers)
    .innerJoin(community, eq(community.code, workers.communityCode))
    .leftJoin(healthChecks, and(eq(healthChecks.workerId, workers.id), eq(healthChecks.year, year)))
    .where(and(withinScope(workers.communityCode, orgCode), withinScope(workers.communityCode, scopeCode), ne(workers.status, '已退出')))
    .orderBy(sql`${workers.communityCode} collate "C"`, workers.name);
}

export async function upsertHealthChecks(db: Db, year: number, items: { workerId: number; scheduledOn: string | null; completedOn: string | null; institution: string }[], by: string) {
  await db
    .insert(healthChecks)
    .values(items.map((i) => ({ ...i, year, recordedBy: by })))
    .onConflictDoUpdate({
      target: [healthChecks.workerId, healthChecks.year],
      set: { scheduledOn: sql`excluded.scheduled_on`, completedOn: sql`excluded.completed_on`, institution: sql`excluded.institution`, recordedBy: by, recordedAt: sql`now()` },
    });
}

export async function workerHealthChecks(db: Db, workerId: number) {
  return db.select().from(healthChecks).where(eq(healthChecks.workerId, workerId)).orderBy(desc(healthChecks.year));
}

const visitColumns = { v: careVisits, workerName: workers.name, communityName: community.name, workerStatus: workers.status };
export type VisitRow = { v: typeof careVisits.$inferSelect; workerName: string; communityName: string; workerStatus: string };

export async function listVisits(db: Db, opts: { scopeCode: string; org?: string; workerId?: number; year?: number }): Promise<VisitRow[]> {
  const c: SQL[] = [withinScope(workers.communityCode, opts.scopeCode)];
  if (opts.org) c.push(withinScope(workers.communityCode, opts.org));
  if (opts.workerId) c.push(eq(careVisits.workerId, opts.workerId));
  if (opts.year) c.push(gte(careVisits.visitedOn, `${opts.year}-01-01`), lte(careVisits.visitedOn, `${opts.year}-12-31`));
  return db
    .select(visitColumns)
    .from(careVisits)
    .innerJoin(workers, eq(workers.id, careVisits.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(...c))
    .orderBy(desc(careVisits.visitedOn), desc(careVisits.id));
}

export async function insertVisit(db: Db, v: typeof careVisits.$inferInsert) {
  const [row] = await db.insert(careVisits).values(v).returning();
  return row!;
}

const difficultyColumns = { d: difficulties, workerName: workers.name, communityName: community.name };
export type DifficultyRow = { d: typeof difficulties.$inferSelect; workerName: string; communityName: string };

export async function listDifficulties(db: Db, opts: { scopeCode: string; org?: string; workerId?: number; id?: number; status?: string; overdueOn?: string }): Promise<DifficultyRow[]> {
  const c: SQL[] = [withinScope(workers.communityCode, opts.scopeCode)];
  if (opts.org) c.push(withinScope(workers.communityCode, opts.org));
  if (opts.workerId) c.push(eq(difficulties.workerId, opts.workerId));
  if (opts.id) c.push(eq(difficulties.id, opts.id));
  if (opts.status) c.push(eq(difficulties.status, opts.status));
  if (opts.overdueOn) c.push(eq(difficulties.status, '待答复'), sql`${difficulties.dueOn} < ${opts.overdueOn}`);
  return db
    .select(difficultyColumns)
    .from(difficulties)
    .innerJoin(workers, eq(workers.id, difficulties.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(...c))
    .orderBy(desc(difficulties.submittedAt), desc(difficulties.id));
}

export async function insertDifficulty(db: Db, v: typeof difficulties.$inferInsert) {
  const [row] = await db.insert(difficulties).values(v).returning();
  return row!;
}

/** Moves a difficulty on from the state it must be in; false when it already moved. */
export async function advanceDifficulty(db: Db, id: number, from: string, v: Partial<typeof difficulties.$inferInsert>): Promise<boolean> {
  const rows = await db.update(difficulties).set(v).where(and(eq(difficulties.id, id), eq(difficulties.status, from))).returning({ id: difficulties.id });
  return rows.length > 0;
}
