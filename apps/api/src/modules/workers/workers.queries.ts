import { aliasedTable, and, asc, count, eq, gt, gte, ilike, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, workerHistory, workers } from '../../db/schema.ts';
import { preparedOnce } from '../../db/prepared.ts';
import { scopePrefixPattern, workerScope, withinScope } from '../../db/scope.ts';
import type { Actor } from '../../security/actor.ts';

export type WorkerRow = typeof workers.$inferSelect;
export type NewWorkerRow = typeof workers.$inferInsert;

/** Already-resolved filter: blind indexes and birth-date bounds are computed by the service. */
export interface WorkerFilter {
  orgCode?: string;
  nameLike?: string;
  idBidx?: string;
  tail4Bidx?: string;
  tail6Bidx?: string;
  category?: string;
  postClass?: string;
  status?: string;
  education?: string;
  politicalStatus?: string;
  swQualification?: string;
  birthFrom?: string;
  birthTo?: string;
}

const street = aliasedTable(orgUnits, 'street');
const community = aliasedTable(orgUnits, 'community');

function whereOf(actor: Actor, f: WorkerFilter): SQL {
  const c: (SQL | undefined)[] = [workerScope(actor)];
  if (f.orgCode) c.push(withinScope(workers.communityCode, f.orgCode));
  if (f.nameLike) c.push(ilike(workers.name, `%${f.nameLike.replace(/[%_\\]/g, (m) => `\\${m}`)}%`));
  if (f.idBidx) c.push(eq(workers.idNumberBidx, f.idBidx));
  if (f.tail4Bidx) c.push(eq(workers.idTail4Bidx, f.tail4Bidx));
  if (f.tail6Bidx) c.push(eq(workers.idTail6Bidx, f.tail6Bidx));
  if (f.category) c.push(eq(workers.category, f.category));
  if (f.postClass) c.push(eq(workers.postClass, f.postClass));
  if (f.status === '在职') c.push(ne(workers.status, '已退出'));
  else if (f.status) c.push(eq(workers.status, f.status));
  if (f.education) c.push(eq(workers.education, f.education));
  if (f.politicalStatus) c.push(eq(workers.politicalStatus, f.politicalStatus));
  if (f.swQualification) c.push(eq(workers.swQualification, f.swQualification));
  if (f.birthFrom) c.push(gte(workers.birthDate, f.birthFrom));
  if (f.birthTo) c.push(lte(workers.birthDate, f.birthTo));
  return and(...c) as SQL;
}

const POST_ORDER = sql`case ${workers.postClass} when '正职' then 0 when '副职' then 1 else 2 end`;

export const SORTS = {
  community: [sql`${workers.communityCode} collate "C"`, POST_ORDER, asc(workers.id)],
  name: [asc(workers.name), asc(workers.id)],
  birthDate: [asc(workers.birthDate), asc(workers.id)],
  communityStartDate: [asc(workers.communityStartDate), asc(workers.id)],
} as const;

const listColumns = { worker: workers, streetName: street.name, communityName: community.name };

export async function listWorkers(db: Db, actor: Actor, f: WorkerFilter, page: { limit: number; offset: number; sort: keyof typeof SORTS }) {
  return db
    .select(listColumns)
    .from(workers)
    .innerJoin(street, eq(street.code, workers.streetCode))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(whereOf(actor, f))
    .orderBy(...SORTS[page.sort])
    .limit(page.limit)
    .offset(page.offset);
}

export async function countWorkers(db: Db, actor: Actor, f: WorkerFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(workers).where(whereOf(actor, f));
  return row?.n ?? 0;
}

/** Keyset pages for exports, so a county-wide roster streams without one huge result set. */
export async function listWorkersAfter(db: Db, actor: Actor, f: WorkerFilter, afterId: number, limit: number) {
  return db
    .select(listColumns)
    .from(workers)
    .innerJoin(street, eq(street.code, workers.streetCode))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(whereOf(actor, f), gt(workers.id, afterId)))
    .orderBy(asc(workers.id))
    .limit(limit);
}

// The detail read is the hottest query of the product, so it is prepared with the scope as a parameter: the
// same filter as workerScope (a code prefix, and for the worker role their own record only).
const workerInScope = (own: boolean) => (db: Db) =>
  db
    .select(listColumns)
    .from(workers)
    .innerJoin(street, eq(street.code, workers.streetCode))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(
      and(
        eq(workers.id, sql.placeholder('id')),
        sql`${workers.communityCode} collate "C" like ${sql.placeholder('prefix')}`,
        own ? eq(workers.id, sql.placeholder('ownId')) : undefined,
      ),
    )
    .limit(1)
    .prepare(own ? 'cwp_own_worker' : 'cwp_worker_in_scope');

export async function findWorkerInScope(db: Db, actor: Actor, id: number) {
  const own = actor.role === 'worker';
  const query = preparedOnce(db, own ? 'cwp_own_worker' : 'cwp_worker_in_scope', workerInScope(own));
  const [row] = await query.execute({ id, prefix: scopePrefixPattern(actor.scopeCode), ownId: actor.workerId ?? -1 });
  return row;
}

/** National uniqueness check: answers only whether the number is taken, never where. */
export async function idNumberTaken(db: Db, bidx: string, exceptWorkerId?: number): Promise<boolean> {
  const [row] = await db
    .select({ id: workers.id })
    .from(workers)
    .where(and(eq(workers.idNumberBidx, bidx), exceptWorkerId ? ne(workers.id, exceptWorkerId) : undefined))
    .limit(1);
  return !!row;
}

export async function insertWorker(db: Db, v: NewWorkerRow): Promise<WorkerRow> {
  const [row] = await db.insert(workers).values(v).returning();
  return row!;
}

/** Optimistic concurrency: the update applies only to the version the caller read. */
export async function updateWorkerAtVersion(db: Db, id: number, version: number, v: Partial<NewWorkerRow>): Promise<WorkerRow | undefined> {
  const [row] = await db
    .update(workers)
    .set({ ...v, version: version + 1, updatedAt: new Date() })
    .where(and(eq(workers.id, id), eq(workers.version, version)))
    .returning();
  return row;
}

export async function findCommunity(db: Db, code: string) {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.code, code), eq(orgUnits.level, 'community')))
    .limit(1);
  return row;
}

export type NewHistoryRow = typeof workerHistory.$inferInsert;

export async function insertHistory(db: Db, v: NewHistoryRow): Promise<void> {
  await db.insert(workerHistory).values(v);
}

export async function listHistory(db: Db, workerId: number) {
  return db
    .select()
    .from(workerHistory)
    .where(eq(workerHistory.workerId, workerId))
    .orderBy(sql`${workerHistory.occurredOn} desc`, sql`${workerHistory.id} desc`);
}
