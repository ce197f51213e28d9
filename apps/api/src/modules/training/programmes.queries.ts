import { aliasedTable, and, asc, count, desc, eq, ilike, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, trainers, trainingEnrolments, trainingProgrammes, workerHistory, workers } from '../../db/schema.ts';
import { onPathOf, visibleOwners, withinScope } from '../../db/scope.ts';
import { resultRows } from '../stats/stats.queries.ts';

export type ProgrammeRow = typeof trainingProgrammes.$inferSelect;
const organiser = aliasedTable(orgUnits, 'organiser');
const community = aliasedTable(orgUnits, 'community');

/** Programmes a scope can see: organised inside it or by the units above it (their workers attend). */
export const visibleProgrammes = (scopeCode: string, org?: string) => visibleOwners(trainingProgrammes.organiserCode, scopeCode, org);

export interface ProgrammeFilter {
  scopeCode: string;
  org?: string;
  year?: number;
  tier?: string;
  q?: string;
}

function whereOf(f: ProgrammeFilter): SQL {
  const c: SQL[] = [visibleProgrammes(f.scopeCode, f.org)];
  if (f.year) c.push(sql`${trainingProgrammes.startDate} between ${`${f.year}-01-01`} and ${`${f.year}-12-31`}`);
  if (f.tier) c.push(eq(trainingProgrammes.tier, f.tier));
  if (f.q) c.push(ilike(trainingProgrammes.title, `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`));
  return and(...c)!;
}

export async function listProgrammes(db: Db, f: ProgrammeFilter, page: { limit: number; offset: number }) {
  return db
    .select({ p: trainingProgrammes, organiserName: organiser.name })
    .from(trainingProgrammes)
    .innerJoin(organiser, eq(organiser.code, trainingProgrammes.organiserCode))
    .where(whereOf(f))
    .orderBy(desc(trainingProgrammes.startDate), desc(trainingProgrammes.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countProgrammes(db: Db, f: ProgrammeFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(trainingProgrammes).where(whereOf(f));
  return row?.n ?? 0;
}

export async function findProgramme(db: Db, id: number, scopeCode: string) {
  const [row] = await db
    .select({ p: trainingProgrammes, organiserName: organiser.name })
    .from(trainingProgrammes)
    .innerJoin(organiser, eq(organiser.code, trainingProgrammes.organiserCode))
    .where(and(eq(trainingProgrammes.id, id), visibleProgrammes(scopeCode)))
    .limit(1);
  return row;
}

/** Enrolled and completed counts per programme, counting only workers inside the scope. */
export async function enrolmentCounts(db: Db, ids: number[], scopeCode: string): Promise<Map<number, { enrolled: number; completed: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: trainingEnrolments.programmeId, enrolled: count(), completed: sql<number>`count(*) filter (where ${trainingEnrolments.completed})`.mapWith(Number) })
    .from(trainingEnrolments)
    .innerJoin(workers, eq(workers.id, trainingEnrolments.workerId))
    .where(and(inArray(trainingEnrolments.programmeId, ids), withinScope(workers.communityCode, scopeCode)))
    .groupBy(trainingEnrolments.programmeId);
  return new Map(rows.map((r) => [r.id, { enrolled: r.enrolled, completed: r.completed }]));
}

export async function trainerNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: trainers.id, name: trainers.name, orgCode: trainers.orgCode }).from(trainers).where(inArray(trainers.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Trainers a scope may assign: its own pool and the pools of the units above it. */
export async function visibleTrainerIds(db: Db, ids: number[], scopeCode: string): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: trainers.id })
    .from(trainers)
    .where(and(inArray(trainers.id, ids), onPathOf(trainers.orgCode, scopeCode)));
  return rows.map((r) => r.id);
}

export async function insertProgramme(db: Db, v: typeof trainingProgrammes.$inferInsert): Promise<ProgrammeRow> {
  const [row] = await db.insert(trainingProgrammes).values(v).returning();
  return row!;
}

export async function updateProgrammeAtVersion(db: Db, id: number, version: number, v: Partial<typeof trainingProgrammes.$inferInsert>): Promise<ProgrammeRow | undefined> {
  const [row] = await db
    .update(trainingProgrammes)
    .set({ ...v, version: sql`${trainingProgrammes.version} + 1` })
    .where(and(eq(trainingProgrammes.id, id), eq(trainingProgrammes.version, version)))
    .returning();
  return row;
}

/** Workers in post, inside the scope, among the given ids or under a unit. */
export async function inPostWorkerIds(db: Db, opts: { scopeCode: string; ids?: number[]; org?: string; postClass?: string }): Promise<number[]> {
  const c: SQL[] = [withinScope(workers.communityCode, opts.scopeCode), ne(workers.status, '已退出')];
  if (opts.ids) c.push(inArray(workers.id, opts.ids));
  if (opts.org) c.push(withinScope(workers.communityCode, opts.org));
  if (opts.postClass) c.push(eq(workers.postClass, opts.postClass));
  const rows = await db.select({ id: workers.id }).from(workers).where(and(...c));
  return rows.map((r) => r.id);
}

export async function enrol(db: Db, programmeId: number, workerIds: number[], by: string): Promise<number> {
  if (workerIds.length === 0) return 0;
  const rows = await db
    .insert(trainingEnrolments)
    .values(workerIds.map((workerId) => ({ programmeId, workerId, enrolledBy: by })))
    .onConflictDoNothing()
    .returning({ id: trainingEnrolments.workerId });
  return rows.length;
}

export async function listEnrolments(db: Db, programmeId: number, scopeCode: string) {
  return db
    .select({ e: trainingEnrolments, name: workers.name, positions: workers.positions, communityName: community.name })
    .from(trainingEnrolments)
    .innerJoin(workers, eq(workers.id, trainingEnrolments.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(eq(trainingEnrolments.programmeId, programmeId), withinScope(workers.communityCode, scopeCode)))
    .orderBy(sql`${workers.communityCode} collate "C"`, asc(workers.name));
}

export async function enrolledInScope(db: Db, programmeId: number, workerIds: number[], scopeCode: string): Promise<Set<number>> {
  if (workerIds.length === 0) return new Set();
  const rows = await db
    .select({ id: trainingEnrolments.workerId })
    .from(trainingEnrolments)
    .innerJoin(workers, eq(workers.id, trainingEnrolments.workerId))
    .where(and(eq(trainingEnrolments.programmeId, programmeId), inArray(trainingEnrolments.workerId, workerIds), withinScope(workers.communityCode, scopeCode)));
  return new Set(rows.map((r) => r.id));
}

export interface AttendanceRow {
  workerId: number;
  attended: boolean;
  hours: number | null;
  onlineHours: number | null;
  result: string | null;
}

/**
 * Writes attendance for many workers in one statement; completed = attended and not failed. Returns who
 * became completed or stopped being so, for their archive rows.
 */
export async function setAttendance(db: Db, programmeId: number, items: AttendanceRow[], by: string): Promise<{ workerId: number; was: boolean; now: boolean }[]> {
  if (items.length === 0) return [];
  const json = JSON.stringify(items.map((a) => ({ worker_id: a.workerId, attended: a.attended, hours: a.hours, online_hours: a.onlineHours, result: a.result })));
  // The self-join reads each row as it was before this statement, which RETURNING alone cannot give.
  const res = await db.execute(sql`
    update training_enrolments e
    set attended = v.attended, hours = v.hours, online_hours = v.online_hours, result = v.result,
        completed = v.attended and coalesce(v.result, '') <> '不合格', recorded_by = ${by}, recorded_at = now()
    from jsonb_to_recordset(${json}::jsonb) as v(worker_id int, attended boolean, hours numeric, online_hours numeric, result text),
         training_enrolments old
    where e.programme_id = ${programmeId} and e.worker_id = v.worker_id
      and old.programme_id = e.programme_id and old.worker_id = e.worker_id
    returning e.worker_id as "workerId", old.completed as "was", e.completed as "now"`);
  return resultRows<{ workerId: number; was: boolean; now: boolean }>(res);
}

export async function insertHistoryRows(db: Db, rows: (typeof workerHistory.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(workerHistory).values(rows);
}

/** One worker's programmes, newest first, with their attendance. */
export async function workerProgrammes(db: Db, workerId: number) {
  return db
    .select({ p: trainingProgrammes, organiserName: organiser.name, e: trainingEnrolments })
    .from(trainingEnrolments)
    .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingEnrolments.programmeId))
    .innerJoin(organiser, eq(organiser.code, trainingProgrammes.organiserCode))
    .where(eq(trainingEnrolments.workerId, workerId))
    .orderBy(desc(trainingProgrammes.endDate), desc(trainingProgrammes.id));
}
