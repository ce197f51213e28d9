import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgStatCounters, statSnapshots, statSnapshotValues, systemState } from '../../db/schema.ts';
import { ageBandBoundaries, EPOCH_SQL, type CounterDelta } from './stats-dimensions.ts';

export const AS_OF_KEY = 'stats.ageBandsAsOf';

function ageBandCase(asOf: string): SQL {
  const [a, b, c] = ageBandBoundaries(asOf).map((x) => x.latestBirth);
  return sql`case when w.birth_date > ${a}::date then 'under35' when w.birth_date > ${b}::date then '35to44' when w.birth_date > ${c}::date then '45to54' else '55plus' end`;
}

/**
 * The (dim, value, n) facts of every counted worker, as SQL rows; the twin of `statPairs` in TypeScript.
 * Without `at`: workers who have not left. With `at` (a past day): workers in post on that day by their
 * registry dates, counted with their current attributes — the reconstruction of a past month end.
 */
function workerFactsSql(asOf: string, at?: string, only?: SQL): SQL {
  const inPost = at
    ? sql`w.community_start_date <= ${at}::date and (w.exit_date is null or w.exit_date > ${at}::date)`
    : sql`w.status <> '已退出'`;
  const counted = only ? sql`${inPost} and ${only}` : inPost;
  const status = at ? sql`case when w.status = '已退出' then '在岗' else w.status end` : sql`w.status`;
  return sql`
    select w.community_code, d.dim, d.value, d.n
    from workers w
    cross join lateral (values
      ('total', '', 1::bigint),
      ('category', w.category, 1::bigint),
      ('postClass', w.post_class, 1::bigint),
      ('gender', w.gender, 1::bigint),
      ('ageBand', ${ageBandCase(asOf)}, 1::bigint),
      ('education', w.education, 1::bigint),
      ('politicalStatus', w.political_status, 1::bigint),
      ('swQualification', w.sw_qualification, 1::bigint),
      ('sourceChannel', w.source_channel, 1::bigint),
      ('status', ${status}, 1::bigint),
      ('birthDaysSum', '', (w.birth_date - ${EPOCH_SQL}::date)::bigint),
      ('oneShoulder', case when w.positions @> array['党组织书记', '居委会主任']::text[] then 'yes' end, 1::bigint)
    ) as d(dim, value, n)
    where ${counted} and d.value is not null`;
}

/** Worker facts summed per community and rolled up to street, county, city, province and nation. */
function rolledWorkerFactsSql(asOf: string, at?: string, only?: SQL): SQL {
  return sql`
    with per_community as (
      select community_code, dim, value, sum(n)::bigint as n from (${workerFactsSql(asOf, at, only)}) f group by 1, 2, 3
    )
    select lvl.code as org_code, p.dim, p.value, sum(p.n)::bigint as n
    from per_community p
    cross join lateral (values (p.community_code), (left(p.community_code, 9)), (left(p.community_code, 6)),
      (left(p.community_code, 4)), (left(p.community_code, 2)), ('')) as lvl(code)
    group by 1, 2, 3`;
}

/** Counters of every node (community → nation) computed from the workers table, plus community counts. */
function rolledCountersSql(asOf: string, at?: string): SQL {
  return sql`
    ${rolledWorkerFactsSql(asOf, at)}
    union all
    ${communityCountsSql()}`;
}

/** Number of residents' committees under every node, one plain GROUP BY per level. */
function communityCountsSql(): SQL {
  const levels = [12, 9, 6, 4, 2].map(
    (n) => sql`select left(code, ${n}) as org_code, 'communities' as dim, '' as value, count(*)::bigint as n from org_units where level = 'community' group by 1`,
  );
  return sql`${sql.join(levels, sql` union all `)} union all select '', 'communities', '', count(*)::bigint from org_units where level = 'community'`;
}

/** Adds signed deltas; one statement, so a worker change costs one round trip for all its levels. */
export async function applyDeltas(db: Db, deltas: CounterDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  await db
    .insert(orgStatCounters)
    .values(deltas)
    .onConflictDoUpdate({
      target: [orgStatCounters.orgCode, orgStatCounters.dim, orgStatCounters.value],
      set: { n: sql`${orgStatCounters.n} + excluded.n` },
    });
}

/** Recomputes every counter from the workers table (after bulk loads). */
export async function rebuildCounters(db: Db, asOf: string): Promise<void> {
  await db.execute(sql`delete from org_stat_counters`);
  // Written in code order so each node's rows sit together on disk: a dashboard read touches a few pages.
  await db.execute(sql`insert into org_stat_counters (org_code, dim, value, n) select * from (${rolledCountersSql(asOf)}) r order by 1, 2, 3`);
  await setAsOf(db, asOf);
}

/**
 * Adds (sign 1) or removes (sign -1) a set of workers, chosen by a condition on `w`, from the counters in
 * one statement: how bulk imports keep the statistics current without a full rebuild.
 */
export async function applyWorkerSetToCounters(db: Db, only: SQL, sign: 1 | -1, asOf: string): Promise<void> {
  await db.execute(sql`
    insert into org_stat_counters (org_code, dim, value, n)
    select f.org_code, f.dim, f.value, ${sign}::bigint * f.n from (${rolledWorkerFactsSql(asOf, undefined, only)}) f
    on conflict (org_code, dim, value) do update set n = org_stat_counters.n + excluded.n`);
}

/** Fills a snapshot with counters reconstructed for a past day from registry dates. */
export async function reconstructIntoSnapshot(db: Db, snapshotId: number, at: string): Promise<void> {
  // Community counts do not depend on the date, so they come from the live counters instead of a
  // second roll-up of the whole tree; nodes without anyone in post then are left out.
  await db.execute(sql`
    with facts as (${rolledWorkerFactsSql(at, at)})
    insert into stat_snapshot_values (snapshot_id, org_code, data)
    select ${snapshotId}, r.org_code, jsonb_object_agg(r.dim || ':' || r.value, r.n)
    from (
      select org_code, dim, value, n from facts
      union all
      select c.org_code, c.dim, c.value, c.n from org_stat_counters c
      where c.dim = 'communities' and c.org_code in (select org_code from facts)
    ) r
    group by r.org_code`);
}

/**
 * The same numbers computed directly with GROUP BY over the workers under a node: the reference the
 * counters are checked against in tests and in the benchmark.
 */
export async function directCounters(db: Db, code: string, asOf: string): Promise<{ dim: string; value: string; n: number }[]> {
  const rows = await db.execute<{ dim: string; value: string; n: string | number }>(sql`
    select f.dim, f.value, sum(f.n)::bigint as n
    from (${workerFactsSql(asOf)} and w.community_code collate "C" like ${code + '%'}) f
    group by 1, 2
    union all
    select 'communities', '', count(*)::bigint from org_units c where c.level = 'community' and c.code like ${code + '%'}`);
  return resultRows<{ dim: string; value: string; n: string | number }>(rows).map((r) => ({ ...r, n: Number(r.n) }));
}

export async function readCounters(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select().from(orgStatCounters).where(inArray(orgStatCounters.orgCode, codes));
}

export async function getAsOf(db: Db, lock?: 'update' | 'share'): Promise<string | null> {
  const q = db.select({ value: systemState.value }).from(systemState).where(eq(systemState.key, AS_OF_KEY));
  const [row] = lock ? await q.for(lock) : await q;
  return row?.value ?? null;
}

export async function setAsOf(db: Db, asOf: string): Promise<void> {
  await db
    .insert(systemState)
    .values({ key: AS_OF_KEY, value: asOf })
    .onConflictDoUpdate({ target: systemState.key, set: { value: asOf, updatedAt: new Date() } });
}

/** Active workers per community whose birth date lies in (after, upTo]: they crossed an age boundary. */
export async function countBornBetween(db: Db, after: string, upTo: string) {
  const rows = await db.execute<{ community_code: string; n: string | number }>(sql`
    select community_code, count(*)::bigint as n from workers
    where status <> '已退出' and birth_date > ${after}::date and birth_date <= ${upTo}::date
    group by community_code`);
  return resultRows<{ community_code: string; n: string | number }>(rows).map((r) => ({ communityCode: r.community_code, n: Number(r.n) }));
}

/** drizzle's execute() returns rows directly on node-postgres results and under `.rows` on PGlite. */
export function resultRows<T>(res: unknown): T[] {
  const r = res as { rows?: T[] };
  return Array.isArray(r.rows) ? r.rows : (res as T[]);
}

export async function insertSnapshot(db: Db, v: { period: string; kind: string; takenOn: string; takenByName: string }) {
  const [row] = await db.insert(statSnapshots).values(v).returning();
  return row!;
}

/**
 * Copies the counters of the nodes under `prefix` that have anyone in post into a snapshot, one JSON
 * object per node (nodes without workers have nothing to trend).
 */
export async function copyCountersIntoSnapshot(db: Db, snapshotId: number, prefix: string): Promise<number> {
  const res = await db.execute(sql`
    insert into stat_snapshot_values (snapshot_id, org_code, data)
    select ${snapshotId}, org_code, jsonb_object_agg(dim || ':' || value, n) from org_stat_counters
    where org_code like ${prefix + '%'}
      and org_code in (select org_code from org_stat_counters where dim = 'total' and value = '' and n > 0)
    group by org_code`);
  return (res as { rowCount?: number; affectedRows?: number }).rowCount ?? (res as { affectedRows?: number }).affectedRows ?? 0;
}

export async function monthEndSnapshotExists(db: Db, period: string): Promise<boolean> {
  const [row] = await db
    .select({ id: statSnapshots.id })
    .from(statSnapshots)
    .where(and(eq(statSnapshots.period, period), eq(statSnapshots.kind, 'month_end')))
    .limit(1);
  return !!row;
}

/** Snapshot values of a node taken on or after `since`, newest first. */
export async function trendOf(db: Db, code: string, since: string) {
  return db
    .select({ id: statSnapshots.id, period: statSnapshots.period, kind: statSnapshots.kind, takenOn: statSnapshots.takenOn, data: statSnapshotValues.data })
    .from(statSnapshotValues)
    .innerJoin(statSnapshots, eq(statSnapshots.id, statSnapshotValues.snapshotId))
    .where(and(eq(statSnapshotValues.orgCode, code), sql`${statSnapshots.takenOn} >= ${since}::date`))
    .orderBy(sql`${statSnapshots.takenOn} desc, ${statSnapshots.id} desc`);
}
