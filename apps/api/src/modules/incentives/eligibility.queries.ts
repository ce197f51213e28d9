import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { W_COMMUNITY, withinScope } from '../../db/scope.ts';
import { resultRows } from '../stats/stats.queries.ts';

const under = (orgCode: string) => sql`${withinScope(W_COMMUNITY, orgCode)} and w.status <> '已退出'`;

export async function inPost(db: Db, orgCode: string) {
  const res = await db.execute(sql`
    select w.id, w.name, w.positions, w.community_start_date::text as "communityStartDate", c.name as "communityName"
    from workers w join org_units c on c.code = w.community_code
    where ${under(orgCode)} order by w.community_code collate "C", w.name`);
  return resultRows<{ id: number; name: string; positions: string[]; communityStartDate: string; communityName: string }>(res);
}

/** Archive rows that open or close community service or change positions (A9.5). */
export async function serviceEvents(db: Db, orgCode: string) {
  const res = await db.execute(sql`
    select h.worker_id as "workerId", h.kind, h.occurred_on::text as "on", h.changes
    from worker_history h join workers w on w.id = h.worker_id
    where ${under(orgCode)} and h.kind in ('updated', 'exited', 'status_changed')`);
  return resultRows<{ workerId: number; kind: string; on: string; changes: { field: string; before: unknown; after: unknown }[] }>(res);
}

/** Published results with whether each was the scheme's top grade. */
export async function results(db: Db, orgCode: string) {
  const res = await db.execute(sql`
    select r.worker_id as "workerId", r.year, r.grade, r.failing, (r.grade = s.body->'grades'->0->>'name') as top
    from assessment_results r join assessment_schemes s on s.id = r.scheme_id join workers w on w.id = r.worker_id
    where ${under(orgCode)}`);
  return resultRows<{ workerId: number; year: number; grade: string; failing: boolean; top: boolean }>(res);
}
