import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { importErrors, importJobs, importRowActions, importRows, workers } from '../../db/schema.ts';
import { resultRows } from '../stats/stats.queries.ts';
import { FIELD_LABELS, PLAIN_FIELDS } from '../workers/worker-fields.ts';

export type ImportJobRow = typeof importJobs.$inferSelect;

const STAGING_ONLY = new Set(['jobId', 'rowNumber']);
/** Worker data columns (SQL names) shared by `workers` and `import_rows`. */
const DATA_COLUMNS = Object.entries(getTableColumns(importRows))
  .filter(([key]) => !STAGING_ONLY.has(key))
  .map(([, col]) => col.name);
const dataColumnList = sql.raw(DATA_COLUMNS.map((c) => `"${c}"`).join(', '));
const stagedColumnList = sql.raw(DATA_COLUMNS.map((c) => `r."${c}"`).join(', '));

const workerColumns = getTableColumns(workers) as Record<string, { name: string }>;
/** Field, label, old value, new value, changed? — one VALUES row per comparable field of a worker. */
const COMPARED = [...PLAIN_FIELDS, 'communityCode', 'streetCode'].map((f) => ({ field: f, label: FIELD_LABELS[f] ?? f, col: workerColumns[f]!.name }));
const comparisonValues = sql.raw(
  [
    ...COMPARED.map((c) => `('${c.field}', '${c.label}', to_jsonb(w."${c.col}"), to_jsonb(r."${c.col}"), w."${c.col}" is distinct from r."${c.col}")`),
    `('phone', '${FIELD_LABELS.phone}', to_jsonb(w.phone_masked), to_jsonb(r.phone_masked), w.phone_bidx is distinct from r.phone_bidx)`,
  ].join(',\n'),
);
const changesLateral = sql`
  cross join lateral (
    select coalesce(jsonb_agg(jsonb_build_object('field', c.field, 'label', c.label, 'before', c.b, 'after', c.a)), '[]'::jsonb) as changes,
           coalesce(string_agg(c.label, '、'), '') as labels
    from (values ${comparisonValues}) as c(field, label, b, a, changed)
    where c.changed
  ) ch`;

export async function insertJob(db: Db, v: typeof importJobs.$inferInsert): Promise<ImportJobRow> {
  const [row] = await db.insert(importJobs).values(v).returning();
  return row!;
}

export async function findJob(db: Db, id: number): Promise<ImportJobRow | undefined> {
  const [row] = await db.select().from(importJobs).where(eq(importJobs.id, id)).limit(1);
  return row;
}

export async function updateJob(db: Db, id: number, v: Partial<typeof importJobs.$inferInsert>): Promise<void> {
  await db.update(importJobs).set(v).where(eq(importJobs.id, id));
}

export async function listJobs(db: Db, scopeCode: string, limit: number) {
  return db
    .select()
    .from(importJobs)
    .where(sql`${importJobs.scopeCode} like ${scopeCode + '%'}`)
    .orderBy(sql`${importJobs.id} desc`)
    .limit(limit);
}

export async function jobsInStatus(db: Db, statuses: string[]) {
  return db.select().from(importJobs).where(sql`${importJobs.status} in ${statuses}`);
}

export async function isCancelRequested(db: Db, id: number): Promise<boolean> {
  const [row] = await db.select({ c: importJobs.cancelRequested }).from(importJobs).where(eq(importJobs.id, id)).limit(1);
  return !!row?.c;
}

export async function clearStaging(db: Db, jobId: number): Promise<void> {
  await db.delete(importRowActions).where(eq(importRowActions.jobId, jobId));
  await db.delete(importRows).where(eq(importRows.jobId, jobId));
}

export async function stagedRowCount(db: Db, jobId: number): Promise<number> {
  const rows = resultRows<{ n: number | string }>(await db.execute(sql`select count(*)::int as n from import_rows where job_id = ${jobId}`));
  return Number(rows[0]?.n ?? 0);
}

export async function clearErrors(db: Db, jobId: number, stage?: 'validate' | 'classify'): Promise<void> {
  await db.delete(importErrors).where(and(eq(importErrors.jobId, jobId), stage ? eq(importErrors.stage, stage) : undefined));
}

/**
 * Sorts every staged row into create / update / unchanged / rejected against the workers table as it is
 * now: duplicates inside the file, numbers registered outside the importer's scope or for someone who has
 * left are rejected with a reason; matches in scope are updates unless nothing differs. One INSERT into the
 * narrow actions table, so a million-row file is classified in one pass without rewriting staged rows.
 */
export async function classifyRows(db: Db, jobId: number, scopeCode: string): Promise<void> {
  await clearErrors(db, jobId, 'classify');
  await db.delete(importRowActions).where(eq(importRowActions.jobId, jobId));
  const inScope = sql`w.community_code collate "C" like ${scopeCode + '%'}`;
  // Fresh statistics for these joins and the commit's: a million-row job changes the staging tables faster
  // than autovacuum notices, and a plan made for an empty table runs for minutes.
  await db.execute(sql`analyze import_rows`);
  await db.execute(sql`
    insert into import_row_actions (job_id, row_number, action, target_worker_id, duplicate_of)
    select ${jobId}, r.row_number,
      case
        when r.first_row < r.row_number then 'rejected'
        when w.id is null then 'create'
        when not (${inScope}) or w.status = '已退出' then 'rejected'
        when exists (select 1 from (values ${comparisonValues}) as c(field, label, b, a, changed) where c.changed) then 'update'
        else 'unchanged'
      end,
      case when r.first_row < r.row_number then null else w.id end,
      case when r.first_row < r.row_number then r.first_row end
    from (select *, min(row_number) over (partition by id_number_bidx) as first_row from import_rows where job_id = ${jobId}) r
    left join workers w on w.id_number_bidx = r.id_number_bidx`);
  await db.execute(sql`analyze import_row_actions`);
  await db.execute(sql`
    insert into import_errors (job_id, row_number, column_name, reason, stage)
    select ${jobId}, a.row_number, '公民身份号码',
      case
        when a.duplicate_of is not null then '与本文件第 ' || a.duplicate_of || ' 行的公民身份号码重复'
        when w.status = '已退出' and ${inScope} then '该人员已退出，档案只读，不能通过导入修改'
        else '该公民身份号码已在系统中登记（不在您的数据范围内），同一人不能重复登记；如需调入请联系其原所在街道办理调动'
      end,
      'classify'
    from import_row_actions a left join workers w on w.id = a.target_worker_id
    where a.job_id = ${jobId} and a.action = 'rejected'`);
}

export async function actionCounts(db: Db, jobId: number): Promise<Record<string, number>> {
  const rows = resultRows<{ action: string; n: number | string }>(
    await db.execute(sql`select action, count(*)::int as n from import_row_actions where job_id = ${jobId} group by action`),
  );
  return Object.fromEntries(rows.map((r) => [r.action, Number(r.n)]));
}

export async function rejectedRowCount(db: Db, jobId: number): Promise<number> {
  const rows = resultRows<{ n: number | string }>(await db.execute(sql`select count(distinct row_number)::int as n from import_errors where job_id = ${jobId}`));
  return Number(rows[0]?.n ?? 0);
}

export async function countErrors(db: Db, jobId: number): Promise<number> {
  const rows = resultRows<{ n: number | string }>(await db.execute(sql`select count(*)::int as n from import_errors where job_id = ${jobId}`));
  return Number(rows[0]?.n ?? 0);
}

export async function listErrors(db: Db, jobId: number, limit: number, offset = 0) {
  return db
    .select({ row: importErrors.rowNumber, column: importErrors.columnName, reason: importErrors.reason })
    .from(importErrors)
    .where(eq(importErrors.jobId, jobId))
    .orderBy(asc(importErrors.rowNumber), asc(importErrors.columnName))
    .limit(limit)
    .offset(offset);
}

interface WriteMeta {
  jobId: number;
  today: string;
  actorUserId: number | null;
  actorName: string;
}

/** History rows for updates (A9.5), written before the update so the old values can still be read. */
export async function insertUpdateHistory(db: Db, m: WriteMeta): Promise<void> {
  await db.execute(sql`
    insert into worker_history (worker_id, kind, occurred_on, actor_user_id, actor_name, source, summary, changes)
    select w.id, 'updated', ${m.today}::date, ${m.actorUserId}, ${m.actorName}, ${'import:' + m.jobId},
      '批量导入（任务 #' || ${m.jobId} || '）修改了' || ch.labels, ch.changes
    from import_rows r join import_row_actions a using (job_id, row_number) join workers w on w.id = a.target_worker_id ${changesLateral}
    where r.job_id = ${m.jobId} and a.action = 'update'`);
}

export async function applyUpdates(db: Db, jobId: number): Promise<number> {
  const assignments = sql.raw(DATA_COLUMNS.map((c) => `"${c}" = r."${c}"`).join(', '));
  const res = await db.execute(sql`
    update workers w set ${assignments}, version = w.version + 1, updated_at = now()
    from import_rows r join import_row_actions a using (job_id, row_number)
    where r.job_id = ${jobId} and a.action = 'update' and w.id = a.target_worker_id`);
  return affected(res);
}

/** Creates the new workers and their 'registered' archive rows (A9.5) in one statement. */
export async function insertCreatesWithHistory(db: Db, m: WriteMeta): Promise<number> {
  const res = await db.execute(sql`
    with created as (
      insert into workers (${dataColumnList})
      select ${stagedColumnList} from import_rows r join import_row_actions a using (job_id, row_number)
      where r.job_id = ${m.jobId} and a.action = 'create' order by r.row_number
      returning id, community_code, category, source_channel
    )
    insert into worker_history (worker_id, kind, occurred_on, actor_user_id, actor_name, source, summary, changes)
    select w.id, 'registered', ${m.today}::date, ${m.actorUserId}, ${m.actorName}, ${'import:' + m.jobId},
      '批量导入（任务 #' || ${m.jobId} || '）登记入库：' || c.name || '，' || w.category || '，' || w.source_channel, '[]'::jsonb
    from created w join org_units c on c.code = w.community_code`);
  return affected(res);
}

/** The workers a job touches, as a condition on `w` for the counters. */
export function touchedBy(jobId: number, actions: ('create' | 'update')[]): SQL {
  return sql`w.id_number_bidx in (select r.id_number_bidx from import_rows r join import_row_actions a using (job_id, row_number) where r.job_id = ${jobId} and a.action in ${actions})`;
}

function affected(res: unknown): number {
  const r = res as { rowCount?: number; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}
