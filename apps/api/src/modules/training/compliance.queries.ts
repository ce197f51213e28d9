import { aliasedTable, and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, workers } from '../../db/schema.ts';
import { W_COMMUNITY, withinScope } from '../../db/scope.ts';
import { resultRows } from '../stats/stats.queries.ts';

const community = aliasedTable(orgUnits, 'community');

/** Workers in post under a unit (already checked to be inside the caller's scope), or one worker. */
export async function inPostWorkers(db: Db, only: { orgCode: string } | { workerId: number }) {
  return db
    .select({ id: workers.id, name: workers.name, positions: workers.positions, communityStartDate: workers.communityStartDate, communityName: community.name })
    .from(workers)
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and('orgCode' in only ? withinScope(workers.communityCode, only.orgCode) : eq(workers.id, only.workerId), ne(workers.status, '已退出')))
    .orderBy(sql`${workers.communityCode} collate "C"`, workers.name, workers.id);
}

const whereWorkers = (only: { orgCode: string } | { workerId: number }) =>
  'orgCode' in only ? sql`${withinScope(W_COMMUNITY, only.orgCode)} and w.status <> '已退出'` : sql`w.id = ${only.workerId}`;

/** Position changes recorded in the archive (A9.5), the source of who held a key role when. */
export async function positionChanges(db: Db, only: { orgCode: string } | { workerId: number }) {
  const res = await db.execute(sql`
    select h.worker_id as "workerId", h.occurred_on::text as "on", c->'before' as "before", c->'after' as "after"
    from worker_history h
    join workers w on w.id = h.worker_id
    cross join lateral jsonb_array_elements(h.changes) c
    where ${whereWorkers(only)} and h.kind = 'updated' and c->>'field' = 'positions'`);
  return resultRows<{ workerId: number; on: string; before: string[] | null; after: string[] | null }>(res);
}

/** Completed programmes per worker with the organiser's code, for both rules. */
export async function completedTrainings(db: Db, only: { orgCode: string } | { workerId: number }) {
  const res = await db.execute(sql`
    select e.worker_id as "workerId", p.end_date::text as "on", p.organiser_code as "organiserCode"
    from training_enrolments e
    join training_programmes p on p.id = e.programme_id
    join workers w on w.id = e.worker_id
    where ${whereWorkers(only)} and e.completed`);
  return resultRows<{ workerId: number; on: string; organiserCode: string }>(res);
}
