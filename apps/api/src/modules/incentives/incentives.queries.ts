import { aliasedTable, and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { careerEvents, orgUnits, politicalVettings, reserveCandidates, workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');

export async function insertVetting(db: Db, v: typeof politicalVettings.$inferInsert) {
  const [row] = await db.insert(politicalVettings).values(v).returning();
  return row!;
}

export async function workerVettings(db: Db, workerId: number) {
  return db.select().from(politicalVettings).where(eq(politicalVettings.workerId, workerId)).orderBy(desc(politicalVettings.vettedOn), desc(politicalVettings.id));
}

const reserveColumns = { r: reserveCandidates, communityName: community.name };
export type ReserveRow = { r: typeof reserveCandidates.$inferSelect; communityName: string };

export async function listReserve(db: Db, where: SQL): Promise<ReserveRow[]> {
  return db
    .select(reserveColumns)
    .from(reserveCandidates)
    .innerJoin(community, eq(community.code, reserveCandidates.communityCode))
    .where(where)
    .orderBy(sql`${reserveCandidates.communityCode} collate "C"`, desc(reserveCandidates.nominatedOn), reserveCandidates.id);
}

export const reserveUnder = (code: string) => withinScope(reserveCandidates.communityCode, code);
export const reserveById = (id: number) => eq(reserveCandidates.id, id);
export const reserveOfWorker = (workerId: number) => eq(reserveCandidates.workerId, workerId);
export const reserveFilter = (f: { status?: string; targetPost?: string }) =>
  [f.status ? eq(reserveCandidates.status, f.status) : undefined, f.targetPost ? eq(reserveCandidates.targetPost, f.targetPost) : undefined].filter((x): x is SQL => x !== undefined);

export async function insertReserve(db: Db, v: typeof reserveCandidates.$inferInsert) {
  const [row] = await db.insert(reserveCandidates).values(v).returning();
  return row!;
}

export async function updateReserveAtVersion(db: Db, id: number, version: number, v: Partial<typeof reserveCandidates.$inferInsert>) {
  const [row] = await db
    .update(reserveCandidates)
    .set({ ...v, version: sql`${reserveCandidates.version} + 1` })
    .where(and(eq(reserveCandidates.id, id), eq(reserveCandidates.version, version)))
    .returning();
  return row;
}

const eventColumns = { e: careerEvents, workerName: workers.name, communityName: community.name };
export type EventRow = { e: typeof careerEvents.$inferSelect; workerName: string; communityName: string };

export async function listEvents(db: Db, opts: { scopeCode: string; org?: string; workerId?: number; year?: number; kind?: string }): Promise<EventRow[]> {
  const c: SQL[] = [withinScope(workers.communityCode, opts.scopeCode)];
  if (opts.org) c.push(withinScope(workers.communityCode, opts.org));
  if (opts.workerId) c.push(eq(careerEvents.workerId, opts.workerId));
  if (opts.year) c.push(gte(careerEvents.occurredOn, `${opts.year}-01-01`), lte(careerEvents.occurredOn, `${opts.year}-12-31`));
  if (opts.kind) c.push(eq(careerEvents.kind, opts.kind));
  return db
    .select(eventColumns)
    .from(careerEvents)
    .innerJoin(workers, eq(workers.id, careerEvents.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(...c))
    .orderBy(desc(careerEvents.occurredOn), desc(careerEvents.id));
}

export async function insertEvent(db: Db, v: typeof careerEvents.$inferInsert) {
  const [row] = await db.insert(careerEvents).values(v).returning();
  return row!;
}
