import { aliasedTable, and, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { secretaryFilings } from '../../db/schema-employment.ts';
import { orgUnits, workers, workflowRequests } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');
export type FilingRow = { f: typeof secretaryFilings.$inferSelect; r: typeof workflowRequests.$inferSelect; workerName: string; communityName: string };

export async function insertFiling(db: Db, v: typeof secretaryFilings.$inferInsert): Promise<void> {
  await db.insert(secretaryFilings).values(v);
}

export async function listFilings(db: Db, where: SQL): Promise<FilingRow[]> {
  return db
    .select({ f: secretaryFilings, r: workflowRequests, workerName: workers.name, communityName: community.name })
    .from(secretaryFilings)
    .innerJoin(workflowRequests, eq(workflowRequests.id, secretaryFilings.requestId))
    .innerJoin(workers, eq(workers.id, secretaryFilings.workerId))
    .innerJoin(community, eq(community.code, secretaryFilings.communityCode))
    .where(where)
    .orderBy(desc(secretaryFilings.requestId))
    .limit(1000);
}

export const filingsUnder = (code: string) => withinScope(secretaryFilings.communityCode, code);
export const filingById = (id: number) => eq(secretaryFilings.requestId, id);
export const filingsOfWorker = (id: number) => eq(secretaryFilings.workerId, id);
export const filingStatus = (status: string) => eq(workflowRequests.status, status);

/** A filing that still counts: waiting for the county or acknowledged. */
const liveFiling = sql`exists (select 1 from secretary_filings f join workflow_requests r on r.id = f.request_id where f.worker_id = ${workers.id} and r.status in ('pending', 'approved'))`;

/** Serialises filings of one secretary: the live-filing check and the insert happen under this row lock. */
export async function lockWorker(db: Db, workerId: number): Promise<void> {
  await db.select({ id: workers.id }).from(workers).where(eq(workers.id, workerId)).for('update');
}

export async function hasLiveFiling(db: Db, workerId: number): Promise<boolean> {
  const [row] = await db.select({ id: workers.id }).from(workers).where(and(eq(workers.id, workerId), liveFiling)).limit(1);
  return row !== undefined;
}

/** Serving community Party secretaries with no pending or acknowledged filing, so nobody is missed (A9.4). */
export async function listUnfiled(db: Db, scopeCode: string, org: string) {
  return db
    .select({
      workerId: workers.id,
      workerName: workers.name,
      communityCode: workers.communityCode,
      communityName: community.name,
      positions: workers.positions,
      lastStatus: sql<string | null>`(select r.status from secretary_filings f join workflow_requests r on r.id = f.request_id where f.worker_id = ${workers.id} order by f.request_id desc limit 1)`,
    })
    .from(workers)
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(ne(workers.status, '已退出'), sql`${workers.positions} @> array['党组织书记']::text[]`, withinScope(workers.communityCode, scopeCode), withinScope(workers.communityCode, org), sql`not ${liveFiling}`))
    .orderBy(sql`${workers.communityCode} collate "C"`)
    .limit(2000);
}
